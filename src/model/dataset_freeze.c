/* dataset_freeze.c: from observations to frozen matrices: parents resolved
 * (dataset_parents.c), areas ordered depth first, duplicates checked, parents
 * aggregated from their parts. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charta/dataset.h"
#include "charta/i18n.h"
#include "charta/util.h"
#include "dataset_internal.h"

/* --- freeze ------------------------------------------------------------- */

/* Depth-first order, roots and children in insertion order, the subject
 * area's tree first. Fills order[new] = old. */
static charta_status
order_areas(charta_dataset *ds, int root_old, int *order)
{
    size_t n = ds->n_areas;
    int *count = calloc(n + 1, sizeof *count), *start = calloc(n + 1, sizeof *start);
    int *list = malloc((n ? n : 1) * sizeof *list), *stack = malloc((n ? n : 1) * sizeof *stack);
    charta_status st = CHARTA_OK;
    if (!count || !start || !list || !stack) {
        st = CHARTA_ERR_NOMEM;
        goto cleanup;
    }
    for (size_t i = 0; i < n; i++)
        if (ds->areas[i].parent >= 0)
            count[ds->areas[i].parent]++;
    for (size_t i = 0; i < n; i++)
        start[i + 1] = start[i] + count[i];
    memset(count, 0, (n + 1) * sizeof *count);
    for (size_t i = 0; i < n; i++) {
        int p = ds->areas[i].parent;
        if (p >= 0)
            list[start[p] + count[p]++] = (int)i;
    }
    size_t out = 0;
    for (int pass = 0; pass < 2; pass++) {
        for (size_t r = 0; r < n; r++) {
            if (ds->areas[r].parent >= 0)
                continue;
            if ((pass == 0) != ((int)r == root_old))
                continue;
            size_t sp = 0;
            stack[sp++] = (int)r;
            while (sp) {
                int a = stack[--sp];
                order[out++] = a;
                for (int k = start[a + 1] - 1; k >= start[a]; k--)
                    stack[sp++] = list[k];
            }
        }
    }
cleanup:
    free(count);
    free(start);
    free(list);
    free(stack);
    return st;
}

/* The aggregate of area's children in year y, its status into *st_out (M
 * when a child is missing). A sum or mean beyond the largest double is
 * missing too, and sets *overflow. */
static double
agg_children(const charta_dataset *ds, const var_rec *v, size_t area, size_t y, char *st_out,
             bool *overflow)
{
    int from = ds->child_start[area], to = ds->child_start[area + 1];
    size_t ny = ds->year_count;
    double acc = 0, wsum = 0;
    char st = 'A';
    for (int k = from; k < to; k++) {
        size_t c = (size_t)ds->child_list[k] * ny + y;
        char cs = v->status[c];
        if (charta_status_is_missing(cs)) {
            *st_out = 'M';
            return NAN;
        }
        st = charta_status_worst(st, cs);
        double x = v->values[c];
        switch (v->aggregate) {
        case CHARTA_AGG_SUM:
            acc += x;
            break;
        case CHARTA_AGG_MEAN:
            if (v->weight_var >= 0) {
                const var_rec *w = &ds->vars[v->weight_var];
                if (charta_status_is_missing(w->status[c])) {
                    *st_out = 'M';
                    return NAN;
                }
                acc += x * w->values[c];
                wsum += w->values[c];
            } else {
                acc += x;
                wsum += 1;
            }
            break;
        case CHARTA_AGG_MIN:
            acc = k == from || x < acc ? x : acc;
            break;
        case CHARTA_AGG_MAX:
            acc = k == from || x > acc ? x : acc;
            break;
        case CHARTA_AGG_NONE:
            break;
        }
    }
    if (v->aggregate == CHARTA_AGG_MEAN) {
        if (wsum == 0) {
            *st_out = 'M';
            return NAN;
        }
        acc /= wsum;
    }
    if (!isfinite(acc)) {
        *overflow = true;
        *st_out = 'M';
        return NAN;
    }
    *st_out = st;
    return acc;
}

