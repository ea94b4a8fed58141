/* report_xlsx_field.c: the field sheets and the input values sheet
 * (report.h): blocks of title, fact box, chart and an areas x years table
 * (the layout is at the top of report_xlsx.c).
 *
 * The table's head and rows form an Excel table with its own filter
 * buttons (Excel allows one plain autofilter per sheet); in constant-memory
 * mode, where tables are impossible, the sheet's first table gets the
 * autofilter. Panes are frozen right of the area name, so codes and names
 * stay in view while scrolling through the years. The values are written
 * with one precomputed format per status and row kind: the table loop is
 * the hot path of a national run (millions of cells).
 */
#include "report_xlsx.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Statuses with a value or a styled blank, in the order of fmt tables. */
static const char table_statuses[] = {CHARTA_ST_NORMAL,      CHARTA_ST_ESTIMATED,
                                      CHARTA_ST_PROVISIONAL, CHARTA_ST_BREAK,
                                      CHARTA_ST_LOWREL,      CHARTA_ST_CONFIDENTIAL};
enum { N_TABLE_ST = sizeof table_statuses, ROW_PLAIN = 0, ROW_BOLD, ROW_BENCH, ROW_KINDS };

static int
status_slot(char st)
{
    for (int k = 0; k < N_TABLE_ST; k++)
        if (table_statuses[k] == st)
            return k;
    return -1;
}

/* --- fact box ------------------------------------------------------------ */

/* Write (or, with ws NULL, only count) the fact box of indicator i from
 * row: label in A, value in B. One function for both, so the plan and the
 * sheet agree. */
static size_t
fact_box(xlsx *x, lxw_worksheet *ws, size_t i, lxw_row_t row)
{
    const charta_result *res = charta_results_get(x->r, i);
    const charta_indicator *ind = res->indicator;
    const xlsx_facts *f = &x->facts[i];
    size_t n = 0;
    lxw_format *label = ws ? XFMT(x, .role = XR_FACT_LABEL) : NULL;
#define LABEL(...)                                                                                 \
    do {                                                                                           \
        if (ws) {                                                                                  \
            x->line.len = 0;                                                                       \
            charta_buf_printf(&x->line, __VA_ARGS__);                                              \
            if (x->line.oom)                                                                       \
                charta_xlsx_oom(x);                                                                       \
            else                                                                                   \
                charta_xlsx_put_text(x, ws, row + (lxw_row_t)n, 0, x->line.data, label);                  \
        }                                                                                          \
    } while (0)
#define VALUE(v, st)                                                                               \
    do {                                                                                           \
        if (ws)                                                                                    \
            charta_xlsx_put_number(                                                                       \
                x, ws, row + (lxw_row_t)n, 1, (v),                                                 \
                XFMT(x, .role = XR_FACT_VALUE, .decimals = f->decimals, .status = (st)));          \
    } while (0)
    const char *unit = charta_indicator_unit(ind, x->lang);
    if (unit[0]) {
        LABEL("%s", charta_xlsx_label(x, CHARTA_LBL_COL_UNIT));
        if (ws)
            charta_xlsx_put_text(x, ws, row + (lxw_row_t)n, 1, unit, XFMT(x, .role = XR_TEXT));
        n++;
    }
    if (f->year) {
        LABEL("%s %d", charta_xlsx_label(x, CHARTA_LBL_XL_FACT_VALUE), f->year);
        VALUE(f->value, f->status);
    } else {
        LABEL("%s", charta_xlsx_label(x, CHARTA_LBL_XL_FACT_VALUE));
        if (ws)
            charta_xlsx_put_text(x, ws, row + (lxw_row_t)n, 1, charta_xlsx_label(x, CHARTA_LBL_XL_NO_VALUE),
                          XFMT(x, .role = XR_NOTE));
    }
    n++;
    if (f->prev_year) {
        LABEL("%s %d", charta_xlsx_label(x, CHARTA_LBL_XL_FACT_VALUE), f->prev_year);
        VALUE(f->prev_value, f->prev_status);
        n++;
        LABEL("%s", charta_xlsx_label(x, CHARTA_LBL_XL_COL_CHANGE));
        double change = f->value - f->prev_value;
        if (ws && isfinite(change))
            charta_xlsx_put_number(x, ws, row + (lxw_row_t)n, 1, change,
                            XFMT(x, .role = XR_FACT_CHANGE, .decimals = f->decimals));
        n++;
    }
    for (size_t t = 0; t < f->n_targets; t++, n++) {
        LABEL("%s %d", charta_xlsx_label(x, CHARTA_LBL_CHART_TARGET), f->target_years[t]);
        VALUE(f->targets[t], CHARTA_ST_NORMAL);
    }
    if (f->assess) {
        LABEL("%s", charta_xlsx_label(x, CHARTA_LBL_XL_COL_ASSESSMENT));
        if (ws) { /* the working is the note under the title */
            charta_progress_term t;
            char text[600];
            /* the words first: they fill t, which the format reads (the order in which
             * a call's arguments are evaluated is not fixed) */
            const char *words = charta_xlsx_term_text(x, f->assess, &t, text, sizeof text);
            charta_xlsx_put_text(x, ws, row + (lxw_row_t)n, 1, words, charta_xlsx_term_fmt(x, &t));
        }
        n++;
    }
    LABEL("%s", charta_xlsx_label(x, CHARTA_LBL_XL_FACT_DIRECTION));
    if (ws) {
        charta_label dir = ind->direction == CHARTA_DIR_UP     ? CHARTA_LBL_CHART_HIGHER_BETTER
                           : ind->direction == CHARTA_DIR_DOWN ? CHARTA_LBL_CHART_LOWER_BETTER
                                                               : CHARTA_LBL_XL_DIR_NONE;
        charta_xlsx_put_text(x, ws, row + (lxw_row_t)n, 1, charta_xlsx_label(x, dir), XFMT(x, .role = XR_TEXT));
    }
    n++;
    for (size_t k = 0; k < x->n_bench && f->year; k++, n++) {
        const charta_area *a = charta_dataset_area(x->ds, x->order[k]);
        LABEL("%s %d", a->name && a->name[0] ? a->name : a->code, f->year);
        double v;
        char st = charta_xlsx_cell(x, res->values, res->status, x->order[k], f->year, &v, NULL);
        if (!charta_status_is_missing(st))
            VALUE(v, st);
    }
    if (ws)
        charta_xlsx_put_link(x, ws, row + (lxw_row_t)n, 0, x->sh_overview, x->blocks[i].overview_row, 0,
                      charta_xlsx_label(x, CHARTA_LBL_XL_FACT_BACK), false);
    n++;
#undef LABEL
#undef VALUE
    return n;
}

