/* report_pdf_doc.c: what the PDF report says, section by section (pdf.h),
 * written through the page engine of report_pdf.c. */
#include "report_pdf.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charta/chart.h"
#include "charta/progress.h"

enum { LAST_YEARS = 5 };
/* An indicator's charts are FIG_H high (chart units, 0.75 pt each); a time series
 * may be drawn down to FIG_MIN_H so that its indicator fits on one page. */
enum { FIG_H = 300, FIG_MIN_H = 190 };

static const char *
L(const pdf *P, charta_label k)
{
    return charta_label_get(k, P->lang);
}

static const char *
report_title(const pdf *P)
{
    const char *t = charta_text_get(&P->p->report.title, P->lang, "en");
    return t[0] ? t : L(P, CHARTA_LBL_REPORT_TITLE);
}

/* The chart options of figures: as wide as the type area at 0.75 pt/px. */
static charta_chart_opts
fig_opts(pdf *P, double height)
{
    return (charta_chart_opts){.width = round(PDF_CW / 0.75),
                               .height = height,
                               .no_title = true,
                               .measure = charta_chart_text_measurer(P->ct)};
}

static void
period(const pdf *P, char *out, size_t cap)
{
    if (P->first < P->last)
        snprintf(out, cap, "%d\xE2\x80\x93%d", P->first, P->last);
    else
        snprintf(out, cap, "%d", P->first);
}

/* --- cover ------------------------------------------------------------------- */

static void
push_alt(pdf *P, const char *alt)
{
    char **a = realloc(P->alts, (P->n_alts + 1) * sizeof *a);
    if (!a || !(a[P->n_alts] = charta_strdup(alt))) {
        if (a)
            P->alts = a;
        charta_pdf_fail(P, CHARTA_ERR_NOMEM, "PDF: out of memory");
        return;
    }
    P->alts = a;
    P->n_alts++;
}

static void
cover_logo(pdf *P)
{
    if (!P->logo || !charta_pdf_drawing(P))
        return;
    double w = cairo_image_surface_get_width(P->logo), h = cairo_image_surface_get_height(P->logo);
    if (w < 1 || h < 1)
        return;
    double s = fmin(170 / w, 80 / h);
    cairo_t *cr = P->cr;
    charta_pdf_tag(P, "Figure", NULL, true);
    cairo_save(cr);
    cairo_translate(cr, PDF_W - PDF_MR - w * s, 60);
    cairo_scale(cr, s, s);
    cairo_set_source_surface(cr, P->logo, 0, 0);
    cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD);
    /* a bounded fill, not cairo_paint: Cairo 1.16 fails the whole document
     * with a tag error at finish for a paint inside a structure tag */
    cairo_rectangle(cr, 0, 0, w, h);
    cairo_fill(cr);
    cairo_restore(cr);
    charta_pdf_tag(P, "Figure", NULL, false);
    char *alt = charta_asprintf("Logo %s", P->p->city.name ? P->p->city.name : "");
    push_alt(P, alt ? alt : "Logo");
    free(alt);
}

static void
cover(pdf *P)
{
    charta_pdf_new_page(P);
    cover_logo(P);
    if (charta_pdf_drawing(P)) {
        cairo_rectangle(P->cr, PDF_ML, 232, 72, 7);
        cairo_set_source_rgb(P->cr, P->style.primary.r, P->style.primary.g, P->style.primary.b);
        cairo_fill(P->cr);
    }
    P->y = 254;
    charta_pdf_para(P, PS_TITLE, report_title(P), "H1");
    P->y += 8;
    charta_pdf_para(P, PS_COVER, P->p->city.name ? P->p->city.name : "", "P");
    char line[400], per[64], date[32];
    period(P, per, sizeof per);
    snprintf(line, sizeof line, "%s %s", L(P, CHARTA_LBL_REPORT_PERIOD), per);
    charta_pdf_para(P, PS_COVER, line, "P");
    /* data as of: the "Stand" dates the sources carry */
    charta_buf b = {0};
    for (size_t i = 0; i < charta_dataset_input_count(P->ds); i++) {
        const char *as_of = charta_dataset_input(P->ds, i)->as_of;
        if (!as_of || !as_of[0])
            continue;
        char when[32];
        charta_report_date_text(as_of, P->lang, when);
        if (b.data && strstr(b.data, when))
            continue;
        charta_buf_printf(&b, "%s%s", b.len ? ", " : "", when);
    }
    if (b.len) {
        snprintf(line, sizeof line, "%s: %s", L(P, CHARTA_LBL_PDF_DATA_AS_OF), b.data);
        charta_pdf_para(P, PS_BODY, line, "P");
    }
    charta_buf_free(&b);
    snprintf(line, sizeof line, "%s %s", L(P, CHARTA_LBL_PDF_CREATED), charta_pdf_date(P, date));
    charta_pdf_para(P, PS_BODY, line, "P");
    P->y = charta_pdf_bottom() - 20;
    snprintf(line, sizeof line, "charta %s", CHARTA_VERSION);
    charta_pdf_para(P, PS_SMALL, line, "P");
}

