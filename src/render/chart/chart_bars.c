/* chart_bars.c: the area comparison, bars of every area for the latest
 * year, as a display list (chart.h); and a time series with values in one
 * year only (cd->one_year), as a bar per drawn area (the city, the focus
 * areas) with the benchmarks as reference lines. */
#include "chart_internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --- area comparison (bars) ------------------------------------------------------ */

typedef struct bar {
    size_t series;
    double v;
    char st;
} bar;

static int
cmp_bar(const void *a, const void *b)
{
    const bar *x = a, *y = b;
    if (x->v != y->v)
        return x->v > y->v ? -1 : 1;
    return x->series < y->series ? -1 : x->series > y->series;
}

enum { MAX_BARS = 30 };

/* What the steps of one area comparison share once the bars are chosen:
 * the bars shown, the references, the scale and the rows. */
typedef struct bar_chart {
    const chart_ctx *c;
    const charta_chart_data *cd;
    bool drawn; /* a time series' areas as bars: the city is a bar, not a reference */
    double W, pad, fs;
    int yi, year, dec; /* the year's index and the year, the values' decimals */
    bar *bars;
    size_t shown;
    bool cut;            /* more than MAX_BARS: the highest and the lowest half shown */
    size_t refs[8], nr;  /* references drawn as lines */
    size_t far[8], nfar; /* references too far from the bars' scale: only named */
    charta_ticks tk;
    double vlo, span;       /* the scale: its low end and its width */
    double px, pw, maxlw;   /* the plot's left and width, the names' widest */
    double top, ytop, ybot; /* reference labels from top, bars from ytop to ybot */
    double rh, lh;          /* row and line height */
    double x_zero;
    double ref_x[8];
    int ref_row[8], rows;
} bar_chart;

/* True when series s is a bar (not a reference line) of b's kind of chart. */
static bool
is_bar(const charta_chart_data *cd, bool drawn, size_t s)
{
    charta_series_role r = cd->series[s].role;
    return r != CHARTA_SERIES_BENCHMARK && (drawn || r != CHARTA_SERIES_CITY);
}

/* The year: the latest with a value for any compared area; -1 if none. */
static int
latest_year(const charta_chart_data *cd, bool drawn)
{
    int yi = -1;
    for (size_t y = cd->n_years; y-- > 0 && yi < 0;)
        for (size_t s = 0; s < cd->n_series && yi < 0; s++)
            if (is_bar(cd, drawn, s) &&
                isfinite(cd->series[s].values[y]))
                yi = (int)y;
    return yi;
}

/* The level: the one with the most values in year yi (ties: the deeper);
 * 0 when none has a value. */
static int
busiest_level(const charta_chart_data *cd, int yi)
{
    int level = 0;
    size_t best = 0;
    for (int lv = 1; yi >= 0 && lv < 64; lv++) {
        size_t cnt = 0;
        bool any = false;
        for (size_t s = 0; s < cd->n_series; s++)
            if (cd->series[s].level == lv && cd->series[s].role != CHARTA_SERIES_BENCHMARK &&
                cd->series[s].role != CHARTA_SERIES_CITY) {
                any = true;
                cnt += isfinite(cd->series[s].values[yi]);
            }
        if (!any)
            break;
        if (cnt >= best && cnt)
            best = cnt, level = lv;
    }
    return level;
}

/* The areas of the level (drawn: every area of a time series) with a value in
 * year yi into bars, highest first; returns how many, and in *missing those
 * without a value. */
static size_t
collect_bars(const charta_chart_data *cd, bool drawn, int yi, int level, bar *bars,
             size_t *missing)
{
    size_t nb = 0;
    for (size_t s = 0; yi >= 0 && s < cd->n_series; s++) {
        const charta_chart_series *se = &cd->series[s];
        if (!is_bar(cd, drawn, s) || (!drawn && se->level != level))
            continue;
        if (isfinite(se->values[yi]))
            bars[nb++] = (bar){s, se->values[yi], se->status[yi]};
        else
            (*missing)++;
    }
    qsort(bars, nb, sizeof *bars, cmp_bar);
    return nb;
}

/* Title and subtitle; without a title (the PDF's heading names the chart)
 * the year and unit when there are bars. Returns the y below. */
