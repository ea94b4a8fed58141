/* report_xlsx_provenance.c: the inputs sheet's record of where the data come
 * from (report_xlsx.h), in full where the PDF summarises:
 *
 *   Publishers, licences and footnotes: source | item | text (title, table,
 *     publisher, attribution, licence, each footnote)
 *   Notes on the data: source | area | note | years | area code (every note:
 *     an area that did not report, an area reported with another one)
 *   Changes of area codes: old code | old -> new area | reason | from year |
 *     new code | values taken over | differing values
 *   Breaks in series: source | variables | reason | year
 *
 * Each section is an Excel table, written only when it has rows.
 */
#include "report_xlsx.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *
charta_xlsx_input_licence(const xlsx *x, const charta_input *in)
{
    char *l = charta_report_licence_text(in->licence, in->licence_text, x->lang);
    for (size_t s = 0; !l && in->source && s < x->p->n_sources; s++)
        if (strcmp(x->p->sources[s].name, in->source) == 0)
            l = charta_report_licence_text(x->p->sources[s].licence, NULL, x->lang);
    return l;
}

static void
heads(xlsx *x, lxw_worksheet *ws, lxw_row_t row, const charta_label *labels, size_t n,
      const char **texts)
{
    charta_xlsx_check(x, worksheet_set_row(ws, row, 30, NULL), "set_row");
    for (size_t c = 0; c < n; c++) {
        texts[c] = charta_xlsx_label(x, labels[c]);
        charta_xlsx_put_text(x, ws, row, (lxw_col_t)c, texts[c], XFMT(x, .role = XR_HEAD));
    }
}

/* A wrapped text cell in the 66-character column, its row made high enough. */
static void
put_long(xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *s)
{
    size_t lines = charta_xlsx_wrapped_lines(s ? s : "", 64);
    if (lines > 1)
        charta_xlsx_check(x, worksheet_set_row(ws, row, charta_xlsx_lines_height(lines), NULL),
                          "set_row");
    charta_xlsx_put_text(x, ws, row, col, s ? s : "", XFMT(x, .role = XR_WRAP));
}

static lxw_row_t
section(xlsx *x, lxw_worksheet *ws, lxw_row_t row, charta_label title)
{
    charta_xlsx_put_text(x, ws, row, 0, charta_xlsx_label(x, title), XFMT(x, .role = XR_SECTION));
    return row + 1;
}

static lxw_row_t
item(xlsx *x, lxw_worksheet *ws, lxw_row_t row, const char *source, charta_label what,
     const char *text)
{
    if (!text || !text[0])
        return row;
    lxw_format *top = XFMT(x, .role = XR_TEXT, .top = true);
    charta_xlsx_put_text(x, ws, row, 0, source ? source : "", top);
    charta_xlsx_put_text(x, ws, row, 1, charta_xlsx_label(x, what), top);
    put_long(x, ws, row, 2, text);
    return row + 1;
}

static lxw_row_t
write_sources(xlsx *x, lxw_worksheet *ws, lxw_row_t row, bool *filter)
{
    size_t ni = charta_dataset_input_count(x->ds);
    if (!ni)
        return row;
    static const charta_label labels[] = {CHARTA_LBL_XL_SOURCE, CHARTA_LBL_XL_COL_ITEM,
                                          CHARTA_LBL_XL_COL_TEXT};
    const char *texts[3];
    row = section(x, ws, row, CHARTA_LBL_XL_PROVENANCE);
    lxw_row_t head = row++;
    heads(x, ws, head, labels, 3, texts);
    for (size_t i = 0; i < ni && x->st == CHARTA_OK; i++) {
        const charta_input *in = charta_dataset_input(x->ds, i);
        char *licence = charta_xlsx_input_licence(x, in);
        row = item(x, ws, row, in->source, CHARTA_LBL_SRC_TABLE, in->table);
        row = item(x, ws, row, in->source, CHARTA_LBL_SRC_TITLE, in->title);
        row = item(x, ws, row, in->source, CHARTA_LBL_SRC_PUBLISHER, in->publisher);
        row = item(x, ws, row, in->source, CHARTA_LBL_SRC_ATTRIBUTION, in->attribution);
        row = item(x, ws, row, in->source, CHARTA_LBL_XL_LICENCE, licence);
        free(licence);
        for (size_t f = 0; f < in->n_footnotes; f++)
            row = item(x, ws, row, in->source, CHARTA_LBL_SRC_FOOTNOTES, in->footnotes[f]);
    }
    charta_xlsx_add_table(x, x->sh_inputs, head, row - 1, texts, NULL, 3, filter);
    return row + 1;
}

