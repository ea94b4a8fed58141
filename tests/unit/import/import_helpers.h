/* import_helpers.h: shared by the source tests: specs, loading, reading back. */
#ifndef CHARTA_TEST_IMPORT_HELPERS_H
#define CHARTA_TEST_IMPORT_HELPERS_H

#include "check.h"

#include "charta/dataset.h"
#include "charta/diag.h"
#include "charta/source.h"

#define FIXTURES CHARTA_SOURCE_DIR "/tests/unit/import/fixtures"

/* A variable spec: name, column, aggregate none (ratios must not be summed,
 * and counts of missing cells must not be filled from children). */
#define VAR(n, col)                                                                                \
    {                                                                                              \
        .name = (char *)(n), .column = (char *)(col), .aggregate = CHARTA_AGG_NONE, .line = 7      \
    }

/* The "genesis" preset as the engine applies it. */
#define GENESIS_SPEC(f, enc, v)                                                                    \
    (charta_source_spec)                                                                           \
    {                                                                                              \
        .name = "src", .file = (char *)(f), .decl_file = "city.lua", .decl_line = 3,               \
        .format = "genesis", .preset = "genesis", .encoding = (enc), .delimiter = ';',             \
        .decimal = ',', .skip = -1, .header = -1, .genesis = true, .vars = (v),                    \
        .n_vars = sizeof(v) / sizeof((v)[0])                                                       \
    }

typedef struct loaded {
    charta_dataset *ds;
    charta_diags *diags;
    charta_status load, freeze;
} loaded;

static inline loaded
load_spec(const charta_source_spec *spec, const char *dir)
{
    loaded l = {charta_dataset_new(), charta_diags_new(), CHARTA_OK, CHARTA_OK};
    l.load = charta_source_load(spec, dir, l.ds, NULL, l.diags);
    l.freeze = charta_dataset_freeze(l.ds, &(charta_freeze_opts){0}, l.diags);
    return l;
}

static inline void
loaded_free(loaded *l)
{
    charta_dataset_free(l->ds);
    charta_diags_free(l->diags);
}

/* The value of var for the area with that code in year; NAN when any of
 * them is unknown. *st gets the status ('?' when unknown). */
static inline double
value_at(const loaded *l, const char *var, const char *code, int year, char *st)
{
    char dummy;
    if (!st)
        st = &dummy;
    *st = '?';
    int v = charta_dataset_find_variable(l->ds, var);
    int a = charta_dataset_find_area(l->ds, code);
    int y0 = charta_dataset_year_first(l->ds);
    size_t ny = charta_dataset_year_count(l->ds);
    const charta_variable *cv = v >= 0 ? charta_dataset_variable(l->ds, (size_t)v) : NULL;
    if (!cv || a < 0 || year < y0 || year >= y0 + (int)ny)
        return NAN;
    size_t c = (size_t)a * ny + (size_t)(year - y0);
    *st = cv->status[c];
    return cv->values[c];
}

/* Cells of var with status st (and, for st 'A', the value zero when
 * zero_only). */
static inline size_t
count_status(const loaded *l, const char *var, char st, int zero_only)
{
    int v = charta_dataset_find_variable(l->ds, var);
    const charta_variable *cv = v >= 0 ? charta_dataset_variable(l->ds, (size_t)v) : NULL;
    if (!cv)
        return 0;
    size_t cells = charta_dataset_area_count(l->ds) * charta_dataset_year_count(l->ds), n = 0;
    for (size_t i = 0; i < cells; i++)
        if (cv->status[i] == st && (!zero_only || cv->values[i] == 0))
            n++;
    return n;
}

/* The first error diagnostic, or NULL. */
static inline const charta_diag *
first_error(const loaded *l)
{
    for (size_t i = 0; i < charta_diags_count(l->diags); i++)
        if (charta_diags_get(l->diags, i)->severity == CHARTA_ERROR)
            return charta_diags_get(l->diags, i);
    return NULL;
}

/* The n-th diagnostic of a severity (0-based), or NULL. */
static inline const charta_diag *
nth_diag(const loaded *l, charta_severity sev, size_t n)
{
    for (size_t i = 0; i < charta_diags_count(l->diags); i++) {
        const charta_diag *d = charta_diags_get(l->diags, i);
        if (d->severity == sev && n-- == 0)
            return d;
    }
    return NULL;
}

static inline size_t
count_diags(const loaded *l, charta_severity sev)
{
    size_t n = 0;
    for (size_t i = 0; i < charta_diags_count(l->diags); i++)
        n += charta_diags_get(l->diags, i)->severity == sev;
    return n;
}

static inline const charta_input *
input_of(const loaded *l, size_t i)
{
    return charta_dataset_input(l->ds, i);
}

#endif
