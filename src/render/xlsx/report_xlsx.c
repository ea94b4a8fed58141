/* report_xlsx.c: the workbook (report.h): the plan, document properties,
 * and closing the file (the helpers the sheet writers share are in
 * report_xlsx_shared.c).
 *
 * The plan (see report_xlsx.h) adds every sheet up front and computes the
 * rows of every block, so that links and chart references can point to
 * cells that are written later, and every sheet can then be written in row
 * order (constant-memory mode). A block on a field sheet:
 *
 *   title                      bold; the target of links
 *   "Code: x · Unit: u · SDG: s"
 *   comment                    when the indicator has one (wrapped, merged)
 *   the assessment's working   when assessed: charta_progress_describe
 *   fact box (A:B) | chart     XLSX_CHART_ROWS rows (more if the box needs;
 *                              only the box for chart kind "none"); the
 *                              chart image hook's picture right of the chart
 *   (empty row)
 *   head row                   area code, area, one column per year
 *   the printed rows           the subject area (bold), the benchmarks
 *                              (shaded), the focus areas
 *   legend                     the marks used (the row is always reserved)
 *   (empty row)
 *
 * with a page break before every block but the first, so that each
 * indicator prints on its own page. The print area ends there; below it,
 * under a heading, every block's table of all areas:
 *
 *   title, "Code: x · ..."     as above
 *   head row
 *   benchmark rows             shaded, in the report's order
 *   area rows                  dataset display order, indented by level,
 *                              the subject area bold
 *   legend, (empty row)
 *
 * so a printout shows what a reader compares (a national run's 500 Kreise
 * would print 40 pages an indicator) and the workbook still holds, once,
 * every value to sort and filter. The sheet's title rows repeat on every
 * printed page.
 */
#include "report_xlsx.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum {
    FIELD_FIRST_BLOCK = 4,
    VALUES_FIRST_BLOCK = 3,
    OVERVIEW_HEAD = 4,
    PRINT_ROWS_FALLBACK = 30 /* printed when there is no subject, benchmark or focus area */
};

/* --- the plan ------------------------------------------------------------ */

static void
check_rows(xlsx *x, lxw_row_t row, size_t sheet)
{
    if (row >= LXW_ROW_MAX)
        charta_xlsx_fail(x, CHARTA_ERR_DATA,
                  "sheet '%s' needs more than Excel's 1,048,576 rows; report fewer areas or "
                  "split the action field",
                  x->sheets[sheet].name);
}

/* Group the indicators by action field: declared fields in project order,
 * then undeclared field ids in order of first use, then those without. */
static bool
group_fields(xlsx *x)
{
    const charta_project *p = x->p;
    size_t ni = charta_results_count(x->r), max = p->n_fields + ni + 1, n = 0;
    xlsx_group *g = calloc(max, sizeof *g);
    size_t *pool = calloc(ni ? ni : 1, sizeof *pool);
    if (!g || !pool) {
        free(g);
        free(pool);
        return false;
    }
    for (size_t f = 0; f < p->n_fields; f++)
        g[n++] = (xlsx_group){.id = p->fields[f].id, .field = &p->fields[f]};
    for (size_t i = 0; i < ni; i++) {
        const char *fid = charta_results_get(x->r, i)->indicator->field;
        if (fid && !fid[0])
            fid = NULL;
        size_t k = 0;
        while (k < n && !(fid ? g[k].id && strcmp(g[k].id, fid) == 0 : !g[k].id))
            k++;
        if (k == n)
            g[n++] = (xlsx_group){.id = fid};
        g[k].n++;
    }
    /* move the group without a field to the end; hand out slices of pool */
    for (size_t k = 0; k + 1 < n; k++)
        if (!g[k].id) {
            xlsx_group t = g[k];
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
        const char *fid = charta_results_get(x->r, i)->indicator->field;
        if (fid && !fid[0])
            fid = NULL;
        for (size_t k = 0; k < n; k++)
            if (fid ? g[k].id && strcmp(g[k].id, fid) == 0 : !g[k].id) {
                g[k].ind[g[k].n++] = i;
                break;
            }
    }
    x->groups = g;
    x->group_pool = pool;
    x->n_groups = n;
    return true;
}

