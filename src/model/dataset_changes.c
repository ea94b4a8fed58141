/* dataset_changes.c: territorial reforms and series breaks. An area code
 * change merges the old code's observations into the new code's series
 * before the parents are resolved; a break marks the cells of its year B once
 * the matrices are built (dataset.h). */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charta/dataset.h"
#include "charta/i18n.h"
#include "charta/util.h"
#include "dataset_internal.h"

/* --- build phase ---------------------------------------------------------- */

charta_status
charta_dataset_add_area_change(charta_dataset *ds, const char *old_code, const char *new_code,
                               int year)
{
    if (strcmp(old_code, new_code) == 0)
        return CHARTA_ERR_USAGE;
    for (size_t i = 0; i < ds->n_changes; i++)
        if (strcmp(ds->changes[i].old_code, old_code) == 0)
            return CHARTA_ERR_USAGE;
    if (ds->n_changes == ds->cap_changes) {
        size_t cap = ds->cap_changes ? ds->cap_changes * 2 : 8;
        change_rec *p = realloc(ds->changes, cap * sizeof *p);
        if (!p)
            return CHARTA_ERR_NOMEM;
        ds->changes = p;
        ds->cap_changes = cap;
    }
    change_rec *c = &ds->changes[ds->n_changes];
    memset(c, 0, sizeof *c);
    c->old_code = charta_strdup(old_code);
    c->new_code = charta_strdup(new_code);
    if (!c->old_code || !c->new_code) {
        free(c->old_code);
        free(c->new_code);
        return CHARTA_ERR_NOMEM;
    }
    c->pub = (charta_area_change){
        .old_code = c->old_code, .new_code = c->new_code, .old_name = c->old_code, .year = year};
    ds->n_changes++;
    return CHARTA_OK;
}

size_t
charta_dataset_area_change_count(const charta_dataset *ds)
{
    return ds->n_changes;
}

const charta_area_change *
charta_dataset_area_change(const charta_dataset *ds, size_t i)
{
    return i < ds->n_changes ? &ds->changes[i].pub : NULL;
}

charta_status
charta_dataset_add_break(charta_dataset *ds, int var, int year)
{
    var_rec *v = &ds->vars[var];
    size_t k = 0;
    while (k < v->n_breaks && v->breaks[k] < year)
        k++;
    if (k < v->n_breaks && v->breaks[k] == year)
        return CHARTA_OK;
    int *p = realloc(v->breaks, (v->n_breaks + 1) * sizeof *p);
    if (!p)
        return CHARTA_ERR_NOMEM;
    memmove(p + k + 1, p + k, (v->n_breaks - k) * sizeof *p);
    p[k] = year;
    v->breaks = p;
    v->n_breaks++;
    return CHARTA_OK;
}

const int *
charta_dataset_breaks(const charta_dataset *ds, size_t var, size_t *n)
{
    *n = 0;
    if (var >= ds->n_vars || !ds->vars[var].n_breaks)
        return NULL;
    *n = ds->vars[var].n_breaks;
    return ds->vars[var].breaks;
}

void
charta_dataset_free_changes(charta_dataset *ds)
{
    for (size_t i = 0; i < ds->n_changes; i++) {
        free(ds->changes[i].old_code);
        free(ds->changes[i].new_code);
        free(ds->changes[i].old_name);
        free(ds->changes[i].decl_file);
    }
    free(ds->changes);
    for (size_t i = 0; i < ds->n_vars; i++)
        free(ds->vars[i].breaks);
}

bool
charta_dataset_set_area_change_decl(charta_dataset *ds, const char *file, int line)
{
    if (!ds->n_changes)
        return true;
    change_rec *c = &ds->changes[ds->n_changes - 1];
    char *copy = file ? charta_strdup(file) : NULL;
    if (file && !copy)
        return false;
    free(c->decl_file);
    c->decl_file = copy;
    c->decl_line = line;
    return true;
}

/* --- area code changes ----------------------------------------------------- */

/* Within the variable's relative tolerance (and 1e-9 absolute, for zeros). */
static bool
agree(const var_rec *v, double a, double b)
{
    double scale = fabs(a) > fabs(b) ? fabs(a) : fabs(b);
    return fabs(a - b) <= v->tolerance * scale || fabs(a - b) <= 1e-9;
}

enum { DROPPED = '\0' };

/* Merge the observations of area o into area nw for one variable; the years
 * where both have differing values into one warning. */
