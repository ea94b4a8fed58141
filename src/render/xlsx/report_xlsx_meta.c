/* report_xlsx_meta.c: the metadata and inputs sheets (report.h): how every
 * indicator is defined and computed, and what went in.
 *
 * Metadata: one row per indicator (the overview's order): code (a link to
 * its table), title, definition, field, unit, decimals shown, direction,
 * targets, SDG, framework tags, comment, origin (shipped by a library, made
 * from a shipped one, or the city's own) with the file:line of the
 * declaration, the compute function's source, what it reads, the assessment
 * method. Long texts wrap; row heights are set from the text, as neither Excel
 * nor LibreOffice recomputes them for every viewer. Below the table, when there
 * are any, the shipped indicators left out because the data lack what they
 * need: id, library, the variable (or indicator) lacking, and what the variable
 * vocabulary says of it, so a reader sees why an indicator is absent.
 *
 * Inputs: the input files (source, path, SHA-256 of the file as it is now
 * on disk, i.e. as read by this run, rows read, areas and years with values,
 * data as of, licence) and the variables (source, indicators using them,
 * unit, coverage, count of values, aggregation), then where the values are:
 * the input values sheet, or the files themselves when the workbook leaves
 * the values out for size (report.h).
 */
#include "report_xlsx.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charta/hash.h"

/* --- metadata ------------------------------------------------------------ */

enum {
    M_CODE,
    M_TITLE,
    M_DEFINITION,
    M_FIELD,
    M_UNIT,
    M_DECIMALS,
    M_DIRECTION,
    M_TARGETS,
    M_SDG,
    M_TAGS,
    M_COMMENT,
    M_ORIGIN,
    M_COMPUTE,
    M_READS,
    M_METHOD,
    M_NCOLS
};

static const double meta_widths[M_NCOLS] = {22, 36, 48, 22, 12, 16, 16, 20,
                                            10, 24, 34, 30, 56, 22, 18};

static char *
targets_text(xlsx *x, const charta_indicator *ind)
{
    charta_buf b = {0};
    for (size_t t = 0; t < ind->n_targets; t++) {
        const charta_target *tg = &ind->targets[t];
        char num[40];
        if (b.len)
            charta_buf_puts(&b, "\n");
        charta_buf_printf(&b, "%d: ", tg->year);
        if (tg->has_value) {
            charta_xlsx_number_text(x, tg->value, num);
            charta_buf_puts(&b, num);
        } else if (tg->has_change) {
            charta_xlsx_number_text(x, tg->change, num);
            charta_buf_printf(&b, "%s%s %%", tg->change > 0 ? "+" : "", num);
            if (tg->base)
                charta_buf_printf(&b, " %s %d", charta_xlsx_label(x, CHARTA_LBL_XL_AGAINST), tg->base);
        }
        if (tg->area)
            charta_buf_printf(&b, " (%s)", tg->area);
    }
    charta_buf_append(&b, "", 0);
    return charta_buf_take(&b);
}

static char *
tags_text(const charta_indicator *ind)
{
    charta_buf b = {0};
    for (size_t t = 0; t < ind->n_tags; t++)
        charta_buf_printf(&b, "%s%s: %s", t ? "\n" : "", ind->tag_keys[t], ind->tag_values[t]);
    charta_buf_append(&b, "", 0);
    return charta_buf_take(&b);
}

static char *
field_text(xlsx *x, const charta_indicator *ind)
{
    if (!ind->field || !ind->field[0])
        return charta_strdup("");
    const charta_field *f = charta_project_find_field(x->p, ind->field);
    const char *title = f ? charta_xlsx_text(x, &f->title) : "";
    return title[0] ? charta_asprintf("%s %s", ind->field, title) : charta_strdup(ind->field);
}

/* Where the indicator comes from, and the file:line of its declaration:
 * "shipped by charta.sdg-kommunen\ncharta/sdg-kommunen.lua:120", "extends
 * charta.sdg-kommunen/oepnv\nindicators/mobilitaet.lua:3", "indicators/x.lua:3". */