static double
bars_heading(const bar_chart *b, const charta_chart_opts *o, size_t nb)
{
    const chart_ctx *c = b->c;
    const charta_chart_data *cd = b->cd;
    double top = b->pad;
    if (!o->no_title) {
        charta_buf sub = {0};
        if (b->yi >= 0)
            charta_chart_bprintf(&sub, "%d", b->year);
        if (cd->unit[0])
            charta_chart_bprintf(&sub, "%s%s", sub.len ? " \xC2\xB7 " : "", cd->unit);
        const char *dir = charta_chart_direction_text(cd);
        if (dir)
            charta_chart_bprintf(&sub, " \xC2\xB7 %s", dir);
        top = charta_chart_header(c, cd, sub.data ? sub.data : "", b->pad, b->W);
        charta_buf_free(&sub);
    } else if (nb) {
        char fit[256];
        snprintf(fit, sizeof fit, "%d%s%s", b->year, cd->unit[0] ? " \xC2\xB7 " : "", cd->unit);
        charta_chart_place_text(c, CHARTA_ROLE_AXIS_TITLE, fit, b->pad, top, 0, 0, b->fs, false,
                                c->style->muted);
        top += charta_chart_measure(c, fit, b->fs, false).height + 4;
    }
    return top;
}

/* A chart without bars: a panel under the header saying why (no data,
 * values too large to draw), and that as its alternative text. */
static void
bars_empty(const bar_chart *b, charta_label why)
{
    const chart_ctx *c = b->c;
    if (why == CHARTA_LBL_CHART_NO_DATA)
        charta_chart_no_data(c, b->pad, b->top, b->W - 2 * b->pad, 120);
    else
        charta_chart_too_large(c, b->pad, b->top, b->W - 2 * b->pad, 120);
    c->dl->height = b->top + 120 + b->pad;
    charta_buf t = {0};
    charta_chart_bprintf(&t, "%s: %s. %s.", charta_label_get(CHARTA_LBL_CHART_ALT_BARS, c->lang),
                         b->cd->title, charta_label_get(why, c->lang));
    charta_chart_set_alt(c->dl, &t);
}

/* The value range of the bars, widened by the references (the city,
 * benchmarks) near enough to share their scale; a reference far off (a
 * total of a count: the city's sum of its parts) is only named. False when
 * no ticks fit the range. */
static bool
bars_scale(bar_chart *b)
{
    const charta_chart_data *cd = b->cd;
    double lo = 0, hi = 0;
    for (size_t i = 0; i < b->shown; i++)
        lo = fmin(lo, b->bars[i].v), hi = fmax(hi, b->bars[i].v);
    double reach = fmax(hi - lo, fmax(fabs(hi), fabs(lo))) * 0.5, blo = lo, bhi = hi;
    for (size_t s = 0; s < cd->n_series && b->nr < 8 && b->nfar < 8; s++)
        if (!is_bar(cd, b->drawn, s) &&
            isfinite(cd->series[s].values[b->yi])) {
            double v = cd->series[s].values[b->yi];
            if (v < blo - reach || v > bhi + reach) {
                b->far[b->nfar++] = s;
                continue;
            }
            b->refs[b->nr++] = s;
            lo = fmin(lo, v), hi = fmax(hi, v);
        }
    if (!charta_chart_ticks(lo, hi, 6, &b->tk))
        return false;
    double vhi = b->tk.first + (b->tk.n - 1) * b->tk.step;
    b->vlo = b->tk.first;
    b->span = vhi - b->vlo;
    return true;
}

static double
value_x(const bar_chart *b, double v)
{
    return b->px + (v - b->vlo) / b->span * b->pw;
}

/* The centre of bar i's row: a row is left free where the bars are cut. */
static double
bar_centre(const bar_chart *b, size_t i)
{
    size_t row = i + (b->cut && i >= MAX_BARS / 2 ? 1 : 0);
    return b->ytop + row * b->rh + b->rh / 2;
}

/* Columns: the names (at most 45% of the width: only an absurd name is cut), the
 * bars, the value labels. */
