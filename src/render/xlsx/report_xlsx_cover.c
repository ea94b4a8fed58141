/* report_xlsx_cover.c: the cover sheet (report.h): what the report is, for
 * whom, when and from what; the contents with links; the legend of the
 * signs and colours used everywhere else; the sources with their licences.
 *
 *   A                         B                                C          D
 *   <report title>
 *   <city name>
 *
 *   Area                      Musterstadt (09999000)
 *   Reporting period          2012–2024
 *   Created on                31.03.2025            (a date cell)
 *   Data as of                15.03.2025            (latest input date)
 *   Indicators / Action fields / Created with charta <version>
 *
 *   Contents: one link per sheet and what it holds (an action field's
 *     sheet: its full title, which the sheet name may cut)
 *   Signs in the tables: a sample cell per mark, empty and shaded cells,
 *     the bold subject area, the benchmark rows
 *   Assessment of progress: the colour of every level (when assessed)
 *   Sources: source | file | licence | data as of
 *   the note on precision
 */
#include "report_xlsx.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *
latest_as_of(const xlsx *x, const char *source)
{
    const char *best = NULL;
    for (size_t i = 0; i < charta_dataset_input_count(x->ds); i++) {
        const charta_input *in = charta_dataset_input(x->ds, i);
        if (source && (!in->source || strcmp(in->source, source) != 0))
            continue;
        if (in->as_of && (!best || strcmp(in->as_of, best) > 0))
            best = in->as_of;
    }
    return best;
}

static void
key_value(xlsx *x, lxw_worksheet *ws, lxw_row_t row, charta_label key, const char *value)
{
    charta_xlsx_put_text(x, ws, row, 0, charta_xlsx_label(x, key), XFMT(x, .role = XR_FACT_LABEL));
    if (value)
        charta_xlsx_put_text(x, ws, row, 1, value, XFMT(x, .role = XR_TEXT));
}

static void
key_count(xlsx *x, lxw_worksheet *ws, lxw_row_t row, charta_label key, size_t n)
{
    key_value(x, ws, row, key, NULL);
    charta_xlsx_put_number(x, ws, row, 1, (double)n,
                    XFMT(x, .role = XR_FACT_VALUE, .decimals = 0, .status = CHARTA_ST_NORMAL));
}

static lxw_row_t
write_facts(xlsx *x, lxw_worksheet *ws, lxw_row_t row)
{
    char *area = charta_xlsx_area_line(x, x->root);
    if (!area) {
        charta_xlsx_oom(x);
        return row;
    }
    if (area[0])
        key_value(x, ws, row++, CHARTA_LBL_XL_AREA, area);
    free(area);
    char period[32] = "";
    if (x->first < x->last)
        snprintf(period, sizeof period, "%d–%d", x->first, x->last);
    else if (x->first == x->last)
        snprintf(period, sizeof period, "%d", x->first);
    key_value(x, ws, row++, CHARTA_LBL_REPORT_PERIOD, period);
    key_value(x, ws, row, CHARTA_LBL_XL_CREATED, NULL);
    charta_xlsx_put_date(x, ws, row++, 1, x->created, true);
    key_value(x, ws, row, CHARTA_LBL_XL_DATA_AS_OF, NULL);
    charta_xlsx_put_as_of(x, ws, row++, 1, latest_as_of(x, NULL), true);
    size_t fields = 0;
    for (size_t k = 0; k < x->n_groups; k++)
        fields += x->groups[k].n > 0 && x->groups[k].id;
    key_count(x, ws, row++, CHARTA_LBL_XL_N_INDICATORS, charta_results_count(x->r));
    key_count(x, ws, row++, CHARTA_LBL_XL_N_FIELDS, fields);
    key_value(x, ws, row++, CHARTA_LBL_XL_CREATED_WITH, "charta " CHARTA_VERSION);
    return row + 1;
}

/* The full title of the action field on sheet s ("HF06 Verwaltung &
 * digitale Dienste"; the sheet name may be cut), NULL for other sheets. */
static const char *
field_title(xlsx *x, size_t s)
{
    for (size_t k = 0; k < x->n_groups; k++) {
        const xlsx_group *g = &x->groups[k];
        if (!g->n || g->sheet != s || !g->field || !charta_xlsx_text(x, &g->field->title)[0])
            continue;
        x->line.len = 0;
        charta_buf_printf(&x->line, "%s %s", g->id, charta_xlsx_text(x, &g->field->title));
        return x->line.oom ? NULL : x->line.data;
    }
    return NULL;
}

