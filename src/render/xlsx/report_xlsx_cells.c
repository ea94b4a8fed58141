/* report_xlsx_cells.c: values into cells: formats, status marks, checked
 * writes, links, dates, print setup (report_xlsx.h). */
#include "report_xlsx.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charta/textenc.h"

#include "charta/i18n.h"

enum { MAX_INDENT = 15, XLSX_STR_MAX = 32767, FOOTER_TITLE_BYTES = 120 };

/* Colours: a dark blue for titles and heads, Excel's link blue. */
#define COLOR_TITLE 0x1F3864
#define COLOR_RULE 0x8EA9DB
#define COLOR_GROUP 0xD9E1F2
#define COLOR_BENCH 0xEAF1FB
#define COLOR_LINK 0x0563C1
#define COLOR_NOTE 0x595959

#define MINUS_SIGN "\u2212" /* U+2212, not the hyphen */

charta_status
charta_xlsx_fail(xlsx *x, charta_status st, const char *fmt, ...)
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
charta_xlsx_check(xlsx *x, lxw_error e, const char *what)
{
    if (e == LXW_NO_ERROR)
        return x->st;
    charta_status st = CHARTA_ERR_INTERNAL;
    switch (e) {
    case LXW_ERROR_MEMORY_MALLOC_FAILED:
        st = CHARTA_ERR_NOMEM;
        break;
    case LXW_ERROR_CREATING_TMPFILE: /* temp files in the staging folder: the disk */
    case LXW_ERROR_READING_TMPFILE:
    case LXW_ERROR_ZIP_FILE_OPERATION:
    case LXW_ERROR_ZIP_FILE_ADD:
    case LXW_ERROR_ZIP_CLOSE:
        st = CHARTA_ERR_IO;
        break;
    default:
        break;
    }
    return charta_xlsx_fail(x, st, "%s: %s", what, lxw_strerror(e));
}

charta_status
charta_xlsx_oom(xlsx *x)
{
    return charta_xlsx_fail(x, CHARTA_ERR_NOMEM, "out of memory");
}

const char *
charta_xlsx_mark(char status)
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

bool
charta_xlsx_dark(unsigned rgb)
{
    /* relative luminance (sRGB, roughly): white text below the middle grey */
    double r = (rgb >> 16 & 0xFF) / 255.0, g = (rgb >> 8 & 0xFF) / 255.0, b = (rgb & 0xFF) / 255.0;
    return 0.2126 * r * r + 0.7152 * g * g + 0.0722 * b * b < 0.18;
}

lxw_color_t
charta_xlsx_level_color(int level, bool *white_text)
{
    /* ColorBrewer RdYlGn: green for on track down to dark red for moving
     * away significantly; readable in grey print by lightness */
    static const lxw_color_t colors[] = {0xD73027, 0xFC8D59, 0xFEE08B,
                                         0xD9EF8B, 0x91CF60, 0x1A9850};
    *white_text = level == 3 || level == -2;
    if (level < -2 || level > 3)
        return LXW_COLOR_UNSET;
    return colors[level + 2];
}

/* Excel number format for decimals: `#,##0.0` for one decimal, General
 * when the indicator gives none. */
static int
decimals_format(char *out, size_t size, int decimals)
{
    if (decimals < 0)
        return snprintf(out, size, "General");
    if (decimals > XLSX_MAX_DECIMALS)
        decimals = XLSX_MAX_DECIMALS;
    return snprintf(out, size, "#,##0%s%.*s", decimals ? "." : "", decimals, "000000000000000");
}

/* A value's format: the decimals, then the mark as a literal:
 * `#,##0.0" e"`. */
static void
value_num_format(char *out, size_t size, int decimals, char status)
{
    const char *mark = charta_xlsx_mark(status);
    int n = decimals_format(out, size, decimals);
    if (mark && n > 0 && (size_t)n < size)
        snprintf(out + n, size - (size_t)n, "\" %s\"", mark);
}

static void
style_value(lxw_format *f, const xlsx_fmt_key *k)
{
    char nf[64];
    value_num_format(nf, sizeof nf, k->decimals, k->status);
    if (strcmp(nf, "General") != 0)
        format_set_num_format(f, nf);
    if (charta_xlsx_mark(k->status))
        format_set_italic(f);
    if (k->status == CHARTA_ST_CONFIDENTIAL)
        format_set_pattern(f, LXW_PATTERN_GRAY_125);
}

