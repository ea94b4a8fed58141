/* dataset_notes.c: what the report must say about the data besides the
 * numbers (issue 9): the provenance of each input (publisher, attribution,
 * licence, footnotes) and notes on cells that are missing although the file
 * has something there (an area that did not report in a period, an area
 * reported with another one).
 *
 * Notes are kept as year ranges: the importers add one year at a time, a
 * note that touches an existing range extends it, and freeze sorts and
 * joins what is left, so a Kreis dissolved in 2009 has one note 2009-2016
 * whatever order the file lists the years in.
 */
#include <stdlib.h>
#include <string.h>

#include "charta/dataset.h"
#include "charta/util.h"
#include "dataset_internal.h"

/* --- provenance of an input ----------------------------------------------- */

void
charta_dataset_input_provenance_free(input_rec *in)
{
    free(in->publisher);
    free(in->attribution);
    free(in->licence);
    free(in->licence_text);
    free(in->title);
    free(in->table);
    in->title = in->table = NULL;
    for (size_t i = 0; i < in->n_footnotes; i++)
        free(in->footnotes[i]);
    free(in->footnotes);
    for (size_t i = 0; i < in->n_signs; i++)
        free(in->signs[i]);
    free(in->signs);
    free(in->sign_counts);
    in->signs = NULL;
    in->sign_counts = NULL;
    in->n_signs = 0;
    in->publisher = in->attribution = in->licence = in->licence_text = NULL;
    in->footnotes = NULL;
    in->n_footnotes = 0;
}

static void
replace(char **slot, const char *text)
{
    free(*slot);
    *slot = text ? charta_strdup(text) : NULL;
}

void
charta_dataset_set_input_title(charta_dataset *ds, int input, const char *title,
                               const char *table)
{
    replace(&ds->inputs[input].title, title);
    replace(&ds->inputs[input].table, table);
}

void
charta_dataset_set_input_publisher(charta_dataset *ds, int input, const char *text)
{
    replace(&ds->inputs[input].publisher, text);
}

void
charta_dataset_set_input_attribution(charta_dataset *ds, int input, const char *text)
{
    replace(&ds->inputs[input].attribution, text);
}

void
charta_dataset_set_input_licence(charta_dataset *ds, int input, const char *text)
{
    replace(&ds->inputs[input].licence, text);
}

void
charta_dataset_set_input_licence_text(charta_dataset *ds, int input, const char *text)
{
    replace(&ds->inputs[input].licence_text, text);
}

void
charta_dataset_set_input_passed(charta_dataset *ds, int input, long unmatched, long other_areas)
{
    ds->inputs[input].unmatched = unmatched;
    ds->inputs[input].other_areas = other_areas;
}

charta_status
charta_dataset_add_input_sign(charta_dataset *ds, int input, const char *sign, long count)
{
    input_rec *in = &ds->inputs[input];
    char **s = realloc(in->signs, (in->n_signs + 1) * sizeof *s);
    if (!s)
        return CHARTA_ERR_NOMEM;
    in->signs = s;
    long *c = realloc(in->sign_counts, (in->n_signs + 1) * sizeof *c);
    if (!c)
        return CHARTA_ERR_NOMEM;
    in->sign_counts = c;
    if (!(s[in->n_signs] = charta_strdup(sign ? sign : "")))
        return CHARTA_ERR_NOMEM;
    c[in->n_signs++] = count;
    return CHARTA_OK;
}

charta_status
charta_dataset_add_input_footnote(charta_dataset *ds, int input, const char *text)
{
    input_rec *in = &ds->inputs[input];
    char **f = realloc(in->footnotes, (in->n_footnotes + 1) * sizeof *f);
    if (!f)
        return CHARTA_ERR_NOMEM;
    in->footnotes = f;
    if (!(f[in->n_footnotes] = charta_strdup(text ? text : "")))
        return CHARTA_ERR_NOMEM;
    in->n_footnotes++;
    return CHARTA_OK;
}

