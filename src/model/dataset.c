/* dataset.c: areas, variables and cells; the build-then-freeze life cycle. */
#include "charta/dataset.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <malloc.h>
#include <stdlib.h>
#include <string.h>

#include "charta/hashtab.h"
#include "charta/util.h"
#include "dataset_internal.h"

/* --- statuses ----------------------------------------------------------- */

int
charta_status_rank(char st)
{
    switch (st) {
    case 'A': return 0;
    case 'B': return 1;
    case 'P': return 2;
    case 'E': return 3;
    case 'U': return 4;
    case 'C': return 5;
    case 'M': return 6;
    default: return 6;
    }
}

char
charta_status_worst(char a, char b)
{
    return charta_status_rank(a) >= charta_status_rank(b) ? a : b;
}

bool
charta_status_is_missing(char st)
{
    return st == 'M' || st == 'C';
}

bool
charta_status_valid(char st)
{
    return st && strchr("AMCEPBU", st) != NULL;
}

const char *
charta_status_sdmx_name(char st)
{
    switch (st) {
    case CHARTA_ST_NORMAL: return "Normal value";
    case CHARTA_ST_BREAK: return "Time series break";
    case CHARTA_ST_ESTIMATED: return "Estimated value";
    case CHARTA_ST_PROVISIONAL: return "Provisional value";
    case CHARTA_ST_LOWREL: return "Low reliability";
    case CHARTA_ST_CONFIDENTIAL: return "Confidential value";
    case CHARTA_ST_MISSING: return "Missing value";
    default: return NULL;
    }
}

static const char *const agg_names[] = {"sum", "mean", "min", "max", "none"};

bool
charta_aggregate_parse(const char *s, charta_aggregate *out)
{
    for (size_t i = 0; i < sizeof agg_names / sizeof agg_names[0]; i++)
        if (strcmp(s, agg_names[i]) == 0) {
            *out = (charta_aggregate)i;
            return true;
        }
    return false;
}

const char *
charta_aggregate_name(charta_aggregate a)
{
    return (unsigned)a < sizeof agg_names / sizeof agg_names[0] ? agg_names[a] : "?";
}

static const char *
area_code(const void *ctx, size_t i)
{
    return ((const charta_dataset *)ctx)->areas[i].code;
}

static const char *
area_name(const void *ctx, size_t i)
{
    return ((const charta_dataset *)ctx)->areas[i].name;
}

static int
find_in(const charta_hashtab *t, const char *key)
{
    size_t i;
    return charta_hashtab_find(t, key, &i) ? (int)i : -1;
}

charta_dataset *
charta_dataset_new(void)
{
    charta_dataset *ds = calloc(1, sizeof *ds);
    if (!ds)
        return NULL;
    ds->root = -1;
    ds->by_code = (charta_hashtab){.key = area_code, .ctx = ds};
    ds->by_name = (charta_hashtab){.key = area_name, .ctx = ds};
    return ds;
}

void
charta_dataset_free(charta_dataset *ds)
{
    if (!ds)
        return;
    for (size_t i = 0; i < ds->n_areas; i++) {
        free(ds->areas[i].code);
        free(ds->areas[i].name);
        free(ds->areas[i].parent_code);
    }
    free(ds->areas);
    free(ds->areas_file);
    charta_hashtab_free(&ds->by_code);
    charta_hashtab_free(&ds->by_name);
    for (size_t i = 0; i < ds->n_vars; i++) {
        var_rec *v = &ds->vars[i];
        free(v->name);
        free(v->unit);
        free(v->source);
        free(v->decl_file);
        free(v->obs);
        free(v->values);
        free(v->status);
        for (size_t k = 0; k < v->n_dims; k++) {
            free(v->dim_keys[k]);
            free(v->dim_vals[k]);
        }
        free(v->dim_keys);
        free(v->dim_vals);
    }
    charta_dataset_free_changes(ds);
    free(ds->vars);
    for (size_t i = 0; i < ds->n_inputs; i++) {
        free(ds->inputs[i].path);
        free(ds->inputs[i].source);
        free(ds->inputs[i].as_of);
        charta_dataset_input_provenance_free(&ds->inputs[i]);
    }
    charta_dataset_notes_free(ds);
    free(ds->inputs);
    free(ds->child_start);
    free(ds->child_list);
    free(ds->pub_areas);
    free(ds->pub_vars);
    free(ds->pub_inputs);
    free(ds);
}

static bool
grow(void **items, size_t *cap, size_t n, size_t size)
{
    if (n < *cap)
        return true;
    size_t c = *cap ? *cap * 2 : 16;
    void *p = realloc(*items, c * size);
    if (!p)
        return false;
    *items = p;
    *cap = c;
    return true;
}

