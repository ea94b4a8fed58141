/* dataset_parents.c: the parents of the areas: given codes, or derived from
 * German AGS codes (the nearest existing ancestor), checked for cycles; and
 * the parallel divisions among them, which are shown but not summed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charta/i18n.h"
#include "charta/dataset.h"
#include "charta/util.h"
#include "dataset_internal.h"

static bool
looks_ags(const char *code)
{
    if (strcmp(code, "DG") == 0)
        return true;
    size_t n = strlen(code);
    if (n < 2 || n > 12)
        return false;
    for (size_t i = 0; i < n; i++)
        if (code[i] < '0' || code[i] > '9')
            return false;
    return true;
}

/* Nearest existing ancestor of an AGS code: 8 -> 5 -> 3 -> 2 digits -> DG. */
static int
ags_parent(const charta_dataset *ds, const char *code)
{
    static const size_t lens[] = {9, 8, 5, 3, 2};
    size_t n = strlen(code);
    if (strcmp(code, "DG") == 0)
        return -1;
    char buf[16];
    for (size_t i = 0; i < sizeof lens / sizeof lens[0]; i++) {
        if (lens[i] >= n)
            continue;
        memcpy(buf, code, lens[i]);
        buf[lens[i]] = '\0';
        int p = charta_dataset_find_area(ds, buf);
        if (p >= 0)
            return p;
    }
    return charta_dataset_find_area(ds, "DG");
}

/* The file and line that declare area a, for an error (NULL, 0 when unknown). */
static const char *
area_file(const charta_dataset *ds, const area_rec *a)
{
    return a->line > 0 ? ds->areas_file : NULL;
}

charta_status
charta_dataset_resolve_parents(charta_dataset *ds, charta_diags *diags)
{
    charta_status st = CHARTA_OK;
    for (size_t i = 0; i < ds->n_areas; i++) {
        area_rec *a = &ds->areas[i];
        if (a->parent_code) {
            a->parent = charta_dataset_find_area(ds, a->parent_code);
            a->given_parent = true;
            if (a->parent < 0)
                st = charta_diag_error(diags, CHARTA_ERR_DATA, area_file(ds, a), a->line, 0,
                                       "area '%s' names parent '%s', which is not an area", a->code,
                                       a->parent_code);
            else if (a->parent == (int)i)
                st = charta_diag_error(diags, CHARTA_ERR_DATA, area_file(ds, a), a->line, 0,
                                       "area '%s' is its own parent", a->code);
        } else if (ds->hierarchy == CHARTA_HIER_AGS || looks_ags(a->code)) {
            a->parent = looks_ags(a->code) ? ags_parent(ds, a->code) : -1;
            if (a->parent == (int)i)
                a->parent = -1;
        }
    }
    if (st != CHARTA_OK)
        return st;
    /* cycles: each area's walk up stops at an area already known to reach a
     * root, so the areas are visited once each (a chain of 300,000 too) */
    unsigned char *mark = calloc(ds->n_areas ? ds->n_areas : 1, 1); /* 1 on the walk, 2 done */
    if (!mark)
        return CHARTA_ERR_NOMEM;
    for (size_t i = 0; i < ds->n_areas && st == CHARTA_OK; i++) {
        int p = (int)i;
        while (p >= 0 && !mark[p]) {
            mark[p] = 1;
            p = ds->areas[p].parent;
        }
        if (p >= 0 && mark[p] == 1) {
            /* the walk met itself: p is on the cycle */
            const area_rec *a = &ds->areas[i];
            st = charta_diag_error(diags, CHARTA_ERR_DATA, area_file(ds, a), a->line, 0,
                                   "the parents of area '%s' form a cycle", a->code);
        }
        for (int q = (int)i; q >= 0 && mark[q] == 1; q = ds->areas[q].parent)
            mark[q] = 2;
    }
    free(mark);
    return st;
}

void
charta_dataset_area_origin(const charta_dataset *ds, int area, const char **file, int *line)
{
    int best_in = -1, best_line = 0;
    for (size_t v = 0; v < ds->n_vars; v++)
        for (size_t i = 0; i < ds->vars[v].n_obs; i++) {
            const obs *o = &ds->vars[v].obs[i];
            if (o->area != area || o->input >= ds->n_inputs || o->line <= 0)
                continue;
            if (best_in < 0 || o->input < best_in || (o->input == best_in && o->line < best_line)) {
                best_in = o->input;
                best_line = o->line;
            }
        }
    *file = best_in >= 0 ? ds->inputs[best_in].path : NULL;
    *line = best_in >= 0 ? best_line : 0;
}

/* A Regierungsbezirk, statistical region or NUTS-2 region: three digits below a Land
 * (two), as AGS codes say. */
static bool
ags_division(const area_rec *a, const area_rec *parent)
{
    return !a->given_parent && strlen(a->code) == 3 && strlen(parent->code) == 2 &&
           looks_ags(a->code) && looks_ags(parent->code);
}

/* Areas and their names for a message: "141 Chemnitz, Regierungsbezirk; 142 ...". */
static void
put_area(charta_buf *b, const area_rec *a)
{
    charta_buf_printf(b, "%s%s%s", a->code, a->name ? " " : "", a->name ? a->name : "");
}