size_t
charta_xlsx_fact_rows(const xlsx *x, size_t i)
{
    return fact_box((xlsx *)x, NULL, i, 0);
}

/* --- tables ------------------------------------------------------------- */

typedef struct table_ctx {
    size_t sheet;
    const char **heads; /* area code, area, years as text */
    bool *right;        /* the years */
    char (*years)[16];
    bool autofilter_used;
} table_ctx;

static bool
table_ctx_init(xlsx *x, table_ctx *t, size_t sheet)
{
    memset(t, 0, sizeof *t);
    t->sheet = sheet;
    t->heads = calloc(COL_YEAR0 + x->ny, sizeof *t->heads);
    t->right = calloc(COL_YEAR0 + x->ny, sizeof *t->right);
    t->years = calloc(x->ny ? x->ny : 1, sizeof *t->years);
    if (!t->heads || !t->right || !t->years) {
        free(t->heads);
        free(t->right);
        free(t->years);
        charta_xlsx_oom(x);
        return false;
    }
    t->heads[COL_CODE] = charta_xlsx_label(x, CHARTA_LBL_COL_AREA_CODE);
    t->heads[COL_NAME] = charta_xlsx_label(x, CHARTA_LBL_COL_AREA_NAME);
    for (size_t j = 0; j < x->ny; j++) {
        snprintf(t->years[j], sizeof t->years[j], "%d", x->first + (int)j);
        t->heads[COL_YEAR0 + j] = t->years[j];
        t->right[COL_YEAR0 + j] = true;
    }
    return true;
}

static void
table_ctx_free(table_ctx *t)
{
    free(t->heads);
    free(t->right);
    free(t->years);
}