/* A change's format: "+0,5" and "−0,3" with a true minus sign (U+2212),
 * and a change that rounds to zero in the decimals shown as plain "0,0":
 * the sections are chosen by conditions at half the last decimal, since
 * Excel would pick them by the sign of the unrounded value ("+0,0",
 * "-0,0"). Without decimals (General) the sections go by the sign. */
static void
change_num_format(lxw_format *f, int decimals)
{
    char nf[256];
    if (decimals < 0) {
        snprintf(nf, sizeof nf, "+General;\"" MINUS_SIGN "\"General;General");
    } else {
        char pos[48], half[32];
        if (decimals > XLSX_MAX_DECIMALS)
            decimals = XLSX_MAX_DECIMALS;
        decimals_format(pos, sizeof pos, decimals);
        /* 0.5, 0.05, 0.005, ...: written out, no binary rounding in the text */
        snprintf(half, sizeof half, "0.%.*s5", decimals, "00000000000000000");
        snprintf(nf, sizeof nf, "[>=%s]+%s;[<=-%s]\"" MINUS_SIGN "\"%s;%s", half, pos, half, pos,
                 pos);
    }
    format_set_num_format(f, nf);
}

static void
style_format(const xlsx *x, lxw_format *f, const xlsx_fmt_key *k)
{
    switch (k->role) {
    case XR_DEFAULT:
    case XR_ROLE_COUNT:
        break;
    case XR_COVER_TITLE:
        format_set_bold(f);
        format_set_font_size(f, 20);
        format_set_font_color(f, COLOR_TITLE);
        break;
    case XR_SHEET_TITLE:
        format_set_bold(f);
        format_set_font_size(f, 14);
        format_set_font_color(f, COLOR_TITLE);
        break;
    case XR_SECTION:
        format_set_bold(f);
        format_set_font_size(f, 12);
        format_set_font_color(f, COLOR_TITLE);
        break;
    case XR_TABLE_TITLE:
        format_set_bold(f);
        format_set_font_size(f, 12);
        break;
    case XR_INFO:
    case XR_TEXT:
        break;
    case XR_NOTE_WRAP:
        format_set_text_wrap(f);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        /* fall through */
    case XR_NOTE:
        format_set_italic(f);
        format_set_font_color(f, COLOR_NOTE);
        break;
    case XR_HEAD_RIGHT:
        format_set_align(f, LXW_ALIGN_RIGHT);
        /* fall through */
    case XR_HEAD:
        format_set_bold(f);
        format_set_bottom(f, LXW_BORDER_THIN);
        format_set_bottom_color(f, COLOR_RULE);
        format_set_text_wrap(f);
        format_set_align(f, LXW_ALIGN_VERTICAL_BOTTOM);
        break;
    case XR_GROUP:
        format_set_bold(f);
        format_set_bg_color(f, COLOR_GROUP);
        break;
    case XR_CODE:
        format_set_font_name(f, "Courier New");
        format_set_font_size(f, 9);
        /* fall through */
    case XR_WRAP:
        format_set_text_wrap(f);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        break;
    case XR_LINK:
        format_set_font_color(f, COLOR_LINK);
        format_set_underline(f, LXW_UNDERLINE_SINGLE);
        break;
    case XR_NAME:
        if (k->indent > 0)
            format_set_indent(f, (uint8_t)(k->indent > MAX_INDENT ? MAX_INDENT : k->indent));
        break;
    case XR_YEAR:
        format_set_num_format(f, "0");
        break;
    case XR_COVERED:
        format_set_bg_color(f, COLOR_BENCH);
        /* fall through */
    case XR_INT:
        format_set_num_format(f, "#,##0");
        break;
    case XR_LEVEL_NUM:
        format_set_num_format(f, "0;\"" MINUS_SIGN "\"0;0");
        break;
    case XR_DATE:
        format_set_num_format(f, charta_xlsx_label(x, CHARTA_LBL_XL_DATE_FORMAT));
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP); /* beside wrapped licences */
        break;
    case XR_VALUE:
        style_value(f, k);
        break;
    case XR_FACT_VALUE:
        style_value(f, k);
        format_set_align(f, LXW_ALIGN_LEFT);
        break;
    case XR_CHANGE:
    case XR_FACT_CHANGE:
        change_num_format(f, k->decimals);
        if (k->role == XR_FACT_CHANGE)
            format_set_align(f, LXW_ALIGN_LEFT);
        break;
    case XR_FACT_LABEL:
        format_set_font_color(f, COLOR_NOTE);
        break;
    case XR_LEVEL: {
        if (k->level >= CHARTA_LEVEL_MIN && k->level <= CHARTA_LEVEL_MAX) {
            format_set_bg_color(f, k->colour);
            if (charta_xlsx_dark(k->colour))
                format_set_font_color(f, LXW_COLOR_WHITE);
        } else {
            format_set_italic(f);
            format_set_font_color(f, COLOR_NOTE);
        }
        break;
    }
    }
    if (k->bold)
        format_set_bold(f);
    if (k->bench)
        format_set_bg_color(f, COLOR_BENCH);
    if (k->indent > 0 && k->role != XR_NAME) /* text after a right-aligned number */
        format_set_indent(f, (uint8_t)k->indent);
    if (k->left)
        format_set_align(f, LXW_ALIGN_LEFT);
    if (k->top)
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
}

