/* areas_file.c: charta_areas_load(), the `areas { ... }` declaration.
 *
 * An areas file is a plain CSV with a header row; the columns for code,
 * name and parent are found by their header names (exactly, else ignoring
 * case; by default "code", and "name" and "parent" when present). The delimiter is ',' or ';',
 * whichever the header line holds more of, unless the spec gives one. Areas are added in file
 * order, then the dataset's areas are closed, so a source may only use these codes.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "charta/csvread.h"
#include "charta/i18n.h"
#include "charta/numfmt.h"
#include "charta/source.h"
#include "charta/util.h"
#include "source_internal.h"

typedef struct areas_ctx {
    const charta_areas_spec *spec;
    charta_dataset *ds;
    charta_diags *diags;
    const char *file;
    charta_status st;
    int errors;
    bool stopped;
    charta_status bad; /* DATA for a file, SCRIPT for inline rows */
    volatile const int *interrupted; /* the run's signal flag, or NULL */
    int *first_line;   /* by area index: the line that declared it */
    size_t n_first;
} areas_ctx;

static void area_error(areas_ctx *a, charta_status st, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

static void
area_error(areas_ctx *a, charta_status st, int line, int col, const char *fmt, ...)
{
    if (a->stopped)
        return;
    va_list ap;
    va_start(ap, fmt);
    charta_diag_addv(a->diags, CHARTA_ERROR, st, a->file, line, col, fmt, ap);
    va_end(ap);
    a->st = charta_status_worse(a->st, st);
    if (st == CHARTA_ERR_NOMEM || ++a->errors >= SRC_MAX_ERRORS)
        a->stopped = true;
}

void
charta_src_cap_area_name(charta_diags *d, const char *file, int line, const char *code,
                         char *name)
{
    size_t keep = name ? charta_utf8_prefix(name, CHARTA_LABEL_MAX_CHARS) : 0;
    if (!name || !name[keep])
        return;
    charta_numfmt en = charta_numfmt_for("en");
    char had[CHARTA_NUMFMT_SIZE], cap[CHARTA_NUMFMT_SIZE];
    charta_numfmt_format(&en, (double)charta_utf8_chars(name), 0, had, sizeof had);
    charta_numfmt_format(&en, CHARTA_LABEL_MAX_CHARS, 0, cap, sizeof cap);
    name[keep] = '\0';
    charta_diag_warning(d, file, line, 0, "area '%s': its name has %s characters; it was cut to %s",
                        code, had, cap);
}

/* Add one area; a code given twice is an error naming the first line. */
static void
add_one(areas_ctx *a, const char *code, const char *name, const char *parent, int line, int col)
{
    if (!code || !code[0]) {
        area_error(a, a->bad, line, col, "empty area code");
        return;
    }
    int have = charta_dataset_find_area(a->ds, code);
    if (have >= 0) {
        int first = (size_t)have < a->n_first ? a->first_line[have] : 0;
        area_error(a, a->bad, line, col, "area code '%s' appears twice (first on line %d)", code,
                   first);
        return;
    }
    /* an absurdly long name is cut before any layout sees it */
    char *cut = NULL;
    if (name && name[charta_utf8_prefix(name, CHARTA_LABEL_MAX_CHARS)]) {
        cut = charta_strdup(name);
        if (!cut) {
            area_error(a, CHARTA_ERR_NOMEM, line, 0, "out of memory");
            return;
        }
        charta_src_cap_area_name(a->diags, a->file, line, code, cut);
        name = cut;
    }
    int idx = charta_dataset_add_area(a->ds, code, name && name[0] ? name : NULL,
                                      parent && parent[0] ? parent : NULL);
    free(cut);
    if (idx < 0) {
        area_error(a, CHARTA_ERR_NOMEM, line, 0, "out of memory");
        return;
    }
    charta_dataset_set_area_line(a->ds, idx, line);
    if ((size_t)idx >= a->n_first) {
        size_t n = (size_t)idx + 64;
        int *fl = realloc(a->first_line, n * sizeof *fl);
        if (!fl) {
            area_error(a, CHARTA_ERR_NOMEM, line, 0, "out of memory");
            return;
        }
        memset(fl + a->n_first, 0, (n - a->n_first) * sizeof *fl);
        a->first_line = fl;
        a->n_first = n;
    }
    a->first_line[idx] = line;
}

static char
detect_delimiter(const char *text, size_t len)
{
    size_t semi = 0, comma = 0;
    bool quoted = false;
    for (size_t i = 0; i < len && (quoted || (text[i] != '\n' && text[i] != '\r')); i++) {
        if (text[i] == '"')
            quoted = !quoted;
        else if (!quoted && text[i] == ';')
            semi++;
        else if (!quoted && text[i] == ',')
            comma++;
    }
    return semi > comma ? ';' : ',';
}

/* The header column named name (exactly, else ignoring case), or -1 after
 * reporting it when required. */
static int
find_column(areas_ctx *a, const charta_csv_record *h, const char *name, const char *what,
            charta_script_pos at, bool required)
{
    for (size_t j = 0; j < h->n; j++)
        if (strcmp(h->fields[j], name) == 0)
            return (int)j;
    for (size_t j = 0; j < h->n; j++)
        if (strcasecmp(h->fields[j], name) == 0)
            return (int)j;
    if (!required)
        return -1;
    charta_buf b = {0};
    const char *hint = charta_suggest(name, (const char *const *)h->fields, h->n);
    if (hint)
        charta_buf_printf(&b, _("; did you mean '%s'? The header has: "), hint);
    else
        charta_buf_puts(&b, _("; the header has: "));
    for (size_t j = 0; j < h->n; j++)
        charta_buf_printf(&b, "%s'%s'", j ? ", " : "", h->fields[j]);
    /* the script names the column: its mistake (78), and the message points there
     * (the default name "code" is the script's too: it gave no 'code') */
    if (!a->stopped) {
        const charta_areas_spec *s = a->spec;
        charta_diag_error(a->diags, CHARTA_ERR_SCRIPT, s->decl_file,
                          at.line ? at.line : s->decl_line, at.line ? at.col : 0,
                          "areas: no column '%s' (%s of the areas) in %s%s", name, what, a->file,
                          b.data ? b.data : "");
        a->st = charta_status_worse(a->st, CHARTA_ERR_SCRIPT);
        a->stopped = true;
    }
    charta_buf_free(&b);
    return -1;
}

static void
read_areas(areas_ctx *a, charta_csvread *r, char delim)
{
    const charta_areas_spec *spec = a->spec;
    const charta_csv_record *rec;
    charta_csv_error err;
    charta_csv_result res;
    while ((res = charta_csvread_next(r, &rec, &err)) != CHARTA_CSV_RECORD) {
        if (res == CHARTA_CSV_EOF) {
            area_error(a, CHARTA_ERR_DATA, 0, 0, "the file is empty: no header row");
            return;
        }
        area_error(a, res == CHARTA_CSV_E_NOMEM ? CHARTA_ERR_NOMEM : CHARTA_ERR_DATA, err.line,
                   err.field, "%s", err.message);
        if (a->stopped)
            return;
    }
    int code_col =
        find_column(a, rec, spec->code ? spec->code : "code", "code", spec->code_at, true);
    int name_col = find_column(a, rec, spec->name ? spec->name : "name", "name", spec->name_at,
                               spec->name);
    int parent_col = find_column(a, rec, spec->parent ? spec->parent : "parent", "parent",
                                 spec->parent_at, spec->parent);
    if (code_col < 0 || (spec->name && name_col < 0) || (spec->parent && parent_col < 0))
        return;
    size_t width = rec->n;
    long rows = 0;
    while (!a->stopped) {
        if (a->interrupted && *a->interrupted) {
            area_error(a, CHARTA_ERR_LIMIT, 0, 0,
                       "reading stopped after %ld rows: interrupted by a signal; the report "
                       "was not changed",
                       rows);
            a->stopped = true;
            break;
        }
        res = charta_csvread_next(r, &rec, &err);
        if (res == CHARTA_CSV_EOF)
            break;
        if (res != CHARTA_CSV_RECORD) {
            charta_status st = res == CHARTA_CSV_E_NOMEM ? CHARTA_ERR_NOMEM : CHARTA_ERR_DATA;
            area_error(a, st, err.line, err.field, "%s", err.message);
            if (res != CHARTA_CSV_E_SYNTAX && res != CHARTA_CSV_E_FIELD_COUNT)
                a->stopped = true;
            continue;
        }
        rows++;
        if (rec->n != width) {
            char hint[80] = "";
            char guess = rec->n == 1 ? charta_src_guess_delim(rec->fields[0], delim) : 0;
            char d1[8], d2[8];
            if (guess)
                snprintf(hint, sizeof hint, _(" (is the delimiter %s? it was taken as %s)"),
                         charta_src_delim_name(guess, d1), charta_src_delim_name(delim, d2));
            area_error(a, CHARTA_ERR_DATA, rec->line, 0,
                       charta_trn("found %zu field, expected %zu%s",
                                  "found %zu fields, expected %zu%s", rec->n),
                       rec->n, width, hint);
            continue;
        }
        add_one(a, rec->fields[code_col], name_col >= 0 ? rec->fields[name_col] : NULL,
                parent_col >= 0 ? rec->fields[parent_col] : NULL, rec->line, code_col + 1);
    }
    if (!rows && !a->stopped)
        area_error(a, CHARTA_ERR_DATA, 0, 0, "no data rows: the file has only a header");
}

charta_status
charta_areas_load(const charta_areas_spec *spec, const char *project_dir, charta_dataset *ds,
                  charta_import_ctx *ix, charta_diags *diags)
{
    areas_ctx a = {.spec = spec,
                   .ds = ds,
                   .diags = diags,
                   .file = spec->file,
                   .bad = CHARTA_ERR_DATA,
                   .interrupted = ix ? ix->interrupted : NULL};
    src_text text = {0};
    char delim;
    charta_csvread *r = NULL;
    if (!charta_dataset_set_areas_file(ds, spec->file ? spec->file : spec->decl_file)) {
        area_error(&a, CHARTA_ERR_NOMEM, 0, 0, "out of memory");
        goto cleanup;
    }
    if (!spec->file) {
        a.file = spec->decl_file;
        a.bad = CHARTA_ERR_SCRIPT;
        for (size_t i = 0; i < spec->n_inline && !a.stopped; i++)
            add_one(&a, spec->inline_code[i], spec->inline_name ? spec->inline_name[i] : NULL,
                    spec->inline_parent ? spec->inline_parent[i] : NULL, spec->decl_line, 0);
        goto cleanup;
    }
    if (!charta_src_load_text(diags, project_dir, spec->file, spec->encoding, spec->decl_file,
                       spec->decl_line, "areas", ix, &text, &a.st))
        goto cleanup;
    delim = spec->delimiter ? spec->delimiter : detect_delimiter(text.data, text.len);
    r = charta_csvread_new(text.data, text.len, 1, &(charta_csv_opts){.delimiter = delim});
    if (!r) {
        area_error(&a, CHARTA_ERR_NOMEM, 0, 0, "out of memory");
        goto cleanup;
    }
    read_areas(&a, r, delim);
cleanup:
    charta_dataset_close_areas(ds);
    charta_csvread_free(r);
    charta_src_text_free(&text);
    free(a.first_line);
    return a.st;
}