/* The frozen area's name and code, or "" */
static const charta_area *
area_of(const xlsx *x, int a)
{
    return a >= 0 ? charta_dataset_area(x->ds, (size_t)a) : NULL;
}

static lxw_row_t
write_notes(xlsx *x, lxw_worksheet *ws, lxw_row_t row, bool *filter)
{
    size_t nn = charta_dataset_note_count(x->ds);
    if (!nn)
        return row;
    static const charta_label labels[] = {CHARTA_LBL_XL_SOURCE, CHARTA_LBL_COL_AREA_NAME,
                                          CHARTA_LBL_XL_COL_NOTE, CHARTA_LBL_XL_COL_YEARS,
                                          CHARTA_LBL_COL_AREA_CODE};
    const char *texts[5];
    row = section(x, ws, row, CHARTA_LBL_SRC_DATA_NOTES);
    lxw_row_t head = row++;
    heads(x, ws, head, labels, 5, texts);
    lxw_format *top = XFMT(x, .role = XR_TEXT, .top = true);
    const charta_note *prev = NULL;
    for (size_t k = 0; k < nn && x->st == CHARTA_OK; k++) {
        const charta_note *n = charta_dataset_note(x->ds, k);
        /* the same note for several variables of one input is one row */
        if (prev && prev->input == n->input && prev->area == n->area && prev->kind == n->kind &&
            prev->year_first == n->year_first && prev->year_last == n->year_last)
            continue;
        prev = n;
        const charta_input *in = n->input >= 0 ? charta_dataset_input(x->ds, (size_t)n->input)
                                               : NULL;
        const charta_area *a = area_of(x, n->area);
        char *text = charta_report_note_text(x->ds, n, x->lang);
        if (!text) {
            charta_xlsx_oom(x);
            break;
        }
        char years[16];
        charta_report_years(n->year_first, n->year_last, false, years);
        charta_xlsx_put_text(x, ws, row, 0, in && in->source ? in->source : "", top);
        charta_xlsx_put_text(x, ws, row, 1, a && a->name ? a->name : "", top);
        put_long(x, ws, row, 2, text);
        free(text);
        charta_xlsx_put_text(x, ws, row, 3, years, top);
        charta_xlsx_put_text(x, ws, row, 4, a ? a->code : "", top);
        row++;
    }
    charta_xlsx_add_table(x, x->sh_inputs, head, row - 1, texts, NULL, 5, filter);
    return row + 1;
}

