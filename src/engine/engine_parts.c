/* engine_parts.c: the parts of a variable's breakdown in compute functions
 * (DESIGN §3, dimensions): `d.x{ sex = "F" }` is the part of x for those dimension
 * values (a dimension left out is its total), `d.x:by("sex")` a table from each value
 * of one dimension to its part. The Series binding calls this through its context
 * (series_lua.h); the data are the frozen dataset's.
 */
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "charta/dataset.h"
#include "charta/series_lua.h"
#include "charta/util.h"
#include "engine_internal.h"

enum { PART_MAX_DIMS = 32, LIST_MAX = 12 };

/* The dimensions of total's parts and some of their values, for messages:
 * "sex (F, M), age (Y15T24, Y25T64)". */
static void
push_dims(lua_State *L, const charta_dataset *ds, int total, const char *only)
{
    charta_buf b = {0};
    const char *dims[PART_MAX_DIMS];
    size_t nd = 0;
    size_t nv = charta_dataset_variable_count(ds);
    for (size_t i = 0; i < nv; i++) {
        const charta_variable *v = charta_dataset_variable(ds, i);
        if (v->total != total)
            continue;
        for (size_t k = 0; k < v->n_dims; k++) {
            bool seen = false;
            for (size_t j = 0; j < nd && !seen; j++)
                seen = strcmp(dims[j], v->dim_keys[k]) == 0;
            if (!seen && nd < PART_MAX_DIMS)
                dims[nd++] = v->dim_keys[k];
        }
    }
    for (size_t j = 0; j < nd; j++) {
        if (only && strcmp(only, dims[j]) != 0)
            continue;
        charta_buf_printf(&b, "%s%s (", b.len ? ", " : "", dims[j]);
        const char *vals[LIST_MAX];
        size_t n = 0, more = 0;
        for (size_t i = 0; i < nv; i++) {
            const charta_variable *v = charta_dataset_variable(ds, i);
            if (v->total != total)
                continue;
            for (size_t k = 0; k < v->n_dims; k++) {
                if (strcmp(v->dim_keys[k], dims[j]) != 0)
                    continue;
                bool seen = false;
                for (size_t q = 0; q < n && !seen; q++)
                    seen = strcmp(vals[q], v->dim_vals[k]) == 0;
                if (!seen && n < LIST_MAX)
                    vals[n++] = v->dim_vals[k];
                else if (!seen)
                    more++;
            }
        }
        for (size_t q = 0; q < n; q++)
            charta_buf_printf(&b, "%s\"%s\"", q ? ", " : "", vals[q]);
        if (more)
            charta_buf_printf(&b, ", ...");
        charta_buf_puts(&b, ")");
    }
    lua_pushstring(L, b.data ? b.data : "none");
    charta_buf_free(&b);
}

static void
push_part(lua_State *L, const charta_dataset *ds, int var)
{
    const charta_variable *v = charta_dataset_variable(ds, (size_t)var);
    if (!v->values)
        luaL_error(L, "the values of '%s' are no longer available", v->name);
    charta_series_lua_push(L, (charta_cvec){v->values, v->status});
}

int
charta_engine_part(lua_State *L, void *ud, int var, int arg, bool by)
{
    const charta_dataset *ds = ud;
    const charta_variable *tv = charta_dataset_variable(ds, (size_t)var);
    if (!tv)
        return luaL_error(L, "no such variable");
    if (!tv->n_parts)
        return luaL_error(L, "'%s' has no breakdown: its source gives one value per area and "
                             "year",
                          tv->name);
    size_t nv = charta_dataset_variable_count(ds);
    if (by) {
        const char *dim = lua_tostring(L, arg);
        lua_newtable(L);
        int t = lua_gettop(L);
        size_t n = 0;
        for (size_t i = 0; i < nv; i++) {
            const charta_variable *v = charta_dataset_variable(ds, i);
            if (v->total != var || v->n_dims != 1 || strcmp(v->dim_keys[0], dim) != 0)
                continue;
            push_part(L, ds, (int)i);
            lua_setfield(L, t, v->dim_vals[0]);
            n++;
        }
        if (n == 0) {
            push_dims(L, ds, var, NULL);
            return luaL_error(L, "'%s' has no parts by '%s' alone; its dimensions: %s",
                              tv->name, dim, lua_tostring(L, -1));
        }
        return 1;
    }
    const char *keys[PART_MAX_DIMS], *vals[PART_MAX_DIMS];
    size_t n = 0;
    lua_pushnil(L);
    while (lua_next(L, arg)) {
        if (lua_type(L, -2) != LUA_TSTRING)
            return luaL_error(L, "select a part by dimension names, like { sex = \"F\" }");
        if (lua_type(L, -1) != LUA_TSTRING)
            return luaL_error(L, "the value of dimension '%s' must be a text in quotes, "
                                 "like { %s = \"%s\" }",
                              lua_tostring(L, -2), lua_tostring(L, -2),
                              lua_isnumber(L, -1) ? lua_tostring(L, -1) : "...");
        if (n == PART_MAX_DIMS)
            return luaL_error(L, "more than %d dimensions", PART_MAX_DIMS);
        /* both strings stay reachable from the table at arg */
        keys[n] = lua_tostring(L, -2);
        vals[n] = lua_tostring(L, -1);
        lua_pop(L, 1);
        n++;
    }
    /* a dimension the variable does not have is a mistake, not a total */
    for (size_t k = 0; k < n; k++) {
        bool known = false;
        for (size_t i = 0; i < nv && !known; i++) {
            const charta_variable *v = charta_dataset_variable(ds, i);
            for (size_t j = 0; v->total == var && j < v->n_dims && !known; j++)
                known = strcmp(v->dim_keys[j], keys[k]) == 0;
        }
        if (!known) {
            push_dims(L, ds, var, NULL);
            return luaL_error(L, "'%s' has no dimension '%s'; its dimensions: %s", tv->name,
                              keys[k], lua_tostring(L, -1));
        }
    }
    int part = charta_dataset_find_part(ds, var, keys, vals, n);
    if (part < 0) {
        charta_buf want = {0};
        for (size_t k = 0; k < n; k++)
            charta_buf_printf(&want, "%s%s = \"%s\"", k ? ", " : "", keys[k], vals[k]);
        push_dims(L, ds, var, NULL);
        lua_pushfstring(L, "'%s' has no part { %s } in its data; its dimensions: %s", tv->name,
                        want.data ? want.data : "", lua_tostring(L, -1));
        charta_buf_free(&want);
        return lua_error(L);
    }
    push_part(L, ds, part);
    return 1;
}