/* Rows of areas from row on: areas[k] of n (positions in x->order with
 * printed false, area indices with printed true), their values and marks.
 * Returns whether some value was non-finite (written as missing). */
static bool
write_rows(xlsx *x, lxw_worksheet *ws, lxw_row_t row, const size_t *areas, size_t n, bool printed,
           const double *values, const char *status, int decimals, xlsx_marks *marks)
{
    lxw_format *fmt[ROW_KINDS][N_TABLE_ST];
    for (int kind = 0; kind < ROW_KINDS; kind++)
        for (int s = 0; s < N_TABLE_ST; s++)
            fmt[kind][s] =
                XFMT(x, .role = XR_VALUE, .decimals = decimals, .status = table_statuses[s],
                     .bold = kind == ROW_BOLD, .bench = kind == ROW_BENCH);
    bool bad = false;
    for (size_t k = 0; k < n && x->st == CHARTA_OK; k++, row++) {
        size_t a = printed ? areas[k] : x->order[k];
        const charta_area *area = charta_dataset_area(x->ds, a);
        bool bold = (int)a == x->root, bench = x->pos[a] < x->n_bench;
        int kind = bold ? ROW_BOLD : bench ? ROW_BENCH : ROW_PLAIN;
        marks->bench |= bench;
        charta_xlsx_put_text(x, ws, row, COL_CODE, area->code,
                      XFMT(x, .role = XR_TEXT, .bold = bold, .bench = bench));
        charta_xlsx_put_text(x, ws, row, COL_NAME, area->name && area->name[0] ? area->name : area->code,
                      XFMT(x, .role = XR_NAME, .bold = bold, .bench = bench,
                           .indent = bench || printed ? 0 : area->level));
        for (size_t j = 0; j < x->ny && x->st == CHARTA_OK; j++) {
            double v;
            char st = charta_xlsx_cell(x, values, status, a, x->first + (int)j, &v, &bad);
            marks->seen[(unsigned char)st & 127] = true;
            int s = status_slot(st);
            lxw_col_t col = (lxw_col_t)(COL_YEAR0 + j);
            if (s < 0) { /* M: an empty cell, shaded in a printed benchmark row (never in
                            the table of all areas: the charts read its rows, and a blank cell
                            is a 0 in a chart's cache of values) */
                if (bench && printed)
                    charta_xlsx_check(x, worksheet_write_blank(ws, row, col, fmt[kind][0]), "write_blank");
            } else if (st == CHARTA_ST_CONFIDENTIAL)
                charta_xlsx_check(x, worksheet_write_blank(ws, row, col, fmt[kind][s]), "write_blank");
            else
                charta_xlsx_check(x, worksheet_write_number(ws, row, col, v, fmt[kind][s]),
                           "write_number");
        }
    }
    return bad;
}

/* The printed table of a block: head, the subject, the benchmarks and the
 * focus areas (x->print_rows), legend. */
static void
write_print_table(xlsx *x, lxw_worksheet *ws, const xlsx_block *b, const double *values,
                  const char *status, int decimals)
{
    charta_xlsx_table_head(x, ws, b->phead);
    xlsx_marks marks = {0};
    write_rows(x, ws, b->phead + 1, x->print_rows, x->n_print, true, values, status, decimals,
               &marks);
    charta_xlsx_put_legend(x, ws, b->phead + 1 + (lxw_row_t)x->n_print, &marks);
}

/* The table of all areas of a block: title and info line, head, one row
 * per area (x->order), legend; the Excel table or autofilter and the
 * defined name. Returns whether some value was non-finite (written as
 * missing). */
static bool
write_table(xlsx *x, table_ctx *t, const xlsx_block *b, const char *title, const char *info,
            const double *values, const char *status, int decimals)
{
    lxw_worksheet *ws = x->sheets[t->sheet].ws;
    charta_xlsx_put_text(x, ws, b->ftitle, 0, title, XFMT(x, .role = XR_TABLE_TITLE));
    charta_xlsx_put_text(x, ws, b->ftitle + 1, 0, info, XFMT(x, .role = XR_INFO));
    charta_xlsx_table_head(x, ws, b->head);
    /* before the rows: in constant-memory mode an autofilter over rows
     * already written is refused */
    charta_xlsx_add_table(x, t->sheet, b->head, b->last, t->heads, t->right, COL_YEAR0 + x->ny,
                   &t->autofilter_used);
    xlsx_marks marks = {0};
    bool bad = write_rows(x, ws, b->head + 1, NULL, x->n_order, false, values, status, decimals,
                          &marks);
    charta_xlsx_put_legend(x, ws, b->last + 1, &marks);
    charta_xlsx_define_table(x, b);
    return bad;
}

