/* decl_read.c: reading the values of declaration tables.
 *
 * Every reader raises a Lua error (with the script's file:line) when a value
 * has the wrong type or a table has an unknown key, so the declarations in
 * engine_decl.c and engine_decl_ind.c read like the language they check.
 */
#include <assert.h>
#include <ctype.h>
#include <glob.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "charta/numfmt.h"
#include "charta/printable.h"
#include "charta/util.h"
#include "engine_internal.h"

/* --- reading values ------------------------------------------------------ */

char *
charta_decl_strdup(lua_State *L, const char *s)
{
    char *c = charta_strdup(s);
    if (!c)
        charta_sandbox_raise_nomem(L);
    return c;
}

charta_engine *
charta_decl_engine_of(lua_State *L)
{
    return lua_touserdata(L, lua_upvalueindex(1));
}

void
charta_decl_set_loc(lua_State *L, charta_loc *loc)
{
    lua_Debug ar;
    for (int level = 1; lua_getstack(L, level, &ar); level++) {
        lua_getinfo(L, "Sl", &ar);
        if (ar.source[0] == '@' && ar.currentline > 0) {
            loc->file = charta_decl_strdup(L, ar.source + 1);
            loc->line = ar.currentline;
            return;
        }
    }
    loc->file = charta_decl_strdup(L, "?");
}

void
charta_decl_cap_text(lua_State *L, char *s, size_t max_chars, const char *what, const char *key)
{
    if (!s)
        return;
    size_t keep = charta_utf8_prefix(s, max_chars);
    if (!s[keep])
        return;
    size_t chars = charta_utf8_chars(s);
    s[keep] = '\0';
    charta_numfmt en = charta_numfmt_for("en");
    char had[CHARTA_NUMFMT_SIZE], cap[CHARTA_NUMFMT_SIZE];
    charta_numfmt_format(&en, (double)chars, 0, had, sizeof had);
    charta_numfmt_format(&en, (double)max_chars, 0, cap, sizeof cap);
    const char *file = NULL;
    int line = 0;
    lua_Debug ar;
    for (int level = 1; lua_getstack(L, level, &ar); level++) {
        lua_getinfo(L, "Sl", &ar);
        if (ar.source[0] == '@' && ar.currentline > 0) {
            file = ar.source + 1;
            line = ar.currentline;
            break;
        }
    }
    charta_diag_warning(charta_decl_engine_of(L)->diags, file, line, 0,
                        "%s: '%s' has %s characters; the report shows it cut to %s "
                        "(shorten it to silence this)", what, key, had, cap);
}

void
charta_decl_check_loading(lua_State *L, const char *what)
{
    if (!charta_decl_engine_of(L)->loading)
        charta_lua_error(L,
                   "'%s' is a declaration: it may only run while the project loads, not "
                   "inside compute",
                   what);
}

/* Unknown keys are errors; keys must be strings. */
void
charta_decl_check_keyset(lua_State *L, int idx, const char *keyset, const char *what)
{
    const charta_keyset *ks = charta_keyset_find(keyset);
    assert(ks); /* a reader names a keyset keys.c does not have */
    const char *allowed[CHARTA_KEYS_MAX];
    size_t n = charta_keyset_names(ks, allowed);
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING) {
            long index = lua_isinteger(L, -1) ? (long)lua_tointeger(L, -1) : 0;
            charta_decl_error_at(L, idx, NULL, index, CHARTA_AT_KEY,
                                 "%s: keys must be names, got a %s key", what,
                                 luaL_typename(L, -1));
        }
        const char *k = lua_tostring(L, -1);
        bool ok = false;
        for (size_t i = 0; i < n && !ok; i++)
            ok = strcmp(k, allowed[i]) == 0;
        if (!ok) {
            const char *s = charta_suggest(k, allowed, n);
            if (s)
                charta_decl_error_at(L, idx, k, 0, CHARTA_AT_KEY,
                                     "unknown key '%s' in %s (did you mean '%s'?)", k, what, s);
            charta_buf b = {0};
            for (size_t i = 0; i < n; i++)
                charta_buf_printf(&b, "%s%s", i ? ", " : "", allowed[i]);
            /* into Lua first: the error does not return to free it */
            lua_pushstring(L, b.data ? b.data : "");
            charta_buf_free(&b);
            charta_decl_error_at(L, idx, k, 0, CHARTA_AT_KEY,
                                 "unknown key '%s' in %s (known keys: %s)", k, what,
                                 lua_tostring(L, -1));
        }
    }
}

