/* decl_source_dims.c: the keys of `source` and of its variables that read SDMX and
 * Open SDG data (issue 12): `series` (which series or rows, by dimension or column
 * values), `area_codes` (the file's area codes -> the project's) and, per variable,
 * `period`, `complete` and `incomplete` (how months, quarters or days make a year).
 * Tables keyed by text are read in sorted order so the spec is the same on every run.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "charta/source_spec.h"
#include "engine_internal.h"

void
charta_decl_dim_filter(lua_State *L, int t, const char *what, charta_dim_filter **out,
                       size_t *n_out)
{
    if (lua_getfield(L, t, "series") == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    int ft = lua_gettop(L);
    if (!lua_istable(L, ft))
        charta_lua_error(L,
                   "%s: 'series' must be a table of dimension values, like { SERIES = "
                   "\"EG_FEC_RNEW\" } or { Units = { \"percentage\", \"number\" } }",
                   what);
    size_t n;
    char **keys = charta_decl_sorted_keys(L, ft, &n, "series");
    charta_dim_filter *f = calloc(n ? n : 1, sizeof *f);
    if (!f) {
        charta_decl_free_keys(keys, n);
        charta_sandbox_raise_nomem(L);
    }
    for (size_t i = 0; i < n; i++) /* the spec owns the keys from here on */
        f[i].dim = keys[i];
    free(keys);
    *out = f;
    *n_out = n;
    for (size_t i = 0; i < n; i++) {
        char key_what[300];
        snprintf(key_what, sizeof key_what, "%s: series '%s'", what, f[i].dim);
        int ty = lua_getfield(L, ft, f[i].dim);
        if (ty != LUA_TSTRING && ty != LUA_TNUMBER && ty != LUA_TTABLE)
            charta_lua_error(L, "%s: the value must be a text or a list of texts", key_what);
        lua_pop(L, 1);
        charta_decl_opt_strlist(L, ft, f[i].dim, key_what, &f[i].values, &f[i].n_values);
        if (f[i].n_values == 0)
            charta_lua_error(L, "%s: give at least one value", key_what);
    }
    lua_pop(L, 1);
}

void
charta_decl_source_area_codes(lua_State *L, int t, charta_source_spec *s, const char *what)
{
    if (lua_getfield(L, t, "area_codes") == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    int at = lua_gettop(L);
    if (!lua_istable(L, at))
        charta_lua_error(L,
                   "%s: 'area_codes' must be a table from the file's codes to the "
                   "project's, like { [\"826\"] = \"UK\", code01 = \"01\" }",
                   what);
    size_t n;
    char **keys = charta_decl_sorted_keys(L, at, &n, "area_codes");
    s->area_code_from = keys;
    s->area_code_to = calloc(n ? n : 1, sizeof *s->area_code_to);
    s->n_area_codes = n;
    if (!s->area_code_to)
        charta_sandbox_raise_nomem(L);
    for (size_t i = 0; i < n; i++) {
        int ty = lua_getfield(L, at, keys[i]);
        if (ty != LUA_TSTRING && ty != LUA_TNUMBER)
            charta_lua_error(L, "%s: area_codes['%s'] must be an area code (a text)", what, keys[i]);
        s->area_code_to[i] = charta_decl_strdup(L, lua_tostring(L, -1));
        if (!s->area_code_to[i][0])
            charta_lua_error(L, "%s: area_codes['%s'] is empty", what, keys[i]);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

void
charta_decl_var_period(lua_State *L, int it, charta_var_spec *v, const char *what)
{
    char *rule = charta_decl_opt_string(L, it, "period", what);
    if (rule) {
        bool ok = charta_period_rule_parse(rule, &v->period);
        free(rule);
        if (!ok)
            charta_decl_error_at(L, it, "period", 0, CHARTA_AT_VALUE,
                                 "%s: 'period' must be \"mean\", \"sum\", \"min\", \"max\", "
                                 "\"last\" or \"count\" (how the months, quarters or days of a "
                                 "year make its value)",
                                 what);
    }
    if (charta_decl_opt_number(L, it, "complete", what, &v->complete)) {
        if (!(v->complete > 0 && v->complete <= 1))
            charta_lua_error(L,
                       "%s: 'complete' must be a share above 0 and at most 1 (0.9: nine "
                       "tenths of a year's months, quarters or days)",
                       what);
        if (v->period == CHARTA_PERIOD_NONE)
            charta_lua_error(L, "%s: 'complete' needs 'period' (the rule that makes a year)", what);
    }
    char *inc = charta_decl_opt_string(L, it, "incomplete", what);
    if (inc) {
        bool missing = strcmp(inc, "missing") == 0, unrel = strcmp(inc, "U") == 0;
        free(inc);
        if (!missing && !unrel)
            charta_decl_error_at(L, it, "incomplete", 0, CHARTA_AT_VALUE,
                                 "%s: 'incomplete' must be \"U\" (the year is shown, marked as "
                                 "of low reliability) or \"missing\"",
                                 what);
        if (v->period == CHARTA_PERIOD_NONE)
            charta_lua_error(L, "%s: 'incomplete' needs 'period' (the rule that makes a year)", what);
        v->incomplete_missing = missing;
    }
}