static lxw_row_t
write_contents(xlsx *x, lxw_worksheet *ws, lxw_row_t row)
{
    charta_xlsx_put_text(x, ws, row++, 0, charta_xlsx_label(x, CHARTA_LBL_XL_CONTENTS),
                  XFMT(x, .role = XR_SECTION));
    for (size_t s = 0; s < x->n_sheets && x->st == CHARTA_OK; s++) {
        if (s == x->sh_cover || (x->has_chartdata && s == x->sh_chartdata))
            continue;
        charta_label desc = CHARTA_LBL_XL_DESC_FIELD;
        const char *field = field_title(x, s);
        if (s == x->sh_overview)
            desc = CHARTA_LBL_XL_DESC_OVERVIEW;
        else if (s == x->sh_coverage)
            desc = CHARTA_LBL_XL_DESC_COVERAGE;
        else if (s == x->sh_meta)
            desc = CHARTA_LBL_XL_DESC_METADATA;
        else if (s == x->sh_inputs)
            desc = CHARTA_LBL_XL_DESC_INPUTS;
        else if (x->has_values && s == x->sh_values)
            desc = CHARTA_LBL_XL_DESC_INPUT_VALUES;
        else if (x->n_pblocks && s == x->sh_parts)
            desc = CHARTA_LBL_XL_DESC_BREAKDOWNS;
        charta_xlsx_put_link(x, ws, row, 0, s, 0, 0, x->sheets[s].name, false);
        charta_xlsx_put_text(x, ws, row++, 1, field ? field : charta_xlsx_label(x, desc),
                      XFMT(x, .role = XR_TEXT));
    }
    return row + 1;
}

static lxw_row_t
write_marks(xlsx *x, lxw_worksheet *ws, lxw_row_t row)
{
    static const struct {
        char status;
        charta_label label;
    } marks[] = {
        {CHARTA_ST_ESTIMATED, CHARTA_LBL_MARK_ESTIMATED},
        {CHARTA_ST_PROVISIONAL, CHARTA_LBL_MARK_PROVISIONAL},
        {CHARTA_ST_BREAK, CHARTA_LBL_MARK_BREAK},
        {CHARTA_ST_LOWREL, CHARTA_LBL_MARK_LOWREL},
    };
    lxw_format *text = XFMT(x, .role = XR_TEXT);
    charta_xlsx_put_text(x, ws, row++, 0, charta_xlsx_label(x, CHARTA_LBL_XL_MARKS), XFMT(x, .role = XR_SECTION));
    /* a sample cell for each mark: the number 12.5 shown as "12.5 e" */
    for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++) {
        charta_xlsx_put_number(
            x, ws, row, 0, 12.5,
            XFMT(x, .role = XR_VALUE, .decimals = 1, .status = marks[i].status, .left = true));
        char *line =
            charta_asprintf("%s = %s", charta_xlsx_mark(marks[i].status), charta_xlsx_label(x, marks[i].label));
        if (!line) {
            charta_xlsx_oom(x);
            return row;
        }
        charta_xlsx_put_text(x, ws, row++, 1, line, text);
        free(line);
    }
    charta_xlsx_put_text(x, ws, row++, 1, charta_xlsx_label(x, CHARTA_LBL_EMPTY_MISSING), text);
    charta_xlsx_put_value(x, ws, row, 0, 0, CHARTA_ST_CONFIDENTIAL, 1, false, NULL);
    charta_xlsx_put_text(x, ws, row++, 1, charta_xlsx_label(x, CHARTA_LBL_EMPTY_CONFIDENTIAL), text);
    const char *root = charta_xlsx_root_name(x);
    if (root[0]) {
        charta_xlsx_put_text(x, ws, row, 0, root, XFMT(x, .role = XR_TEXT, .bold = true));
        charta_xlsx_put_text(x, ws, row++, 1, charta_xlsx_label(x, CHARTA_LBL_XL_BOLD_ROW), text);
    }
    if (x->n_bench) {
        const charta_area *a = charta_dataset_area(x->ds, x->order[0]);
        charta_xlsx_put_text(x, ws, row, 0, a->name && a->name[0] ? a->name : a->code,
                      XFMT(x, .role = XR_TEXT, .bench = true));
        charta_xlsx_put_text(x, ws, row++, 1, charta_xlsx_label(x, CHARTA_LBL_XL_BENCH_ROW), text);
    }
    return row + 1;
}

static lxw_row_t
write_levels(xlsx *x, lxw_worksheet *ws, lxw_row_t row)
{
    if (!x->any_assess)
        return row;
    charta_xlsx_put_text(x, ws, row++, 0, charta_xlsx_label(x, CHARTA_LBL_XL_ASSESSMENT_LEGEND),
                  XFMT(x, .role = XR_SECTION));
    const char *method = NULL;
    for (size_t i = 0; i < charta_results_count(x->r) && !method; i++)
        if (x->facts[i].assess && x->facts[i].assess->method)
            method = x->facts[i].assess->method;
    if (!method)
        method = x->p->report.progress;
    if (method) {
        charta_xlsx_put_text(x, ws, row, 0, charta_xlsx_label(x, CHARTA_LBL_XL_METHOD),
                      XFMT(x, .role = XR_FACT_LABEL));
        charta_xlsx_put_text(x, ws, row++, 1, charta_progress_method_title(method, x->lang),
                             XFMT(x, .role = XR_TEXT));
    }
    /* the categories the workbook shows, best first, as in its cells */
    size_t n = charta_progress_term_count(x->p, method);
    for (size_t k = 0; k < n; k++) {
        const charta_assessment *used = NULL;
        for (size_t i = 0; i < charta_results_count(x->r) && !used; i++)
            if (x->facts[i].assess && charta_progress_term_index(x->p, x->facts[i].assess) == k)
                used = x->facts[i].assess;
        if (!used)
            continue;
        charta_progress_term t;
        char text[600];
        /* the words first: they fill t, which the format reads */
        const char *words = charta_xlsx_term_text(x, used, &t, text, sizeof text);
        charta_xlsx_put_text(x, ws, row++, 0, words, charta_xlsx_term_fmt(x, &t));
    }
    return row + 1;
}