/* Table rows: the benchmarks first (in the report's order, each once),
 * then every other area in display order. Unknown codes are a warning. */
static bool
plan_rows(xlsx *x)
{
    size_t na = charta_dataset_area_count(x->ds);
    const charta_report_spec *rs = &x->p->report;
    x->order = calloc(na ? na : 1, sizeof *x->order);
    x->pos = calloc(na ? na : 1, sizeof *x->pos);
    bool *used = calloc(na ? na : 1, sizeof *used);
    x->focus = calloc(rs->n_focus ? rs->n_focus : 1, sizeof *x->focus);
    x->print_rows = calloc(na ? na : 1, sizeof *x->print_rows);
    if (!x->order || !x->pos || !used || !x->focus || !x->print_rows) {
        free(used);
        return false;
    }
    for (size_t b = 0; b < rs->n_benchmarks; b++) {
        int a = charta_dataset_find_area(x->ds, rs->benchmarks[b]);
        if (a < 0)
            charta_diag_warning(x->d, rs->loc.file, rs->loc.line, 0,
                                "benchmark area '%s' is not in the data; not shown",
                                rs->benchmarks[b]);
        else if (!used[a] && a != x->root) {
            used[a] = true;
            x->order[x->n_order++] = (size_t)a;
        }
    }
    x->n_bench = x->n_order;
    for (size_t a = 0; a < na; a++)
        if (!used[a])
            x->order[x->n_order++] = a;
    for (size_t k = 0; k < x->n_order; k++)
        x->pos[x->order[k]] = k;
    free(used);
    for (size_t f = 0; f < rs->n_focus; f++) {
        int a = charta_dataset_find_area(x->ds, rs->focus[f]);
        if (a < 0)
            charta_diag_warning(x->d, rs->loc.file, rs->loc.line, 0,
                                "focus area '%s' is not in the data; not drawn", rs->focus[f]);
        else if (a != x->root)
            x->focus[x->n_focus++] = a;
    }
    /* the printed rows: the subject, the benchmarks, the focus areas, each once */
    if (x->root >= 0)
        x->print_rows[x->n_print++] = (size_t)x->root;
    for (size_t k = 0; k < x->n_bench; k++)
        x->print_rows[x->n_print++] = x->order[k];
    for (size_t f = 0; f < x->n_focus; f++) {
        size_t a = (size_t)x->focus[f], k = 0;
        while (k < x->n_print && x->print_rows[k] != a)
            k++;
        if (k == x->n_print)
            x->print_rows[x->n_print++] = a;
    }
    for (size_t k = 0; x->n_print == 0 && k < x->n_order && k < PRINT_ROWS_FALLBACK; k++)
        x->print_rows[k] = x->order[k];
    if (x->n_print == 0)
        x->n_print = x->n_order < PRINT_ROWS_FALLBACK ? x->n_order : PRINT_ROWS_FALLBACK;
    return true;
}

/* Decimals shown: the indicator's, else one for percentages, else Excel's
 * General format. */
static int
display_decimals(const charta_indicator *ind)
{
    if (ind->decimals >= 0)
        return ind->decimals;
    static const char *const percent[] = {
        "%", "pp", "%-Punkte", "Prozentpunkte", "percentage points", NULL};
    for (size_t i = 0; ind->unit && percent[i]; i++)
        if (strcmp(ind->unit, percent[i]) == 0)
            return 1;
    return -1;
}

