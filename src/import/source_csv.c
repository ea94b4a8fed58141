/* source_csv.c: charta_source_load() for CSV and GENESIS files.
 *
 * The steps: read the file (capped), convert it to UTF-8 (textenc.c), read
 * the header (plain: `skip` lines then `header` rows; GENESIS: see
 * source_genesis.c), resolve the declared columns (source_table.c), then
 * stream the data records, turning each cell into a value and a status
 * (source_cells.c) and putting it into the dataset; a "-" is read with
 * the rest of its area's period in mind (source_missing.c). Data errors name the
 * project-relative file, the physical line and the field; up to
 * SRC_MAX_ERRORS are reported per file so the user sees several at once.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charta/i18n.h"
#include "charta/source.h"
#include "charta/textenc.h"
#include "charta/util.h"
#include "charta/xlsxread.h"
#include "source_internal.h"

enum { SEEN_MAX = 50, SHOW_MAX = 60 };

/* An error in the file at line:col. In a sheet of a workbook the line is the
 * sheet's row and the place is said as a cell ("cell C14, sheet 'Daten'"): a
 * field number would send the reader counting columns. */
static void
src_addv(src_ctx *c, charta_status st, int line, int col, const char *fmt, va_list ap)
{
    if (!c->sheet || col <= 0 || line <= 0) {
        charta_diag_addv(c->diags, CHARTA_ERROR, st, c->file, line, col, fmt, ap);
        return;
    }
    char msg[1024], ref[16];
    vsnprintf(msg, sizeof msg, charta_tr(fmt), ap);
    charta_xlsx_cell_ref(c->col0 + col, line, ref);
    charta_diag_error(c->diags, st, c->file, line, 0, "%s (cell %s, sheet '%s')", msg, ref,
                      c->sheet);
}

void
charta_src_error(src_ctx *c, int line, int col, const char *fmt, ...)
{
    if (c->stopped)
        return;
    va_list ap;
    va_start(ap, fmt);
    src_addv(c, CHARTA_ERR_DATA, line, col, fmt, ap);
    va_end(ap);
    c->st = charta_status_worse(c->st, CHARTA_ERR_DATA);
    if (++c->errors >= SRC_MAX_ERRORS) {
        c->stopped = true;
        charta_diag_note(c->diags, c->file, 0, 0,
                         "stopped reading after %d errors; the rest of the file was not checked",
                         SRC_MAX_ERRORS);
    }
}

void
charta_src_fatal(src_ctx *c, charta_status st, int line, int col, const char *fmt, ...)
{
    if (!c->stopped) {
        va_list ap;
        va_start(ap, fmt);
        src_addv(c, st, line, col, fmt, ap);
        va_end(ap);
    }
    c->st = charta_status_worse(c->st, st);
    c->stopped = true;
}

void
charta_src_script_fatal(src_ctx *c, charta_status st, charta_script_pos at, const char *fmt, ...)
{
    if (!c->stopped) {
        va_list ap;
        va_start(ap, fmt);
        charta_diag_addv(c->diags, CHARTA_ERROR, st, c->spec->decl_file,
                         at.line ? at.line : c->spec->decl_line, at.line ? at.col : 0, fmt, ap);
        va_end(ap);
    }
    c->st = charta_status_worse(c->st, st);
    c->stopped = true;
}

void
charta_src_csv_error(src_ctx *c, const charta_csv_error *e)
{
    switch (e->kind) {
    case CHARTA_CSV_E_SYNTAX:
    case CHARTA_CSV_E_FIELD_COUNT:
        charta_src_error(c, e->line, e->field, "%s", e->message);
        break;
    case CHARTA_CSV_E_UNTERMINATED:
        charta_src_fatal(c, CHARTA_ERR_DATA, e->line, e->field, "%s (is the file truncated?)", e->message);
        break;
    case CHARTA_CSV_E_NOMEM:
        charta_src_fatal(c, CHARTA_ERR_NOMEM, e->line, 0, "out of memory");
        break;
    default:
        charta_src_fatal(c, CHARTA_ERR_DATA, e->line, e->field, "%s", e->message);
        break;
    }
}

