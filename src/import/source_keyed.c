/* source_keyed.c: the observations of a keyed file (SDMX-ML, Open SDG CSV) into the
 * dataset (source_keyed.h).
 *
 * The readers hand over each observation with the dimension values of its series;
 * nothing reaches the dataset until the file is read, because only then is it known
 * which dimensions break a variable down (those whose value changes) and which
 * years are made of months, quarters or days.
 */
#include "source_keyed.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charta/i18n.h"
#include "source_internal.h"

/* Separators inside a combo; no XML text can hold them and charta_kd_put refuses
 * them in a dimension's name or value. */
#define KD_KV '\x1f'
#define KD_PAIR '\x1e'

/* --- statuses ------------------------------------------------------------- */

bool
charta_kd_sdmx_status(const char *code, char *status)
{
    static const char from[] = "AJNWBEFITPVUDGSMLOHKQC";
    static const char to[] = "AAAABEEEEPPUUUUMMMMMCC";
    if (!code || strlen(code) != 1 || !strchr(from, code[0]) || !code[0])
        return false;
    *status = to[strchr(from, code[0]) - from];
    return true;
}

/* --- the context ---------------------------------------------------------- */

bool
charta_kd_begin(kd_ctx *k, const charta_source_spec *spec, charta_dataset *ds,
                charta_diags *diags, int input)
{
    memset(k, 0, sizeof *k);
    k->spec = spec;
    k->ds = ds;
    k->diags = diags;
    k->file = spec->file;
    k->input = input;
    k->last_area = -1;
    k->pool = charta_strpool_new();
    if (!k->pool) {
        k->st = charta_diag_error(diags, CHARTA_ERR_NOMEM, spec->file, 0, 0, "out of memory");
        return false;
    }
    return true;
}

void
charta_kd_end(kd_ctx *k)
{
    charta_strpool_free(k->pool);
    free(k->obs);
    free(k->last_code);
    memset(k, 0, sizeof *k);
}

void
charta_kd_error(kd_ctx *k, int line, int col, const char *fmt, ...)
{
    if (k->stopped)
        return;
    va_list ap;
    va_start(ap, fmt);
    charta_diag_addv(k->diags, CHARTA_ERROR, CHARTA_ERR_DATA, k->file, line, col, fmt, ap);
    va_end(ap);
    k->st = charta_status_worse(k->st, CHARTA_ERR_DATA);
    if (++k->errors >= SRC_MAX_ERRORS) {
        k->stopped = true;
        charta_diag_note(k->diags, k->file, 0, 0,
                         "stopped reading after %d errors; the rest of the file was not checked",
                         SRC_MAX_ERRORS);
    }
}

static void
nomem(kd_ctx *k)
{
    if (!k->stopped)
        charta_diag_error(k->diags, CHARTA_ERR_NOMEM, k->file, 0, 0, "out of memory");
    k->st = charta_status_worse(k->st, CHARTA_ERR_NOMEM);
    k->stopped = true;
}

/* True when the filter selects a series with these dimension values. */
static bool
filter_match(const charta_dim_filter *f, size_t nf, const char *const *dims,
             const char *const *vals, size_t n)
{
    for (size_t i = 0; i < nf; i++) {
        const char *v = NULL;
        for (size_t j = 0; j < n && !v; j++)
            if (strcmp(dims[j], f[i].dim) == 0)
                v = vals[j] ? vals[j] : "";
        if (!v)
            return false;
        bool hit = false;
        for (size_t j = 0; j < f[i].n_values && !hit; j++)
            hit = strcmp(f[i].values[j], v) == 0;
        if (!hit)
            return false;
    }
    return true;
}

/* A dimension's name and its place among the caller's. */
typedef struct kd_dim {
    const char *name;
    size_t i;
} kd_dim;

static int
dim_cmp(const void *pa, const void *pb)
{
    const kd_dim *a = pa, *b = pb;
    int c = strcmp(a->name, b->name);
    return c ? c : (a->i > b->i) - (a->i < b->i);
}

/* The combo of these dimension values (interned), pairs ordered by dimension (a
 * dimension named twice with its first value); NULL on out of memory. Sorted, not
 * selected: an Open SDG file may have thousands of columns. */