static void
bars_columns(bar_chart *b)
{
    const chart_ctx *c = b->c;
    char num[CHARTA_NUMFMT_SIZE], fit[256];
    double lw = 0, vw = 0;
    b->maxlw = b->W * 0.45;
    for (size_t i = 0; i < b->shown; i++) {
        const charta_chart_series *se = &b->cd->series[b->bars[i].series];
        bool f = se->role == CHARTA_SERIES_FOCUS || se->role == CHARTA_SERIES_CITY;
        lw = fmax(lw, charta_chart_measure(
                          c, charta_chart_fit(c, se->label, b->fs, f, b->maxlw, fit, sizeof fit),
                          b->fs, f)
                          .width);
        vw = fmax(vw, charta_chart_measure(c, charta_chart_num(c, b->bars[i].v, b->dec, num), b->fs,
                                           false)
                              .width +
                          14);
    }
    b->px = b->pad + lw + 8;
    b->pw = b->W - b->pad - b->px - vw - 4;
    if (b->pw < 40)
        b->pw = 40;
}

enum { REF_SWATCH = 22 }; /* px of a benchmark's line before its label, and the gap */

/* Reference i's label ("Musterstadt 451") into fit; returns its left edge,
 * centred on the line and kept inside the chart, and in *tw its width (a
 * benchmark's with the piece of its line before the text). */
static double
reference_label(const bar_chart *b, size_t i, char *fit, size_t cap, double *tw)
{
    const charta_chart_series *se = &b->cd->series[b->refs[i]];
    char num[CHARTA_NUMFMT_SIZE];
    snprintf(fit, cap, "%s %s", se->label, charta_chart_num(b->c, se->values[b->yi], b->dec, num));
    *tw = charta_chart_measure(b->c, fit, b->fs * 0.95, se->role == CHARTA_SERIES_CITY).width +
          (se->role == CHARTA_SERIES_BENCHMARK ? REF_SWATCH : 0);
    return fmin(fmax(b->ref_x[i] - *tw / 2, b->pad), b->W - b->pad - *tw);
}

/* Reference labels above the bars, in rows so they never overlap. */
static void
place_reference_rows(bar_chart *b)
{
    char fit[256];
    double row_end[8] = {0};
    for (size_t i = 0; i < b->nr; i++) {
        b->ref_x[i] = value_x(b, b->cd->series[b->refs[i]].values[b->yi]);
        double tw, x0 = reference_label(b, i, fit, sizeof fit, &tw);
        int r = 0;
        while (r < b->rows && row_end[r] > x0 - 8)
            r++;
        if (r == b->rows && b->rows < 8)
            b->rows++;
        b->ref_row[i] = r;
        row_end[r] = x0 + tw;
    }
}

/* Grid lines and tick labels, the zero line as an axis. */
static void
draw_value_grid(const bar_chart *b)
{
    const chart_ctx *c = b->c;
    const charta_chart_style *st = c->style;
    const charta_ticks *tk = &b->tk;
    char num[CHARTA_NUMFMT_SIZE];
    for (int k = 0; k < tk->n; k++) {
        double v = tk->first + k * tk->step, xx = value_x(b, v);
        bool zero = fabs(v) < tk->step * 1e-6;
        charta_chart_line(c->dl, zero ? CHARTA_ROLE_AXIS : CHARTA_ROLE_GRID, xx, b->ytop, xx,
                          b->ybot, zero ? st->muted : st->grid, zero ? 1 : 0.75, CHARTA_DASH_SOLID);
        charta_chart_place_text(c, CHARTA_ROLE_TICK_LABEL,
                                charta_chart_num(c, zero ? 0 : v, tk->decimals, num), xx,
                                b->ybot + 4, 0.5, 0, b->fs * 0.95, false, st->muted);
    }
}

/* The bars from zero, hollow for estimated and provisional values, with
 * their probes and the areas' names. */