static char *
origin_text(xlsx *x, const charta_indicator *ind)
{
    charta_buf b = {0};
    if (ind->origin || ind->extends) {
        charta_buf_printf(&b,
                          charta_xlsx_label(x, ind->origin ? CHARTA_LBL_XL_ORIGIN_SHIPPED
                                                           : CHARTA_LBL_XL_ORIGIN_EXTENDS),
                          ind->origin ? ind->origin : ind->extends);
        if (ind->loc.file)
            charta_buf_puts(&b, "\n");
    }
    if (ind->loc.file)
        charta_buf_printf(&b, "%s:%d", ind->loc.file, ind->loc.line);
    charta_buf_append(&b, "", 0);
    return charta_buf_take(&b);
}

static void
write_meta_row(xlsx *x, lxw_worksheet *ws, lxw_row_t row, size_t i)
{
    const charta_indicator *ind = charta_results_get(x->r, i)->indicator;
    const xlsx_facts *f = &x->facts[i];
    const xlsx_block *b = &x->blocks[i];
    lxw_format *wrap = XFMT(x, .role = XR_WRAP);
    char *targets = targets_text(x, ind), *tags = tags_text(ind), *field = field_text(x, ind);
    char *origin = origin_text(x, ind);
    const char *reads = charta_xlsx_join(x, ind->reads, ind->n_reads, ", ");
    char *reads_copy = reads ? charta_strdup(reads) : NULL;
    if (!targets || !tags || !field || !origin || !reads_copy) {
        charta_xlsx_oom(x);
        goto cleanup;
    }
    const char *title = charta_xlsx_text(x, &ind->title), *comment = charta_xlsx_text(x, &ind->comment);
    const char *definition = charta_xlsx_text(x, &ind->definition);
    const char *src = ind->compute_src ? ind->compute_src : "";
    /* the row's height from its longest wrapped text */
    const char *texts[M_NCOLS] = {
        [M_TITLE] = title,     [M_DEFINITION] = definition, [M_FIELD] = field,
        [M_TARGETS] = targets, [M_TAGS] = tags,             [M_COMMENT] = comment,
        [M_ORIGIN] = origin,   [M_COMPUTE] = src,           [M_READS] = reads_copy};
    size_t lines = 1;
    for (size_t c = 0; c < M_NCOLS; c++) {
        size_t l = texts[c] ? charta_xlsx_wrapped_lines(texts[c], meta_widths[c]) : 1;
        if (l > lines)
            lines = l;
    }
    charta_xlsx_check(x, worksheet_set_row(ws, row, charta_xlsx_lines_height(lines), NULL), "set_row");
    charta_xlsx_put_link(x, ws, row, M_CODE, b->sheet, b->title, 0, ind->id, true);
    charta_xlsx_put_text(x, ws, row, M_TITLE, title, wrap);
    charta_xlsx_put_text(x, ws, row, M_DEFINITION, definition, wrap);
    charta_xlsx_put_text(x, ws, row, M_FIELD, field, wrap);
    charta_xlsx_put_text(x, ws, row, M_UNIT, charta_indicator_unit(ind, x->lang), wrap);
    if (f->decimals >= 0)
        charta_xlsx_put_number(x, ws, row, M_DECIMALS, f->decimals,
                        XFMT(x, .role = XR_YEAR, .top = true, .left = true));
    charta_label dir = ind->direction == CHARTA_DIR_UP     ? CHARTA_LBL_CHART_HIGHER_BETTER
                       : ind->direction == CHARTA_DIR_DOWN ? CHARTA_LBL_CHART_LOWER_BETTER
                                                           : CHARTA_LBL_XL_DIR_NONE;
    charta_xlsx_put_text(x, ws, row, M_DIRECTION, charta_xlsx_label(x, dir), wrap);
    charta_xlsx_put_text(x, ws, row, M_TARGETS, targets, wrap);
    const char *sdgs = charta_xlsx_join(x, ind->sdgs, ind->n_sdgs, ", ");
    if (!sdgs) {
        charta_xlsx_oom(x);
        goto cleanup;
    }
    charta_xlsx_put_text(x, ws, row, M_SDG, sdgs, wrap);
    charta_xlsx_put_text(x, ws, row, M_TAGS, tags, wrap);
    charta_xlsx_put_text(x, ws, row, M_COMMENT, comment, wrap);
    charta_xlsx_put_text(x, ws, row, M_ORIGIN, origin, wrap);
    charta_xlsx_put_text(x, ws, row, M_COMPUTE, src, XFMT(x, .role = XR_CODE));
    charta_xlsx_put_text(x, ws, row, M_READS, reads_copy, wrap);
    const char *method = f->assess && f->assess->method ? f->assess->method : x->p->report.progress;
    charta_xlsx_put_text(x, ws, row, M_METHOD, charta_progress_method_title(method, x->lang), wrap);
cleanup:
    free(targets);
    free(tags);
    free(field);
    free(origin);
    free(reads_copy);
}

