/* xlsxread.c: a workbook's sheets as CSV text (xlsxread.h).
 *
 * The parts read: xl/workbook.xml (sheet names, their relationship ids, the date
 * system), xl/_rels/workbook.xml.rels (id -> part), xl/styles.xml (which cell
 * styles show dates), xl/sharedStrings.xml and the chosen sheet. Each goes through
 * the hardened XML reader, so a workbook is held to the rules of any XML input.
 * A sheet is gathered cell by cell first and written out after, because the
 * width of every line (the rightmost column used) is known only at the end.
 */
#include "charta/xlsxread.h"

#include <ctype.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "charta/i18n.h"
#include "charta/util.h"
#include "charta/xmlread.h"
#include "xlsx_internal.h"

enum { MAX_COL = 16384, MAX_ROW = 1048576, MAX_NOTES_TEXT = 40 };

typedef struct strbuf {
    char *s;
    size_t n, cap;
    bool oom;
} strbuf;

typedef struct sheet_entry {
    char *name;
    char *part; /* "xl/worksheets/sheet1.xml" */
    char *rid;
} sheet_entry;

struct charta_xlsx {
    xlsx_zip *zip;
    sheet_entry *sheets;
    size_t n_sheets;
    bool date1904;
    /* shared strings: offsets into one pool */
    strbuf sst;
    size_t *sst_off;
    size_t n_sst;
    bool has_sst;
    /* cellXfs index -> shows a date */
    bool *xf_date;
    size_t n_xf;
};

static bool
sb_add(strbuf *b, const char *s, size_t n)
{
    if (b->oom)
        return false;
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->n + n + 1)
            cap *= 2;
        char *p = realloc(b->s, cap);
        if (!p) {
            b->oom = true;
            return false;
        }
        b->s = p;
        b->cap = cap;
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = '\0';
    return true;
}

static bool
sb_addc(strbuf *b, char c)
{
    return sb_add(b, &c, 1);
}

/* --- references ---------------------------------------------------------- */

void
charta_xlsx_cell_ref(int col, int row, char out[16])
{
    char letters[8];
    int k = 0;
    for (int c = col; c > 0 && k < 7; c = (c - 1) / 26)
        letters[k++] = (char)('A' + (c - 1) % 26);
    int o = 0;
    while (k > 0)
        out[o++] = letters[--k];
    snprintf(out + o, (size_t)(16 - o), "%d", row);
}

/* "C14" -> col 3, row 14; the letters alone ("C") give row 0. -1 when it is no
 * reference or lies outside Excel's grid. */
static int
parse_ref(const char *s, int *col, int *row)
{
    int c = 0, r = 0;
    const char *p = s;
    if (*p == '$')
        p++;
    while (isalpha((unsigned char)*p)) {
        c = c * 26 + (toupper((unsigned char)*p) - 'A' + 1);
        if (c > MAX_COL)
            return -1;
        p++;
    }
    if (*p == '$')
        p++;
    while (isdigit((unsigned char)*p)) {
        r = r * 10 + (*p - '0');
        if (r > MAX_ROW)
            return -1;
        p++;
    }
    if (*p || !c)
        return -1;
    *col = c;
    *row = r;
    return 0;
}

int
charta_xlsx_parse_range(const char *s, charta_xlsx_range *r)
{
    char a[32], b[32];
    const char *colon = strchr(s, ':');
    size_t na = colon ? (size_t)(colon - s) : strlen(s);
    if (na == 0 || na >= sizeof a || (colon && strlen(colon + 1) >= sizeof b))
        return -1;
    memcpy(a, s, na);
    a[na] = '\0';
    snprintf(b, sizeof b, "%s", colon ? colon + 1 : a);
    charta_xlsx_range q;
    if (parse_ref(a, &q.col0, &q.row0) || parse_ref(b, &q.col1, &q.row1) || !q.row0 ||
        !q.row1 || q.row1 < q.row0 || q.col1 < q.col0)
        return -1;
    *r = q;
    return 0;
}

/* --- XML parts ----------------------------------------------------------- */

/* The attributes want[0..n) of the element just opened into got[] (NULL when
 * absent): the reader keeps one attribute value at a time, so several are taken
 * from its list. */
