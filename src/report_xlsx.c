/* report_xlsx.c: the workbook: sheets and tables (report.h).
 *
 * Layout (all texts from labels.h in the report language):
 *
 *   Overview / Übersicht
 *     report title; subject area and reporting period; then one row per
 *     indicator (project order): field, code, title, SDG, unit, latest year
 *     and latest value of the subject area (charta_dataset_root) with its
 *     status mark; an Excel table (filter buttons); legend; panes frozen
 *     under the head row.
 *
 *   one sheet per action field that has indicators (project order; then
 *   fields named by indicators but not declared; then indicators without a
 *   field), named "<id> <title>" through charta_sheet_name:
 *     field title; then per indicator (project order) a block
 *       title (bold)
 *       "Code: <id> · Unit: <unit> · SDG: <codes>"
 *       the comment, if any (italic)
 *       head row: area code, area, one column per year of the window
 *       one row per area in dataset display order, the name indented by the
 *       area's level, the subject area's row bold; values formatted from
 *       `decimals` with status marks (report.h)
 *       legend of the marks used, if any
 *       an empty row
 *     each block's head and rows form an Excel table (its own filter
 *     buttons; Excel allows one plain autofilter per sheet), except in
 *     constant-memory mode; panes frozen under the first block's head row
 *     and right of the area name.
 *
 * Later additions slot in here: a cover sheet (its own file, called from
 * write_workbook before write_overview), progress columns after the years
 * (more heads in write_block; the table range follows ncols), a native chart
 * beside each block (write_block knows the block's rows and columns; charts
 * need the non-stream mode), metadata and inputs sheets after the field
 * sheets. Formats come from xlsx_fmt, so new roles are one enum value and
 * one case in report_xlsx_cells.c.
 */
#include "report_xlsx.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { COL_CODE = 0, COL_NAME = 1, COL_YEAR0 = 2 };

/* A group of indicators on one sheet. */
typedef struct field_group {
    const char *id;            /* NULL for indicators without a field */
    const charta_field *field; /* NULL when not declared */
    size_t *ind;               /* indicator indices, project order */
    size_t n;
} field_group;

static const char *
text_of(const xlsx *x, const charta_text *t)
{
    return charta_text_get(t, x->lang, "en");
}

/* "a, b, c" into x->line (reset first). */
static const char *
join_codes(xlsx *x, char *const *v, size_t n)
{
    x->line.len = 0;
    for (size_t i = 0; i < n; i++)
        charta_buf_printf(&x->line, "%s%s", i ? ", " : "", v[i]);
    charta_buf_append(&x->line, "", 0);
    return x->line.oom ? NULL : x->line.data;
}

static char *
info_line(xlsx *x, const charta_indicator *ind)
{
    charta_buf b = {0};
    charta_buf_printf(&b, "%s: %s", charta_label_get(CHARTA_LBL_COL_CODE, x->lang), ind->id);
    if (ind->unit && ind->unit[0])
        charta_buf_printf(&b, " · %s: %s", charta_label_get(CHARTA_LBL_UNIT, x->lang), ind->unit);
    if (ind->n_sdgs)
        charta_buf_printf(&b, " · %s: ", charta_label_get(CHARTA_LBL_SDG, x->lang));
    for (size_t i = 0; i < ind->n_sdgs; i++)
        charta_buf_printf(&b, "%s%s", i ? ", " : "", ind->sdgs[i]);
    return charta_buf_take(&b);
}

static void
check_rows(xlsx *x, lxw_row_t row, size_t need, const char *sheet)
{
    if ((size_t)row + need > LXW_ROW_MAX)
        xlsx_fail(x, CHARTA_ERR_DATA,
                  "sheet '%s' needs more than Excel's 1,048,576 rows; report fewer areas or "
                  "split the action field",
                  sheet);
}

/* --- overview ---------------------------------------------------------- */

static void
latest_of(xlsx *x, const charta_result *res, int root, int *year, double *v, char *st)
{
    *year = 0, *st = CHARTA_ST_MISSING;
    if (root < 0 || !charta_report_latest(x->r, res, (size_t)root, x->first, x->last, year, v, st))
        *year = 0, *st = CHARTA_ST_MISSING;
}