/* What the variable vocabulary says of name: "<title>: <where> (GENESIS <table>)", into
 * x->line; "" when name is no entry of it (another indicator, or a name of the
 * library's own); NULL on out of memory. */
static const char *
vocab_text(xlsx *x, const char *name)
{
    const charta_vocab *v = NULL;
    for (size_t i = 0; i < x->p->n_vocab && !v; i++)
        if (strcmp(x->p->vocab[i].name, name) == 0)
            v = &x->p->vocab[i];
    x->line.len = 0;
    if (v) {
        const char *title = charta_xlsx_text(x, &v->title), *where = charta_xlsx_text(x, &v->where);
        charta_buf_puts(&x->line, title);
        if (where[0])
            charta_buf_printf(&x->line, "%s%s", x->line.len ? ": " : "", where);
        if (v->genesis)
            charta_buf_printf(&x->line, "%s%s %s", x->line.len ? " (" : "(",
                              charta_xlsx_label(x, CHARTA_LBL_XL_COL_GENESIS), v->genesis);
        if (v->genesis)
            charta_buf_puts(&x->line, ")");
    }
    charta_buf_append(&x->line, "", 0);
    return x->line.oom ? NULL : x->line.data;
}

/* The shipped indicators left out for want of data (project.h: unavailable), from
 * row on: heading, note, head, one row each. */
static void
write_unavailable(xlsx *x, lxw_worksheet *ws, lxw_row_t row, bool *filter)
{
    static const charta_label heads[] = {CHARTA_LBL_COL_CODE, CHARTA_LBL_XL_COL_LIBRARY,
                                         CHARTA_LBL_XL_COL_LACKS, CHARTA_LBL_XL_COL_WHERE};
    enum { N = sizeof heads / sizeof heads[0] };
    charta_xlsx_put_text(x, ws, row++, 0, charta_xlsx_label(x, CHARTA_LBL_XL_UNAVAILABLE),
                         XFMT(x, .role = XR_SECTION));
    charta_xlsx_put_text(x, ws, row++, 0, charta_xlsx_label(x, CHARTA_LBL_XL_UNAVAILABLE_NOTE),
                         XFMT(x, .role = XR_NOTE));
    lxw_row_t head = row++;
    const char *texts[N];
    charta_xlsx_check(x, worksheet_set_row(ws, head, 30, NULL), "set_row");
    for (size_t c = 0; c < N; c++) {
        texts[c] = charta_xlsx_label(x, heads[c]);
        charta_xlsx_put_text(x, ws, head, (lxw_col_t)c, texts[c], XFMT(x, .role = XR_HEAD));
    }
    charta_xlsx_add_table(x, x->sh_meta, head, head + (lxw_row_t)x->p->n_unavailable, texts, NULL,
                          N, filter);
    lxw_format *text = XFMT(x, .role = XR_TEXT, .top = true), *wrap = XFMT(x, .role = XR_WRAP);
    for (size_t i = 0; i < x->p->n_unavailable && x->st == CHARTA_OK; i++, row++) {
        const charta_unavailable *u = &x->p->unavailable[i];
        const char *where = vocab_text(x, u->missing ? u->missing : "");
        if (!where) {
            charta_xlsx_oom(x);
            return;
        }
        size_t lines = charta_xlsx_wrapped_lines(where, meta_widths[3]);
        if (lines > 1)
            charta_xlsx_check(x, worksheet_set_row(ws, row, charta_xlsx_lines_height(lines), NULL),
                              "set_row");
        charta_xlsx_put_text(x, ws, row, 0, u->id, text);
        charta_xlsx_put_text(x, ws, row, 1, u->origin, text);
        charta_xlsx_put_text(x, ws, row, 2, u->missing, text);
        charta_xlsx_put_text(x, ws, row, 3, where, wrap);
    }
}