lxw_format *
charta_xlsx_fmt(xlsx *x, xlsx_fmt_key key)
{
    if (x->st != CHARTA_OK || key.role == XR_DEFAULT)
        return NULL;
    if (key.role != XR_VALUE && key.role != XR_CHANGE && key.role != XR_FACT_VALUE &&
        key.role != XR_FACT_CHANGE)
        key.decimals = 0;
    if (key.role != XR_VALUE && key.role != XR_FACT_VALUE)
        key.status = 0;
    if (key.role != XR_NAME && key.role != XR_TEXT && key.role != XR_WRAP && key.role != XR_NOTE)
        key.indent = 0;
    if (key.role != XR_LEVEL)
        key.level = 0, key.colour = 0;
    /* Excel indents by at most 15 steps; a deeper area (an areas file can nest
     * 300,000 deep) keeps the deepest indent, so formats stay few */
    if (key.indent > MAX_INDENT)
        key.indent = MAX_INDENT;
    /* a plain value in General format is Excel's default style: writing it
     * without a style keeps the XML of large tables small */
    if (key.role == XR_VALUE && key.decimals < 0 && key.status == CHARTA_ST_NORMAL && !key.bold &&
        !key.bench && !key.left && !key.top)
        return NULL;
    for (size_t i = 0; i < x->n_fmts; i++) {
        const xlsx_fmt_key *k = &x->fmts[i].key;
        if (k->role == key.role && k->decimals == key.decimals && k->status == key.status &&
            k->bold == key.bold && k->bench == key.bench && k->indent == key.indent &&
            k->level == key.level && k->colour == key.colour && k->left == key.left &&
            k->top == key.top)
            return x->fmts[i].fmt;
    }
    if (x->n_fmts == x->cap_fmts) {
        size_t cap = x->cap_fmts ? 2 * x->cap_fmts : 32;
        void *p = realloc(x->fmts, cap * sizeof *x->fmts);
        if (!p) {
            charta_xlsx_oom(x);
            return NULL;
        }
        x->fmts = p;
        x->cap_fmts = cap;
    }
    lxw_format *f = workbook_add_format(x->wb);
    if (!f) {
        charta_xlsx_oom(x);
        return NULL;
    }
    style_format(x, f, &key);
    x->fmts[x->n_fmts].key = key;
    x->fmts[x->n_fmts].fmt = f;
    x->n_fmts++;
    return f;
}

/* 'name' with every ' doubled: how a sheet is named in a reference. */
static void
quote_sheet(const char *name, char *out, size_t size)
{
    size_t n = 0;
    out[n++] = '\'';
    for (const char *s = name; *s && n + 3 < size; s++) {
        if (*s == '\'')
            out[n++] = '\'';
        out[n++] = *s;
    }
    out[n++] = '\'';
    out[n] = '\0';
}