static void
compute_facts(xlsx *x, size_t i, xlsx_facts *f)
{
    const charta_result *res = charta_results_get(x->r, i);
    const charta_indicator *ind = res->indicator;
    memset(f, 0, sizeof *f);
    f->status = f->prev_status = CHARTA_ST_MISSING;
    f->decimals = display_decimals(ind);
    if (x->root < 0)
        return;
    size_t root = (size_t)x->root;
    for (int y = x->last; y >= x->first; y--) {
        double v;
        char st = charta_xlsx_cell(x, res->values, res->status, root, y, &v, NULL);
        if (charta_status_is_missing(st))
            continue;
        if (!f->year)
            f->year = y, f->value = v, f->status = st;
        else {
            f->prev_year = y, f->prev_value = v, f->prev_status = st;
            break;
        }
    }
    if (res->assess)
        f->assess = &res->assess[root];
    /* the subject area's own targets if it has any, else the general ones
     * (as the progress stage picks them) */
    const char *code = charta_dataset_area(x->ds, root)->code;
    bool own = false;
    for (size_t t = 0; t < ind->n_targets; t++)
        own |= ind->targets[t].area && strcmp(ind->targets[t].area, code) == 0;
    for (size_t t = 0; t < ind->n_targets && f->n_targets < XLSX_MAX_TARGETS; t++) {
        const charta_target *tg = &ind->targets[t];
        if (own ? !tg->area || strcmp(tg->area, code) != 0 : tg->area != NULL)
            continue;
        double v = 0;
        if (tg->has_value)
            v = tg->value;
        else if (tg->has_change && tg->base) {
            double base;
            char st = charta_xlsx_cell(x, res->values, res->status, root, tg->base, &base, NULL);
            if (charta_status_is_missing(st))
                continue; /* no base value: no absolute target to show */
            v = base * (1 + tg->change / 100);
        } else
            continue;
        if (!isfinite(v))
            continue;
        f->targets[f->n_targets] = v;
        f->target_years[f->n_targets++] = tg->year;
    }
}

static const char *
lower_name(const void *ctx, size_t i)
{
    const xlsx *x = ctx;
    return x->names_lower[i];
}

/* A valid, unique Excel defined name "<prefix>_<id>": letters, digits and
 * '_' only (libxlsxwriter 1.1.4 checks nothing), never like a cell. */
static void
define_name(xlsx *x, const char *prefix, const char *id, char out[XLSX_NAME_SIZE])
{
    int n = snprintf(out, XLSX_NAME_SIZE - 8, "%s_", prefix);
    for (const char *s = id; *s && n < XLSX_NAME_SIZE - 8; s++) {
        unsigned char c = (unsigned char)*s;
        if (((unsigned char)*s & 0xC0) == 0x80)
            continue; /* one '_' per non-ASCII character */
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        out[n++] = ok ? (char)c : '_';
    }
    out[n] = '\0';
    /* room for this name among the lower-cased ones (one per block at most) */
    char(*grown)[XLSX_NAME_SIZE] = realloc(x->names_lower, (x->n_names + 1) * sizeof *grown);
    if (!grown) {
        charta_xlsx_oom(x);
        return;
    }
    x->names_lower = grown;
    char *low = x->names_lower[x->n_names];
    size_t at;
    for (unsigned k = 2;; k++) {
        size_t j = 0;
        for (; out[j]; j++)
            low[j] = (char)tolower((unsigned char)out[j]);
        low[j] = '\0';
        if (!charta_hashtab_find(&x->names_index, low, &at))
            break;
        snprintf(out + n, 8, "_%u", k);
    }
    x->names_index.key = lower_name;
    x->names_index.ctx = x;
    x->n_names++;
    if (!charta_hashtab_add(&x->names_index, x->n_names - 1, x->n_names))
        charta_xlsx_oom(x);
}

/* The rows of one block's printed part starting at row (see the top of
 * this file); returns the first row after it. */
static lxw_row_t
layout_block(xlsx *x, xlsx_block *b, size_t sheet, lxw_row_t row, bool comment, bool working,
             size_t facts, bool chart)
{
    b->sheet = sheet;
    b->title = row;
    b->comment = comment;
    b->working = working;
    b->chart = chart;
    b->facts = row + 2 + (comment ? 1 : 0) + (working ? 1 : 0);
    b->box = (lxw_row_t)(chart && facts < XLSX_CHART_ROWS ? XLSX_CHART_ROWS : facts);
    b->phead = b->facts + b->box + (b->box ? 1 : 0);
    return b->phead + (lxw_row_t)x->n_print + 3; /* the legend row, an empty row */
}