charta_status
charta_xlsx_write_metadata(xlsx *x)
{
    static const charta_label heads[M_NCOLS] = {
        CHARTA_LBL_COL_CODE,          CHARTA_LBL_COL_INDICATOR,     CHARTA_LBL_XL_COL_DEFINITION,
        CHARTA_LBL_COL_FIELD,         CHARTA_LBL_COL_UNIT,          CHARTA_LBL_XL_COL_DECIMALS,
        CHARTA_LBL_XL_FACT_DIRECTION, CHARTA_LBL_XL_COL_TARGETS,    CHARTA_LBL_COL_SDG,
        CHARTA_LBL_XL_COL_TAGS,       CHARTA_LBL_XL_COL_COMMENT,    CHARTA_LBL_XL_COL_ORIGIN,
        CHARTA_LBL_XL_COL_COMPUTE,    CHARTA_LBL_XL_COL_READS,      CHARTA_LBL_XL_COL_METHOD,
    };
    size_t sheet = x->sh_meta;
    lxw_worksheet *ws = x->sheets[sheet].ws;
    charta_xlsx_print_setup(x, sheet);
    charta_xlsx_widths(x, ws, meta_widths, M_NCOLS);
    charta_xlsx_put_text(x, ws, 0, 0, x->sheets[sheet].name, XFMT(x, .role = XR_SHEET_TITLE));
    charta_xlsx_put_text(x, ws, 1, 0, charta_xlsx_label(x, CHARTA_LBL_XL_META_NOTE), XFMT(x, .role = XR_NOTE));
    const lxw_row_t head = 3;
    const char *texts[M_NCOLS];
    charta_xlsx_check(x, worksheet_set_row(ws, head, 30, NULL), "set_row");
    charta_xlsx_check(x, worksheet_repeat_rows(ws, head, head), "repeat_rows");
    for (size_t c = 0; c < M_NCOLS; c++) {
        texts[c] = charta_xlsx_label(x, heads[c]);
        charta_xlsx_put_text(x, ws, head, (lxw_col_t)c, texts[c],
                      XFMT(x, .role = c == M_DECIMALS ? XR_HEAD_RIGHT : XR_HEAD));
    }
    worksheet_freeze_panes(ws, head + 1, 1);
    bool filter = false; /* before the rows (constant-memory mode) */
    charta_xlsx_add_table(x, sheet, head, head + (lxw_row_t)charta_results_count(x->r), texts, NULL,
                   M_NCOLS, &filter);
    lxw_row_t row = head + 1;
    for (size_t k = 0; k < x->n_groups && x->st == CHARTA_OK; k++)
        for (size_t j = 0; j < x->groups[k].n && x->st == CHARTA_OK; j++)
            write_meta_row(x, ws, row++, x->groups[k].ind[j]);
    if (x->st == CHARTA_OK && x->p->n_unavailable)
        write_unavailable(x, ws, row + 1, &filter);
    return x->st;
}

/* --- inputs ---------------------------------------------------------------- */

