/* source_missing.c: missing versus zero (issue 9), for the CSV/GENESIS reader.
 *
 * Regionalstatistik writes "-" ("nothing") for a zero among reported values,
 * and "-" in every column for an area that did not report in a period (it
 * did not exist yet, or no longer, after a reform). So a cell's "-" cannot
 * be read alone: the reader groups a row's value columns by period (the
 * header's dates, else the whole row) and asks whether a group is "-" in
 * every cell; a long table spreads an area's period over rows, so its "-"
 * cells wait for the end of the file. Cells of an area that did not report,
 * or that a source declares `reported_with` another area, are put as
 * missing, with a note in the dataset (dataset.h) the report words.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "charta/dataset.h"
#include "source_internal.h"

/* Group the value columns by period: by the header's date when the row has no
 * year of its own (a table wide by date), else all in one group. Key columns
 * (area, name, year, and GENESIS's leading columns) belong to none. Every
 * value column counts, also those no variable uses: the rule is about what
 * the source says for the area. */
bool
charta_src_groups_build(src_ctx *c)
{
    size_t w = c->table.width;
    bool row_year = c->spec->year_value || c->year_col >= 0;
    c->col_group = malloc((w ? w : 1) * sizeof *c->col_group);
    c->group_year = malloc((w ? w : 1) * sizeof *c->group_year);
    c->group_nr = malloc((w ? w : 1) * sizeof *c->group_nr);
    c->group_cells = malloc((w ? w : 1) * sizeof *c->group_cells);
    if (!c->col_group || !c->group_year || !c->group_nr || !c->group_cells) {
        charta_src_fatal(c, CHARTA_ERR_NOMEM, 0, 0, "out of memory");
        return false;
    }
    for (size_t j = 0; j < w; j++) {
        int jj = (int)j;
        c->col_group[j] = -1;
        if (jj == c->area_col || jj == c->name_col || jj == c->year_col || jj == c->var_col ||
            (c->cell.genesis && j < c->table.n_keys))
            continue;
        int year = row_year ? 0 : c->table.cols[j].year;
        size_t g = 0;
        while (g < c->n_groups && c->group_year[g] != year)
            g++;
        if (g == c->n_groups)
            c->group_year[c->n_groups++] = year;
        c->col_group[j] = (int)g;
    }
    return true;
}

/* Which groups of rec are "-" in every cell. */
void
charta_src_groups_scan(src_ctx *c, const charta_csv_record *rec)
{
    for (size_t g = 0; g < c->n_groups; g++) {
        c->group_nr[g] = true;
        c->group_cells[g] = 0;
    }
    for (size_t j = 0; j < rec->n && j < c->table.width; j++) {
        int g = c->col_group[j];
        if (g < 0)
            continue;
        c->group_cells[g]++;
        if (c->group_nr[g] &&
            !charta_src_cell_not_reported_sign(&c->cell, rec->fields[j], rec->lens[j]))
            c->group_nr[g] = false;
    }
    for (size_t g = 0; g < c->n_groups; g++)
        c->group_nr[g] = c->group_nr[g] && c->group_cells[g] > 0;
}

/* The index in spec->reported_with of the area of this row, or -1. */
int
charta_src_reported_with_of(src_ctx *c, int area)
{
    const charta_source_spec *spec = c->spec;
    if (!spec->n_reported_with)
        return -1;
    for (size_t i = 0; i < spec->n_reported_with; i++)
        if (charta_dataset_find_area(c->ds, spec->reported_with[i].area) == area) {
            if (c->rw_seen)
                c->rw_seen[i] = true;
            return (int)i;
        }
    return -1;
}

static void
add_note(src_ctx *c, charta_note_kind kind, int area, int year, const char *arg, int line)
{
    if (year && charta_dataset_add_note(c->ds, kind, -1, c->input, area, year, arg) != CHARTA_OK)
        charta_src_fatal(c, CHARTA_ERR_NOMEM, line, 0, "out of memory");
}

