/* report_xlsx_overview.c: the overview sheet (report.h).
 *
 *   <report title>
 *   Musterstadt (09999000) · Reporting period: 2012–2024 · Method: eurostat
 *   how to read it (links, change)
 *
 *   Code | Indicator | SDG | Unit | Latest year | Latest value | Previous
 *   year | Previous value | Change | <benchmark>... | Target | Target year
 *   | Assessment | Level
 *   HF01 Mobilität & Verkehr                      (a shaded heading row)
 *   oepnv-anbindung | ... one row per indicator, the code a link to its
 *   table
 *
 * The benchmark columns hold each benchmark area's value in the subject
 * area's latest year, so a row compares like with like. Target: the first
 * target from the latest year on (the next milestone), else the last one.
 * The assessment columns exist when the progress stage ran; the category's
 * symbol and words (progress.h's vocabulary) drive its colour through
 * conditional formatting, so the colours follow when rows are sorted.
 */
#include "report_xlsx.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    C_CODE,
    C_TITLE,
    C_SDG,
    C_UNIT,
    C_YEAR,
    C_VALUE,
    C_PREV_YEAR,
    C_PREV_VALUE,
    C_CHANGE,
    C_BENCH0, /* then n_bench columns, target, target year, assessment, level */
};

typedef struct ov_cols {
    lxw_col_t target, target_year, status, level, last;
} ov_cols;

static ov_cols
columns(const xlsx *x)
{
    ov_cols c;
    c.target = (lxw_col_t)(C_BENCH0 + x->n_bench);
    c.target_year = c.target + 1;
    c.status = c.target + 2;
    c.level = c.target + 3;
    c.last = x->any_assess ? c.level : c.target_year;
    return c;
}

/* The target shown: the first one from the latest year on, else the last. */
static size_t
shown_target(const xlsx_facts *f)
{
    for (size_t t = 0; t < f->n_targets; t++)
        if (f->target_years[t] >= f->year)
            return t;
    return f->n_targets - 1;
}

static void
write_head(xlsx *x, lxw_worksheet *ws, ov_cols c)
{
    static const struct {
        lxw_col_t col;
        charta_label label;
        bool right;
    } fixed[] = {
        {C_CODE, CHARTA_LBL_COL_CODE, false},
        {C_TITLE, CHARTA_LBL_COL_INDICATOR, false},
        {C_SDG, CHARTA_LBL_COL_SDG, false},
        {C_UNIT, CHARTA_LBL_COL_UNIT, false},
        {C_YEAR, CHARTA_LBL_COL_LATEST_YEAR, true},
        {C_VALUE, CHARTA_LBL_COL_LATEST_VALUE, true},
        {C_PREV_YEAR, CHARTA_LBL_XL_COL_PREV_YEAR, true},
        {C_PREV_VALUE, CHARTA_LBL_XL_COL_PREV_VALUE, true},
        {C_CHANGE, CHARTA_LBL_XL_COL_CHANGE, true},
    };
    lxw_row_t row = x->ov_head;
    lxw_format *left = XFMT(x, .role = XR_HEAD), *right = XFMT(x, .role = XR_HEAD_RIGHT);
    charta_xlsx_check(x, worksheet_set_row(ws, row, 30, NULL), "set_row");
    for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
        charta_xlsx_put_text(x, ws, row, fixed[i].col, charta_xlsx_label(x, fixed[i].label),
                      fixed[i].right ? right : left);
    for (size_t b = 0; b < x->n_bench; b++) {
        const charta_area *a = charta_dataset_area(x->ds, x->order[b]);
        charta_xlsx_put_text(x, ws, row, (lxw_col_t)(C_BENCH0 + b),
                      a->name && a->name[0] ? a->name : a->code, right);
    }
    charta_xlsx_put_text(x, ws, row, c.target, charta_xlsx_label(x, CHARTA_LBL_XL_COL_TARGET), right);
    charta_xlsx_put_text(x, ws, row, c.target_year, charta_xlsx_label(x, CHARTA_LBL_XL_COL_TARGET_YEAR), right);
    if (x->any_assess) {
        charta_xlsx_put_text(x, ws, row, c.status, charta_xlsx_label(x, CHARTA_LBL_XL_COL_ASSESSMENT), left);
        charta_xlsx_put_text(x, ws, row, c.level, charta_xlsx_label(x, CHARTA_LBL_XL_COL_LEVEL), right);
    }
}