void
charta_dataset_close_areas(charta_dataset *ds)
{
    ds->closed = true;
}

bool
charta_dataset_areas_closed(const charta_dataset *ds)
{
    return ds->closed;
}

void
charta_dataset_set_hierarchy(charta_dataset *ds, charta_hierarchy h)
{
    ds->hierarchy = h;
}

bool
charta_dataset_set_areas_file(charta_dataset *ds, const char *file)
{
    char *f = file ? charta_strdup(file) : NULL;
    if (file && !f)
        return false;
    free(ds->areas_file);
    ds->areas_file = f;
    return true;
}

void
charta_dataset_set_area_line(charta_dataset *ds, int idx, int line)
{
    if (idx >= 0 && (size_t)idx < ds->n_areas)
        ds->areas[idx].line = line;
}

int
charta_dataset_add_area(charta_dataset *ds, const char *code, const char *name,
                        const char *parent_code)
{
    int idx = find_in(&ds->by_code, code);
    if (idx >= 0) {
        area_rec *a = &ds->areas[idx];
        if (!a->name && name && name[0]) {
            a->name = charta_strdup(name);
            if (!a->name || !charta_hashtab_add(&ds->by_name, (size_t)idx, ds->n_areas))
                return -1;
        }
        if (!a->parent_code && parent_code && parent_code[0]) {
            a->parent_code = charta_strdup(parent_code);
            if (!a->parent_code)
                return -1;
        }
        return idx;
    }
    if (!grow((void **)&ds->areas, &ds->cap_areas, ds->n_areas, sizeof *ds->areas))
        return -1;
    area_rec *a = &ds->areas[ds->n_areas];
    memset(a, 0, sizeof *a);
    a->code = charta_strdup(code);
    a->name = name && name[0] ? charta_strdup(name) : NULL;
    a->parent_code = parent_code && parent_code[0] ? charta_strdup(parent_code) : NULL;
    a->parent = -1;
    if (!a->code || (name && name[0] && !a->name) ||
        (parent_code && parent_code[0] && !a->parent_code)) {
        free(a->code);
        free(a->name);
        free(a->parent_code);
        return -1;
    }
    idx = (int)ds->n_areas++;
    if (!charta_hashtab_add(&ds->by_code, (size_t)idx, ds->n_areas))
        return -1;
    if (a->name && !charta_hashtab_add(&ds->by_name, (size_t)idx, ds->n_areas))
        return -1;
    return idx;
}

int
charta_dataset_find_area(const charta_dataset *ds, const char *code)
{
    return find_in(&ds->by_code, code);
}

int
charta_dataset_find_area_by_name(const charta_dataset *ds, const char *name)
{
    return find_in(&ds->by_name, name);
}

int
charta_dataset_add_variable(charta_dataset *ds, const char *name, const char *unit,
                            const char *source, charta_aggregate agg)
{
    if (charta_dataset_find_variable(ds, name) >= 0)
        return -1;
    if (!grow((void **)&ds->vars, &ds->cap_vars, ds->n_vars, sizeof *ds->vars))
        return -2;
    var_rec *v = &ds->vars[ds->n_vars];
    memset(v, 0, sizeof *v);
    v->name = charta_strdup(name);
    v->unit = charta_strdup(unit ? unit : "");
    v->source = charta_strdup(source ? source : "");
    v->aggregate = agg;
    v->weight_var = -1;
    v->tolerance = 1e-3;
    v->total = -1;
    if (!v->name || !v->unit || !v->source) {
        free(v->name);
        free(v->unit);
        free(v->source);
        return -2;
    }
    return (int)ds->n_vars++;
}

void
charta_dataset_set_weight(charta_dataset *ds, int var, int weight_var)
{
    ds->vars[var].weight_var = weight_var;
}

void
charta_dataset_set_tolerance(charta_dataset *ds, int var, double tolerance)
{
    ds->vars[var].tolerance = tolerance;
}

bool
charta_dataset_set_variable_decl(charta_dataset *ds, int var, const char *file, int line)
{
    var_rec *v = &ds->vars[var];
    char *copy = file ? charta_strdup(file) : NULL;
    if (file && !copy)
        return false;
    free(v->decl_file);
    v->decl_file = copy;
    v->decl_line = line;
    return true;
}

int
charta_dataset_find_variable(const charta_dataset *ds, const char *name)
{
    for (size_t i = 0; i < ds->n_vars; i++)
        if (strcmp(ds->vars[i].name, name) == 0)
            return (int)i;
    return -1;
}

bool
charta_dim_is_total(const char *value)
{
    return !value || !value[0] || strcmp(value, "_T") == 0;
}