typedef struct coverage {
    size_t areas, values;
    int first, last; /* 0 when no value */
} coverage;

/* Areas, values and years with a value of variable v; areas with a value
 * are marked in seen (when not NULL). */
static coverage
variable_coverage(const xlsx *x, const charta_variable *v, bool *seen)
{
    coverage c = {0};
    size_t na = charta_dataset_area_count(x->ds), yc = charta_dataset_year_count(x->ds);
    int yf = charta_dataset_year_first(x->ds);
    for (size_t a = 0; a < na; a++) {
        bool any = false;
        for (size_t j = 0; j < yc; j++) {
            char st = v->status ? v->status[a * yc + j] : CHARTA_ST_MISSING;
            if (!charta_status_valid(st) || charta_status_is_missing(st))
                continue;
            any = true;
            c.values++;
            int y = yf + (int)j;
            if (!c.first || y < c.first)
                c.first = y;
            if (y > c.last)
                c.last = y;
        }
        if (any) {
            c.areas++;
            if (seen)
                seen[a] = true;
        }
    }
    return c;
}

static void
put_coverage(xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, coverage c)
{
    lxw_format *i = XFMT(x, .role = XR_INT, .top = true),
               *y = XFMT(x, .role = XR_YEAR, .top = true);
    charta_xlsx_put_number(x, ws, row, col, (double)c.areas, i);
    if (c.first) {
        charta_xlsx_put_number(x, ws, row, col + 1, c.first, y);
        charta_xlsx_put_number(x, ws, row, col + 2, c.last, y);
    }
}

static void
heads_row(xlsx *x, lxw_worksheet *ws, lxw_row_t row, const charta_label *labels, size_t n,
          const char **texts, const bool *right)
{
    charta_xlsx_check(x, worksheet_set_row(ws, row, 30, NULL), "set_row");
    for (size_t c = 0; c < n; c++) {
        texts[c] = charta_xlsx_label(x, labels[c]);
        charta_xlsx_put_text(x, ws, row, (lxw_col_t)c, texts[c],
                      XFMT(x, .role = right[c] ? XR_HEAD_RIGHT : XR_HEAD));
    }
}