size_t
charta_xlsx_add_sheet(xlsx *x, const char *want)
{
    if (x->st != CHARTA_OK)
        return (size_t)-1;
    if (x->n_sheets == x->cap_sheets) {
        size_t cap = x->cap_sheets ? 2 * x->cap_sheets : 16;
        void *n = realloc(x->sheets, cap * sizeof *x->sheets);
        if (!n) {
            charta_xlsx_oom(x);
            return (size_t)-1;
        }
        x->sheets = n;
        void *t = realloc(x->taken, cap * sizeof *x->taken);
        if (!t) {
            charta_xlsx_oom(x);
            return (size_t)-1;
        }
        x->taken = t;
        x->cap_sheets = cap;
        for (size_t i = 0; i < x->n_sheets; i++) /* names may have moved */
            x->taken[i] = x->sheets[i].name;
    }
    xlsx_sheet *sh = &x->sheets[x->n_sheets];
    memset(sh, 0, sizeof *sh);
    char *name = sh->name;
    /* a name only shortened is expected; a changed or numbered one is noted */
    if (charta_sheet_name(want, x->taken, x->n_sheets, name) &&
        strncmp(want, name, strlen(name)) != 0) {
        const char *w = charta_text_clean(want, CHARTA_TEXT_XML, &x->scratch, NULL);
        charta_diag_note(x->d, NULL, 0, 0, "sheet '%s' named '%s'", w ? w : "?", name);
    }
    lxw_error e = workbook_validate_sheet_name(x->wb, name);
    if (e != LXW_NO_ERROR) {
        charta_xlsx_fail(x, CHARTA_ERR_INTERNAL, "sheet name '%s': %s", name, lxw_strerror(e));
        return (size_t)-1;
    }
    sh->ws = workbook_add_worksheet(x->wb, name);
    if (!sh->ws) {
        /* in constant-memory mode a sheet is a temp file */
        charta_xlsx_fail(x, x->stream ? CHARTA_ERR_CANTCREATE : CHARTA_ERR_NOMEM,
                  "cannot add sheet '%s'%s", name,
                  x->stream ? _(" (temp file in the staging directory)") : "");
        return (size_t)-1;
    }
    quote_sheet(name, sh->quoted, sizeof sh->quoted);
    x->taken[x->n_sheets] = name;
    return x->n_sheets++;
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

const char *
charta_xlsx_clean(xlsx *x, const char *s)
{
    return charta_text_clean(s, CHARTA_TEXT_XML, &x->scratch, &x->repaired);
}

/* s as a valid string cell text (repaired, cut); NULL on out of memory. */
static const char *
cell_text(xlsx *x, const char *s)
{
    const char *t = charta_xlsx_clean(x, s);
    if (t && strlen(t) > XLSX_STR_MAX)
        t = cap_length(x, t);
    if (!t)
        charta_xlsx_oom(x);
    return t;
}

void
charta_xlsx_put_text(xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *s,
              lxw_format *f)
{
    if (x->st != CHARTA_OK)
        return;
    const char *t = cell_text(x, s);
    if (!t || !t[0]) /* an empty string cell is not worth a shared string */
        return;
    charta_xlsx_check(x, worksheet_write_string(ws, row, col, t, f), "write_string");
}

void
charta_xlsx_put_number(xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, double v, lxw_format *f)
{
    if (x->st != CHARTA_OK)
        return;
    if (!isfinite(v)) {
        charta_xlsx_fail(x, CHARTA_ERR_INTERNAL, "non-finite number at row %u, column %u",
                  (unsigned)row + 1, (unsigned)col + 1);
        return;
    }
    charta_xlsx_check(x, worksheet_write_number(ws, row, col, v, f), "write_number");
}

void
charta_xlsx_put_date(xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, time_t t, bool left)
{
    if (x->st != CHARTA_OK)
        return;
    struct tm tm;
    if (!gmtime_r(&t, &tm)) {
        charta_xlsx_fail(x, CHARTA_ERR_INTERNAL, "date out of range");
        return;
    }
    lxw_datetime dt = {.year = tm.tm_year + 1900, .month = tm.tm_mon + 1, .day = tm.tm_mday};
    charta_xlsx_check(x,
               worksheet_write_datetime(ws, row, col, &dt, XFMT(x, .role = XR_DATE, .left = left)),
               "write_datetime");
}

/* "YYYY-MM-DD" as a time at 00:00 UTC; false when it is not such a date. */
static bool
parse_date(const char *s, time_t *t)
{
    int y, m, d, n = 0;
    if (!s || strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 || n != 10 ||
        y < 1900 || m < 1 || m > 12 || d < 1 || d > 31)
        return false;
    struct tm tm = {.tm_year = y - 1900, .tm_mon = m - 1, .tm_mday = d};
    *t = timegm(&tm);
    return *t != (time_t)-1;
}

void
charta_xlsx_put_as_of(xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *s, bool left)
{
    time_t t;
    if (!s)
        charta_xlsx_put_text(x, ws, row, col, charta_xlsx_label(x, CHARTA_LBL_XL_NOT_STATED),
                      XFMT(x, .role = XR_NOTE));
    else if (parse_date(s, &t))
        charta_xlsx_put_date(x, ws, row, col, t, left);
    else
        charta_xlsx_put_text(x, ws, row, col, s, XFMT(x, .role = XR_TEXT));
}

void
charta_xlsx_put_link(xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, size_t to, lxw_row_t to_row,
              lxw_col_t to_col, const char *text, bool top)
{
    if (x->st != CHARTA_OK)
        return;
    char cell[16], url[2 * CHARTA_SHEET_NAME_SIZE + 40];
    lxw_rowcol_to_cell(cell, to_row, to_col);
    snprintf(url, sizeof url, "internal:%s!%s", x->sheets[to].quoted, cell);
    const char *t = cell_text(x, text);
    if (!t)
        return;
    if (!t[0])
        t = x->sheets[to].name;
    charta_xlsx_check(
        x,
        worksheet_write_url_opt(ws, row, col, url, XFMT(x, .role = XR_LINK, .top = top), t, NULL),
        "write_url");
}

void
charta_xlsx_put_value(xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, double v, char st,
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
        charta_xlsx_check(x, worksheet_write_blank(ws, row, col, f), "write_blank");
    else
        charta_xlsx_put_number(x, ws, row, col, v, f);
}

void
charta_xlsx_put_legend(xlsx *x, lxw_worksheet *ws, lxw_row_t row, const xlsx_marks *m)
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
            charta_buf_printf(&x->line, "%s: ", charta_xlsx_label(x, CHARTA_LBL_LEGEND));
        const char *mark = charta_xlsx_mark(items[i].status);
        if (mark)
            charta_buf_printf(&x->line, "%s = ", mark);
        charta_buf_puts(&x->line, charta_xlsx_label(x, items[i].label));
    }
    if (m->bench) {
        if (!x->line.len)
            charta_buf_printf(&x->line, "%s: ", charta_xlsx_label(x, CHARTA_LBL_LEGEND));
        else
            charta_buf_puts(&x->line, " · ");
        charta_buf_puts(&x->line, charta_xlsx_label(x, CHARTA_LBL_XL_BENCH_ROW));
    }
    if (!x->line.len)
        return;
    charta_buf_append(&x->line, "", 0);
    if (x->line.oom) {
        charta_xlsx_oom(x);
        return;
    }
    /* charta_xlsx_put_text works in x->scratch and x->cut, never in x->line */
    charta_xlsx_put_text(x, ws, row, 0, x->line.data, XFMT(x, .role = XR_NOTE));
}

