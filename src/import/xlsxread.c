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


bool
charta_xlsx_sb_add(strbuf *b, const char *s, size_t n)
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

bool
charta_xlsx_sb_addc(strbuf *b, char c)
{
    return charta_xlsx_sb_add(b, &c, 1);
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
int
charta_xlsx_parse_ref(const char *s, int *col, int *row)
{
    int c = 0, r = 0;
    const char *p = s;
    if (*p == '$')
        p++;
    while (isalpha((unsigned char)*p)) {
        c = c * 26 + (toupper((unsigned char)*p) - 'A' + 1);
        if (c > XLSX_MAX_COL)
            return -1;
        p++;
    }
    if (*p == '$')
        p++;
    while (isdigit((unsigned char)*p)) {
        r = r * 10 + (*p - '0');
        if (r > XLSX_MAX_ROW)
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
    if (charta_xlsx_parse_ref(a, &q.col0, &q.row0) || charta_xlsx_parse_ref(b, &q.col1, &q.row1) || !q.row0 ||
        !q.row1 || q.row1 < q.row0 || q.col1 < q.col0)
        return -1;
    *r = q;
    return 0;
}

/* --- XML parts ----------------------------------------------------------- */

/* The attributes want[0..n) of the element just opened into got[] (NULL when
 * absent): the reader keeps one attribute value at a time, so several are taken
 * from its list. */
void
charta_xlsx_attrs_of(charta_xml *xr, const char *const *want, const char **got, size_t n)
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

void
charta_xlsx_xml_failed(charta_xml *xr, const char *part, charta_xlsx_error *err)
{
    int line, col;
    const char *why = charta_xml_error(xr, &line, &col);
    charta_xlsx_set_error(err, CHARTA_ERR_DATA, 0, NULL,
                          "the part '%s' of the workbook is malformed at its line %d, column "
                          "%d: %s",
                          part, line, col, why);
}

/* Read a part that must be there: 1, or -1 with *err (a missing part named). */
int
charta_xlsx_need_part(charta_xlsx *x, const char *name, char **data, size_t *len, charta_xlsx_error *err)
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
    if (charta_xlsx_need_part(x, "xl/workbook.xml", &data, &len, err) < 0)
        return false;
    charta_xml *xr = charta_xml_open(data, len, "xl/workbook.xml");
    bool ok = xr != NULL;
    size_t cap = 0;
    if (!xr)
        charta_xlsx_set_error(err, CHARTA_ERR_NOMEM, 0, NULL, "out of memory");
    for (charta_xml_event ev; ok && (ev = charta_xml_next(xr)) != CHARTA_XML_DONE;) {
        if (ev == CHARTA_XML_ERROR) {
            charta_xlsx_xml_failed(xr, "xl/workbook.xml", err);
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
            charta_xlsx_attrs_of(xr, (const char *const[]){"name", "id"}, a, 2);
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
    if (charta_xlsx_need_part(x, "xl/_rels/workbook.xml.rels", &data, &len, err) < 0)
        return false;
    charta_xml *xr = charta_xml_open(data, len, "xl/_rels/workbook.xml.rels");
    bool ok = xr != NULL;
    if (!xr)
        charta_xlsx_set_error(err, CHARTA_ERR_NOMEM, 0, NULL, "out of memory");
    for (charta_xml_event ev; ok && (ev = charta_xml_next(xr)) != CHARTA_XML_DONE;) {
        if (ev == CHARTA_XML_ERROR) {
            charta_xlsx_xml_failed(xr, "xl/_rels/workbook.xml.rels", err);
            ok = false;
            break;
        }
        if (ev != CHARTA_XML_START || strcmp(charta_xml_name(xr), "Relationship") != 0)
            continue;
        const char *a[3];
        charta_xlsx_attrs_of(xr, (const char *const[]){"Id", "Target", "Type"}, a, 3);
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
            charta_xlsx_xml_failed(xr, "xl/styles.xml", err);
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
            charta_xlsx_attrs_of(xr, (const char *const[]){"numFmtId", "formatCode"}, a, 2);
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
            charta_xlsx_xml_failed(xr, part, err);
            ok = false;
            break;
        }
        if (ev == CHARTA_XML_TEXT) {
            if (in_t && !in_rph)
                charta_xlsx_sb_add(&x->sst, charta_xml_text(xr), strlen(charta_xml_text(xr)));
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
            charta_xlsx_sb_addc(&x->sst, '\0'); /* each string ends in a NUL inside the pool */
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
