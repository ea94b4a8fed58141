/* series.c: the kernels of series.h, vector arithmetic over areas x years.
 *
 * Owns: nothing beyond a temporary sort buffer inside charta_series_rank.
 * Uses: dataset.h (status ranks), libm.
 * Element-wise kernels work in blocks of BLOCK cells: values are computed
 * unconditionally into a stack buffer (a fixed trip count and a local
 * destination let gcc -O2 vectorise without alias checks, and the buffer
 * makes out = a op b safe when out aliases a or b), then one vectorised test
 * per block asks "all statuses 'A' and all results finite?". Only blocks
 * that fail it take the per-cell path that computes the worst status and
 * turns non-finite results into M. Every *bad counter is incremented, never
 * reset, so a caller can sum over several kernels.
 * Every kernel accepts out aliasing an input (beyond binop's promise), as
 * long as the views are equal, not overlapping at an offset; only rank
 * without memory for its sort then gives missing cells instead. Results that
 * overflow in kernels without a bad counter (change, rolling_mean, cumsum,
 * total) still become M, uncounted.
 */
#include "charta/series.h"

#include <assert.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "charta/dataset.h"

enum { BLOCK = 256 };

/* The ops of charta_op plus "c * a / b" for share and per. */
enum { OP_SCALED_DIV = 1000 };

size_t
charta_shape_cells(const charta_shape *sh)
{
    return sh->n_areas * sh->n_years;
}

/* Statement `body` for j in [0, n); the n == BLOCK copy has a constant trip
 * count, which the -O2 ("very cheap") vectoriser needs. */
#define EACH(n, body)                                                                              \
    do {                                                                                           \
        if ((n) == BLOCK) {                                                                        \
            for (size_t j = 0; j < BLOCK; j++) {                                                   \
                body;                                                                              \
            }                                                                                      \
        } else {                                                                                   \
            for (size_t j = 0; j < (n); j++) {                                                     \
                body;                                                                              \
            }                                                                                      \
        }                                                                                          \
    } while (0)

/* t[j] = A op B for every op; A and B are expressions in j. */
#define OP_CASES(n, A, B)                                                                          \
    switch (op) {                                                                                  \
    case CHARTA_OP_ADD:                                                                            \
        EACH(n, t[j] = (A) + (B));                                                                 \
        break;                                                                                     \
    case CHARTA_OP_SUB:                                                                            \
        EACH(n, t[j] = (A) - (B));                                                                 \
        break;                                                                                     \
    case CHARTA_OP_MUL:                                                                            \
        EACH(n, t[j] = (A) * (B));                                                                 \
        break;                                                                                     \
    case CHARTA_OP_DIV:                                                                            \
        EACH(n, t[j] = (A) / (B));                                                                 \
        break;                                                                                     \
    case CHARTA_OP_POW:                                                                            \
        EACH(n, t[j] = pow((A), (B)));                                                             \
        break;                                                                                     \
    case CHARTA_OP_MIN:                                                                            \
        EACH(n, t[j] = (A) < (B) ? (A) : (B));                                                     \
        break;                                                                                     \
    case CHARTA_OP_MAX:                                                                            \
        EACH(n, t[j] = (A) > (B) ? (A) : (B));                                                     \
        break;                                                                                     \
    case CHARTA_OP_GT:                                                                             \
        EACH(n, t[j] = (A) > (B) ? 1.0 : 0.0);                                                     \
        break;                                                                                     \
    case CHARTA_OP_LT:                                                                             \
        EACH(n, t[j] = (A) < (B) ? 1.0 : 0.0);                                                     \
        break;                                                                                     \
    case CHARTA_OP_GE:                                                                             \
        EACH(n, t[j] = (A) >= (B) ? 1.0 : 0.0);                                                    \
        break;                                                                                     \
    case CHARTA_OP_LE:                                                                             \
        EACH(n, t[j] = (A) <= (B) ? 1.0 : 0.0);                                                    \
        break;                                                                                     \
    case CHARTA_OP_EQ:                                                                             \
        EACH(n, t[j] = (A) == (B) ? 1.0 : 0.0);                                                    \
        break;                                                                                     \
    case OP_SCALED_DIV:                                                                            \
        EACH(n, t[j] = c * (A) / (B));                                                             \
        break;                                                                                     \
    default:                                                                                       \
        EACH(n, t[j] = NAN);                                                                       \
        break;                                                                                     \
    }

static void
block_vv(int op, double c, const double *a, const double *b, double *restrict t, size_t n)
{
    OP_CASES(n, a[j], b[j])
}