/* The cells a warning names: the first few in display order (area, then year). */
enum { SHOWN = 3 };
typedef struct cell_list {
    size_t n;
    size_t area[SHOWN], year[SHOWN];
    char text[SHOWN][200];
} cell_list;

/* Keep (area, year) with its text when it is among the SHOWN first. Cells may come in
 * any order. */
static void
cells_keep(cell_list *l, size_t area, size_t year, const char *text)
{
    size_t at = l->n < SHOWN ? l->n : SHOWN;
    while (at > 0 && (l->area[at - 1] > area || (l->area[at - 1] == area && l->year[at - 1] > year)))
        at--;
    if (at < SHOWN) {
        for (size_t k = SHOWN - 1; k > at; k--) {
            l->area[k] = l->area[k - 1];
            l->year[k] = l->year[k - 1];
            memcpy(l->text[k], l->text[k - 1], sizeof l->text[k]);
        }
        l->area[at] = area;
        l->year[at] = year;
        snprintf(l->text[at], sizeof l->text[at], "%s", text);
    }
    l->n++;
}

/* "a; b; c and 4 more" */
static void
cells_put(charta_buf *b, const cell_list *l)
{
    for (size_t i = 0; i < l->n && i < SHOWN; i++)
        charta_buf_printf(b, "%s%s", i ? "; " : "", l->text[i]);
    if (l->n > SHOWN)
        charta_buf_printf(b, _(" and %zu more"), l->n - SHOWN);
}

/* "variable 'x' (city.lua:14)"; a part of a breakdown is declared with its total */
static void
var_decl(charta_buf *b, const charta_dataset *ds, const var_rec *v)
{
    const var_rec *d = v->decl_file || v->total < 0 ? v : &ds->vars[v->total];
    charta_buf_printf(b, _("variable '%s'"), d->name);
    if (d->decl_file)
        charta_buf_printf(b, " (%s:%d)", d->decl_file, d->decl_line);
}

/* The smallest relative tolerance of two significant digits at or above x (> 0). */
static double
tolerance_for(double x)
{
    double step = pow(10, floor(log10(x)) - 1);
    return ceil(x / step - 1e-9) * step;
}

/* Parents from their parts, bottom up; a value the source gave wins, and a
 * disagreement beyond the tolerance is summarised in one warning at the data line of
 * the first one, naming the cells and the keys that widen or end the check. */
