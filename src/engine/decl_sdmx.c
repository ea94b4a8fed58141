/* decl_sdmx.c: `sdmx = { ... }` of an indicator, the codes under which the sdmx
 * export writes it (project.h: charta_indicator's sdmx_* and charta_sdmx_map).
 *
 *   sdmx = {
 *     SERIES = "SP_TRN_PUBL",            -- the SDG series (required)
 *     UNIT_MEASURE = "PT",               -- the series' unit (required)
 *     NATURE = "C",                      -- the nature of the data (optional)
 *     AGE = "Y_GE15",                    -- a fixed code of another dimension
 *     SEX = { female = "F", male = "M" },                -- breakdown "sex" -> SEX
 *     URBANISATION = { dimension = "Lage", codes = { Stadt = "U" } },  -- by name
 *   }
 *
 * A table maps the values of one of the indicator's breakdown dimensions to the codes
 * of an SDMX dimension: the breakdown dimension named like the key (ASCII case
 * ignored), or the one its `dimension` names. Every code is an SDMX IDType and one of
 * the SDG data structure's code list for its key (sdgcodes.h); anything else, and an
 * sdmx table without SERIES, raises at the indicator's declaration.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <lauxlib.h>

#include "charta/printable.h"
#include "charta/sdgcodes.h"
#include "charta/util.h"
#include "engine_internal.h"

/* The code of cl nearest to code (ASCII case ignored first, then at most two edits,
 * one for a code under 6 bytes, none under 3), NULL when none is near. */
static const char *
nearest_code(const charta_sdg_codelist *cl, const char *code)
{
    const char *best = NULL;
    size_t len = strlen(code);
    /* a short code is too near to many: "W" is one edit from both "F" and "M" */
    size_t best_d = len >= 6 ? 3 : len >= 3 ? 2 : 1;
    for (size_t i = 0; i < cl->n; i++) {
        if (strcasecmp(cl->codes[i], code) == 0)
            return cl->codes[i];
        size_t d = charta_edit_distance(code, cl->codes[i], 2);
        if (d < best_d) {
            best_d = d;
            best = cl->codes[i];
        }
    }
    return best;
}

/* Raise unless code is in the SDG structure's code list of key (when it has one):
 * a registry refuses a series with a code its structure does not know. */
static void
check_listed(lua_State *L, const char *what, const char *key, const char *value,
             const char *code)
{
    const charta_sdg_codelist *cl = charta_sdg_codelist_of(key);
    if (!cl || charta_sdg_code_known(cl, code))
        return;
    const char *near = nearest_code(cl, code);
    char hint[160] = "";
    if (near)
        snprintf(hint, sizeof hint, _("; did you mean \"%s\"?"), near);
    if (value)
        charta_lua_error(L,
                   "%s: the %s code \"%s\" of '%s' is not in the code list %s of the SDG data "
                   "structure (%s)%s",
                   what, key, code, value, cl->id, charta_sdg_dsd, hint);
    charta_lua_error(L, "%s: %s \"%s\" is not in the code list %s of the SDG data structure (%s)%s",
               what, key, code, cl->id, charta_sdg_dsd, hint);
}

/* The string at the top of the stack as a code: raise unless it is one, and one of
 * the SDG structure's code list for key. */
static const char *
check_code(lua_State *L, const char *what, const char *key, const char *value)
{
    if (lua_type(L, -1) != LUA_TSTRING) {
        if (value)
            charta_lua_error(L, "%s: %s maps '%s' to a %s; codes are strings like \"F\"", what, key,
                       value, luaL_typename(L, -1));
        charta_lua_error(L,
                   "%s: %s must be a code in quotes (or a table of codes for a breakdown "
                   "dimension), not a %s",
                   what, key, luaL_typename(L, -1));
    }
    size_t len;
    const char *code = lua_tolstring(L, -1, &len);
    charta_decl_check_nul(L, code, len, what, key);
    if (!charta_sdmx_code_valid(code)) {
        char shown[120];
        charta_printable_into(shown, sizeof shown, code, len);
        if (value)
            charta_lua_error(L,
                       "%s: the %s code \"%s\" of '%s' is not an SDMX code (letters, digits "
                       "and _ @ $ - only)",
                       what, key, shown, value);
        charta_lua_error(L, "%s: %s \"%s\" is not an SDMX code (letters, digits and _ @ $ - only)", what,
                   key, shown);
    }
    check_listed(L, what, key, value, code);
    return code;
}