/* The rows of one block's table of all areas starting at row. */
static lxw_row_t
layout_table(xlsx *x, xlsx_block *b, lxw_row_t row)
{
    b->ftitle = row;
    b->head = row + 2;
    b->last = b->head + (lxw_row_t)x->n_order;
    return b->last + 3; /* the legend row, an empty row */
}

/* After the printed parts from `first` to before row: the heading and note
 * of the tables of all areas, then each block's table. */
static lxw_row_t
layout_tables(xlsx *x, size_t sheet, xlsx_block *blocks, const size_t *idx, size_t n,
              lxw_row_t first, lxw_row_t row)
{
    xlsx_sheet *sh = &x->sheets[sheet];
    sh->print_last = row > first + 2 ? row - 2 : first; /* the last block's legend */
    sh->all_areas = row;
    row += 3; /* the heading, the note, an empty row */
    for (size_t j = 0; j < n; j++)
        row = layout_table(x, &blocks[idx ? idx[j] : j], row);
    return row;
}

static bool
wants_chart(const xlsx *x, const charta_indicator *ind)
{
    return x->ny > 0 && x->n_order > 0 && ind->chart.kind != CHARTA_CHART_NONE;
}

static bool
wants_values(const xlsx *x)
{
    if (x->o->input_values < 0 || charta_dataset_variable_count(x->ds) == 0)
        return false;
    if (!charta_dataset_variable(x->ds, 0)->values)
        return false; /* a large run released them after computing */
    if (x->o->input_values > 0)
        return true;
    size_t cells = charta_dataset_variable_count(x->ds) * x->n_order * x->ny;
    return cells <= CHARTA_XLSX_INPUT_CELLS;
}