static void
add_table(xlsx *x, lxw_worksheet *ws, lxw_row_t head, lxw_row_t last, const char *const *heads,
          const bool *right, size_t ncols)
{
    if (x->stream || x->st != CHARTA_OK || last <= head)
        return; /* no tables in constant-memory mode; a table needs a data row */
    lxw_table_column *cols = calloc(ncols, sizeof *cols);
    lxw_table_column **ptrs = calloc(ncols + 1, sizeof *ptrs);
    if (!cols || !ptrs) {
        xlsx_fail(x, CHARTA_ERR_NOMEM, "out of memory");
    } else {
        for (size_t c = 0; c < ncols; c++) {
            cols[c].header = (char *)heads[c];
            cols[c].header_format = XFMT(x, .role = right[c] ? XR_HEAD_RIGHT : XR_HEAD);
            ptrs[c] = &cols[c];
        }
        lxw_table_options opt = {
            .style_type = LXW_TABLE_STYLE_TYPE_LIGHT,
            .style_type_number = 0, /* no table style: our own formats show */
            .columns = ptrs,
        };
        xlsx_check(x, worksheet_add_table(ws, head, 0, last, (lxw_col_t)(ncols - 1), &opt),
                   "add_table");
    }
    free(cols);
    free(ptrs);
}

static void
write_heads(xlsx *x, lxw_worksheet *ws, lxw_row_t row, const char *const *heads, const bool *right,
            size_t ncols)
{
    for (size_t c = 0; c < ncols; c++)
        xlsx_put_text(x, ws, row, (lxw_col_t)c, heads[c],
                      XFMT(x, .role = right[c] ? XR_HEAD_RIGHT : XR_HEAD));
}

/* Print setup shared by every sheet: A4 landscape, one page wide. */
static void
print_setup(xlsx *x, lxw_worksheet *ws)
{
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9); /* A4 */
    worksheet_fit_to_pages(ws, 1, 0); /* returns nothing in 1.1.4 */
}

static charta_status
write_overview(xlsx *x, const char *title, const field_group *g, size_t ng)
{
    const char *L = x->lang;
    lxw_worksheet *ws = xlsx_add_sheet(x, charta_label_get(CHARTA_LBL_SHEET_OVERVIEW, L));
    if (!ws)
        return x->st;
    size_t n = charta_results_count(x->r);
    int root = charta_dataset_root(x->ds);
    check_rows(x, 0, n + 6, x->names[x->n_names - 1]);
    print_setup(x, ws);
    xlsx_put_text(x, ws, 0, 0, title, XFMT(x, .role = XR_SHEET_TITLE));
    charta_buf b = {0};
    if (root >= 0) {
        const charta_area *a = charta_dataset_area(x->ds, (size_t)root);
        charta_buf_printf(&b, "%s (%s) · ", a->name && a->name[0] ? a->name : a->code, a->code);
    }
    charta_buf_printf(&b, "%s: ", charta_label_get(CHARTA_LBL_REPORT_PERIOD, L));
    if (x->first < x->last)
        charta_buf_printf(&b, "%d–%d", x->first, x->last);
    else if (x->first == x->last)
        charta_buf_printf(&b, "%d", x->first);
    char *sub = charta_buf_take(&b);
    if (!sub)
        return xlsx_fail(x, CHARTA_ERR_NOMEM, "out of memory");
    xlsx_put_text(x, ws, 1, 0, sub, XFMT(x, .role = XR_INFO));
    free(sub);

    const char *heads[] = {
        charta_label_get(CHARTA_LBL_COL_FIELD, L),
        charta_label_get(CHARTA_LBL_COL_CODE, L),
        charta_label_get(CHARTA_LBL_COL_INDICATOR, L),
        charta_label_get(CHARTA_LBL_COL_SDG, L),
        charta_label_get(CHARTA_LBL_COL_UNIT, L),
        charta_label_get(CHARTA_LBL_COL_LATEST_YEAR, L),
        charta_label_get(CHARTA_LBL_COL_LATEST_VALUE, L),
    };
    static const bool right[] = {false, false, false, false, false, true, true};
    enum { NCOLS = sizeof heads / sizeof heads[0] };
    static const double widths[NCOLS] = {14, 24, 60, 16, 14, 12, 14};
    for (lxw_col_t c = 0; c < NCOLS; c++)
        xlsx_check(x, worksheet_set_column(ws, c, c, widths[c], NULL), "set_column");
    const lxw_row_t head = 3;
    write_heads(x, ws, head, heads, right, NCOLS);
    worksheet_freeze_panes(ws, head + 1, 0);

    xlsx_marks marks = {0};
    lxw_format *text = XFMT(x, .role = XR_TEXT), *year = XFMT(x, .role = XR_YEAR);
    lxw_row_t row = head + 1;
    /* grouped by action field, in the fields' order */
    for (size_t k = 0; k < ng; k++)
        for (size_t j = 0; j < g[k].n && x->st == CHARTA_OK; j++, row++) {
            const charta_result *res = charta_results_get(x->r, g[k].ind[j]);
            const charta_indicator *ind = res->indicator;
            xlsx_put_text(x, ws, row, 0, ind->field, text);
            xlsx_put_text(x, ws, row, 1, ind->id, text);
            xlsx_put_text(x, ws, row, 2, text_of(x, &ind->title), text);
            const char *sdgs = join_codes(x, ind->sdgs, ind->n_sdgs);
            if (!sdgs)
                return xlsx_fail(x, CHARTA_ERR_NOMEM, "out of memory");
            xlsx_put_text(x, ws, row, 3, sdgs, text);
            xlsx_put_text(x, ws, row, 4, ind->unit, text);
            int y;
            double v;
            char st;
            latest_of(x, res, root, &y, &v, &st);
            if (y)
                xlsx_put_number(x, ws, row, 5, y, year);
            xlsx_put_value(x, ws, row, 6, v, st, ind->decimals, false, &marks);
        }
    add_table(x, ws, head, row - 1, heads, right, NCOLS);
    row++;
    xlsx_put_legend(x, ws, &row, &marks);
    return x->st;
}