void
charta_xlsx_widths(xlsx *x, lxw_worksheet *ws, const double *w, size_t n)
{
    for (size_t c = 0; c < n; c++)
        charta_xlsx_check(x, worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, w[c], NULL),
                   "set_column");
}

/* s for a header or footer: '&' doubled (it starts a code there), cut at a
 * character boundary to FOOTER_TITLE_BYTES. */
static void
footer_text(const char *s, char *out, size_t size)
{
    size_t n = 0;
    while (*s) {
        size_t k = 1;
        while (s[k] && ((unsigned char)s[k] & 0xC0) == 0x80)
            k++;
        size_t need = *s == '&' ? 2 : k;
        if (n + need >= size || n + need > FOOTER_TITLE_BYTES)
            break;
        if (*s == '&')
            out[n++] = '&';
        memcpy(out + n, s, k);
        n += k;
        s += k;
    }
    out[n] = '\0';
}

void
charta_xlsx_print_setup(xlsx *x, size_t sheet)
{
    lxw_worksheet *ws = x->sheets[sheet].ws;
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9);       /* A4 */
    worksheet_fit_to_pages(ws, 1, 0); /* returns nothing in 1.1.4 */
    worksheet_set_margins(ws, 0.5, 0.5, 0.6, 0.6);
    const char *title = charta_xlsx_text(x, &x->p->report.title);
    if (!title[0])
        title = charta_xlsx_label(x, CHARTA_LBL_REPORT_TITLE);
    const char *t = charta_xlsx_clean(x, title);
    char esc[2 * FOOTER_TITLE_BYTES + 8], footer[3 * FOOTER_TITLE_BYTES];
    footer_text(t ? t : "", esc, sizeof esc);
    snprintf(footer, sizeof footer, "&L&8%s&C&8&A&R&8&P / &N", esc); /* &A: the sheet */
    charta_xlsx_check(x, worksheet_set_footer(ws, footer), "set_footer");
}