/* The label of column j in messages: its header path, or "#j". */
static const char *
col_label(const src_ctx *c, size_t j, char buf[24])
{
    if (j < c->table.width && c->table.cols[j].path[0])
        return c->table.cols[j].path;
    snprintf(buf, 24, "#%zu", j + 1);
    return buf;
}

static bool
declare_vars(src_ctx *c)
{
    const charta_source_spec *spec = c->spec;
    c->vars = calloc(spec->n_vars ? spec->n_vars : 1, sizeof *c->vars);
    if (!c->vars) {
        charta_src_fatal(c, CHARTA_ERR_NOMEM, 0, 0, "out of memory");
        return false;
    }
    c->n_vars = spec->n_vars;
    for (size_t i = 0; i < spec->n_vars; i++) {
        const charta_var_spec *vs = &spec->vars[i];
        src_var *v = &c->vars[i];
        v->spec = vs;
        v->var = charta_dataset_add_variable(c->ds, vs->name, vs->unit, spec->name, vs->aggregate);
        if (v->var == -2) {
            charta_src_fatal(c, CHARTA_ERR_NOMEM, 0, 0, "out of memory");
            return false;
        }
        if (v->var < 0) {
            charta_diag_error(c->diags, CHARTA_ERR_SCRIPT, spec->decl_file, vs->line, 0,
                              "variable '%s' is declared twice (source '%s')", vs->name,
                              spec->name);
            c->st = charta_status_worse(c->st, CHARTA_ERR_SCRIPT);
            continue;
        }
        if (vs->tolerance > 0)
            charta_dataset_set_tolerance(c->ds, v->var, vs->tolerance);
    }
    /* weights after all variables of the source exist; a weight declared by
     * a later source is left to the caller */
    for (size_t i = 0; i < c->n_vars; i++) {
        const charta_var_spec *vs = c->vars[i].spec;
        if (c->vars[i].var < 0 || !vs->weight)
            continue;
        int w = charta_dataset_find_variable(c->ds, vs->weight);
        if (w >= 0)
            charta_dataset_set_weight(c->ds, c->vars[i].var, w);
    }
    return true;
}

/* --- header and columns ------------------------------------------------- */

static bool
csv_header(src_ctx *c, charta_csvread *r)
{
    for (int i = 0; i < c->spec->skip; i++)
        charta_csvread_skip_line(r);
    const charta_csv_record *first;
    bool footer;
    return charta_src_header_read(c, r, c->spec->header > 0 ? c->spec->header : 1, &first, &footer);
}

static bool
resolve_area_value(src_ctx *c)
{
    const charta_source_spec *spec = c->spec;
    c->fixed_area = charta_dataset_find_area(c->ds, spec->area_value);
    if (c->fixed_area >= 0)
        return true;
    if (charta_dataset_areas_closed(c->ds)) {
        charta_src_script_fatal(c, CHARTA_ERR_SCRIPT, (charta_script_pos){0, 0},
                                "source '%s': area_value '%s' is not among the declared areas",
                                spec->name, spec->area_value);
        return false;
    }
    c->fixed_area = charta_dataset_add_area(c->ds, spec->area_value, NULL, NULL);
    if (c->fixed_area < 0) {
        charta_src_fatal(c, CHARTA_ERR_NOMEM, 0, 0, "out of memory");
        return false;
    }
    return true;
}