static lxw_row_t
write_files(xlsx *x, lxw_worksheet *ws, lxw_row_t row, bool *filter)
{
    static const charta_label heads[] = {
        CHARTA_LBL_XL_SOURCE,        CHARTA_LBL_XL_FILE,       CHARTA_LBL_XL_COL_SHA256,
        CHARTA_LBL_XL_COL_ROWS,      CHARTA_LBL_XL_COL_AREAS,  CHARTA_LBL_XL_COL_FIRST_YEAR,
        CHARTA_LBL_XL_COL_LAST_YEAR, CHARTA_LBL_XL_DATA_AS_OF, CHARTA_LBL_XL_LICENCE,
    };
    enum { N = sizeof heads / sizeof heads[0] };
    static const bool right[N] = {false, false, false, true, true, true, true, true, false};
    const char *texts[N];
    size_t na = charta_dataset_area_count(x->ds), nv = charta_dataset_variable_count(x->ds);
    charta_xlsx_put_text(x, ws, row++, 0, charta_xlsx_label(x, CHARTA_LBL_XL_INPUT_FILES),
                  XFMT(x, .role = XR_SECTION));
    lxw_row_t head = row++;
    heads_row(x, ws, head, heads, N, texts, right);
    charta_xlsx_add_table(x, x->sh_inputs, head, head + (lxw_row_t)charta_dataset_input_count(x->ds),
                   texts, right, N, filter);
    bool *seen = calloc(na ? na : 1, sizeof *seen);
    if (!seen) {
        charta_xlsx_oom(x);
        return row;
    }
    lxw_format *text = XFMT(x, .role = XR_TEXT, .top = true);
    for (size_t i = 0; i < charta_dataset_input_count(x->ds) && x->st == CHARTA_OK; i++, row++) {
        const charta_input *in = charta_dataset_input(x->ds, i);
        char hex[65] = "";
        if (x->p->dir) {
            char *path = charta_path_join(x->p->dir, in->path);
            if (!path) {
                charta_xlsx_oom(x);
                break;
            }
            charta_status st = charta_sha256_file(path, hex, NULL);
            int err = errno;
            free(path);
            if (st != CHARTA_OK) {
                charta_xlsx_fail(x, st == CHARTA_ERR_NOMEM ? st : CHARTA_ERR_IO,
                          "cannot read the input %s again to hash it: %s", in->path, strerror(err));
                break;
            }
        }
        memset(seen, 0, na * sizeof *seen);
        coverage c = {0};
        for (size_t v = 0; v < nv; v++) {
            const charta_variable *var = charta_dataset_variable(x->ds, v);
            if (!in->source || !var->source || strcmp(var->source, in->source) != 0)
                continue;
            coverage cv = variable_coverage(x, var, seen);
            if (cv.first && (!c.first || cv.first < c.first))
                c.first = cv.first;
            if (cv.last > c.last)
                c.last = cv.last;
        }
        for (size_t a = 0; a < na; a++)
            c.areas += seen[a];
        char *licence = charta_xlsx_input_licence(x, in);
        bool has_licence = licence && licence[0];
        size_t lines = has_licence ? charta_xlsx_wrapped_lines(licence, 34) : 1;
        if (lines > 1)
            charta_xlsx_check(x, worksheet_set_row(ws, row, charta_xlsx_lines_height(lines), NULL), "set_row");
        charta_xlsx_put_text(x, ws, row, 0, in->source, text);
        charta_xlsx_put_text(x, ws, row, 1, in->path, text);
        charta_xlsx_put_text(x, ws, row, 2, hex, XFMT(x, .role = XR_CODE));
        charta_xlsx_put_number(x, ws, row, 3, (double)in->rows, XFMT(x, .role = XR_INT, .top = true));
        put_coverage(x, ws, row, 4, c);
        if (in->as_of)
            charta_xlsx_put_as_of(x, ws, row, 7, in->as_of, false);
        charta_xlsx_put_text(x, ws, row, 8,
                      has_licence ? licence : charta_xlsx_label(x, CHARTA_LBL_XL_NOT_STATED),
                      XFMT(x, .role = has_licence ? XR_WRAP : XR_NOTE, .indent = 1, .top = true));
        free(licence);
    }
    free(seen);
    return row + 1;
}

/* The indicators reading variable name, "a, b" into a new string. */
static char *
used_by(const xlsx *x, const char *name)
{
    charta_buf b = {0};
    for (size_t i = 0; i < charta_results_count(x->r); i++) {
        const charta_indicator *ind = charta_results_get(x->r, i)->indicator;
        for (size_t k = 0; k < ind->n_reads; k++)
            if (strcmp(ind->reads[k], name) == 0) {
                charta_buf_printf(&b, "%s%s", b.len ? ", " : "", ind->id);
                break;
            }
    }
    charta_buf_append(&b, "", 0);
    return charta_buf_take(&b);
}

