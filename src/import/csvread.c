#include "charta/csvread.h"

#include <csv.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charta/i18n.h"
#include "charta/util.h"

/* libcsv grows its field buffer by this much at a time. */
enum { CSV_BLOCK = 4096 };

struct charta_csvread {
    const char *text;
    size_t len, pos;
    int line; /* number of the line at pos */
    charta_csv_opts o;
    struct csv_parser p;
    bool parser_ready;
    bool at_end; /* after a fatal error: nothing more to read */

    /* the record being read */
    char *data; /* fields, each NUL-terminated, back to back */
    size_t dlen, dcap;
    size_t *offs, *lens;
    char **fields;
    size_t nf, fcap;
    bool in_record, done, too_many, oom;
    size_t long_field; /* 1-based number of a field over max_field, 0 = none */
    size_t record_bytes;
    int start_line;
    charta_csv_record rec;
};

/* libcsv's realloc hook has no user pointer, so the cap is the constant
 * hard limit; smaller per-reader limits are checked in field_cb. */
static void *
capped_realloc(void *p, size_t n)
{
    if (n > (size_t)CHARTA_CSV_MAX_FIELD + CSV_BLOCK)
        return NULL;
    return realloc(p, n);
}

static int
is_lf(unsigned char c)
{
    return c == '\n';
}

static bool
parser_init(charta_csvread *r)
{
    if (csv_init(&r->p, CSV_STRICT | CSV_STRICT_FINI) != 0)
        return false;
    csv_set_delim(&r->p, (unsigned char)r->o.delimiter);
    csv_set_realloc_func(&r->p, capped_realloc);
    /* Lines reach libcsv without their line ending (line_at splits them) and
     * are ended with one LF, so only LF may end a record there. */
    csv_set_term_func(&r->p, is_lf);
    csv_set_blk_size(&r->p, CSV_BLOCK);
    r->parser_ready = true;
    return true;
}

static void
parser_reset(charta_csvread *r)
{
    if (r->parser_ready)
        csv_free(&r->p);
    r->parser_ready = false;
    if (!parser_init(r))
        r->oom = true;
}

charta_csvread *
charta_csvread_new(const char *text, size_t len, int first_line, const charta_csv_opts *opts)
{
    charta_csvread *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->text = text;
    r->len = len;
    r->line = first_line > 0 ? first_line : 1;
    if (opts)
        r->o = *opts;
    if (!r->o.delimiter)
        r->o.delimiter = ',';
    if (!r->o.max_field || r->o.max_field > CHARTA_CSV_MAX_FIELD)
        r->o.max_field = CHARTA_CSV_MAX_FIELD;
    if (!r->o.max_fields)
        r->o.max_fields = CHARTA_CSV_MAX_FIELDS;
    if (!r->o.max_record)
        r->o.max_record = CHARTA_CSV_MAX_RECORD;
    if (!parser_init(r)) {
        free(r);
        return NULL;
    }
    return r;
}

void
charta_csvread_free(charta_csvread *r)
{
    if (!r)
        return;
    if (r->parser_ready)
        csv_free(&r->p);
    free(r->data);
    free(r->offs);
    free(r->lens);
    free(r->fields);
    free(r);
}

static bool
grow_fields(charta_csvread *r)
{
    size_t cap = r->fcap ? r->fcap * 2 : 32;
    size_t *offs = realloc(r->offs, cap * sizeof *offs);
    if (!offs)
        return false;
    r->offs = offs;
    size_t *lens = realloc(r->lens, cap * sizeof *lens);
    if (!lens)
        return false;
    r->lens = lens;
    char **fields = realloc(r->fields, cap * sizeof *fields);
    if (!fields)
        return false;
    r->fields = fields;
    r->fcap = cap;
    return true;
}

