/* engine.c: loading a project and computing its indicators. */
#include "charta/i18n.h"
#include "charta/engine.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <lauxlib.h>

#include "charta/series_lua.h"
#include "charta/util.h"
#include "engine_internal.h"

static bool
is_dir_with(const char *dir, const char *rel)
{
    char *p = charta_path_join(dir, rel);
    if (!p)
        return false;
    bool ok = access(p, R_OK) == 0;
    free(p);
    return ok;
}

/* $CHARTA_PATH, next to the binary (build tree), the share dir of the binary's
 * prefix (bin/../share/charta: an install under any prefix), the configured
 * share dir; NULL with errno ENOENT when there is none, ENOMEM on out of memory. */
char *
charta_library_dir(void)
{
    const char *env = getenv("CHARTA_PATH");
    if (env && env[0]) {
        char *dir = charta_strdup(env);
        if (!dir)
            errno = ENOMEM;
        return dir;
    }
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            char *cand = charta_path_join(exe, "indicators");
            if (!cand) {
                errno = ENOMEM;
                return NULL;
            }
            if (is_dir_with(cand, "charta"))
                return cand;
            free(cand);
#ifdef CHARTA_SHARE_REL
            cand = charta_path_join(exe, CHARTA_SHARE_REL "/indicators");
            if (!cand) {
                errno = ENOMEM;
                return NULL;
            }
            if (is_dir_with(cand, "charta"))
                return cand;
            free(cand);
#endif
        }
    }
#ifdef CHARTA_SHARE_DIR
    if (is_dir_with(CHARTA_SHARE_DIR "/indicators", "charta")) {
        char *dir = charta_strdup(CHARTA_SHARE_DIR "/indicators");
        if (!dir)
            errno = ENOMEM;
        return dir;
    }
#endif
    errno = ENOENT;
    return NULL;
}

static int d_index(lua_State *L);

/* Runs protected: the declarations and the Series functions join the
 * builtins. */
static int
open_engine(lua_State *L)
{
    charta_engine *e = lua_touserdata(L, 1);
    charta_sandbox_push_builtins(e->sb);
    charta_engine_open_decls(e, L, -1);
    charta_series_lua_open(L, lua_gettop(L), &e->sctx);
    return 0;
}

charta_engine *
charta_engine_new(const char *lib_dir, charta_diags *diags)
{
    charta_engine *e = calloc(1, sizeof *e);
    if (!e)
        return NULL;
    e->diags = diags;
    errno = 0;
    e->lib_dir = lib_dir ? charta_strdup(lib_dir) : charta_library_dir();
    if (!e->lib_dir && (lib_dir || errno == ENOMEM)) {
        charta_engine_free(e);
        return NULL;
    }
    e->sb = charta_sandbox_new();
    if (!e->sb) {
        charta_engine_free(e);
        return NULL;
    }
    lua_State *L = charta_sandbox_state(e->sb);
    lua_pushcfunction(L, open_engine);
    lua_pushlightuserdata(L, e);
    if (lua_pcall(L, 1, 0, 0) != LUA_OK) { /* only a memory error can end it */
        charta_engine_free(e);
        return NULL;
    }
    return e;
}

void
charta_engine_free(charta_engine *e)
{
    if (!e)
        return;
    charta_sandbox_free(e->sb); /* before the project: closes the state */
    charta_project_free(e->p);
    for (size_t i = 0; i < e->n_loaded; i++)
        free(e->loaded[i]);
    free(e->loaded);
    for (size_t i = 0; i < e->n_scripts; i++) {
        free(e->scripts[i].chunk);
        charta_kl_doc_free(e->scripts[i].doc);
    }
    free(e->scripts);
    charta_decl_where_free(e->where);
    free(e->lib_dir);
    free(e->parents);
    free(e->alternative);
    free(e->codes);
    free(e->state);
    free(e->chain);
    free(e->chain_where);
    free(e);
}

charta_project *
charta_engine_project(charta_engine *e)
{
    return e->p;
}

void
charta_engine_set_interrupt(charta_engine *e, volatile const int *flag)
{
    charta_sandbox_set_interrupt(e->sb, flag);
}

const char *
charta_engine_log(const charta_engine *e)
{
    return charta_sandbox_log(e->sb);
}

const char *
charta_engine_where(const charta_engine *e)
{
    return charta_sandbox_where(e->sb);
}