static charta_status
plan(xlsx *x)
{
    size_t ni = charta_results_count(x->r), nv = charta_dataset_variable_count(x->ds);
    x->root = charta_dataset_root(x->ds);
    if (!group_fields(x) || !plan_rows(x))
        return charta_xlsx_oom(x);
    x->blocks = calloc(ni ? ni : 1, sizeof *x->blocks);
    x->facts = calloc(ni ? ni : 1, sizeof *x->facts);
    if (!x->blocks || !x->facts)
        return charta_xlsx_oom(x);
    for (size_t i = 0; i < ni; i++) {
        compute_facts(x, i, &x->facts[i]);
        x->any_assess |= x->facts[i].assess != NULL;
    }

    /* the sheets, in workbook order */
    x->sh_cover = charta_xlsx_add_sheet(x, charta_xlsx_label(x, CHARTA_LBL_SHEET_COVER));
    x->sh_overview = charta_xlsx_add_sheet(x, charta_xlsx_label(x, CHARTA_LBL_SHEET_OVERVIEW));
    x->sh_coverage = charta_xlsx_add_sheet(x, charta_xlsx_label(x, CHARTA_LBL_SHEET_COVERAGE));
    bool any_chart = false;
    for (size_t k = 0; k < x->n_groups && x->st == CHARTA_OK; k++) {
        xlsx_group *g = &x->groups[k];
        if (!g->n)
            continue;
        charta_buf b = {0};
        if (!g->id)
            charta_buf_puts(&b, charta_xlsx_label(x, CHARTA_LBL_OTHER_FIELD));
        else if (g->field && charta_xlsx_text(x, &g->field->title)[0])
            charta_buf_printf(&b, "%s %s", g->id, charta_xlsx_text(x, &g->field->title));
        else
            charta_buf_puts(&b, g->id);
        char *want = charta_buf_take(&b);
        if (!want)
            return charta_xlsx_oom(x);
        g->sheet = charta_xlsx_add_sheet(x, want);
        free(want);
        if (x->st != CHARTA_OK)
            return x->st;
        lxw_row_t row = FIELD_FIRST_BLOCK;
        for (size_t j = 0; j < g->n; j++) {
            size_t i = g->ind[j];
            const charta_indicator *ind = charta_results_get(x->r, i)->indicator;
            bool chart = wants_chart(x, ind);
            any_chart |= chart;
            row = layout_block(x, &x->blocks[i], g->sheet, row, charta_xlsx_text(x, &ind->comment)[0],
                               x->facts[i].assess != NULL, charta_xlsx_fact_rows(x, i), chart);
            check_rows(x, row, g->sheet);
            define_name(x, "ind", ind->id, x->blocks[i].name);
        }
        row = layout_tables(x, g->sheet, x->blocks, g->ind, g->n, FIELD_FIRST_BLOCK, row);
        check_rows(x, row, g->sheet);
    }
    x->sh_meta = charta_xlsx_add_sheet(x, charta_xlsx_label(x, CHARTA_LBL_SHEET_METADATA));
    x->sh_inputs = charta_xlsx_add_sheet(x, charta_xlsx_label(x, CHARTA_LBL_SHEET_INPUTS));
    x->has_values = wants_values(x);
    if (x->has_values) {
        x->sh_values = charta_xlsx_add_sheet(x, charta_xlsx_label(x, CHARTA_LBL_SHEET_INPUT_VALUES));
        x->vblocks = calloc(nv, sizeof *x->vblocks);
        if (!x->vblocks)
            return charta_xlsx_oom(x);
        lxw_row_t row = VALUES_FIRST_BLOCK;
        for (size_t v = 0; v < nv && x->st == CHARTA_OK; v++) {
            row = layout_block(x, &x->vblocks[v], x->sh_values, row, false, false, 0, false);
            check_rows(x, row, x->sh_values);
            define_name(x, "var", charta_dataset_variable(x->ds, v)->name, x->vblocks[v].name);
        }
        row = layout_tables(x, x->sh_values, x->vblocks, NULL, nv, VALUES_FIRST_BLOCK, row);
        check_rows(x, row, x->sh_values);
    }
    for (size_t i = 0; i < ni; i++)
        x->n_pblocks += charta_results_get(x->r, i)->n_parts;
    if (x->n_pblocks) { /* the parts of the indicators' breakdowns */
        x->sh_parts = charta_xlsx_add_sheet(x, charta_xlsx_label(x, CHARTA_LBL_SHEET_BREAKDOWNS));
        x->pblocks = calloc(x->n_pblocks, sizeof *x->pblocks);
        if (!x->pblocks)
            return charta_xlsx_oom(x);
        lxw_row_t row = VALUES_FIRST_BLOCK;
        for (size_t i = 0, k = 0; i < ni && x->st == CHARTA_OK; i++) {
            const charta_result *res = charta_results_get(x->r, i);
            for (size_t p = 0; p < res->n_parts && x->st == CHARTA_OK; p++, k++) {
                row = layout_block(x, &x->pblocks[k], x->sh_parts, row, false, false, 0, false);
                check_rows(x, row, x->sh_parts);
                define_name(x, "part", res->indicator->id, x->pblocks[k].name);
            }
        }
        row = layout_tables(x, x->sh_parts, x->pblocks, NULL, x->n_pblocks, VALUES_FIRST_BLOCK,
                            row);
        check_rows(x, row, x->sh_parts);
    }
    x->has_chartdata = any_chart;
    x->chart_last = x->last;
    for (size_t i = 0; i < ni; i++) {
        const charta_indicator *ind = charta_results_get(x->r, i)->indicator;
        if (!wants_chart(x, ind) || ind->chart.kind == CHARTA_CHART_AREAS)
            continue;
        for (size_t t = 0; t < x->facts[i].n_targets; t++) {
            int y = x->facts[i].target_years[t];
            if (charta_xlsx_target_drawn(x, y) && y > x->chart_last)
                x->chart_last = y;
        }
    }
    if (any_chart) {
        x->sh_chartdata = charta_xlsx_add_sheet(x, charta_xlsx_label(x, CHARTA_LBL_SHEET_CHART_DATA));
        if (x->st == CHARTA_OK)
            worksheet_hide(x->sheets[x->sh_chartdata].ws);
    }

    /* the overview's rows: a heading row per action field, then its
     * indicators */
    x->ov_head = OVERVIEW_HEAD;
    lxw_row_t row = OVERVIEW_HEAD + 1;
    for (size_t k = 0; k < x->n_groups; k++) {
        if (!x->groups[k].n)
            continue;
        row++;
        for (size_t j = 0; j < x->groups[k].n; j++)
            x->blocks[x->groups[k].ind[j]].overview_row = row++;
    }
    if (x->st == CHARTA_OK)
        check_rows(x, row + 3, x->sh_overview);
    return x->st;
}

