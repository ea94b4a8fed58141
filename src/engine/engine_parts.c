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
        charta_lua_error(L, "the values of '%s' are no longer available", v->name);
    charta_series_lua_push(L, (charta_cvec){v->values, v->status});
}

int
charta_engine_part(lua_State *L, void *ud, int var, int arg, bool by)
{
    const charta_dataset *ds = ud;
    const charta_variable *tv = charta_dataset_variable(ds, (size_t)var);
    if (!tv)
        return charta_lua_error(L, "no such variable");
    if (!tv->n_parts)
        return charta_lua_error(L, "'%s' has no breakdown: its source gives one value per area and "
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
            return charta_lua_error(L, "'%s' has no parts by '%s' alone; its dimensions: %s",
                              tv->name, dim, lua_tostring(L, -1));
        }
        return 1;
    }
    const char *keys[PART_MAX_DIMS], *vals[PART_MAX_DIMS];
    size_t n = 0;
    lua_pushnil(L);
    while (lua_next(L, arg)) {
        if (lua_type(L, -2) != LUA_TSTRING)
            return charta_lua_error(L, "select a part by dimension names, like { sex = \"F\" }");
        if (lua_type(L, -1) != LUA_TSTRING)
            return charta_lua_error(L, "the value of dimension '%s' must be a text in quotes, "
                                 "like { %s = \"%s\" }",
                              lua_tostring(L, -2), lua_tostring(L, -2),
                              lua_isnumber(L, -1) ? lua_tostring(L, -1) : "...");
        if (n == PART_MAX_DIMS)
            return charta_lua_error(L, "more than %d dimensions", PART_MAX_DIMS);
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
            return charta_lua_error(L, "'%s' has no dimension '%s'; its dimensions: %s", tv->name,
                              keys[k], lua_tostring(L, -1));
        }
    }
    int part = charta_dataset_find_part(ds, var, keys, vals, n);
    if (part < 0) {
        charta_buf want = {0};
        for (size_t k = 0; k < n; k++)
            charta_buf_printf(&want, "%s%s = \"%s\"", k ? ", " : "", keys[k], vals[k]);
        push_dims(L, ds, var, NULL);
        lua_pushfstring(L, _("'%s' has no part { %s } in its data; its dimensions: %s"), tv->name,
                        want.data ? want.data : "", lua_tostring(L, -1));
        charta_buf_free(&want);
        return lua_error(L);
    }
    push_part(L, ds, part);
    return 1;
}

/* True when dataset variable v (a total) has parts by dimension dim. */
static bool
var_has_dim(const charta_dataset *ds, int v, const char *dim)
{
    size_t nv = charta_dataset_variable_count(ds);
    for (size_t i = 0; i < nv; i++) {
        const charta_variable *p = charta_dataset_variable(ds, i);
        for (size_t k = 0; p->total == v && k < p->n_dims; k++)
            if (strcmp(p->dim_keys[k], dim) == 0)
                return true;
    }
    return false;
}

int
charta_engine_sel_var(const charta_engine *e, int v)
{
    const charta_variable *var = charta_dataset_variable(e->ds, (size_t)v);
    if (!var || !var->n_parts)
        return v; /* no breakdown: it stands for every part */
    const char *keys[PART_MAX_DIMS], *vals[PART_MAX_DIMS];
    size_t n = 0;
    for (size_t k = 0; k < e->n_sel && n < PART_MAX_DIMS; k++)
        if (var_has_dim(e->ds, v, e->sel_keys[k])) {
            keys[n] = e->sel_keys[k];
            vals[n++] = e->sel_vals[k];
        }
    return n ? charta_dataset_find_part(e->ds, v, keys, vals, n) : v;
}