/* --- contents ----------------------------------------------------------------- */

static void
contents(pdf *P)
{
    charta_pdf_heading(P, PS_H1, L(P, CHARTA_LBL_PDF_CONTENTS), "contents", 1, false, 0);
    charta_pdf_tag(P, "TOC", NULL, true);
    for (size_t i = 0; i < P->n_entries; i++)
        charta_pdf_toc_line(P, &P->entries[i]);
    charta_pdf_tag(P, "TOC", NULL, false);
}

/* --- numbers ---------------------------------------------------------------------- */

static int
decimals_of(const pdf *P, const charta_result *res)
{
    if (res->indicator->decimals >= 0)
        return res->indicator->decimals;
    double m = 0;
    size_t na = charta_dataset_area_count(P->ds);
    for (size_t a = 0; a < na; a++)
        for (int y = P->first; y <= P->last; y++) {
            double v;
            if (!charta_status_is_missing(charta_report_cell(P->r, res, a, y, &v, NULL)))
                m = fmax(m, fabs(v));
        }
    return charta_numfmt_auto_decimals(m);
}

/* A table cell: the value with its status mark, or the missing sign. */
static void
cell_text(const pdf *P, char st, double v, int dec, char *out, size_t cap, bool *marks)
{
    if (st == CHARTA_ST_MISSING) {
        snprintf(out, cap, "%s", L(P, CHARTA_LBL_PDF_MISSING));
        marks['M'] = true;
        return;
    }
    if (st == CHARTA_ST_CONFIDENTIAL) {
        snprintf(out, cap, "%s", L(P, CHARTA_LBL_PDF_CONFIDENTIAL));
        marks['C'] = true;
        return;
    }
    char num[CHARTA_NUMFMT_SIZE];
    charta_numfmt_format(&P->nf, v, dec, num, sizeof num);
    const char *mark = st == CHARTA_ST_ESTIMATED     ? " e"
                       : st == CHARTA_ST_PROVISIONAL ? " p"
                       : st == CHARTA_ST_BREAK       ? " b"
                       : st == CHARTA_ST_LOWREL      ? " u"
                                                     : "";
    marks[(unsigned char)st] = true;
    snprintf(out, cap, "%s%s", num, mark);
}

/* "Notes: e = estimated · ..." for the marks used, or nothing. */
static void
legend(pdf *P, const bool *marks)
{
    charta_buf b = {0};
    static const struct {
        char st;
        const char *mark;
        charta_label lbl;
    } rows[] = {{'E', "e", CHARTA_LBL_MARK_ESTIMATED},
                {'P', "p", CHARTA_LBL_MARK_PROVISIONAL},
                {'B', "b", CHARTA_LBL_MARK_BREAK},
                {'U', "u", CHARTA_LBL_MARK_LOWREL}};
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
        if (marks[(unsigned char)rows[i].st])
            charta_buf_printf(&b, "%s%s = %s", b.len ? " \xC2\xB7 " : "", rows[i].mark,
                              L(P, rows[i].lbl));
    if (marks['M'])
        charta_buf_printf(&b, "%s%s = %s", b.len ? " \xC2\xB7 " : "", L(P, CHARTA_LBL_PDF_MISSING),
                          L(P, CHARTA_LBL_PDF_MISSING_TEXT));
    if (marks['C'])
        charta_buf_printf(&b, "%s%s = %s", b.len ? " \xC2\xB7 " : "",
                          L(P, CHARTA_LBL_PDF_CONFIDENTIAL),
                          L(P, CHARTA_LBL_PDF_CONFIDENTIAL_TEXT));
    if (b.len) {
        char *s = charta_asprintf("%s: %s", L(P, CHARTA_LBL_LEGEND), b.data);
        P->y -= 6;
        charta_pdf_para(P, PS_SMALL, s ? s : "", "P");
        free(s);
    }
    charta_buf_free(&b);
}