static void
attrs_of(charta_xml *xr, const char *const *want, const char **got, size_t n)
{
    const char *const *names, *const *values;
    size_t k = charta_xml_attrs(xr, &names, &values);
    for (size_t i = 0; i < n; i++) {
        got[i] = NULL;
        for (size_t j = 0; j < k && !got[i]; j++)
            if (strcmp(names[j], want[i]) == 0)
                got[i] = values[j];
    }
}

static void
xml_failed(charta_xml *xr, const char *part, charta_xlsx_error *err)
{
    int line, col;
    const char *why = charta_xml_error(xr, &line, &col);
    charta_xlsx_set_error(err, CHARTA_ERR_DATA, 0, NULL,
                          "the part '%s' of the workbook is malformed at its line %d, column "
                          "%d: %s",
                          part, line, col, why);
}

/* Read a part that must be there: 1, or -1 with *err (a missing part named). */
static int
need_part(charta_xlsx *x, const char *name, char **data, size_t *len, charta_xlsx_error *err)
{
    int rc = charta_xlsx_zip_read(x->zip, name, data, len, err);
    if (rc == 0)
        charta_xlsx_set_error(err, CHARTA_ERR_DATA, 0, NULL,
                              "the workbook has no part '%s' (is it an Excel workbook, and "
                              "complete?)",
                              name);
    return rc == 1 ? 1 : -1;
}

static bool
truthy(const char *v)
{
    return v && (strcmp(v, "1") == 0 || strcmp(v, "true") == 0);
}

static bool
read_workbook(charta_xlsx *x, charta_xlsx_error *err)
{
    char *data;
    size_t len;
    if (need_part(x, "xl/workbook.xml", &data, &len, err) < 0)
        return false;
    charta_xml *xr = charta_xml_open(data, len, "xl/workbook.xml");
    bool ok = xr != NULL;
    size_t cap = 0;
    if (!xr)
        charta_xlsx_set_error(err, CHARTA_ERR_NOMEM, 0, NULL, "out of memory");
    for (charta_xml_event ev; ok && (ev = charta_xml_next(xr)) != CHARTA_XML_DONE;) {
        if (ev == CHARTA_XML_ERROR) {
            xml_failed(xr, "xl/workbook.xml", err);
            ok = false;
            break;
        }
        if (ev != CHARTA_XML_START)
            continue;
        const char *nm = charta_xml_name(xr);
        if (strcmp(nm, "workbookPr") == 0) {
            x->date1904 = truthy(charta_xml_attr(xr, "date1904"));
        } else if (strcmp(nm, "sheet") == 0) {
            const char *a[2];
            attrs_of(xr, (const char *const[]){"name", "id"}, a, 2);
            const char *name = a[0], *rid = a[1];
            if (!name || !rid)
                continue;
            if (x->n_sheets == CHARTA_XLSX_MAX_SHEETS) {
                charta_xlsx_set_error(err, CHARTA_ERR_DATA, 0, NULL,
                                      "the workbook has more than %d sheets",
                                      (int)CHARTA_XLSX_MAX_SHEETS);
                ok = false;
                break;
            }
            if (x->n_sheets == cap) {
                cap = cap ? cap * 2 : 8;
                sheet_entry *s = realloc(x->sheets, cap * sizeof *s);
                if (!s) {
                    ok = false;
                    charta_xlsx_set_error(err, CHARTA_ERR_NOMEM, 0, NULL, "out of memory");
                    break;
                }
                x->sheets = s;
            }
            sheet_entry *s = &x->sheets[x->n_sheets++];
            *s = (sheet_entry){.name = strdup(name), .rid = strdup(rid)};
            if (!s->name || !s->rid) {
                ok = false;
                charta_xlsx_set_error(err, CHARTA_ERR_NOMEM, 0, NULL, "out of memory");
            }
        }
    }
    charta_xml_close(xr);
    free(data);
    if (ok && x->n_sheets == 0) {
        charta_xlsx_set_error(err, CHARTA_ERR_DATA, 0, NULL, "the workbook has no sheets");
        ok = false;
    }
    return ok;
}

