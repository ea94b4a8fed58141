/* xlsxsheet.c: one sheet of a workbook as CSV text (xlsxread.h).
 *
 * The sheet is gathered cell by cell first and written out after, because the
 * width of every line (the rightmost column used) is known only at the end.
 */
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charta/i18n.h"
#include "charta/util.h"
#include "charta/xlsxread.h"
#include "charta/xmlread.h"
#include "xlsx_internal.h"

/* --- a sheet ------------------------------------------------------------- */

typedef struct cell {
    int row, col;
    size_t off, len; /* in the pool */
    bool quote;      /* a string: quoted in the CSV text */
} cell;

typedef struct sheet_reader {
    charta_xlsx *x;
    const charta_xlsx_range *range;
    char decimal;
    charta_xlsx_note_fn note;
    void *ud;
    charta_xlsx_error *err;
    cell *cells;
    size_t n, cap;
    strbuf pool;
    strbuf val; /* the cell being read: its <v> or inline text */
    int row, col, max_row, max_col;
    char type[16];
    int style;
    bool in_cell, in_v, in_is_t;
    int in_rph;
} sheet_reader;

/* Days since 1970-01-01 -> y, m, d (H. Hinnant's civil_from_days). */
static void
civil_from_days(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

/* A date serial as "YYYY-MM-DD" (the time of day left out); false when the
 * serial is no date Excel shows. Excel's 1900 system counts a 29 February 1900
 * that never was (serial 60), as Lotus 1-2-3 did: later serials are one day
 * ahead of the calendar. */
static bool
serial_date(double v, bool date1904, char out[32])
{
    if (!(v >= 1 && v < 2958466))
        return false;
    long days = (long)floor(v);
    int y, m, d;
    if (!date1904 && days == 60) {
        snprintf(out, 32, "1900-02-29");
        return true;
    }
    long epoch = date1904 ? -24107 : days < 60 ? -25568 : -25569;
    civil_from_days(epoch + days, &y, &m, &d);
    snprintf(out, 32, "%04d-%02d-%02d", y, m, d);
    return true;
}

static bool
sheet_store(sheet_reader *s, const char *text, size_t len, bool quote)
{
    const charta_xlsx_range *r = s->range;
    if (len == 0 || (r && (s->row < r->row0 || s->row > r->row1 || s->col < r->col0 ||
                           s->col > r->col1)))
        return true;
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 256;
        cell *c = realloc(s->cells, cap * sizeof *c);
        if (!c) {
            s->pool.oom = true;
            return false;
        }
        s->cells = c;
        s->cap = cap;
    }
    s->cells[s->n++] = (cell){.row = s->row, .col = s->col, .off = s->pool.n, .len = len,
                              .quote = quote};
    if (s->row > s->max_row)
        s->max_row = s->row;
    if (s->col > s->max_col)
        s->max_col = s->col;
    return charta_xlsx_sb_add(&s->pool, text, len);
}

