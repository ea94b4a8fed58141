/* chart_bars.c: the area comparison, bars of every area for the latest
 * year, as a display list (chart.h). */
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

/* A chart without bars: a panel under the header saying why (no data,
 * values too large to draw), and that as its alternative text. */
static void
empty_panel(const chart_ctx *c, const charta_chart_data *cd, double pad, double top, double W,
            charta_label why)
{
    if (why == CHARTA_LBL_CHART_NO_DATA)
        charta_chart_no_data(c, pad, top, W - 2 * pad, 120);
    else
        charta_chart_too_large(c, pad, top, W - 2 * pad, 120);
    c->dl->height = top + 120 + pad;
    charta_buf b = {0};
    charta_chart_bprintf(&b, "%s: %s. %s.", charta_label_get(CHARTA_LBL_CHART_ALT_BARS, c->lang),
                         cd->title, charta_label_get(why, c->lang));
    charta_chart_set_alt(c->dl, &b);
}

void
charta_chart_layout_bars(const chart_ctx *c, const charta_chart_data *cd, const charta_chart_opts *o,
                  double W)
{
    const charta_chart_style *st = c->style;
    const char *L = c->lang;
    double pad = 16, fs = c->fs;
    /* the year: the latest with a value for any compared area */
    int yi = -1;
    for (size_t y = cd->n_years; y-- > 0 && yi < 0;)
        for (size_t s = 0; s < cd->n_series && yi < 0; s++)
            if (cd->series[s].role >= CHARTA_SERIES_FOCUS &&
                cd->series[s].role != CHARTA_SERIES_BENCHMARK && isfinite(cd->series[s].values[y]))
                yi = (int)y;
    int year = cd->year_first + yi;
    /* the level: the one with the most values that year (ties: the deeper) */
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
    bar *bars = calloc(cd->n_series ? cd->n_series : 1, sizeof *bars);
    if (!bars) {
        c->dl->oom = true;
        return;
    }
    size_t nb = 0, missing = 0;
    for (size_t s = 0; yi >= 0 && s < cd->n_series; s++) {
        const charta_chart_series *se = &cd->series[s];
        if (se->level != level || se->role == CHARTA_SERIES_CITY ||
            se->role == CHARTA_SERIES_BENCHMARK)
            continue;
        if (isfinite(se->values[yi]))
            bars[nb++] = (bar){s, se->values[yi], se->status[yi]};
        else
            missing++;
    }
    qsort(bars, nb, sizeof *bars, cmp_bar);
    size_t shown = nb, total = nb;
    bool cut = nb > MAX_BARS;
    if (cut) { /* the highest and the lowest half */
        memmove(bars + MAX_BARS / 2, bars + nb - MAX_BARS / 2, (MAX_BARS / 2) * sizeof *bars);
        shown = MAX_BARS;
    }
    double top = pad;
    char num[CHARTA_NUMFMT_SIZE], n2[CHARTA_NUMFMT_SIZE], n3[CHARTA_NUMFMT_SIZE], fit[256];
    int dec = charta_chart_decimals(cd);
    if (!o->no_title) {
        charta_buf sub = {0};
        if (yi >= 0)
            charta_chart_bprintf(&sub, "%d", year);
        if (cd->unit[0])
            charta_chart_bprintf(&sub, "%s%s", sub.len ? " \xC2\xB7 " : "", cd->unit);
        const char *dir = charta_chart_direction_text(cd);
        if (dir)
            charta_chart_bprintf(&sub, " \xC2\xB7 %s", dir);
        top = charta_chart_header(c, cd, sub.data ? sub.data : "", pad, W);
        charta_buf_free(&sub);
    } else if (nb) { /* the PDF's heading names the chart: the year and unit here */
        snprintf(fit, sizeof fit, "%d%s%s", year, cd->unit[0] ? " \xC2\xB7 " : "", cd->unit);
        charta_chart_place_text(c, CHARTA_ROLE_AXIS_TITLE, fit, pad, top, 0, 0, fs, false, st->muted);
        top += charta_chart_measure(c, fit, fs, false).height + 4;
    }
    double rh = round(fs * 1.6), lh = charta_chart_measure(c, "Ag", fs, false).height;
    if (!nb) {
        empty_panel(c, cd, pad, top, W, CHARTA_LBL_CHART_NO_DATA);
        free(bars);
        return;
    }
    /* value range with the references */
    double lo = 0, hi = 0;
    for (size_t i = 0; i < shown; i++)
        lo = fmin(lo, bars[i].v), hi = fmax(hi, bars[i].v);
    /* references (the city, benchmarks) as lines when on the bars' scale;
     * a total of a count (the city's sum of its parts) is only named */
    size_t refs[8], nr = 0, far[8], nfar = 0;
    double reach = fmax(hi - lo, fmax(fabs(hi), fabs(lo))) * 0.5, blo = lo, bhi = hi;
    for (size_t s = 0; s < cd->n_series && nr < 8 && nfar < 8; s++)
        if ((cd->series[s].role == CHARTA_SERIES_CITY ||
             cd->series[s].role == CHARTA_SERIES_BENCHMARK) &&
            isfinite(cd->series[s].values[yi])) {
            double v = cd->series[s].values[yi];
            if (v < blo - reach || v > bhi + reach) {
                far[nfar++] = s;
                continue;
            }
            refs[nr++] = s;
            lo = fmin(lo, v), hi = fmax(hi, v);
        }
    charta_ticks tk;
    if (!charta_chart_ticks(lo, hi, 6, &tk)) { /* values near +-1.8e308 */
        empty_panel(c, cd, pad, top, W, CHARTA_LBL_CHART_TOO_LARGE);
        free(bars);
        return;
    }
    double vlo = tk.first, vhi = tk.first + (tk.n - 1) * tk.step;
    /* columns: names, bars, value labels */
    double lw = 0, vw = 0, maxlw = W * 0.3;
    for (size_t i = 0; i < shown; i++) {
        const charta_chart_series *se = &cd->series[bars[i].series];
        bool f = se->role == CHARTA_SERIES_FOCUS;
        lw = fmax(
            lw,
            charta_chart_measure(c, charta_chart_fit(c, se->label, fs, f, maxlw, fit, sizeof fit), fs, f).width);
        vw = fmax(vw, charta_chart_measure(c, charta_chart_num(c, bars[i].v, dec, num), fs, false).width + 14);
    }
    double px = pad + lw + 8, pw = W - pad - px - vw - 4;
    if (pw < 40)
        pw = 40;
    double span = vhi - vlo;
    /* reference labels above the bars, in rows so they never overlap */
    double ref_x[8], ref_row_end[8] = {0};
    int ref_row[8], rows = 0;
    for (size_t i = 0; i < nr; i++) {
        const charta_chart_series *se = &cd->series[refs[i]];
        ref_x[i] = px + (se->values[yi] - vlo) / span * pw;
        snprintf(fit, sizeof fit, "%s %s", se->label, charta_chart_num(c, se->values[yi], dec, num));
        double tw = charta_chart_measure(c, fit, fs * 0.95, se->role == CHARTA_SERIES_CITY).width;
        double x0 = fmin(fmax(ref_x[i] - tw / 2, pad), W - pad - tw);
        int r = 0;
        while (r < rows && ref_row_end[r] > x0 - 8)
            r++;
        if (r == rows && rows < 8)
            rows++;
        ref_row[i] = r;
        ref_row_end[r] = x0 + tw;
    }
    double ytop = top + rows * lh + (rows ? 4 : 0);
    double nrows = (double)shown + (cut ? 1 : 0);
    double ybot = ytop + nrows * rh;
    /* grid and ticks */
    for (int k = 0; k < tk.n; k++) {
        double v = tk.first + k * tk.step, xx = px + (v - vlo) / span * pw;
        bool zero = fabs(v) < tk.step * 1e-6;
        charta_chart_line(c->dl, zero ? CHARTA_ROLE_AXIS : CHARTA_ROLE_GRID, xx, ytop, xx, ybot,
                   zero ? st->muted : st->grid, zero ? 1 : 0.75, CHARTA_DASH_SOLID);
        charta_chart_place_text(c, CHARTA_ROLE_TICK_LABEL, charta_chart_num(c, zero ? 0 : v, tk.decimals, num), xx,
                   ybot + 4, 0.5, 0, fs * 0.95, false, st->muted);
    }
    double x_zero = px + (0 - vlo) / span * pw;
    for (size_t i = 0; i < shown; i++) {
        size_t row = i + (cut && i >= MAX_BARS / 2 ? 1 : 0);
        double yy = ytop + row * rh, cy = yy + rh / 2;
        const charta_chart_series *se = &cd->series[bars[i].series];
        bool focus = se->role == CHARTA_SERIES_FOCUS;
        double xv = px + (bars[i].v - vlo) / span * pw;
        double bx = fmin(x_zero, xv), bw = fabs(xv - x_zero);
        bool hollow = charta_chart_is_hollow(bars[i].st);
        charta_color fillc = focus ? st->accent : st->bar;
        charta_dl_item *it = charta_chart_rect(c->dl, CHARTA_ROLE_BAR, bx, cy - rh * 0.34, bw, rh * 0.68,
                                        hollow ? charta_color_tint(fillc, 0.65) : fillc,
                                        hollow ? fillc : (charta_color){0}, hollow ? 1.25 : 0);
        if (it)
            it->series = (int)bars[i].series;
        charta_chart_probe(c->dl, (int)bars[i].series, year, bars[i].v, bars[i].st, (bx + bx + bw) / 2,
                    cy);
        charta_chart_place_text(c, CHARTA_ROLE_TICK_LABEL,
                   charta_chart_fit(c, se->label, fs, focus, maxlw, fit, sizeof fit), px - 6, cy, 1, 0.5,
                   fs, focus, st->text);
    }
    /* reference lines over the bars, under the value labels */
    for (size_t i = 0; i < nr; i++) {
        const charta_chart_series *se = &cd->series[refs[i]];
        bool cityref = se->role == CHARTA_SERIES_CITY;
        charta_chart_line(c->dl, cityref ? CHARTA_ROLE_REFERENCE : CHARTA_ROLE_BENCHMARK, ref_x[i],
                   top + rows * lh, ref_x[i], ybot, se->color, cityref ? 2 : 1.5,
                   cityref ? CHARTA_DASH_SOLID : CHARTA_DASH_DASHED);
        snprintf(fit, sizeof fit, "%s %s", se->label, charta_chart_num(c, se->values[yi], dec, num));
        double tw = charta_chart_measure(c, fit, fs * 0.95, cityref).width;
        double x0 = fmin(fmax(ref_x[i] - tw / 2, pad), W - pad - tw);
        charta_chart_place_text(c, CHARTA_ROLE_REFERENCE, fit, x0, top + ref_row[i] * lh, 0, 0, fs * 0.95,
                   cityref, cityref ? st->primary : st->benchmark);
    }
    for (size_t i = 0; i < shown; i++) { /* value labels above the reference lines */
        size_t row = i + (cut && i >= MAX_BARS / 2 ? 1 : 0);
        double cy = ytop + row * rh + rh / 2;
        double xv = px + (bars[i].v - vlo) / span * pw;
        const char *mark = bars[i].st == CHARTA_ST_ESTIMATED     ? " e"
                           : bars[i].st == CHARTA_ST_PROVISIONAL ? " p"
                           : bars[i].st == CHARTA_ST_BREAK       ? " b"
                           : bars[i].st == CHARTA_ST_LOWREL      ? " u"
                                                                 : "";
        snprintf(fit, sizeof fit, "%s%s", charta_chart_num(c, bars[i].v, dec, num), mark);
        bool neg = bars[i].v < 0;
        charta_chart_place_text(c, CHARTA_ROLE_VALUE_LABEL, fit,
                   neg ? fmin(xv, x_zero) - 4 : fmax(xv, x_zero) + 4, cy, neg ? 1 : 0, 0.5,
                   fs * 0.95, false, st->text);
    }
    if (cut)
        charta_chart_place_text(c, CHARTA_ROLE_NOTE, "\xE2\x8B\xAE", px - 6, ytop + (MAX_BARS / 2) * rh + rh / 2,
                   1, 0.5, fs, true, st->muted);
    double y = ybot + lh + 10;
    if (nfar) { /* "Musterstadt: 451" for what the scale leaves out */
        charta_buf b = {0};
        for (size_t i = 0; i < nfar; i++)
            charta_chart_bprintf(&b, "%s%s: %s", i ? " \xC2\xB7 " : "", cd->series[far[i]].label,
                          charta_chart_num(c, cd->series[far[i]].values[yi], dec, num));
        y += charta_chart_wrap(c, CHARTA_ROLE_NOTE, b.data ? b.data : "", pad, y, 0, W - 2 * pad, 2,
                        fs * 0.9, false, st->muted);
        charta_buf_free(&b);
    }
    if (cut) {
        char a[32], b2[32];
        snprintf(a, sizeof a, "%d", MAX_BARS / 2);
        snprintf(b2, sizeof b2, "%d", MAX_BARS / 2);
        charta_buf b = {0};
        charta_chart_bprintf(&b, charta_label_get(CHARTA_LBL_CHART_TOP_BOTTOM, L), a, b2,
                      charta_chart_num(c, (double)total, 0, n3));
        y += charta_chart_wrap(c, CHARTA_ROLE_NOTE, b.data ? b.data : "", pad, y, 0, W - 2 * pad, 2,
                        fs * 0.9, false, st->muted);
        charta_buf_free(&b);
    }
    if (missing) {
        charta_buf b = {0};
        charta_chart_bprintf(&b, charta_label_get(CHARTA_LBL_CHART_NO_VALUE_AREAS, L),
                      charta_chart_num(c, (double)missing, 0, n3));
        charta_chart_bprintf(&b, " (%d)", year);
        y += charta_chart_wrap(c, CHARTA_ROLE_NOTE, b.data ? b.data : "", pad, y, 0, W - 2 * pad, 2,
                        fs * 0.9, false, st->muted);
        charta_buf_free(&b);
    }
    c->dl->height = y + pad - 6;
    /* alternative text: the order, the extremes and the city */
    charta_buf b = {0};
    charta_chart_bprintf(&b, "%s: %s", charta_label_get(CHARTA_LBL_CHART_ALT_BARS, L), cd->title);
    if (cd->unit[0])
        charta_chart_bprintf(&b, " (%s)", cd->unit);
    charta_chart_bprintf(&b, ", %d. %s: %s %s; %s: %s %s.", year,
                  charta_label_get(CHARTA_LBL_CHART_HIGHEST, L), cd->series[bars[0].series].label,
                  charta_chart_num(c, bars[0].v, dec, num), charta_label_get(CHARTA_LBL_CHART_LOWEST, L),
                  cd->series[bars[shown - 1].series].label,
                  charta_chart_num(c, bars[shown - 1].v, dec, n2));
    for (size_t i = 0; i < nr + nfar; i++) {
        size_t s = i < nr ? refs[i] : far[i - nr];
        charta_chart_bprintf(&b, " %s: %s.", cd->series[s].label,
                      charta_chart_num(c, cd->series[s].values[yi], dec, num));
    }
    charta_chart_set_alt(c->dl, &b);
    free(bars);
}
