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
 *      as CSV too, so a file cut off inside a footnote is noticed.
 */
#include <string.h>

#include "charta/dataset.h"
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

/* Step over the title block: a given number of lines, or every line up to
 * the first one that starts with an empty cell. */
static void
skip_title(src_ctx *c, charta_csvread *r)
{
    const char *s;
    size_t n;
    if (c->spec->skip > 0) {
        for (int i = 0; i < c->spec->skip; i++)
            charta_csvread_skip_line(r);
        return;
    }
    while (charta_csvread_peek_line(r, &s, &n, NULL)) {
        if (footer_line(s, n))
            return;
        size_t k = n;
        const char *t = charta_src_trim(s, &k);
        if (k && t[0] == c->delim)
            return;
        charta_csvread_skip_line(r);
    }
}

bool
charta_src_genesis_header(src_ctx *c, charta_csvread *r, const charta_csv_record **first,
                          bool *footer)
{
    skip_title(c, r);
    return charta_src_header_read(c, r, c->spec->header, first, footer);
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
            charta_diag_warning(c->diags, c->file, err.line, 0, "GENESIS footer: %s; ignored",
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
        }
    }
    if (!as_of)
        charta_diag_warning(c->diags, c->file, 0, 0,
                            "the GENESIS footer has no \"Stand:\" line; the file may be "
                            "truncated");
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
                  "no area column: the %zu key column%s (empty header cells) hold%s no area "
                  "codes; set area = \"#n\" or area_value",
                  c->table.n_keys, c->table.n_keys == 1 ? "" : "s",
                  c->table.n_keys == 1 ? "s" : "");
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
