/* decl_where.c: the place of a key or a value of the declaration being read.
 *
 * A declaration function gets its table, not the text that built it. The script's
 * text is kept when it loads (engine.c); here the constructors written from the
 * calling line on (keyline.h) are matched against that table: the candidate whose
 * names are exactly the table's string keys, and whose plain string values equal
 * the table's, is the one. A table inside it (a target, a variable) is found by
 * walking both together. Where no constructor matches (the table was built by code,
 * or passed in a variable), nothing is found and errors stay at the call's line.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "charta/util.h"
#include "engine_internal.h"

/* How many constructors from the call's line are tried, and how many lines below
 * it the table may open (`indicator "x"` then `{` on the next line). */
enum { CANDIDATES_MAX = 8, OPEN_SPAN = 3 };

charta_status
charta_engine_keep_text(charta_engine *e, const char *chunk, char *text, size_t len)
{
    charta_kl_doc *doc = charta_kl_doc_new(text, len);
    free(text);
    char *name = charta_strdup(chunk);
    charta_engine_script *s = realloc(e->scripts, (e->n_scripts + 1) * sizeof *s);
    if (!doc || !name || !s) {
        charta_kl_doc_free(doc);
        free(name);
        if (s)
            e->scripts = s;
        return CHARTA_ERR_NOMEM;
    }
    e->scripts = s;
    e->scripts[e->n_scripts++] = (charta_engine_script){.chunk = name, .doc = doc};
    return CHARTA_OK;
}

static charta_kl_doc *
doc_of(const charta_engine *e, const char *chunk)
{
    for (size_t i = 0; i < e->n_scripts; i++)
        if (strcmp(e->scripts[i].chunk, chunk) == 0)
            return e->scripts[i].doc;
    return NULL;
}

/* Is tb the constructor of the table at idx? */
static bool
matches(lua_State *L, int idx, const charta_kl_table *tb)
{
    size_t named = 0, keys = 0;
    for (size_t i = 0; i < tb->n; i++) {
        const charta_kl_field *f = &tb->fields[i];
        if (!f->name)
            continue;
        named++;
        lua_pushstring(L, f->name);
        int ty = lua_rawget(L, idx);
        bool same = ty != LUA_TNIL && (!f->string || ty != LUA_TSTRING ||
                                       strcmp(lua_tostring(L, -1), f->string) == 0);
        lua_pop(L, 1);
        if (!same)
            return false;
    }
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pop(L, 1);
        keys += lua_type(L, -1) == LUA_TSTRING;
    }
    return keys == named;
}

/* The tables of one declaration by address, built once per declaration (a source
 * of 10,000 variables asks for each one's place); a table found is checked by its
 * path from the root, so one freed and another made at its address is never taken
 * for it. */
typedef struct where_entry {
    const charta_kl_table *table; /* its constructor, or NULL: held by `via` */
    const charta_kl_field *via;   /* the field of the parent whose value it is */
    size_t parent;                /* index of the parent entry; the root is 0 */
} where_entry;

typedef struct where_key {
    const void *ptr;
    size_t entry;
} where_key;

struct charta_decl_where_cache {
    const charta_kl_table *root;
    where_entry *e;
    where_key *keys; /* by address */
    size_t n, cap;
};

void
charta_decl_where_free(charta_decl_where_cache *c)
{
    if (c) {
        free(c->e);
        free(c->keys);
    }
    free(c);
}

static bool
add_entry(charta_decl_where_cache *c, const void *ptr, where_entry w)
{
    if (c->n == c->cap) {
        size_t nc = c->cap ? 2 * c->cap : 64;
        where_entry *ne = realloc(c->e, nc * sizeof *ne);
        if (!ne)
            return false;
        c->e = ne;
        where_key *nk = realloc(c->keys, nc * sizeof *nk);
        if (!nk)
            return false;
        c->keys = nk;
        c->cap = nc;
    }
    c->keys[c->n] = (where_key){.ptr = ptr, .entry = c->n};
    c->e[c->n++] = w;
    return true;
}

/* Push the value of field f of the table at idx. */
static void
push_field(lua_State *L, int idx, const charta_kl_field *f)
{
    if (f->name) {
        lua_pushstring(L, f->name);
        lua_rawget(L, idx);
    } else if (f->index > 0) {
        lua_rawgeti(L, idx, f->index);
    } else {
        lua_pushnil(L);
    }
}

/* Every table below entry `self` (the table at idx, made by tb). */
static bool
collect(lua_State *L, charta_decl_where_cache *c, int idx, const charta_kl_table *tb, size_t self)
{
    luaL_checkstack(L, 2, NULL);
    for (size_t i = 0; i < tb->n; i++) {
        const charta_kl_field *f = &tb->fields[i];
        push_field(L, idx, f);
        bool ok = true;
        if (lua_istable(L, -1)) {
            ok = add_entry(c, lua_topointer(L, -1),
                           (where_entry){.table = f->table, .via = f, .parent = self});
            if (ok && f->table)
                ok = collect(L, c, lua_gettop(L), f->table, c->n - 1);
        }
        lua_pop(L, 1);
        if (!ok)
            return false;
    }
    return true;
}