static void
aggregate_var(charta_dataset *ds, var_rec *v, const uint8_t *given, const int32_t *line,
              const uint8_t *input, charta_diags *diags)
{
    if (v->aggregate == CHARTA_AGG_NONE)
        return;
    size_t ny = ds->year_count;
    cell_list differ = {0}, overflowed = {0};
    char text[200];
    double worst = 0; /* the largest relative difference */
    for (size_t k = ds->n_areas; k-- > 0;) {
        if (ds->child_start[k] == ds->child_start[k + 1])
            continue;
        const char *code = ds->areas[k].code, *name = ds->areas[k].name;
        for (size_t y = 0; y < ny; y++) {
            size_t c = k * ny + y;
            char st;
            bool overflow = false;
            double x = agg_children(ds, v, k, y, &st, &overflow);
            int year = ds->year_first + (int)y;
            /* a missing sign is no value: the parts fill it (a secret C stays) */
            if (!given[c] || v->status[c] == CHARTA_ST_MISSING) {
                v->values[c] = x;
                v->status[c] = st;
                if (overflow) {
                    snprintf(text, sizeof text, "%s%s%s %d", code, name ? " " : "",
                             name ? name : "", year);
                    cells_keep(&overflowed, k, y, text);
                }
            } else if (!charta_status_is_missing(st) && !charta_status_is_missing(v->status[c])) {
                double g = v->values[c], scale = fabs(g) > fabs(x) ? fabs(g) : fabs(x);
                if (fabs(g - x) > v->tolerance * scale && fabs(g - x) > 1e-9) {
                    char a[32], b[32];
                    if (fabs(g - x) / scale > worst)
                        worst = fabs(g - x) / scale;
                    snprintf(text, sizeof text, "%s%s%s %d (given %s, parts %s)", code,
                             name ? " " : "", name ? name : "", year, charta_format_double(g, a),
                             charta_format_double(x, b));
                    cells_keep(&differ, k, y, text);
                }
            }
        }
    }
    const char *what = v->aggregate == CHARTA_AGG_SUM ? _("sum") : _("aggregate");
    if (differ.n) {
        size_t c = differ.area[0] * ny + differ.year[0];
        const char *file = input[c] < ds->n_inputs ? ds->inputs[input[c]].path : NULL;
        charta_buf cells = {0}, decl = {0};
        cells_put(&cells, &differ);
        var_decl(&decl, ds, v);
        char tol[32], most[32], wider[32];
        charta_diag_warning(diags, file, file ? line[c] : 0, 0,
                            charta_trn("variable '%s': %zu parent value differs from the %s of "
                                       "its parts by more than %s %% (by up to %s %%): %s; the "
                                       "report keeps the given value. If the parts do not make "
                                       "the whole by design (parts missing from the file, "
                                       "rounding), set tolerance = %s or aggregate = \"none\" "
                                       "(no sums, no check) in %s",
                                       "variable '%s': %zu parent values differ from the %s of "
                                       "their parts by more than %s %% (by up to %s %%): %s; the "
                                       "report keeps the given values. If the parts do not make "
                                       "the whole by design (parts missing from the file, "
                                       "rounding), set tolerance = %s or aggregate = \"none\" "
                                       "(no sums, no check) in %s",
                                       differ.n),
                            v->name, differ.n, what,
                            charta_format_double(v->tolerance * 100, tol),
                            charta_format_double(round(worst * 1000) / 10, most),
                            cells.data ? cells.data : "",
                            charta_format_double(tolerance_for(worst), wider),
                            decl.data ? decl.data : "");
        charta_buf_free(&cells);
        charta_buf_free(&decl);
    }
    if (overflowed.n) {
        charta_buf cells = {0}, decl = {0};
        cells_put(&cells, &overflowed);
        var_decl(&decl, ds, v);
        charta_diag_warning(diags, v->decl_file, v->decl_line, 0,
                            charta_trn("variable '%s': %zu parent value is missing because the "
                                       "%s of the parts is beyond the largest number (1.8e308): "
                                       "%s; it stays empty in the report. Check the values and "
                                       "the scale of %s",
                                       "variable '%s': %zu parent values are missing because the "
                                       "%s of the parts is beyond the largest number (1.8e308): "
                                       "%s; they stay empty in the report. Check the values and "
                                       "the scale of %s",
                                       overflowed.n),
                            v->name, overflowed.n, what, cells.data ? cells.data : "",
                            decl.data ? decl.data : "");
        charta_buf_free(&cells);
        charta_buf_free(&decl);
    }
}

