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

typedef struct found {
    const charta_kl_table *table;  /* the constructor of the table sought */
    const charta_kl_field *holder; /* else the field whose value it is */
} found;

/* The constructor (tb, of the table at idx) or a field below it that holds the
 * table want. */
static found
search(lua_State *L, int idx, const charta_kl_table *tb, const void *want)
{
    if (lua_topointer(L, idx) == want)
        return (found){.table = tb};
    luaL_checkstack(L, 2, NULL);
    for (size_t i = 0; i < tb->n; i++) {
        const charta_kl_field *f = &tb->fields[i];
        if (f->name) {
            lua_pushstring(L, f->name);
            lua_rawget(L, idx);
        } else if (f->index > 0) {
            lua_rawgeti(L, idx, f->index);
        } else {
            continue;
        }
        found r = {0};
        if (lua_istable(L, -1)) {
            if (f->table)
                r = search(L, lua_gettop(L), f->table, want);
            else if (lua_topointer(L, -1) == want)
                r.holder = f;
        }
        lua_pop(L, 1);
        if (r.table || r.holder)
            return r;
    }
    return (found){0};
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
    charta_kl_doc *doc = doc_of(charta_decl_engine_of(L), ar.source + 1);
    if (!doc || lua_type(L, 1) != LUA_TTABLE || lua_type(L, t) != LUA_TTABLE)
        return false;
    t = lua_absindex(L, t);
    const void *want = lua_topointer(L, t);
    size_t n;
    const charta_kl_table *const *cand =
        charta_kl_tables_at(doc, ar.currentline, CANDIDATES_MAX, OPEN_SPAN, &n);
    for (size_t i = 0; i < n; i++) {
        if (!matches(L, 1, cand[i]))
            continue;
        found r = search(L, 1, cand[i], want);
        const charta_kl_field *f = r.table ? charta_kl_find(r.table, key, index) : r.holder;
        if (!f)
            return false;
        *pos = at == CHARTA_AT_KEY && r.table ? f->key : f->value;
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
    char *msg = charta_vasprintf(fmt, ap);
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
