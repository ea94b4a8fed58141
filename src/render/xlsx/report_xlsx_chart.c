/* report_xlsx_chart.c: a native Excel chart beside every indicator's fact
 * box, the hidden chart-data sheet, and the chart image hook (report.h).
 *
 * Line chart (chart kind default or "timeseries"): the subject area, the
 * focus areas (report.focus; or the indicator's chart.areas instead) and
 * the benchmarks (dashed grey), every series read from the indicator's own
 * table rows, so the chart follows when a cell is corrected; each target a
 * point at its year ("Target 2030", the year axis runs on to the last target
 * year) and a dashed path to it from the latest value, never a flat line
 * over years the target does not speak of. Missing values are gaps, never
 * zero; every point has a marker so that a value between two gaps is seen.
 * Bar chart (kind "areas"): every table row in the latest year with a
 * value. Kind "none": no chart.
 *
 * The chart-data sheet (hidden) holds what no table has: the years as
 * numbers, on to the last target year drawn (the category axis of every
 * chart; the tables' year heads are text, as Excel tables require), and per
 * target two rows: the path (the latest value to the target, straight, in
 * every year between) and the point (the target in its year). Its rows are
 * appended in the order the
 * charts are made, so it streams like every other sheet.
 */
#include "report_xlsx.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { CD_LABEL = 1, CD_YEAR0 = 2, MAX_FOCUS_SERIES = 8, MAX_BENCH_SERIES = 4 };

#define COLOR_CITY 0x1F4E79
#define COLOR_TARGET 0xC00000

static const lxw_color_t focus_colors[] = {0xE69F00, 0x009E73, 0xCC79A7, 0x56B4E9,
                                           0xD55E00, 0x0072B2, 0xF0E442, 0x999999};
static const lxw_color_t bench_colors[] = {0x7F7F7F, 0xA6A6A6, 0x404040, 0xBFBFBF};

void
charta_xlsx_chartdata_start(xlsx *x)
{
    lxw_worksheet *ws = x->sheets[x->sh_chartdata].ws;
    charta_xlsx_put_text(x, ws, 0, CD_LABEL, charta_xlsx_label(x, CHARTA_LBL_XL_YEAR), XFMT(x, .role = XR_HEAD));
    for (int y = x->first; y <= x->chart_last; y++)
        charta_xlsx_put_number(x, ws, 0, (lxw_col_t)(CD_YEAR0 + (y - x->first)), y,
                               XFMT(x, .role = XR_YEAR));
    x->chart_row = 1;
}

bool
charta_xlsx_target_drawn(const xlsx *x, int year)
{
    return x->ny > 0 && year >= x->first && year <= x->last + XLSX_TARGET_YEARS;
}

/* The last year on the category axis of indicator i's line chart. */
static int
chart_end(const xlsx *x, size_t i)
{
    const xlsx_facts *f = &x->facts[i];
    int end = x->last;
    for (size_t t = 0; t < f->n_targets; t++)
        if (charta_xlsx_target_drawn(x, f->target_years[t]) && f->target_years[t] > end)
            end = f->target_years[t];
    return end;
}

static void
style_series(lxw_chart_series *s, lxw_color_t color, float width, uint8_t dash, bool marker)
{
    lxw_chart_line line = {.color = color, .width = width, .dash_type = dash};
    chart_series_set_line(s, &line);
    if (!marker) {
        chart_series_set_marker_type(s, LXW_CHART_MARKER_NONE);
        return;
    }
    chart_series_set_marker_type(s, LXW_CHART_MARKER_CIRCLE);
    chart_series_set_marker_size(s, width > 2 ? 5 : 4);
    lxw_chart_fill fill = {.color = color};
    lxw_chart_line edge = {.color = color};
    chart_series_set_marker_fill(s, &fill);
    chart_series_set_marker_line(s, &edge);
}