void
charta_decl_check_nul(lua_State *L, const char *s, size_t len, const char *what, const char *name)
{
    if (strlen(s) == len)
        return;
    char shown[200];
    charta_printable_into(shown, sizeof shown, s, len);
    charta_lua_error(L, "%s: %s contains a NUL byte (\"%s\"); names and texts cannot hold one", what,
               name, shown);
}

void
charta_decl_check_utf8(lua_State *L, const char *s, size_t len, const char *key, const char *what)
{
    char name[120];
    snprintf(name, sizeof name, "'%s'", key);
    charta_decl_check_nul(L, s, len, what, name);
    size_t bad;
    if (!charta_utf8_valid(s, len, &bad))
        charta_lua_error(L, "%s: '%s' is not valid UTF-8 (byte %d); save the script as UTF-8", what, key,
                   (int)bad + 1);
}

/* The string at t[key], or NULL when absent. */
char *
charta_decl_opt_string(lua_State *L, int t, const char *key, const char *what)
{
    int ty = lua_getfield(L, t, key);
    char *r = NULL;
    if (ty == LUA_TSTRING) {
        size_t len;
        const char *s = lua_tolstring(L, -1, &len);
        charta_decl_check_utf8(L, s, len, key, what);
        r = charta_decl_strdup(L, s);
    } else if (ty == LUA_TNUMBER && lua_isinteger(L, -1)) {
        r = charta_decl_strdup(L, lua_tostring(L, -1));
    } else if (ty != LUA_TNIL) {
        charta_decl_error_at(L, t, key, 0, CHARTA_AT_VALUE, "%s: '%s' must be a string, got %s",
                             what, key, luaL_typename(L, -1));
    }
    lua_pop(L, 1);
    return r;
}

bool
charta_decl_opt_number(lua_State *L, int t, const char *key, const char *what, double *out)
{
    int ty = lua_getfield(L, t, key);
    bool have = false;
    if (ty == LUA_TNUMBER) {
        *out = lua_tonumber(L, -1);
        have = true;
    } else if (ty != LUA_TNIL) {
        charta_decl_error_at(L, t, key, 0, CHARTA_AT_VALUE, "%s: '%s' must be a number, got %s",
                             what, key, luaL_typename(L, -1));
    }
    lua_pop(L, 1);
    return have;
}

bool
charta_decl_opt_int(lua_State *L, int t, const char *key, const char *what, int lo, int hi,
                    int *out)
{
    double d;
    if (!charta_decl_opt_number(L, t, key, what, &d))
        return false;
    /* the range first: converting 2^40 or nan to int is undefined */
    if (!(d >= lo && d <= hi) || d != floor(d))
        charta_decl_error_at(L, t, key, 0, CHARTA_AT_VALUE,
                             "%s: '%s' must be a whole number from %d to %d", what, key, lo, hi);
    *out = (int)d;
    return true;
}