static lxw_row_t
write_sources(xlsx *x, lxw_worksheet *ws, lxw_row_t row)
{
    const charta_project *p = x->p;
    if (!p->n_sources)
        return row;
    charta_xlsx_put_text(x, ws, row++, 0, charta_xlsx_label(x, CHARTA_LBL_XL_SOURCES),
                  XFMT(x, .role = XR_SECTION));
    static const charta_label heads[] = {CHARTA_LBL_XL_SOURCE, CHARTA_LBL_XL_FILE,
                                         CHARTA_LBL_XL_LICENCE, CHARTA_LBL_XL_DATA_AS_OF};
    for (size_t c = 0; c < sizeof heads / sizeof heads[0]; c++)
        charta_xlsx_put_text(x, ws, row, (lxw_col_t)c, charta_xlsx_label(x, heads[c]), XFMT(x, .role = XR_HEAD));
    row++;
    lxw_format *wrap = XFMT(x, .role = XR_WRAP), *note = XFMT(x, .role = XR_NOTE);
    for (size_t s = 0; s < p->n_sources && x->st == CHARTA_OK; s++) {
        const charta_source_spec *src = &p->sources[s];
        /* the licence as the input states it (the city's, or the file's own) */
        char *licence = NULL;
        for (size_t i = 0; i < charta_dataset_input_count(x->ds) && !licence; i++) {
            const charta_input *in = charta_dataset_input(x->ds, i);
            if (in->source && strcmp(in->source, src->name) == 0)
                licence = charta_xlsx_input_licence(x, in);
        }
        if (!licence && src->licence)
            licence = charta_report_licence_text(src->licence, NULL, x->lang);
        if (licence && licence[0])
            charta_xlsx_check(x,
                       worksheet_set_row(ws, row,
                                         charta_xlsx_lines_height(charta_xlsx_wrapped_lines(licence, 36)), NULL),
                       "set_row");
        charta_xlsx_put_text(x, ws, row, 0, src->name, wrap);
        charta_xlsx_put_text(x, ws, row, 1, src->file, wrap);
        if (licence && licence[0])
            charta_xlsx_put_text(x, ws, row, 2, licence, wrap);
        else
            charta_xlsx_put_text(x, ws, row, 2, charta_xlsx_label(x, CHARTA_LBL_XL_NOT_STATED), note);
        charta_xlsx_put_as_of(x, ws, row++, 3, latest_as_of(x, src->name), false);
        free(licence);
    }
    return row + 1;
}

charta_status
charta_xlsx_write_cover(xlsx *x)
{
    lxw_worksheet *ws = x->sheets[x->sh_cover].ws;
    charta_xlsx_print_setup(x, x->sh_cover);
    worksheet_fit_to_pages(ws, 1, 1); /* the cover is one page */
    static const double widths[] = {36, 62, 36, 14};
    charta_xlsx_widths(x, ws, widths, sizeof widths / sizeof widths[0]);
    worksheet_gridlines(ws, LXW_HIDE_ALL_GRIDLINES);
    const char *title = charta_xlsx_text(x, &x->p->report.title);
    if (!title[0])
        title = charta_xlsx_label(x, CHARTA_LBL_REPORT_TITLE);
    charta_xlsx_check(x, worksheet_set_row(ws, 0, 30, NULL), "set_row");
    charta_xlsx_put_text(x, ws, 0, 0, title, XFMT(x, .role = XR_COVER_TITLE));
    const charta_city *c = &x->p->city;
    charta_xlsx_put_text(x, ws, 1, 0, c->name && c->name[0] ? c->name : c->id,
                  XFMT(x, .role = XR_SHEET_TITLE));
    lxw_row_t row = 3;
    row = write_facts(x, ws, row);
    row = write_contents(x, ws, row);
    row = write_marks(x, ws, row);
    row = write_levels(x, ws, row);
    row = write_sources(x, ws, row);
    charta_xlsx_put_text(x, ws, row, 0, charta_xlsx_label(x, CHARTA_LBL_XL_PRECISION), XFMT(x, .role = XR_NOTE));
    return x->st;
}