/* One series from a table row (the area at position k of x->order). */
static lxw_chart_series *
area_series(xlsx *x, lxw_chart *chart, const xlsx_block *b, const charta_result *res, size_t k,
            int end)
{
    lxw_chart_series *s = chart_add_series(chart, NULL, NULL);
    if (!s) {
        charta_xlsx_oom(x);
        return NULL;
    }
    const char *sheet = x->sheets[b->sheet].name;
    lxw_row_t row = b->head + 1 + (lxw_row_t)k;
    chart_series_set_categories(s, x->sheets[x->sh_chartdata].name, 0, CD_YEAR0, 0,
                                (lxw_col_t)(CD_YEAR0 + (end - x->first)));
    chart_series_set_values(s, sheet, row, COL_YEAR0, row, (lxw_col_t)(COL_YEAR0 + x->ny - 1));
    chart_series_set_name_range(s, sheet, row, COL_NAME);
    /* a confidential cell is a blank cell with its status's format, which the chart's
     * cache of values would hold as 0: a chart with such a cell has no cache, and the
     * program that opens it reads the cells (a blank is a gap) */
    for (size_t j = 0; j < x->ny; j++) {
        double v;
        if (charta_xlsx_cell(x, res->values, res->status, x->order[k], x->first + (int)j, &v,
                             NULL) == CHARTA_ST_CONFIDENTIAL)
            s->values->ignore_cache = LXW_TRUE;
    }
    return s;
}

/* A chart-data row from year `from` to `to`: the label, then the target
 * reached on a straight path from (from, v0) (a single point when from ==
 * to); a series over the chart's years (blanks are gaps). */
static lxw_chart_series *
target_row(xlsx *x, lxw_chart *chart, const charta_indicator *ind, const char *label, int from,
           double v0, int to, double v1, int end)
{
    lxw_worksheet *cd = x->sheets[x->sh_chartdata].ws;
    lxw_row_t row = x->chart_row++;
    charta_xlsx_put_text(x, cd, row, 0, ind->id, NULL);
    charta_xlsx_put_text(x, cd, row, CD_LABEL, label, NULL);
    for (int y = from; y <= to; y++) {
        double v = y == to ? v1 : v0 + (v1 - v0) * (double)(y - from) / (double)(to - from);
        charta_xlsx_put_number(x, cd, row, (lxw_col_t)(CD_YEAR0 + (y - x->first)), v, NULL);
    }
    lxw_chart_series *s = chart_add_series(chart, NULL, NULL);
    if (!s) {
        charta_xlsx_oom(x);
        return NULL;
    }
    const char *name = x->sheets[x->sh_chartdata].name;
    lxw_col_t last = (lxw_col_t)(CD_YEAR0 + (end - x->first));
    chart_series_set_categories(s, name, 0, CD_YEAR0, 0, last);
    chart_series_set_values(s, name, row, CD_YEAR0, row, last);
    chart_series_set_name_range(s, name, row, CD_LABEL);
    return s;
}

/* A target: a dashed path from the subject's latest value (or the milestone
 * before it) when the target lies ahead of it (left out of the legend), and a diamond at the target
 * year, named "Target 2030". Returns the series added. */
static int
target_series(xlsx *x, lxw_chart *chart, const charta_indicator *ind, const xlsx_facts *f,
              size_t t, lxw_color_t color, int end, int16_t *hidden, size_t *n_hidden)
{
    int year = f->target_years[t], added = 0;
    double value = f->targets[t];
    if (!charta_xlsx_target_drawn(x, year))
        return 0;
    char label[96];
    if (f->year && year > f->year) {
        /* from the latest value, or from the milestone before this one */
        int from = f->year;
        double v0 = f->value;
        for (size_t k = 0; k < f->n_targets; k++)
            if (f->target_years[k] > from && f->target_years[k] < year) {
                from = f->target_years[k];
                v0 = f->targets[k];
            }
        snprintf(label, sizeof label, "%s %d", charta_xlsx_label(x, CHARTA_LBL_CHART_TARGET_PATH),
                 year);
        lxw_chart_series *s = target_row(x, chart, ind, label, from, v0, year, value, end);
        if (!s)
            return 0;
        style_series(s, color, 1.25f, LXW_CHART_LINE_DASH_DASH, false);
        hidden[(*n_hidden)++] = -1; /* the caller fills in the index */
        added++;
    }
    snprintf(label, sizeof label, "%s %d", charta_xlsx_label(x, CHARTA_LBL_CHART_TARGET), year);
    lxw_chart_series *s = target_row(x, chart, ind, label, year, value, year, value, end);
    if (!s)
        return added;
    lxw_chart_line none = {.none = LXW_TRUE};
    chart_series_set_line(s, &none);
    chart_series_set_marker_type(s, LXW_CHART_MARKER_DIAMOND);
    chart_series_set_marker_size(s, 8);
    lxw_chart_fill fill = {.color = color};
    lxw_chart_line edge = {.color = color};
    chart_series_set_marker_fill(s, &fill);
    chart_series_set_marker_line(s, &edge);
    return added + 1;
}

/* The areas drawn as lines: chart.areas when given, else the subject area
 * and the focus areas; as positions in x->order. */
