/* source_genesis.c: the frame around a GENESIS table.
 *
 * A GENESIS "flat" CSV export (Regionaldatenbank, Destatis, IT.NRW) is:
 *   1. a title block: "GENESIS-Tabelle: <code>" and a few lines of text,
 *      padded with delimiters; read as raw lines (its text may hold bare
 *      quotes, which strict CSV would refuse);
 *   2. header rows: the records after the title whose first cell is empty;
 *      the leading columns whose header cells are all empty are the keys
 *      (a date or year, the area code, the area name);
 *   3. data rows;
 *   4. a footer from a line starting with "___": quoted footnotes that span
 *      lines, the licence and "Stand: 10.10.2017 / 11:57:53". It is parsed
 *      as CSV too, so a file cut off inside a footnote is noticed. The
 *      footnotes (one per record, its lines joined into one text), the
 *      "©" line (the attribution the licence asks for) and the licence
 *      statement are kept on the input record (dataset.h).
 */
#include <stdlib.h>
#include <string.h>

#include "charta/dataset.h"
#include "charta/i18n.h"
#include "charta/util.h"
#include "source_internal.h"

static bool
footer_line(const char *s, size_t n)
{
    return n >= 3 && memcmp(s, "___", 3) == 0;
}

static bool
blank_line(const char *s, size_t n)
{
    charta_src_trim(s, &n);
    return n == 0;
}

bool
charta_src_genesis_at_footer(charta_csvread *r)
{
    const char *s;
    size_t n;
    while (charta_csvread_peek_line(r, &s, &n, NULL)) {
        if (!blank_line(s, n))
            return footer_line(s, n);
        charta_csvread_skip_line(r);
    }
    return false;
}

/* A title line's text: trimmed, without the delimiters that pad it and without
 * surrounding quotes. */
static const char *
title_text(const src_ctx *c, const char *s, size_t *n)
{
    s = charta_src_trim(s, n);
    while (*n && (s[*n - 1] == c->delim || s[*n - 1] == ' '))
        (*n)--;
    if (*n >= 2 && s[0] == '"' && s[*n - 1] == '"') {
        s++;
        *n -= 2;
    }
    return s;
}

/* The table's code and title from the title block: "GENESIS-Tabelle: <code>", then
 * the title on the next line (continued on the following ones while a line ends with
 * a comma, as "Statistik der ... Abfallentsorgung,"). */
static void
title_block(src_ctx *c, charta_buf *title, charta_buf *code, int line, const char *s, size_t n)
{
    static const char mark[] = "GENESIS-Tabelle:";
    s = title_text(c, s, &n);
    if (line == 0) {
        if (n > sizeof mark - 1 && memcmp(s, mark, sizeof mark - 1) == 0) {
            size_t k = n - (sizeof mark - 1);
            const char *t = charta_src_trim(s + sizeof mark - 1, &k);
            charta_buf_append(code, t, k);
        }
        return;
    }
    if (!code->len || !n)
        return;
    if (line == 1 || (title->len && title->data[title->len - 1] == ',')) {
        if (title->len)
            charta_buf_append(title, " ", 1);
        charta_buf_append(title, s, n);
    }
}

const char charta_src_probe_delims[4] = {',', ';', '\t', '|'};

/* Count the delimiters of a line (number lno) that the title scan passes over. */
static void
probe_line(src_ctx *c, const char *s, size_t n, int lno)
{
    src_delim_probe *p = &c->probe;
    if (p->lines_seen < SRC_PROBE_LINES) {
        p->lines_seen++;
        for (size_t k = 0; k < sizeof charta_src_probe_delims; k++)
            p->with[k] += memchr(s, charta_src_probe_delims[k], n) != NULL;
    }
    size_t k = n;
    const char *t = charta_src_trim(s, &k);
    if (!p->start_line && k && t[0] != c->delim && lno > 1 &&
        memchr(charta_src_probe_delims, t[0], sizeof charta_src_probe_delims)) {
        p->start_line = lno;
        p->start_delim = t[0];
    }
}

/* Step over the title block: a given number of lines, or every line up to
 * the first one that starts with an empty cell. The table's code and title
 * go to the input (shown in the report's source notes). */