/* The heading and note over the tables of all areas, and the print setup
 * of a sheet of blocks: the printed parts, the title rows on every page. */
static void
all_areas_heading(xlsx *x, size_t sheet)
{
    xlsx_sheet *sh = &x->sheets[sheet];
    lxw_worksheet *ws = sh->ws;
    lxw_col_t last = (lxw_col_t)(COL_YEAR0 + (x->ny ? x->ny - 1 : 0));
    charta_xlsx_put_text(x, ws, sh->all_areas, 0, charta_xlsx_label(x, CHARTA_LBL_XL_ALL_AREAS),
                         XFMT(x, .role = XR_SHEET_TITLE));
    charta_xlsx_put_wide_note(x, ws, sh->all_areas + 1, last,
                              charta_xlsx_label(x, CHARTA_LBL_XL_ALL_AREAS_NOTE));
    lxw_col_t cols = sh->print_cols > last ? sh->print_cols : last;
    if (x->st == CHARTA_OK) {
        charta_xlsx_check(x, worksheet_print_area(ws, 0, 0, sh->print_last, cols), "print_area");
        charta_xlsx_check(x, worksheet_repeat_rows(ws, 0, 1), "repeat_rows");
    }
}

static void
sheet_columns(xlsx *x, lxw_worksheet *ws)
{
    charta_xlsx_check(x, worksheet_set_column(ws, COL_CODE, COL_CODE, 20, NULL), "set_column");
    charta_xlsx_check(x, worksheet_set_column(ws, COL_NAME, COL_NAME, 34, NULL), "set_column");
    if (x->ny)
        charta_xlsx_check(
            x, worksheet_set_column(ws, COL_YEAR0, (lxw_col_t)(COL_YEAR0 + x->ny - 1), 11, NULL),
            "set_column");
    worksheet_freeze_panes(ws, 0, COL_YEAR0);
}

/* "Code: x · Unit: u · SDG: a, b" */
static char *
info_line(xlsx *x, const charta_indicator *ind)
{
    charta_buf b = {0};
    charta_buf_printf(&b, "%s: %s", charta_xlsx_label(x, CHARTA_LBL_COL_CODE), ind->id);
    const char *unit = charta_indicator_unit(ind, x->lang);
    if (unit[0])
        charta_buf_printf(&b, " · %s: %s", charta_xlsx_label(x, CHARTA_LBL_UNIT), unit);
    if (ind->n_sdgs)
        charta_buf_printf(&b, " · %s: ", charta_xlsx_label(x, CHARTA_LBL_SDG));
    for (size_t i = 0; i < ind->n_sdgs; i++)
        charta_buf_printf(&b, "%s%s", i ? ", " : "", ind->sdgs[i]);
    return charta_buf_take(&b);
}