static bool
resolve_columns(src_ctx *c, const charta_csv_record *first)
{
    const charta_source_spec *spec = c->spec;
    bool long_layout = spec->layout == CHARTA_LAYOUT_LONG;
    if (spec->area_value && !resolve_area_value(c))
        return false;
    if (spec->area && !spec->area_value &&
        !charta_src_resolve_one(c, spec->area, "area", spec->area_at, &c->area_col))
        return false;
    if (spec->area_name &&
        !charta_src_resolve_one(c, spec->area_name, "area_name", spec->area_name_at, &c->name_col))
        return false;
    if (spec->year && !charta_src_resolve_one(c, spec->year, "year", spec->year_at, &c->year_col))
        return false;
    if (long_layout) {
        if (!spec->variable || !spec->value) {
            charta_src_fatal(c, CHARTA_ERR_SCRIPT, 0, 0,
                      "source '%s' has layout \"long\" but no %s column (%s:%d)", spec->name,
                      spec->variable ? "value" : "variable",
                      spec->decl_file ? spec->decl_file : "?", spec->decl_line);
            return false;
        }
        if (!charta_src_resolve_one(c, spec->variable, "variable", spec->variable_at,
                                    &c->var_col) ||
            !charta_src_resolve_one(c, spec->value, "value", spec->value_at, &c->value_col))
            return false;
    }
    if (c->cell.genesis && first && !charta_src_genesis_keys(c, first))
        return false;
    if (c->area_col < 0 && c->fixed_area < 0 && !c->cell.genesis) {
        charta_src_fatal(c, CHARTA_ERR_SCRIPT, 0, 0,
                  "source '%s' names no area column: set area = \"<column>\" or area_value "
                  "(%s:%d)",
                  spec->name, spec->decl_file ? spec->decl_file : "?", spec->decl_line);
        return false;
    }
    bool row_year = spec->year_value || c->year_col >= 0, all = true;
    for (size_t i = 0; i < c->n_vars; i++) {
        src_var *v = &c->vars[i];
        const char *ref = v->spec->column ? v->spec->column : v->spec->name;
        if (long_layout) {
            v->match = ref;
            continue;
        }
        if (!charta_src_resolve_var(c, v, ref)) {
            if (c->st == CHARTA_ERR_NOMEM)
                return false;
            /* each variable's column is a mistake of its own: name them all, then stop */
            all = false;
            c->stopped = false;
            continue;
        }
        for (size_t t = 0; t < v->n_cols && !row_year; t++) {
            if (!v->years[t]) {
                char buf[24];
                charta_src_fatal(c, CHARTA_ERR_DATA, c->table.header_line, (int)v->cols[t] + 1,
                          "no year for column '%s' (variable '%s'): the file has no year "
                          "column and the header no date; set year or year_value",
                          col_label(c, v->cols[t], buf), v->spec->name);
                return false;
            }
        }
    }
    if (!all) {
        c->stopped = true;
        return false;
    }
    if (long_layout && !row_year) {
        charta_src_fatal(c, CHARTA_ERR_DATA, c->table.header_line, 0,
                  "no year: a long table needs a year column; set year or year_value");
        return false;
    }
    return true;
}

/* --- data rows ----------------------------------------------------------- */

static char *
field_copy(const charta_csv_record *rec, size_t j)
{
    size_t n = rec->lens[j];
    const char *s = charta_src_trim(rec->fields[j], &n);
    return charta_strndup(s, n);
}

/* A declared code one edit away from code (a digit or letter changed,
 * dropped, added, or two neighbours swapped), found by asking the dataset
 * for each variant: the build phase has no list of codes to compare. */
static const char *
suggest_code(const src_ctx *c, const char *code, char out[40])
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    size_t n = strlen(code);
    if (n == 0 || n > 32)
        return NULL;
    for (size_t i = 0; i + 1 < n; i++) { /* swap */
        memcpy(out, code, n + 1);
        out[i] = code[i + 1];
        out[i + 1] = code[i];
        if (charta_dataset_find_area(c->ds, out) >= 0)
            return out;
    }
    for (size_t i = 0; i < n; i++) { /* drop */
        memcpy(out, code, i);
        memcpy(out + i, code + i + 1, n - i);
        if (n > 1 && charta_dataset_find_area(c->ds, out) >= 0)
            return out;
    }
    for (size_t i = 0; i < n; i++) { /* change */
        memcpy(out, code, n + 1);
        for (const char *a = alphabet; *a; a++) {
            out[i] = *a;
            if (*a != code[i] && charta_dataset_find_area(c->ds, out) >= 0)
                return out;
        }
    }
    for (size_t i = 0; i <= n; i++) { /* add */
        memcpy(out, code, i);
        memcpy(out + i + 1, code + i, n - i + 1);
        for (const char *a = alphabet; *a; a++) {
            out[i] = *a;
            if (charta_dataset_find_area(c->ds, out) >= 0)
                return out;
        }
    }
    return NULL;
}