static charta_status
merge_var(charta_dataset *ds, var_rec *v, change_rec *c, int o, int nw, charta_diags *diags)
{
    if (!v->n_obs)
        return CHARTA_OK;
    int ymin = v->obs[0].year, ymax = ymin;
    for (size_t i = 1; i < v->n_obs; i++) {
        ymin = v->obs[i].year < ymin ? v->obs[i].year : ymin;
        ymax = v->obs[i].year > ymax ? v->obs[i].year : ymax;
    }
    size_t span = (size_t)(ymax - ymin + 1);
    long *at = malloc(span * sizeof *at);
    if (!at)
        return CHARTA_ERR_NOMEM;
    for (size_t y = 0; y < span; y++)
        at[y] = -1;
    for (size_t i = 0; i < v->n_obs; i++)
        if (v->obs[i].area == nw && at[v->obs[i].year - ymin] < 0)
            at[v->obs[i].year - ymin] = (long)i;
    size_t differ = 0;
    charta_buf ex = {0};
    for (size_t i = 0; i < v->n_obs; i++) {
        obs *a = &v->obs[i];
        if (a->area != o || a->status == DROPPED)
            continue;
        long *slot = &at[a->year - ymin];
        obs *b = *slot >= 0 ? &v->obs[*slot] : NULL;
        bool keep_old;
        if (!b || charta_status_is_missing(b->status))
            keep_old = !b || !charta_status_is_missing(a->status);
        else if (charta_status_is_missing(a->status) || agree(v, a->value, b->value))
            keep_old = false;
        else {
            if (differ++ < 3) {
                char x[32], y[32];
                charta_buf_printf(&ex, "%s%d (%s: %s, %s: %s)", differ > 1 ? "; " : "", a->year,
                                  c->old_code, charta_format_double(a->value, x), c->new_code,
                                  charta_format_double(b->value, y));
            }
            keep_old = a->year < c->pub.year;
        }
        if (keep_old) {
            if (b)
                b->status = DROPPED;
            a->area = nw;
            *slot = (long)i;
            c->pub.taken++;
        } else {
            a->status = DROPPED;
        }
    }
    free(at);
    size_t n = 0;
    for (size_t i = 0; i < v->n_obs; i++)
        if (v->obs[i].status != DROPPED)
            v->obs[n++] = v->obs[i];
    v->n_obs = n;
    if (differ) {
        c->pub.differ += differ;
        char tol[32], more[40] = "", decl[1100] = "";
        if (differ > 3)
            snprintf(more, sizeof more, _(" and %zu more"), differ - 3);
        if (v->decl_file)
            snprintf(decl, sizeof decl, " (%s:%d)", v->decl_file, v->decl_line);
        charta_diag_warning(diags, c->decl_file, c->decl_line, 0,
                            charta_trn("area_change '%s' -> '%s' (%s), variable '%s': the two "
                                       "codes' values differ in %zu year by more than %s %%: "
                                       "%s%s; the report keeps the old code's values before %d "
                                       "and the new code's from %d on. If the two codes count "
                                       "differently on purpose, widen the check with tolerance "
                                       "in variable '%s'%s",
                                       "area_change '%s' -> '%s' (%s), variable '%s': the two "
                                       "codes' values differ in %zu years by more than %s %%: "
                                       "%s%s; the report keeps the old code's values before %d "
                                       "and the new code's from %d on. If the two codes count "
                                       "differently on purpose, widen the check with tolerance "
                                       "in variable '%s'%s",
                                       differ),
                            c->old_code, c->new_code, ds->areas[nw].name ? ds->areas[nw].name : "",
                            v->name, differ,
                            charta_format_double(v->tolerance * 100, tol), ex.data ? ex.data : "",
                            more, c->pub.year, c->pub.year, v->name, decl);
    }
    bool oom = ex.oom;
    charta_buf_free(&ex);
    return oom ? CHARTA_ERR_NOMEM : CHARTA_OK;
}

static charta_status
apply_one(charta_dataset *ds, change_rec *c, charta_diags *diags)
{
    int o = charta_dataset_find_area(ds, c->old_code);
    if (o < 0)
        return CHARTA_OK;
    const char *name = ds->areas[o].name ? ds->areas[o].name : ds->areas[o].code;
    c->old_name = charta_strdup(name);
    if (!c->old_name)
        return CHARTA_ERR_NOMEM;
    c->pub.old_name = c->old_name;
    int nw = charta_dataset_find_area(ds, c->new_code);
    if (nw < 0) {
        nw = charta_dataset_add_area(ds, c->new_code, c->old_name, ds->areas[o].parent_code);
        if (nw < 0)
            return CHARTA_ERR_NOMEM;
    }
    for (size_t v = 0; v < ds->n_vars; v++) {
        charta_status st = merge_var(ds, &ds->vars[v], c, o, nw, diags);
        if (st != CHARTA_OK)
            return st;
    }
    c->pub.applied = true;
    return CHARTA_OK;
}