static void
draw_bars(const bar_chart *b)
{
    const chart_ctx *c = b->c;
    const charta_chart_style *st = c->style;
    char fit[256];
    for (size_t i = 0; i < b->shown; i++) {
        const bar *br = &b->bars[i];
        double cy = bar_centre(b, i), rh = b->rh;
        const charta_chart_series *se = &b->cd->series[br->series];
        bool city = se->role == CHARTA_SERIES_CITY, focus = city || se->role == CHARTA_SERIES_FOCUS;
        double xv = value_x(b, br->v);
        double bx = fmin(b->x_zero, xv), bw = fabs(xv - b->x_zero);
        bool hollow = charta_chart_is_hollow(br->st);
        charta_color fillc = city ? st->primary : focus ? st->accent : st->bar;
        charta_dl_item *it =
            charta_chart_rect(c->dl, CHARTA_ROLE_BAR, bx, cy - rh * 0.34, bw, rh * 0.68,
                              hollow ? charta_color_tint(fillc, 0.65) : fillc,
                              hollow ? fillc : (charta_color){0}, hollow ? 1.25 : 0);
        if (it)
            it->series = (int)br->series;
        charta_chart_probe(c->dl, (int)br->series, b->year, br->v, br->st, (bx + bx + bw) / 2, cy);
        charta_chart_place_text(
            c, CHARTA_ROLE_TICK_LABEL,
            charta_chart_fit(c, se->label, b->fs, focus, b->maxlw, fit, sizeof fit), b->px - 6, cy,
            1, 0.5, b->fs, focus, st->text);
    }
}

/* Reference lines over the bars, with their labels in the rows above. */
static void
draw_references(const bar_chart *b)
{
    const chart_ctx *c = b->c;
    const charta_chart_style *st = c->style;
    char fit[256];
    for (size_t i = 0; i < b->nr; i++) {
        const charta_chart_series *se = &b->cd->series[b->refs[i]];
        bool cityref = se->role == CHARTA_SERIES_CITY;
        charta_dash dash = charta_chart_series_dash(se);
        charta_chart_line(c->dl, cityref ? CHARTA_ROLE_REFERENCE : CHARTA_ROLE_BENCHMARK,
                          b->ref_x[i], b->top + b->rows * b->lh, b->ref_x[i], b->ybot, se->color,
                          cityref ? 2 : 1.5, dash);
        double tw, x0 = reference_label(b, i, fit, sizeof fit, &tw);
        double ty = b->top + b->ref_row[i] * b->lh;
        if (!cityref) { /* the benchmark's own line before its name: which line is which */
            charta_chart_line(c->dl, CHARTA_ROLE_LEGEND, x0, ty + b->lh / 2,
                              x0 + REF_SWATCH - 4, ty + b->lh / 2, se->color, 1.5, dash);
            x0 += REF_SWATCH;
        }
        charta_chart_place_text(c, CHARTA_ROLE_REFERENCE, fit, x0, ty, 0, 0, b->fs * 0.95, cityref,
                                cityref ? st->primary : se->color);
    }
}

/* True when a reference line crosses [lo, hi] (with a little air). */
static bool
crosses_reference(const bar_chart *b, double lo, double hi)
{
    for (size_t i = 0; i < b->nr; i++)
        if (b->ref_x[i] > lo - 2 && b->ref_x[i] < hi + 2)
            return true;
    return false;
}

/* Where the value label of width tw of a bar ending at xv goes, clear of every
 * reference line: past the bar's end; else inside the bar (*inside set); else
 * past the lines in its way. d is +1 for a bar to the right of zero, -1 to the
 * left; returns the label's edge nearest to the bar's end. */
static double
value_label_x(const bar_chart *b, double xv, double tw, int d, bool *inside)
{
    *inside = false;
    double e = d > 0 ? fmax(xv, b->x_zero) + 4 : fmin(xv, b->x_zero) - 4;
    if (!crosses_reference(b, d > 0 ? e : e - tw, d > 0 ? e + tw : e))
        return e;
    double in = xv - d * 4; /* inside: the label's far edge at the bar's end */
    if (d * (in - d * tw - b->x_zero) >= 2 &&
        !crosses_reference(b, d > 0 ? in - tw : in, d > 0 ? in : in + tw)) {
        *inside = true;
        return in;
    }
    for (size_t k = 0; k <= b->nr; k++) { /* step past the line in the way, then the next */
        double lo = d > 0 ? e : e - tw, hi = d > 0 ? e + tw : e;
        double in_way = NAN;
        for (size_t i = 0; i < b->nr; i++)
            if (b->ref_x[i] > lo - 2 && b->ref_x[i] < hi + 2 &&
                !(d * (b->ref_x[i] - in_way) < 0))
                in_way = b->ref_x[i];
        if (isnan(in_way))
            return e;
        e = in_way + d * 4;
    }
    return e;
}