static int
row_area(src_ctx *c, const charta_csv_record *rec)
{
    if (c->fixed_area >= 0)
        return c->fixed_area;
    size_t j = (size_t)c->area_col;
    char *code = field_copy(rec, j);
    int idx = -1;
    if (!code)
        goto nomem;
    if (!code[0]) {
        charta_src_error(c, rec->line, (int)j + 1,
                         c->spec->area_by_name ? "field %zu: empty area name"
                                               : "field %zu: empty area code",
                         j + 1);
        goto cleanup;
    }
    if (c->last_code && strcmp(code, c->last_code) == 0) {
        idx = c->last_area;
        goto cleanup;
    }
    if (c->spec->area_by_name) {
        idx = charta_dataset_find_area_by_name(c->ds, code);
        if (idx < 0)
            charta_src_error(c, rec->line, (int)j + 1, "field %zu: unknown area name '%s'", j + 1, code);
    } else if (charta_dataset_areas_closed(c->ds)) {
        idx = charta_dataset_find_area(c->ds, code);
        char near[40];
        const char *hint = idx < 0 ? suggest_code(c, code, near) : NULL;
        if (idx < 0)
            charta_src_error(c, rec->line, (int)j + 1,
                      "field %zu: unknown area code '%s' (not among the declared areas)%s%s%s",
                      j + 1, code, hint ? _("; did you mean '") : "", hint ? hint : "",
                      hint ? "'?" : "");
    } else {
        char *name = c->name_col >= 0 ? field_copy(rec, (size_t)c->name_col) : NULL;
        if (c->name_col >= 0 && !name)
            goto nomem;
        charta_src_cap_area_name(c->diags, c->file, rec->line, code, name);
        idx = charta_dataset_add_area(c->ds, code, name && name[0] ? name : NULL, NULL);
        free(name);
        if (idx < 0)
            goto nomem;
    }
    if (idx >= 0) {
        free(c->last_code);
        c->last_code = code;
        c->last_area = idx;
        code = NULL;
    }
    goto cleanup;
nomem:
    charta_src_fatal(c, CHARTA_ERR_NOMEM, rec->line, 0, "out of memory");
    idx = -1;
cleanup:
    free(code);
    return idx;
}

/* Put cell j of rec; with force_missing the cell is read (its errors are the
 * file's) but put as missing: the area did not report, or reports elsewhere. */
static void
put_cell(src_ctx *c, const src_var *v, int area, int year, const charta_csv_record *rec, size_t j,
         bool force_missing)
{
    double value;
    char status;
    char why[200];
    if (!charta_src_cell_read(&c->cell, rec->fields[j], rec->lens[j], &value, &status, why, sizeof why)) {
        size_t n = rec->lens[j];
        const char *s = charta_src_trim(rec->fields[j], &n);
        char buf[24];
        charta_src_error(c, rec->line, (int)j + 1,
                  "field %zu (column '%s'): cannot read '%.*s%s' as a "
                  "number: %s",
                  j + 1, col_label(c, j, buf), (int)(n > SHOW_MAX ? SHOW_MAX : n), s,
                  n > SHOW_MAX ? "..." : "", why);
        return;
    }
    if (v->var < 0)
        return;
    if (force_missing) {
        status = CHARTA_ST_MISSING;
        value = NAN;
    }
    if (!charta_status_is_missing(status) && v->spec->scale != 0)
        value *= v->spec->scale;
    if (charta_dataset_put(c->ds, v->var, area, year, value, status, c->input, rec->line) !=
        CHARTA_OK)
        charta_src_fatal(c, CHARTA_ERR_NOMEM, rec->line, 0, "out of memory");
}

static void
note_seen(src_ctx *c, const char *s)
{
    for (size_t i = 0; i < c->n_seen; i++)
        if (strcmp(c->seen[i], s) == 0)
            return;
    if (c->n_seen >= SEEN_MAX)
        return;
    char **seen = realloc(c->seen, (c->n_seen + 1) * sizeof *seen);
    if (!seen)
        return;
    c->seen = seen;
    if ((c->seen[c->n_seen] = charta_strdup(s)))
        c->n_seen++;
}

