/* engine_decl_ind.c: the declarations indicator and report, include and use,
 * and the registration of every declaration function.
 */
#include <ctype.h>
#include <errno.h>
#include <glob.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <lauxlib.h>

#include "charta/util.h"
#include "decl_chart.h"
#include "engine_internal.h"

/* --- indicator ----------------------------------------------------------- */

/* The largest 'change' of a target, in percent: beyond it the target value
 * (the base value times 1 + change / 100) is no longer a goal but an
 * overflow waiting to happen. */
enum { CHANGE_MAX = 1000000 };

static void
read_target(lua_State *L, int t, const char *what, charta_target *out)
{
    charta_decl_check_keyset(L, t, "indicator.target", what);
    if (!charta_decl_opt_int(L, t, "year", what, 1800, 2200, &out->year))
        charta_lua_error(L, "%s: a target needs a 'year'", what);
    out->has_value = charta_decl_opt_number(L, t, "value", what, &out->value);
    out->has_change = charta_decl_opt_number(L, t, "change", what, &out->change);
    charta_decl_opt_int(L, t, "base", what, 1800, 2200, &out->base);
    if (out->has_value == out->has_change)
        charta_lua_error(L, "%s: a target needs either 'value' or 'change' (percent from 'base')", what);
    if (out->has_change && !out->base)
        charta_lua_error(L, "%s: a target with 'change' needs a 'base' year", what);
    if (out->base && out->base >= out->year)
        charta_decl_error_at(L, t, "base", 0, CHARTA_AT_VALUE,
                             "%s: the target's 'base' year must come before its 'year'", what);
    if ((out->has_value && !isfinite(out->value)) || (out->has_change && !isfinite(out->change)))
        charta_lua_error(L, "%s: target values must be finite numbers", what);
    if (out->has_change && out->change < -100)
        charta_decl_error_at(L, t, "change", 0, CHARTA_AT_VALUE,
                             "%s: a 'change' below -100 %% would make the value negative", what);
    if (out->has_change && out->change > CHANGE_MAX)
        charta_decl_error_at(L, t, "change", 0, CHARTA_AT_VALUE,
                             "%s: a 'change' above %d %% (%d times the base value) is not a "
                             "target; give the percent change from 'base', like change = -55",
                             what, CHANGE_MAX, 1 + CHANGE_MAX / 100);
    out->area = charta_decl_opt_string(L, t, "area", what); /* checked against the areas later */
    if (out->area && !out->area[0])
        charta_lua_error(L, "%s: a target's 'area' must be an area code", what);
}