/* The row's notes: reported with another area, or (per group) not reported. */
void
charta_src_note_row(src_ctx *c, const charta_csv_record *rec, int area, int year, int rw)
{
    if (rw >= 0) {
        const char *with = c->spec->reported_with[rw].with;
        if (year) /* the row's period */
            add_note(c, CHARTA_NOTE_REPORTED_WITH, area, year, with, rec->line);
        else if (c->n_groups) /* wide by date: each date's group */
            for (size_t g = 0; g < c->n_groups; g++)
                add_note(c, CHARTA_NOTE_REPORTED_WITH, area, c->group_year[g], with, rec->line);
        else /* wide by date without the rule: the variables' years */
            for (size_t i = 0; i < c->n_vars; i++)
                for (size_t t = 0; t < c->vars[i].n_cols; t++)
                    add_note(c, CHARTA_NOTE_REPORTED_WITH, area, c->vars[i].years[t], with,
                             rec->line);
        return;
    }
    for (size_t g = 0; g < c->n_groups; g++)
        if (c->group_nr[g])
            add_note(c, CHARTA_NOTE_NOT_REPORTED, area, year ? year : c->group_year[g], NULL,
                     rec->line);
}

/* After the file: a `reported_with` area the file does not have, or whose partner no
 * source has brought, is probably a typing error in the declaration. */
void
charta_src_check_reported_with(src_ctx *c)
{
    const charta_source_spec *spec = c->spec;
    for (size_t i = 0; i < spec->n_reported_with && c->rw_seen; i++) {
        const charta_reported_with *r = &spec->reported_with[i];
        if (!c->rw_seen[i])
            charta_diag_warning(c->diags, spec->decl_file, spec->reported_with_line, 0,
                                "source '%s': reported_with: area '%s' is not in '%s', so the "
                                "entry changes nothing; correct the code or remove the entry",
                                spec->name, r->area, c->file);
        else if (charta_dataset_find_area(c->ds, r->with) < 0)
            charta_diag_warning(c->diags, spec->decl_file, spec->reported_with_line, 0,
                                "source '%s': reported_with: area '%s' is reported with '%s', "
                                "which is not among the areas; its note names the code only: "
                                "correct the code",
                                spec->name, r->area, r->with);
    }
}

static uint64_t
period_key(int area, int year)
{
    return (uint64_t)(uint32_t)area << 16 | (uint16_t)year;
}

bool
charta_src_reported_push(src_ctx *c, int area, int year)
{
    uint64_t k = period_key(area, year);
    if (c->n_reported && c->reported[c->n_reported - 1] == k)
        return true; /* the rows of one area and period usually follow each other */
    if (c->n_reported == c->cap_reported) {
        size_t cap = c->cap_reported ? 2 * c->cap_reported : 256;
        uint64_t *p = realloc(c->reported, cap * sizeof *p);
        if (!p)
            return false;
        c->reported = p;
        c->cap_reported = cap;
    }
    c->reported[c->n_reported++] = k;
    return true;
}

bool
charta_src_pending_push(src_ctx *c, int var, int area, int year, int line)
{
    if (c->n_pending == c->cap_pending) {
        size_t cap = c->cap_pending ? 2 * c->cap_pending : 64;
        src_pending *p = realloc(c->pending, cap * sizeof *p);
        if (!p)
            return false;
        c->pending = p;
        c->cap_pending = cap;
    }
    c->pending[c->n_pending++] = (src_pending){var, area, year, line};
    return true;
}

static int
cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

/* Long layout, after the last row: a "-" is zero where its area reported
 * something else in the period (in any row, also of variables no one uses),
 * else the area did not report. */
void
charta_src_pending_settle(src_ctx *c)
{
    if (!c->n_pending)
        return;
    if (c->n_reported > 1)
        qsort(c->reported, c->n_reported, sizeof *c->reported, cmp_u64);
    for (size_t i = 0; i < c->n_pending && !c->stopped; i++) {
        const src_pending *p = &c->pending[i];
        uint64_t k = period_key(p->area, p->year);
        bool reported =
            c->n_reported && bsearch(&k, c->reported, c->n_reported, sizeof k, cmp_u64) != NULL;
        if (charta_dataset_put(c->ds, p->var, p->area, p->year, reported ? 0 : NAN,
                               reported ? CHARTA_ST_NORMAL : CHARTA_ST_MISSING, c->input,
                               p->line) != CHARTA_OK) {
            charta_src_fatal(c, CHARTA_ERR_NOMEM, p->line, 0, "out of memory");
            return;
        }
        if (!reported)
            add_note(c, CHARTA_NOTE_NOT_REPORTED, p->area, p->year, NULL, p->line);
    }
}