/* Value labels past the bars' ends (or inside them, or past a reference line,
 * so that no line strikes through one), with the status letter; drawn after
 * the reference lines so that they stay readable. */
static void
draw_value_labels(const bar_chart *b)
{
    const chart_ctx *c = b->c;
    const charta_chart_style *st = c->style;
    char num[CHARTA_NUMFMT_SIZE], fit[256];
    for (size_t i = 0; i < b->shown; i++) {
        const bar *br = &b->bars[i];
        double cy = bar_centre(b, i);
        double xv = value_x(b, br->v);
        const char *mark = br->st == CHARTA_ST_ESTIMATED     ? " e"
                           : br->st == CHARTA_ST_PROVISIONAL ? " p"
                           : br->st == CHARTA_ST_BREAK       ? " b"
                           : br->st == CHARTA_ST_LOWREL      ? " u"
                                                             : "";
        snprintf(fit, sizeof fit, "%s%s", charta_chart_num(c, br->v, b->dec, num), mark);
        int d = br->v < 0 ? -1 : 1;
        double tw = charta_chart_measure(c, fit, b->fs * 0.95, false).width;
        bool inside;
        double x = value_label_x(b, xv, tw, d, &inside);
        charta_color col = st->text;
        if (inside) { /* on the bar's fill (a hollow bar's tint) */
            const charta_chart_series *se = &b->cd->series[br->series];
            charta_color fillc = se->role == CHARTA_SERIES_CITY    ? st->primary
                                 : se->role == CHARTA_SERIES_FOCUS ? st->accent
                                                                   : st->bar;
            col = charta_chart_text_on(charta_chart_is_hollow(br->st)
                                           ? charta_color_tint(fillc, 0.65)
                                           : fillc);
        }
        /* anchored at the edge nearest the bar's end: left past a right bar's end,
         * right inside it */
        double ax = (d > 0) != inside ? 0 : 1;
        charta_chart_place_text(c, CHARTA_ROLE_VALUE_LABEL, fit, x, cy, ax, 0.5, b->fs * 0.95,
                                false, col);
    }
}

/* One note under the chart from y (t is freed); returns its height. */
static double
put_note(const bar_chart *b, double y, charta_buf *t)
{
    double h = charta_chart_wrap(b->c, CHARTA_ROLE_NOTE, t->data ? t->data : "", b->pad, y, 0,
                                 b->W - 2 * b->pad, 2, b->fs * 0.9, false, b->c->style->muted);
    charta_buf_free(t);
    return h;
}

/* The notes under the chart: the references the scale leaves out, the
 * cut, the areas without a value. Returns the y below them. */
static double
bars_notes(const bar_chart *b, size_t total, size_t missing)
{
    const chart_ctx *c = b->c;
    const char *L = c->lang;
    char num[CHARTA_NUMFMT_SIZE];
    double y = b->ybot + b->lh + 10;
    if (b->nfar) { /* "Musterstadt: 451" */
        charta_buf t = {0};
        for (size_t i = 0; i < b->nfar; i++)
            charta_chart_bprintf(
                &t, "%s%s: %s", i ? " \xC2\xB7 " : "", b->cd->series[b->far[i]].label,
                charta_chart_num(c, b->cd->series[b->far[i]].values[b->yi], b->dec, num));
        y += put_note(b, y, &t);
    }
    if (b->cut) {
        char a[32], b2[32];
        snprintf(a, sizeof a, "%d", MAX_BARS / 2);
        snprintf(b2, sizeof b2, "%d", MAX_BARS / 2);
        charta_buf t = {0};
        charta_chart_bprintf(&t, charta_label_get(CHARTA_LBL_CHART_TOP_BOTTOM, L), a, b2,
                             charta_chart_num(c, (double)total, 0, num));
        y += put_note(b, y, &t);
    }
    if (missing) {
        charta_buf t = {0};
        charta_chart_bprintf(&t, charta_label_get(CHARTA_LBL_CHART_NO_VALUE_AREAS, L),
                             charta_chart_num(c, (double)missing, 0, num));
        charta_chart_bprintf(&t, " (%d)", b->year);
        y += put_note(b, y, &t);
    }
    return y;
}

