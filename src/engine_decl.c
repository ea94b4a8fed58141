/* engine_decl.c: the declarations of the project language (DESIGN §2).
 *
 * Each declaration checks its keys against an allow-list (unknown keys are
 * errors with a suggestion), converts the values into the C project and
 * keeps the file:line of the declaration. Errors are raised with
 * luaL_error, so they carry the calling script's file and line.
 */
#include <ctype.h>
#include <glob.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "charta/util.h"
#include "engine_internal.h"

/* --- reading values ------------------------------------------------------ */

char *
charta_decl_strdup(lua_State *L, const char *s)
{
    char *c = charta_strdup(s);
    if (!c)
        luaL_error(L, "out of memory");
    return c;
}

static charta_engine *
engine_of(lua_State *L)
{
    return lua_touserdata(L, lua_upvalueindex(1));
}

static void
set_loc(lua_State *L, charta_loc *loc)
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

static void
check_loading(lua_State *L, const char *what)
{
    if (!engine_of(L)->loading)
        luaL_error(L, "'%s' is a declaration: it may only run while the project loads, not "
                      "inside compute",
                   what);
}

/* Unknown keys are errors; keys must be strings. */
static void
check_keys(lua_State *L, int idx, const char *const *allowed, const char *what)
{
    size_t n = 0;
    while (allowed[n])
        n++;
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING) {
            luaL_error(L, "%s: keys must be names, got a %s key", what,
                       luaL_typename(L, -1));
        }
        const char *k = lua_tostring(L, -1);
        bool ok = false;
        for (size_t i = 0; i < n && !ok; i++)
            ok = strcmp(k, allowed[i]) == 0;
        if (!ok) {
            const char *s = charta_suggest(k, allowed, n);
            if (s)
                luaL_error(L, "unknown key '%s' in %s (did you mean '%s'?)", k, what, s);
            charta_buf b = {0};
            for (size_t i = 0; i < n; i++)
                charta_buf_printf(&b, "%s%s", i ? ", " : "", allowed[i]);
            lua_pushfstring(L, "unknown key '%s' in %s (known keys: %s)", k, what,
                            b.data ? b.data : "");
            charta_buf_free(&b);
            lua_error(L);
        }
    }
}

static void
check_utf8(lua_State *L, const char *s, size_t len, const char *key, const char *what)
{
    size_t bad;
    if (!charta_utf8_valid(s, len, &bad))
        luaL_error(L, "%s: '%s' is not valid UTF-8 (byte %d); save the script as UTF-8", what,
                   key, (int)bad + 1);
}

/* The string at t[key], or NULL when absent. */
static char *
opt_string(lua_State *L, int t, const char *key, const char *what)
{
    int ty = lua_getfield(L, t, key);
    char *r = NULL;
    if (ty == LUA_TSTRING) {
        size_t len;
        const char *s = lua_tolstring(L, -1, &len);
        check_utf8(L, s, len, key, what);
        r = charta_decl_strdup(L, s);
    } else if (ty == LUA_TNUMBER && lua_isinteger(L, -1)) {
        r = charta_decl_strdup(L, lua_tostring(L, -1));
    } else if (ty != LUA_TNIL) {
        luaL_error(L, "%s: '%s' must be a string, got %s", what, key, luaL_typename(L, -1));
    }
    lua_pop(L, 1);
    return r;
}

static bool
opt_number(lua_State *L, int t, const char *key, const char *what, double *out)
{
    int ty = lua_getfield(L, t, key);
    bool have = false;
    if (ty == LUA_TNUMBER) {
        *out = lua_tonumber(L, -1);
        have = true;
    } else if (ty != LUA_TNIL) {
        luaL_error(L, "%s: '%s' must be a number, got %s", what, key, luaL_typename(L, -1));
    }
    lua_pop(L, 1);
    return have;
}

static bool
opt_int(lua_State *L, int t, const char *key, const char *what, int lo, int hi, int *out)
{
    double d;
    if (!opt_number(L, t, key, what, &d))
        return false;
    if (d != (double)(int)d || d < lo || d > hi)
        luaL_error(L, "%s: '%s' must be a whole number from %d to %d", what, key, lo, hi);
    *out = (int)d;
    return true;
}