/* GENESIS tables of Kreise hold every division of a Land the statistics offices keep:
 * Saxony's Regierungsbezirke until 2008 beside its NUTS-2 regions, Saxony-Anhalt's
 * statistical regions until 2007 beside its new Kreise, which sit right below the Land
 * (code ..0..). Both cover the whole Land, so counting both doubles its sum. The one
 * whose values end earlier is the former division: kept as areas (with their own sums),
 * but no parts of the Land. Only a Land's three-digit divisions are judged so: a Kreis or
 * a Land with a gap at the end stays a part (its parent's sum is then missing). */
charta_status
charta_dataset_mark_alternatives(const charta_dataset *ds, area_rec *sorted, const int *order,
                                 charta_diags *diags)
{
    size_t n = ds->n_areas;
    int *own = calloc(n ? n : 1, sizeof *own);   /* old index: last year with a value */
    int *last = calloc(n ? n : 1, sizeof *last); /* new index: of its whole subtree */
    int *kids = calloc(n ? n : 1, sizeof *kids); /* new index: the latest of its children */
    bool *has_kids = calloc(n ? n : 1, sizeof *has_kids);
    if (!own || !last || !kids || !has_kids) {
        free(own);
        free(last);
        free(kids);
        free(has_kids);
        return CHARTA_ERR_NOMEM;
    }
    for (size_t v = 0; v < ds->n_vars; v++)
        for (size_t i = 0; i < ds->vars[v].n_obs; i++) {
            const obs *o = &ds->vars[v].obs[i];
            if (!charta_status_is_missing(o->status) && o->year > own[o->area])
                own[o->area] = o->year;
        }
    for (size_t i = 0; i < n; i++)
        last[i] = own[order[i]];
    /* depth-first order: children come after their parent, so backwards they come first */
    for (size_t i = n; i-- > 0;) {
        int p = sorted[i].parent;
        if (p < 0)
            continue;
        has_kids[p] = true;
        if (last[i] > last[p])
            last[p] = last[i];
        if (last[i] > kids[p])
            kids[p] = last[i];
    }
    for (size_t i = 0; i < n; i++) {
        int p = sorted[i].parent;
        sorted[i].alternative =
            p >= 0 && has_kids[i] && ags_division(&sorted[i], &sorted[p]) && last[i] < kids[p];
    }
    /* one note per parent, at the data line of its first alternative; only those
     * parents' subtrees are walked (a chain of 300,000 areas has none) */
    bool *noted = has_kids; /* from here on: the parents of alternatives */
    memset(noted, 0, n * sizeof *noted);
    /* when no variable sums its parts (aggregate = "none" everywhere, as for a
     * GENESIS table that gives every level) the note would speak of sums that are
     * never made */
    bool sums = false;
    for (size_t v = 0; v < ds->n_vars && !sums; v++)
        sums = ds->vars[v].aggregate != CHARTA_AGG_NONE;
    for (size_t i = 0; i < n && sums; i++)
        if (sorted[i].alternative)
            noted[sorted[i].parent] = true;
    for (size_t p = 0; p < n; p++) {
        if (!noted[p])
            continue;
        size_t count = 0, first = 0;
        int until = 0;
        for (size_t i = p + 1; i < n && sorted[i].level > sorted[p].level; i++)
            if (sorted[i].parent == (int)p && sorted[i].alternative) {
                if (!count++)
                    first = i;
                if (last[i] > until)
                    until = last[i];
            }
        if (!count)
            continue;
        charta_buf list = {0};
        size_t shown = 0;
        for (size_t i = first; i < n && sorted[i].level > sorted[p].level; i++)
            if (sorted[i].parent == (int)p && sorted[i].alternative && shown++ < 3) {
                if (shown > 1)
                    charta_buf_puts(&list, "; ");
                put_area(&list, &sorted[i]);
            }
        if (count > 3)
            charta_buf_printf(&list, _(" and %zu more"), count - 3);
        charta_buf parent = {0};
        put_area(&parent, &sorted[p]);
        char until_text[32] = "";
        if (until)
            snprintf(until_text, sizeof until_text, _("end in %d"), until);
        const char *file;
        int line;
        charta_dataset_area_origin(ds, order[first], &file, &line);
        charta_diag_note(diags, file, line, 0,
                         charta_trn("area %s is a former division of %s beside its current "
                                    "one (its values %s, those of its other parts in %d): it "
                                    "stays an area with its own sums, but the sum and the check "
                                    "of %s leave it out",
                                    "areas %s are a former division of %s beside its current "
                                    "one (their values %s, those of its other parts in %d): "
                                    "they stay areas with their own sums, but the sum and the "
                                    "check of %s leave them out",
                                    count),
                         list.data ? list.data : "", parent.data ? parent.data : "",
                         until ? until_text : _("are missing"), kids[p], sorted[p].code);
        charta_buf_free(&list);
        charta_buf_free(&parent);
    }
    free(own);
    free(last);
    free(kids);
    free(has_kids);
    return CHARTA_OK;
}