static void
block_vs(int op, const double *a, double x, double *restrict t, size_t n)
{
    const double c = 1.0;
    (void)c;
    OP_CASES(n, a[j], x)
}

static void
block_sv(int op, double x, const double *a, double *restrict t, size_t n)
{
    const double c = 1.0;
    (void)c;
    OP_CASES(n, x, a[j])
}

/* True when every status in st[0..n) is 'A'. */
static bool
block_all_normal(const char *st, size_t n)
{
    unsigned char acc = 0;
    EACH(n, acc |= (unsigned char)(st[j] ^ CHARTA_ST_NORMAL));
    return acc == 0;
}

/* True when every t[0..n) is finite: an all-ones exponent plus one carries
 * into bit 63. Flags first, then a byte reduction: both loops vectorise at
 * -O2, where a 64-bit reduction does not. */
static bool
block_all_finite(const double *t, size_t n)
{
    const uint64_t exp_mask = 0x7FF0000000000000u, exp_one = (uint64_t)1 << 52;
    unsigned char flag[BLOCK], acc = 0;
    EACH(n, {
        uint64_t bits;
        memcpy(&bits, &t[j], sizeof bits);
        flag[j] = (unsigned char)(((bits & exp_mask) + exp_one) >> 63);
    });
    EACH(n, acc |= flag[j]);
    return acc == 0;
}

static inline char
worst(char a, char b)
{
    return a == b ? a : charta_status_worst(a, b);
}

/* Store one computed cell: missing in, missing out; non-finite becomes M. */
static inline void
store_cell(double t, char s, double *v, char *st, size_t *bad)
{
    if (s != CHARTA_ST_NORMAL && charta_status_is_missing(s)) {
        *v = NAN;
        *st = s;
    } else if (!isfinite(t)) {
        *v = NAN;
        *st = CHARTA_ST_MISSING;
        (*bad)++;
    } else {
        *v = t;
        *st = s;
    }
}

static void
binop_run(const charta_shape *sh, int op, double c, charta_cvec a, charta_cvec b, charta_vec out,
          size_t *bad)
{
    size_t cells = charta_shape_cells(sh), nbad = 0;
    double t[BLOCK];
    for (size_t i = 0; i < cells; i += BLOCK) {
        size_t n = cells - i < BLOCK ? cells - i : BLOCK;
        block_vv(op, c, a.v + i, b.v + i, t, n);
        if (block_all_normal(a.st + i, n) && block_all_normal(b.st + i, n) &&
            block_all_finite(t, n)) {
            memcpy(out.v + i, t, n * sizeof *t);
            memset(out.st + i, CHARTA_ST_NORMAL, n);
            continue;
        }
        for (size_t j = 0; j < n; j++)
            store_cell(t[j], worst(a.st[i + j], b.st[i + j]), &out.v[i + j], &out.st[i + j], &nbad);
    }
    if (bad)
        *bad += nbad;
}

void
charta_series_binop(const charta_shape *sh, charta_op op, charta_cvec a, charta_cvec b,
                    charta_vec out, size_t *bad)
{
    binop_run(sh, (int)op, 1.0, a, b, out, bad);
}

void
charta_series_scalar(const charta_shape *sh, charta_op op, charta_cvec a, double x, bool x_left,
                     charta_vec out, size_t *bad)
{
    size_t cells = charta_shape_cells(sh), nbad = 0;
    double t[BLOCK];
    for (size_t i = 0; i < cells; i += BLOCK) {
        size_t n = cells - i < BLOCK ? cells - i : BLOCK;
        if (x_left)
            block_sv((int)op, x, a.v + i, t, n);
        else
            block_vs((int)op, a.v + i, x, t, n);
        if (block_all_normal(a.st + i, n) && block_all_finite(t, n)) {
            memcpy(out.v + i, t, n * sizeof *t);
            memset(out.st + i, CHARTA_ST_NORMAL, n);
            continue;
        }
        for (size_t j = 0; j < n; j++)
            store_cell(t[j], a.st[i + j], &out.v[i + j], &out.st[i + j], &nbad);
    }
    if (bad)
        *bad += nbad;
}

void
charta_series_neg(const charta_shape *sh, charta_cvec a, charta_vec out)
{
    size_t cells = charta_shape_cells(sh);
    for (size_t i = 0; i < cells; i++)
        out.v[i] = -a.v[i]; /* NaN stays NaN */
    if (cells && out.st != a.st)
        memcpy(out.st, a.st, cells);
}