/* --- document properties ------------------------------------------------- */

/* The latest "as of" date of the inputs ("YYYY-MM-DD"), NULL when none. */
static const char *
data_as_of(const xlsx *x)
{
    const char *best = NULL;
    for (size_t i = 0; i < charta_dataset_input_count(x->ds); i++) {
        const char *a = charta_dataset_input(x->ds, i)->as_of;
        if (a && (!best || strcmp(a, best) > 0))
            best = a;
    }
    return best;
}

/* A copy of s as the workbook's XML may hold it (the caller frees it); NULL
 * on out of memory. */
static char *
clean_copy(xlsx *x, const char *s)
{
    const char *t = charta_xlsx_clean(x, s);
    return t ? charta_strdup(t) : NULL;
}

static charta_status
set_properties(xlsx *x)
{
    const charta_project *p = x->p;
    const char *title = charta_xlsx_text(x, &p->report.title);
    if (!title[0])
        title = charta_xlsx_label(x, CHARTA_LBL_REPORT_TITLE);
    const char *city = p->city.name && p->city.name[0] ? p->city.name : p->city.id;
    char period[32] = "";
    if (x->first < x->last)
        snprintf(period, sizeof period, "%d–%d", x->first, x->last);
    else if (x->first == x->last)
        snprintf(period, sizeof period, "%d", x->first);
    /* properties are copied by libxlsxwriter; text must be valid UTF-8 */
    char *t = clean_copy(x, title);
    char *author = clean_copy(x, city ? city : "");
    char *subject = author ? charta_asprintf("%s, %s, %s", charta_xlsx_label(x, CHARTA_LBL_XL_DOC_SUBJECT),
                                             author, period)
                           : NULL;
    char *keywords =
        author ? charta_asprintf("%s, %s", charta_xlsx_label(x, CHARTA_LBL_XL_DOC_KEYWORDS), author)
               : NULL;
    char *comments =
        charta_asprintf("%s charta %s", charta_xlsx_label(x, CHARTA_LBL_XL_CREATED_WITH), CHARTA_VERSION);
    char run_date[16];
    struct tm tm;
    gmtime_r(&x->created, &tm);
    strftime(run_date, sizeof run_date, "%Y-%m-%d", &tm);
    const char *given_as_of = data_as_of(x);
    char *as_of = given_as_of ? clean_copy(x, given_as_of) : NULL;
    if (!t || !author || !subject || !keywords || !comments || (given_as_of && !as_of)) {
        charta_xlsx_oom(x);
    } else {
        lxw_doc_properties props = {
            .title = t,
            .subject = subject,
            .author = author,
            .keywords = keywords,
            .category = (char *)charta_xlsx_label(x, CHARTA_LBL_REPORT_TITLE),
            .comments = comments,
            .created = x->created,
        };
        charta_xlsx_check(x, workbook_set_properties(x->wb, &props), "set_properties");
        charta_xlsx_check(x, workbook_set_custom_property_string(x->wb, "charta version", CHARTA_VERSION),
                   "set_custom_property");
        charta_xlsx_check(x, workbook_set_custom_property_string(x->wb, "run date", run_date),
                   "set_custom_property");
        if (as_of)
            charta_xlsx_check(x, workbook_set_custom_property_string(x->wb, "data as of", as_of),
                       "set_custom_property");
        if (period[0])
            charta_xlsx_check(x, workbook_set_custom_property_string(x->wb, "reporting period", period),
                       "set_custom_property");
    }
    free(t);
    free(author);
    free(subject);
    free(keywords);
    free(comments);
    free(as_of);
    return x->st;
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
        return charta_xlsx_fail(x, st, "cannot create: %s", strerror(err));
    if (err)
        return charta_xlsx_fail(x, st, "cannot write the workbook: %s (%s)", lxw_strerror(e),
                         strerror(err));
    return charta_xlsx_fail(x, st, "cannot write the workbook: %s", lxw_strerror(e));
}