/* --- overview ------------------------------------------------------------------ */

static void format_target(const pdf *P, const charta_target *t, int dec, char *out, size_t cap);

static void
target_text(const pdf *P, const charta_indicator *ind, int dec, char *out, size_t cap)
{
    out[0] = '\0';
    /* the city's: its own targets if it has any, else the general ones; of
     * those the next from the report year on, else the last */
    int root = charta_dataset_root(P->ds);
    const char *code = root >= 0 ? charta_dataset_area(P->ds, (size_t)root)->code : "";
    bool own = false;
    for (size_t k = 0; k < ind->n_targets; k++)
        own = own || (ind->targets[k].area && strcmp(ind->targets[k].area, code) == 0);
    const charta_target *t = NULL;
    for (size_t k = 0; k < ind->n_targets; k++) {
        const charta_target *c = &ind->targets[k];
        if (own ? !c->area || strcmp(c->area, code) != 0 : c->area != NULL)
            continue;
        if (ind->n_targets == 1 || !t || t->year < P->last)
            t = c;
    }
    if (t)
        format_target(P, t, dec, out, cap);
}

static void
format_target(const pdf *P, const charta_target *t, int dec, char *out, size_t cap)
{
    char num[CHARTA_NUMFMT_SIZE];
    if (t->has_value) {
        charta_numfmt_format(&P->nf, t->value, dec, num, sizeof num);
        snprintf(out, cap, "%s (%d)", num, t->year);
    } else { /* "−45,0 % (2030/2012)", "+10,0 % (2030/2012)" */
        charta_numfmt signed_nf = P->nf;
        signed_nf.plus = "+";
        charta_numfmt_format(&signed_nf, t->change, 1, num, sizeof num);
        snprintf(out, cap, "%s %% (%d/%d)", num, t->year, t->base);
    }
}

/* Where y lands after a figure of height h drawn from y (charta_pdf_figure
 * and the overview's gap), starting a page when it does not fit. */
static bool
figure_fits(double *y, double h, bool may_break)
{
    if (*y + h + 4 > charta_pdf_bottom() && *y > PDF_MT + 0.5) {
        if (!may_break)
            return false;
        *y = PDF_MT;
    }
    *y += h + 2;
    return true;
}

static double
overview_height(pdf *P, const charta_overview_data *ov, size_t g, size_t n, size_t legend_to,
                const charta_chart_opts *co)
{
    charta_dl *d = charta_chart_layout_overview(ov, g, n, legend_to, &P->style, co);
    double h = charta_pdf_figure_height(d);
    charta_dl_free(d);
    return h;
}

/* The end of the groups that share the page of the row of tiles at g: as many
 * rows as fit under a legend of exactly their categories (the legend grows with
 * the rows it covers). */
static size_t
page_rows_end(pdf *P, const charta_overview_data *ov, size_t g, size_t g1,
              const charta_chart_opts *co)
{
    size_t n0 = charta_chart_overview_row(ov, g, g1, co), best = g + n0;
    for (size_t end = g + n0;;) {
        double y = P->y;
        bool fits = figure_fits(&y, overview_height(P, ov, g, n0, end, co), true);
        for (size_t k = g + n0, m; k < end && fits; k += m) {
            m = charta_chart_overview_row(ov, k, g1, co);
            fits = figure_fits(&y, overview_height(P, ov, k, m, 0, co), false);
        }
        if (!fits)
            break;
        best = end;
        if (end >= g1)
            break;
        end += charta_chart_overview_row(ov, end, g1, co);
    }
    return best;
}