/* --- time functions ------------------------------------------------------ */

/* Each walks a row from the last year back, so out may alias a: cell t is
 * written only after every cell it reads (t-k .. t) has been read. */

void
charta_series_lag(const charta_shape *sh, charta_cvec a, int k, charta_vec out)
{
    assert(k >= 1);
    size_t ny = sh->n_years, uk = (size_t)k;
    for (size_t r = 0; r < sh->n_areas; r++) {
        size_t row = r * ny;
        for (size_t t = ny; t-- > 0;) {
            if (t >= uk) {
                out.v[row + t] = a.v[row + t - uk];
                out.st[row + t] = a.st[row + t - uk];
            } else {
                out.v[row + t] = NAN;
                out.st[row + t] = CHARTA_ST_MISSING;
            }
        }
    }
}

/* One cell of a two-point time function: f(now, then) with both statuses. */
typedef double (*pair_fn)(double now, double then, int k);

static double
pair_change(double now, double then, int k)
{
    (void)k;
    return now - then;
}

static double
pair_pct_change(double now, double then, int k)
{
    (void)k;
    return 100.0 * (now / then - 1.0);
}

static double
pair_cagr(double now, double then, int k)
{
    if (!(now > 0 && then > 0))
        return NAN; /* a growth rate needs two positive values */
    return 100.0 * (pow(now / then, 1.0 / k) - 1.0);
}

static void
pair_run(const charta_shape *sh, charta_cvec a, int k, pair_fn f, charta_vec out, size_t *bad)
{
    assert(k >= 1);
    size_t ny = sh->n_years, uk = (size_t)k, nbad = 0;
    for (size_t r = 0; r < sh->n_areas; r++) {
        size_t row = r * ny;
        for (size_t t = ny; t-- > 0;) {
            size_t i = row + t;
            if (t < uk) {
                out.v[i] = NAN;
                out.st[i] = CHARTA_ST_MISSING;
                continue;
            }
            char s = worst(a.st[i], a.st[i - uk]);
            double x = charta_status_is_missing(s) ? NAN : f(a.v[i], a.v[i - uk], k);
            store_cell(x, s, &out.v[i], &out.st[i], &nbad);
        }
    }
    if (bad)
        *bad += nbad;
}

void
charta_series_change(const charta_shape *sh, charta_cvec a, int k, charta_vec out)
{
    pair_run(sh, a, k, pair_change, out, NULL);
}

void
charta_series_pct_change(const charta_shape *sh, charta_cvec a, int k, charta_vec out, size_t *bad)
{
    pair_run(sh, a, k, pair_pct_change, out, bad);
}

void
charta_series_cagr(const charta_shape *sh, charta_cvec a, int k, charta_vec out, size_t *bad)
{
    pair_run(sh, a, k, pair_cagr, out, bad);
}

void
charta_series_rolling_mean(const charta_shape *sh, charta_cvec a, int k, charta_vec out)
{
    assert(k >= 1);
    size_t ny = sh->n_years, uk = (size_t)k, nbad = 0;
    for (size_t r = 0; r < sh->n_areas; r++) {
        size_t row = r * ny;
        for (size_t t = ny; t-- > 0;) {
            size_t i = row + t;
            if (t + 1 < uk) {
                out.v[i] = NAN;
                out.st[i] = CHARTA_ST_MISSING;
                continue;
            }
            double sum = 0;
            char s = CHARTA_ST_NORMAL;
            for (size_t w = 0; w < uk; w++) {
                sum += a.v[i - w];
                s = worst(s, a.st[i - w]);
            }
            store_cell(sum / (double)k, s, &out.v[i], &out.st[i], &nbad);
        }
    }
}

void
charta_series_cumsum(const charta_shape *sh, charta_cvec a, charta_vec out)
{
    size_t ny = sh->n_years, nbad = 0;
    for (size_t r = 0; r < sh->n_areas; r++) {
        size_t row = r * ny;
        double sum = 0;
        char s = CHARTA_ST_NORMAL;
        for (size_t t = 0; t < ny; t++) {
            size_t i = row + t;
            sum += a.v[i];
            s = worst(s, a.st[i]);
            store_cell(sum, s, &out.v[i], &out.st[i], &nbad);
            if (out.st[i] == CHARTA_ST_MISSING)
                s = CHARTA_ST_MISSING; /* an overflow stays missing too */
        }
    }
}

/* --- cell-wise functions --------------------------------------------------- */