static size_t
result_cells(const xlsx *x)
{
    return charta_results_count(x->r) * charta_dataset_area_count(x->ds) * x->ny;
}

static charta_status
write_workbook(xlsx *x)
{
    if (plan(x) != CHARTA_OK || set_properties(x) != CHARTA_OK)
        return x->st;
    if (x->has_chartdata)
        charta_xlsx_chartdata_start(x);
    if (x->st == CHARTA_OK)
        charta_xlsx_write_cover(x);
    if (x->st == CHARTA_OK)
        charta_xlsx_write_overview(x);
    if (x->st == CHARTA_OK)
        charta_xlsx_write_coverage(x);
    for (size_t k = 0; k < x->n_groups && x->st == CHARTA_OK; k++)
        if (x->groups[k].n)
            charta_xlsx_write_field_sheet(x, &x->groups[k]);
    if (x->st == CHARTA_OK)
        charta_xlsx_write_metadata(x);
    if (x->st == CHARTA_OK)
        charta_xlsx_write_inputs(x);
    if (x->st == CHARTA_OK && x->has_values)
        charta_xlsx_write_values_sheet(x);
    if (x->st == CHARTA_OK && x->n_pblocks)
        charta_xlsx_write_parts_sheet(x);
    for (size_t s = 0; s < x->n_sheets && x->st == CHARTA_OK; s++)
        if (x->sheets[s].n_breaks) /* the array is copied; 0-terminated */
            charta_xlsx_check(x, worksheet_set_h_pagebreaks(x->sheets[s].ws, x->sheets[s].breaks),
                       "set_h_pagebreaks");
    return x->st;
}

static void
free_state(xlsx *x)
{
    free(x->fmts);
    free(x->sheets);
    free(x->taken);
    free(x->groups);
    free(x->group_pool);
    free(x->blocks);
    free(x->facts);
    free(x->vblocks);
    free(x->pblocks);
    free(x->names_lower);
    charta_hashtab_free(&x->names_index);
    free(x->order);
    free(x->pos);
    free(x->focus);
    free(x->print_rows);
    charta_buf_free(&x->scratch);
    charta_buf_free(&x->line);
    charta_buf_free(&x->cut);
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
        .o = o,
        .path = path,
        .d = d,
        .root = -1,
    };
    x.lang = charta_project_lang(x.p, o->lang);
    charta_status st = charta_report_window(r, o, &x.first, &x.last, d);
    if (st == CHARTA_OK)
        st = charta_report_run_time(o->run_date, &x.created, d);
    if (st != CHARTA_OK)
        return st;
    x.ny = x.first <= x.last ? (size_t)(x.last - x.first + 1) : 0;
    x.stream = o->constant_memory || result_cells(&x) > CHARTA_XLSX_STREAM_CELLS;
    lxw_workbook_options wo = {
        .constant_memory = x.stream,
        .tmpdir = (char *)o->tmpdir,
    };
    x.wb = workbook_new_opt(path, &wo);
    if (!x.wb)
        return charta_diag_error(d, CHARTA_ERR_NOMEM, path, 0, 0, "cannot start the workbook");
    write_workbook(&x);
    if (x.st == CHARTA_OK) {
        close_workbook(&x);
    } else {
        lxw_workbook_free(x.wb); /* nothing written */
    }
    for (size_t i = 0; i < x.n_images; i++) {
        unlink(x.images[i]);
        free(x.images[i]);
    }
    free(x.images);
    if (x.repaired)
        charta_diag_warning(d, path, 0, 0,
                            "invalid UTF-8 and characters XML cannot hold (control characters, "
                            "noncharacters) in texts are written as U+FFFD; if a data file is "
                            "not UTF-8, give its source the encoding (encoding = \"latin1\")");
    if (x.truncated)
        charta_diag_warning(d, path, 0, 0, "texts longer than 32,767 characters (the most "
                            "a cell holds) were cut in the workbook; shorten the comment or "
                            "description to keep them whole");
    free_state(&x);
    return x.st;
}