/* --- notes ------------------------------------------------------------------ */

void
charta_dataset_notes_free(charta_dataset *ds)
{
    for (size_t i = 0; i < ds->n_notes; i++)
        free(ds->notes[i].arg);
    free(ds->notes);
    free(ds->pub_notes);
    ds->notes = NULL;
    ds->pub_notes = NULL;
    ds->n_notes = ds->cap_notes = 0;
}

static bool
same_arg(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* The same note but for its years. */
static bool
same_note(const note_rec *n, charta_note_kind kind, int var, int input, int area, const char *arg)
{
    return n->kind == kind && n->var == var && n->input == input && n->area == area &&
           same_arg(n->arg, arg);
}

charta_status
charta_dataset_add_note(charta_dataset *ds, charta_note_kind kind, int var, int input, int area,
                        int year, const char *arg)
{
    /* the latest notes first: a file lists an area's periods close together */
    for (size_t i = ds->n_notes; i-- > 0;) {
        note_rec *n = &ds->notes[i];
        if (!same_note(n, kind, var, input, area, arg))
            continue;
        if (year >= n->year_first - 1 && year <= n->year_last + 1) {
            if (year < n->year_first)
                n->year_first = year;
            if (year > n->year_last)
                n->year_last = year;
            return CHARTA_OK;
        }
    }
    if (ds->n_notes == ds->cap_notes) {
        size_t cap = ds->cap_notes ? ds->cap_notes * 2 : 16;
        note_rec *p = realloc(ds->notes, cap * sizeof *p);
        if (!p)
            return CHARTA_ERR_NOMEM;
        ds->notes = p;
        ds->cap_notes = cap;
    }
    note_rec *n = &ds->notes[ds->n_notes];
    *n = (note_rec){.kind = kind,
                    .var = var,
                    .input = input,
                    .area = area,
                    .year_first = year,
                    .year_last = year};
    if (arg && !(n->arg = charta_strdup(arg)))
        return CHARTA_ERR_NOMEM;
    ds->n_notes++;
    return CHARTA_OK;
}

static int
cmp_int(int a, int b)
{
    return (a > b) - (a < b);
}

static int
cmp_note(const void *pa, const void *pb)
{
    const note_rec *a = pa, *b = pb;
    int c;
    if ((c = cmp_int(a->input, b->input)) || (c = cmp_int(a->var, b->var)) ||
        (c = cmp_int(a->area, b->area)) || (c = cmp_int((int)a->kind, (int)b->kind)))
        return c;
    if (!same_arg(a->arg, b->arg))
        return !a->arg ? -1 : !b->arg ? 1 : strcmp(a->arg, b->arg);
    return cmp_int(a->year_first, b->year_first);
}

void
charta_dataset_notes_remap(charta_dataset *ds, const int *remap)
{
    size_t out = 0;
    for (size_t i = 0; i < ds->n_notes; i++) {
        note_rec *n = &ds->notes[i];
        if (remap[n->area] < 0) {
            free(n->arg);
            continue;
        }
        n->area = remap[n->area];
        ds->notes[out++] = *n;
    }
    ds->n_notes = out;
}

/* True when a variable of the note (its own, or every variable of its input's
 * source) has a value for the note's area in year: the series has a number there
 * after all (an area code change filled it from the old code). */
static bool
year_has_value(const charta_dataset *ds, const note_rec *n, int year)
{
    if (year < ds->year_first || year >= ds->year_first + (int)ds->year_count)
        return false;
    size_t cell = (size_t)n->area * ds->year_count + (size_t)(year - ds->year_first);
    const char *src = n->input >= 0 ? ds->inputs[n->input].source : NULL;
    for (size_t v = 0; v < ds->n_vars; v++) {
        const var_rec *vr = &ds->vars[v];
        bool mine = n->var >= 0 ? (size_t)n->var == v
                                : src && vr->source && strcmp(vr->source, src) == 0;
        if (mine && vr->status && !charta_status_is_missing(vr->status[cell]))
            return true;
    }
    return false;
}

/* A "did not report" note keeps only the years whose cells are still missing:
 * split around the years with a value. false on out of memory. */
static bool
trim_reported(charta_dataset *ds)
{
    size_t n0 = ds->n_notes;
    for (size_t i = 0; i < n0; i++) {
        if (ds->notes[i].kind != CHARTA_NOTE_NOT_REPORTED)
            continue;
        int first = ds->notes[i].year_first, last = ds->notes[i].year_last, run = 0;
        bool kept_one = false;
        for (int y = first; y <= last + 1; y++) {
            bool gap = y <= last && !year_has_value(ds, &ds->notes[i], y);
            if (gap && !run)
                run = y;
            if (gap || !run)
                continue;
            /* the range run .. y-1 stays a note */
            if (!kept_one) {
                ds->notes[i].year_first = run;
                ds->notes[i].year_last = y - 1;
                kept_one = true;
            } else {
                if (ds->n_notes == ds->cap_notes) {
                    size_t cap = ds->cap_notes * 2;
                    note_rec *p = realloc(ds->notes, cap * sizeof *p);
                    if (!p)
                        return false;
                    ds->notes = p;
                    ds->cap_notes = cap;
                }
                note_rec copy = ds->notes[i];
                copy.year_first = run;
                copy.year_last = y - 1;
                copy.arg = NULL; /* NOT_REPORTED has none */
                ds->notes[ds->n_notes++] = copy;
            }
            run = 0;
        }
        if (!kept_one)
            ds->notes[i].kind = 0; /* every year has a value: the note goes */
    }
    size_t out = 0;
    for (size_t i = 0; i < ds->n_notes; i++) {
        if (ds->notes[i].kind == 0) {
            free(ds->notes[i].arg);
            continue;
        }
        ds->notes[out++] = ds->notes[i];
    }
    ds->n_notes = out;
    return true;
}

bool
charta_dataset_notes_freeze(charta_dataset *ds, const int *new_index)
{
    for (size_t i = 0; i < ds->n_notes; i++)
        ds->notes[i].area = new_index[ds->notes[i].area];
    if (!trim_reported(ds))
        return false;
    if (ds->n_notes > 1)
        qsort(ds->notes, ds->n_notes, sizeof *ds->notes, cmp_note);
    size_t out = 0;
    for (size_t i = 0; i < ds->n_notes; i++) {
        note_rec *n = &ds->notes[i];
        note_rec *prev = out ? &ds->notes[out - 1] : NULL;
        if (prev && same_note(prev, n->kind, n->var, n->input, n->area, n->arg) &&
            n->year_first <= prev->year_last + 1) {
            if (n->year_last > prev->year_last)
                prev->year_last = n->year_last;
            free(n->arg);
            continue;
        }
        ds->notes[out++] = *n;
    }
    ds->n_notes = out;
    free(ds->pub_notes);
    ds->pub_notes = malloc((out ? out : 1) * sizeof *ds->pub_notes);
    if (!ds->pub_notes)
        return false;
    for (size_t i = 0; i < out; i++) {
        const note_rec *n = &ds->notes[i];
        ds->pub_notes[i] = (charta_note){.kind = n->kind,
                                         .var = n->var,
                                         .input = n->input,
                                         .area = n->area,
                                         .year_first = n->year_first,
                                         .year_last = n->year_last,
                                         .arg = n->arg};
    }
    return true;
}

size_t
charta_dataset_note_count(const charta_dataset *ds)
{
    return ds->frozen ? ds->n_notes : 0;
}

const charta_note *
charta_dataset_note(const charta_dataset *ds, size_t i)
{
    return ds->frozen && i < ds->n_notes ? &ds->pub_notes[i] : NULL;
}