static void
overview(pdf *P)
{
    const charta_overview_data *ov = P->ov;
    charta_pdf_heading(P, PS_H1, L(P, CHARTA_LBL_SHEET_OVERVIEW), "overview", 1, true, 0);
    int root = charta_dataset_root(P->ds);
    const char *city = root >= 0 ? charta_dataset_area(P->ds, (size_t)root)->name : "";
    char *intro =
        charta_asprintf(L(P, CHARTA_LBL_PDF_OVERVIEW_INTRO),
                        city && city[0] ? city : (P->p->city.name ? P->p->city.name : ""));
    charta_pdf_para(P, PS_BODY, intro ? intro : "", "P");
    free(intro);
    /* tiles by SDG when indicators name goals, else by action field */
    bool by_sdg = ov->n_groups > ov->n_field_groups;
    size_t g0 = by_sdg ? ov->n_field_groups : 0, g1 = by_sdg ? ov->n_groups : ov->n_field_groups;
    charta_pdf_heading(P, PS_H2, L(P, by_sdg ? CHARTA_LBL_OVERVIEW_BY_SDG : CHARTA_LBL_OVERVIEW_BY_FIELD),
                NULL, 0, false, 120);
    charta_chart_opts co = fig_opts(P, 0);
    size_t page_end = g0; /* the groups whose tiles share the legend of this page */
    for (size_t g = g0, n; g < g1; g += n) { /* a figure per row of groups */
        n = charta_chart_overview_row(ov, g, g1, &co);
        charta_dl *dl = charta_pdf_cached_figure(P);
        if (!dl) {
            size_t legend_to = 0;
            if (g >= page_end) /* the first row on a page: the legend of the page's tiles */
                legend_to = page_end = page_rows_end(P, ov, g, g1, &co);
            dl = charta_chart_layout_overview(ov, g, n, legend_to, &P->style, &co);
        }
        charta_pdf_figure(P, dl);
        P->y -= 6;
    }
    P->y += 6;
    /* the short table, grouped by action field */
    charta_pdf_heading(P, PS_H2, L(P, CHARTA_LBL_PDF_SUMMARY), "summary", 0, false, 60);
    const pdf_col cols[] = {
        {L(P, CHARTA_LBL_COL_INDICATOR), 150, false},
        {L(P, CHARTA_LBL_COL_UNIT), 56, false},
        {L(P, CHARTA_LBL_COL_LATEST_YEAR), 44, true},
        {L(P, CHARTA_LBL_COL_LATEST_VALUE), 48, true},
        {L(P, CHARTA_LBL_CHART_TARGET), 64, true},
        {L(P, CHARTA_LBL_PDF_STATUS), PDF_CW - 362, false},
    };
    bool marks[128] = {false};
    charta_pdf_table_begin(P, cols, 6);
    for (size_t g = 0; g < ov->n_field_groups; g++) {
        const charta_tile_group *grp = &ov->groups[g];
        charta_pdf_table_group(P, grp->title);
        for (size_t k = 0; k < grp->n; k++) {
            const charta_tile *t = &ov->tiles[grp->tiles[k]];
            const charta_result *res = charta_results_get(P->r, t->indicator);
            const charta_indicator *ind = res->indicator;
            int dec = decimals_of(P, res);
            char year[16] = "", value[80] = "", target[120];
            int y;
            double v;
            char st;
            if (root >= 0 &&
                charta_report_latest(P->r, res, (size_t)root, P->first, P->last, &y, &v, &st)) {
                snprintf(year, sizeof year, "%d", y);
                cell_text(P, st, v, dec, value, sizeof value, marks);
            } else {
                cell_text(P, CHARTA_ST_MISSING, 0, dec, value, sizeof value, marks);
            }
            target_text(P, ind, dec, target, sizeof target);
            const char *cells[6] = {t->title, charta_indicator_unit(ind, P->lang), year, value,
                                    target, t->status};
            charta_pdf_table_row_term(P, cells, t->symbol, t->colour);
        }
    }
    charta_pdf_table_end(P);
    legend(P, marks);
}

/* --- an indicator ---------------------------------------------------------------- */

