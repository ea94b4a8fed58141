/* report_xlsx_shared.c: the helpers the workbook's sheet writers share
 * (report_xlsx.h): the words of a level and of a category, area names, the
 * head row and Excel tables of the year tables, wide notes and the defined
 * name of a block's table. */
#include "report_xlsx.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

charta_label
charta_xlsx_level_label(int level)
{
    switch (level) {
    case 3:
        return CHARTA_LBL_LEVEL_3;
    case 2:
        return CHARTA_LBL_LEVEL_2;
    case 1:
        return CHARTA_LBL_LEVEL_1;
    case 0:
        return CHARTA_LBL_LEVEL_0;
    case -1:
        return CHARTA_LBL_LEVEL_M1;
    case -2:
        return CHARTA_LBL_LEVEL_M2;
    default:
        return CHARTA_LBL_LEVEL_NONE;
    }
}

const char *
charta_xlsx_term_text(const xlsx *x, const charta_assessment *a, charta_progress_term *t,
                      char *out, size_t cap)
{
    *t = a ? charta_progress_term_of(x->p, a) : charta_progress_term_at(x->p, NULL, 0);
    snprintf(out, cap, "%s %s", t->symbol, charta_progress_term_words(t, x->lang));
    return out;
}

lxw_format *
charta_xlsx_term_fmt(xlsx *x, const charta_progress_term *t)
{
    return XFMT(x, .role = XR_LEVEL, .level = t->level, .colour = t->colour);
}

const char *
charta_xlsx_root_name(const xlsx *x)
{
    if (x->root < 0)
        return "";
    const charta_area *a = charta_dataset_area(x->ds, (size_t)x->root);
    return a->name && a->name[0] ? a->name : a->code;
}

char *
charta_xlsx_area_line(const xlsx *x, int area)
{
    if (area < 0)
        return charta_strdup("");
    const charta_area *a = charta_dataset_area(x->ds, (size_t)area);
    if (a->name && a->name[0] && strcmp(a->name, a->code) != 0)
        return charta_asprintf("%s (%s)", a->name, a->code);
    return charta_strdup(a->code);
}

void
charta_xlsx_table_head(xlsx *x, lxw_worksheet *ws, lxw_row_t row)
{
    lxw_format *left = XFMT(x, .role = XR_HEAD), *right = XFMT(x, .role = XR_HEAD_RIGHT);
    charta_xlsx_put_text(x, ws, row, COL_CODE, charta_xlsx_label(x, CHARTA_LBL_COL_AREA_CODE), left);
    charta_xlsx_put_text(x, ws, row, COL_NAME, charta_xlsx_label(x, CHARTA_LBL_COL_AREA_NAME), left);
    for (size_t j = 0; j < x->ny; j++) {
        char year[16]; /* text, as Excel tables want their heads */
        snprintf(year, sizeof year, "%d", x->first + (int)j);
        charta_xlsx_put_text(x, ws, row, (lxw_col_t)(COL_YEAR0 + j), year, right);
    }
}

void
charta_xlsx_add_table(xlsx *x, size_t sheet, lxw_row_t head, lxw_row_t last, const char *const *heads,
               const bool *right, size_t ncols, bool *autofilter_used)
{
    lxw_worksheet *ws = x->sheets[sheet].ws;
    if (x->st != CHARTA_OK || last <= head || ncols == 0)
        return; /* a table needs a data row */
    if (x->stream) {
        /* no tables in constant-memory mode: the sheet's one autofilter */
        if (autofilter_used && !*autofilter_used) {
            charta_xlsx_check(x, worksheet_autofilter(ws, head, 0, last, (lxw_col_t)(ncols - 1)),
                       "autofilter");
            *autofilter_used = true;
        }
        return;
    }
    lxw_table_column *cols = calloc(ncols, sizeof *cols);
    lxw_table_column **ptrs = calloc(ncols + 1, sizeof *ptrs);
    if (!cols || !ptrs) {
        charta_xlsx_oom(x);
    } else {
        for (size_t c = 0; c < ncols; c++) {
            /* table column names must be unique and valid text, like cells */
            cols[c].header = (char *)heads[c];
            cols[c].header_format = XFMT(x, .role = right && right[c] ? XR_HEAD_RIGHT : XR_HEAD);
            ptrs[c] = &cols[c];
        }
        lxw_table_options opt = {
            .style_type = LXW_TABLE_STYLE_TYPE_LIGHT,
            .style_type_number = 0, /* no table style: our own formats show */
            .columns = ptrs,
        };
        charta_xlsx_check(x, worksheet_add_table(ws, head, 0, last, (lxw_col_t)(ncols - 1), &opt),
                   "add_table");
    }
    free(cols);
    free(ptrs);
}

void
charta_xlsx_put_wide_note(xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t last, const char *text)
{
    if (x->st != CHARTA_OK || !text || !text[0])
        return;
    /* the widths of the columns of a table: code, name, the years */
    double width = 20 + 34 + 11.0 * (last > COL_NAME ? last - COL_NAME : 0);
    const char *t = charta_xlsx_clean(x, text);
    if (!t) {
        charta_xlsx_oom(x);
        return;
    }
    size_t lines = charta_xlsx_wrapped_lines(t, width * 1.15); /* italic 11 pt: a bit narrower */
    charta_xlsx_check(x, worksheet_set_row(ws, row, charta_xlsx_lines_height(lines), NULL), "set_row");
    lxw_format *f = XFMT(x, .role = XR_NOTE_WRAP);
    if (last == 0) {
        charta_xlsx_put_text(x, ws, row, 0, t, f);
        return;
    }
    /* merge_range writes a string cell, never a formula; strlen fits (cut earlier) */
    if (strlen(t) > 32767) {
        charta_xlsx_put_text(x, ws, row, 0, t, f);
        return;
    }
    charta_xlsx_check(x, worksheet_merge_range(ws, row, 0, row, last, t, f), "merge_range");
}

void
charta_xlsx_define_table(xlsx *x, const xlsx_block *b)
{
    if (x->st != CHARTA_OK || !b->name[0])
        return;
    char from[16], to[16];
    lxw_rowcol_to_cell_abs(from, b->head, 0, true, true);
    lxw_col_t last_col = (lxw_col_t)(COL_YEAR0 + (x->ny ? x->ny - 1 : 0));
    lxw_rowcol_to_cell_abs(to, b->last, last_col, true, true);
    char *ref = charta_asprintf("=%s!%s:%s", x->sheets[b->sheet].quoted, from, to);
    if (!ref) {
        charta_xlsx_oom(x);
        return;
    }
    charta_xlsx_check(x, workbook_define_name(x->wb, b->name, ref), "define_name");
    free(ref);
}