static charta_status
build_var(charta_dataset *ds, var_rec *v, const int *new_index, charta_diags *diags)
{
    size_t ny = ds->year_count, cells = ds->n_areas * ny;
    v->values = malloc((cells ? cells : 1) * sizeof *v->values);
    v->status = malloc(cells ? cells : 1);
    uint8_t *given = calloc(cells ? cells : 1, 1);
    int32_t *line = malloc((cells ? cells : 1) * sizeof *line);
    uint8_t *input = malloc(cells ? cells : 1);
    charta_status st = CHARTA_OK;
    if (!v->values || !v->status || !given || !line || !input) {
        st = CHARTA_ERR_NOMEM;
        goto cleanup;
    }
    for (size_t i = 0; i < cells; i++) {
        v->values[i] = NAN;
        v->status[i] = CHARTA_ST_MISSING;
    }
    size_t repeats = 0, conflicts = 0;
    for (size_t i = 0; i < v->n_obs; i++) {
        const obs *o = &v->obs[i];
        size_t c = (size_t)new_index[o->area] * ny + (size_t)(o->year - ds->year_first);
        if (given[c]) {
            bool same = o->status == v->status[c] &&
                        (charta_status_is_missing(o->status) || o->value == v->values[c]);
            const char *f1 = input[c] < ds->n_inputs ? ds->inputs[input[c]].path : NULL;
            const char *f2 = o->input < ds->n_inputs ? ds->inputs[o->input].path : NULL;
            bool other = f1 && f2 && strcmp(f1, f2) != 0;
            if (same) {
                if (!repeats++)
                    charta_diag_warning(diags, f2, o->line, 0,
                                        "variable '%s', area '%s', %d: repeats the value of "
                                        "%s%s%d; it counts once, so nothing changes in the "
                                        "report (leave the repeated row out to silence this)",
                                        v->name, ds->areas[o->area].code, o->year,
                                        other ? f1 : "line ", other ? ":" : "", line[c]);
            } else if (conflicts++ < 5) {
                char a[32], b[32];
                st = charta_diag_error(
                    diags, CHARTA_ERR_DATA, f2, o->line, 0,
                    "variable '%s', area '%s', %d: value %s conflicts with %s given at %s:%d",
                    v->name, ds->areas[o->area].code, o->year,
                    charta_status_is_missing(o->status) ? _("(missing)")
                                                         : charta_format_double(o->value, a),
                    charta_status_is_missing(v->status[c]) ? _("(missing)")
                                                           : charta_format_double(v->values[c], b),
                    f1 ? f1 : "?", line[c]);
            }
            continue;
        }
        given[c] = 1;
        line[c] = o->line;
        input[c] = o->input;
        v->values[c] = o->value;
        v->status[c] = o->status;
    }
    if (repeats > 1)
        charta_diag_note(diags, NULL, 0, 0, "variable '%s': %zu repeated values in all", v->name,
                         repeats);
    free(v->obs);
    v->obs = NULL;
    v->n_obs = v->cap_obs = 0;
    if (st == CHARTA_OK) {
        aggregate_var(ds, v, given, line, input, diags);
        charta_dataset_apply_breaks(ds, v);
    }
cleanup:
    free(given);
    free(line);
    free(input);
    return st;
}