int
charta_engine_run_file(lua_State *L, charta_engine *e, const char *path, const char *chunkname)
{
    char **loaded = realloc(e->loaded, (e->n_loaded + 1) * sizeof *loaded);
    if (!loaded)
        return charta_sandbox_raise_nomem(L);
    e->loaded = loaded;
    e->loaded[e->n_loaded] = charta_strdup(chunkname);
    if (!e->loaded[e->n_loaded])
        return charta_sandbox_raise_nomem(L);
    e->n_loaded++;
    char *text;
    size_t len;
    charta_status st = charta_sandbox_load(e->sb, path, chunkname, e->diags, &text, &len);
    if (st == CHARTA_OK && charta_engine_keep_text(e, chunkname, text, len) != CHARTA_OK) {
        lua_pop(L, 1);
        return charta_sandbox_raise_nomem(L);
    }
    if (st == CHARTA_ERR_NOMEM || st == CHARTA_ERR_LIMIT)
        return charta_sandbox_raise_reported(L, st);
    /* a script that fails to load or to run is reported; the other files go on */
    if (st == CHARTA_OK)
        charta_sandbox_try(L, 0, 0, chunkname, &st);
    e->decl_status = charta_status_worse(e->decl_status, st);
    return 0;
}

/* Each indicator's field and targets. After a failed declaration only the indicators
 * declared whole, and their fields only when no field declaration failed. */
static charta_status
validate_indicators(charta_engine *e, bool failed)
{
    charta_project *p = e->p;
    charta_status st = CHARTA_OK;
    const char **fids = calloc(p->n_fields + 1, sizeof *fids);
    if (!fids)
        return CHARTA_ERR_NOMEM;
    for (size_t i = 0; i < p->n_fields; i++)
        fids[i] = p->fields[i].id;
    for (size_t i = 0; i < p->n_indicators; i++) {
        charta_indicator *ind = &p->indicators[i];
        if (ind->broken)
            continue;
        if (!ind->field) {
            st = charta_diag_error(e->diags, CHARTA_ERR_SCRIPT, ind->loc.file, ind->loc.line, 0,
                                   "indicator '%s': 'field' is required (the action field it "
                                   "belongs to, like \"HF01\")",
                                   ind->id);
        } else if (!(failed && e->fields_failed) && !charta_project_find_field(p, ind->field)) {
            const char *s = charta_suggest(ind->field, fids, p->n_fields);
            const charta_script_pos *at = &ind->field_at;
            st = charta_diag_error(e->diags, CHARTA_ERR_SCRIPT, ind->loc.file,
                                   at->line ? at->line : ind->loc.line, at->line ? at->col : 0,
                                   "indicator '%s': unknown field '%s'%s%s%s", ind->id,
                                   ind->field, s ? _(" (did you mean '") : "", s ? s : "",
                                   s ? "'?)"
                                     : _(" (declare it with field \"...\" { ... } or use "
                                         "\"charta.fields\")"));
        }
        for (size_t t = 0; t < ind->n_targets; t++)
            if (ind->targets[t].year < p->city.year_first)
                st = charta_diag_error(e->diags, CHARTA_ERR_SCRIPT, ind->loc.file,
                                       ind->loc.line, 0,
                                       "indicator '%s': target year %d lies before the "
                                       "reporting window (%d-%d)",
                                       ind->id, ind->targets[t].year, p->city.year_first,
                                       p->city.year_last);
    }
    free(fids);
    return st;
}

/* The checks across declarations. After a failed declaration (failed) only those
 * that cannot follow from it. */
static charta_status
validate_project(charta_engine *e, bool failed)
{
    charta_project *p = e->p;
    if (failed)
        return validate_indicators(e, true);
    if (!p->city.declared)
        return charta_diag_error(e->diags, CHARTA_ERR_SCRIPT, "city.lua", 1, 0,
                                 "the project declares no city { id = ..., name = ..., years = "
                                 "{ ... } }");
    charta_status st = CHARTA_OK;
    if (!p->city.year_first)
        st = charta_diag_error(e->diags, CHARTA_ERR_SCRIPT, p->city.loc.file, p->city.loc.line, 0,
                               "city: 'years' is required, like years = { 2012, 2024 }");
    st = charta_status_worse(st, validate_indicators(e, false));
    return charta_status_worse(st, charta_engine_check_changes(e));
}