/* An action field's heading: one shaded band across the table. */
static void
write_group_row(xlsx *x, lxw_worksheet *ws, lxw_row_t row, const xlsx_group *g, ov_cols c)
{
    charta_buf b = {0};
    if (!g->id)
        charta_buf_puts(&b, charta_xlsx_label(x, CHARTA_LBL_OTHER_FIELD));
    else if (g->field && charta_xlsx_text(x, &g->field->title)[0])
        charta_buf_printf(&b, "%s %s", g->id, charta_xlsx_text(x, &g->field->title));
    else
        charta_buf_puts(&b, g->id);
    char *text = charta_buf_take(&b);
    if (!text) {
        charta_xlsx_oom(x);
        return;
    }
    const char *t = charta_xlsx_clean(x, text);
    charta_xlsx_check(x, worksheet_set_row(ws, row, 18, NULL), "set_row");
    /* merge_range writes the text as a string cell, never a formula */
    if (t)
        charta_xlsx_check(x, worksheet_merge_range(ws, row, 0, row, c.last, t, XFMT(x, .role = XR_GROUP)),
                   "merge_range");
    else
        charta_xlsx_oom(x);
    free(text);
}

static void
write_indicator_row(xlsx *x, lxw_worksheet *ws, size_t i, ov_cols c, xlsx_marks *marks)
{
    const charta_result *res = charta_results_get(x->r, i);
    const charta_indicator *ind = res->indicator;
    const xlsx_facts *f = &x->facts[i];
    const xlsx_block *b = &x->blocks[i];
    lxw_row_t row = b->overview_row;
    lxw_format *text = XFMT(x, .role = XR_TEXT), *year = XFMT(x, .role = XR_YEAR);
    charta_xlsx_put_link(x, ws, row, C_CODE, b->sheet, b->title, 0, ind->id, false);
    const char *title = charta_xlsx_text(x, &ind->title);
    charta_xlsx_put_text(x, ws, row, C_TITLE, title[0] ? title : ind->id, text);
    const char *sdgs = charta_xlsx_join(x, ind->sdgs, ind->n_sdgs, ", ");
    if (!sdgs) {
        charta_xlsx_oom(x);
        return;
    }
    charta_xlsx_put_text(x, ws, row, C_SDG, sdgs, text);
    charta_xlsx_put_text(x, ws, row, C_UNIT, charta_indicator_unit(ind, x->lang), text);
    if (f->year) {
        charta_xlsx_put_number(x, ws, row, C_YEAR, f->year, year);
        charta_xlsx_put_value(x, ws, row, C_VALUE, f->value, f->status, f->decimals, false, marks);
    } else
        marks->seen[CHARTA_ST_MISSING] = true;
    if (f->prev_year) {
        charta_xlsx_put_number(x, ws, row, C_PREV_YEAR, f->prev_year, year);
        charta_xlsx_put_value(x, ws, row, C_PREV_VALUE, f->prev_value, f->prev_status, f->decimals, false,
                       marks);
        double change = f->value - f->prev_value;
        if (isfinite(change))
            charta_xlsx_put_number(x, ws, row, C_CHANGE, change,
                            XFMT(x, .role = XR_CHANGE, .decimals = f->decimals));
    }
    for (size_t k = 0; k < x->n_bench && f->year; k++) {
        double v;
        char st = charta_xlsx_cell(x, res->values, res->status, x->order[k], f->year, &v, NULL);
        charta_xlsx_put_value(x, ws, row, (lxw_col_t)(C_BENCH0 + k), v, st, f->decimals, false, marks);
    }
    if (f->n_targets) {
        size_t t = shown_target(f);
        charta_xlsx_put_number(
            x, ws, row, c.target, f->targets[t],
            XFMT(x, .role = XR_VALUE, .decimals = f->decimals, .status = CHARTA_ST_NORMAL));
        charta_xlsx_put_number(x, ws, row, c.target_year, f->target_years[t], year);
    }
    if (x->any_assess) {
        int level = f->assess ? f->assess->level : CHARTA_LEVEL_NONE;
        bool known = level >= -2 && level <= 3;
        charta_progress_term t;
        char words[600];
        charta_xlsx_put_text(x, ws, row, c.status, charta_xlsx_term_text(x, f->assess, &t, words, sizeof words),
                      known ? XFMT(x, .role = XR_TEXT, .indent = 1)
                            : XFMT(x, .role = XR_NOTE, .indent = 1));
        if (known)
            charta_xlsx_put_number(x, ws, row, c.level, level, XFMT(x, .role = XR_LEVEL_NUM));
    }
}