/* The cell just closed, as its text in the CSV; false with *err set. */
static bool
sheet_cell_done(sheet_reader *s)
{
    char ref[16], num[32];
    charta_xlsx_cell_ref(s->col, s->row, ref);
    const char *v = s->val.s ? s->val.s : "";
    const char *t = s->type;
    if (strcmp(t, "s") == 0) {
        if (!*v)
            return true;
        char *end;
        unsigned long k = strtoul(v, &end, 10);
        if (!s->x->has_sst) {
            charta_xlsx_set_error(s->err, CHARTA_ERR_DATA, s->row, ref,
                                  "the cell refers to a shared string, but the workbook has "
                                  "no shared strings part (is the file complete?)");
            return false;
        }
        if (*end || k >= s->x->n_sst) {
            charta_xlsx_set_error(s->err, CHARTA_ERR_DATA, s->row, ref,
                                  "the cell refers to shared string %s, but the workbook has "
                                  "%zu",
                                  v, s->x->n_sst);
            return false;
        }
        const char *str = s->x->sst.s + s->x->sst_off[k];
        return sheet_store(s, str, strlen(str), true);
    }
    if (strcmp(t, "str") == 0 || strcmp(t, "inlineStr") == 0)
        return sheet_store(s, v, strlen(v), true);
    if (strcmp(t, "b") == 0)
        return !*v || sheet_store(s, strcmp(v, "1") == 0 ? "TRUE" : "FALSE",
                                  strcmp(v, "1") == 0 ? 4 : 5, false);
    if (strcmp(t, "e") == 0) {
        if (*v && s->note)
            s->note(s->ud, s->row, ref, v);
        return true;
    }
    /* a number ("n", or no type) */
    const char *p = v;
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        p++;
    size_t n = strlen(p);
    while (n && (p[n - 1] == ' ' || p[n - 1] == '\t' || p[n - 1] == '\n' || p[n - 1] == '\r'))
        n--;
    if (!n)
        return true;
    char *end;
    double d = strtod(p, &end);
    if (end != p + n || !isfinite(d)) {
        charta_xlsx_set_error(s->err, CHARTA_ERR_DATA, s->row, ref,
                              "the cell holds '%.40s', which is no number", p);
        return false;
    }
    if (s->style >= 0 && (size_t)s->style < s->x->n_xf && s->x->xf_date[s->style] &&
        serial_date(d, s->x->date1904, num))
        return sheet_store(s, num, strlen(num), false);
    charta_format_double(d, num);
    bool comma = false;
    if (s->decimal && s->decimal != '.')
        for (char *q = num; *q; q++)
            if (*q == '.')
                *q = s->decimal, comma = true;
    return sheet_store(s, num, strlen(num), comma); /* "10,5" is quoted: ',' parts fields */
}

static bool
sheet_event(sheet_reader *s, charta_xml *xr, charta_xml_event ev)
{
    if (ev == CHARTA_XML_TEXT) {
        if (s->in_v || (s->in_is_t && !s->in_rph)) {
            const char *t = charta_xml_text(xr);
            charta_xlsx_sb_add(&s->val, t, strlen(t));
        }
        return true;
    }
    const char *nm = charta_xml_name(xr);
    bool start = ev == CHARTA_XML_START;
    if (strcmp(nm, "row") == 0 && start) {
        const char *r = charta_xml_attr(xr, "r");
        int row = r ? atoi(r) : s->row + 1;
        if (row < 1 || row > XLSX_MAX_ROW) {
            charta_xlsx_set_error(s->err, CHARTA_ERR_DATA, 0, NULL,
                                  "a row of the sheet has the number '%.20s', outside 1 to %d",
                                  r ? r : "?", XLSX_MAX_ROW);
            return false;
        }
        s->row = row;
        s->col = 0;
    } else if (strcmp(nm, "c") == 0) {
        if (!start) {
            s->in_cell = false;
            return sheet_cell_done(s);
        }
        const char *a[3];
        charta_xlsx_attrs_of(xr, (const char *const[]){"r", "t", "s"}, a, 3);
        const char *r = a[0], *t = a[1], *st = a[2];
        int col = s->col + 1, row = s->row;
        if (r && (charta_xlsx_parse_ref(r, &col, &row) || row == 0)) {
            charta_xlsx_set_error(s->err, CHARTA_ERR_DATA, s->row, NULL,
                                  "a cell has the reference '%.20s', which is no cell", r);
            return false;
        }
        if (row != s->row || col > XLSX_MAX_COL) {
            charta_xlsx_set_error(s->err, CHARTA_ERR_DATA, s->row, NULL,
                                  "the cell '%.20s' stands in row %d", r ? r : "?", s->row);
            return false;
        }
        s->col = col;
        snprintf(s->type, sizeof s->type, "%s", t ? t : "n");
        s->style = st ? atoi(st) : -1;
        s->in_cell = true;
        s->val.n = 0;
        if (s->val.s)
            s->val.s[0] = '\0';
    } else if (s->in_cell && strcmp(nm, "v") == 0) {
        s->in_v = start;
    } else if (s->in_cell && strcmp(nm, "t") == 0) {
        s->in_is_t = start;
    } else if (s->in_cell && strcmp(nm, "rPh") == 0) {
        s->in_rph += start ? 1 : -1;
    }
    return true;
}