/* Alternative text: the order, the extremes and the references. */
static void
bars_alt(const bar_chart *b)
{
    const chart_ctx *c = b->c;
    const charta_chart_data *cd = b->cd;
    const char *L = c->lang;
    char num[CHARTA_NUMFMT_SIZE], n2[CHARTA_NUMFMT_SIZE];
    const bar *first = &b->bars[0], *last = &b->bars[b->shown - 1];
    charta_buf t = {0};
    charta_chart_bprintf(&t, "%s: %s", charta_label_get(CHARTA_LBL_CHART_ALT_BARS, L), cd->title);
    if (cd->unit[0])
        charta_chart_bprintf(&t, " (%s)", cd->unit);
    charta_chart_bprintf(
        &t, ", %d. %s: %s %s; %s: %s %s.", b->year, charta_label_get(CHARTA_LBL_CHART_HIGHEST, L),
        cd->series[first->series].label, charta_chart_num(c, first->v, b->dec, num),
        charta_label_get(CHARTA_LBL_CHART_LOWEST, L), cd->series[last->series].label,
        charta_chart_num(c, last->v, b->dec, n2));
    for (size_t i = 0; i < b->nr + b->nfar; i++) {
        size_t s = i < b->nr ? b->refs[i] : b->far[i - b->nr];
        charta_chart_bprintf(&t, " %s: %s.", cd->series[s].label,
                             charta_chart_num(c, cd->series[s].values[b->yi], b->dec, num));
    }
    charta_chart_set_alt(c->dl, &t);
}

void
charta_chart_layout_bars(const chart_ctx *c, const charta_chart_data *cd,
                         const charta_chart_opts *o, double W)
{
    bar_chart b = {.c = c, .cd = cd, .W = W, .pad = 16, .fs = c->fs};
    b.drawn = cd->kind != CHARTA_CHART_AREAS;
    b.yi = latest_year(cd, b.drawn);
    b.year = cd->year_first + b.yi;
    int level = b.drawn ? 0 : busiest_level(cd, b.yi);
    b.bars = calloc(cd->n_series ? cd->n_series : 1, sizeof *b.bars);
    if (!b.bars) {
        c->dl->oom = true;
        return;
    }
    size_t missing = 0, nb = collect_bars(cd, b.drawn, b.yi, level, b.bars, &missing);
    b.shown = nb;
    b.cut = nb > MAX_BARS;
    if (b.cut) { /* the highest and the lowest half */
        memmove(b.bars + MAX_BARS / 2, b.bars + nb - MAX_BARS / 2, (MAX_BARS / 2) * sizeof *b.bars);
        b.shown = MAX_BARS;
    }
    b.dec = charta_chart_decimals(cd);
    b.top = bars_heading(&b, o, nb);
    b.rh = round(b.fs * 1.45);
    b.lh = charta_chart_measure(c, "Ag", b.fs, false).height;
    if (!nb) {
        bars_empty(&b, CHARTA_LBL_CHART_NO_DATA);
        free(b.bars);
        return;
    }
    if (!bars_scale(&b)) { /* values near +-1.8e308 */
        bars_empty(&b, CHARTA_LBL_CHART_TOO_LARGE);
        free(b.bars);
        return;
    }
    bars_columns(&b);
    place_reference_rows(&b);
    b.ytop = b.top + b.rows * b.lh + (b.rows ? 4 : 0);
    b.ybot = b.ytop + ((double)b.shown + (b.cut ? 1 : 0)) * b.rh;
    b.x_zero = value_x(&b, 0);
    draw_value_grid(&b);
    draw_bars(&b);
    draw_references(&b);
    draw_value_labels(&b);
    if (b.cut)
        charta_chart_place_text(c, CHARTA_ROLE_NOTE, "\xE2\x8B\xAE", b.px - 6,
                                b.ytop + (MAX_BARS / 2) * b.rh + b.rh / 2, 1, 0.5, b.fs, true,
                                c->style->muted);
    c->dl->height = bars_notes(&b, nb, missing) + b.pad - 6;
    bars_alt(&b);
    free(b.bars);
}