static lxw_row_t
write_variables(xlsx *x, lxw_worksheet *ws, lxw_row_t row, bool *filter)
{
    static const charta_label heads[] = {
        CHARTA_LBL_XL_COL_VARIABLE,  CHARTA_LBL_XL_SOURCE,     CHARTA_LBL_XL_COL_USED_BY,
        CHARTA_LBL_COL_UNIT,         CHARTA_LBL_XL_COL_AREAS,  CHARTA_LBL_XL_COL_FIRST_YEAR,
        CHARTA_LBL_XL_COL_LAST_YEAR, CHARTA_LBL_XL_COL_VALUES, CHARTA_LBL_XL_COL_AGGREGATE,
    };
    enum { N = sizeof heads / sizeof heads[0] };
    static const bool right[N] = {false, false, false, false, true, true, true, true, false};
    const char *texts[N];
    charta_xlsx_put_text(x, ws, row++, 0, charta_xlsx_label(x, CHARTA_LBL_XL_VARIABLES),
                  XFMT(x, .role = XR_SECTION));
    lxw_row_t head = row++;
    heads_row(x, ws, head, heads, N, texts, right);
    charta_xlsx_add_table(x, x->sh_inputs, head, head + (lxw_row_t)charta_dataset_variable_count(x->ds),
                   texts, right, N, filter);
    lxw_format *text = XFMT(x, .role = XR_TEXT, .top = true);
    for (size_t v = 0; v < charta_dataset_variable_count(x->ds) && x->st == CHARTA_OK; v++, row++) {
        const charta_variable *var = charta_dataset_variable(x->ds, v);
        char *users = used_by(x, var->name);
        if (!users) {
            charta_xlsx_oom(x);
            break;
        }
        size_t lines = charta_xlsx_wrapped_lines(users, 66);
        if (lines > 1)
            charta_xlsx_check(x, worksheet_set_row(ws, row, charta_xlsx_lines_height(lines), NULL), "set_row");
        if (x->has_values)
            charta_xlsx_put_link(x, ws, row, 0, x->sh_values, x->vblocks[v].title, 0, var->name, true);
        else
            charta_xlsx_put_text(x, ws, row, 0, var->name, text);
        charta_xlsx_put_text(x, ws, row, 1, var->source, text);
        charta_xlsx_put_text(x, ws, row, 2, users, XFMT(x, .role = XR_WRAP));
        free(users);
        charta_xlsx_put_text(x, ws, row, 3, var->unit, text);
        coverage c = variable_coverage(x, var, NULL);
        put_coverage(x, ws, row, 4, c);
        charta_xlsx_put_number(x, ws, row, 7, (double)c.values, XFMT(x, .role = XR_INT, .top = true));
        charta_xlsx_put_text(x, ws, row, 8, charta_xlsx_aggregate_text(x, var),
                      XFMT(x, .role = XR_TEXT, .indent = 1, .top = true));
    }
    return row + 1;
}

charta_status
charta_xlsx_write_inputs(xlsx *x)
{
    size_t sheet = x->sh_inputs;
    lxw_worksheet *ws = x->sheets[sheet].ws;
    charta_xlsx_print_setup(x, sheet);
    static const double widths[] = {22, 34, 66, 14, 12, 10, 10, 12, 36};
    charta_xlsx_widths(x, ws, widths, sizeof widths / sizeof widths[0]);
    charta_xlsx_put_text(x, ws, 0, 0, x->sheets[sheet].name, XFMT(x, .role = XR_SHEET_TITLE));
    charta_xlsx_put_text(x, ws, 1, 0, charta_xlsx_label(x, CHARTA_LBL_XL_DESC_INPUTS), XFMT(x, .role = XR_INFO));
    charta_xlsx_put_text(x, ws, 2, 0, charta_xlsx_label(x, CHARTA_LBL_XL_INPUTS_NOTE), XFMT(x, .role = XR_NOTE));
    charta_xlsx_check(x, worksheet_repeat_rows(ws, 0, 0), "repeat_rows"); /* the title */
    bool filter = false;
    lxw_row_t row = write_files(x, ws, 4, &filter);
    row = charta_xlsx_write_provenance(x, ws, row, &filter);
    if (charta_dataset_variable_count(x->ds)) {
        row = write_variables(x, ws, row, &filter);
        if (x->has_values) {
            charta_xlsx_put_text(x, ws, row, 0, charta_xlsx_label(x, CHARTA_LBL_XL_VALUES_HERE),
                          XFMT(x, .role = XR_NOTE));
            charta_xlsx_put_link(x, ws, row, 2, x->sh_values, 0, 0, x->sheets[x->sh_values].name, false);
        } else
            charta_xlsx_put_text(x, ws, row, 0, charta_xlsx_label(x, CHARTA_LBL_XL_VALUES_OMITTED),
                          XFMT(x, .role = XR_NOTE));
    }
    return x->st;
}