static void
ragged(src_ctx *c, const charta_csv_record *rec)
{
    char hint[80] = "";
    if (rec->n == 1) {
        char guess = charta_src_guess_delim(rec->fields[0], c->delim);
        char a[8], b[8];
        if (guess)
            snprintf(hint, sizeof hint, _(" (is the delimiter %s? the source declares %s)"),
                     charta_src_delim_name(guess, a), charta_src_delim_name(c->delim, b));
    }
    charta_src_error(c, rec->line, 0,
                     charta_trn("found %zu field, expected %zu%s",
                                "found %zu fields, expected %zu%s", rec->n),
                     rec->n, c->table.width, hint);
}

/* One row of a long table: its value, or for a "-" a place in c->pending. */
static void
long_row(src_ctx *c, const charta_csv_record *rec, int area, int year, const char *name)
{
    int rw = charta_src_reported_with_of(c, area);
    size_t j = (size_t)c->value_col;
    bool dash = c->nr_rule && rw < 0 &&
                charta_src_cell_not_reported_sign(&c->cell, rec->fields[j], rec->lens[j]);
    if (c->nr_rule && !dash && !charta_src_reported_push(c, area, year)) {
        charta_src_fatal(c, CHARTA_ERR_NOMEM, rec->line, 0, "out of memory");
        return;
    }
    for (size_t i = 0; i < c->n_vars; i++) {
        src_var *v = &c->vars[i];
        if (strcmp(v->match, name) != 0)
            continue;
        v->hits++;
        if (!dash)
            put_cell(c, v, area, year, rec, j, rw >= 0);
        else if (v->var >= 0 && !charta_src_pending_push(c, v->var, area, year, rec->line))
            charta_src_fatal(c, CHARTA_ERR_NOMEM, rec->line, 0, "out of memory");
        break;
    }
    if (rw >= 0)
        charta_src_note_row(c, rec, area, year, rw);
}

static void
process_row(src_ctx *c, const charta_csv_record *rec)
{
    c->rows++;
    if (rec->n != c->table.width) {
        ragged(c, rec);
        return;
    }
    int area = row_area(c, rec);
    if (area < 0)
        return;
    int year = c->spec->year_value;
    if (!year && c->year_col >= 0) {
        size_t j = (size_t)c->year_col;
        year = charta_src_parse_year(rec->fields[j], rec->lens[j]);
        if (!year) {
            char buf[24];
            charta_src_error(c, rec->line, (int)j + 1,
                      "field %zu (column '%s'): cannot read '%.*s' as a year or a date", j + 1,
                      col_label(c, j, buf),
                      (int)(rec->lens[j] > SHOW_MAX ? SHOW_MAX : rec->lens[j]), rec->fields[j]);
            return;
        }
    }
    if (c->spec->layout == CHARTA_LAYOUT_LONG) {
        char *name = field_copy(rec, (size_t)c->var_col);
        if (!name) {
            charta_src_fatal(c, CHARTA_ERR_NOMEM, rec->line, 0, "out of memory");
            return;
        }
        long_row(c, rec, area, year, name);
        note_seen(c, name);
        free(name);
        return;
    }
    int rw = charta_src_reported_with_of(c, area);
    if (c->n_groups)
        charta_src_groups_scan(c, rec);
    for (size_t i = 0; i < c->n_vars && !c->stopped; i++) {
        const src_var *v = &c->vars[i];
        for (size_t t = 0; t < v->n_cols && !c->stopped; t++) {
            size_t j = v->cols[t];
            bool nr = c->n_groups && c->col_group[j] >= 0 && c->group_nr[c->col_group[j]];
            put_cell(c, v, area, year ? year : v->years[t], rec, j, rw >= 0 || nr);
        }
    }
    if (!c->stopped)
        charta_src_note_row(c, rec, area, year, rw);
}

/* Long layout: a declared variable the file never names is the same
 * mistake as a missing column. */