void
charta_series_where(const charta_shape *sh, charta_cvec mask, charta_cvec a, charta_cvec b,
                    charta_vec out)
{
    size_t cells = charta_shape_cells(sh), nbad = 0;
    for (size_t i = 0; i < cells; i++) {
        char ms = mask.st[i];
        if (charta_status_is_missing(ms)) {
            out.v[i] = NAN;
            out.st[i] = ms;
            continue;
        }
        bool yes = mask.v[i] != 0;
        double x = yes ? a.v[i] : b.v[i];
        char s = worst(ms, yes ? a.st[i] : b.st[i]);
        store_cell(x, s, &out.v[i], &out.st[i], &nbad);
    }
}

void
charta_series_fill(const charta_shape *sh, charta_cvec a, double x, charta_vec out)
{
    size_t cells = charta_shape_cells(sh);
    bool usable = isfinite(x);
    for (size_t i = 0; i < cells; i++) {
        char s = a.st[i];
        if (usable && charta_status_is_missing(s)) {
            out.v[i] = x;
            out.st[i] = CHARTA_ST_ESTIMATED;
        } else {
            out.v[i] = a.v[i];
            out.st[i] = s;
        }
    }
}

void
charta_series_coalesce(const charta_shape *sh, charta_cvec a, charta_cvec b, charta_vec out)
{
    size_t cells = charta_shape_cells(sh);
    for (size_t i = 0; i < cells; i++) {
        bool take_a = !charta_status_is_missing(a.st[i]);
        double v = take_a ? a.v[i] : b.v[i];
        char st = take_a ? a.st[i] : b.st[i];
        out.v[i] = v;
        out.st[i] = st;
    }
}

void
charta_series_only(const charta_shape *sh, charta_cvec a, const bool *keep, charta_vec out)
{
    for (size_t r = 0; r < sh->n_areas; r++)
        for (size_t t = 0; t < sh->n_years; t++) {
            size_t i = r * sh->n_years + t;
            out.v[i] = keep[r] ? a.v[i] : NAN;
            out.st[i] = keep[r] ? a.st[i] : CHARTA_ST_MISSING;
        }
}

void
charta_series_clamp(const charta_shape *sh, charta_cvec a, double lo, double hi, charta_vec out)
{
    size_t cells = charta_shape_cells(sh);
    for (size_t i = 0; i < cells; i++) {
        double x = a.v[i];
        char s = a.st[i];
        x = x < lo ? lo : x > hi ? hi : x; /* NaN stays NaN */
        if (!isfinite(x) && !charta_status_is_missing(s)) {
            x = NAN; /* a value raised to lo = inf or lowered to hi = -inf */
            s = CHARTA_ST_MISSING;
        }
        out.v[i] = x;
        out.st[i] = s;
    }
}

void
charta_series_share(const charta_shape *sh, charta_cvec part, charta_cvec whole, charta_vec out,
                    size_t *bad)
{
    binop_run(sh, OP_SCALED_DIV, 100.0, part, whole, out, bad);
}

void
charta_series_per(const charta_shape *sh, charta_cvec s, charta_cvec base, double n, charta_vec out,
                  size_t *bad)
{
    binop_run(sh, OP_SCALED_DIV, n, s, base, out, bad);
}

/* --- hierarchy ------------------------------------------------------------- */

/* Steps from area i up to its root. */
static size_t
depth_of(const int *parent, size_t n_areas, size_t i)
{
    size_t d = 0;
    for (int p = parent[i]; p >= 0; p = parent[p]) {
        assert((size_t)p < n_areas);
        if (++d > n_areas) {
            assert(!"cycle in the area hierarchy");
            break;
        }
    }
    return d;
}

/* Levels are summed deepest first, so a row is complete before it is added
 * to its parent whatever order the areas come in. */
