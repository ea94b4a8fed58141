/* report_xlsx_coverage.c: the coverage sheet (xlsx.h): which of the 17 SDGs the
 * report's indicators name, by action field — what a Voluntary Local Review asks a
 * city to state. The counting is the model's (coverage.h), the same as
 * `charta list --coverage`.
 *
 *   Coverage
 *   indicators per action field and SDG; the SDGs without one
 *   how a cell counts (wrapped over the table's width)
 *
 *   Code | Action field          | SDG 1 | SDG 2 | ... | SDG 17
 *   HF01 | Mobilität & Verkehr   |       |       | ... |          (the code a link
 *   ...                                                             to the field's sheet)
 *        | All indicators        |   0   |   0   | ... |    1     (bold)
 *
 *   12 of the 17 SDGs have at least one indicator.
 *   SDGs without an indicator: 1 (No poverty), 2 (Zero hunger), ... | none
 *
 * A field's cell is empty where it has no indicator of the goal (and lightly
 * filled where it has), so the matrix reads at a glance; the total row keeps its
 * zeros, the count a review reports.
 */
#include "report_xlsx.h"

#include <stdlib.h>

#include "charta/coverage.h"

enum {
    K_CODE,
    K_TITLE,
    K_GOAL1, /* then one column per goal */
    K_LAST = K_GOAL1 + CHARTA_SDG_GOALS - 1,
    K_HEAD = 4, /* the head row */
};

static const double code_width = 12, title_width = 44, goal_width = 7.5;

/* text as a wrapped note over the whole table, the row as high as it needs. */
static void
table_note(xlsx *x, lxw_worksheet *ws, lxw_row_t row, const char *text, xlsx_role role)
{
    const char *t = charta_xlsx_clean(x, text);
    if (!t) {
        charta_xlsx_oom(x);
        return;
    }
    double width = code_width + title_width + goal_width * CHARTA_SDG_GOALS;
    size_t lines = charta_xlsx_wrapped_lines(t, width);
    charta_xlsx_check(x, worksheet_set_row(ws, row, charta_xlsx_lines_height(lines), NULL),
                      "set_row");
    lxw_format *f = role == XR_NOTE ? XFMT(x, .role = XR_NOTE_WRAP) : XFMT(x, .role = XR_WRAP);
    /* merge_range writes a string cell, never a formula */
    charta_xlsx_check(x, worksheet_merge_range(ws, row, K_CODE, row, K_LAST, t, f), "merge_range");
}

static void
write_head(xlsx *x, lxw_worksheet *ws)
{
    lxw_format *left = XFMT(x, .role = XR_HEAD), *right = XFMT(x, .role = XR_HEAD_RIGHT);
    charta_xlsx_check(x, worksheet_set_row(ws, K_HEAD, 30, NULL), "set_row");
    charta_xlsx_put_text(x, ws, K_HEAD, K_CODE, charta_xlsx_label(x, CHARTA_LBL_COL_CODE), left);
    charta_xlsx_put_text(x, ws, K_HEAD, K_TITLE, charta_xlsx_label(x, CHARTA_LBL_COL_FIELD), left);
    for (int g = 1; g <= CHARTA_SDG_GOALS; g++) {
        x->line.len = 0;
        charta_buf_printf(&x->line, "%s %d", charta_xlsx_label(x, CHARTA_LBL_COL_SDG), g);
        if (x->line.oom) {
            charta_xlsx_oom(x);
            return;
        }
        charta_xlsx_put_text(x, ws, K_HEAD, (lxw_col_t)(K_GOAL1 + g - 1), x->line.data, right);
    }
}

/* The sheet of field f's indicators, or (size_t)-1 when it has none. */
static size_t
field_sheet(const xlsx *x, size_t f)
{
    for (size_t k = 0; k < x->n_groups; k++)
        if (x->groups[k].field == &x->p->fields[f] && x->groups[k].n)
            return x->groups[k].sheet;
    return (size_t)-1;
}