static void
check_long_hits(src_ctx *c)
{
    for (size_t i = 0; i < c->n_vars && !c->stopped; i++) {
        const src_var *v = &c->vars[i];
        if (v->hits)
            continue;
        charta_buf b = {0};
        const char *hint = charta_suggest(v->match, (const char *const *)c->seen, c->n_seen);
        if (hint)
            charta_buf_printf(&b, _("; did you mean '%s'? It has: "), hint);
        else
            charta_buf_puts(&b, _("; it has: "));
        for (size_t k = 0; k < c->n_seen; k++)
            charta_buf_printf(&b, "%s'%s'", k ? ", " : "", c->seen[k]);
        if (c->n_seen >= SEEN_MAX)
            charta_buf_puts(&b, ", ...");
        char buf[24];
        charta_src_error(c, c->table.header_line, c->var_col + 1,
                  "no row has '%s' in column '%s' (variable '%s', %s:%d)%s", v->match,
                  col_label(c, (size_t)c->var_col, buf), v->spec->name,
                  c->spec->decl_file ? c->spec->decl_file : "?", v->spec->line,
                  b.data ? b.data : "");
        charta_buf_free(&b);
    }
}

static bool
all_blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
            return false;
    return true;
}

static void
read_table(src_ctx *c, charta_csvread *r)
{
    const charta_csv_record *first = NULL;
    bool genesis = c->cell.genesis, footer = false;
    if (genesis ? !charta_src_genesis_header(c, r, &first, &footer) : !csv_header(c, r))
        return;
    if (!resolve_columns(c, first))
        return;
    if (c->nr_rule && c->spec->layout == CHARTA_LAYOUT_WIDE && !charta_src_groups_build(c))
        return;
    if (first)
        process_row(c, first);
    while (!c->stopped && !footer) {
        if (c->interrupted && *c->interrupted) {
            charta_src_fatal(c, CHARTA_ERR_LIMIT, 0, 0,
                             "reading stopped after %ld rows: interrupted by a signal; the "
                             "report was not changed",
                             c->rows);
            break;
        }
        if (genesis && charta_src_genesis_at_footer(r)) {
            footer = true;
            break;
        }
        const charta_csv_record *rec;
        charta_csv_error err;
        charta_csv_result res = charta_csvread_next(r, &rec, &err);
        if (res == CHARTA_CSV_EOF)
            break;
        if (res == CHARTA_CSV_RECORD)
            process_row(c, rec);
        else
            charta_src_csv_error(c, &err);
    }
    if (!c->stopped)
        charta_src_pending_settle(c);
    if (c->stopped)
        return;
    if (genesis && footer)
        charta_src_genesis_footer(c, r);
    else if (genesis && c->rows)
        charta_diag_warning(c->diags, c->file, 0, 0,
                            "no GENESIS footer (a line starting with \"___\"): the file may be "
                            "truncated; the rows read are used, but download the table again "
                            "if rows are missing");
    if (c->rows == 0)
        charta_src_fatal(c, CHARTA_ERR_DATA, c->table.header_line, 0, "no data rows after the header");
    else if (c->spec->layout == CHARTA_LAYOUT_LONG)
        check_long_hits(c);
    if (!c->stopped)
        charta_src_check_reported_with(c);
}

/* The input's publisher, attribution and licence: the source's keys win over what
 * the GENESIS footer said (source_genesis.c has set that already). */
void
charta_src_set_provenance(const charta_source_spec *spec, charta_dataset *ds, int input)
{
    if (spec->publisher)
        charta_dataset_set_input_publisher(ds, input, spec->publisher);
    if (spec->attribution)
        charta_dataset_set_input_attribution(ds, input, spec->attribution);
    if (spec->licence)
        charta_dataset_set_input_licence(ds, input, spec->licence);
}

/* The file's text as UTF-8 CSV: the file itself, read under the caps. */
static bool
csv_text(src_ctx *c, const char *project_dir, charta_import_ctx *ix, const char *owner,
         src_text *t)
{
    charta_status st = CHARTA_OK;
    const charta_source_spec *spec = c->spec;
    if (!charta_src_load_text(c->diags, project_dir, spec->file, spec->encoding, spec->decl_file,
                              spec->decl_line, owner, ix, t, &st)) {
        c->st = charta_status_worse(c->st, st);
        return false;
    }
    return true;
}