static void
meta_line(pdf *P, const charta_indicator *ind, int dec)
{
    charta_buf b = {0};
    const char *unit = charta_indicator_unit(ind, P->lang);
    /* for readers: no id, no keys (the workbook's metadata sheet has them) */
    if (unit[0])
        charta_buf_printf(&b, "%s: %s", L(P, CHARTA_LBL_UNIT), unit);
    for (size_t i = 0; i < ind->n_sdgs; i++)
        charta_buf_printf(&b, "%s%s", i ? ", " : b.len ? " \xC2\xB7 SDG " : "SDG ", ind->sdgs[i]);
    if (ind->direction == CHARTA_DIR_UP)
        charta_buf_printf(&b, "%s%s", b.len ? " \xC2\xB7 " : "", L(P, CHARTA_LBL_CHART_HIGHER_BETTER));
    else if (ind->direction == CHARTA_DIR_DOWN)
        charta_buf_printf(&b, "%s%s", b.len ? " \xC2\xB7 " : "", L(P, CHARTA_LBL_CHART_LOWER_BETTER));
    char target[120];
    for (size_t k = 0; k < ind->n_targets; k++) {
        format_target(P, &ind->targets[k], dec, target, sizeof target);
        charta_buf_printf(&b, "%s%s", k ? "; " : b.len ? " \xC2\xB7 " : "", L(P, CHARTA_LBL_CHART_TARGET));
        int a = ind->targets[k].area ? charta_dataset_find_area(P->ds, ind->targets[k].area) : -1;
        if (a >= 0) { /* a target of one area only */
            const charta_area *ar = charta_dataset_area(P->ds, (size_t)a);
            charta_buf_printf(&b, " %s:", ar->name && ar->name[0] ? ar->name : ar->code);
        }
        charta_buf_printf(&b, " %s", target);
    }
    charta_pdf_para(P, PS_SMALL, b.data ? b.data : "", "P");
    charta_buf_free(&b);
}

/* The areas of an indicator's table of the last years: the subject, the focus
 * areas and the benchmarks, each once. */
static size_t
table_areas(const pdf *P, int areas[64])
{
    int root = charta_dataset_root(P->ds);
    size_t na = 0;
    if (root >= 0)
        areas[na++] = root;
    const charta_report_spec *rs = &P->p->report;
    for (int pass = 0; pass < 2; pass++) {
        char *const *codes = pass ? rs->benchmarks : rs->focus;
        size_t n = pass ? rs->n_benchmarks : rs->n_focus;
        for (size_t k = 0; k < n && na < 64; k++) {
            int a = charta_dataset_find_area(P->ds, codes[k]);
            bool dup = a < 0;
            for (size_t j = 0; j < na && !dup; j++)
                dup = areas[j] == a;
            if (!dup)
                areas[na++] = a;
        }
    }
    return na;
}

/* The height of a table of n rows (and its head) in PS_TABLE, for keeping it whole. */
static double
table_height(pdf *P, size_t n)
{
    return (double)(n + 1) * (charta_pdf_text_height(P, PS_TABLE, "Ag", PDF_CW) + 6) + 4;
}

/* The last years: city, focus areas, benchmarks. */
static void
values_table(pdf *P, size_t i, int dec)
{
    const charta_result *res = charta_results_get(P->r, i);
    int root = charta_dataset_root(P->ds);
    int y0 = P->last - LAST_YEARS + 1 < P->first ? P->first : P->last - LAST_YEARS + 1;
    int areas[64];
    size_t na = table_areas(P, areas);
    if (!na)
        return;
    /* the years of the last ones where some row has a value (a column of "k. A."
     * only tells nothing); none of them: the latest year with a value before */
    int years[LAST_YEARS], ny = 0;
    for (int y = y0; y <= P->last; y++)
        for (size_t k = 0; k < na; k++) {
            double v;
            if (charta_report_cell(P->r, res, (size_t)areas[k], y, &v, NULL) != CHARTA_ST_MISSING) {
                years[ny++] = y;
                break;
            }
        }
    for (int y = y0 - 1; !ny && y >= P->first; y--)
        for (size_t k = 0; k < na && !ny; k++) {
            double v;
            if (charta_report_cell(P->r, res, (size_t)areas[k], y, &v, NULL) != CHARTA_ST_MISSING)
                years[ny++] = y;
        }
    /* a table of the last years is never split (it is short): its heading keeps it */
    charta_pdf_heading(P, PS_H3, L(P, CHARTA_LBL_PDF_LAST_YEARS), NULL, 0, false,
                       table_height(P, na));
    if (!ny) {
        char span[32];
        if (y0 < P->last)
            snprintf(span, sizeof span, "%d\xE2\x80\x93%d", y0, P->last);
        else
            snprintf(span, sizeof span, "%d", P->last);
        charta_buf b = {0};
        charta_buf_printf(&b, L(P, CHARTA_LBL_PDF_NO_RECENT_VALUES), span);
        charta_pdf_para(P, PS_BODY, b.data ? b.data : "", "P");
        charta_buf_free(&b);
        return;
    }
    char heads[LAST_YEARS][16];
    pdf_col cols[LAST_YEARS + 1];
    double name_w = PDF_CW - 56.0 * ny;
    cols[0] = (pdf_col){L(P, CHARTA_LBL_COL_AREA_NAME), name_w, false};
    for (int k = 0; k < ny; k++) {
        snprintf(heads[k], sizeof heads[k], "%d", years[k]);
        cols[k + 1] = (pdf_col){heads[k], 56, true};
    }
    bool marks[128] = {false};
    charta_pdf_table_begin(P, cols, (size_t)ny + 1);
    for (size_t k = 0; k < na; k++) {
        const charta_area *a = charta_dataset_area(P->ds, (size_t)areas[k]);
        char vals[LAST_YEARS][80];
        const char *cells[LAST_YEARS + 1];
        cells[0] = a->name && a->name[0] ? a->name : a->code;
        for (int y = 0; y < ny; y++) {
            double v;
            char st = charta_report_cell(P->r, res, (size_t)areas[k], years[y], &v, NULL);
            cell_text(P, st, v, dec, vals[y], sizeof vals[y], marks);
            cells[y + 1] = vals[y];
        }
        charta_pdf_table_row(P, cells, areas[k] == root, PDF_NO_CHIP);
    }
    charta_pdf_table_end(P);
    legend(P, marks);
}