/* --- field sheets ------------------------------------------------------ */

static void
write_block(xlsx *x, lxw_worksheet *ws, const char *sheet, lxw_row_t *rowp,
            const charta_result *res, bool first_block)
{
    const charta_indicator *ind = res->indicator;
    size_t na = charta_dataset_area_count(x->ds);
    size_t ny = x->first <= x->last ? (size_t)(x->last - x->first + 1) : 0;
    size_t ncols = COL_YEAR0 + ny;
    int root = charta_dataset_root(x->ds);
    lxw_row_t row = *rowp;
    const char *comment = text_of(x, &ind->comment);
    check_rows(x, row, na + 6, sheet);

    const char *title = text_of(x, &ind->title);
    xlsx_put_text(x, ws, row++, 0, title[0] ? title : ind->id, XFMT(x, .role = XR_TABLE_TITLE));
    char *info = info_line(x, ind);
    if (!info) {
        xlsx_fail(x, CHARTA_ERR_NOMEM, "out of memory");
        return;
    }
    xlsx_put_text(x, ws, row++, 0, info, XFMT(x, .role = XR_INFO));
    free(info);
    if (comment[0])
        xlsx_put_text(x, ws, row++, 0, comment, XFMT(x, .role = XR_NOTE));

    /* head row: the years as text, as Excel tables want */
    char(*years)[16] = calloc(ny ? ny : 1, sizeof *years);
    const char **heads = calloc(ncols, sizeof *heads);
    bool *right = calloc(ncols, sizeof *right);
    if (!years || !heads || !right) {
        xlsx_fail(x, CHARTA_ERR_NOMEM, "out of memory");
        goto cleanup;
    }
    heads[COL_CODE] = charta_label_get(CHARTA_LBL_COL_AREA_CODE, x->lang);
    heads[COL_NAME] = charta_label_get(CHARTA_LBL_COL_AREA_NAME, x->lang);
    for (size_t j = 0; j < ny; j++) {
        snprintf(years[j], sizeof years[j], "%d", x->first + (int)j);
        heads[COL_YEAR0 + j] = years[j];
        right[COL_YEAR0 + j] = true;
    }
    lxw_row_t head = row++;
    write_heads(x, ws, head, heads, right, ncols);
    if (first_block)
        worksheet_freeze_panes(ws, head + 1, COL_YEAR0);

    xlsx_marks marks = {0};
    bool bad = false;
    for (size_t a = 0; a < na && x->st == CHARTA_OK; a++, row++) {
        const charta_area *area = charta_dataset_area(x->ds, a);
        bool bold = (int)a == root;
        xlsx_put_text(x, ws, row, COL_CODE, area->code, XFMT(x, .role = XR_TEXT, .bold = bold));
        xlsx_put_text(x, ws, row, COL_NAME, area->name,
                      XFMT(x, .role = XR_NAME, .bold = bold, .indent = area->level));
        for (size_t j = 0; j < ny; j++) {
            double v;
            char st = charta_report_cell(x->r, res, a, x->first + (int)j, &v, &bad);
            xlsx_put_value(x, ws, row, (lxw_col_t)(COL_YEAR0 + j), v, st, ind->decimals, bold,
                           &marks);
        }
    }
    if (bad)
        charta_diag_warning(x->d, x->path, 0, 0,
                            "indicator '%s': non-finite values written as missing", ind->id);
    add_table(x, ws, head, row - 1, heads, right, ncols);
    xlsx_put_legend(x, ws, &row, &marks);
    row++; /* an empty row between blocks */
    *rowp = row;
cleanup:
    free(years);
    free(heads);
    free(right);
}