static size_t
line_areas(xlsx *x, const charta_indicator *ind, size_t *out, size_t max)
{
    size_t n = 0;
    if (ind->chart.n_areas) {
        for (size_t k = 0; k < ind->chart.n_areas && n < max; k++) {
            int a = charta_dataset_find_area(x->ds, ind->chart.areas[k]);
            if (a < 0)
                charta_diag_warning(x->d, ind->loc.file, ind->loc.line, 0,
                                    "indicator '%s': chart area '%s' is not in the data", ind->id,
                                    ind->chart.areas[k]);
            else
                out[n++] = x->pos[a];
        }
        return n;
    }
    if (x->root >= 0)
        out[n++] = x->pos[x->root];
    for (size_t f = 0; f < x->n_focus && n < max; f++)
        out[n++] = x->pos[x->focus[f]];
    return n;
}

/* Widen [lo, hi] by the values of the area at position k in the window. */
static void
extend_range(const xlsx *x, const charta_result *res, size_t k, double *lo, double *hi)
{
    for (int y = x->first; y <= x->last; y++) {
        double v;
        if (!charta_status_is_missing(
                charta_xlsx_cell(x, res->values, res->status, x->order[k], y, &v, NULL))) {
            *lo = v < *lo ? v : *lo;
            *hi = v > *hi ? v : *hi;
        }
    }
}

/* A value axis from zero wastes most of the chart when the values lie far
 * from it (a share between 85 and 95 %): start it at a round number below
 * the smallest value instead, unless chart.zero asks for zero. */
static void
fit_value_axis(lxw_chart *chart, const charta_indicator *ind, double lo, double hi)
{
    if (ind->chart.zero > 0 || ind->chart.has_y_min || ind->chart.has_y_max || !(lo <= hi))
        return;
    bool positive = lo > 0 && lo > 0.5 * hi, negative = hi < 0 && hi < 0.5 * lo;
    if (!positive && !negative)
        return;
    double range = hi - lo > 0 ? hi - lo : fabs(hi) / 10;
    double step = pow(10, floor(log10(range)));
    if (range / step < 3)
        step /= 2;
    if (range / step < 3)
        step /= 2.5;
    if (!isfinite(step) || step <= 0)
        return;
    if (positive)
        chart_axis_set_min(chart->y_axis, floor(lo / step) * step);
    else
        chart_axis_set_max(chart->y_axis, ceil(hi / step) * step);
}

static void
line_chart(xlsx *x, lxw_chart *chart, size_t i)
{
    const charta_indicator *ind = charta_results_get(x->r, i)->indicator;
    const xlsx_block *b = &x->blocks[i];
    const xlsx_facts *f = &x->facts[i];
    const charta_report_colors *rc = &x->p->report.colors;
    const charta_result *res = charta_results_get(x->r, i);
    double lo = INFINITY, hi = -INFINITY;
    size_t areas[MAX_FOCUS_SERIES + 1];
    size_t n = line_areas(x, ind, areas, MAX_FOCUS_SERIES + 1), c = 0;
    int end = chart_end(x, i);
    int16_t series = 0;
    for (size_t k = 0; k < n && x->st == CHARTA_OK; k++, series++) {
        lxw_chart_series *s = area_series(x, chart, b, res, areas[k], end);
        if (!s)
            return;
        extend_range(x, res, areas[k], &lo, &hi);
        bool city = x->root >= 0 && x->order[areas[k]] == (size_t)x->root;
        lxw_color_t color;
        if (city)
            color = rc->has_primary ? rc->primary : COLOR_CITY;
        else {
            color = c < rc->n_series
                        ? rc->series[c]
                        : focus_colors[c % (sizeof focus_colors / sizeof *focus_colors)];
            c++;
        }
        style_series(s, color, city ? 2.5f : 1.5f, LXW_CHART_LINE_DASH_SOLID, true);
    }
    for (size_t k = 0; k < x->n_bench && k < MAX_BENCH_SERIES && x->st == CHARTA_OK;
         k++, series++) {
        lxw_chart_series *s = area_series(x, chart, b, res, k, end);
        if (!s)
            return;
        extend_range(x, res, k, &lo, &hi);
        style_series(s, bench_colors[k], 1.25f, LXW_CHART_LINE_DASH_LONG_DASH, false);
    }
    /* the paths to the targets stay out of the legend: their points name them */
    int16_t hidden[XLSX_MAX_TARGETS + 1];
    size_t n_hidden = 0;
    for (size_t t = 0; t < f->n_targets && x->st == CHARTA_OK; t++) {
        size_t before = n_hidden;
        int added = target_series(x, chart, ind, f, t, rc->has_accent ? rc->accent : COLOR_TARGET,
                                  end, hidden, &n_hidden);
        if (n_hidden > before)
            hidden[before] = series;
        series = (int16_t)(series + added);
        if (added) {
            lo = f->targets[t] < lo ? f->targets[t] : lo;
            hi = f->targets[t] > hi ? f->targets[t] : hi;
        }
    }
    if (n_hidden && x->st == CHARTA_OK) {
        hidden[n_hidden] = -1;
        charta_xlsx_check(x, chart_legend_delete_series(chart, hidden), "legend_delete_series");
    }
    fit_value_axis(chart, ind, lo, hi);
    chart_show_blanks_as(chart, LXW_CHART_BLANKS_AS_GAP);
    chart_axis_set_label_position(chart->x_axis, LXW_CHART_AXIS_LABEL_POSITION_LOW);
}

