/* report_xlsx_cells.c: values into cells: formats, status marks, checked
 * writes (report_xlsx.h). */
#include "report_xlsx.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_DECIMALS = 15, MAX_INDENT = 15, XLSX_STR_MAX = 32767 };

charta_status
xlsx_fail(xlsx *x, charta_status st, const char *fmt, ...)
{
    if (x->st != CHARTA_OK)
        return x->st;
    va_list ap;
    va_start(ap, fmt);
    x->st = charta_diag_addv(x->d, CHARTA_ERROR, st, x->path, 0, 0, fmt, ap);
    va_end(ap);
    return x->st;
}

charta_status
xlsx_check(xlsx *x, lxw_error e, const char *what)
{
    if (e == LXW_NO_ERROR)
        return x->st;
    charta_status st = e == LXW_ERROR_MEMORY_MALLOC_FAILED ? CHARTA_ERR_NOMEM : CHARTA_ERR_INTERNAL;
    return xlsx_fail(x, st, "%s: %s", what, lxw_strerror(e));
}

const char *
xlsx_mark(char status)
{
    switch (status) {
    case CHARTA_ST_ESTIMATED:
        return "e";
    case CHARTA_ST_PROVISIONAL:
        return "p";
    case CHARTA_ST_BREAK:
        return "b";
    case CHARTA_ST_LOWREL:
        return "u";
    default:
        return NULL;
    }
}

/* Excel number format for a value: `#,##0.0` for one decimal, General when
 * the indicator gives none, then the mark as a literal: `#,##0.0" e"`. */
static void
value_num_format(char *out, size_t size, int decimals, char status)
{
    const char *mark = xlsx_mark(status);
    int n;
    if (decimals < 0)
        n = snprintf(out, size, "General");
    else {
        if (decimals > MAX_DECIMALS)
            decimals = MAX_DECIMALS;
        n = snprintf(out, size, "#,##0%s%.*s", decimals ? "." : "", decimals, "000000000000000");
    }
    if (mark && n > 0 && (size_t)n < size)
        snprintf(out + n, size - (size_t)n, "\" %s\"", mark);
}

static void
style_format(lxw_format *f, const xlsx_fmt_key *k)
{
    switch (k->role) {
    case XR_SHEET_TITLE:
        format_set_bold(f);
        format_set_font_size(f, 14);
        break;
    case XR_TABLE_TITLE:
        format_set_bold(f);
        break;
    case XR_INFO:
        break;
    case XR_NOTE:
        format_set_italic(f);
        format_set_font_color(f, LXW_COLOR_GRAY);
        break;
    case XR_HEAD_RIGHT:
        format_set_align(f, LXW_ALIGN_RIGHT);
        /* fall through */
    case XR_HEAD:
        format_set_bold(f);
        format_set_bottom(f, LXW_BORDER_THIN);
        break;
    case XR_TEXT:
        break;
    case XR_NAME:
        if (k->indent > 0)
            format_set_indent(f, (uint8_t)(k->indent > MAX_INDENT ? MAX_INDENT : k->indent));
        break;
    case XR_YEAR:
        format_set_num_format(f, "0");
        break;
    case XR_VALUE: {
        char nf[64];
        value_num_format(nf, sizeof nf, k->decimals, k->status);
        if (strcmp(nf, "General") != 0)
            format_set_num_format(f, nf);
        if (xlsx_mark(k->status))
            format_set_italic(f);
        if (k->status == CHARTA_ST_CONFIDENTIAL)
            format_set_pattern(f, LXW_PATTERN_GRAY_125);
        break;
    }
    }
    if (k->bold)
        format_set_bold(f);
}

lxw_format *
xlsx_fmt(xlsx *x, xlsx_fmt_key key)
{
    if (x->st != CHARTA_OK)
        return NULL;
    if (key.role != XR_VALUE)
        key.decimals = 0, key.status = 0;
    if (key.role != XR_NAME)
        key.indent = 0;
    for (size_t i = 0; i < x->n_fmts; i++) {
        const xlsx_fmt_key *k = &x->fmts[i].key;
        if (k->role == key.role && k->decimals == key.decimals && k->status == key.status &&
            k->bold == key.bold && k->indent == key.indent)
            return x->fmts[i].fmt;
    }
    if (x->n_fmts == x->cap_fmts) {
        size_t cap = x->cap_fmts ? 2 * x->cap_fmts : 32;
        void *p = realloc(x->fmts, cap * sizeof *x->fmts);
        if (!p) {
            xlsx_fail(x, CHARTA_ERR_NOMEM, "out of memory");
            return NULL;
        }
        x->fmts = p;
        x->cap_fmts = cap;
    }
    lxw_format *f = workbook_add_format(x->wb);
    if (!f) {
        xlsx_fail(x, CHARTA_ERR_NOMEM, "out of memory");
        return NULL;
    }
    style_format(f, &key);
    x->fmts[x->n_fmts].key = key;
    x->fmts[x->n_fmts].fmt = f;
    x->n_fmts++;
    return f;
}