static void
skip_title(src_ctx *c, charta_csvread *r)
{
    const char *s;
    size_t n;
    int lno = 0;
    charta_buf title = {0}, code = {0};
    int line = 0;
    if (c->spec->skip > 0) {
        for (int i = 0; i < c->spec->skip && charta_csvread_peek_line(r, &s, &n, NULL); i++) {
            title_block(c, &title, &code, line++, s, n);
            charta_csvread_skip_line(r);
        }
    } else {
        while (charta_csvread_peek_line(r, &s, &n, &lno)) {
            if (footer_line(s, n))
                break;
            probe_line(c, s, n, lno);
            size_t k = n;
            const char *t = charta_src_trim(s, &k);
            if (k && t[0] == c->delim)
                break;
            title_block(c, &title, &code, line++, s, n);
            charta_csvread_skip_line(r);
        }
    }
    charta_buf_append(&title, "", 1);
    charta_buf_append(&code, "", 1);
    if (title.oom || code.oom)
        charta_src_fatal(c, CHARTA_ERR_NOMEM, 0, 0, "out of memory");
    else if (code.len > 1)
        charta_dataset_set_input_title(c->ds, c->input, title.len > 1 ? title.data : NULL,
                                       code.data);
    charta_buf_free(&title);
    charta_buf_free(&code);
}

bool
charta_src_genesis_header(src_ctx *c, charta_csvread *r, const charta_csv_record **first,
                          bool *footer)
{
    skip_title(c, r);
    return charta_src_header_read(c, r, c->spec->header, first, footer);
}

/* Append s (n bytes) to b as readable text: every run of spaces and line
 * breaks becomes one space (none at the start): the file wraps its footnotes
 * mid-sentence. */
static void
put_words(charta_buf *b, const char *s, size_t n)
{
    bool space = false;
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n') {
            space = true;
            continue;
        }
        if (space && b->len)
            charta_buf_puts(b, " ");
        space = false;
        charta_buf_append(b, &ch, 1);
    }
}

/* The text of a footer record as one readable line: its fields joined with
 * ";" (trailing empty ones dropped: title lines are padded with ";"). ""
 * for an empty record; NULL on out of memory. */
static char *
record_text(const charta_csv_record *rec)
{
    size_t n = rec->n;
    while (n && blank_line(rec->fields[n - 1], rec->lens[n - 1]))
        n--;
    charta_buf b = {0};
    for (size_t k = 0; k < n; k++) {
        if (k)
            charta_buf_puts(&b, ";");
        put_words(&b, rec->fields[k], rec->lens[k]);
    }
    return charta_buf_take(&b);
}