static void
write_block(xlsx *x, table_ctx *t, size_t i, bool first)
{
    const charta_result *res = charta_results_get(x->r, i);
    const charta_indicator *ind = res->indicator;
    const xlsx_block *b = &x->blocks[i];
    lxw_worksheet *ws = x->sheets[t->sheet].ws;
    if (!first) /* every indicator on its own page */
        charta_xlsx_page_break(x, t->sheet, b->title);
    charta_xlsx_check(x, worksheet_set_row(ws, b->title, 18, NULL), "set_row");
    const char *title = charta_xlsx_text(x, &ind->title);
    charta_xlsx_put_text(x, ws, b->title, 0, title[0] ? title : ind->id, XFMT(x, .role = XR_TABLE_TITLE));
    char *info = info_line(x, ind);
    if (!info) {
        charta_xlsx_oom(x);
        return;
    }
    charta_xlsx_put_text(x, ws, b->title + 1, 0, info, XFMT(x, .role = XR_INFO));
    free(info);
    lxw_col_t last = (lxw_col_t)(COL_YEAR0 + (x->ny ? x->ny - 1 : 0));
    if (b->comment)
        charta_xlsx_put_wide_note(x, ws, b->title + 2, last, charta_xlsx_text(x, &ind->comment));
    if (b->working) { /* the assessment's working, in the report language */
        x->line.len = 0;
        charta_buf_printf(&x->line, "%s: ", charta_xlsx_label(x, CHARTA_LBL_XL_COL_ASSESSMENT));
        charta_progress_describe_for(x->p, ind, x->facts[i].decimals, x->facts[i].assess, true,
                                     x->lang, &x->line);
        charta_buf_append(&x->line, "", 0);
        if (x->line.oom) {
            charta_xlsx_oom(x);
            return;
        }
        charta_xlsx_put_wide_note(x, ws, b->title + 2 + (b->comment ? 1 : 0), last, x->line.data);
    }
    fact_box(x, ws, i, b->facts);
    charta_xlsx_insert_charts(x, i);
    write_print_table(x, ws, b, res->values, res->status, x->facts[i].decimals);
    if (b->chart) /* the chart reaches eight year columns right */
        x->sheets[t->sheet].print_cols =
            (lxw_col_t)(COL_YEAR0 + XLSX_CHART_WIDTH / 82 > x->sheets[t->sheet].print_cols
                            ? COL_YEAR0 + XLSX_CHART_WIDTH / 82
                            : x->sheets[t->sheet].print_cols);
}

/* The indicator's table of all areas, below the printed parts. */
static void
write_block_table(xlsx *x, table_ctx *t, size_t i)
{
    const charta_result *res = charta_results_get(x->r, i);
    const charta_indicator *ind = res->indicator;
    const char *title = charta_xlsx_text(x, &ind->title);
    char *info = info_line(x, ind);
    if (!info) {
        charta_xlsx_oom(x);
        return;
    }
    if (write_table(x, t, &x->blocks[i], title[0] ? title : ind->id, info, res->values,
                    res->status, x->facts[i].decimals))
        charta_diag_warning(x->d, ind->loc.file, ind->loc.line, 0,
                            "indicator '%s': values that are no finite number are written as "
                            "missing (empty) in %s; nothing to do",
                            ind->id, x->path);
    free(info);
}



charta_status
charta_xlsx_write_field_sheet(xlsx *x, const xlsx_group *g)
{
    lxw_worksheet *ws = x->sheets[g->sheet].ws;
    charta_xlsx_print_setup(x, g->sheet);
    sheet_columns(x, ws);
    /* the full title (the sheet name may be cut), the SDGs, the description */
    const char *ftitle = g->field ? charta_xlsx_text(x, &g->field->title) : "";
    char *title = ftitle[0] ? charta_asprintf("%s %s", g->id, ftitle)
                            : charta_strdup(x->sheets[g->sheet].name);
    if (!title)
        return charta_xlsx_oom(x);
    charta_xlsx_put_text(x, ws, 0, 0, title, XFMT(x, .role = XR_SHEET_TITLE));
    free(title);
    if (g->field && g->field->n_sdgs) {
        const char *sdgs = charta_xlsx_join(x, g->field->sdgs, g->field->n_sdgs, ", ");
        char *line = sdgs ? charta_asprintf("%s: %s", charta_xlsx_label(x, CHARTA_LBL_SDG), sdgs) : NULL;
        if (!line)
            return charta_xlsx_oom(x);
        charta_xlsx_put_text(x, ws, 1, 0, line, XFMT(x, .role = XR_INFO));
        free(line);
    }
    if (g->field)
        charta_xlsx_put_text(x, ws, 2, 0, charta_xlsx_text(x, &g->field->description), XFMT(x, .role = XR_NOTE));
    table_ctx t;
    if (!table_ctx_init(x, &t, g->sheet))
        return x->st;
    for (size_t j = 0; j < g->n && x->st == CHARTA_OK; j++) {
        charta_status st = charta_report_interrupted(x->o, x->path, x->d);
        if (st != CHARTA_OK) {
            x->st = st;
            break;
        }
        write_block(x, &t, g->ind[j], j == 0);
    }
    all_areas_heading(x, g->sheet);
    for (size_t j = 0; j < g->n && x->st == CHARTA_OK; j++)
        write_block_table(x, &t, g->ind[j]);
    table_ctx_free(&t);
    return x->st;
}