static void
bar_chart(xlsx *x, lxw_chart *chart, size_t i)
{
    const xlsx_block *b = &x->blocks[i];
    const xlsx_facts *f = &x->facts[i];
    const charta_report_colors *rc = &x->p->report.colors;
    const char *sheet = x->sheets[b->sheet].name;
    int year = f->year ? f->year : x->last;
    lxw_col_t col = (lxw_col_t)(COL_YEAR0 + (year - x->first));
    lxw_chart_series *s = chart_add_series(chart, NULL, NULL);
    if (!s) {
        charta_xlsx_oom(x);
        return;
    }
    chart_series_set_categories(s, sheet, b->head + 1, COL_NAME, b->last, COL_NAME);
    chart_series_set_values(s, sheet, b->head + 1, col, b->last, col);
    chart_series_set_name_range(s, sheet, b->head, col);
    lxw_chart_fill fill = {.color = rc->has_primary ? rc->primary : COLOR_CITY};
    chart_series_set_fill(s, &fill);
    chart_axis_set_reverse(chart->x_axis); /* the table's first row on top */
    chart_set_series_gap(chart, 50);
}

/* Whether buf is a PNG; its size in pixels. */
static bool
png_size(const unsigned char *buf, size_t len, unsigned *w, unsigned *h)
{
    static const unsigned char sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    if (len < 24 || memcmp(buf, sig, 8) != 0 || memcmp(buf + 12, "IHDR", 4) != 0)
        return false;
    *w = (unsigned)buf[16] << 24 | (unsigned)buf[17] << 16 | (unsigned)buf[18] << 8 | buf[19];
    *h = (unsigned)buf[20] << 24 | (unsigned)buf[21] << 16 | (unsigned)buf[22] << 8 | buf[23];
    return *w > 0 && *h > 0;
}

/* The picture of the chart image hook, right of the native chart. */
static void
insert_picture(xlsx *x, size_t i)
{
    const charta_indicator *ind = charta_results_get(x->r, i)->indicator;
    const xlsx_block *b = &x->blocks[i];
    unsigned char *png = NULL;
    size_t len = 0;
    charta_status st = x->o->chart_png(x->o->chart_png_ctx, x->r, i, x->lang, &png, &len, x->d);
    if (st != CHARTA_OK) {
        free(png);
        if (x->st == CHARTA_OK)
            x->st = st; /* the hook has said why */
        return;
    }
    if (!png)
        return;
    unsigned w, h;
    if (!png_size(png, len, &w, &h)) {
        charta_diag_warning(x->d, x->path, 0, 0,
                            "indicator '%s': the chart picture is not a PNG; left out", ind->id);
        free(png);
        return;
    }
    lxw_row_t rows = b->box ? b->box : XLSX_CHART_ROWS;
    double scale = (double)(rows * XLSX_ROW_PX - 4) / (double)h;
    lxw_image_options io = {
        .x_offset = 8,
        .y_offset = 2,
        .x_scale = scale,
        .y_scale = scale,
        .description = (char *)charta_xlsx_clean(x, charta_xlsx_text(x, &ind->title)),
    };
    lxw_col_t col = (lxw_col_t)(COL_YEAR0 + (b->chart ? XLSX_CHART_WIDTH / 82 : 0));
    /* the print area reaches to the picture's last column (year columns: 82 pixels) */
    double right = ceil((8 + (double)w * scale) / 82);
    lxw_col_t end = (lxw_col_t)(col + (right < 200 ? right : 200));
    if (end > x->sheets[b->sheet].print_cols)
        x->sheets[b->sheet].print_cols = end;
    /* libxlsxwriter copies an image buffer into a temp file without checking
     * the writes (a full disk would give a broken picture and no error):
     * write the file here, checked, beside the workbook */
    char *dir = charta_strdup(x->o->tmpdir && x->o->tmpdir[0] ? x->o->tmpdir : ".");
    char *file = dir ? charta_asprintf("%s/.chart-%zu.png", dir, i) : NULL;
    free(dir);
    char **grown = file ? realloc(x->images, (x->n_images + 1) * sizeof *grown) : NULL;
    if (!grown) {
        free(file);
        free(png);
        charta_xlsx_oom(x);
        return;
    }
    x->images = grown;
    x->images[x->n_images++] = file;
    FILE *f = fopen(file, "wbe");
    bool ok = f && fwrite(png, 1, len, f) == len;
    if (f && fclose(f) != 0)
        ok = false;
    free(png);
    if (!ok) {
        charta_xlsx_fail(x, errno == ENOMEM ? CHARTA_ERR_NOMEM : CHARTA_ERR_IO,
                  "cannot write the chart picture %s: %s", file, strerror(errno));
        return;
    }
    charta_xlsx_check(x, worksheet_insert_image_opt(x->sheets[b->sheet].ws, b->facts, col, file, &io),
               "insert_image");
}