charta_status
charta_engine_load(charta_engine *e, const char *project_dir)
{
    if (e->p)
        return CHARTA_ERR_INTERNAL;
    e->p = charta_project_new(project_dir);
    if (!e->p)
        return CHARTA_ERR_NOMEM;
    char *city = charta_path_join(project_dir, "city.lua");
    if (!city)
        return CHARTA_ERR_NOMEM;
    if (access(city, R_OK) != 0) {
        int err = errno;
        free(city);
        return charta_diag_error(e->diags, CHARTA_ERR_NOINPUT, NULL, 0, 0,
                                 "%s: no city.lua in this folder (%s); a city project is a "
                                 "folder with a city.lua",
                                 project_dir, strerror(err));
    }
    lua_State *L = charta_sandbox_state(e->sb);
    e->loading = true;
    e->loaded = calloc(1, sizeof *e->loaded);
    if (!e->loaded || !(e->loaded[0] = charta_strdup("city.lua"))) {
        free(city);
        return charta_diag_error(e->diags, CHARTA_ERR_NOMEM, NULL, 0, 0, "out of memory");
    }
    e->n_loaded = 1;
    char *text;
    size_t len;
    charta_status st = charta_sandbox_load(e->sb, city, "city.lua", e->diags, &text, &len);
    free(city);
    if (st == CHARTA_OK && charta_engine_keep_text(e, "city.lua", text, len) != CHARTA_OK)
        st = charta_diag_error(e->diags, CHARTA_ERR_NOMEM, NULL, 0, 0, "out of memory");
    if (st == CHARTA_OK)
        st = charta_sandbox_call(e->sb, 0, 0, "city.lua", e->diags);
    e->loading = false;
    e->library = NULL;
    lua_settop(L, 0);
    st = charta_status_worse(st, e->decl_status);
    if (st == CHARTA_ERR_NOMEM || st == CHARTA_ERR_LIMIT)
        return st;
    return charta_status_worse(st, validate_project(e, st != CHARTA_OK));
}

/* --- compute ------------------------------------------------------------- */

static charta_status compute_one(charta_engine *e, size_t i);

static void
add_read(lua_State *L, charta_indicator *ind, const char *name)
{
    for (size_t i = 0; i < ind->n_reads; i++)
        if (strcmp(ind->reads[i], name) == 0)
            return;
    char **r = realloc(ind->reads, (ind->n_reads + 1) * sizeof *r);
    if (!r)
        charta_sandbox_raise_nomem(L);
    ind->reads = r;
    ind->reads[ind->n_reads] = charta_decl_strdup(L, name);
    ind->n_reads++;
}

static void
where_now(lua_State *L, char *buf, size_t n)
{
    lua_Debug ar;
    buf[0] = '\0';
    for (int level = 1; lua_getstack(L, level, &ar); level++) {
        lua_getinfo(L, "Sl", &ar);
        if (ar.source[0] == '@' && ar.currentline > 0) {
            snprintf(buf, n, "%s:%d", ar.source + 1, ar.currentline);
            return;
        }
    }
}

static bool
needs_name(const charta_indicator *ind, const char *name)
{
    for (size_t k = 0; k < ind->n_needs; k++)
        if (strcmp(ind->needs[k], name) == 0)
            return true;
    return false;
}