/* The display list of indicator i's chart of kind k: from the cache of an
 * earlier pass, or laid out now (charta_pdf_figure takes it into the cache). */
static charta_dl *
indicator_figure(pdf *P, size_t i, charta_chart_kind k, double height)
{
    charta_dl *dl = charta_pdf_cached_figure(P);
    if (dl)
        return dl;
    charta_chart_data *cd = charta_chart_gather(P->r, i, k, P->o, &P->style);
    charta_chart_opts co = fig_opts(P, height);
    dl = cd ? charta_chart_layout(cd, &P->style, &co) : NULL;
    charta_chart_data_free(cd);
    return dl;
}

/* The height indicator i takes on a page (its figures, table and texts), as far as
 * it can be known before it is laid out: enough to decide whether it fits. */
static double
indicator_height(pdf *P, size_t i, const char *title, const char *definition,
                 const char *comment)
{
    const charta_result *res = charta_results_get(P->r, i);
    const charta_indicator *ind = res->indicator;
    double h = charta_pdf_text_height(P, PS_H2, title, PDF_CW) + 21 + 12; /* + meta line */
    if (definition[0])
        h += charta_pdf_text_height(P, PS_BODY, definition, PDF_CW) + 6;
    if (comment[0])
        h += charta_pdf_text_height(P, PS_NOTE, comment, PDF_CW) + 6;
    charta_chart_kind kinds[CHARTA_CHART_KIND_COUNT];
    size_t nk = charta_chart_kinds_of(P->r, i, kinds);
    for (size_t k = 0; k < nk; k++) {
        /* laid out at the full height here, in every pass alike (the cache may
         * hold a main chart made lower for the page) */
        charta_chart_data *cd = charta_chart_gather(P->r, i, kinds[k], P->o, &P->style);
        charta_chart_opts co = fig_opts(P, FIG_H);
        charta_dl *dl = cd ? charta_chart_layout(cd, &P->style, &co) : NULL;
        charta_chart_data_free(cd);
        h += charta_pdf_figure_height(dl) + 4 + (kinds[k] == CHARTA_CHART_AREAS ? 24 : 0);
        charta_dl_free(dl);
    }
    int areas[64];
    size_t na = table_areas(P, areas);
    if (na)
        h += 24 + table_height(P, na);
    charta_buf b = {0};
    charta_pdf_sources_line(P, ind, &b);
    if (b.len)
        h += charta_pdf_text_height(P, PS_SMALL, b.data, PDF_CW) + 4;
    b.len = 0;
    int root = charta_dataset_root(P->ds);
    if (res->assess && root >= 0) {
        charta_progress_describe_for(P->p, ind, decimals_of(P, res), &res->assess[root], true,
                                     P->lang, &b);
    }
    h += 24 + charta_pdf_text_height(P, PS_BODY, b.data ? b.data : "Ag", PDF_CW) + 6;
    charta_buf_free(&b);
    return h;
}