static lxw_row_t
write_changes(xlsx *x, lxw_worksheet *ws, lxw_row_t row, bool *filter)
{
    size_t nc = charta_dataset_area_change_count(x->ds);
    if (!nc)
        return row;
    static const charta_label labels[] = {
        CHARTA_LBL_XL_COL_OLD_CODE,  CHARTA_LBL_COL_AREA_NAME, CHARTA_LBL_XL_COL_REASON,
        CHARTA_LBL_XL_COL_FROM_YEAR, CHARTA_LBL_XL_COL_NEW_CODE, CHARTA_LBL_XL_COL_TAKEN,
        CHARTA_LBL_XL_COL_DIFFER};
    enum { N = sizeof labels / sizeof labels[0] };
    static const bool right[N] = {false, false, false, true, false, true, true};
    const char *texts[N];
    row = section(x, ws, row, CHARTA_LBL_SRC_CHANGES);
    lxw_row_t head = row++;
    heads(x, ws, head, labels, N, texts);
    lxw_format *top = XFMT(x, .role = XR_TEXT, .top = true);
    for (size_t k = 0; k < nc && x->st == CHARTA_OK; k++) {
        const charta_area_change *c = charta_dataset_area_change(x->ds, k);
        int nw = charta_dataset_find_area(x->ds, c->new_code);
        const charta_area *a = area_of(x, nw);
        char *names = charta_asprintf("%s \xE2\x86\x92 %s", c->old_name ? c->old_name : c->old_code,
                                      a && a->name ? a->name : c->new_code);
        if (!names) {
            charta_xlsx_oom(x);
            break;
        }
        const char *why =
            k < x->p->n_changes ? charta_text_get(&x->p->changes[k].reason, x->lang, "en") : "";
        charta_xlsx_put_text(x, ws, row, 0, c->old_code, top);
        charta_xlsx_put_text(x, ws, row, 1, names, XFMT(x, .role = XR_WRAP));
        free(names);
        put_long(x, ws, row, 2, why);
        charta_xlsx_put_number(x, ws, row, 3, c->year, XFMT(x, .role = XR_YEAR, .top = true));
        charta_xlsx_put_text(x, ws, row, 4, c->new_code, top);
        charta_xlsx_put_number(x, ws, row, 5, (double)c->taken, XFMT(x, .role = XR_INT, .top = true));
        charta_xlsx_put_number(x, ws, row, 6, (double)c->differ, XFMT(x, .role = XR_INT, .top = true));
        row++;
    }
    charta_xlsx_add_table(x, x->sh_inputs, head, row - 1, texts, right, N, filter);
    return row + 1;
}

static lxw_row_t
write_breaks(xlsx *x, lxw_worksheet *ws, lxw_row_t row, bool *filter)
{
    const charta_project *p = x->p;
    if (!p->n_breaks)
        return row;
    static const charta_label labels[] = {CHARTA_LBL_XL_SOURCE, CHARTA_LBL_XL_COL_VARIABLES,
                                          CHARTA_LBL_XL_COL_REASON, CHARTA_LBL_XL_YEAR};
    static const bool right[4] = {false, false, false, true};
    const char *texts[4];
    row = section(x, ws, row, CHARTA_LBL_XL_BREAKS);
    lxw_row_t head = row++;
    heads(x, ws, head, labels, 4, texts);
    lxw_format *top = XFMT(x, .role = XR_TEXT, .top = true);
    for (size_t k = 0; k < p->n_breaks && x->st == CHARTA_OK; k++) {
        const charta_break_decl *b = &p->breaks[k];
        charta_buf vars = {0};
        for (size_t v = 0; v < charta_dataset_variable_count(x->ds); v++) {
            const charta_variable *var = charta_dataset_variable(x->ds, v);
            if (charta_break_covers(b, var->name, var->source))
                charta_buf_printf(&vars, "%s%s", vars.len ? ", " : "", var->name);
        }
        charta_buf_append(&vars, "", 1);
        if (vars.oom) {
            charta_buf_free(&vars);
            charta_xlsx_oom(x);
            break;
        }
        charta_xlsx_put_text(x, ws, row, 0, b->source ? b->source : "", top);
        charta_xlsx_put_text(x, ws, row, 1, vars.data, XFMT(x, .role = XR_WRAP));
        charta_buf_free(&vars);
        put_long(x, ws, row, 2, charta_text_get(&b->reason, x->lang, "en"));
        charta_xlsx_put_number(x, ws, row, 3, b->year, XFMT(x, .role = XR_YEAR, .top = true));
        row++;
    }
    charta_xlsx_add_table(x, x->sh_inputs, head, row - 1, texts, right, 4, filter);
    return row + 1;
}

lxw_row_t
charta_xlsx_write_provenance(xlsx *x, lxw_worksheet *ws, lxw_row_t row, bool *filter)
{
    row = write_sources(x, ws, row, filter);
    row = write_notes(x, ws, row, filter);
    row = write_changes(x, ws, row, filter);
    return write_breaks(x, ws, row, filter);
}