charta_status
charta_src_csv_load(const charta_source_spec *spec, const char *project_dir, charta_dataset *ds,
                    charta_import_ctx *ix, charta_diags *diags)
{
    return charta_src_table_load(spec, project_dir, ds, ix, diags, csv_text);
}

charta_status
charta_src_table_load(const charta_source_spec *spec, const char *project_dir, charta_dataset *ds,
                      charta_import_ctx *ix, charta_diags *diags, src_text_fn get_text)
{
    src_ctx c = {
        .spec = spec,
        .ds = ds,
        .diags = diags,
        .file = spec->file,
        .area_col = -1,
        .name_col = -1,
        .year_col = -1,
        .var_col = -1,
        .value_col = -1,
        .fixed_area = -1,
        .last_area = -1,
        .input = -1,
        .interrupted = ix ? ix->interrupted : NULL,
    };
    char *owner = NULL;
    src_text text = {0};
    charta_csvread *r = NULL;
    if (!spec->file)
        return charta_diag_error(diags, CHARTA_ERR_SCRIPT, spec->decl_file, spec->decl_line, 0,
                                 "source '%s' has no file", spec->name ? spec->name : "?");
    c.delim = spec->delimiter ? spec->delimiter : ',';
    c.cell.num.decimal = spec->decimal ? spec->decimal : '.';
    c.cell.num.thousands = spec->thousands;
    c.cell.genesis = spec->genesis || (spec->format && strcmp(spec->format, "genesis") == 0);
    c.cell.missing = spec->missing;
    c.cell.n_missing = spec->n_missing;
    c.cell.signs = spec->signs;
    c.cell.n_signs = spec->n_signs;
    c.nr_rule = charta_src_cell_rule_applies(&c.cell);
    if (spec->n_reported_with && !(c.rw_seen = calloc(spec->n_reported_with, sizeof *c.rw_seen)))
        return charta_diag_error(diags, CHARTA_ERR_NOMEM, spec->file, 0, 0, "out of memory");

    if (!declare_vars(&c))
        goto cleanup;
    c.input = charta_dataset_add_input(ds, spec->file, spec->name);
    owner = charta_asprintf(_("source '%s'"), spec->name ? spec->name : "?");
    if (c.input < 0 || !owner) {
        charta_src_fatal(&c, CHARTA_ERR_NOMEM, 0, 0, "out of memory");
        goto cleanup;
    }
    if (!get_text(&c, project_dir, ix, owner, &text))
        goto cleanup;
    if (all_blank(text.data, text.len)) {
        charta_src_fatal(&c, CHARTA_ERR_DATA, 0, 0, "the file is empty: no data rows");
        goto cleanup;
    }
    r = charta_csvread_new(text.data, text.len, 1, &(charta_csv_opts){.delimiter = c.delim});
    if (!r) {
        charta_src_fatal(&c, CHARTA_ERR_NOMEM, 0, 0, "out of memory");
        goto cleanup;
    }
    read_table(&c, r);
    if (!c.stopped)
        charta_src_set_provenance(spec, ds, c.input);
cleanup:
    if (c.input >= 0)
        charta_dataset_set_input_rows(ds, c.input, c.rows);
    charta_csvread_free(r);
    for (size_t i = 0; i < c.n_vars; i++) {
        free(c.vars[i].cols);
        free(c.vars[i].years);
    }
    free(c.vars);
    for (size_t i = 0; i < c.n_seen; i++)
        free(c.seen[i]);
    free(c.seen);
    free(c.last_code);
    free(c.col_group);
    free(c.group_year);
    free(c.group_nr);
    free(c.group_cells);
    free(c.rw_seen);
    free(c.pending);
    free(c.reported);
    charta_src_table_free(&c.table);
    charta_src_text_free(&text);
    free(c.sheet_owned);
    free(owner);
    return c.st;
}