static void
field_cb(void *s, size_t n, void *data)
{
    charta_csvread *r = data;
    if (r->oom)
        return;
    if (r->nf >= r->o.max_fields) {
        r->too_many = true;
        return;
    }
    if (n > r->o.max_field) {
        if (!r->long_field)
            r->long_field = r->nf + 1;
        n = 0; /* keep the count right, drop the bytes */
    }
    if (r->nf == r->fcap && !grow_fields(r)) {
        r->oom = true;
        return;
    }
    if (r->dlen + n + 1 > r->dcap) {
        size_t cap = r->dcap ? r->dcap : 256;
        while (cap < r->dlen + n + 1)
            cap *= 2;
        char *d = realloc(r->data, cap);
        if (!d) {
            r->oom = true;
            return;
        }
        r->data = d;
        r->dcap = cap;
    }
    if (n)
        memcpy(r->data + r->dlen, s, n);
    r->data[r->dlen + n] = '\0';
    r->offs[r->nf] = r->dlen;
    r->lens[r->nf] = n;
    r->dlen += n + 1;
    r->nf++;
}

static void
record_cb(int c, void *data)
{
    charta_csvread *r = data;
    r->done = true;
}

static charta_csv_result fail(charta_csvread *r, charta_csv_error *err, charta_csv_result kind,
                              int line, int field, bool fatal, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));

static charta_csv_result
fail(charta_csvread *r, charta_csv_error *err, charta_csv_result kind, int line, int field,
     bool fatal, const char *fmt, ...)
{
    if (err) {
        err->kind = kind;
        err->line = line;
        err->field = field;
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->message, sizeof err->message, charta_tr(fmt), ap); /* a msgid: i18n.h */
        va_end(ap);
    }
    if (fatal)
        r->at_end = true;
    r->in_record = false;
    return kind;
}

static bool
blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t')
            return false;
    return true;
}

/* The line at r->pos: its text without the line ending, and where the next
 * line starts. LF, CRLF and a lone CR (the line end of classic Mac OS, still
 * written by old spreadsheet exports) each end one line. */
static void
line_at(const charta_csvread *r, const char **s, size_t *n, size_t *next)
{
    const char *p = r->text + r->pos;
    size_t rest = r->len - r->pos;
    const char *nl = memchr(p, '\n', rest);
    size_t k = nl ? (size_t)(nl - p) : rest;
    const char *cr = memchr(p, '\r', k);
    size_t end = 1;
    if (cr) {
        k = (size_t)(cr - p);
        end = k + 1 < rest && p[k + 1] == '\n' ? 2 : 1;
    } else if (!nl) {
        end = 0;
    }
    *next = r->pos + k + end;
    *s = p;
    *n = k;
}

static charta_csv_result
parse_failed(charta_csvread *r, charta_csv_error *err, const char *s, size_t n, size_t done,
             int line)
{
    int e = csv_error(&r->p);
    int field = (int)r->nf + 1;
    if (e == CSV_EPARSE) {
        parser_reset(r);
        if (r->oom)
            return fail(r, err, CHARTA_CSV_E_NOMEM, line, 0, true, "out of memory");
        if (done < n && s[done] == '"')
            return fail(r, err, CHARTA_CSV_E_SYNTAX, line, field, false,
                        "field %d: a quote inside an unquoted field (quote the whole field "
                        "and double the inner quotes)",
                        field);
        if (done < n)
            return fail(r, err, CHARTA_CSV_E_SYNTAX, line, field, false,
                        "field %d: text after the closing quote of a quoted field "
                        "(a quote inside a quoted field must be doubled)",
                        field);
        return fail(r, err, CHARTA_CSV_E_SYNTAX, line, field, false, "field %d: malformed quotes",
                    field);
    }
    if (e == CSV_ENOMEM && csv_get_buffer_size(&r->p) + CSV_BLOCK < CHARTA_CSV_MAX_FIELD)
        return fail(r, err, CHARTA_CSV_E_NOMEM, line, 0, true, "out of memory");
    return fail(r, err, CHARTA_CSV_E_FIELD_SIZE, line, field, true,
                "field %d is longer than %d bytes", field, (int)CHARTA_CSV_MAX_FIELD);
}