charta_status
charta_dataset_freeze(charta_dataset *ds, const charta_freeze_opts *opts, charta_diags *diags)
{
    if (ds->frozen)
        return CHARTA_OK;
    /* a break in a variable's series is a break in each part of its breakdown */
    for (size_t i = 0; i < ds->n_vars; i++) {
        int t = ds->vars[i].total;
        for (size_t k = 0; t >= 0 && k < ds->vars[t].n_breaks; k++)
            if (charta_dataset_add_break(ds, (int)i, ds->vars[t].breaks[k]) != CHARTA_OK)
                return CHARTA_ERR_NOMEM;
    }
    charta_status st = charta_dataset_apply_changes(ds, diags);
    if (st != CHARTA_OK)
        return st;
    st = charta_dataset_resolve_parents(ds, diags);
    if (st != CHARTA_OK)
        return st;
    size_t n = ds->n_areas;
    int root_old = opts && opts->root_code ? charta_dataset_find_area(ds, opts->root_code) : -1;
    int *order = malloc((n ? n : 1) * sizeof *order);
    int *new_index = malloc((n ? n : 1) * sizeof *new_index);
    area_rec *sorted = malloc((n ? n : 1) * sizeof *sorted);
    if (!order || !new_index || !sorted) {
        st = CHARTA_ERR_NOMEM;
        goto cleanup;
    }
    if ((st = order_areas(ds, root_old, order)) != CHARTA_OK)
        goto cleanup;
    for (size_t i = 0; i < n; i++)
        new_index[order[i]] = (int)i;
    for (size_t i = 0; i < n; i++) {
        sorted[i] = ds->areas[order[i]];
        if (sorted[i].parent >= 0)
            sorted[i].parent = new_index[sorted[i].parent];
        sorted[i].level = sorted[i].parent >= 0 ? sorted[sorted[i].parent].level + 1 : 0;
    }
    if ((st = charta_dataset_mark_alternatives(ds, sorted, order, diags)) != CHARTA_OK)
        goto cleanup;
    /* years: the data and the window */
    int ymin = opts && opts->year_first ? opts->year_first : 0;
    int ymax = opts && opts->year_last ? opts->year_last : 0;
    for (size_t v = 0; v < ds->n_vars; v++)
        for (size_t i = 0; i < ds->vars[v].n_obs; i++) {
            int y = ds->vars[v].obs[i].year;
            if (!ymin || y < ymin)
                ymin = y;
            if (!ymax || y > ymax)
                ymax = y;
        }
    if (!ymin)
        ymin = ymax = 2000;
    if (ymax < ymin)
        ymax = ymin;
    ds->year_first = ymin;
    ds->year_count = (size_t)(ymax - ymin + 1);
    /* children lists in display order */
    ds->child_start = calloc(n + 1, sizeof *ds->child_start);
    ds->child_list = malloc((n ? n : 1) * sizeof *ds->child_list);
    if (!ds->child_start || !ds->child_list) {
        st = CHARTA_ERR_NOMEM;
        goto cleanup;
    }
    for (size_t i = 0; i < n; i++)
        if (sorted[i].parent >= 0 && !sorted[i].alternative)
            ds->child_start[sorted[i].parent + 1]++;
    for (size_t i = 0; i < n; i++)
        ds->child_start[i + 1] += ds->child_start[i];
    {
        int *fill = calloc(n + 1, sizeof *fill);
        if (!fill) {
            st = CHARTA_ERR_NOMEM;
            goto cleanup;
        }
        for (size_t i = 0; i < n; i++) {
            int p = sorted[i].parent;
            if (p >= 0 && !sorted[i].alternative)
                ds->child_list[ds->child_start[p] + fill[p]++] = (int)i;
        }
        free(fill);
    }
    if (n)
        memcpy(ds->areas, sorted, n * sizeof *sorted);
    ds->root = root_old >= 0 ? new_index[root_old] : (n ? 0 : -1);
    charta_hashtab_free(&ds->by_code);
    charta_hashtab_free(&ds->by_name);
    if (n &&
        (!charta_hashtab_rebuild(&ds->by_code, n) || !charta_hashtab_rebuild(&ds->by_name, n))) {
        st = CHARTA_ERR_NOMEM;
        goto cleanup;
    }
    /* weights first, so a weighted mean sees aggregated weights */
    for (int pass = 0; pass < 2; pass++)
        for (size_t v = 0; v < ds->n_vars; v++) {
            bool is_weight = false;
            for (size_t w = 0; w < ds->n_vars; w++)
                if (ds->vars[w].weight_var == (int)v)
                    is_weight = true;
            if (is_weight != (pass == 0))
                continue;
            charta_status s = build_var(ds, &ds->vars[v], new_index, diags);
            if (s != CHARTA_OK && st == CHARTA_OK)
                st = s;
            if (s == CHARTA_ERR_NOMEM)
                goto cleanup;
        }
    /* public views */
    ds->pub_areas = malloc((n ? n : 1) * sizeof *ds->pub_areas);
    ds->pub_vars = malloc((ds->n_vars ? ds->n_vars : 1) * sizeof *ds->pub_vars);
    ds->pub_inputs = malloc((ds->n_inputs ? ds->n_inputs : 1) * sizeof *ds->pub_inputs);
    if (!ds->pub_areas || !ds->pub_vars || !ds->pub_inputs) {
        st = CHARTA_ERR_NOMEM;
        goto cleanup;
    }
    for (size_t i = 0; i < n; i++)
        ds->pub_areas[i] = (charta_area){.code = ds->areas[i].code,
                                         .name = ds->areas[i].name ? ds->areas[i].name
                                                                   : ds->areas[i].code,
                                         .parent = ds->areas[i].parent,
                                         .level = ds->areas[i].level,
                                         .given_parent = ds->areas[i].given_parent,
                                         .alternative = ds->areas[i].alternative};
    for (size_t i = 0; i < ds->n_vars; i++) {
        const var_rec *v = &ds->vars[i];
        ds->pub_vars[i] = (charta_variable){.name = v->name,
                                            .unit = v->unit,
                                            .source = v->source,
                                            .aggregate = v->aggregate,
                                            .weight_var = v->weight_var,
                                            .tolerance = v->tolerance,
                                            .decl_file = v->decl_file,
                                            .decl_line = v->decl_line,
                                            .values = v->values,
                                            .status = v->status,
                                            .total = v->total,
                                            .n_parts = v->n_parts,
                                            .n_dims = v->n_dims,
                                            .dim_keys = (const char *const *)v->dim_keys,
                                            .dim_vals = (const char *const *)v->dim_vals};
    }
    for (size_t i = 0; i < ds->n_inputs; i++)
        ds->pub_inputs[i] = (charta_input){.path = ds->inputs[i].path,
                                           .source = ds->inputs[i].source,
                                           .rows = ds->inputs[i].rows,
                                           .as_of = ds->inputs[i].as_of,
                                           .publisher = ds->inputs[i].publisher,
                                           .attribution = ds->inputs[i].attribution,
                                           .licence = ds->inputs[i].licence,
                                           .licence_text = ds->inputs[i].licence_text,
                                           .footnotes =
                                               (const char *const *)ds->inputs[i].footnotes,
                                           .n_footnotes = ds->inputs[i].n_footnotes,
                                           .unmatched = ds->inputs[i].unmatched,
                                           .other_areas = ds->inputs[i].other_areas,
                                           .signs = (const char *const *)ds->inputs[i].signs,
                                           .sign_counts = ds->inputs[i].sign_counts,
                                           .n_signs = ds->inputs[i].n_signs,
                                           .title = ds->inputs[i].title,
                                           .table = ds->inputs[i].table};
    if (st == CHARTA_OK && !charta_dataset_notes_freeze(ds, new_index))
        st = CHARTA_ERR_NOMEM;
    ds->frozen = st == CHARTA_OK;
cleanup:
    free(order);
    free(new_index);
    free(sorted);
    return st;
}