/* A relationship's target as a part name: relative to xl/, or absolute. */
static char *
part_name(const char *target)
{
    if (target[0] == '/')
        return strdup(target + 1);
    return charta_asprintf("xl/%s", target);
}

static bool
read_rels(charta_xlsx *x, char **sst_part, charta_xlsx_error *err)
{
    char *data;
    size_t len;
    if (need_part(x, "xl/_rels/workbook.xml.rels", &data, &len, err) < 0)
        return false;
    charta_xml *xr = charta_xml_open(data, len, "xl/_rels/workbook.xml.rels");
    bool ok = xr != NULL;
    if (!xr)
        charta_xlsx_set_error(err, CHARTA_ERR_NOMEM, 0, NULL, "out of memory");
    for (charta_xml_event ev; ok && (ev = charta_xml_next(xr)) != CHARTA_XML_DONE;) {
        if (ev == CHARTA_XML_ERROR) {
            xml_failed(xr, "xl/_rels/workbook.xml.rels", err);
            ok = false;
            break;
        }
        if (ev != CHARTA_XML_START || strcmp(charta_xml_name(xr), "Relationship") != 0)
            continue;
        const char *a[3];
        attrs_of(xr, (const char *const[]){"Id", "Target", "Type"}, a, 3);
        const char *id = a[0], *target = a[1], *type = a[2];
        if (!id || !target)
            continue;
        size_t tl = type ? strlen(type) : 0;
        if (tl >= 14 && strcmp(type + tl - 14, "/sharedStrings") == 0 && !*sst_part)
            *sst_part = part_name(target);
        for (size_t i = 0; i < x->n_sheets; i++)
            if (!x->sheets[i].part && strcmp(x->sheets[i].rid, id) == 0 &&
                !(x->sheets[i].part = part_name(target))) {
                ok = false;
                charta_xlsx_set_error(err, CHARTA_ERR_NOMEM, 0, NULL, "out of memory");
            }
    }
    charta_xml_close(xr);
    free(data);
    return ok;
}

/* Whether a number format shows a date: Excel's built-in date formats, or a
 * custom code with a day, month or year in it outside quotes, escapes and
 * brackets ("[$-407]", "[Red]"); an "m" beside hours or seconds is minutes. */
static bool
format_is_date(int id, const char *code)
{
    if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))
        return true;
    if (!code)
        return false;
    bool d = false, y = false, m = false, hs = false;
    for (const char *p = code; *p; p++) {
        if (*p == '"') {
            while (p[1] && p[1] != '"')
                p++;
            if (p[1])
                p++;
        } else if (*p == '\\' && p[1]) {
            p++;
        } else if (*p == '[') {
            while (p[1] && p[1] != ']')
                p++;
        } else {
            char c = (char)tolower((unsigned char)*p);
            d |= c == 'd', y |= c == 'y', m |= c == 'm', hs |= c == 'h' || c == 's';
        }
    }
    return d || y || (m && !hs);
}

typedef struct numfmt {
    int id;
    char *code;
} numfmt;