static const char *
make_combo(kd_ctx *k, const char *const *dims, const char *const *vals, size_t n)
{
    kd_dim small[64], *order = n <= 64 ? small : malloc(n * sizeof *order);
    if (!order)
        return NULL;
    for (size_t j = 0; j < n; j++)
        order[j] = (kd_dim){dims[j], j};
    qsort(order, n, sizeof *order, dim_cmp);
    charta_buf b = {0};
    for (size_t j = 0; j < n; j++) {
        if (j > 0 && strcmp(order[j].name, order[j - 1].name) == 0)
            continue;
        size_t i = order[j].i;
        charta_buf_printf(&b, "%s%c%s%c", dims[i], KD_KV, vals[i] ? vals[i] : "", KD_PAIR);
    }
    if (order != small)
        free(order);
    const char *c = charta_strpool_intern(k->pool, b.data ? b.data : "");
    charta_buf_free(&b);
    return c;
}

size_t
charta_kd_match(kd_ctx *k, const char *const *dims, const char *const *vals, size_t n, int line,
                int *vars)
{
    const charta_source_spec *s = k->spec;
    if (!filter_match(s->filter, s->n_filter, dims, vals, n))
        return 0; /* left out by the source's own `series`, on purpose */
    size_t m = 0;
    for (size_t i = 0; i < s->n_vars; i++)
        if (filter_match(s->vars[i].filter, s->vars[i].n_filter, dims, vals, n))
            vars[m++] = (int)i;
    if (m == 0) {
        k->unmatched++;
        if (!k->first_unmatched) {
            k->first_unmatched = make_combo(k, dims, vals, n);
            k->first_unmatched_line = line;
        }
    }
    return m;
}

static int
code_cmp(const void *key, const void *elt)
{
    return strcmp(key, *(char *const *)elt);
}

int
charta_kd_area(kd_ctx *k, const char *code, bool map, int line, int col)
{
    const charta_source_spec *s = k->spec;
    if (map && s->n_area_codes) {
        char **hit = bsearch(code, s->area_code_from, s->n_area_codes, sizeof(char *), code_cmp);
        if (!hit)
            return -1;
        code = s->area_code_to[hit - s->area_code_from];
    }
    if (k->last_code && strcmp(k->last_code, code) == 0)
        return k->last_area;
    int a = charta_dataset_find_area(k->ds, code);
    if (a < 0) {
        if (charta_dataset_areas_closed(k->ds)) {
            charta_kd_error(k, line, col,
                            "area '%s' is not in the project's areas (map the file's codes with "
                            "area_codes = { [\"...\"] = \"...\" })",
                            code);
            return -1;
        }
        a = charta_dataset_add_area(k->ds, code, NULL, NULL);
        if (a < 0) {
            nomem(k);
            return -1;
        }
    }
    free(k->last_code);
    k->last_code = charta_strdup(code);
    k->last_area = k->last_code ? a : -1;
    return a;
}

void
charta_kd_count_sign(kd_ctx *k, const char *sign)
{
    for (size_t i = 0; i < k->n_signs; i++)
        if (strcmp(k->sign[i], sign) == 0) {
            k->sign_n[i]++;
            return;
        }
    if (k->n_signs == KD_MAX_SIGNS)
        return;
    const char *s = charta_strpool_intern(k->pool, sign);
    if (!s)
        return;
    k->sign[k->n_signs] = s;
    k->sign_n[k->n_signs++] = 1;
}

/* True when s holds a control character other than a tab. */
static bool
has_control(const char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s < 0x20 && *s != '\t')
            return true;
    return false;
}