static charta_status
write_field_sheet(xlsx *x, const field_group *g)
{
    charta_buf b = {0};
    if (!g->id)
        charta_buf_puts(&b, charta_label_get(CHARTA_LBL_OTHER_FIELD, x->lang));
    else if (g->field && text_of(x, &g->field->title)[0])
        charta_buf_printf(&b, "%s %s", g->id, text_of(x, &g->field->title));
    else
        charta_buf_puts(&b, g->id);
    char *title = charta_buf_take(&b);
    if (!title)
        return xlsx_fail(x, CHARTA_ERR_NOMEM, "out of memory");
    lxw_worksheet *ws = xlsx_add_sheet(x, title);
    if (ws) {
        print_setup(x, ws);
        size_t ny = x->first <= x->last ? (size_t)(x->last - x->first + 1) : 0;
        xlsx_check(x, worksheet_set_column(ws, COL_CODE, COL_CODE, 14, NULL), "set_column");
        xlsx_check(x, worksheet_set_column(ws, COL_NAME, COL_NAME, 34, NULL), "set_column");
        if (ny)
            xlsx_check(
                x, worksheet_set_column(ws, COL_YEAR0, (lxw_col_t)(COL_YEAR0 + ny - 1), 11, NULL),
                "set_column");
        xlsx_put_text(x, ws, 0, 0, title, XFMT(x, .role = XR_SHEET_TITLE));
        const char *sheet = x->names[x->n_names - 1];
        lxw_row_t row = 2;
        for (size_t i = 0; i < g->n && x->st == CHARTA_OK; i++)
            write_block(x, ws, sheet, &row, charta_results_get(x->r, g->ind[i]), i == 0);
    }
    free(title);
    return x->st;
}

/* Group the indicators by action field: declared fields in project order,
 * then undeclared field ids in order of first use, then those without. */
static field_group *
group_fields(const charta_project *p, const charta_results *r, size_t *ngroups)
{
    size_t ni = charta_results_count(r), max = p->n_fields + ni + 1, n = 0;
    field_group *g = calloc(max, sizeof *g);
    size_t *pool = calloc(ni ? ni : 1, sizeof *pool);
    if (!g || !pool) {
        free(g);
        free(pool);
        return NULL;
    }
    for (size_t f = 0; f < p->n_fields; f++)
        g[n++] = (field_group){.id = p->fields[f].id, .field = &p->fields[f]};
    for (size_t i = 0; i < ni; i++) {
        const char *fid = charta_results_get(r, i)->indicator->field;
        if (fid && !fid[0])
            fid = NULL;
        size_t k = 0;
        while (k < n && !(fid ? g[k].id && strcmp(g[k].id, fid) == 0 : !g[k].id))
            k++;
        if (k == n)
            g[n++] = (field_group){.id = fid};
        g[k].n++;
    }
    /* move the group without a field to the end; hand out slices of pool */
    for (size_t k = 0; k + 1 < n; k++)
        if (!g[k].id) {
            field_group t = g[k];
            memmove(&g[k], &g[k + 1], (n - k - 1) * sizeof *g);
            g[n - 1] = t;
            break;
        }
    size_t used = 0;
    for (size_t k = 0; k < n; k++) {
        g[k].ind = pool + used;
        used += g[k].n;
        g[k].n = 0;
    }
    for (size_t i = 0; i < ni; i++) {
        const char *fid = charta_results_get(r, i)->indicator->field;
        if (fid && !fid[0])
            fid = NULL;
        for (size_t k = 0; k < n; k++)
            if (fid ? g[k].id && strcmp(g[k].id, fid) == 0 : !g[k].id) {
                g[k].ind[g[k].n++] = i;
                break;
            }
    }
    *ngroups = n;
    return g;
}

/* --- the workbook ------------------------------------------------------ */