/* Colour the assessment column by its category: one rule per category that
 * occurs, comparing the cell's own words, so the colours (the vocabulary's, as
 * in the PDF) follow when rows are sorted. */
static void
add_level_colours(xlsx *x, lxw_worksheet *ws, ov_cols c, lxw_row_t first, lxw_row_t last)
{
    if (!x->any_assess || last < first)
        return;
    char cell[16];
    lxw_rowcol_to_cell_abs(cell, first, c.status, false, true); /* $S6 */
    const char *method = charta_progress_method_of(x->r);
    size_t n = charta_progress_term_count(x->p, method);
    for (size_t k = 0; k < n && x->st == CHARTA_OK; k++) {
        bool used = false;
        for (size_t i = 0; i < charta_results_count(x->r) && !used; i++)
            used = x->facts[i].assess && x->facts[i].assess->level != CHARTA_LEVEL_NONE &&
                   charta_progress_term_index(x->p, x->facts[i].assess) == k;
        if (!used)
            continue;
        charta_progress_term t = charta_progress_term_at(x->p, method, k);
        lxw_format *f = workbook_add_format(x->wb);
        if (!f) {
            charta_xlsx_oom(x);
            return;
        }
        format_set_bg_color(f, t.colour);
        format_set_font_color(f, charta_xlsx_dark(t.colour) ? LXW_COLOR_WHITE : LXW_COLOR_BLACK);
        charta_buf rule = {0}; /* ="<symbol> <words>", quotes doubled */
        charta_buf_printf(&rule, "=%s=\"%s ", cell, t.symbol);
        for (const char *w = charta_progress_term_words(&t, x->lang); *w; w++)
            charta_buf_puts(&rule, *w == '"' ? "\"\"" : (char[2]){*w, 0});
        charta_buf_puts(&rule, "\"");
        if (rule.oom) {
            charta_buf_free(&rule);
            charta_xlsx_oom(x);
            return;
        }
        lxw_conditional_format cf = {
            .type = LXW_CONDITIONAL_TYPE_FORMULA,
            .value_string = rule.data,
            .format = f,
        };
        charta_xlsx_check(x, worksheet_conditional_format_range(ws, first, c.status, last, c.status, &cf),
                   "conditional_format");
        charta_buf_free(&rule);
    }
}

/* What the numbers of the level column say: "Level: ... 3 = target met or
 * on track · ... · −2 = moving away significantly". */
static void
level_legend(xlsx *x, lxw_worksheet *ws, lxw_row_t row, ov_cols c)
{
    x->line.len = 0;
    charta_buf_printf(&x->line, "%s:", charta_xlsx_label(x, CHARTA_LBL_XL_LEVEL_LEGEND));
    for (int level = 3; level >= -2; level--)
        charta_buf_printf(&x->line, "%s%s%d = %s", level == 3 ? " " : " · ",
                          level < 0 ? "\u2212" : "", level < 0 ? -level : level,
                          charta_xlsx_label(x, charta_xlsx_level_label(level)));
    charta_buf_append(&x->line, "", 0);
    if (x->line.oom) {
        charta_xlsx_oom(x);
        return;
    }
    charta_xlsx_put_wide_note(x, ws, row, c.last, x->line.data);
}