/* A string or a list of strings at t[key]. */
void
charta_decl_opt_strlist(lua_State *L, int t, const char *key, const char *what, char ***out,
                        size_t *n)
{
    int ty = lua_getfield(L, t, key);
    if (ty == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    if (ty == LUA_TSTRING) {
        size_t sl;
        const char *s = lua_tolstring(L, -1, &sl);
        charta_decl_check_utf8(L, s, sl, key, what);
        *out = calloc(1, sizeof **out);
        if (!*out)
            charta_sandbox_raise_nomem(L);
        (*out)[0] = charta_decl_strdup(L, s);
        *n = 1;
        lua_pop(L, 1);
        return;
    }
    if (ty != LUA_TTABLE)
        charta_decl_error_at(L, t, key, 0, CHARTA_AT_VALUE,
                             "%s: '%s' must be a string or a list of strings", what, key);
    int idx = lua_gettop(L);
    size_t len = (size_t)lua_rawlen(L, idx);
    *out = calloc(len ? len : 1, sizeof **out);
    if (!*out)
        charta_sandbox_raise_nomem(L);
    for (size_t i = 0; i < len; i++) {
        if (lua_rawgeti(L, idx, (lua_Integer)i + 1) != LUA_TSTRING)
            charta_decl_error_at(L, idx, NULL, (long)i + 1, CHARTA_AT_VALUE,
                                 "%s: '%s' must be a list of strings (item %d is %s)", what, key,
                                 (int)i + 1, luaL_typename(L, -1));
        size_t sl;
        const char *s = lua_tolstring(L, -1, &sl);
        charta_decl_check_utf8(L, s, sl, key, what);
        (*out)[i] = charta_decl_strdup(L, s);
        *n = i + 1;
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

static int
cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted string keys of the table at idx (pairs order is random per state). */
char **
charta_decl_sorted_keys(lua_State *L, int idx, size_t *n, const char *what)
{
    size_t cap = 8, k = 0;
    char **keys = calloc(cap, sizeof *keys);
    if (!keys)
        charta_sandbox_raise_nomem(L);
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pop(L, 1);
        size_t kl = 0;
        const char *ks = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &kl) : NULL;
        if (!ks || strlen(ks) != kl) {
            for (size_t i = 0; i < k; i++)
                free(keys[i]);
            free(keys);
            if (ks)
                charta_decl_check_nul(L, ks, kl, what, "a key");
            charta_lua_error(L, "%s: keys must be names", what);
        }
        if (k == cap) {
            char **nk = realloc(keys, 2 * cap * sizeof *keys);
            if (!nk) {
                free(keys);
                charta_sandbox_raise_nomem(L);
            }
            keys = nk;
            cap *= 2;
        }
        keys[k] = charta_strdup(lua_tostring(L, -1));
        if (!keys[k]) {
            free(keys);
            charta_sandbox_raise_nomem(L);
        }
        k++;
    }
    qsort(keys, k, sizeof *keys, cmp_str);
    *n = k;
    return keys;
}

void
charta_decl_free_keys(char **keys, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(keys[i]);
    free(keys);
}

/* The cap of a text by its key: prose (a comment, a description, a chart's
 * alternative text) or a title. */
static size_t
text_cap(const char *key)
{
    return !strcmp(key, "comment") || !strcmp(key, "description") || !strcmp(key, "alt")
               ? CHARTA_PROSE_MAX_CHARS
               : CHARTA_LABEL_MAX_CHARS;
}

/* A text: a string (in the city's first language) or { de = ..., en = ... }. */
void
charta_decl_opt_text(lua_State *L, int t, const char *key, const char *what, charta_text *out)
{
    int ty = lua_getfield(L, t, key);
    if (ty == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    int idx = lua_gettop(L);
    if (ty == LUA_TSTRING) {
        charta_engine *e = charta_decl_engine_of(L);
        const char *lang = e->p->city.n_languages ? e->p->city.languages[0] : "en";
        out->lang = calloc(1, sizeof(char *));
        out->text = calloc(1, sizeof(char *));
        if (!out->lang || !out->text)
            charta_sandbox_raise_nomem(L);
        size_t sl;
        const char *s = lua_tolstring(L, idx, &sl);
        charta_decl_check_utf8(L, s, sl, key, what);
        out->lang[0] = charta_decl_strdup(L, lang);
        out->text[0] = charta_decl_strdup(L, s);
        out->n = 1;
        charta_decl_cap_text(L, out->text[0], text_cap(key), what, key);
        lua_pop(L, 1);
        return;
    }
    if (ty != LUA_TTABLE)
        charta_decl_error_at(L, t, key, 0, CHARTA_AT_VALUE,
                             "%s: '%s' must be a string or a table like { de = \"...\", en = "
                             "\"...\" }",
                             what, key);
    size_t n;
    char **langs = charta_decl_sorted_keys(L, idx, &n, what);
    out->lang = calloc(n ? n : 1, sizeof(char *));
    out->text = calloc(n ? n : 1, sizeof(char *));
    if (!out->lang || !out->text) {
        charta_decl_free_keys(langs, n);
        charta_sandbox_raise_nomem(L);
    }
    for (size_t i = 0; i < n; i++) {
        out->lang[i] = langs[i];
        out->text[i] = NULL;
        out->n = i + 1;
    }
    free(langs);
    for (size_t i = 0; i < out->n; i++) {
        size_t ll = strlen(out->lang[i]);
        if (ll < 2 || ll > 3 || !islower((unsigned char)out->lang[i][0]))
            charta_decl_error_at(L, idx, out->lang[i], 0, CHARTA_AT_KEY,
                                 "%s: '%s' has the language key '%s'; use language codes like "
                                 "de, en",
                                 what, key, out->lang[i]);
        if (lua_getfield(L, idx, out->lang[i]) != LUA_TSTRING)
            charta_decl_error_at(L, idx, out->lang[i], 0, CHARTA_AT_VALUE,
                                 "%s: '%s.%s' must be a string", what, key, out->lang[i]);
        size_t sl;
        const char *s = lua_tolstring(L, -1, &sl);
        charta_decl_check_utf8(L, s, sl, key, what);
        out->text[i] = charta_decl_strdup(L, s);
        charta_decl_cap_text(L, out->text[i], text_cap(key), what, key);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

void *
charta_decl_grow_array(lua_State *L, void *items, size_t n, size_t size)
{
    /* room for one more, zeroed. The array holds the least power of two of
     * items >= n, so it grows (doubles) only when n is one: a copy per item
     * would be quadratic in a script that declares 100,000 */
    void *p = items;
    if (n == 0 || (n & (n - 1)) == 0) {
        p = realloc(items, (n ? 2 * n : 1) * size);
        if (!p)
            charta_sandbox_raise_nomem(L);
    }
    memset((char *)p + n * size, 0, size);
    return p;
}

/* The id argument of `field "x" { ... }` forms, checked: ids name files
 * (charts/<id>-areas.svg), workbook names and CSV rows. */
const char *
charta_decl_check_id(lua_State *L, const char *what)
{
    size_t len;
    const char *id = luaL_checklstring(L, 1, &len);
    if (!len)
        charta_lua_error(L, "%s: the name must not be empty", what);
    charta_decl_check_nul(L, id, len, what, "the name");
    char shown[80];
    charta_printable_into(shown, sizeof shown, id, len);
    if (len > CHARTA_ID_MAX)
        charta_lua_error(L, "%s '%s': a name has at most %d characters (it names files), this one %d",
                   what, shown, CHARTA_ID_MAX, (int)(len < INT_MAX ? len : INT_MAX));
    for (const char *c = id; *c; c++)
        if (!(isalnum((unsigned char)*c) || *c == '-' || *c == '_'))
            charta_lua_error(L, "%s '%s': names may use letters, digits, '-' and '_' only", what,
                       shown);
    return id;
}

charta_encoding
charta_decl_parse_encoding(lua_State *L, const char *s, const char *what)
{
    char low[32];
    size_t i = 0;
    for (; s[i] && i < sizeof low - 1; i++)
        low[i] = (char)tolower((unsigned char)s[i]);
    low[i] = '\0';
    if (!strcmp(low, "utf-8") || !strcmp(low, "utf8"))
        return CHARTA_ENC_UTF8;
    if (!strcmp(low, "latin1") || !strcmp(low, "latin-1") || !strcmp(low, "iso-8859-1"))
        return CHARTA_ENC_LATIN1;
    if (!strcmp(low, "cp1252") || !strcmp(low, "windows-1252"))
        return CHARTA_ENC_CP1252;
    charta_decl_error_at(L, 1, "encoding", 0, CHARTA_AT_VALUE,
                         "%s: unknown encoding '%s' (utf-8, latin1, cp1252)", what, s);
    return CHARTA_ENC_UTF8;
}

char
charta_decl_parse_char(lua_State *L, int t, const char *key, const char *what, const char *allowed)
{
    char *s = charta_decl_opt_string(L, t, key, what);
    if (!s)
        return 0;
    char c = 0;
    if (!strcmp(s, "\\t") || !strcmp(s, "tab"))
        c = '\t';
    else if (strlen(s) == 1)
        c = s[0];
    free(s);
    if (!c || !strchr(allowed, c))
        charta_decl_error_at(L, t, key, 0, CHARTA_AT_VALUE, "%s: '%s' must be one of %s", what,
                             key, allowed);
    return c;
}