bool
charta_kd_put(kd_ctx *k, int var, const char *const *dims, const char *const *vals, size_t n,
              int area, const char *period, double value, char status, int line, int col)
{
    kd_period p;
    if (!charta_kd_period_parse(period, &p)) {
        charta_kd_error(k, line, col,
                        "'%s' is not a period (a year like 2020, or 2020-Q1, 2020-03, "
                        "2020-03-05, 2020-03-05T10:10)",
                        period);
        return !k->stopped;
    }
    for (size_t j = 0; j < n; j++) /* the separators of a combo are control characters */
        if (has_control(dims[j]) || has_control(vals[j] ? vals[j] : "")) {
            charta_kd_error(k, line, col,
                            has_control(dims[j]) ? "the name '%s' holds a control character"
                                                 : "the value of '%s' holds a control character",
                            dims[j]);
            return !k->stopped;
        }
    const char *combo = make_combo(k, dims, vals, n);
    if (!combo) {
        nomem(k);
        return false;
    }
    if (k->n_obs == k->cap_obs) {
        size_t cap = k->cap_obs ? 2 * k->cap_obs : 1024;
        kd_obs *o = realloc(k->obs, cap * sizeof *o);
        if (!o) {
            nomem(k);
            return false;
        }
        k->obs = o;
        k->cap_obs = cap;
    }
    double scale = k->spec->vars[var].scale > 0 ? k->spec->vars[var].scale : 1;
    k->obs[k->n_obs++] = (kd_obs){.combo = combo,
                                  .value = charta_status_is_missing(status) ? NAN : value * scale,
                                  .var = var,
                                  .area = area,
                                  .line = line,
                                  .year = (int16_t)p.year,
                                  .sub = (uint16_t)p.sub,
                                  .n_sub = (uint16_t)p.n_sub,
                                  .status = status};
    return true;
}

/* --- after the file ------------------------------------------------------- */

static int
obs_cmp(const void *pa, const void *pb)
{
    const kd_obs *a = pa, *b = pb;
    if (a->var != b->var)
        return a->var < b->var ? -1 : 1;
    if (a->combo != b->combo) {
        int c = strcmp(a->combo, b->combo);
        if (c)
            return c;
    }
    if (a->area != b->area)
        return a->area < b->area ? -1 : 1;
    if (a->year != b->year)
        return a->year < b->year ? -1 : 1;
    if (a->sub != b->sub)
        return a->sub < b->sub ? -1 : 1;
    return a->line < b->line ? -1 : a->line > b->line;
}

/* The pairs of a combo, pointing into buf (a copy the caller frees). */
static size_t
split_combo(const char *combo, char **buf, char **dims, char **vals, size_t cap)
{
    *buf = charta_strdup(combo);
    if (!*buf)
        return 0;
    size_t n = 0;
    for (char *p = *buf; *p && n < cap;) {
        char *kv = strchr(p, KD_KV), *end = strchr(p, KD_PAIR);
        if (!kv || !end)
            break;
        *kv = *end = '\0';
        dims[n] = p;
        vals[n++] = kv + 1;
        p = end + 1;
    }
    return n;
}

enum { KD_MAX_DIMS = 32 };

/* One variable's distinct combos and the dataset variable of each. */
typedef struct kd_part {
    const char *combo;
    int dsvar;
} kd_part;

/* The value of dimension dim in a combo ("" when it is not there). */
static const char *
combo_value(const char *combo, const char *dim, char *out, size_t size)
{
    size_t dl = strlen(dim);
    for (const char *p = combo; *p;) {
        const char *kv = strchr(p, KD_KV), *end = strchr(p, KD_PAIR);
        if (!kv || !end)
            break;
        if ((size_t)(kv - p) == dl && memcmp(p, dim, dl) == 0) {
            snprintf(out, size, "%.*s", (int)(end - kv - 1), kv + 1);
            return out;
        }
        p = end + 1;
    }
    out[0] = '\0';
    return out;
}

/* Declare spec variable v and its parts: *parts gets one entry per distinct combo of
 * obs[0..n) (sorted by combo). false after reporting a problem that stops the file. */