bool
charta_dataset_frozen(const charta_dataset *ds)
{
    return ds->frozen;
}

size_t
charta_dataset_area_count(const charta_dataset *ds)
{
    return ds->n_areas;
}

const charta_area *
charta_dataset_area(const charta_dataset *ds, size_t i)
{
    return i < ds->n_areas && ds->pub_areas ? &ds->pub_areas[i] : NULL;
}

int
charta_dataset_root(const charta_dataset *ds)
{
    return ds->root;
}

int
charta_dataset_year_first(const charta_dataset *ds)
{
    return ds->year_first;
}

size_t
charta_dataset_year_count(const charta_dataset *ds)
{
    return ds->year_count;
}

size_t
charta_dataset_variable_count(const charta_dataset *ds)
{
    return ds->n_vars;
}

const charta_variable *
charta_dataset_variable(const charta_dataset *ds, size_t i)
{
    return i < ds->n_vars && ds->pub_vars ? &ds->pub_vars[i] : NULL;
}

size_t
charta_dataset_input_count(const charta_dataset *ds)
{
    return ds->n_inputs;
}

const charta_input *
charta_dataset_input(const charta_dataset *ds, size_t i)
{
    return i < ds->n_inputs && ds->pub_inputs ? &ds->pub_inputs[i] : NULL;
}

const int *
charta_dataset_children(const charta_dataset *ds, size_t area, size_t *n)
{
    *n = (size_t)(ds->child_start[area + 1] - ds->child_start[area]);
    return ds->child_list + ds->child_start[area];
}