/* d.<name>: a variable of the dataset or another indicator's result. */
static int
d_index(lua_State *L)
{
    charta_engine *e = lua_touserdata(L, lua_upvalueindex(1));
    size_t self = (size_t)lua_tointeger(L, lua_upvalueindex(2));
    charta_indicator *me = &e->p->indicators[self];
    /* d is a view of the run's data for one call (STYLE rule 11): kept in
     * a global or an upvalue, it must not reach the data after the call
     * (the input values may have been released by then) */
    if (!e->state || e->state[self] != 1)
        return charta_lua_error(L,
                          "this d belongs to the compute of indicator '%s', which has "
                          "returned; read d only inside its compute function (keep the "
                          "values you need in locals)",
                          me->id);
    lua_pushvalue(L, 2);
    if (lua_rawget(L, lua_upvalueindex(3)) != LUA_TNIL)
        return 1;
    lua_pop(L, 1);
    if (lua_type(L, 2) != LUA_TSTRING)
        return charta_lua_error(L, "d[...] takes the name of a variable or an indicator, got a %s",
                          luaL_typename(L, 2));
    size_t nlen;
    const char *name = lua_tolstring(L, 2, &nlen);
    charta_decl_check_nul(L, name, nlen, "d[...]", "the name");
    if (me->n_needs && !needs_name(me, name))
        return charta_lua_error(L,
                          "indicator '%s' reads '%s', which its 'needs' does not list (add it "
                          "there: a report leaves the indicator out when its data lack one)",
                          me->id, name);
    int v = charta_dataset_find_variable(e->ds, name);
    if (v >= 0) {
        const charta_variable *var = charta_dataset_variable(e->ds, (size_t)v);
        if (!var->values)
            return charta_lua_error(L, "the values of '%s' are no longer available", name);
        add_read(L, me, name);
        if (e->n_sel) { /* a part of the indicator's breakdown: the variable's part */
            int pv = charta_engine_sel_var(e, v);
            if (pv < 0) {
                charta_series_lua_push_empty(L);
            } else {
                const charta_variable *pvar = charta_dataset_variable(e->ds, (size_t)pv);
                charta_series_lua_push(L, (charta_cvec){pvar->values, pvar->status});
            }
        } else {
            charta_series_lua_push_var(L, (charta_cvec){var->values, var->status}, v);
        }
    } else {
        int k = charta_results_find(e->res, name);
        if (k < 0) {
            size_t nv = charta_dataset_variable_count(e->ds), ni = e->p->n_indicators;
            const char **names = calloc(nv + ni + 1, sizeof *names);
            if (!names)
                return charta_sandbox_raise_nomem(L);
            for (size_t i = 0; i < nv; i++)
                names[i] = charta_dataset_variable(e->ds, i)->name;
            for (size_t i = 0; i < ni; i++)
                names[nv + i] = e->p->indicators[i].id;
            const char *s = charta_suggest(name, names, nv + ni);
            free(names);
            const charta_source_spec *src = NULL;
            for (size_t i = 0; i < e->p->n_sources && !src; i++)
                if (strcmp(e->p->sources[i].name, name) == 0)
                    src = &e->p->sources[i];
            lua_pushfstring(L, _("unknown variable or indicator '%s'"), name);
            if (src && src->n_vars) {
                /* the source's name for its variable: d reads variables */
                luaL_Buffer b;
                luaL_buffinit(L, &b);
                lua_pushfstring(L, _(" ('%s' is a source; read its variables: "), name);
                luaL_addvalue(&b);
                for (size_t i = 0; i < src->n_vars && i < 5; i++) {
                    lua_pushfstring(L, "%sd.%s", i ? ", " : "", src->vars[i].name);
                    luaL_addvalue(&b);
                }
                luaL_addstring(&b, src->n_vars > 5 ? ", ...)" : ")");
                luaL_pushresult(&b);
            } else if (s) {
                lua_pushfstring(L, _(" (did you mean '%s'?)"), s);
            } else {
                lua_pushstring(L, _(" (variables come from the sources' 'variables')"));
            }
            lua_concat(L, 2);
            return luaL_error(L, "%s", lua_tostring(L, -1));
        }
        if ((size_t)k == self)
            return charta_lua_error(L, "indicator '%s' reads itself", name);
        if (e->state[k] == 1) {
            /* a cycle: the chain from k to here */
            charta_buf b = {0};
            int from = 0;
            while (from < e->depth && e->chain[from] != k)
                from++;
            char here[600];
            where_now(L, here, sizeof here);
            for (int j = from; j < e->depth; j++) {
                const charta_indicator *a = &e->p->indicators[e->chain[j]];
                bool last = j + 1 == e->depth;
                const char *next = last ? name : e->p->indicators[e->chain[j + 1]].id;
                charta_buf_printf(&b, _("%s'%s' reads '%s' (%s)"), j > from ? ", " : "", a->id, next,
                                  last ? here : e->chain_where[j]);
            }
            char file[600];
            snprintf(file, sizeof file, "%s", here);
            char *colon = strrchr(file, ':');
            int line = colon ? atoi(colon + 1) : 0;
            if (colon)
                *colon = '\0';
            charta_diag_error(e->diags, CHARTA_ERR_SCRIPT, file[0] ? file : NULL, line, 0,
                              "indicator cycle: %s", b.data ? b.data : "");
            charta_buf_free(&b);
            return charta_sandbox_raise_reported(L, CHARTA_ERR_SCRIPT);
        }
        add_read(L, me, name);
        if (e->state[k] == 0) {
            where_now(L, e->chain_where[e->depth - 1], sizeof e->chain_where[0]);
            charta_status st = compute_one(e, (size_t)k);
            if (st != CHARTA_OK) {
                if (lua_gettop(L) > 2 && lua_type(L, -1) == LUA_TSTRING)
                    return lua_error(L);
                return charta_sandbox_raise_reported(L, st);
            }
        }
        if (e->state[k] != 2)
            return charta_sandbox_raise_reported(L, CHARTA_ERR_SCRIPT); /* failed before */
        const charta_result *r = charta_results_get(e->res, (size_t)k);
        bool missing = false;
        const charta_result_part *pt =
            e->n_sel ? charta_engine_sel_ind(e, (size_t)k, &missing) : NULL;
        if (missing)
            charta_series_lua_push_empty(L);
        else if (pt)
            charta_series_lua_push(L, (charta_cvec){pt->values, pt->status});
        else
            charta_series_lua_push(L, (charta_cvec){r->values, r->status});
    }
    /* keep it for later reads in the same call; not in d itself, so that
     * every read after the call comes here and fails */
    lua_pushvalue(L, 2);
    lua_pushvalue(L, -2);
    lua_rawset(L, lua_upvalueindex(3));
    return 1;
}