/* "SDGs without an indicator: 1 (No poverty), 5 (Gender equality)" or "...: none". */
static const char *
without_line(xlsx *x, const charta_coverage *c)
{
    x->line.len = 0;
    charta_buf_printf(&x->line, "%s: ", charta_xlsx_label(x, CHARTA_LBL_XL_SDGS_WITHOUT));
    for (size_t k = 0; k < c->n_missing; k++)
        charta_buf_printf(&x->line, "%s%d (%s)", k ? ", " : "", c->missing[k],
                          charta_xlsx_label(x, CHARTA_LBL_SDG_1 + (c->missing[k] - 1)));
    if (!c->n_missing)
        charta_buf_puts(&x->line, charta_xlsx_label(x, CHARTA_LBL_XL_NONE));
    charta_buf_append(&x->line, "", 0);
    return x->line.oom ? NULL : x->line.data;
}

charta_status
charta_xlsx_write_coverage(xlsx *x)
{
    size_t sheet = x->sh_coverage;
    lxw_worksheet *ws = x->sheets[sheet].ws;
    charta_coverage *c = charta_coverage_new(x->p);
    if (!c)
        return charta_xlsx_oom(x);
    charta_xlsx_print_setup(x, sheet);
    double widths[K_LAST + 1] = {[K_CODE] = code_width, [K_TITLE] = title_width};
    for (int g = 0; g < CHARTA_SDG_GOALS; g++)
        widths[K_GOAL1 + g] = goal_width;
    charta_xlsx_widths(x, ws, widths, K_LAST + 1);
    charta_xlsx_put_text(x, ws, 0, 0, x->sheets[sheet].name, XFMT(x, .role = XR_SHEET_TITLE));
    charta_xlsx_put_text(x, ws, 1, 0, charta_xlsx_label(x, CHARTA_LBL_XL_DESC_COVERAGE),
                         XFMT(x, .role = XR_INFO));
    table_note(x, ws, 2, charta_xlsx_label(x, CHARTA_LBL_XL_COVERAGE_NOTE), XR_NOTE);
    write_head(x, ws);
    worksheet_freeze_panes(ws, K_HEAD + 1, K_GOAL1);
    charta_xlsx_check(x, worksheet_repeat_rows(ws, K_HEAD, K_HEAD), "repeat_rows");

    lxw_row_t row = K_HEAD + 1;
    lxw_format *text = XFMT(x, .role = XR_TEXT), *covered = XFMT(x, .role = XR_COVERED);
    for (size_t f = 0; f < c->n_fields && x->st == CHARTA_OK; f++, row++) {
        const charta_field *fld = &x->p->fields[f];
        size_t to = field_sheet(x, f);
        if (to != (size_t)-1)
            charta_xlsx_put_link(x, ws, row, K_CODE, to, 0, 0, fld->id, false);
        else
            charta_xlsx_put_text(x, ws, row, K_CODE, fld->id, text);
        charta_xlsx_put_text(x, ws, row, K_TITLE, charta_xlsx_text(x, &fld->title), text);
        for (int g = 1; g <= CHARTA_SDG_GOALS; g++) {
            size_t n = charta_coverage_at(c, f, g);
            if (n)
                charta_xlsx_put_number(x, ws, row, (lxw_col_t)(K_GOAL1 + g - 1), (double)n,
                                       covered);
        }
    }
    lxw_format *bold = XFMT(x, .role = XR_TEXT, .bold = true),
               *total = XFMT(x, .role = XR_INT, .bold = true);
    charta_xlsx_put_text(x, ws, row, K_TITLE, charta_xlsx_label(x, CHARTA_LBL_XL_COVERAGE_TOTAL),
                         bold);
    for (int g = 0; g < CHARTA_SDG_GOALS; g++)
        charta_xlsx_put_number(x, ws, row, (lxw_col_t)(K_GOAL1 + g), (double)c->total[g], total);
    row += 2;

    x->line.len = 0;
    charta_buf_printf(&x->line, charta_xlsx_label(x, CHARTA_LBL_XL_SDGS_COVERED),
                      CHARTA_SDG_GOALS - (int)c->n_missing);
    charta_buf_append(&x->line, "", 0);
    if (x->line.oom) {
        charta_coverage_free(c);
        return charta_xlsx_oom(x);
    }
    charta_xlsx_put_text(x, ws, row++, 0, x->line.data, XFMT(x, .role = XR_INFO));
    const char *without = without_line(x, c);
    if (without)
        table_note(x, ws, row, without, XR_WRAP);
    else
        charta_xlsx_oom(x);
    charta_coverage_free(c);
    return x->st;
}