static bool
read_styles(charta_xlsx *x, charta_xlsx_error *err)
{
    char *data;
    size_t len;
    int rc = charta_xlsx_zip_read(x->zip, "xl/styles.xml", &data, &len, err);
    if (rc <= 0)
        return rc == 0; /* without styles no cell shows a date */
    charta_xml *xr = charta_xml_open(data, len, "xl/styles.xml");
    bool ok = xr != NULL, in_xfs = false;
    numfmt *fmts = NULL;
    size_t n_fmts = 0, cap_fmts = 0, cap_xf = 0;
    if (!xr)
        charta_xlsx_set_error(err, CHARTA_ERR_NOMEM, 0, NULL, "out of memory");
    for (charta_xml_event ev; ok && (ev = charta_xml_next(xr)) != CHARTA_XML_DONE;) {
        if (ev == CHARTA_XML_ERROR) {
            xml_failed(xr, "xl/styles.xml", err);
            ok = false;
            break;
        }
        const char *nm = charta_xml_name(xr);
        if (ev == CHARTA_XML_END && strcmp(nm, "cellXfs") == 0)
            in_xfs = false;
        if (ev != CHARTA_XML_START)
            continue;
        if (strcmp(nm, "cellXfs") == 0) {
            in_xfs = true;
        } else if (strcmp(nm, "numFmt") == 0) {
            const char *a[2];
            attrs_of(xr, (const char *const[]){"numFmtId", "formatCode"}, a, 2);
            const char *id = a[0], *code = a[1];
            if (!id || !code)
                continue;
            if (n_fmts == cap_fmts) {
                cap_fmts = cap_fmts ? cap_fmts * 2 : 16;
                numfmt *f = realloc(fmts, cap_fmts * sizeof *f);
                if (!f)
                    goto nomem;
                fmts = f;
            }
            fmts[n_fmts].id = atoi(id);
            if (!(fmts[n_fmts].code = strdup(code)))
                goto nomem;
            n_fmts++;
        } else if (in_xfs && strcmp(nm, "xf") == 0) {
            const char *id = charta_xml_attr(xr, "numFmtId");
            int fid = id ? atoi(id) : 0;
            const char *code = NULL;
            for (size_t i = 0; i < n_fmts; i++)
                if (fmts[i].id == fid)
                    code = fmts[i].code;
            if (x->n_xf == cap_xf) {
                cap_xf = cap_xf ? cap_xf * 2 : 32;
                bool *b = realloc(x->xf_date, cap_xf * sizeof *b);
                if (!b)
                    goto nomem;
                x->xf_date = b;
            }
            x->xf_date[x->n_xf++] = format_is_date(fid, code);
        }
        continue;
    nomem:
        charta_xlsx_set_error(err, CHARTA_ERR_NOMEM, 0, NULL, "out of memory");
        ok = false;
    }
    for (size_t i = 0; i < n_fmts; i++)
        free(fmts[i].code);
    free(fmts);
    charta_xml_close(xr);
    free(data);
    return ok;
}

/* Shared strings: <si> holds <t> or rich runs <r><t>; phonetic runs <rPh> are
 * reading aids, not text. */
static bool
read_sst(charta_xlsx *x, const char *part, charta_xlsx_error *err)
{
    char *data;
    size_t len;
    int rc = charta_xlsx_zip_read(x->zip, part, &data, &len, err);
    if (rc <= 0)
        return rc == 0;
    x->has_sst = true;
    charta_xml *xr = charta_xml_open(data, len, part);
    bool ok = xr != NULL, in_t = false;
    int in_rph = 0;
    size_t cap = 0;
    if (!xr)
        charta_xlsx_set_error(err, CHARTA_ERR_NOMEM, 0, NULL, "out of memory");
    for (charta_xml_event ev; ok && (ev = charta_xml_next(xr)) != CHARTA_XML_DONE;) {
        if (ev == CHARTA_XML_ERROR) {
            xml_failed(xr, part, err);
            ok = false;
            break;
        }
        if (ev == CHARTA_XML_TEXT) {
            if (in_t && !in_rph)
                sb_add(&x->sst, charta_xml_text(xr), strlen(charta_xml_text(xr)));
            continue;
        }
        const char *nm = charta_xml_name(xr);
        bool start = ev == CHARTA_XML_START;
        if (strcmp(nm, "t") == 0)
            in_t = start;
        else if (strcmp(nm, "rPh") == 0)
            in_rph += start ? 1 : -1;
        else if (strcmp(nm, "si") == 0 && start) {
            if (x->n_sst == cap) {
                cap = cap ? cap * 2 : 64;
                size_t *o = realloc(x->sst_off, (cap + 1) * sizeof *o);
                if (!o) {
                    x->sst.oom = true;
                    break;
                }
                x->sst_off = o;
            }
            x->sst_off[x->n_sst++] = x->sst.n;
        } else if (strcmp(nm, "si") == 0) {
            sb_addc(&x->sst, '\0'); /* each string ends in a NUL inside the pool */
        }
    }
    if (ok && x->sst.oom) {
        charta_xlsx_set_error(err, CHARTA_ERR_NOMEM, 0, NULL, "out of memory");
        ok = false;
    }
    charta_xml_close(xr);
    free(data);
    return ok;
}