static int
d_newindex(lua_State *L)
{
    return charta_lua_error(L, "d is read-only (keep intermediate results in locals)");
}

/* One compute call: what the protected function needs and fills. */
typedef struct compute_ctx {
    charta_engine *e;
    size_t i;
} compute_ctx;

/* Runs inside the protected call, under the budget: builds d, calls the
 * compute function and copies its Series into the result slot. A result
 * that is not a Series of this call is reported at the compute function. */
static int
call_compute(lua_State *L)
{
    const compute_ctx *c = lua_touserdata(L, 1);
    charta_engine *e = c->e;
    const charta_indicator *ind = &e->p->indicators[c->i];
    lua_settop(L, 0);
    lua_rawgeti(L, LUA_REGISTRYINDEX, ind->compute_ref);
    lua_newtable(L); /* d */
    lua_newtable(L);
    lua_pushlightuserdata(L, e);
    lua_pushinteger(L, (lua_Integer)c->i);
    lua_newtable(L); /* the values read so far */
    lua_pushcclosure(L, d_index, 3);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, d_newindex);
    lua_setfield(L, -2, "__newindex");
    lua_pushliteral(L, "locked");
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    charta_sandbox_freeze(L, -1);
    lua_call(L, 1, 1);
    charta_cvec cells;
    int got = charta_series_lua_get(L, 1, &cells);
    if (got != 1) {
        const char *file = ind->compute_loc.file ? ind->compute_loc.file : ind->loc.file;
        int line = ind->compute_loc.file ? ind->compute_loc.line : ind->loc.line;
        const char *type = luaL_typename(L, 1);
        if (got < 0)
            charta_diag_error(e->diags, CHARTA_ERR_SCRIPT, file, line, 0,
                              "indicator '%s': compute returned a Series of an earlier "
                              "computation (kept after its compute function returned?); it "
                              "must return a Series built in this call",
                              ind->id);
        else
            charta_diag_error(e->diags, CHARTA_ERR_SCRIPT, file, line, 0,
                              strcmp(type, "nil") == 0
                                  ? "indicator '%s': compute returned %s; it must return a "
                                    "Series (built from d.<variable>)"
                                  : "indicator '%s': compute returned a %s; it must return a "
                                    "Series (built from d.<variable>)",
                              ind->id, type);
        return charta_sandbox_raise_reported(L, CHARTA_ERR_SCRIPT);
    }
    charta_result *slot = charta_results_slot(e->res, c->i);
    double *values = e->part_out ? e->part_out->values : slot->values;
    char *status = e->part_out ? e->part_out->status : slot->status;
    size_t cells_n = charta_shape_cells(&e->sctx.shape);
    memcpy(values, cells.v, cells_n * sizeof *values);
    memcpy(status, cells.st, cells_n);
    return 0;
}

/* The undefined cells counted in the series context: saved around a nested compute. */
typedef struct bad_cells {
    size_t cell[CHARTA_SERIES_BAD_SHOWN];
    size_t n;
} bad_cells;

static bad_cells
save_bad_cells(const charta_series_ctx *x)
{
    bad_cells b = {.n = x->n_bad_cells};
    memcpy(b.cell, x->bad_cell, sizeof b.cell);
    return b;
}