static bool
declare(kd_ctx *k, int v, const kd_obs *obs, size_t n, kd_part **parts_out, size_t *np_out)
{
    const charta_var_spec *vs = &k->spec->vars[v];
    size_t np = 0;
    for (size_t i = 0; i < n; i++)
        np += i == 0 || obs[i].combo != obs[i - 1].combo;
    kd_part *parts = calloc(np ? np : 1, sizeof *parts);
    if (!parts) {
        nomem(k);
        return false;
    }
    *parts_out = parts;
    *np_out = np;
    np = 0;
    for (size_t i = 0; i < n; i++)
        if (i == 0 || obs[i].combo != obs[i - 1].combo)
            parts[np++] = (kd_part){obs[i].combo, -1};
    /* the dimensions whose value changes among the parts break the variable down */
    char *buf0 = NULL, *dims0[KD_MAX_DIMS], *vals0[KD_MAX_DIMS];
    size_t nd = split_combo(parts[0].combo, &buf0, dims0, vals0, KD_MAX_DIMS);
    bool varies[KD_MAX_DIMS] = {false};
    /* room for any value of a combo, uncut (parts that differ only past a cut would be
     * one part) */
    size_t cap = 1;
    for (size_t i = 0; i < np; i++)
        if (strlen(parts[i].combo) >= cap)
            cap = strlen(parts[i].combo) + 1;
    char *a = malloc(cap);
    /* a column that only names the area again (Open SDG's `land` beside `GeoCode`):
     * one value per area, over two areas or more, is no breakdown either */
    size_t na = charta_dataset_area_count(k->ds);
    const char **per_area = calloc(na ? na : 1, sizeof *per_area);
    if (!a || !per_area) {
        free(a);
        free(per_area);
        free(buf0);
        nomem(k);
        return false;
    }
    for (size_t d = 0; d < nd; d++)
        for (size_t i = 1; i < np && !varies[d]; i++)
            varies[d] = strcmp(combo_value(parts[i].combo, dims0[d], a, cap), vals0[d]) != 0;
    for (size_t d = 0; d < nd; d++) {
        if (!varies[d])
            continue;
        memset(per_area, 0, (na ? na : 1) * sizeof *per_area);
        size_t areas = 0;
        bool bound = true;
        for (size_t i = 0; i < n && bound; i++) {
            const char *val =
                charta_strpool_intern(k->pool, combo_value(obs[i].combo, dims0[d], a, cap));
            if (!val || (size_t)obs[i].area >= na) {
                bound = false;
            } else if (!per_area[obs[i].area]) {
                per_area[obs[i].area] = val;
                areas++;
            } else {
                bound = per_area[obs[i].area] == val;
            }
        }
        if (bound && areas >= 2)
            varies[d] = false;
    }
    free(per_area);
    int total = charta_dataset_add_variable(k->ds, vs->name, vs->unit, k->spec->name,
                                            vs->aggregate);
    if (total < 0) {
        free(buf0);
        free(a);
        if (total == -2) {
            nomem(k);
            return false;
        }
        k->st = charta_diag_error(k->diags, CHARTA_ERR_SCRIPT, k->spec->decl_file, vs->line, 0,
                                  "variable '%s' is declared by more than one source", vs->name);
        k->stopped = true;
        return false;
    }
    if (vs->tolerance > 0)
        charta_dataset_set_tolerance(k->ds, total, vs->tolerance);
    bool have_total = false;
    for (size_t i = 0; i < np; i++) {
        const char *keys[KD_MAX_DIMS], *vals[KD_MAX_DIMS];
        size_t m = 0;
        charta_buf name = {0};
        charta_buf_printf(&name, "%s{", vs->name);
        for (size_t d = 0; d < nd; d++) {
            if (!varies[d])
                continue;
            const char *val = combo_value(parts[i].combo, dims0[d], a, cap);
            if (charta_dim_is_total(val))
                continue;
            keys[m] = dims0[d];
            vals[m] = charta_strpool_intern(k->pool, val);
            charta_buf_printf(&name, "%s%s=%s", m ? "," : "", keys[m], val);
            m++;
        }
        charta_buf_puts(&name, "}");
        if (m == 0) {
            parts[i].dsvar = total;
            have_total = true;
        } else {
            /* keys are in dimension order already: combos are sorted by dimension; two
             * combos that differ only in a column naming the area share one part */
            int pv = name.data ? charta_dataset_find_variable(k->ds, name.data) : -2;
            if (pv >= 0) {
                parts[i].dsvar = pv;
                charta_buf_free(&name);
                continue;
            }
            pv = name.data ? charta_dataset_add_variable(k->ds, name.data, vs->unit,
                                                         k->spec->name, vs->aggregate)
                           : -2;
            if (pv >= 0 && vs->tolerance > 0)
                charta_dataset_set_tolerance(k->ds, pv, vs->tolerance);
            if (pv < 0 || charta_dataset_set_breakdown(k->ds, pv, total, keys, vals, m) !=
                              CHARTA_OK) {
                charta_buf_free(&name);
                free(buf0);
                free(a);
                nomem(k);
                return false;
            }
            parts[i].dsvar = pv;
        }
        charta_buf_free(&name);
    }
    if (!have_total) {
        charta_buf dl = {0};
        for (size_t d = 0; d < nd; d++)
            if (varies[d])
                charta_buf_printf(&dl, "%s'%s'", dl.len ? ", " : "", dims0[d]);
        charta_diag_warning(k->diags, k->spec->decl_file, vs->line, 0,
                            "variable '%s': %s has no total in the file (no row or series where "
                            "%s is blank or _T), so d.%s has no values; read a part with "
                            "d.%s{ ... } or narrow the variable with series = { ... }",
                            vs->name, k->file, dl.data ? dl.data : _("the breakdown"), vs->name,
                            vs->name);
        charta_buf_free(&dl);
    }
    free(buf0);
    free(a);
    return true;
}