static charta_csv_result
complete(charta_csvread *r, const charta_csv_record **rec, charta_csv_error *err, int last_line)
{
    r->in_record = false;
    if (r->oom)
        return fail(r, err, CHARTA_CSV_E_NOMEM, r->start_line, 0, true, "out of memory");
    if (r->too_many)
        return fail(r, err, CHARTA_CSV_E_FIELD_COUNT, r->start_line, 0, false,
                    "more than %zu fields in one record", r->o.max_fields);
    if (r->long_field)
        return fail(r, err, CHARTA_CSV_E_FIELD_SIZE, r->start_line, (int)r->long_field, true,
                    "field %zu is longer than %zu bytes", r->long_field, r->o.max_field);
    for (size_t i = 0; i < r->nf; i++)
        r->fields[i] = r->data + r->offs[i];
    r->rec.fields = r->fields;
    r->rec.lens = r->lens;
    r->rec.n = r->nf;
    r->rec.line = r->start_line;
    r->rec.last_line = last_line;
    *rec = &r->rec;
    return CHARTA_CSV_RECORD;
}

charta_csv_result
charta_csvread_next(charta_csvread *r, const charta_csv_record **rec, charta_csv_error *err)
{
    *rec = NULL;
    if (r->at_end)
        return CHARTA_CSV_EOF;
    r->nf = 0;
    r->dlen = 0;
    r->done = r->too_many = false;
    r->long_field = 0;
    r->record_bytes = 0;
    r->in_record = false;
    int last_line = 0;
    for (;;) {
        if (r->pos >= r->len) {
            if (!r->in_record)
                return CHARTA_CSV_EOF;
            r->at_end = true;
            if (csv_fini(&r->p, field_cb, record_cb, r) != 0)
                return fail(r, err, CHARTA_CSV_E_UNTERMINATED, r->start_line, (int)r->nf + 1, true,
                            "quoted field %zu opened on line %d is not closed", r->nf + 1,
                            r->start_line);
            if (r->done)
                return complete(r, rec, err, last_line);
            return CHARTA_CSV_EOF;
        }
        const char *s;
        size_t n, next;
        line_at(r, &s, &n, &next);
        int line = r->line;
        r->pos = next;
        r->line++;
        if (!r->in_record) {
            if (blank(s, n))
                continue;
            r->in_record = true;
            r->start_line = line;
        }
        last_line = line;
        if (memchr(s, '\0', n)) {
            parser_reset(r);
            return fail(r, err, CHARTA_CSV_E_SYNTAX, line, 0, false, "NUL byte in the line");
        }
        r->record_bytes += n + 1;
        if (r->record_bytes > r->o.max_record)
            return fail(r, err, CHARTA_CSV_E_RECORD_SIZE, r->start_line, 0, true,
                        "record starting on line %d is longer than %zu bytes", r->start_line,
                        r->o.max_record);
        size_t k = csv_parse(&r->p, s, n, field_cb, record_cb, r);
        if (k != n)
            return parse_failed(r, err, s, n, k, line);
        if (csv_parse(&r->p, "\n", 1, field_cb, record_cb, r) != 1)
            return parse_failed(r, err, "", 0, 0, line);
        if (r->oom)
            return fail(r, err, CHARTA_CSV_E_NOMEM, line, 0, true, "out of memory");
        if (r->done)
            return complete(r, rec, err, last_line);
    }
}

bool
charta_csvread_peek_line(const charta_csvread *r, const char **s, size_t *n, int *line)
{
    if (r->at_end || r->pos >= r->len)
        return false;
    size_t next;
    line_at(r, s, n, &next);
    if (line)
        *line = r->line;
    return true;
}

void
charta_csvread_skip_line(charta_csvread *r)
{
    if (r->at_end || r->pos >= r->len)
        return;
    const char *s;
    size_t n, next;
    line_at(r, &s, &n, &next);
    r->pos = next;
    r->line++;
}

size_t
charta_csvread_offset(const charta_csvread *r)
{
    return r->pos;
}