void
charta_series_total(const charta_shape *sh, charta_cvec a, charta_vec out)
{
    size_t ny = sh->n_years, na = sh->n_areas, cells = charta_shape_cells(sh);
    const int *parent = sh->parent;
    if (!cells)
        return;
    if (out.v != a.v)
        memmove(out.v, a.v, cells * sizeof *out.v);
    if (out.st != a.st)
        memmove(out.st, a.st, cells);
    if (!parent)
        return;
    const bool *alt = sh->alternative;
    size_t max_depth = 0;
    for (size_t i = 0; i < na; i++) {
        if (parent[i] < 0 || (alt && alt[i]))
            continue;
        size_t row = (size_t)parent[i] * ny;
        for (size_t t = 0; t < ny; t++) {
            out.v[row + t] = 0;
            out.st[row + t] = CHARTA_ST_NORMAL;
        }
        size_t d = depth_of(parent, na, i);
        if (d > max_depth)
            max_depth = d;
    }
    for (size_t d = max_depth; d >= 1; d--)
        for (size_t i = 0; i < na; i++) {
            if (parent[i] < 0 || (alt && alt[i]) || depth_of(parent, na, i) != d)
                continue;
            size_t from = i * ny, to = (size_t)parent[i] * ny;
            for (size_t t = 0; t < ny; t++) {
                out.v[to + t] += out.v[from + t]; /* NaN from a missing child stays NaN */
                out.st[to + t] = worst(out.st[to + t], out.st[from + t]);
            }
        }
    size_t nbad = 0;
    for (size_t i = 0; i < cells; i++)
        store_cell(out.v[i], out.st[i], &out.v[i], &out.st[i], &nbad);
}

typedef struct rank_item {
    int parent;
    double v;
    size_t area;
} rank_item;

/* Sibling groups together, then largest first, then by area for ties. */
static int
rank_cmp(const void *pa, const void *pb)
{
    const rank_item *x = pa, *y = pb;
    if (x->parent != y->parent)
        return x->parent < y->parent ? -1 : 1;
    if (x->v != y->v)
        return x->v > y->v ? -1 : 1;
    return (x->area > y->area) - (x->area < y->area);
}

/* Without memory for the sort: count the larger siblings, O(n^2) a year.
 * It reads a while writing out, so in place (out aliasing a) it cannot
 * work at all: then every cell becomes missing rather than wrong. */
static void
rank_quadratic(const charta_shape *sh, charta_cvec a, charta_vec out)
{
    if (out.v == a.v) {
        for (size_t i = 0; i < charta_shape_cells(sh); i++) {
            out.v[i] = NAN;
            out.st[i] = CHARTA_ST_MISSING;
        }
        return;
    }
    size_t ny = sh->n_years, na = sh->n_areas;
    for (size_t i = 0; i < na; i++) {
        int pi = sh->parent ? sh->parent[i] : -1;
        for (size_t t = 0; t < ny; t++) {
            size_t ci = i * ny + t;
            out.st[ci] = a.st[ci];
            if (charta_status_is_missing(a.st[ci])) {
                out.v[ci] = NAN;
                continue;
            }
            size_t larger = 0;
            for (size_t j = 0; j < na; j++) {
                size_t cj = j * ny + t;
                int pj = sh->parent ? sh->parent[j] : -1;
                if (pj == pi && !charta_status_is_missing(a.st[cj]) && a.v[cj] > a.v[ci])
                    larger++;
            }
            out.v[ci] = (double)(larger + 1);
        }
    }
}

void
charta_series_rank(const charta_shape *sh, charta_cvec a, charta_vec out)
{
    size_t ny = sh->n_years, na = sh->n_areas;
    rank_item *items = na ? malloc(na * sizeof *items) : NULL;
    if (na && !items) {
        rank_quadratic(sh, a, out);
        return;
    }
    for (size_t t = 0; t < ny; t++) {
        size_t n = 0;
        for (size_t i = 0; i < na; i++) {
            size_t c = i * ny + t;
            if (charta_status_is_missing(a.st[c])) {
                out.v[c] = NAN;
                out.st[c] = a.st[c];
                continue;
            }
            items[n++] = (rank_item){sh->parent ? sh->parent[i] : -1, a.v[c], i};
        }
        if (n > 1)
            qsort(items, n, sizeof *items, rank_cmp);
        size_t group = 0, rank = 1;
        for (size_t k = 0; k < n; k++) {
            if (k == 0 || items[k].parent != items[k - 1].parent)
                group = k;
            if (k == group || items[k].v != items[k - 1].v)
                rank = k - group + 1;
            size_t c = items[k].area * ny + t;
            out.v[c] = (double)rank; /* the cell keeps its own status */
            out.st[c] = a.st[c];
        }
    }
    free(items);
}

void
charta_series_broadcast(const charta_shape *sh, charta_cvec a, size_t area, charta_vec out)
{
    size_t ny = sh->n_years;
    const double *v = a.v + area * ny;
    const char *st = a.st + area * ny;
    for (size_t r = 0; r < sh->n_areas; r++) {
        if (out.v + r * ny == v) /* the row itself, when out aliases a */
            continue;
        memmove(out.v + r * ny, v, ny * sizeof *v);
        memmove(out.st + r * ny, st, ny);
    }
}