/* Put the observations of one cell (one part, area and year: obs[0..n), sorted by
 * period) into the dataset. */
static void
put_cell(kd_ctx *k, int dsvar, const kd_obs *o, size_t n, bool *told)
{
    const charta_var_spec *vs = &k->spec->vars[o->var];
    size_t annual = 0;
    for (size_t i = 0; i < n; i++)
        annual += o[i].sub == 0;
    if (annual) { /* a value for the whole year wins over its months */
        for (size_t i = 0; i < n; i++)
            if (o[i].sub == 0 &&
                charta_dataset_put(k->ds, dsvar, o[i].area, o[i].year, o[i].value, o[i].status,
                                   k->input, o[i].line) != CHARTA_OK)
                nomem(k);
        return;
    }
    if (vs->period == CHARTA_PERIOD_NONE) {
        if (!*told) {
            k->st = charta_diag_error(
                k->diags, CHARTA_ERR_SCRIPT, k->spec->decl_file, vs->line, 0,
                "variable '%s': %s has values for parts of a year (line %d: a %s of %d); "
                "declare how they make a year: period = \"mean\" (or \"sum\", \"min\", "
                "\"max\", \"last\", \"count\")",
                vs->name, k->file, o->line,
                o->n_sub == 12  ? _("month")
                : o->n_sub == 4 ? _("quarter")
                : o->n_sub == 2 ? _("half-year")
                : o->n_sub == 52 ? _("week")
                                 : _("day"),
                o->year);
            *told = true;
        }
        return;
    }
    int n_sub = 0; /* how many periods the year has */
    for (size_t i = 0; i < n; i++)
        if (o[i].n_sub > n_sub)
            n_sub = o[i].n_sub;
    double sum = 0, lo = INFINITY, hi = -INFINITY, last = NAN;
    size_t have = 0;
    char st = CHARTA_ST_NORMAL;
    for (size_t i = 0; i < n; i++) {
        if (charta_status_is_missing(o[i].status))
            continue;
        have++;
        sum += o[i].value;
        lo = o[i].value < lo ? o[i].value : lo;
        hi = o[i].value > hi ? o[i].value : hi;
        last = o[i].value;
        st = charta_status_worst(st, o[i].status);
    }
    double share = vs->complete > 0 ? vs->complete : 1;
    double v = NAN;
    if (vs->period == CHARTA_PERIOD_COUNT) {
        v = (double)have;
    } else if (have) {
        switch (vs->period) {
        case CHARTA_PERIOD_MEAN: v = sum / (double)have; break;
        case CHARTA_PERIOD_SUM: v = sum; break;
        case CHARTA_PERIOD_MIN: v = lo; break;
        case CHARTA_PERIOD_MAX: v = hi; break;
        case CHARTA_PERIOD_LAST: v = last; break;
        default: break;
        }
    }
    /* the share counts the periods that have a value, each once however many readings
     * it has (o is sorted by period) */
    size_t valued = 0;
    int counted = -1;
    for (size_t i = 0; i < n; i++)
        if (!charta_status_is_missing(o[i].status) && o[i].sub != counted) {
            valued++;
            counted = o[i].sub;
        }
    if (n_sub > 0 && (double)valued < share * (double)n_sub - 1e-9) {
        if (vs->incomplete_missing)
            st = CHARTA_ST_MISSING;
        else
            st = charta_status_worst(st, CHARTA_ST_LOWREL);
    }
    if (!isfinite(v))
        st = CHARTA_ST_MISSING;
    if (charta_dataset_put(k->ds, dsvar, o->area, o->year, v, st, k->input, o->line) !=
        CHARTA_OK)
        nomem(k);
}