/* A chart title or axis name from a cell (a reference) carries no cached
 * text in constant-memory mode, and LibreOffice then shows "Chart Title";
 * there the text goes in literally, unless it starts with '=', which
 * libxlsxwriter would read as a formula: such text always stays a
 * reference to its cell. */
static bool
use_literal(const xlsx *x, const char *text)
{
    return x->stream && text[0] != '=';
}

void
charta_xlsx_insert_charts(xlsx *x, size_t i)
{
    const charta_indicator *ind = charta_results_get(x->r, i)->indicator;
    const xlsx_block *b = &x->blocks[i];
    if (b->chart && x->st == CHARTA_OK) {
        bool bars = ind->chart.kind == CHARTA_CHART_AREAS;
        lxw_chart *chart = workbook_add_chart(x->wb, bars ? LXW_CHART_BAR : LXW_CHART_LINE);
        if (!chart) {
            charta_xlsx_oom(x);
            return;
        }
        if (bars)
            bar_chart(x, chart, i);
        else
            line_chart(x, chart, i);
        const char *sheet = x->sheets[b->sheet].name;
        lxw_chart_font title_font = {.size = 10, .bold = true};
        const char *title = charta_xlsx_text(x, &ind->title);
        if (!title[0])
            title = ind->id;
        if (use_literal(x, title)) /* what the title cell shows */
            chart_title_set_name(chart, charta_xlsx_clean(x, title));
        else
            chart_title_set_name_range(chart, sheet, b->title, 0);
        chart_title_set_name_font(chart, &title_font);
        chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
        lxw_chart_axis *values = chart->y_axis; /* in bar charts too (libxlsxwriter) */
        /* ticks as round numbers, not in the cells' decimals */
        chart_axis_set_num_format(values, "General");
        const char *unit = charta_indicator_unit(ind, x->lang);
        if (unit[0] && use_literal(x, unit))
            chart_axis_set_name(values, charta_xlsx_clean(x, unit));
        else if (unit[0]) /* the unit cell of the fact box */
            chart_axis_set_name_range(values, sheet, b->facts, 1);
        if (ind->chart.has_y_min)
            chart_axis_set_min(values, ind->chart.y_min);
        else if (ind->chart.zero > 0)
            chart_axis_set_min(values, 0);
        if (ind->chart.has_y_max)
            chart_axis_set_max(values, ind->chart.y_max);
        const char *alt = charta_xlsx_text(x, &ind->chart.alt);
        if (!alt[0])
            alt = charta_xlsx_text(x, &ind->title);
        lxw_chart_options co = {
            .x_offset = 8,
            .y_offset = 2,
            .x_scale = XLSX_CHART_WIDTH / 480.0,
            .y_scale = (double)(b->box * XLSX_ROW_PX - 4) / 288.0,
            .description = (char *)charta_xlsx_clean(x, alt),
        };
        if (x->st == CHARTA_OK)
            charta_xlsx_check(
                x,
                worksheet_insert_chart_opt(x->sheets[b->sheet].ws, b->facts, COL_YEAR0, chart, &co),
                "insert_chart");
    }
    if (x->o->chart_png && x->st == CHARTA_OK)
        insert_picture(x, i);
}