static charta_status
close_workbook(xlsx *x)
{
    errno = 0;
    lxw_error e = workbook_close(x->wb);
    int err = errno;
    x->wb = NULL;
    if (e == LXW_NO_ERROR)
        return CHARTA_OK;
    struct stat sb;
    if (e != LXW_ERROR_CREATING_XLSX_FILE && lstat(x->path, &sb) == 0 && S_ISREG(sb.st_mode))
        unlink(x->path); /* libxlsxwriter leaves a partial zip behind (a full disk) */
    charta_status st = CHARTA_ERR_IO;
    if (e == LXW_ERROR_CREATING_XLSX_FILE || e == LXW_ERROR_CREATING_TMPFILE)
        st = CHARTA_ERR_CANTCREATE;
    else if (e == LXW_ERROR_MEMORY_MALLOC_FAILED)
        st = CHARTA_ERR_NOMEM;
    if (e == LXW_ERROR_CREATING_XLSX_FILE && err)
        return xlsx_fail(x, st, "cannot create: %s", strerror(err));
    if (err)
        return xlsx_fail(x, st, "cannot write the workbook: %s (%s)", lxw_strerror(e),
                         strerror(err));
    return xlsx_fail(x, st, "cannot write the workbook: %s", lxw_strerror(e));
}

static size_t
result_cells(const xlsx *x)
{
    size_t ny = x->first <= x->last ? (size_t)(x->last - x->first + 1) : 0;
    return charta_results_count(x->r) * charta_dataset_area_count(x->ds) * ny;
}

static charta_status
write_workbook(xlsx *x, time_t created)
{
    const charta_project *p = x->p;
    const char *title = text_of(x, &p->report.title);
    if (!title[0])
        title = charta_label_get(CHARTA_LBL_REPORT_TITLE, x->lang);
    /* properties are copied by libxlsxwriter; text must be valid UTF-8 */
    char *t = charta_strdup(charta_report_utf8(title, &x->scratch, &x->repaired));
    const char *city = p->city.name && p->city.name[0] ? p->city.name : p->city.id;
    char *author = charta_strdup(city ? charta_report_utf8(city, &x->scratch, &x->repaired) : "");
    if (!t || !author) {
        free(t);
        free(author);
        return xlsx_fail(x, CHARTA_ERR_NOMEM, "out of memory");
    }
    lxw_doc_properties props = {.title = t, .author = author, .created = created};
    xlsx_check(x, workbook_set_properties(x->wb, &props), "set_properties");
    free(author);
    size_t ng = 0;
    field_group *g = x->st == CHARTA_OK ? group_fields(p, x->r, &ng) : NULL;
    if (x->st == CHARTA_OK && !g) {
        free(t);
        return xlsx_fail(x, CHARTA_ERR_NOMEM, "out of memory");
    }
    if (x->st == CHARTA_OK)
        write_overview(x, t, g, ng);
    free(t);
    for (size_t k = 0; k < ng && x->st == CHARTA_OK; k++)
        if (g[k].n)
            write_field_sheet(x, &g[k]);
    if (g)
        free(g[0].ind);
    free(g);
    return x->st;
}

charta_status
charta_report_xlsx_write(const charta_results *r, const charta_report_opts *o, const char *path,
                         charta_diags *d)
{
    static const charta_report_opts none = {0};
    if (!o)
        o = &none;
    xlsx x = {
        .r = r,
        .ds = charta_results_dataset(r),
        .p = charta_results_project(r),
        .path = path,
        .d = d,
    };
    x.lang = charta_project_lang(x.p, o->lang);
    time_t created;
    charta_status st = charta_report_window(r, o, &x.first, &x.last, d);
    if (st == CHARTA_OK)
        st = charta_report_run_time(o->run_date, &created, d);
    if (st != CHARTA_OK)
        return st;
    x.stream = o->constant_memory || result_cells(&x) > CHARTA_XLSX_STREAM_CELLS;
    lxw_workbook_options wo = {
        .constant_memory = x.stream,
        .tmpdir = (char *)o->tmpdir,
    };
    x.wb = workbook_new_opt(path, &wo);
    if (!x.wb)
        return charta_diag_error(d, CHARTA_ERR_NOMEM, path, 0, 0, "cannot start the workbook");
    write_workbook(&x, created);
    if (x.st == CHARTA_OK) {
        close_workbook(&x);
    } else {
        lxw_workbook_free(x.wb); /* nothing written */
    }
    if (x.repaired)
        charta_diag_warning(d, path, 0, 0, "invalid UTF-8 in texts replaced by U+FFFD");
    if (x.truncated)
        charta_diag_warning(d, path, 0, 0, "texts longer than 32,767 characters were cut");
    free(x.fmts);
    free(x.names);
    free(x.taken);
    charta_buf_free(&x.scratch);
    charta_buf_free(&x.line);
    charta_buf_free(&x.cut);
    return x.st;
}
