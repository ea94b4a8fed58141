/* series.h: vector arithmetic over areas x years, with statuses (DESIGN §3).
 *
 * Owns (src/engine/series.c): nothing; kernels read the caller's cells and write
 * into buffers the caller provides, and never fail (charta_series_rank alone
 * allocates, and falls back to a slower way without memory).
 * Uses: dataset.h (status letters and ranks).
 * These are plain C functions testable without Lua; the Lua userdata
 * (series_lua.h) is a thin binding over them. Conventions of every kernel:
 *  - cells are laid out area-major: i = area * n_years + year_index;
 *  - a cell with status M or C is missing: value NaN;
 *  - the status of a result cell is the worst of the input cells'
 *    (charta_status_worst); missing in, missing out;
 *  - a result that is not finite (0/0, x/0, overflow, domain error) becomes
 *    missing (M) and, for the kernels with a bad argument, is added to *bad
 *    (may be NULL); never stored as NaN with a non-missing status;
 *  - every vector has charta_shape_cells(sh) cells, and out may be the same
 *    vector as an input (out = a, in place) unless a comment says otherwise.
 */
#ifndef CHARTA_SERIES_H
#define CHARTA_SERIES_H

#include <stdbool.h>
#include <stddef.h>

typedef struct charta_shape {
    size_t n_areas, n_years;
    int year_first;
    const int *parent; /* per area, -1 for roots (for total and rank), may be NULL */
    /* per area, true for one of a parallel division of its parent (charta_area.alternative),
     * which total leaves out of its parent's sum; may be NULL (none) */
    const bool *alternative;
} charta_shape;

/* A view of one series: values and statuses, length n_areas * n_years. */
typedef struct charta_vec {
    double *v;
    char *st;
} charta_vec;

typedef struct charta_cvec {
    const double *v;
    const char *st;
} charta_cvec;

typedef enum charta_op {
    CHARTA_OP_ADD,
    CHARTA_OP_SUB,
    CHARTA_OP_MUL,
    CHARTA_OP_DIV,
    CHARTA_OP_POW,
    CHARTA_OP_MIN,
    CHARTA_OP_MAX,
    CHARTA_OP_GT, /* comparisons give 1 or 0 */
    CHARTA_OP_LT,
    CHARTA_OP_GE,
    CHARTA_OP_LE,
    CHARTA_OP_EQ,
} charta_op;

/* Cells of one series of this shape: n_areas * n_years. */
size_t charta_shape_cells(const charta_shape *sh);

/* out = a op b, cell by cell. out may alias a or b. */
void charta_series_binop(const charta_shape *sh, charta_op op, charta_cvec a, charta_cvec b,
                         charta_vec out, size_t *bad);
/* out = a op x (x_left = false) or x op a (x_left = true); x is a number. */
void charta_series_scalar(const charta_shape *sh, charta_op op, charta_cvec a, double x,
                          bool x_left, charta_vec out, size_t *bad);
/* out = -a; statuses copied. */
void charta_series_neg(const charta_shape *sh, charta_cvec a, charta_vec out);

/* Time functions, per area along the years; k >= 1 years (asserted). Cells without a
 * value k years earlier are missing. lag: a[t-k] with its status; change:
 * a[t] - a[t-k]. */
void charta_series_lag(const charta_shape *sh, charta_cvec a, int k, charta_vec out);
void charta_series_change(const charta_shape *sh, charta_cvec a, int k, charta_vec out);
/* 100 * (a[t] / a[t-k] - 1) */
void charta_series_pct_change(const charta_shape *sh, charta_cvec a, int k, charta_vec out,
                              size_t *bad);
/* 100 * ((a[t] / a[t-k])^(1/k) - 1); missing unless both are > 0 */
void charta_series_cagr(const charta_shape *sh, charta_cvec a, int k, charta_vec out,
                        size_t *bad);
/* mean of the last k years including t; missing if any is missing */
void charta_series_rolling_mean(const charta_shape *sh, charta_cvec a, int k, charta_vec out);
/* running sum from the first year; missing from the first missing cell on */
void charta_series_cumsum(const charta_shape *sh, charta_cvec a, charta_vec out);

/* where mask (non-zero, not missing) then a else b; missing mask = missing. */
void charta_series_where(const charta_shape *sh, charta_cvec mask, charta_cvec a, charta_cvec b,
                         charta_vec out);
/* missing cells become x with status E (an estimate); a non-finite x fills nothing. */
void charta_series_fill(const charta_shape *sh, charta_cvec a, double x, charta_vec out);
/* Cell by cell the first of a and b that has a value, with its status (missing
 * where neither has one): another source's series where this one has none. out may
 * alias a or b. */
void charta_series_coalesce(const charta_shape *sh, charta_cvec a, charta_cvec b,
                            charta_vec out);
/* a in the areas where keep[area] is true, missing (M) in every other area. */
void charta_series_only(const charta_shape *sh, charta_cvec a, const bool *keep,
                        charta_vec out);
/* a limited to [lo, hi]; statuses copied, missing stays missing; a value an infinite
 * bound reaches (lo = inf, hi = -inf) becomes missing (M). */
void charta_series_clamp(const charta_shape *sh, charta_cvec a, double lo, double hi,
                         charta_vec out);
/* 100 * part / whole */
void charta_series_share(const charta_shape *sh, charta_cvec part, charta_cvec whole,
                         charta_vec out, size_t *bad);
/* n * s / base */
void charta_series_per(const charta_shape *sh, charta_cvec s, charta_cvec base, double n,
                       charta_vec out, size_t *bad);
/* Parents become the sum of their children (children first, bottom up,
 * using sh->parent; without it out is a copy of a), the alternative ones left out;
 * cells of areas without such children are kept. A parent with any missing child
 * is missing. */
void charta_series_total(const charta_shape *sh, charta_cvec a, charta_vec out);
/* Every area gets the cells of area (a valid index) (for shares of a total). */
void charta_series_broadcast(const charta_shape *sh, charta_cvec a, size_t area, charta_vec out);
/* Rank among siblings (same parent; all areas when sh->parent is NULL) per year,
 * 1 = largest; a cell keeps its status; missing stays missing; ties share the
 * best rank. Without memory for the sort it counts instead, and then out must not
 * alias a (in place every cell becomes missing). */
void charta_series_rank(const charta_shape *sh, charta_cvec a, charta_vec out);

#endif