static void
restore_bad_cells(charta_series_ctx *x, const bad_cells *b)
{
    x->n_bad_cells = b->n;
    memcpy(x->bad_cell, b->cell, sizeof b->cell);
}

/* The warning for cells a compute left missing because a result was undefined (a
 * division by zero, 0/0, an overflow): which cells, what the report shows, what to
 * do. */
static void
warn_undefined(charta_engine *e, const charta_indicator *ind, size_t count, const bad_cells *b)
{
    charta_buf cells = {0};
    size_t ny = e->sctx.shape.n_years;
    for (size_t k = 0; k < b->n && ny; k++) {
        const charta_area *ar = charta_dataset_area(e->ds, b->cell[k] / ny);
        if (!ar)
            continue;
        charta_buf_printf(&cells, "%s%s %s %d", k ? "; " : "", ar->code, ar->name,
                          e->sctx.shape.year_first + (int)(b->cell[k] % ny));
    }
    if (count > b->n && b->n)
        charta_buf_printf(&cells, _(" and %zu more"), count - b->n);
    charta_diag_warning(e->diags, ind->loc.file, ind->loc.line, 0,
                        charta_trn("indicator '%s': %zu cell has no value because compute gets "
                                   "no number there (a division by zero, 0/0, or beyond the "
                                   "largest number)%s%s; it stays empty in the report, as a "
                                   "missing value. Nothing to do if that is right (a divisor "
                                   "that is truly zero); otherwise check the data that compute "
                                   "reads there",
                                   "indicator '%s': %zu cells have no value because compute "
                                   "gets no number there (a division by zero, 0/0, or beyond "
                                   "the largest number)%s%s; they stay empty in the report, as "
                                   "missing values. Nothing to do if that is right (a divisor "
                                   "that is truly zero); otherwise check the data that compute "
                                   "reads there",
                                   count),
                        ind->id, count, cells.data ? ": " : "", cells.data ? cells.data : "");
    charta_buf_free(&cells);
}

/* The parts of indicator i's breakdown, each computed by the same compute function with
 * d reading the parts of the same dimension values. */
static charta_status
compute_parts(charta_engine *e, size_t i, const char *where)
{
    const charta_indicator *ind = &e->p->indicators[i];
    size_t n = 0;
    const char **combos = charta_engine_combos(e, i, &n);
    if (!combos && n)
        return charta_diag_error(e->diags, CHARTA_ERR_NOMEM, NULL, 0, 0, "out of memory");
    if (!n)
        charta_diag_warning(e->diags, ind->loc.file, ind->loc.line, 0,
                            "indicator '%s': what it reads has no parts by %s%s; only its "
                            "total is computed and reported. Leave breakdown out, or read a "
                            "variable whose source has these parts",
                            ind->id, ind->breakdown[0], ind->n_breakdown > 1 ? " ..." : "");
    lua_State *L = charta_sandbox_state(e->sb);
    charta_status st = CHARTA_OK;
    size_t bad_outer = e->sctx.bad;
    bad_cells cells_outer = save_bad_cells(&e->sctx);
    for (size_t c = 0; c < n && st == CHARTA_OK; c++) {
        const char *const *vals = combos + c * ind->n_breakdown;
        charta_result_part *pt = charta_results_add_part(e->res, i, vals);
        if (!pt) {
            st = charta_diag_error(e->diags, CHARTA_ERR_NOMEM, NULL, 0, 0, "out of memory");
            break;
        }
        e->sel_keys = (const char *const *)ind->breakdown;
        e->sel_vals = vals;
        e->n_sel = ind->n_breakdown;
        e->part_out = pt;
        int top = lua_gettop(L);
        compute_ctx cc = {e, i};
        lua_pushcfunction(L, call_compute);
        lua_pushlightuserdata(L, &cc);
        st = charta_sandbox_call(e->sb, 1, 0, where, e->diags);
        lua_settop(L, top);
    }
    e->sctx.bad = bad_outer; /* the parts' undefined cells are missing, not counted again */
    restore_bad_cells(&e->sctx, &cells_outer);
    e->sel_keys = e->sel_vals = NULL;
    e->n_sel = 0;
    e->part_out = NULL;
    free(combos);
    return st;
}

