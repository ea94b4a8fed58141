/* source_xlsx.c: charta_source_load() for Excel workbooks (format = "xlsx").
 *
 * The chosen sheet (and range) becomes CSV text whose line n is the sheet's row n
 * (xlsxread.h), which the CSV reader then reads with every key of a CSV source:
 * header, skip, layout, area, year, variables, signs, decimal marks of numbers
 * written as text. Messages name the sheet's row as the line and the cell.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charta/i18n.h"
#include "charta/source.h"
#include "charta/util.h"
#include "charta/xlsxread.h"
#include "source_internal.h"

enum { NOTES_MAX = 5 };

typedef struct note_ctx {
    src_ctx *c;
    const char *sheet;
    int n;
} note_ctx;

static void
error_cell(void *ud, int row, const char *cell, const char *value)
{
    note_ctx *nc = ud;
    if (++nc->n <= NOTES_MAX)
        charta_diag_note(nc->c->diags, nc->c->file, row, 0,
                         "cell %s (sheet '%s') holds the error value %.40s: read as missing",
                         cell, nc->sheet, value);
}

/* The sheet the source names: its index, or -1 after reporting the problem. */
static long
pick_sheet(src_ctx *c, const charta_xlsx *x)
{
    const charta_source_spec *spec = c->spec;
    size_t n = charta_xlsx_sheet_count(x);
    if (spec->sheet_index > 0) {
        if ((size_t)spec->sheet_index <= n)
            return spec->sheet_index - 1;
        charta_src_script_fatal(c, CHARTA_ERR_SCRIPT, spec->sheet_at,
                                charta_trn("source '%s': the workbook '%s' has %zu sheet, "
                                           "there is no sheet %d",
                                           "source '%s': the workbook '%s' has %zu sheets, "
                                           "there is no sheet %d",
                                           n),
                                spec->name, c->file, n, spec->sheet_index);
        return -1;
    }
    if (!spec->sheet)
        return 0;
    const char **names = calloc(n, sizeof *names);
    if (!names) {
        charta_src_fatal(c, CHARTA_ERR_NOMEM, 0, 0, "out of memory");
        return -1;
    }
    size_t len = 0;
    for (size_t i = 0; i < n; i++) {
        names[i] = charta_xlsx_sheet_name(x, i);
        if (strcmp(names[i], spec->sheet) == 0) {
            free(names);
            return (long)i;
        }
        len += strlen(names[i]) + 4;
    }
    char *list = malloc(len + 1);
    if (!list) {
        free(names);
        charta_src_fatal(c, CHARTA_ERR_NOMEM, 0, 0, "out of memory");
        return -1;
    }
    list[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        if (i)
            strcat(list, ", ");
        strcat(list, "'");
        strcat(list, names[i]);
        strcat(list, "'");
    }
    const char *near = charta_suggest(spec->sheet, names, n);
    if (near)
        charta_src_script_fatal(c, CHARTA_ERR_SCRIPT, spec->sheet_at,
                                "source '%s': the workbook '%s' has no sheet '%s' (did you "
                                "mean '%s'? its sheets: %s)",
                                spec->name, c->file, spec->sheet, near, list);
    else
        charta_src_script_fatal(c, CHARTA_ERR_SCRIPT, spec->sheet_at,
                                "source '%s': the workbook '%s' has no sheet '%s' (its sheets: "
                                "%s)",
                                spec->name, c->file, spec->sheet, list);
    free(list);
    free(names);
    return -1;
}

static void
xlsx_failed(src_ctx *c, const charta_xlsx_error *e, const char *sheet)
{
    if (e->cell[0] && sheet)
        charta_src_fatal(c, e->status, e->row, 0, "%s (cell %s, sheet '%s')", e->message,
                         e->cell, sheet);
    else
        charta_src_fatal(c, e->status, e->row, 0, "%s", e->message);
}

static bool
xlsx_text(src_ctx *c, const char *project_dir, charta_import_ctx *ix, const char *owner,
          src_text *t)
{
    const charta_source_spec *spec = c->spec;
    charta_status st = CHARTA_OK;
    char *raw = NULL;
    size_t raw_len = 0;
    if (!charta_src_load_bytes(c->diags, project_dir, spec->file, spec->decl_file,
                               spec->decl_line, owner, ix, &raw, &raw_len, &st)) {
        c->st = charta_status_worse(c->st, st);
        return false;
    }
    charta_xlsx_error err = {0};
    charta_xlsx_range range = {0};
    bool ranged = spec->range && charta_xlsx_parse_range(spec->range, &range) == 0;
    charta_xlsx *x = charta_xlsx_open(raw, raw_len, ix ? ix->xlsx : NULL, &err);
    bool ok = false;
    if (!x) {
        xlsx_failed(c, &err, NULL);
        goto done;
    }
    long i = pick_sheet(c, x);
    if (i < 0)
        goto done;
    c->sheet = charta_xlsx_sheet_name(x, (size_t)i);
    c->col0 = ranged ? range.col0 - 1 : 0;
    c->delim = ',';
    note_ctx nc = {.c = c, .sheet = c->sheet};
    char *text;
    size_t len;
    if (charta_xlsx_sheet_csv(x, (size_t)i, ranged ? &range : NULL, c->cell.num.decimal,
                              error_cell, &nc, &text, &len, &err) != CHARTA_OK) {
        xlsx_failed(c, &err, c->sheet);
        goto done;
    }
    if (nc.n > NOTES_MAX)
        charta_diag_note(c->diags, c->file, 0, 0,
                         charta_trn("%d more cell holds an error value: read as missing",
                                    "%d more cells hold error values: read as missing",
                                    nc.n - NOTES_MAX),
                         nc.n - NOTES_MAX);
    /* the sheet's name outlives the workbook in the messages of the reading */
    char *name = strdup(c->sheet);
    if (!name) {
        free(text);
        charta_src_fatal(c, CHARTA_ERR_NOMEM, 0, 0, "out of memory");
        goto done;
    }
    c->sheet = name;
    c->sheet_owned = name;
    t->heap = text;
    t->data = text;
    t->len = len;
    ok = true;
done:
    if (!ok)
        c->sheet = NULL;
    charta_xlsx_close(x);
    free(raw);
    return ok;
}

charta_status
charta_src_xlsx_load(const charta_source_spec *spec, const char *project_dir, charta_dataset *ds,
                     charta_import_ctx *ix, charta_diags *diags)
{
    return charta_src_table_load(spec, project_dir, ds, ix, diags, xlsx_text);
}