static bool
starts_with(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* The short name of a licence a footer states, or NULL when it is none charta
 * knows (the statement itself is kept either way). */
static const char *
licence_name(const char *text)
{
    if (!strstr(text, "Datenlizenz Deutschland"))
        return NULL;
    bool by = strstr(text, "Namensnennung") != NULL, zero = strstr(text, "Zero") != NULL;
    if (strstr(text, "Version 2.0"))
        return by ? "dl-de/by-2-0" : zero ? "dl-de/zero-2-0" : NULL;
    if (strstr(text, "Version 1.0"))
        return by ? "dl-de/by-1-0" : NULL;
    return NULL;
}

static void
take_licence(src_ctx *c, const char *text)
{
    charta_dataset_set_input_licence_text(c->ds, c->input, text);
    const char *name = licence_name(text);
    if (name)
        charta_dataset_set_input_licence(c->ds, c->input, name);
}

/* "© ... 2017.\nDieses Werk ist lizensiert unter ..." (one quoted record): the
 * first line is the attribution the licence requires, the rest the licence. */
static bool
take_copyright(src_ctx *c, const charta_csv_record *rec)
{
    const char *s = rec->fields[0];
    const char *nl = memchr(s, '\n', rec->lens[0]);
    size_t first = nl ? (size_t)(nl - s) : rec->lens[0];
    charta_buf attribution = {0}, licence = {0};
    put_words(&attribution, s, first);
    if (nl)
        put_words(&licence, nl + 1, rec->lens[0] - first - 1);
    bool ok = !attribution.oom && !licence.oom;
    if (ok && attribution.data)
        charta_dataset_set_input_attribution(c->ds, c->input, attribution.data);
    if (ok && licence.data && licence.data[0])
        take_licence(c, licence.data);
    charta_buf_free(&attribution);
    charta_buf_free(&licence);
    return ok;
}

void
charta_src_genesis_footer(src_ctx *c, charta_csvread *r)
{
    const charta_csv_record *rec;
    charta_csv_error err;
    bool as_of = false;
    charta_csvread_skip_line(r); /* the "___" line */
    for (;;) {
        charta_csv_result res = charta_csvread_next(r, &rec, &err);
        if (res == CHARTA_CSV_EOF)
            break;
        if (res == CHARTA_CSV_E_UNTERMINATED) {
            charta_src_fatal(c, CHARTA_ERR_DATA, err.line, 0,
                      "truncated GENESIS footer: quoted footnote from line %d is not closed",
                      err.line);
            return;
        }
        if (res == CHARTA_CSV_E_SYNTAX) {
            /* footnotes are text for people; a stray quote there costs no data */
            charta_diag_warning(c->diags, c->file, err.line, 0, "GENESIS footer: %s; the footnote is ignored (the data "
                                "are read)",
                                err.message);
            continue;
        }
        if (res != CHARTA_CSV_RECORD) {
            charta_src_csv_error(c, &err);
            return;
        }
        char date[16];
        if (rec->n >= 1 && charta_src_parse_as_of(rec->fields[0], rec->lens[0], date)) {
            charta_dataset_set_input_as_of(c->ds, c->input, date);
            as_of = true;
            continue;
        }
        if (rec->n < 1)
            continue;
        char *text = record_text(rec);
        if (!text) {
            charta_src_fatal(c, CHARTA_ERR_NOMEM, rec->line, 0, "out of memory");
            return;
        }
        if (!text[0])
            ; /* an empty line */
        else if (starts_with(text, "\xC2\xA9") || starts_with(text, "(c)") ||
                 starts_with(text, "(C)")) {
            if (!take_copyright(c, rec))
                charta_src_fatal(c, CHARTA_ERR_NOMEM, rec->line, 0, "out of memory");
        } else if (starts_with(text, "Dieses Werk ist lizen")) {
            take_licence(c, text);
        } else if (charta_dataset_add_input_footnote(c->ds, c->input, text) != CHARTA_OK) {
            charta_src_fatal(c, CHARTA_ERR_NOMEM, rec->line, 0, "out of memory");
        }
        free(text);
        if (c->stopped)
            return;
    }
    if (!as_of)
        charta_diag_warning(c->diags, c->file, 0, 0,
                            "the GENESIS footer has no \"Stand:\" line; the file may be "
                            "truncated: the report names no as-of date for it; download the "
                            "table again if rows are missing");
}

bool
charta_src_genesis_keys(src_ctx *c, const charta_csv_record *first)
{
    const charta_source_spec *spec = c->spec;
    for (size_t k = 0; k < c->table.n_keys && k < first->n; k++) {
        int j = (int)k;
        if (j == c->area_col || j == c->name_col || j == c->year_col)
            continue;
        if (c->year_col < 0 && !spec->year && charta_src_parse_year(first->fields[k], first->lens[k])) {
            c->year_col = j;
        } else if (c->area_col < 0 && !spec->area) {
            c->area_col = j;
        } else if (c->name_col < 0 && !spec->area_name) {
            c->name_col = j;
        }
    }
    if (spec->area_by_name && !spec->area && c->name_col >= 0) {
        c->area_col = c->name_col; /* look areas up by the name column */
        c->name_col = -1;
    }
    if (c->area_col < 0 && c->fixed_area < 0) {
        charta_src_fatal(c, CHARTA_ERR_DATA, c->table.header_line, 0,
                  charta_trn("no area column: the %zu key column (empty header cells) holds no "
                             "area codes; set area = \"#n\" or area_value",
                             "no area column: the %zu key columns (empty header cells) hold no "
                             "area codes; set area = \"#n\" or area_value",
                             c->table.n_keys),
                  c->table.n_keys);
        return false;
    }
    return true;
}

void
charta_src_genesis_defaults(charta_source_spec *spec)
{
    /* statistics-office exports: ';' and decimal comma, a title block and
     * header rows of their own (found by the reader), a footer from "___" */
    spec->genesis = true;
    spec->delimiter = ';';
    spec->decimal = ',';
    spec->skip = -1;
    spec->header = -1;
}