/* t[dim] (a table at absolute index mt) into map, which ind already holds. */
static void
read_map(lua_State *L, int mt, const char *what, charta_indicator *ind, charta_sdmx_map *map)
{
    const char *dim = map->dim;
    int codes = mt;
    const char *name = NULL;
    if (lua_getfield(L, mt, "codes") == LUA_TTABLE) {
        char mwhat[300];
        snprintf(mwhat, sizeof mwhat, "%s, %s", what, dim);
        charta_decl_check_keyset(L, mt, "indicator.sdmx.map", mwhat);
        codes = lua_gettop(L);
        if (lua_getfield(L, mt, "dimension") != LUA_TSTRING)
            charta_lua_error(L,
                       "%s: %s = { codes = ... } needs 'dimension', the breakdown "
                       "dimension it maps",
                       what, dim);
        name = lua_tostring(L, -1);
        lua_pop(L, 1); /* the string stays in mt */
    } else {
        lua_pop(L, 1);
    }
    size_t b = ind->n_breakdown;
    for (size_t k = 0; k < ind->n_breakdown && b == ind->n_breakdown; k++)
        if (name ? strcmp(ind->breakdown[k], name) == 0 : strcasecmp(ind->breakdown[k], dim) == 0)
            b = k;
    if (b == ind->n_breakdown) {
        if (!ind->n_breakdown)
            charta_lua_error(L,
                       "%s: %s = { ... } maps a breakdown dimension, but the indicator has no "
                       "'breakdown'; a fixed code is a string: %s = \"...\"",
                       what, dim, dim);
        charta_buf list = {0};
        for (size_t k = 0; k < ind->n_breakdown; k++)
            charta_buf_printf(&list, "%s'%s'", k ? ", " : "", ind->breakdown[k]);
        lua_pushfstring(L,
                        _("%s: %s = { ... } maps the breakdown dimension '%s', which is not in "
                        "'breakdown' (%s)%s"),
                        what, dim, name ? name : dim, list.data ? list.data : "",
                        name ? "" : _("; name another with { dimension = \"...\", codes = { ... } }"));
        charta_buf_free(&list);
        lua_error(L);
    }
    for (size_t j = 0; j < ind->n_sdmx_maps; j++)
        if (&ind->sdmx_maps[j] != map && ind->sdmx_maps[j].dim &&
            ind->sdmx_maps[j].breakdown == b && ind->sdmx_maps[j].codes)
            charta_lua_error(L, "%s: the breakdown dimension '%s' is mapped twice (%s and %s)", what,
                       ind->breakdown[b], ind->sdmx_maps[j].dim, dim);
    map->breakdown = b;
    char mwhat[300];
    snprintf(mwhat, sizeof mwhat, "%s, %s", what, dim);
    size_t n;
    char **values = charta_decl_sorted_keys(L, codes, &n, mwhat);
    char **out = calloc(n ? n : 1, sizeof *out);
    if (!out) {
        charta_decl_free_keys(values, n);
        charta_sandbox_raise_nomem(L);
    }
    map->values = values;
    map->codes = out;
    map->n = n;
    if (!n)
        charta_lua_error(L, "%s: %s = {} maps no value of '%s'", what, dim, ind->breakdown[b]);
    for (size_t i = 0; i < n; i++) {
        if (!values[i][0])
            charta_lua_error(L, "%s: %s maps the value \"\", which is the total (written as _T)", what,
                       dim);
        lua_getfield(L, codes, values[i]);
        const char *code = check_code(L, what, dim, values[i]);
        if (strcmp(code, "_T") == 0)
            charta_lua_error(L, "%s: %s maps '%s' to _T, the code of the total", what, dim, values[i]);
        for (size_t j = 0; j < i; j++)
            if (strcmp(map->codes[j], code) == 0)
                charta_lua_error(L, "%s: %s maps both '%s' and '%s' to \"%s\"", what, dim, values[j],
                           values[i], code);
        map->codes[i] = charta_decl_strdup(L, code);
        lua_pop(L, 1);
    }
    if (codes != mt)
        lua_pop(L, 1); /* the codes table */
}