const charta_result_part *
charta_engine_sel_ind(const charta_engine *e, size_t k, bool *missing)
{
    const charta_result *r = charta_results_get(e->res, k);
    const charta_indicator *ind = r->indicator;
    *missing = false;
    if (!ind->n_breakdown)
        return NULL;
    /* the values it is broken down by, as selected ("" = the total where not) */
    const char *want[8];
    bool any = false;
    for (size_t j = 0; j < ind->n_breakdown; j++) {
        want[j] = "";
        for (size_t q = 0; q < e->n_sel; q++)
            if (strcmp(e->sel_keys[q], ind->breakdown[j]) == 0)
                want[j] = e->sel_vals[q];
        any = any || want[j][0];
    }
    if (!any)
        return NULL; /* its total */
    for (size_t p = 0; p < r->n_parts; p++) {
        bool same = true;
        for (size_t j = 0; j < ind->n_breakdown && same; j++)
            same = strcmp(r->parts[p].dim_vals[j], want[j]) == 0;
        if (same)
            return &r->parts[p];
    }
    *missing = true;
    return NULL;
}

/* Add combo c (n values) to *out unless it is there or all totals. */
static bool
combo_add(const char ***out, size_t *n, size_t *cap, const char *const *c, size_t nd)
{
    bool any = false;
    for (size_t j = 0; j < nd; j++)
        any = any || c[j][0];
    if (!any)
        return true;
    for (size_t q = 0; q < *n; q++) {
        bool same = true;
        for (size_t j = 0; j < nd && same; j++)
            same = strcmp((*out)[q * nd + j], c[j]) == 0;
        if (same)
            return true;
    }
    if (*n == *cap) {
        size_t nc = *cap ? 2 * *cap : 16;
        const char **o = realloc(*out, nc * nd * sizeof *o);
        if (!o)
            return false;
        *out = o;
        *cap = nc;
    }
    memcpy(*out + *n * nd, c, nd * sizeof *c);
    (*n)++;
    return true;
}

const char **
charta_engine_combos(const charta_engine *e, size_t i, size_t *n_out)
{
    const charta_indicator *ind = &e->p->indicators[i];
    size_t nd = ind->n_breakdown, n = 0, cap = 0;
    const char **out = NULL;
    const char *c[8];
    bool ok = true;
    size_t nv = charta_dataset_variable_count(e->ds);
    for (size_t r = 0; r < ind->n_reads && ok; r++) {
        int v = charta_dataset_find_variable(e->ds, ind->reads[r]);
        if (v >= 0) {
            for (size_t pi = 0; pi < nv && ok; pi++) {
                const charta_variable *p = charta_dataset_variable(e->ds, pi);
                if (p->total != v)
                    continue;
                size_t inside = 0;
                for (size_t j = 0; j < nd; j++) {
                    c[j] = "";
                    for (size_t k = 0; k < p->n_dims; k++)
                        if (strcmp(p->dim_keys[k], ind->breakdown[j]) == 0) {
                            c[j] = p->dim_vals[k];
                            inside++;
                        }
                }
                if (inside == p->n_dims) /* a part by other dimensions too is not one */
                    ok = combo_add(&out, &n, &cap, c, nd);
            }
            continue;
        }
        int k = charta_results_find(e->res, ind->reads[r]);
        const charta_result *res = k >= 0 ? charta_results_get(e->res, (size_t)k) : NULL;
        for (size_t p = 0; res && p < res->n_parts && ok; p++) {
            const charta_indicator *o = res->indicator;
            size_t inside = 0, given = 0;
            for (size_t q = 0; q < o->n_breakdown; q++)
                given += res->parts[p].dim_vals[q][0] != '\0';
            for (size_t j = 0; j < nd; j++) {
                c[j] = "";
                for (size_t q = 0; q < o->n_breakdown; q++)
                    if (strcmp(o->breakdown[q], ind->breakdown[j]) == 0 &&
                        res->parts[p].dim_vals[q][0]) {
                        c[j] = res->parts[p].dim_vals[q];
                        inside++;
                    }
            }
            if (inside == given)
                ok = combo_add(&out, &n, &cap, c, nd);
        }
    }
    if (!ok) {
        free(out);
        *n_out = 1;
        return NULL;
    }
    *n_out = n;
    return out;
}