/* A string or a list of strings at t[key]. */
static void
opt_strlist(lua_State *L, int t, const char *key, const char *what, char ***out, size_t *n)
{
    int ty = lua_getfield(L, t, key);
    if (ty == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    if (ty == LUA_TSTRING) {
        *out = calloc(1, sizeof **out);
        if (!*out)
            luaL_error(L, "out of memory");
        (*out)[0] = charta_decl_strdup(L, lua_tostring(L, -1));
        *n = 1;
        lua_pop(L, 1);
        return;
    }
    if (ty != LUA_TTABLE)
        luaL_error(L, "%s: '%s' must be a string or a list of strings", what, key);
    int idx = lua_gettop(L);
    size_t len = (size_t)lua_rawlen(L, idx);
    *out = calloc(len ? len : 1, sizeof **out);
    if (!*out)
        luaL_error(L, "out of memory");
    for (size_t i = 0; i < len; i++) {
        if (lua_rawgeti(L, idx, (lua_Integer)i + 1) != LUA_TSTRING)
            luaL_error(L, "%s: '%s' must be a list of strings (item %d is %s)", what, key,
                       (int)i + 1, luaL_typename(L, -1));
        size_t sl;
        const char *s = lua_tolstring(L, -1, &sl);
        check_utf8(L, s, sl, key, what);
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
static char **
sorted_keys(lua_State *L, int idx, size_t *n, const char *what)
{
    size_t cap = 8, k = 0;
    char **keys = calloc(cap, sizeof *keys);
    if (!keys)
        luaL_error(L, "out of memory");
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING) {
            for (size_t i = 0; i < k; i++)
                free(keys[i]);
            free(keys);
            luaL_error(L, "%s: keys must be names", what);
        }
        if (k == cap) {
            char **nk = realloc(keys, 2 * cap * sizeof *keys);
            if (!nk) {
                free(keys);
                luaL_error(L, "out of memory");
            }
            keys = nk;
            cap *= 2;
        }
        keys[k] = charta_strdup(lua_tostring(L, -1));
        if (!keys[k]) {
            free(keys);
            luaL_error(L, "out of memory");
        }
        k++;
    }
    qsort(keys, k, sizeof *keys, cmp_str);
    *n = k;
    return keys;
}

static void
free_keys(char **keys, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(keys[i]);
    free(keys);
}

/* A text: a string (in the city's first language) or { de = ..., en = ... }. */
static void
opt_text(lua_State *L, int t, const char *key, const char *what, charta_text *out)
{
    int ty = lua_getfield(L, t, key);
    if (ty == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    int idx = lua_gettop(L);
    if (ty == LUA_TSTRING) {
        charta_engine *e = engine_of(L);
        const char *lang = e->p->city.n_languages ? e->p->city.languages[0] : "en";
        out->lang = calloc(1, sizeof(char *));
        out->text = calloc(1, sizeof(char *));
        if (!out->lang || !out->text)
            luaL_error(L, "out of memory");
        size_t sl;
        const char *s = lua_tolstring(L, idx, &sl);
        check_utf8(L, s, sl, key, what);
        out->lang[0] = charta_decl_strdup(L, lang);
        out->text[0] = charta_decl_strdup(L, s);
        out->n = 1;
        lua_pop(L, 1);
        return;
    }
    if (ty != LUA_TTABLE)
        luaL_error(L, "%s: '%s' must be a string or a table like { de = \"...\", en = \"...\" }",
                   what, key);
    size_t n;
    char **langs = sorted_keys(L, idx, &n, what);
    out->lang = calloc(n ? n : 1, sizeof(char *));
    out->text = calloc(n ? n : 1, sizeof(char *));
    if (!out->lang || !out->text) {
        free_keys(langs, n);
        luaL_error(L, "out of memory");
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
            luaL_error(L, "%s: '%s' has the language key '%s'; use language codes like de, en",
                       what, key, out->lang[i]);
        if (lua_getfield(L, idx, out->lang[i]) != LUA_TSTRING)
            luaL_error(L, "%s: '%s.%s' must be a string", what, key, out->lang[i]);
        size_t sl;
        const char *s = lua_tolstring(L, -1, &sl);
        check_utf8(L, s, sl, key, what);
        out->text[i] = charta_decl_strdup(L, s);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

static void *
grow_array(lua_State *L, void *items, size_t n, size_t size)
{
    /* room for one more, zeroed */
    void *p = realloc(items, (n + 1) * size);
    if (!p)
        luaL_error(L, "out of memory");
    memset((char *)p + n * size, 0, size);
    return p;
}

/* The id argument of `field "x" { ... }` forms, checked. */
static const char *
check_id(lua_State *L, const char *what)
{
    const char *id = luaL_checkstring(L, 1);
    if (!id[0])
        luaL_error(L, "%s: the name must not be empty", what);
    for (const char *c = id; *c; c++)
        if (!(isalnum((unsigned char)*c) || *c == '-' || *c == '_' || *c == '.'))
            luaL_error(L, "%s '%s': names may use letters, digits, '-', '_' and '.' only", what,
                       id);
    return id;
}

/* --- city ---------------------------------------------------------------- */

static int
decl_city(lua_State *L)
{
    check_loading(L, "city");
    luaL_checktype(L, 1, LUA_TTABLE);
    charta_engine *e = engine_of(L);
    charta_city *c = &e->p->city;
    if (c->declared)
        luaL_error(L, "city is declared twice (first at %s:%d)", c->loc.file, c->loc.line);
    static const char *const keys[] = {"id", "name", "code", "languages", "years", "limits",
                                       NULL};
    check_keys(L, 1, keys, "city");
    c->declared = true;
    set_loc(L, &c->loc);
    c->id = opt_string(L, 1, "id", "city");
    c->name = opt_string(L, 1, "name", "city");
    c->code = opt_string(L, 1, "code", "city");
    if (!c->id)
        luaL_error(L, "city: 'id' is required (a short name for files, like \"musterstadt\")");
    for (const char *s = c->id; *s; s++)
        if (!(isalnum((unsigned char)*s) || *s == '-' || *s == '_'))
            luaL_error(L, "city: 'id' may use letters, digits, '-' and '_' only (it names "
                          "the report files)");
    if (!c->name)
        c->name = charta_decl_strdup(L, c->id);
    opt_strlist(L, 1, "languages", "city", &c->languages, &c->n_languages);
    for (size_t i = 0; i < c->n_languages; i++)
        if (strcmp(c->languages[i], "de") != 0 && strcmp(c->languages[i], "en") != 0)
            luaL_error(L, "city: language '%s' is not supported (de, en)", c->languages[i]);
    if (lua_getfield(L, 1, "years") != LUA_TNIL) {
        int y = lua_gettop(L);
        if (!lua_istable(L, y) || lua_rawlen(L, y) != 2)
            luaL_error(L, "city: 'years' must be the first and last year, like { 2012, 2024 }");
        lua_rawgeti(L, y, 1);
        lua_rawgeti(L, y, 2);
        if (!lua_isinteger(L, -2) || !lua_isinteger(L, -1))
            luaL_error(L, "city: 'years' must be two whole years, like { 2012, 2024 }");
        lua_Integer a = lua_tointeger(L, -2), b = lua_tointeger(L, -1);
        if (a < 1800 || b > 2200 || a > b)
            luaL_error(L, "city: 'years' must run from an earlier to a later year (1800-2200)");
        c->year_first = (int)a;
        c->year_last = (int)b;
        lua_pop(L, 2);
    }
    lua_pop(L, 1);
    if (lua_getfield(L, 1, "limits") != LUA_TNIL) {
        int li = lua_gettop(L);
        luaL_checktype(L, li, LUA_TTABLE);
        static const char *const lk[] = {"instructions", "memory_mb", "seconds", NULL};
        check_keys(L, li, lk, "city.limits");
        double v;
        if (opt_number(L, li, "instructions", "city.limits", &v)) {
            if (v < 1e4 || v > 1e12)
                luaL_error(L, "city.limits: 'instructions' must be from 1e4 to 1e12");
            c->limits.instructions = v;
        }
        if (opt_number(L, li, "memory_mb", "city.limits", &v)) {
            if (v < 8 || v > 65536)
                luaL_error(L, "city.limits: 'memory_mb' must be from 8 to 65536");
            c->limits.memory_mb = v;
        }
        if (opt_number(L, li, "seconds", "city.limits", &v)) {
            if (v <= 0 || v > 86400)
                luaL_error(L, "city.limits: 'seconds' must be from 1 to 86400");
            c->limits.seconds = v;
        }
        charta_sandbox_set_limits(e->sb, &c->limits);
    }
    lua_pop(L, 1);
    return 0;
}

/* --- areas --------------------------------------------------------------- */

static charta_encoding
parse_encoding(lua_State *L, const char *s, const char *what)
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
    luaL_error(L, "%s: unknown encoding '%s' (utf-8, latin1, cp1252)", what, s);
    return CHARTA_ENC_UTF8;
}

static char
parse_char(lua_State *L, int t, const char *key, const char *what, const char *allowed)
{
    char *s = opt_string(L, t, key, what);
    if (!s)
        return 0;
    char c = 0;
    if (!strcmp(s, "\\t") || !strcmp(s, "tab"))
        c = '\t';
    else if (strlen(s) == 1)
        c = s[0];
    free(s);
    if (!c || !strchr(allowed, c))
        luaL_error(L, "%s: '%s' must be one of %s", what, key, allowed);
    return c;
}

static int
decl_areas(lua_State *L)
{
    check_loading(L, "areas");
    luaL_checktype(L, 1, LUA_TTABLE);
    charta_engine *e = engine_of(L);
    charta_project *p = e->p;
    if (p->has_areas)
        luaL_error(L, "areas are declared twice (first at %s:%d)", p->areas.decl_file,
                   p->areas.decl_line);
    static const char *const keys[] = {"file", "code", "name", "parent", "encoding",
                                       "delimiter", "list", NULL};
    check_keys(L, 1, keys, "areas");
    p->has_areas = true;
    charta_areas_spec *a = &p->areas;
    charta_loc loc = {0};
    set_loc(L, &loc);
    a->decl_file = loc.file;
    a->decl_line = loc.line;
    a->file = opt_string(L, 1, "file", "areas");
    a->code = opt_string(L, 1, "code", "areas");
    a->name = opt_string(L, 1, "name", "areas");
    a->parent = opt_string(L, 1, "parent", "areas");
    char *enc = opt_string(L, 1, "encoding", "areas");
    if (enc) {
        charta_encoding en = parse_encoding(L, enc, "areas");
        free(enc);
        a->encoding = en;
    }
    a->delimiter = parse_char(L, 1, "delimiter", "areas", ",;\t|");
    if (lua_getfield(L, 1, "list") != LUA_TNIL) {
        int li = lua_gettop(L);
        luaL_checktype(L, li, LUA_TTABLE);
        size_t n = (size_t)lua_rawlen(L, li);
        a->inline_code = calloc(n ? n : 1, sizeof(char *));
        a->inline_name = calloc(n ? n : 1, sizeof(char *));
        a->inline_parent = calloc(n ? n : 1, sizeof(char *));
        if (!a->inline_code || !a->inline_name || !a->inline_parent)
            luaL_error(L, "out of memory");
        for (size_t i = 0; i < n; i++) {
            lua_rawgeti(L, li, (lua_Integer)i + 1);
            int it = lua_gettop(L);
            if (!lua_istable(L, it))
                luaL_error(L, "areas: 'list' item %d must be a table like { code = \"01\", "
                              "name = \"Mitte\", parent = \"...\" }",
                           (int)i + 1);
            static const char *const ik[] = {"code", "name", "parent", NULL};
            check_keys(L, it, ik, "an areas list item");
            a->n_inline = i + 1;
            a->inline_code[i] = opt_string(L, it, "code", "areas.list");
            a->inline_name[i] = opt_string(L, it, "name", "areas.list");
            a->inline_parent[i] = opt_string(L, it, "parent", "areas.list");
            if (!a->inline_code[i])
                luaL_error(L, "areas: 'list' item %d has no 'code'", (int)i + 1);
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
    if (!a->file && !a->n_inline)
        luaL_error(L, "areas: give a 'file' (with 'code', 'name', 'parent' columns) or a "
                      "'list'");
    if (a->file && !a->code)
        luaL_error(L, "areas: 'code' (the column with the area codes) is required");
    return 0;
}

/* --- source -------------------------------------------------------------- */

static void
read_variables(lua_State *L, int t, charta_source_spec *s, int line)
{
    if (lua_getfield(L, t, "variables") != LUA_TTABLE)
        luaL_error(L, "source '%s': 'variables' is required: a table like { population = { "
                      "column = \"Einwohner\", unit = \"persons\" } }",
                   s->name);
    int vt = lua_gettop(L);
    size_t n;
    char **names = sorted_keys(L, vt, &n, "source variables");
    s->vars = calloc(n ? n : 1, sizeof *s->vars);
    if (!s->vars) {
        free_keys(names, n);
        luaL_error(L, "out of memory");
    }
    for (size_t i = 0; i < n; i++) {
        s->vars[i].name = names[i];
        s->vars[i].line = line;
        s->n_vars = i + 1;
    }
    free(names);
    for (size_t i = 0; i < s->n_vars; i++) {
        charta_var_spec *v = &s->vars[i];
        const char *nm = v->name;
        if (!(isalpha((unsigned char)nm[0]) || nm[0] == '_'))
            luaL_error(L, "source '%s': variable name '%s' must start with a letter", s->name, nm);
        for (const char *c = nm; *c; c++)
            if (!(isalnum((unsigned char)*c) || *c == '_'))
                luaL_error(L, "source '%s': variable name '%s' may use letters, digits and '_' "
                              "only (so that d.%s works)",
                           s->name, nm, nm);
        int ty = lua_getfield(L, vt, nm);
        char what[200];
        snprintf(what, sizeof what, "variable '%s' of source '%s'", nm, s->name);
        if (ty == LUA_TSTRING) {
            v->column = charta_decl_strdup(L, lua_tostring(L, -1));
        } else if (ty == LUA_TTABLE) {
            int it = lua_gettop(L);
            static const char *const keys[] = {"column", "unit",  "aggregate",
                                               "weight", "tolerance", "scale", NULL};
            check_keys(L, it, keys, what);
            v->column = opt_string(L, it, "column", what);
            v->unit = opt_string(L, it, "unit", what);
            char *agg = opt_string(L, it, "aggregate", what);
            if (agg) {
                bool ok = charta_aggregate_parse(agg, &v->aggregate);
                free(agg);
                if (!ok)
                    luaL_error(L, "%s: 'aggregate' must be sum, mean, min, max or none", what);
            }
            v->weight = opt_string(L, it, "weight", what);
            if (v->weight && v->aggregate != CHARTA_AGG_MEAN)
                luaL_error(L, "%s: 'weight' needs aggregate = \"mean\"", what);
            opt_number(L, it, "tolerance", what, &v->tolerance);
            opt_number(L, it, "scale", what, &v->scale);
            if (v->tolerance < 0 || v->scale < 0 || !isfinite(v->scale))
                luaL_error(L, "%s: 'tolerance' and 'scale' must be positive", what);
        } else {
            luaL_error(L, "%s: give a column name or a table like { column = \"...\", unit = "
                          "\"...\" }",
                       what);
        }
        if (!v->column && s->layout == CHARTA_LAYOUT_LONG)
            v->column = charta_decl_strdup(L, nm);
        if (!v->column)
            luaL_error(L, "%s: 'column' is required", what);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

static int
decl_source_body(lua_State *L)
{
    check_loading(L, "source");
    const char *name = lua_tostring(L, lua_upvalueindex(2));
    luaL_checktype(L, 1, LUA_TTABLE);
    charta_engine *e = engine_of(L);
    charta_project *p = e->p;
    char what[200];
    snprintf(what, sizeof what, "source '%s'", name);
    for (size_t i = 0; i < p->n_sources; i++)
        if (strcmp(p->sources[i].name, name) == 0)
            luaL_error(L, "source '%s' is declared twice (first at %s:%d)", name,
                       p->sources[i].decl_file, p->sources[i].decl_line);
    static const char *const keys[] = {"file",   "format",     "preset",   "encoding",
                                       "delimiter", "decimal", "thousands", "skip",
                                       "header", "layout",     "area",     "area_by",
                                       "area_value", "area_name", "year",   "variable",
                                       "value",  "variables",  "missing",  NULL};
    check_keys(L, 1, keys, what);
    p->sources = grow_array(L, p->sources, p->n_sources, sizeof *p->sources);
    charta_source_spec *s = &p->sources[p->n_sources++];
    s->name = charta_decl_strdup(L, name);
    charta_loc loc = {0};
    set_loc(L, &loc);
    s->decl_file = loc.file;
    s->decl_line = loc.line;
    s->file = opt_string(L, 1, "file", what);
    if (!s->file)
        luaL_error(L, "%s: 'file' is required (the data file, relative to the project)", what);
    if (s->file[0] == '/' || strstr(s->file, ".."))
        luaL_error(L, "%s: 'file' must be a path inside the project folder", what);
    s->format = opt_string(L, 1, "format", what);
    s->preset = opt_string(L, 1, "preset", what);
    if (s->format && strcmp(s->format, "csv") != 0 && strcmp(s->format, "genesis") != 0)
        luaL_error(L, "%s: format '%s' is not supported yet (csv, genesis)", what, s->format);
    if (s->preset && strcmp(s->preset, "genesis") != 0)
        luaL_error(L, "%s: unknown preset '%s' (genesis)", what, s->preset);
    bool genesis = (s->preset && !strcmp(s->preset, "genesis")) ||
                   (s->format && !strcmp(s->format, "genesis"));
    /* the preset first, the explicit keys override it */
    if (genesis) {
        s->genesis = true;
        s->delimiter = ';';
        s->decimal = ',';
        s->skip = -1;
        s->header = -1;
    }
    char *enc = opt_string(L, 1, "encoding", what);
    if (enc) {
        charta_encoding en = parse_encoding(L, enc, what);
        free(enc);
        s->encoding = en;
    }
    char c;
    if ((c = parse_char(L, 1, "delimiter", what, ",;\t|")))
        s->delimiter = c;
    if ((c = parse_char(L, 1, "decimal", what, ".,")))
        s->decimal = c;
    if ((c = parse_char(L, 1, "thousands", what, ".,' ")))
        s->thousands = c;
    if (s->thousands && s->thousands == (s->decimal ? s->decimal : '.'))
        luaL_error(L, "%s: 'thousands' and 'decimal' must differ", what);
    opt_int(L, 1, "skip", what, 0, 1000, &s->skip);
    opt_int(L, 1, "header", what, 0, 10, &s->header);
    char *layout = opt_string(L, 1, "layout", what);
    if (layout) {
        bool longl = !strcmp(layout, "long"), wide = !strcmp(layout, "wide");
        free(layout);
        if (!longl && !wide)
            luaL_error(L, "%s: 'layout' must be \"long\" or \"wide\"", what);
        s->layout = longl ? CHARTA_LAYOUT_LONG : CHARTA_LAYOUT_WIDE;
    }
    s->area = opt_string(L, 1, "area", what);
    char *by = opt_string(L, 1, "area_by", what);
    if (by) {
        bool byname = !strcmp(by, "name"), bycode = !strcmp(by, "code");
        free(by);
        if (!byname && !bycode)
            luaL_error(L, "%s: 'area_by' must be \"code\" or \"name\"", what);
        s->area_by_name = byname;
    }
    s->area_value = opt_string(L, 1, "area_value", what);
    s->area_name = opt_string(L, 1, "area_name", what);
    if (lua_getfield(L, 1, "year") == LUA_TNUMBER) {
        if (!lua_isinteger(L, -1))
            luaL_error(L, "%s: 'year' must be a column name or a whole year", what);
        s->year_value = (int)lua_tointeger(L, -1);
    }
    lua_pop(L, 1);
    if (!s->year_value)
        s->year = opt_string(L, 1, "year", what);
    s->variable = opt_string(L, 1, "variable", what);
    s->value = opt_string(L, 1, "value", what);
    if (s->layout == CHARTA_LAYOUT_LONG && (!s->variable || !s->value))
        luaL_error(L, "%s: layout \"long\" needs 'variable' (the column naming the variable) "
                      "and 'value' (the column with the value)",
                   what);
    if (s->layout == CHARTA_LAYOUT_WIDE && (s->variable || s->value))
        luaL_error(L, "%s: 'variable' and 'value' belong to layout = \"long\"", what);
    if (s->area && s->area_value)
        luaL_error(L, "%s: give 'area' (a column) or 'area_value' (one area), not both", what);
    if (!genesis && !s->area && !s->area_value)
        luaL_error(L, "%s: 'area' (the column with area codes) or 'area_value' is required",
                   what);
    opt_strlist(L, 1, "missing", what, &s->missing, &s->n_missing);
    read_variables(L, 1, s, loc.line);
    return 0;
}

static int
decl_source(lua_State *L)
{
    check_loading(L, "source");
    if (lua_istable(L, 1))
        return luaL_error(L, "source needs a name: source \"population\" { file = ..., ... }");
    check_id(L, "source");
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushvalue(L, 1);
    lua_pushcclosure(L, decl_source_body, 2);
    return 1;
}

/* --- field --------------------------------------------------------------- */

static int
decl_field_body(lua_State *L)
{
    check_loading(L, "field");
    const char *id = lua_tostring(L, lua_upvalueindex(2));
    luaL_checktype(L, 1, LUA_TTABLE);
    charta_project *p = engine_of(L)->p;
    char what[200];
    snprintf(what, sizeof what, "field '%s'", id);
    static const char *const keys[] = {"title", "sdgs", "description", NULL};
    check_keys(L, 1, keys, what);
    charta_field *f = (charta_field *)charta_project_find_field(p, id);
    if (!f) {
        p->fields = grow_array(L, p->fields, p->n_fields, sizeof *p->fields);
        f = &p->fields[p->n_fields++];
        f->id = charta_decl_strdup(L, id);
    } else {
        /* a city redefines a shipped field: the new keys replace the old ones */
        charta_field keep = *f;
        memset(f, 0, sizeof *f);
        f->id = keep.id;
        lua_getfield(L, 1, "title");
        bool new_title = !lua_isnil(L, -1);
        lua_getfield(L, 1, "sdgs");
        bool new_sdgs = !lua_isnil(L, -1);
        lua_getfield(L, 1, "description");
        bool new_desc = !lua_isnil(L, -1);
        lua_pop(L, 3);
        charta_field old = keep;
        old.id = NULL;
        if (!new_title)
            f->title = old.title, old.title = (charta_text){0};
        if (!new_sdgs)
            f->sdgs = old.sdgs, f->n_sdgs = old.n_sdgs, old.sdgs = NULL, old.n_sdgs = 0;
        if (!new_desc)
            f->description = old.description, old.description = (charta_text){0};
        for (size_t i = 0; i < old.title.n; i++)
            free(old.title.lang[i]), free(old.title.text[i]);
        free(old.title.lang), free(old.title.text);
        for (size_t i = 0; i < old.description.n; i++)
            free(old.description.lang[i]), free(old.description.text[i]);
        free(old.description.lang), free(old.description.text);
        for (size_t i = 0; i < old.n_sdgs; i++)
            free(old.sdgs[i]);
        free(old.sdgs);
        free(old.loc.file);
    }
    set_loc(L, &f->loc);
    opt_text(L, 1, "title", what, &f->title);
    opt_text(L, 1, "description", what, &f->description);
    opt_strlist(L, 1, "sdgs", what, &f->sdgs, &f->n_sdgs);
    if (!f->title.n)
        luaL_error(L, "%s: 'title' is required", what);
    return 0;
}

static int
decl_field(lua_State *L)
{
    check_loading(L, "field");
    check_id(L, "field");
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushvalue(L, 1);
    lua_pushcclosure(L, decl_field_body, 2);
    return 1;
}

/* --- indicator ----------------------------------------------------------- */

static void
read_target(lua_State *L, int t, const char *what, charta_target *out)
{
    static const char *const keys[] = {"year", "value", "change", "base", NULL};
    check_keys(L, t, keys, what);
    if (!opt_int(L, t, "year", what, 1800, 2200, &out->year))
        luaL_error(L, "%s: a target needs a 'year'", what);
    out->has_value = opt_number(L, t, "value", what, &out->value);
    out->has_change = opt_number(L, t, "change", what, &out->change);
    opt_int(L, t, "base", what, 1800, 2200, &out->base);
    if (out->has_value == out->has_change)
        luaL_error(L, "%s: a target needs either 'value' or 'change' (percent from 'base')",
                   what);
    if (out->has_change && !out->base)
        luaL_error(L, "%s: a target with 'change' needs a 'base' year", what);
    if (out->base && out->base >= out->year)
        luaL_error(L, "%s: the target's 'base' year must come before its 'year'", what);
    if ((out->has_value && !isfinite(out->value)) || (out->has_change && !isfinite(out->change)))
        luaL_error(L, "%s: target values must be finite numbers", what);
}

static void
read_targets(lua_State *L, charta_indicator *ind, const char *what)
{
    if (lua_getfield(L, 1, "target") == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    int t = lua_gettop(L);
    if (!lua_istable(L, t))
        luaL_error(L, "%s: 'target' must be a table like { year = 2030, value = 90 } or a "
                      "list of them",
                   what);
    lua_rawgeti(L, t, 1);
    bool list = lua_istable(L, -1);
    lua_pop(L, 1);
    size_t n = list ? (size_t)lua_rawlen(L, t) : 1;
    ind->targets = calloc(n ? n : 1, sizeof *ind->targets);
    if (!ind->targets)
        luaL_error(L, "out of memory");
    ind->n_targets = n;
    for (size_t i = 0; i < n; i++) {
        if (list) {
            if (lua_rawgeti(L, t, (lua_Integer)i + 1) != LUA_TTABLE)
                luaL_error(L, "%s: target %d must be a table", what, (int)i + 1);
        } else {
            lua_pushvalue(L, t);
        }
        read_target(L, lua_gettop(L), what, &ind->targets[i]);
        lua_pop(L, 1);
        if (i && ind->targets[i].year <= ind->targets[i - 1].year)
            luaL_error(L, "%s: targets must be listed by increasing year", what);
    }
    lua_pop(L, 1);
}

static void
read_tags(lua_State *L, charta_indicator *ind, const char *what)
{
    if (lua_getfield(L, 1, "tags") == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    int t = lua_gettop(L);
    if (!lua_istable(L, t))
        luaL_error(L, "%s: 'tags' must be a table like { u4ssc = \"...\" }", what);
    size_t n;
    char **keys = sorted_keys(L, t, &n, what);
    ind->tag_keys = keys;
    ind->tag_values = calloc(n ? n : 1, sizeof(char *));
    ind->n_tags = n;
    if (!ind->tag_values)
        luaL_error(L, "out of memory");
    for (size_t i = 0; i < n; i++) {
        int ty = lua_getfield(L, t, keys[i]);
        if (ty != LUA_TSTRING && ty != LUA_TNUMBER)
            luaL_error(L, "%s: tag '%s' must be a string", what, keys[i]);
        ind->tag_values[i] = charta_decl_strdup(L, lua_tostring(L, -1));
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

/* The source text of a function, from its file (for the metadata sheet). */
static char *
function_source(charta_engine *e, const char *chunk, int first, int last)
{
    if (first <= 0 || last < first)
        return NULL;
    char *path = NULL;
    if (strncmp(chunk, "charta/", 7) == 0 && e->lib_dir)
        path = charta_path_join(e->lib_dir, chunk);
    else
        path = charta_path_join(e->p->dir, chunk);
    if (!path)
        return NULL;
    size_t len;
    char *text = charta_read_file(path, &len);
    free(path);
    if (!text)
        return NULL;
    charta_buf b = {0};
    int line = 1;
    const char *s = text;
    while (*s && line <= last) {
        const char *nl = strchr(s, '\n');
        size_t n = nl ? (size_t)(nl - s + 1) : strlen(s);
        if (line >= first)
            charta_buf_append(&b, s, n);
        s += n;
        line++;
    }
    free(text);
    return charta_buf_take(&b);
}

static int
decl_indicator_body(lua_State *L)
{
    check_loading(L, "indicator");
    const char *id = lua_tostring(L, lua_upvalueindex(2));
    luaL_checktype(L, 1, LUA_TTABLE);
    charta_engine *e = engine_of(L);
    charta_project *p = e->p;
    char what[200];
    snprintf(what, sizeof what, "indicator '%s'", id);
    const charta_indicator *dup = charta_project_find_indicator(p, id);
    if (dup)
        luaL_error(L, "indicator '%s' is declared twice (first at %s:%d)", id, dup->loc.file,
                   dup->loc.line);
    static const char *const keys[] = {"title", "field", "sdg",     "tags",    "unit",
                                       "decimals", "direction", "target", "comment",
                                       "compute", "chart", "sdmx", NULL};
    check_keys(L, 1, keys, what);
    p->indicators = grow_array(L, p->indicators, p->n_indicators, sizeof *p->indicators);
    charta_indicator *ind = &p->indicators[p->n_indicators++];
    ind->compute_ref = LUA_NOREF;
    ind->decimals = -1;
    ind->id = charta_decl_strdup(L, id);
    set_loc(L, &ind->loc);
    opt_text(L, 1, "title", what, &ind->title);
    if (!ind->title.n)
        luaL_error(L, "%s: 'title' is required", what);
    opt_text(L, 1, "comment", what, &ind->comment);
    ind->field = opt_string(L, 1, "field", what);
    opt_strlist(L, 1, "sdg", what, &ind->sdgs, &ind->n_sdgs);
    read_tags(L, ind, what);
    ind->unit = opt_string(L, 1, "unit", what);
    if (!ind->unit)
        ind->unit = charta_decl_strdup(L, "");
    opt_int(L, 1, "decimals", what, 0, 10, &ind->decimals);
    char *dir = opt_string(L, 1, "direction", what);
    if (dir) {
        int d = !strcmp(dir, "up") ? 1 : !strcmp(dir, "down") ? 2 : !strcmp(dir, "none") ? 0 : -1;
        free(dir);
        if (d < 0)
            luaL_error(L, "%s: 'direction' must be \"up\", \"down\" or \"none\"", what);
        ind->direction = (charta_direction)d;
    }
    read_targets(L, ind, what);
    if (ind->n_targets && ind->direction == CHARTA_DIR_NONE)
        luaL_error(L, "%s: a target needs direction = \"up\" or \"down\"", what);
    for (const char *k = "chart"; k; k = strcmp(k, "chart") == 0 ? "sdmx" : NULL) {
        int ty = lua_getfield(L, 1, k);
        if (ty != LUA_TNIL && ty != LUA_TTABLE)
            luaL_error(L, "%s: '%s' must be a table", what, k);
        lua_pop(L, 1);
    }
    if (lua_getfield(L, 1, "compute") != LUA_TFUNCTION)
        luaL_error(L, "%s: 'compute' is required: function(d) return ... end", what);
    lua_Debug ar;
    lua_pushvalue(L, -1);
    lua_getinfo(L, ">S", &ar);
    if (ar.source[0] == '@') {
        ind->compute_loc.file = charta_decl_strdup(L, ar.source + 1);
        ind->compute_loc.line = ar.linedefined;
        ind->compute_src = function_source(e, ar.source + 1, ar.linedefined, ar.lastlinedefined);
    }
    ind->compute_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}

static int
decl_indicator(lua_State *L)
{
    check_loading(L, "indicator");
    if (lua_istable(L, 1))
        return luaL_error(L, "indicator needs an id: indicator \"co2-per-capita\" { ... }");
    check_id(L, "indicator");
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushvalue(L, 1);
    lua_pushcclosure(L, decl_indicator_body, 2);
    return 1;
}

/* --- report -------------------------------------------------------------- */

static int
decl_report(lua_State *L)
{
    check_loading(L, "report");
    luaL_checktype(L, 1, LUA_TTABLE);
    charta_project *p = engine_of(L)->p;
    charta_report_spec *r = &p->report;
    if (r->declared)
        luaL_error(L, "report is declared twice (first at %s:%d)", r->loc.file, r->loc.line);
    static const char *const keys[] = {"title", "formats", "progress", "focus", "benchmarks",
                                       "logo",  "colors",  NULL};
    check_keys(L, 1, keys, "report");
    r->declared = true;
    set_loc(L, &r->loc);
    opt_text(L, 1, "title", "report", &r->title);
    opt_strlist(L, 1, "formats", "report", &r->formats, &r->n_formats);
    r->progress = opt_string(L, 1, "progress", "report");
    opt_strlist(L, 1, "focus", "report", &r->focus, &r->n_focus);
    opt_strlist(L, 1, "benchmarks", "report", &r->benchmarks, &r->n_benchmarks);
    return 0;
}

/* --- include and use ------------------------------------------------------ */

static bool
already_loaded(charta_engine *e, const char *chunk)
{
    for (size_t i = 0; i < e->n_loaded; i++)
        if (strcmp(e->loaded[i], chunk) == 0)
            return true;
    return false;
}

static int
decl_include(lua_State *L)
{
    check_loading(L, "include");
    charta_engine *e = engine_of(L);
    const char *pattern = luaL_checkstring(L, 1);
    if (pattern[0] == '/' || strstr(pattern, ".."))
        return luaL_error(L, "include: '%s' must be a path inside the project folder", pattern);
    char *full = charta_path_join(e->p->dir, pattern);
    if (!full)
        return luaL_error(L, "out of memory");
    glob_t g;
    int rc = glob(full, 0, NULL, &g); /* sorted, byte order under LC_COLLATE "C" */
    free(full);
    if (rc == GLOB_NOMATCH)
        return luaL_error(L, "include: no file matches '%s'", pattern);
    if (rc != 0)
        return luaL_error(L, "include: cannot read '%s'", pattern);
    size_t dirlen = strlen(e->p->dir);
    bool slash = dirlen && e->p->dir[dirlen - 1] == '/';
    for (size_t i = 0; i < g.gl_pathc; i++) {
        const char *path = g.gl_pathv[i];
        const char *chunk = path + dirlen + (slash ? 0 : 1);
        if (strlen(path) <= dirlen)
            chunk = path;
        char chunkbuf[1024];
        snprintf(chunkbuf, sizeof chunkbuf, "%s", chunk);
        if (already_loaded(e, chunkbuf))
            continue;
        charta_engine_run_file(L, e, path, chunkbuf);
    }
    globfree(&g);
    return 0;
}

static int
decl_use(lua_State *L)
{
    check_loading(L, "use");
    charta_engine *e = engine_of(L);
    const char *name = luaL_checkstring(L, 1);
    if (strncmp(name, "charta.", 7) != 0)
        return luaL_error(L, "use: library names start with 'charta.' (like \"charta.fields\")");
    char rel[256];
    size_t n = strlen(name);
    if (n > 200)
        return luaL_error(L, "use: name too long");
    for (size_t i = 0; i < n; i++) {
        char c = name[i];
        if (!(isalnum((unsigned char)c) || c == '_' || c == '.' || c == '-'))
            return luaL_error(L, "use: '%s' is not a library name", name);
        rel[i] = c == '.' ? '/' : c;
    }
    snprintf(rel + n, sizeof rel - n, ".lua");
    if (already_loaded(e, rel))
        return 0;
    if (!e->lib_dir)
        return luaL_error(L, "use: the shipped library was not found (set CHARTA_PATH to the "
                             "'indicators' folder of charta)");
    char *path = charta_path_join(e->lib_dir, rel);
    if (!path)
        return luaL_error(L, "out of memory");
    FILE *f = fopen(path, "r");
    if (!f) {
        free(path);
        return luaL_error(L, "use: no library '%s' (looked for %s in %s)", name, rel,
                          e->lib_dir);
    }
    fclose(f);
    lua_pushstring(L, path);
    free(path);
    charta_engine_run_file(L, e, lua_tostring(L, -1), rel);
    return 0;
}

void
charta_engine_open_decls(charta_engine *e, lua_State *L, int idx)
{
    static const luaL_Reg decls[] = {{"city", decl_city},
                                     {"areas", decl_areas},
                                     {"source", decl_source},
                                     {"field", decl_field},
                                     {"indicator", decl_indicator},
                                     {"report", decl_report},
                                     {"include", decl_include},
                                     {"use", decl_use},
                                     {NULL, NULL}};
    idx = lua_absindex(L, idx);
    for (const luaL_Reg *r = decls; r->name; r++) {
        lua_pushlightuserdata(L, e);
        lua_pushcclosure(L, r->func, 1);
        lua_setfield(L, idx, r->name);
    }
}