static bool
same_area(const char *a, const char *b)
{
    return a == b || (a && b && strcmp(a, b) == 0);
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
        charta_decl_error_at(L, 1, "target", 0, CHARTA_AT_VALUE,
                             "%s: 'target' must be a table like { year = 2030, value = 90 } or a "
                             "list of them",
                             what);
    lua_rawgeti(L, t, 1);
    bool list = lua_istable(L, -1);
    lua_pop(L, 1);
    size_t n = list ? (size_t)lua_rawlen(L, t) : 1;
    ind->targets = calloc(n ? n : 1, sizeof *ind->targets);
    if (!ind->targets)
        charta_sandbox_raise_nomem(L);
    ind->n_targets = n;
    for (size_t i = 0; i < n; i++) {
        if (list) {
            if (lua_rawgeti(L, t, (lua_Integer)i + 1) != LUA_TTABLE)
                charta_decl_error_at(L, t, NULL, (long)i + 1, CHARTA_AT_VALUE,
                                     "%s: target %d must be a table", what, (int)i + 1);
        } else {
            lua_pushvalue(L, t);
        }
        read_target(L, lua_gettop(L), what, &ind->targets[i]);
        lua_pop(L, 1);
        /* milestones: by increasing year, for every area (and for all areas) */
        for (size_t j = i; j-- > 0;) {
            const charta_target *a = &ind->targets[j], *b = &ind->targets[i];
            if (!same_area(a->area, b->area))
                continue;
            if (b->year == a->year)
                charta_lua_error(L, "%s: two targets for %d%s%s", what, b->year,
                           b->area ? _(" in area ") : "", b->area ? b->area : "");
            if (b->year < a->year)
                charta_lua_error(L, "%s: targets must be listed by increasing year (%d after %d)", what,
                           b->year, a->year);
            break;
        }
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
        charta_lua_error(L, "%s: 'tags' must be a table like { u4ssc = \"...\" }", what);
    size_t n;
    char **keys = charta_decl_sorted_keys(L, t, &n, what);
    ind->tag_keys = keys;
    ind->tag_values = calloc(n ? n : 1, sizeof(char *));
    ind->n_tags = n;
    if (!ind->tag_values)
        charta_sandbox_raise_nomem(L);
    for (size_t i = 0; i < n; i++) {
        int ty = lua_getfield(L, t, keys[i]);
        if (ty != LUA_TSTRING && ty != LUA_TNUMBER)
            charta_decl_error_at(L, t, keys[i], 0, CHARTA_AT_VALUE, "%s: tag '%s' must be a string",
                                 what, keys[i]);
        size_t tl;
        const char *tv = lua_tolstring(L, -1, &tl);
        charta_decl_check_utf8(L, tv, tl, keys[i], what);
        ind->tag_values[i] = charta_decl_strdup(L, tv);
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
    char *text, why[600];
    charta_status rs = charta_read_input(path, NULL, &text, &len, why, sizeof why);
    free(path);
    if (rs != CHARTA_OK)
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
    charta_decl_check_loading(L, "indicator");
    const char *id = lua_tostring(L, lua_upvalueindex(2));
    luaL_checktype(L, 1, LUA_TTABLE);
    charta_engine *e = charta_decl_engine_of(L);
    charta_project *p = e->p;
    char what[200];
    snprintf(what, sizeof what, _("indicator '%s'"), id);
    charta_decl_check_keyset(L, 1, "indicator", what);
    charta_decl_extends(L, e, what);
    const charta_indicator *dup = charta_project_find_indicator(p, id);
    if (dup && dup->origin)
        charta_lua_error(L,
                   "indicator '%s' is shipped by %s already: change it with extends = "
                   "\"%s/%s\" or leave it out with drop \"%s/%s\"",
                   id, dup->origin, dup->origin, id, dup->origin, id);
    if (dup)
        charta_lua_error(L, "indicator '%s' is declared twice (first at %s:%d)", id, dup->loc.file,
                   dup->loc.line);
    p->indicators =
        charta_decl_grow_array(L, p->indicators, p->n_indicators, sizeof *p->indicators);
    charta_indicator *ind = &p->indicators[p->n_indicators++];
    ind->compute_ref = LUA_NOREF;
    ind->table_ref = LUA_NOREF;
    ind->decimals = -1;
    ind->id = charta_decl_strdup(L, id);
    if (!charta_project_index_indicator(p, p->n_indicators - 1))
        charta_sandbox_raise_nomem(L);
    charta_decl_set_loc(L, &ind->loc);
    charta_decl_opt_text(L, 1, "title", what, &ind->title);
    if (!ind->title.n)
        charta_lua_error(L, "%s: 'title' is required", what);
    charta_decl_opt_text(L, 1, "comment", what, &ind->comment);
    charta_decl_opt_text(L, 1, "definition", what, &ind->definition);
    ind->extends = charta_decl_opt_string(L, 1, "extends", what);
    charta_decl_opt_strlist(L, 1, "needs", what, &ind->needs, &ind->n_needs);
    if (e->library) { /* shipped: kept for a city's extends */
        ind->origin = charta_decl_strdup(L, e->library);
        lua_pushvalue(L, 1);
        ind->table_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    }
    ind->field = charta_decl_opt_string(L, 1, "field", what);
    ind->field_at = charta_decl_value_pos(L, 1, "field");
    charta_decl_opt_strlist(L, 1, "sdg", what, &ind->sdgs, &ind->n_sdgs);
    read_tags(L, ind, what);
    charta_decl_opt_text(L, 1, "unit", what, &ind->unit_text);
    ind->unit = charta_decl_strdup(L, charta_text_get(&ind->unit_text, p->city.n_languages
                                                                        ? p->city.languages[0]
                                                                        : NULL,
                                                      NULL));
    charta_decl_opt_int(L, 1, "decimals", what, 0, 10, &ind->decimals);
    char *dir = charta_decl_opt_string(L, 1, "direction", what);
    if (dir) {
        int d = !strcmp(dir, "up") ? 1 : !strcmp(dir, "down") ? 2 : !strcmp(dir, "none") ? 0 : -1;
        free(dir);
        if (d < 0)
            charta_decl_error_at(L, 1, "direction", 0, CHARTA_AT_VALUE,
                                 "%s: 'direction' must be \"up\", \"down\" or \"none\"", what);
        ind->direction = (charta_direction)d;
    }
    read_targets(L, ind, what);
    if (ind->n_targets && ind->direction == CHARTA_DIR_NONE)
        charta_lua_error(L, "%s: a target needs direction = \"up\" or \"down\"", what);
    ind->has_limit = charta_decl_opt_number(L, 1, "limit", what, &ind->limit);
    if (ind->has_limit && !isfinite(ind->limit))
        charta_lua_error(L, "%s: 'limit' must be a finite number", what);
    for (size_t t = 0; ind->has_limit && t < ind->n_targets; t++) {
        const charta_target *tg = &ind->targets[t];
        bool up = ind->direction == CHARTA_DIR_UP;
        if (tg->has_value && (up ? tg->value > ind->limit : tg->value < ind->limit)) {
            char v[40], l[40];
            snprintf(v, sizeof v, "%g", tg->value);
            snprintf(l, sizeof l, "%g", ind->limit);
            charta_lua_error(L, "%s: the target %s for %d lies beyond the natural limit %s", what, v,
                       tg->year, l);
        }
    }
    charta_decl_read_chart(L, 1, "chart", what, &ind->chart);
    charta_decl_opt_strlist(L, 1, "breakdown", what, &ind->breakdown, &ind->n_breakdown);
    for (size_t k = 0; k < ind->n_breakdown; k++) {
        if (!ind->breakdown[k][0])
            charta_lua_error(L, "%s: 'breakdown' names dimensions, like { \"sex\" }", what);
        for (size_t j = 0; j < k; j++)
            if (strcmp(ind->breakdown[j], ind->breakdown[k]) == 0)
                charta_lua_error(L, "%s: 'breakdown' names '%s' twice", what, ind->breakdown[k]);
    }
    if (ind->n_breakdown > 8)
        charta_lua_error(L, "%s: 'breakdown' takes at most 8 dimensions", what);
    charta_decl_read_sdmx(L, 1, what, ind);
    if (lua_getfield(L, 1, "compute") != LUA_TFUNCTION)
        charta_decl_error_at(L, 1, "compute", 0, CHARTA_AT_VALUE,
                             "%s: 'compute' is required: function(d) return ... end", what);
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
    charta_decl_check_loading(L, "indicator");
    if (lua_istable(L, 1))
        return charta_lua_error(L, "indicator needs an id: indicator \"co2-per-capita\" { ... }");
    charta_decl_check_id(L, "indicator");
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushvalue(L, 1);
    lua_pushcclosure(L, decl_indicator_body, 2);
    return 1;
}

/* --- report -------------------------------------------------------------- */

static int
decl_report(lua_State *L)
{
    charta_decl_check_loading(L, "report");
    luaL_checktype(L, 1, LUA_TTABLE);
    charta_project *p = charta_decl_engine_of(L)->p;
    charta_report_spec *r = &p->report;
    if (r->declared)
        charta_lua_error(L, "report is declared twice (first at %s:%d)", r->loc.file, r->loc.line);
    charta_decl_check_keyset(L, 1, "report", "report");
    r->declared = true;
    charta_decl_set_loc(L, &r->loc);
    charta_decl_opt_text(L, 1, "title", "report", &r->title);
    charta_decl_opt_strlist(L, 1, "formats", "report", &r->formats, &r->n_formats);
    r->progress = charta_decl_opt_string(L, 1, "progress", "report");
    charta_decl_opt_strlist(L, 1, "focus", "report", &r->focus, &r->n_focus);
    charta_decl_opt_strlist(L, 1, "benchmarks", "report", &r->benchmarks, &r->n_benchmarks);
    charta_decl_read_report_style(L, 1, r);
    charta_decl_read_report_opensdg(L, 1, r);
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

/* The chunk name of a path inside the project: "./a//b.lua" is "a/b.lua",
 * so that a file included under two spellings runs once (and messages
 * name it one way). ".." was refused before. */
static void
normalize_chunk(const char *in, char *out, size_t n)
{
    size_t o = 0;
    for (const char *s = in; *s;) {
        while (*s == '/')
            s++;
        size_t len = strcspn(s, "/");
        if (len && !(len == 1 && s[0] == '.')) {
            if (o && o + 1 < n)
                out[o++] = '/';
            size_t room = n - 1 - o;
            memcpy(out + o, s, len < room ? len : room);
            o += len < room ? len : room;
        }
        s += len;
    }
    out[o] = '\0';
}

static int
decl_include(lua_State *L)
{
    charta_decl_check_loading(L, "include");
    charta_engine *e = charta_decl_engine_of(L);
    size_t plen;
    const char *pattern = luaL_checklstring(L, 1, &plen);
    charta_decl_check_nul(L, pattern, plen, "include", "the pattern");
    if (pattern[0] == '/' || strstr(pattern, ".."))
        return charta_lua_error(L, "include: '%s' must be a path inside the project folder", pattern);
    char *full = charta_path_join(e->p->dir, pattern);
    if (!full)
        return charta_sandbox_raise_nomem(L);
    glob_t g;
    errno = 0;
    /* sorted, byte order under LC_COLLATE "C"; folders marked with a '/' */
    int rc = glob(full, GLOB_MARK, NULL, &g);
    free(full);
    if (rc != 0) {
        globfree(&g);
        /* a folder it could not open for want of memory looks empty */
        if (rc == GLOB_NOSPACE || errno == ENOMEM)
            return charta_sandbox_raise_nomem(L);
        if (rc == GLOB_NOMATCH)
            return charta_lua_error(L, "include: no file matches '%s'", pattern);
        return charta_lua_error(L, "include: cannot read '%s'", pattern);
    }
    /* the paths move into a Lua table first: a script's error unwinds with
     * longjmp and must not leak the glob */
    lua_createtable(L, (int)g.gl_pathc, 0);
    for (size_t i = 0; i < g.gl_pathc; i++) {
        lua_pushstring(L, g.gl_pathv[i]);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    size_t n = g.gl_pathc;
    globfree(&g);
    int list = lua_gettop(L);
    size_t dirlen = strlen(e->p->dir);
    bool slash = dirlen && e->p->dir[dirlen - 1] == '/';
    for (int pass = 0; pass < 2; pass++) /* the folders first: then run the files */
        for (size_t i = 0; i < n; i++) {
            lua_rawgeti(L, list, (lua_Integer)i + 1);
            size_t len;
            const char *path = lua_tolstring(L, -1, &len);
            const char *chunk = len > dirlen ? path + dirlen + (slash ? 0 : 1) : path;
            char chunkbuf[1024];
            normalize_chunk(chunk, chunkbuf, sizeof chunkbuf);
            bool folder = len && path[len - 1] == '/';
            if (pass == 0 && folder)
                return charta_lua_error(L,
                                  "include: '%s' is a folder, not a script; include its scripts "
                                  "with a pattern like \"%s/*.lua\"",
                                  chunkbuf, chunkbuf);
            if (pass == 1 && !already_loaded(e, chunkbuf))
                charta_engine_run_file(L, e, path, chunkbuf);
            lua_settop(L, list);
        }
    return 0;
}

/* use of a library that is not there: the nearest shipped one, or the list. */
static int
no_library(lua_State *L, charta_engine *e, const char *name, const char *rel)
{
    char *pattern = charta_path_join(e->lib_dir, "charta/*.lua");
    glob_t g = {0};
    int rc = pattern ? glob(pattern, 0, NULL, &g) : GLOB_NOSPACE;
    free(pattern);
    size_t n = rc == 0 ? g.gl_pathc : 0;
    const char **names = calloc(n + 1, sizeof *names);
    charta_buf b = {0};
    for (size_t i = 0; names && i < n; i++) {
        /* ".../charta/fields.lua" -> "charta.fields" */
        char *base = strrchr(g.gl_pathv[i], '/') + 1;
        base[strlen(base) - 4] = '\0';
        base[-1] = '.';
        names[i] = base - 7;
    }
    const char *s = names ? charta_suggest(name, names, n) : NULL;
    if (s) {
        charta_buf_printf(&b, _(" (did you mean '%s'?)"), s);
    } else if (n && names) {
        charta_buf_puts(&b, _(" (charta ships "));
        for (size_t i = 0; i < n; i++)
            charta_buf_printf(&b, "%s'%s'", i ? ", " : "", names[i]);
        charta_buf_puts(&b, ")");
    } else {
        charta_buf_printf(&b, _(" (looked for %s in %s)"), rel, e->lib_dir);
    }
    free(names);
    if (rc != GLOB_NOSPACE)
        globfree(&g);
    if (!names || rc == GLOB_NOSPACE || b.oom) {
        charta_buf_free(&b);
        return charta_sandbox_raise_nomem(L);
    }
    lua_pushstring(L, b.data);
    charta_buf_free(&b);
    return charta_lua_error(L, "use: no library '%s'%s", name, lua_tostring(L, -1));
}

static int
decl_use(lua_State *L)
{
    charta_decl_check_loading(L, "use");
    charta_engine *e = charta_decl_engine_of(L);
    size_t nlen;
    const char *name = luaL_checklstring(L, 1, &nlen);
    charta_decl_check_nul(L, name, nlen, "use", "the name");
    if (strncmp(name, "charta.", 7) != 0)
        return charta_lua_error(L, "use: library names start with 'charta.' (like \"charta.fields\")");
    char rel[256];
    size_t n = strlen(name);
    if (n > 200)
        return charta_lua_error(L, "use: name too long");
    for (size_t i = 0; i < n; i++) {
        char c = name[i];
        if (!(isalnum((unsigned char)c) || c == '_' || c == '.' || c == '-'))
            return charta_lua_error(L, "use: '%s' is not a library name", name);
        rel[i] = c == '.' ? '/' : c;
    }
    snprintf(rel + n, sizeof rel - n, ".lua");
    if (already_loaded(e, rel))
        return 0;
    if (!e->lib_dir)
        return charta_lua_error(L, "use: the shipped library was not found (set CHARTA_PATH to the "
                             "'indicators' folder of charta)");
    char *path = charta_path_join(e->lib_dir, rel);
    if (!path)
        return charta_sandbox_raise_nomem(L);
    /* only whether it exists: opening a FIFO would wait for a writer; the loader
     * reads regular files only */
    if (access(path, F_OK) != 0) {
        free(path);
        if (errno == ENOMEM)
            return charta_sandbox_raise_nomem(L);
        return no_library(L, e, name, rel);
    }
    lua_pushstring(L, path);
    free(path);
    /* what the library declares is shipped; a library's use of another runs that
     * one as itself */
    const char *outer = e->library;
    e->library = name;
    charta_engine_run_file(L, e, lua_tostring(L, -1), rel);
    e->library = outer;
    return 0;
}

void
charta_engine_open_decls(charta_engine *e, lua_State *L, int idx)
{
    static const luaL_Reg decls[] = {{"indicator", decl_indicator},
                                     {"report", decl_report},
                                     {"include", decl_include},
                                     {"use", decl_use},
                                     {"progress_method", charta_decl_progress_method},
                                     {NULL, NULL}};
    idx = lua_absindex(L, idx);
    charta_engine_open_place_decls(e, L, idx);
    charta_engine_open_change_decls(e, L, idx);
    charta_engine_open_catalogue_decls(e, L, idx);
    charta_engine_set_decls(e, L, idx, decls);
}