/* Where a code ends after the applied changes (itself when it did not change). */
static const char *
final_code(const charta_dataset *ds, const char *code)
{
    for (size_t hops = 0; hops <= ds->n_changes; hops++) {
        size_t i = 0;
        while (i < ds->n_changes &&
               !(ds->changes[i].pub.applied && strcmp(ds->changes[i].old_code, code) == 0))
            i++;
        if (i == ds->n_changes)
            return code;
        code = ds->changes[i].new_code;
    }
    return code;
}

/* Remove the areas of the applied changes' old codes. */
static charta_status
drop_old_areas(charta_dataset *ds)
{
    size_t n = ds->n_areas;
    int *remap = malloc((n ? n : 1) * sizeof *remap);
    if (!remap)
        return CHARTA_ERR_NOMEM;
    for (size_t i = 0; i < n; i++)
        remap[i] = 0;
    for (size_t k = 0; k < ds->n_changes; k++)
        if (ds->changes[k].pub.applied) {
            int o = charta_dataset_find_area(ds, ds->changes[k].old_code);
            if (o >= 0)
                remap[o] = -1;
        }
    charta_status st = CHARTA_OK;
    for (size_t i = 0; i < n; i++) {
        area_rec *a = &ds->areas[i];
        if (remap[i] < 0 || !a->parent_code)
            continue;
        const char *to = final_code(ds, a->parent_code);
        if (to != a->parent_code) {
            char *p = charta_strdup(to);
            if (!p) {
                st = CHARTA_ERR_NOMEM;
                goto cleanup;
            }
            free(a->parent_code);
            a->parent_code = p;
        }
    }
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (remap[i] < 0) {
            free(ds->areas[i].code);
            free(ds->areas[i].name);
            free(ds->areas[i].parent_code);
            continue;
        }
        remap[i] = (int)m;
        ds->areas[m++] = ds->areas[i];
    }
    ds->n_areas = m;
    for (size_t v = 0; v < ds->n_vars; v++)
        for (size_t i = 0; i < ds->vars[v].n_obs; i++)
            ds->vars[v].obs[i].area = remap[ds->vars[v].obs[i].area];
    charta_dataset_notes_remap(ds, remap);
    charta_hashtab_free(&ds->by_code);
    charta_hashtab_free(&ds->by_name);
    if (m && (!charta_hashtab_rebuild(&ds->by_code, m) || !charta_hashtab_rebuild(&ds->by_name, m)))
        st = CHARTA_ERR_NOMEM;
cleanup:
    free(remap);
    return st;
}

charta_status
charta_dataset_apply_changes(charta_dataset *ds, charta_diags *diags)
{
    if (!ds->n_changes)
        return CHARTA_OK;
    bool *done = calloc(ds->n_changes, sizeof *done);
    if (!done)
        return CHARTA_ERR_NOMEM;
    charta_status st = CHARTA_OK;
    /* a -> b before b -> c: a change waits while another one still leads into its old code */
    for (size_t left = ds->n_changes; left && st == CHARTA_OK;) {
        bool moved = false;
        for (size_t i = 0; i < ds->n_changes && st == CHARTA_OK; i++) {
            if (done[i])
                continue;
            bool waits = false;
            for (size_t j = 0; j < ds->n_changes && !waits; j++)
                waits = !done[j] && j != i &&
                        strcmp(ds->changes[j].new_code, ds->changes[i].old_code) == 0;
            if (waits)
                continue;
            st = apply_one(ds, &ds->changes[i], diags);
            done[i] = true;
            left--;
            moved = true;
        }
        if (!moved && st == CHARTA_OK) {
            size_t i = 0;
            while (done[i])
                i++;
            st = charta_diag_error(diags, CHARTA_ERR_DATA, NULL, 0, 0,
                                   "the area code changes form a cycle through '%s' -> '%s'",
                                   ds->changes[i].old_code, ds->changes[i].new_code);
        }
    }
    free(done);
    return st == CHARTA_OK ? drop_old_areas(ds) : st;
}

/* --- series breaks ---------------------------------------------------------- */

void
charta_dataset_apply_breaks(charta_dataset *ds, var_rec *v)
{
    size_t ny = ds->year_count;
    for (size_t k = 0; k < v->n_breaks; k++) {
        long y = (long)v->breaks[k] - ds->year_first;
        if (y < 0 || (size_t)y >= ny)
            continue;
        for (size_t a = 0; a < ds->n_areas; a++) {
            size_t c = a * ny + (size_t)y;
            if (v->status[c] == CHARTA_ST_NORMAL && isfinite(v->values[c]))
                v->status[c] = CHARTA_ST_BREAK;
        }
    }
}