/* --- input values ---------------------------------------------------------- */

static const char *
aggregate_text(xlsx *x, const charta_variable *v)
{
    switch (v->aggregate) {
    case CHARTA_AGG_SUM:
        return charta_xlsx_label(x, CHARTA_LBL_XL_AGG_SUM);
    case CHARTA_AGG_MEAN:
        if (v->weight_var >= 0) {
            const charta_variable *w = charta_dataset_variable(x->ds, (size_t)v->weight_var);
            x->line.len = 0;
            charta_buf_printf(&x->line, "%s %s", charta_xlsx_label(x, CHARTA_LBL_XL_AGG_WEIGHTED),
                              w->name);
            return x->line.oom ? "" : x->line.data;
        }
        return charta_xlsx_label(x, CHARTA_LBL_XL_AGG_MEAN);
    case CHARTA_AGG_MIN:
        return charta_xlsx_label(x, CHARTA_LBL_XL_AGG_MIN);
    case CHARTA_AGG_MAX:
        return charta_xlsx_label(x, CHARTA_LBL_XL_AGG_MAX);
    case CHARTA_AGG_NONE:
        break;
    }
    return charta_xlsx_label(x, CHARTA_LBL_XL_AGG_NONE);
}

const char *
charta_xlsx_aggregate_text(xlsx *x, const charta_variable *v)
{
    return aggregate_text(x, v);
}

charta_status
charta_xlsx_write_values_sheet(xlsx *x)
{
    size_t sheet = x->sh_values;
    lxw_worksheet *ws = x->sheets[sheet].ws;
    charta_xlsx_print_setup(x, sheet);
    sheet_columns(x, ws);
    charta_xlsx_put_text(x, ws, 0, 0, x->sheets[sheet].name, XFMT(x, .role = XR_SHEET_TITLE));
    charta_xlsx_put_text(x, ws, 1, 0, charta_xlsx_label(x, CHARTA_LBL_XL_DESC_INPUT_VALUES),
                  XFMT(x, .role = XR_INFO));
    table_ctx t;
    if (!table_ctx_init(x, &t, sheet))
        return x->st;
    size_t nv = charta_dataset_variable_count(x->ds);
    char **infos = calloc(nv ? nv : 1, sizeof *infos);
    if (!infos) {
        table_ctx_free(&t);
        return charta_xlsx_oom(x);
    }
    for (size_t i = 0; i < nv && x->st == CHARTA_OK; i++) {
        const charta_variable *v = charta_dataset_variable(x->ds, i);
        const xlsx_block *b = &x->vblocks[i];
        charta_xlsx_check(x, worksheet_set_row(ws, b->title, 18, NULL), "set_row");
        charta_xlsx_put_text(x, ws, b->title, 0, v->name, XFMT(x, .role = XR_TABLE_TITLE));
        charta_buf info = {0};
        if (v->unit && v->unit[0])
            charta_buf_printf(&info, "%s: %s · ", charta_xlsx_label(x, CHARTA_LBL_UNIT), v->unit);
        charta_buf_printf(&info, "%s: %s · %s: ", charta_xlsx_label(x, CHARTA_LBL_XL_SOURCE),
                          v->source ? v->source : "", charta_xlsx_label(x, CHARTA_LBL_XL_COL_AGGREGATE));
        charta_buf_puts(&info, aggregate_text(x, v));
        infos[i] = charta_buf_take(&info);
        if (!infos[i]) {
            charta_xlsx_oom(x);
            break;
        }
        charta_xlsx_put_text(x, ws, b->title + 1, 0, infos[i], XFMT(x, .role = XR_INFO));
        write_print_table(x, ws, b, v->values, v->status, -1);
    }
    if (x->st == CHARTA_OK)
        all_areas_heading(x, sheet);
    for (size_t i = 0; i < nv && x->st == CHARTA_OK; i++) {
        const charta_variable *v = charta_dataset_variable(x->ds, i);
        if (write_table(x, &t, &x->vblocks[i], v->name, infos[i], v->values, v->status, -1))
            charta_diag_warning(x->d, v->decl_file, v->decl_line, 0,
                                "variable '%s': values that are no finite number are written "
                                "as missing (empty) in %s; nothing to do",
                                v->name, x->path);
    }
    for (size_t i = 0; i < nv; i++)
        free(infos[i]);
    free(infos);
    table_ctx_free(&t);
    return x->st;
}