static charta_status
compute_one(charta_engine *e, size_t i)
{
    lua_State *L = charta_sandbox_state(e->sb);
    charta_indicator *ind = &e->p->indicators[i];
    e->state[i] = 1;
    e->chain[e->depth] = (int)i;
    e->chain_where[e->depth][0] = '\0';
    e->depth++;
    char where[700];
    snprintf(where, sizeof where, _("%s:%d (compute of indicator '%s')"),
             ind->compute_loc.file ? ind->compute_loc.file : ind->loc.file,
             ind->compute_loc.file ? ind->compute_loc.line : ind->loc.line, ind->id);
    size_t bad_outer = e->sctx.bad; /* a nested compute counts its own cells */
    bad_cells cells_outer = save_bad_cells(&e->sctx);
    e->sctx.bad = 0;
    e->sctx.n_bad_cells = 0;
    /* a nested compute (an indicator read by a part) computes its own totals */
    const char *const *sel_keys = e->sel_keys, *const *sel_vals = e->sel_vals;
    size_t n_sel = e->n_sel;
    charta_result_part *part_out = e->part_out;
    e->sel_keys = e->sel_vals = NULL;
    e->n_sel = 0;
    e->part_out = NULL;
    int top = lua_gettop(L);
    compute_ctx c = {e, i};
    lua_pushcfunction(L, call_compute);
    lua_pushlightuserdata(L, &c);
    charta_status st = charta_sandbox_call(e->sb, 1, 0, where, e->diags);
    size_t bad_mine = e->sctx.bad;
    bad_cells cells_mine = save_bad_cells(&e->sctx);
    if (st == CHARTA_OK && ind->n_breakdown) {
        lua_settop(L, top);
        st = compute_parts(e, i, where);
    }
    e->sctx.bad = bad_outer;
    restore_bad_cells(&e->sctx, &cells_outer);
    e->sel_keys = sel_keys;
    e->sel_vals = sel_vals;
    e->n_sel = n_sel;
    e->part_out = part_out;
    e->depth--;
    if (st != CHARTA_OK) {
        e->state[i] = 3;
        if (e->depth == 0)
            lua_settop(L, top);
        return st; /* nested: an unreported message stays on the stack */
    }
    lua_settop(L, top);
    charta_result *slot = charta_results_slot(e->res, i);
    slot->warnings_divzero = bad_mine;
    if (slot->warnings_divzero)
        warn_undefined(e, ind, bad_mine, &cells_mine);
    e->state[i] = 2;
    return CHARTA_OK;
}

charta_status
charta_engine_compute(charta_engine *e, const charta_dataset *ds, charta_results *res)
{
    e->ds = ds;
    e->res = res;
    size_t na = charta_dataset_area_count(ds), ni = e->p->n_indicators;
    e->parents = malloc((na ? na : 1) * sizeof *e->parents);
    e->alternative = malloc((na ? na : 1) * sizeof *e->alternative);
    e->codes = malloc((na ? na : 1) * sizeof *e->codes);
    e->state = calloc(ni ? ni : 1, sizeof *e->state);
    e->chain = calloc(ni ? ni : 1, sizeof *e->chain);
    e->chain_where = calloc(ni ? ni : 1, sizeof *e->chain_where);
    if (!e->parents || !e->alternative || !e->codes || !e->state || !e->chain ||
        !e->chain_where)
        return CHARTA_ERR_NOMEM;
    for (size_t a = 0; a < na; a++) {
        const charta_area *ar = charta_dataset_area(ds, a);
        e->parents[a] = ar->parent;
        e->alternative[a] = ar->alternative;
        e->codes[a] = ar->code;
    }
    e->sctx.shape = (charta_shape){.n_areas = na,
                                   .n_years = charta_dataset_year_count(ds),
                                   .year_first = charta_dataset_year_first(ds),
                                   .parent = e->parents,
                                   .alternative = e->alternative};
    e->sctx.area_codes = e->codes;
    e->sctx.bad = 0;
    e->sctx.n_bad_cells = 0;
    e->sctx.part = charta_engine_part;
    e->sctx.part_ud = (void *)ds;
    charta_status st = CHARTA_OK;
    for (size_t i = 0; i < ni; i++) {
        if (e->state[i] != 0)
            continue;
        charta_status s = compute_one(e, i);
        e->sctx.epoch++; /* Series of this call are now stale */
        st = charta_status_worse(st, s);
        if (s == CHARTA_ERR_NOMEM || s == CHARTA_ERR_INTERNAL)
            break;
    }
    return st;
}