static int
cmp_key(const void *a, const void *b)
{
    const void *x = ((const where_key *)a)->ptr, *y = ((const where_key *)b)->ptr;
    return x < y ? -1 : x > y;
}

/* Is entry k still the table ptr, at its path from the root (at stack index 1)? */
static bool
still_there(lua_State *L, const charta_decl_where_cache *c, size_t k, const void *ptr)
{
    const charta_kl_field *path[64];
    size_t depth = 0;
    for (size_t w = k; c->e[w].via; w = c->e[w].parent) {
        if (depth == 64)
            return false;
        path[depth++] = c->e[w].via;
    }
    luaL_checkstack(L, (int)depth + 1, NULL);
    int top = lua_gettop(L);
    lua_pushvalue(L, 1);
    bool ok = true;
    while (depth-- > 0 && ok) {
        push_field(L, lua_gettop(L), path[depth]);
        ok = lua_istable(L, -1);
    }
    ok = ok && lua_topointer(L, -1) == ptr;
    lua_settop(L, top);
    return ok;
}

/* The entries of root's constructor, the table at index 1. */
static bool
build(lua_State *L, charta_decl_where_cache *c, const charta_kl_table *root)
{
    c->root = NULL;
    c->n = 0;
    if (!add_entry(c, lua_topointer(L, 1), (where_entry){.table = root}) ||
        !collect(L, c, 1, root, 0))
        return false;
    qsort(c->keys, c->n, sizeof *c->keys, cmp_key);
    c->root = root;
    return true;
}

/* The entry of the table want in root's declaration (the table at index 1), or
 * NULL. */
static const where_entry *
lookup(lua_State *L, charta_decl_where_cache *c, const charta_kl_table *root, const void *want)
{
    for (int pass = 0; pass < 2; pass++) {
        if ((pass == 1 || c->root != root) && !build(L, c, root))
            return NULL;
        size_t lo = 0, hi = c->n;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (c->keys[mid].ptr < want)
                lo = mid + 1;
            else
                hi = mid;
        }
        for (; lo < c->n && c->keys[lo].ptr == want; lo++)
            if (still_there(L, c, c->keys[lo].entry, want))
                return &c->e[c->keys[lo].entry];
    }
    return NULL;
}

bool
charta_decl_where(lua_State *L, int t, const char *key, long index, charta_decl_at at,
                  charta_kl_pos *pos, const char **file)
{
    lua_Debug ar;
    int level = 1;
    for (;; level++) {
        if (!lua_getstack(L, level, &ar))
            return false;
        lua_getinfo(L, "Sl", &ar);
        if (ar.source[0] == '@' && ar.currentline > 0)
            break;
    }
    charta_engine *e = charta_decl_engine_of(L);
    charta_kl_doc *doc = doc_of(e, ar.source + 1);
    if (!doc || lua_type(L, 1) != LUA_TTABLE || lua_type(L, t) != LUA_TTABLE)
        return false;
    const void *want = lua_topointer(L, t);
    size_t n;
    const charta_kl_table *const *cand =
        charta_kl_tables_at(doc, ar.currentline, CANDIDATES_MAX, OPEN_SPAN, &n);
    for (size_t i = 0; i < n; i++) {
        if (!matches(L, 1, cand[i]))
            continue;
        if (!e->where && !(e->where = calloc(1, sizeof *e->where)))
            return false;
        const where_entry *w = lookup(L, e->where, cand[i], want);
        const charta_kl_field *f = !w         ? NULL
                                   : w->table ? charta_kl_find(w->table, key, index)
                                              : w->via;
        if (!f)
            return false;
        *pos = at == CHARTA_AT_KEY && w->table ? f->key : f->value;
        *file = ar.source + 1;
        return true;
    }
    return false;
}

charta_script_pos
charta_decl_value_pos(lua_State *L, int t, const char *key)
{
    charta_kl_pos pos;
    const char *file;
    if (!charta_decl_where(L, t, key, 0, CHARTA_AT_VALUE, &pos, &file))
        return (charta_script_pos){0, 0};
    return (charta_script_pos){pos.line, pos.col};
}

int
charta_decl_error_at(lua_State *L, int t, const char *key, long index, charta_decl_at at,
                     const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = charta_vasprintf(charta_tr(fmt), ap); /* a msgid: i18n.h */
    va_end(ap);
    if (!msg)
        return charta_sandbox_raise_nomem(L);
    lua_pushstring(L, msg);
    free(msg);
    charta_kl_pos pos;
    const char *file;
    if (charta_decl_where(L, t, key, index, at, &pos, &file))
        return charta_sandbox_raise_at(L, file, pos.line, pos.col, lua_tostring(L, -1));
    return luaL_error(L, "%s", lua_tostring(L, -1));
}