void
charta_xlsx_page_break(xlsx *x, size_t sheet, lxw_row_t row)
{
    xlsx_sheet *sh = &x->sheets[sheet];
    if (row > 0 && sh->n_breaks < XLSX_MAX_BREAKS)
        sh->breaks[sh->n_breaks++] = row;
}

char
charta_xlsx_cell(const xlsx *x, const double *values, const char *status, size_t area, int year,
          double *value, bool *bad)
{
    int yf = charta_dataset_year_first(x->ds);
    size_t yc = charta_dataset_year_count(x->ds);
    *value = NAN;
    if (!values || !status || year < yf || (size_t)(year - yf) >= yc)
        return CHARTA_ST_MISSING;
    size_t i = area * yc + (size_t)(year - yf);
    char st = status[i];
    if (!charta_status_valid(st)) {
        if (bad)
            *bad = true;
        return CHARTA_ST_MISSING;
    }
    if (charta_status_is_missing(st))
        return st;
    if (!isfinite(values[i])) {
        if (bad)
            *bad = true;
        return CHARTA_ST_MISSING;
    }
    *value = values[i];
    return st;
}

const char *
charta_xlsx_text(const xlsx *x, const charta_text *t)
{
    return charta_text_get(t, x->lang, "en");
}

const char *
charta_xlsx_label(const xlsx *x, charta_label key)
{
    return charta_label_get(key, x->lang);
}

const char *
charta_xlsx_join(xlsx *x, char *const *v, size_t n, const char *sep)
{
    x->line.len = 0;
    for (size_t i = 0; i < n; i++)
        charta_buf_printf(&x->line, "%s%s", i ? sep : "", v[i] ? v[i] : "");
    charta_buf_append(&x->line, "", 0);
    return x->line.oom ? NULL : x->line.data;
}

void
charta_xlsx_number_text(const xlsx *x, double v, char out[40])
{
    if (!isfinite(v)) {
        out[0] = '\0';
        return;
    }
    charta_format_double(v, out);
    if (strncmp(x->lang ? x->lang : "", "de", 2) == 0)
        for (char *c = out; *c; c++)
            if (*c == '.')
                *c = ',';
}

size_t
charta_xlsx_wrapped_lines(const char *s, double width)
{
    size_t lines = 0, col = 0;
    size_t w = width > 4 ? (size_t)(width * 1.1) : 4; /* a little more than the width fits */
    if (!s || !*s)
        return 1;
    for (; *s; s++) {
        if (*s == '\n') {
            lines++;
            col = 0;
            continue;
        }
        if (((unsigned char)*s & 0xC0) == 0x80)
            continue;
        if (++col > w) {
            lines++;
            col = 1;
        }
    }
    return lines + 1;
}

double
charta_xlsx_lines_height(size_t lines)
{
    double h = 12.75 * (double)(lines ? lines : 1) + 2.25;
    return h > 409 ? 409 : h; /* Excel's largest row height */
}