static void
indicator(pdf *P, size_t i)
{
    const charta_result *res = charta_results_get(P->r, i);
    const charta_indicator *ind = res->indicator;
    int dec = decimals_of(P, res);
    char dest[300];
    snprintf(dest, sizeof dest, "ind-%s", ind->id);
    const char *title = charta_text_get(&ind->title, P->lang, "en");
    const char *comment = charta_text_get(&ind->comment, P->lang, "en");
    /* what it measures, in words (`definition`): for readers, under the title */
    const char *definition = charta_text_get(&ind->definition, P->lang, "en");
    charta_chart_kind kinds[CHARTA_CHART_KIND_COUNT];
    size_t nk = charta_chart_kinds_of(P->r, i, kinds);
    /* An indicator is laid out whole where it can be: on the rest of this page,
     * else on the next one when this one is at least a third full (no page is
     * left emptier), its time series drawn lower (down to FIG_MIN_H) where that
     * makes it fit. Otherwise it flows, its parts whole. The same in every pass:
     * the pages before the fields may differ in the first pass, the fields
     * always start on a page of their own. */
    double whole = indicator_height(P, i, title, definition, comment), main_h = FIG_H;
    double page = charta_pdf_bottom() - PDF_MT - 4, scale = 0.75; /* fig_opts' width */
    /* how full the page is as a reader sees it: the cursor stands below the last line's
     * text by its leading and the paragraph's spacing, up to a line of body text */
    double avail = charta_pdf_bottom() - P->y - 4,
           used = P->y - PDF_MT - charta_pdf_text_height(P, PS_BODY, "Ag", PDF_CW);
    bool timeseries = nk && kinds[0] == CHARTA_CHART_TIMESERIES;
    double room = timeseries ? (FIG_H - FIG_MIN_H) * scale : 0; /* what lowering gives */
    double fit = whole - room <= avail                       ? avail
                 : used >= page / 3 && whole - room <= page ? page
                                                             : 0; /* 0: it flows */
    if (timeseries && fit > 0 && whole > fit) { /* lower only where that makes it fit */
        main_h = fmax(FIG_MIN_H, FIG_H - (whole - fit) / scale);
        whole -= (FIG_H - main_h) * scale;
    }
    /* the heading stays with the lines under it and the first chart */
    charta_dl *dl = nk ? indicator_figure(P, i, kinds[0], main_h) : NULL;
    double keep = charta_pdf_text_height(P, PS_SMALL, title, PDF_CW) + 6 + charta_pdf_figure_height(dl) + 8;
    if (definition[0])
        keep += charta_pdf_text_height(P, PS_BODY, definition, PDF_CW) + 6;
    if (comment[0])
        keep += charta_pdf_text_height(P, PS_NOTE, comment, PDF_CW) + 6;
    if (fit > 0 && whole <= fit + 0.5)
        keep = fmax(keep, whole - charta_pdf_text_height(P, PS_H2, title, PDF_CW) - 21);
    charta_pdf_heading(P, PS_H2, title, dest, 2, true, keep);
    if (definition[0])
        charta_pdf_para(P, PS_BODY, definition, "P");
    meta_line(P, ind, dec);
    if (comment[0])
        charta_pdf_para(P, PS_NOTE, comment, "P");
    for (size_t k = 0; k < nk; k++) {
        if (k > 0)
            dl = indicator_figure(P, i, kinds[k], FIG_H);
        if (kinds[k] == CHARTA_CHART_AREAS)
            charta_pdf_heading(P, PS_H3, L(P, CHARTA_LBL_PDF_AREA_COMPARISON), NULL, 0, false,
                        charta_pdf_figure_height(dl) + 8);
        charta_pdf_figure(P, dl);
    }
    values_table(P, i, dec);
    charta_buf src = {0};
    charta_pdf_sources_line(P, ind, &src);
    if (src.oom)
        charta_pdf_fail(P, CHARTA_ERR_NOMEM, "PDF: out of memory");
    else if (src.len)
        charta_pdf_para(P, PS_SMALL, src.data, "P");
    charta_buf_free(&src);
    charta_pdf_heading(P, PS_H3, L(P, CHARTA_LBL_PDF_ASSESSMENT), NULL, 0, false, 24);
    int root = charta_dataset_root(P->ds);
    if (res->assess && root >= 0) {
        charta_buf b = {0};
        const charta_assessment *a = &res->assess[root];
        charta_progress_describe_for(P->p, res->indicator, decimals_of(P, res), a, true, P->lang,
                                     &b);
        charta_pdf_para(P, PS_BODY, b.data ? b.data : "", "P");
        charta_buf_free(&b);
    } else {
        charta_pdf_para(P, PS_BODY, L(P, CHARTA_LBL_PDF_NOT_ASSESSED_TEXT), "P");
    }
}