charta_xlsx *
charta_xlsx_open(const char *data, size_t len, const charta_xlsx_opts *opts, charta_xlsx_error *err)
{
    charta_xlsx *x = calloc(1, sizeof *x);
    char *sst_part = NULL;
    if (!x) {
        charta_xlsx_set_error(err, CHARTA_ERR_NOMEM, 0, NULL, "out of memory");
        return NULL;
    }
    size_t max_part = opts && opts->max_part ? opts->max_part : CHARTA_XLSX_MAX_PART;
    unsigned ratio = opts && opts->max_ratio ? opts->max_ratio : CHARTA_XLSX_MAX_RATIO;
    if (!(x->zip = charta_xlsx_zip_open(data, len, max_part, ratio, err)) ||
        !read_workbook(x, err) || !read_rels(x, &sst_part, err) || !read_styles(x, err) ||
        !read_sst(x, sst_part ? sst_part : "xl/sharedStrings.xml", err)) {
        free(sst_part);
        charta_xlsx_close(x);
        return NULL;
    }
    free(sst_part);
    return x;
}

void
charta_xlsx_close(charta_xlsx *x)
{
    if (!x)
        return;
    charta_xlsx_zip_close(x->zip);
    for (size_t i = 0; i < x->n_sheets; i++) {
        free(x->sheets[i].name);
        free(x->sheets[i].part);
        free(x->sheets[i].rid);
    }
    free(x->sheets);
    free(x->sst.s);
    free(x->sst_off);
    free(x->xf_date);
    free(x);
}

size_t
charta_xlsx_sheet_count(const charta_xlsx *x)
{
    return x->n_sheets;
}

const char *
charta_xlsx_sheet_name(const charta_xlsx *x, size_t i)
{
    return i < x->n_sheets ? x->sheets[i].name : NULL;
}

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
    return sb_add(&s->pool, text, len);
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
            sb_add(&s->val, t, strlen(t));
        }
        return true;
    }
    const char *nm = charta_xml_name(xr);
    bool start = ev == CHARTA_XML_START;
    if (strcmp(nm, "row") == 0 && start) {
        const char *r = charta_xml_attr(xr, "r");
        int row = r ? atoi(r) : s->row + 1;
        if (row < 1 || row > MAX_ROW) {
            charta_xlsx_set_error(s->err, CHARTA_ERR_DATA, 0, NULL,
                                  "a row of the sheet has the number '%.20s', outside 1 to %d",
                                  r ? r : "?", MAX_ROW);
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
        attrs_of(xr, (const char *const[]){"r", "t", "s"}, a, 3);
        const char *r = a[0], *t = a[1], *st = a[2];
        int col = s->col + 1, row = s->row;
        if (r && (parse_ref(r, &col, &row) || row == 0)) {
            charta_xlsx_set_error(s->err, CHARTA_ERR_DATA, s->row, NULL,
                                  "a cell has the reference '%.20s', which is no cell", r);
            return false;
        }
        if (row != s->row || col > MAX_COL) {
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
            sb_addc(out, '\n');
        int col = col0;
        for (; i < s->n && s->cells[i].row == row; i++) {
            const cell *c = &s->cells[i];
            if (i + 1 < s->n && s->cells[i + 1].row == row && s->cells[i + 1].col == c->col)
                continue; /* the same cell twice: the last one counts */
            for (; col < c->col; col++)
                sb_addc(out, ',');
            const char *t = s->pool.s + c->off;
            if (!c->quote) {
                sb_add(out, t, c->len);
                continue;
            }
            sb_addc(out, '"');
            for (size_t k = 0; k < c->len; k++)
                if (t[k] == '"')
                    sb_add(out, "\"\"", 2);
                else
                    sb_addc(out, t[k] == '\n' || t[k] == '\r' ? ' ' : t[k]);
            sb_addc(out, '"');
        }
        for (; col < col1; col++)
            sb_addc(out, ',');
        sb_addc(out, '\n');
        row++;
    }
    if (!out->s)
        sb_add(out, "", 0);
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
    if (need_part(x, e->part, &data, &dlen, err) < 0)
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
            xml_failed(xr, e->part, err);
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