static int
cell_cmp(const void *a, const void *b)
{
    const cell *p = a, *q = b;
    if (p->row != q->row)
        return p->row < q->row ? -1 : 1;
    return p->col < q->col ? -1 : p->col > q->col;
}

/* The gathered cells as lines: line n is row n. */
static bool
sheet_write(sheet_reader *s, strbuf *out)
{
    qsort(s->cells, s->n, sizeof *s->cells, cell_cmp);
    int col0 = s->range ? s->range->col0 : 1;
    int col1 = s->range ? s->range->col1 : s->max_col;
    int row = 1;
    for (size_t i = 0; i < s->n;) {
        for (; row < s->cells[i].row; row++)
            charta_xlsx_sb_addc(out, '\n');
        int col = col0;
        for (; i < s->n && s->cells[i].row == row; i++) {
            const cell *c = &s->cells[i];
            if (i + 1 < s->n && s->cells[i + 1].row == row && s->cells[i + 1].col == c->col)
                continue; /* the same cell twice: the last one counts */
            for (; col < c->col; col++)
                charta_xlsx_sb_addc(out, ',');
            const char *t = s->pool.s + c->off;
            if (!c->quote) {
                charta_xlsx_sb_add(out, t, c->len);
                continue;
            }
            charta_xlsx_sb_addc(out, '"');
            for (size_t k = 0; k < c->len; k++)
                if (t[k] == '"')
                    charta_xlsx_sb_add(out, "\"\"", 2);
                else
                    charta_xlsx_sb_addc(out, t[k] == '\n' || t[k] == '\r' ? ' ' : t[k]);
            charta_xlsx_sb_addc(out, '"');
        }
        for (; col < col1; col++)
            charta_xlsx_sb_addc(out, ',');
        charta_xlsx_sb_addc(out, '\n');
        row++;
    }
    if (!out->s)
        charta_xlsx_sb_add(out, "", 0);
    return !out->oom;
}

charta_status
charta_xlsx_sheet_csv(charta_xlsx *x, size_t i, const charta_xlsx_range *range, char decimal,
                      charta_xlsx_note_fn note, void *ud, char **text, size_t *len,
                      charta_xlsx_error *err)
{
    *text = NULL;
    *len = 0;
    const sheet_entry *e = &x->sheets[i];
    if (!e->part) {
        charta_xlsx_set_error(err, CHARTA_ERR_DATA, 0, NULL,
                              "the workbook does not say where the sheet '%s' is (its "
                              "relationship '%s' is missing)",
                              e->name, e->rid);
        return CHARTA_ERR_DATA;
    }
    char *data;
    size_t dlen;
    if (charta_xlsx_need_part(x, e->part, &data, &dlen, err) < 0)
        return err->status;
    sheet_reader s = {.x = x, .range = range, .decimal = decimal, .note = note, .ud = ud,
                      .err = err};
    strbuf out = {0};
    bool ok = true;
    charta_xml *xr = charta_xml_open(data, dlen, e->part);
    if (!xr) {
        charta_xlsx_set_error(err, CHARTA_ERR_NOMEM, 0, NULL, "out of memory");
        ok = false;
    }
    for (charta_xml_event ev; ok && (ev = charta_xml_next(xr)) != CHARTA_XML_DONE;) {
        if (ev == CHARTA_XML_ERROR) {
            charta_xlsx_xml_failed(xr, e->part, err);
            ok = false;
        } else if (!sheet_event(&s, xr, ev) && !s.pool.oom) {
            ok = false;
        } else if (s.pool.oom || s.val.oom) {
            charta_xlsx_set_error(err, CHARTA_ERR_NOMEM, 0, NULL, "out of memory");
            ok = false;
        }
    }
    if (ok && !sheet_write(&s, &out)) {
        charta_xlsx_set_error(err, CHARTA_ERR_NOMEM, 0, NULL, "out of memory");
        ok = false;
    }
    charta_xml_close(xr);
    free(data);
    free(s.cells);
    free(s.pool.s);
    free(s.val.s);
    if (!ok) {
        free(out.s);
        return err->status ? err->status : CHARTA_ERR_DATA;
    }
    *text = out.s;
    *len = out.n;
    return CHARTA_OK;
}