/* --- fields -------------------------------------------------------------------- */

static void
field(pdf *P, size_t g)
{
    const charta_tile_group *grp = &P->ov->groups[g];
    const charta_field *f = grp->field ? charta_project_find_field(P->p, grp->field) : NULL;
    char dest[300];
    snprintf(dest, sizeof dest, "field-%s", grp->field ? grp->field : "other");
    charta_pdf_tag(P, "Sect", NULL, true);
    charta_pdf_heading(P, PS_H1, grp->title, dest, 1, true, 0);
    if (f) {
        const char *desc = charta_text_get(&f->description, P->lang, "en");
        if (desc[0])
            charta_pdf_para(P, PS_BODY, desc, "P");
        if (f->n_sdgs) {
            charta_buf b = {0};
            charta_buf_puts(&b, "SDG ");
            for (size_t i = 0; i < f->n_sdgs; i++)
                charta_buf_printf(&b, "%s%s", i ? ", " : "", f->sdgs[i]);
            charta_pdf_para(P, PS_SMALL, b.data, "P");
            charta_buf_free(&b);
        }
    }
    /* the small multiples, two rows of panels per figure so that the pages
     * break between rows */
    enum { PANELS = 6 };
    for (size_t k0 = 0; grp->n >= 2 && k0 < grp->n; k0 += PANELS) {
        charta_dl *dl = charta_pdf_cached_figure(P);
        if (!dl) {
            charta_chart_opts co = fig_opts(P, 0);
            dl = charta_chart_layout_field(P->r, P->o, P->ov, g, k0, PANELS, &P->style, &co);
        }
        charta_pdf_figure(P, dl);
    }
    for (size_t k = 0; k < grp->n && P->st == CHARTA_OK; k++) {
        charta_status st = charta_report_interrupted(P->o, P->path, P->d);
        if (st != CHARTA_OK) {
            P->st = st;
            break;
        }
        indicator(P, grp->tiles[k]);
    }
    charta_pdf_tag(P, "Sect", NULL, false);
}

/* --- annex ---------------------------------------------------------------------- */

static void
annex(pdf *P)
{
    charta_pdf_tag(P, "Sect", NULL, true);
    charta_pdf_heading(P, PS_H1, L(P, CHARTA_LBL_PDF_ANNEX), "annex", 1, true, 0);
    charta_pdf_heading(P, PS_H2, L(P, CHARTA_LBL_PDF_READING), "annex-reading", 2, true, 40);
    char *reading = charta_asprintf(
        L(P, CHARTA_LBL_PDF_READING_TEXT),
        charta_label_subject(P->p->city.kind, CHARTA_CASE_ACCUSATIVE, P->lang),
        charta_label_subject(P->p->city.kind, CHARTA_CASE_NOMINATIVE, P->lang));
    charta_pdf_para(P, PS_BODY, reading ? reading : "", "P");
    free(reading);
    charta_pdf_heading(P, PS_H2, L(P, CHARTA_LBL_PDF_METHODS), "annex-methods", 2, true, 40);
    const char *method = charta_progress_method_of(P->r);
    const char *mtitle = method ? charta_progress_method_title(method, P->lang) : NULL;
    if (!mtitle || !mtitle[0])
        mtitle = method ? method : (P->p->report.progress ? P->p->report.progress : "–");
    char *text = charta_asprintf(L(P, CHARTA_LBL_PDF_PROGRESS_TEXT), mtitle);
    charta_pdf_para(P, PS_BODY, text ? text : "", "P");
    free(text);
    charta_pdf_sources(P);
    charta_pdf_changes(P);
    charta_pdf_heading(P, PS_H2, L(P, CHARTA_LBL_PDF_LICENCES), "annex-licences", 2, true, 40);
    text = charta_asprintf(L(P, CHARTA_LBL_PDF_LICENCE_TEXT), CHARTA_VERSION);
    charta_pdf_para(P, PS_BODY, text ? text : "", "P");
    free(text);
    charta_pdf_tag(P, "Sect", NULL, false);
}

void
charta_pdf_document(pdf *P)
{
    cover(P);
    contents(P);
    charta_pdf_tag(P, "Sect", NULL, true);
    overview(P);
    charta_pdf_tag(P, "Sect", NULL, false);
    for (size_t g = 0; g < P->ov->n_field_groups && P->st == CHARTA_OK; g++)
        field(P, g);
    annex(P);
}