charta_status
charta_kd_finish(kd_ctx *k)
{
    const charta_source_spec *s = k->spec;
    if (k->stopped)
        return k->st;
    if (k->n_obs) /* k->obs is NULL without observations, which qsort may not take */
        qsort(k->obs, k->n_obs, sizeof *k->obs, obs_cmp);
    size_t i = 0;
    for (size_t v = 0; v < s->n_vars && !k->stopped; v++) {
        size_t from = i;
        while (i < k->n_obs && k->obs[i].var == (int)v)
            i++;
        if (i == from) {
            /* declared, but nothing in the file selected it */
            int dv = charta_dataset_add_variable(k->ds, s->vars[v].name, s->vars[v].unit,
                                                 s->name, s->vars[v].aggregate);
            if (dv == -2)
                nomem(k);
            else if (dv == -1)
                k->st = charta_diag_error(k->diags, CHARTA_ERR_SCRIPT, s->decl_file,
                                          s->vars[v].line, 0,
                                          "variable '%s' is declared by more than one source",
                                          s->vars[v].name);
            else if (k->errors == 0) /* after data errors, they are why: said already */
                k->st = charta_diag_error(
                    k->diags, CHARTA_ERR_DATA, s->decl_file, s->vars[v].line, 0,
                    "variable '%s': no series of %s matches its selection (series = ...)",
                    s->vars[v].name, k->file);
            continue;
        }
        kd_part *parts = NULL;
        size_t np = 0;
        if (!declare(k, (int)v, k->obs + from, i - from, &parts, &np)) {
            free(parts);
            break;
        }
        bool told = false;
        size_t p = 0;
        for (size_t j = from; j < i && !k->stopped;) {
            while (parts[p].combo != k->obs[j].combo)
                p++;
            size_t e = j + 1;
            while (e < i && k->obs[e].combo == k->obs[j].combo &&
                   k->obs[e].area == k->obs[j].area && k->obs[e].year == k->obs[j].year)
                e++;
            put_cell(k, parts[p].dsvar, k->obs + j, e - j, &told);
            j = e;
        }
        free(parts);
    }
    charta_dataset_set_input_passed(k->ds, k->input, k->unmatched, k->other_areas);
    for (size_t j = 0; j < k->n_signs; j++)
        if (charta_dataset_add_input_sign(k->ds, k->input, k->sign[j], k->sign_n[j]) !=
            CHARTA_OK)
            nomem(k);
    if (k->first_unmatched && !k->stopped) {
        char *buf = NULL, *dims[KD_MAX_DIMS], *vals[KD_MAX_DIMS];
        size_t nd = split_combo(k->first_unmatched, &buf, dims, vals, KD_MAX_DIMS);
        charta_buf key = {0};
        for (size_t d = 0; d < nd; d++)
            charta_buf_printf(&key, "%s%s=%s", d ? ", " : "", dims[d], vals[d]);
        charta_diag_warning(k->diags, s->decl_file, s->decl_line, 0,
                            "source '%s': %ld observations of %s belong to series that no "
                            "variable selects (the first at line %d: %s); they are not read. "
                            "Nothing to do unless you need them: then declare a variable with "
                            "series = { ... }",
                            s->name, k->unmatched, k->file, k->first_unmatched_line,
                            key.data ? key.data : _("no dimensions"));
        charta_buf_free(&key);
        free(buf);
    }
    return k->st;
}