/* --- the parts of the indicators' breakdowns --------------------------------- */

/* "Walk: sex female, age group 65 years and older" for part pt of result res. */
static char *
part_title(xlsx *x, const charta_result *res, const charta_result_part *pt)
{
    const charta_indicator *ind = res->indicator;
    charta_buf b = {0};
    charta_buf_printf(&b, "%s:", charta_xlsx_text(x, &ind->title));
    bool first = true;
    for (size_t j = 0; j < ind->n_breakdown; j++) {
        if (!pt->dim_vals[j][0])
            continue;
        charta_buf_printf(&b, "%s %s %s", first ? "" : ",", ind->breakdown[j], pt->dim_vals[j]);
        first = false;
    }
    return charta_buf_take(&b);
}

charta_status
charta_xlsx_write_parts_sheet(xlsx *x)
{
    size_t sheet = x->sh_parts;
    lxw_worksheet *ws = x->sheets[sheet].ws;
    charta_xlsx_print_setup(x, sheet);
    sheet_columns(x, ws);
    charta_xlsx_put_text(x, ws, 0, 0, x->sheets[sheet].name, XFMT(x, .role = XR_SHEET_TITLE));
    charta_xlsx_put_text(x, ws, 1, 0, charta_xlsx_label(x, CHARTA_LBL_XL_DESC_BREAKDOWNS),
                         XFMT(x, .role = XR_INFO));
    table_ctx t;
    if (!table_ctx_init(x, &t, sheet))
        return x->st;
    char **titles = calloc(x->n_pblocks, sizeof *titles);
    char **infos = calloc(x->n_pblocks, sizeof *infos);
    if (!titles || !infos) {
        free(titles);
        free(infos);
        table_ctx_free(&t);
        return charta_xlsx_oom(x);
    }
    size_t ni = charta_results_count(x->r);
    for (int pass = 0; pass < 2 && x->st == CHARTA_OK; pass++) {
        if (pass == 1)
            all_areas_heading(x, sheet);
        for (size_t i = 0, k = 0; i < ni && x->st == CHARTA_OK; i++) {
            const charta_result *res = charta_results_get(x->r, i);
            const charta_indicator *ind = res->indicator;
            int decimals = x->facts[i].decimals;
            for (size_t p = 0; p < res->n_parts && x->st == CHARTA_OK; p++, k++) {
                const charta_result_part *pt = &res->parts[p];
                const xlsx_block *b = &x->pblocks[k];
                if (pass == 1) {
                    write_table(x, &t, b, titles[k], infos[k], pt->values, pt->status,
                                decimals);
                    continue;
                }
                titles[k] = part_title(x, res, pt);
                charta_buf info = {0};
                charta_buf_printf(&info, "%s %s", charta_xlsx_label(x, CHARTA_LBL_XL_BREAKDOWN_OF),
                                  ind->id);
                const char *unit = charta_xlsx_text(x, &ind->unit_text);
                if (unit[0])
                    charta_buf_printf(&info, " · %s: %s", charta_xlsx_label(x, CHARTA_LBL_UNIT),
                                      unit);
                infos[k] = charta_buf_take(&info);
                if (!titles[k] || !infos[k]) {
                    charta_xlsx_oom(x);
                    break;
                }
                charta_xlsx_check(x, worksheet_set_row(ws, b->title, 18, NULL), "set_row");
                charta_xlsx_put_text(x, ws, b->title, 0, titles[k],
                                     XFMT(x, .role = XR_TABLE_TITLE));
                charta_xlsx_put_text(x, ws, b->title + 1, 0, infos[k], XFMT(x, .role = XR_INFO));
                write_print_table(x, ws, b, pt->values, pt->status, decimals);
            }
        }
    }
    for (size_t k = 0; k < x->n_pblocks; k++) {
        free(titles[k]);
        free(infos[k]);
    }
    free(titles);
    free(infos);
    table_ctx_free(&t);
    return x->st;
}