static char *
subtitle(const xlsx *x)
{
    charta_buf b = {0};
    char *area = charta_xlsx_area_line(x, x->root);
    if (area && area[0])
        charta_buf_printf(&b, "%s · ", area);
    free(area);
    charta_buf_printf(&b, "%s: ", charta_xlsx_label(x, CHARTA_LBL_REPORT_PERIOD));
    if (x->first < x->last)
        charta_buf_printf(&b, "%d–%d", x->first, x->last);
    else if (x->first == x->last)
        charta_buf_printf(&b, "%d", x->first);
    const char *method = NULL;
    for (size_t i = 0; i < charta_results_count(x->r) && !method; i++)
        if (x->facts[i].assess)
            method = x->facts[i].assess->method;
    if (method)
        charta_buf_printf(&b, " · %s: %s", charta_xlsx_label(x, CHARTA_LBL_XL_METHOD),
                          charta_progress_method_title(method, x->lang));
    return charta_buf_take(&b);
}

charta_status
charta_xlsx_write_overview(xlsx *x)
{
    lxw_worksheet *ws = x->sheets[x->sh_overview].ws;
    ov_cols c = columns(x);
    charta_xlsx_print_setup(x, x->sh_overview);
    double widths[C_BENCH0 + 64] = {22, 62, 12, 14, 9, 12, 14, 15, 12};
    for (size_t i = 0; i < charta_results_count(x->r); i++) { /* the codes in full */
        double w = 1.1 * (double)strlen(charta_results_get(x->r, i)->indicator->id) + 1;
        if (w > widths[C_CODE])
            widths[C_CODE] = w > 48 ? 48 : w;
    }
    size_t n = C_BENCH0;
    for (size_t b = 0; b < x->n_bench && n < sizeof widths / sizeof widths[0] - 4; b++)
        widths[n++] = 13;
    widths[n++] = 10;
    widths[n++] = 8;
    if (x->any_assess) {
        widths[n++] = 32;
        widths[n++] = 6;
    }
    charta_xlsx_widths(x, ws, widths, n);

    const char *title = charta_xlsx_text(x, &x->p->report.title);
    if (!title[0])
        title = charta_xlsx_label(x, CHARTA_LBL_REPORT_TITLE);
    charta_xlsx_put_text(x, ws, 0, 0, title, XFMT(x, .role = XR_SHEET_TITLE));
    char *sub = subtitle(x);
    if (!sub)
        return charta_xlsx_oom(x);
    charta_xlsx_put_text(x, ws, 1, 0, sub, XFMT(x, .role = XR_INFO));
    free(sub);
    charta_xlsx_put_text(x, ws, 2, 0, charta_xlsx_label(x, CHARTA_LBL_XL_OVERVIEW_HINT),
                  XFMT(x, .role = XR_NOTE));
    write_head(x, ws, c);
    worksheet_freeze_panes(ws, x->ov_head + 1, C_TITLE + 1);
    charta_xlsx_check(x, worksheet_repeat_rows(ws, x->ov_head, x->ov_head), "repeat_rows");

    xlsx_marks marks = {0};
    lxw_row_t row = x->ov_head + 1, first = row;
    for (size_t k = 0; k < x->n_groups && x->st == CHARTA_OK; k++) {
        const xlsx_group *g = &x->groups[k];
        if (!g->n)
            continue;
        write_group_row(x, ws, row++, g, c);
        for (size_t j = 0; j < g->n && x->st == CHARTA_OK; j++, row++)
            write_indicator_row(x, ws, g->ind[j], c, &marks);
    }
    add_level_colours(x, ws, c, first, row - 1);
    charta_xlsx_put_legend(x, ws, row + 1, &marks);
    if (x->any_assess)
        level_legend(x, ws, row + 2, c);
    return x->st;
}