charta_status
charta_dataset_set_breakdown(charta_dataset *ds, int var, int total, const char *const *keys,
                             const char *const *vals, size_t n)
{
    var_rec *v = &ds->vars[var];
    if (var == total || ds->vars[total].total >= 0 || v->n_parts || v->total >= 0 || n == 0)
        return CHARTA_ERR_USAGE;
    for (size_t k = 0; k < n; k++)
        if (charta_dim_is_total(vals[k]) || (k && strcmp(keys[k - 1], keys[k]) >= 0))
            return CHARTA_ERR_USAGE;
    v->dim_keys = calloc(n, sizeof *v->dim_keys);
    v->dim_vals = calloc(n, sizeof *v->dim_vals);
    if (!v->dim_keys || !v->dim_vals)
        goto nomem;
    for (size_t k = 0; k < n; k++) {
        v->dim_keys[k] = charta_strdup(keys[k]);
        v->dim_vals[k] = charta_strdup(vals[k]);
        v->n_dims = k + 1;
        if (!v->dim_keys[k] || !v->dim_vals[k])
            goto nomem;
    }
    v->total = total;
    ds->vars[total].n_parts++;
    return CHARTA_OK;
nomem:
    for (size_t k = 0; k < v->n_dims; k++) {
        free(v->dim_keys[k]);
        free(v->dim_vals[k]);
    }
    free(v->dim_keys);
    free(v->dim_vals);
    v->dim_keys = v->dim_vals = NULL;
    v->n_dims = 0;
    return CHARTA_ERR_NOMEM;
}

int
charta_dataset_find_part(const charta_dataset *ds, int total, const char *const *keys,
                         const char *const *vals, size_t n)
{
    size_t want = 0; /* the dimensions that are not the total */
    for (size_t k = 0; k < n; k++)
        want += !charta_dim_is_total(vals[k]);
    if (want == 0)
        return total;
    for (size_t i = 0; i < ds->n_vars; i++) {
        const var_rec *v = &ds->vars[i];
        if (v->total != total || v->n_dims != want)
            continue;
        size_t hit = 0;
        for (size_t k = 0; k < n; k++) {
            if (charta_dim_is_total(vals[k]))
                continue;
            for (size_t j = 0; j < v->n_dims; j++)
                if (strcmp(v->dim_keys[j], keys[k]) == 0 && strcmp(v->dim_vals[j], vals[k]) == 0)
                    hit++;
        }
        if (hit == want)
            return (int)i;
    }
    return -1;
}

int
charta_dataset_add_input(charta_dataset *ds, const char *path, const char *source)
{
    if (ds->n_inputs >= 255)
        return -1;
    if (!grow((void **)&ds->inputs, &ds->cap_inputs, ds->n_inputs, sizeof *ds->inputs))
        return -1;
    input_rec *in = &ds->inputs[ds->n_inputs];
    memset(in, 0, sizeof *in);
    in->path = charta_strdup(path);
    in->source = charta_strdup(source ? source : "");
    if (!in->path || !in->source) {
        free(in->path);
        free(in->source);
        return -1;
    }
    return (int)ds->n_inputs++;
}

void
charta_dataset_set_input_rows(charta_dataset *ds, int input, long rows)
{
    ds->inputs[input].rows = rows;
}

void
charta_dataset_set_input_as_of(charta_dataset *ds, int input, const char *as_of)
{
    free(ds->inputs[input].as_of);
    ds->inputs[input].as_of = as_of ? charta_strdup(as_of) : NULL;
}

charta_status
charta_dataset_put(charta_dataset *ds, int var, int area, int year, double value, char status,
                   int input, int line)
{
    var_rec *v = &ds->vars[var];
    if (!grow((void **)&v->obs, &v->cap_obs, v->n_obs, sizeof *v->obs))
        return CHARTA_ERR_NOMEM;
    if (charta_status_is_missing(status) || !isfinite(value)) {
        value = NAN;
        if (!charta_status_is_missing(status))
            status = CHARTA_ST_MISSING;
    }
    v->obs[v->n_obs++] = (obs){.value = value,
                               .area = area,
                               .line = line,
                               .year = (int16_t)year,
                               .input = (uint8_t)(input < 0 ? 255 : input),
                               .status = status};
    return CHARTA_OK;
}


void
charta_dataset_drop_values(charta_dataset *ds)
{
    for (size_t i = 0; i < ds->n_vars; i++) {
        free(ds->vars[i].values);
        ds->vars[i].values = NULL;
        if (ds->pub_vars)
            ds->pub_vars[i].values = NULL;
    }
    /* the arrays came from the heap (glibc's mmap threshold has risen by
     * then): hand the pages back */
    malloc_trim(0);
}