lxw_worksheet *
xlsx_add_sheet(xlsx *x, const char *want)
{
    if (x->st != CHARTA_OK)
        return NULL;
    if (x->n_names == x->cap_names) {
        size_t cap = x->cap_names ? 2 * x->cap_names : 16;
        void *n = realloc(x->names, cap * sizeof *x->names);
        if (!n) {
            xlsx_fail(x, CHARTA_ERR_NOMEM, "out of memory");
            return NULL;
        }
        x->names = n;
        void *t = realloc(x->taken, cap * sizeof *x->taken);
        if (!t) {
            xlsx_fail(x, CHARTA_ERR_NOMEM, "out of memory");
            return NULL;
        }
        x->taken = t;
        x->cap_names = cap;
        for (size_t i = 0; i < x->n_names; i++) /* names may have moved */
            x->taken[i] = x->names[i];
    }
    char *name = x->names[x->n_names];
    /* a name only shortened is expected; a changed or numbered one is noted */
    if (charta_sheet_name(want, x->taken, x->n_names, name) &&
        strncmp(want, name, strlen(name)) != 0) {
        const char *w = charta_report_utf8(want, &x->scratch, NULL);
        charta_diag_note(x->d, NULL, 0, 0, "sheet '%s' named '%s'", w ? w : "?", name);
    }
    lxw_error e = workbook_validate_sheet_name(x->wb, name);
    if (e != LXW_NO_ERROR) {
        xlsx_fail(x, CHARTA_ERR_INTERNAL, "sheet name '%s': %s", name, lxw_strerror(e));
        return NULL;
    }
    lxw_worksheet *ws = workbook_add_worksheet(x->wb, name);
    if (!ws) {
        /* in constant-memory mode a sheet is a temp file */
        xlsx_fail(x, x->stream ? CHARTA_ERR_CANTCREATE : CHARTA_ERR_NOMEM,
                  "cannot add sheet '%s'%s", name,
                  x->stream ? " (temp file in the staging directory)" : "");
        return NULL;
    }
    x->taken[x->n_names] = name;
    x->n_names++;
    return ws;
}

/* Cut s to at most XLSX_STR_MAX characters (at a character boundary). */
static const char *
cap_length(xlsx *x, const char *s)
{
    size_t chars = 0, i = 0;
    for (; s[i]; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80 && ++chars > XLSX_STR_MAX)
            break;
    }
    if (!s[i])
        return s;
    x->truncated = true;
    x->cut.len = 0;
    charta_buf_append(&x->cut, s, i);
    charta_buf_append(&x->cut, "", 0);
    return x->cut.oom ? NULL : x->cut.data;
}

void
xlsx_put_text(xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *s,
              lxw_format *f)
{
    if (x->st != CHARTA_OK)
        return;
    const char *t = charta_report_utf8(s, &x->scratch, &x->repaired);
    if (t && strlen(t) > XLSX_STR_MAX)
        t = cap_length(x, t);
    if (!t) {
        xlsx_fail(x, CHARTA_ERR_NOMEM, "out of memory");
        return;
    }
    if (!t[0]) /* an empty string cell is not worth a shared string */
        return;
    xlsx_check(x, worksheet_write_string(ws, row, col, t, f), "write_string");
}

void
xlsx_put_number(xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, double v, lxw_format *f)
{
    if (x->st != CHARTA_OK)
        return;
    if (!isfinite(v)) {
        xlsx_fail(x, CHARTA_ERR_INTERNAL, "non-finite number at row %u, column %u",
                  (unsigned)row + 1, (unsigned)col + 1);
        return;
    }
    xlsx_check(x, worksheet_write_number(ws, row, col, v, f), "write_number");
}

void
xlsx_put_value(xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, double v, char st,
               int decimals, bool bold, xlsx_marks *m)
{
    if (x->st != CHARTA_OK)
        return;
    if (m)
        m->seen[(unsigned char)st & 127] = true;
    if (st == CHARTA_ST_MISSING)
        return;
    lxw_format *f = XFMT(x, .role = XR_VALUE, .decimals = decimals, .status = st, .bold = bold);
    if (st == CHARTA_ST_CONFIDENTIAL)
        xlsx_check(x, worksheet_write_blank(ws, row, col, f), "write_blank");
    else
        xlsx_put_number(x, ws, row, col, v, f);
}

void
xlsx_put_legend(xlsx *x, lxw_worksheet *ws, lxw_row_t *row, const xlsx_marks *m)
{
    static const struct {
        char status;
        charta_label label;
    } items[] = {
        {CHARTA_ST_ESTIMATED, CHARTA_LBL_MARK_ESTIMATED},
        {CHARTA_ST_PROVISIONAL, CHARTA_LBL_MARK_PROVISIONAL},
        {CHARTA_ST_BREAK, CHARTA_LBL_MARK_BREAK},
        {CHARTA_ST_LOWREL, CHARTA_LBL_MARK_LOWREL},
        {CHARTA_ST_MISSING, CHARTA_LBL_EMPTY_MISSING},
        {CHARTA_ST_CONFIDENTIAL, CHARTA_LBL_EMPTY_CONFIDENTIAL},
    };
    if (x->st != CHARTA_OK)
        return;
    x->line.len = 0;
    for (size_t i = 0; i < sizeof items / sizeof items[0]; i++) {
        if (!m->seen[(unsigned char)items[i].status])
            continue;
        charta_buf_puts(&x->line, x->line.len ? " · " : "");
        if (!x->line.len)
            charta_buf_printf(&x->line, "%s: ", charta_label_get(CHARTA_LBL_LEGEND, x->lang));
        const char *mark = xlsx_mark(items[i].status);
        if (mark)
            charta_buf_printf(&x->line, "%s = ", mark);
        charta_buf_puts(&x->line, charta_label_get(items[i].label, x->lang));
    }
    if (!x->line.len)
        return;
    char *text = charta_buf_take(&x->line);
    if (!text) {
        xlsx_fail(x, CHARTA_ERR_NOMEM, "out of memory");
        return;
    }
    xlsx_put_text(x, ws, *row, 0, text, XFMT(x, .role = XR_NOTE));
    free(text);
    (*row)++;
}