void
charta_decl_read_sdmx(lua_State *L, int t, const char *what, charta_indicator *ind)
{
    if (lua_getfield(L, t, "sdmx") == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    int s = lua_gettop(L);
    char swhat[240];
    snprintf(swhat, sizeof swhat, _("sdmx of %s"), what);
    if (!lua_istable(L, s))
        charta_lua_error(L,
                   "%s: 'sdmx' must be a table like { SERIES = \"SP_TRN_PUBL\", "
                   "UNIT_MEASURE = \"PT\" }",
                   what);
    charta_decl_check_keyset(L, s, "indicator.sdmx", swhat);
    /* every key belongs to ind from here on, so an error part-way leaks nothing: a
     * plain code keeps its slot, a table's key moves to its map */
    size_t n;
    char **keys = charta_decl_sorted_keys(L, s, &n, swhat);
    char **vals = calloc(n ? n : 1, sizeof *vals);
    charta_sdmx_map *maps = calloc(n ? n : 1, sizeof *maps);
    if (!vals || !maps) {
        free(vals);
        free(maps);
        charta_decl_free_keys(keys, n);
        charta_sandbox_raise_nomem(L);
    }
    ind->sdmx_keys = keys;
    ind->sdmx_vals = vals;
    ind->n_sdmx = n;
    ind->sdmx_maps = maps;
    for (size_t i = 0; i < n; i++) {
        if (lua_getfield(L, s, keys[i]) == LUA_TTABLE) {
            bool plain_only = !strcmp(keys[i], "SERIES") || !strcmp(keys[i], "UNIT_MEASURE") ||
                              !strcmp(keys[i], "NATURE");
            if (plain_only)
                charta_lua_error(L, "%s: %s must be a code in quotes, not a table", swhat, keys[i]);
            charta_sdmx_map *map = &maps[ind->n_sdmx_maps++];
            map->dim = keys[i];
            keys[i] = NULL;
            read_map(L, lua_gettop(L), swhat, ind, map);
        } else {
            vals[i] = charta_decl_strdup(L, check_code(L, swhat, keys[i], NULL));
        }
        lua_pop(L, 1);
    }
    /* the plain codes together, still sorted by key */
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (keys[i]) {
            keys[k] = keys[i];
            vals[k] = vals[i];
            k++;
        }
    ind->n_sdmx = k;
    if (!charta_indicator_sdmx(ind, "SERIES"))
        charta_lua_error(L,
                   "%s: no SERIES: name the SDG series the indicator is exported as, like "
                   "SERIES = \"SP_TRN_PUBL\" (the codes of the list CL_SERIES)",
                   swhat);
    /* the SDG structure makes UNIT_MEASURE mandatory: a registry refuses a series
     * without it */
    if (!charta_indicator_sdmx(ind, "UNIT_MEASURE"))
        charta_lua_error(L,
                   "%s: no UNIT_MEASURE: the SDG data structure requires the unit of every "
                   "series, like UNIT_MEASURE = \"PT\" (percent; the codes of the list "
                   "CL_UNIT_MEASURE)",
                   swhat);
    lua_pop(L, 1);
}

void
charta_decl_read_report_opensdg(lua_State *L, int t, charta_report_spec *r)
{
    if (lua_getfield(L, t, "opensdg") == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    int o = lua_gettop(L);
    if (!lua_istable(L, o))
        charta_lua_error(L, "report: 'opensdg' must be a table like { status = \"names\" }");
    charta_decl_check_keyset(L, o, "report.opensdg", "report opensdg");
    if (lua_getfield(L, o, "status") != LUA_TNIL) {
        const char *s = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
        if (!s || (strcmp(s, "codes") != 0 && strcmp(s, "names") != 0))
            charta_lua_error(L, "report opensdg: 'status' must be \"codes\" (OBS_STATUS = \"A\") "
                          "or \"names\" (\"Observation status\" = \"Normal value\")");
        r->opensdg_status_names = strcmp(s, "names") == 0;
    }
    lua_pop(L, 2);
}
