/* chart_layout.c: the time series as a display list, and the entry point of
 * every single-indicator layout (chart.h). Pure geometry: text sizes come
 * from the measurer, nothing here draws. Text helpers and ticks are in
 * chart_text.c, the area comparison in chart_bars.c. */
#include "chart_internal.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --- time series ----------------------------------------------------------------- */

enum { BENCH_SWATCH = 26 }; /* px of a benchmark's line beside its label */

typedef struct ts_frame {
    double px, py, pw, ph; /* plot area */
    int x0, x1;            /* year range */
    double lo, hi;         /* value range */
} ts_frame;

static double
xpos(const ts_frame *f, double year)
{
    if (f->x1 == f->x0)
        return f->px + f->pw / 2;
    double inner = f->pw > 24 ? 10 : 0;
    return f->px + inner + (year - f->x0) / (f->x1 - f->x0) * (f->pw - 2 * inner);
}

/* Where v lies on the value axis: 0 at f->lo, 1 at f->hi. Computed on
 * halves, which is exact, so that a difference of values near +-1.8e308
 * cannot overflow; a value far outside a fixed axis (it is clipped) stays
 * within 1000 plot heights, where Cairo's coordinates are still exact. */
static double
yfrac(const ts_frame *f, double v)
{
    double t = (v / 2 - f->lo / 2) / (f->hi / 2 - f->lo / 2);
    return fmin(fmax(t, -1000), 1000);
}

static double
ypos(const ts_frame *f, double v)
{
    return f->py + f->ph - yfrac(f, v) * f->ph;
}

bool
charta_chart_is_hollow(char st)
{
    return st == CHARTA_ST_ESTIMATED || st == CHARTA_ST_PROVISIONAL;
}

/* The last year with a value of series s, -1 if none. */
static int
last_index(const charta_chart_data *cd, size_t s)
{
    for (size_t y = cd->n_years; y-- > 0;)
        if (isfinite(cd->series[s].values[y]))
            return (int)y;
    return -1;
}

typedef struct end_label {
    size_t series;
    double y0, y;
} end_label;

static int
cmp_end_label(const void *a, const void *b)
{
    const end_label *x = a, *y = b;
    return x->y0 < y->y0 ? -1 : x->y0 > y->y0 ? 1 : (x->series < y->series ? -1 : 1);
}

/* Spread labels of height lh so that none overlap, each as close to its y0
 * as possible, all within [top, bottom]. Sorted by y0 first. */
static void
spread_labels(end_label *l, size_t n, double lh, double top, double bottom)
{
    qsort(l, n, sizeof *l, cmp_end_label);
    for (size_t i = 0; i < n; i++) {
        l[i].y = l[i].y0;
        if (l[i].y < top + lh / 2)
            l[i].y = top + lh / 2;
        if (i && l[i].y < l[i - 1].y + lh)
            l[i].y = l[i - 1].y + lh;
    }
    for (size_t i = n; i-- > 0;) {
        double lim = i + 1 < n ? l[i + 1].y - lh : bottom - lh / 2;
        if (l[i].y > lim)
            l[i].y = lim;
    }
}

static double
series_width(const charta_chart_series *s, bool compact)
{
    if (s->role == CHARTA_SERIES_CITY)
        return compact ? 2 : 2.75;
    return s->role == CHARTA_SERIES_BENCHMARK ? 1.5 : 1.75;
}

static void
draw_series(const chart_ctx *c, const charta_chart_data *cd, const ts_frame *f, size_t s,
            bool compact, int series_base)
{
    const charta_chart_series *se = &cd->series[s];
    charta_xy *pts = malloc((cd->n_years ? cd->n_years : 1) * sizeof *pts);
    if (!pts) {
        c->dl->oom = true;
        return;
    }
    bool bench = se->role == CHARTA_SERIES_BENCHMARK;
    double lw = series_width(se, compact);
    size_t n = 0;
    for (size_t y = 0; y <= cd->n_years; y++) {
        bool have = y < cd->n_years && isfinite(se->values[y]);
        bool brk = have && se->status[y] == CHARTA_ST_BREAK;
        if ((!have || brk) && n) { /* end the segment */
            if (n > 1)
                charta_chart_path(c->dl, bench ? CHARTA_ROLE_BENCHMARK : CHARTA_ROLE_SERIES, pts, n,
                           se->color, lw, charta_chart_series_dash(se));
            n = 0;
        }
        if (have)
            pts[n++] = (charta_xy){xpos(f, cd->year_first + (double)y), ypos(f, se->values[y])};
    }
    /* markers on top of the line: hollow for estimated and provisional values */
    double size = compact ? 5 : se->role == CHARTA_SERIES_CITY ? 7.5 : 7;
    for (size_t y = 0; y < cd->n_years; y++) {
        if (!isfinite(se->values[y]))
            continue;
        double x = xpos(f, cd->year_first + (double)y), yy = ypos(f, se->values[y]);
        bool lonely = (y == 0 || !isfinite(se->values[y - 1])) &&
                      (y + 1 == cd->n_years || !isfinite(se->values[y + 1]));
        if (!bench || lonely) {
            bool hollow = charta_chart_is_hollow(se->status[y]);
            charta_chart_marker(c->dl, CHARTA_ROLE_POINT, series_base + (int)s, x, yy, bench ? 5 : size,
                         se->marker, hollow ? c->style->background : se->color, se->color, 1.5);
        }
        charta_chart_probe(c->dl, series_base + (int)s, cd->year_first + (int)y, se->values[y],
                    se->status[y], x, yy);
    }
    free(pts);
}

typedef struct box {
    double x0, y0, x1, y1;
} box;

static bool
overlaps(const box *a, const box *b)
{
    return a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 && b->y0 < a->y1;
}

/* Targets from the first data year on: a ring in the series' colour, a
 * dotted straight path from the series' latest value, and (full charts) a
 * label placed where it overlaps no other target label. */
static void
draw_targets(const chart_ctx *c, const charta_chart_data *cd, const ts_frame *f, bool compact)
{
    const charta_chart_style *st = c->style;
    box placed[16];
    size_t np = 0;
    for (size_t t = 0; t < cd->n_targets; t++) {
        const charta_chart_target *tg = &cd->targets[t];
        if (tg->year < f->x0 || tg->year > f->x1 || tg->series < 0 ||
            (size_t)tg->series >= cd->n_series)
            continue;
        if (compact && cd->series[tg->series].role != CHARTA_SERIES_CITY)
            continue;
        const charta_chart_series *se = &cd->series[tg->series];
        int li = last_index(cd, (size_t)tg->series);
        if (li < 0)
            continue;
        charta_color col = tg->series == 0 ? st->primary : se->color;
        /* the path starts at the latest value or at the previous future target */
        double px = xpos(f, cd->year_first + (double)li), py = ypos(f, se->values[li]);
        int from = cd->year_first + li;
        for (size_t k = 0; k < t; k++)
            if (cd->targets[k].series == tg->series && cd->targets[k].year > from &&
                cd->targets[k].year < tg->year)
                from = cd->targets[k].year, px = xpos(f, from), py = ypos(f, cd->targets[k].value);
        double tx = xpos(f, tg->year), ty = ypos(f, tg->value);
        double ring = compact ? 9 : 13;
        if (tg->year > cd->year_first + li) { /* from rim to rim: never across a hollow point */
            double dx = tx - px, dy = ty - py, len = hypot(dx, dy);
            double r0 = (compact ? 5 : 7.5) / 2 + 1.5, r1 = ring / 2 + 1;
            if (len > r0 + r1 + 2)
                charta_chart_line(c->dl, CHARTA_ROLE_TARGET_PATH, px + dx / len * r0, py + dy / len * r0,
                           tx - dx / len * r1, ty - dy / len * r1, col, compact ? 1.25 : 1.5,
                           CHARTA_DASH_DOTTED);
        }
        charta_chart_marker(c->dl, CHARTA_ROLE_TARGET, tg->series, tx, ty, ring, CHARTA_MARKER_TARGET,
                     st->background, col, 2);
    }
    /* then the labels, knowing every path */
    for (size_t t = 0; t < cd->n_targets && !compact; t++) {
        const charta_chart_target *tg = &cd->targets[t];
        if (tg->year < f->x0 || tg->year > f->x1 || tg->series < 0 ||
            (size_t)tg->series >= cd->n_series || last_index(cd, (size_t)tg->series) < 0)
            continue;
        charta_color col = tg->series == 0 ? st->primary : cd->series[tg->series].color;
        double tx = xpos(f, tg->year), ty = ypos(f, tg->value);
        char num[CHARTA_NUMFMT_SIZE], label[200];
        snprintf(label, sizeof label, "%s %d: %s",
                 charta_label_get(CHARTA_LBL_CHART_TARGET, c->lang), tg->year,
                 charta_chart_num(c, tg->value, charta_chart_decimals(cd), num));
        double fs = c->fs * 0.92;
        charta_text_extents e = charta_chart_measure(c, label, fs, true);
        /* candidates: beside the ring, left first near the right edge */
        bool right_edge = tx > f->px + f->pw * 0.6;
        double gx = 9, gy = 3;
        box cand[6] = {
            {tx - gx - e.width, ty - gy - e.height, tx - gx, ty - gy},
            {tx - gx - e.width, ty + gy, tx - gx, ty + gy + e.height},
            {tx + gx, ty - gy - e.height, tx + gx + e.width, ty - gy},
            {tx + gx, ty + gy, tx + gx + e.width, ty + gy + e.height},
            {tx - e.width / 2, ty - 9 - e.height, tx + e.width / 2, ty - 9},
            {tx - e.width / 2, ty + 9, tx + e.width / 2, ty + 9 + e.height},
        };
        if (!right_edge) { /* prefer the right side */
            box t0 = cand[0], t1 = cand[1];
            cand[0] = cand[2], cand[1] = cand[3], cand[2] = t0, cand[3] = t1;
        }
        /* the cheapest place: outside the plot, on another label, across a
         * target path or on data points costs, in that order */
        int pick = 0;
        double best = INFINITY;
        for (int k = 0; k < 6; k++) {
            double cost = k * 0.01;
            if (cand[k].x0 < f->px || cand[k].x1 > f->px + f->pw + 4 ||
                cand[k].y0 < f->py - e.height || cand[k].y1 > f->py + f->ph)
                cost += 1000;
            for (size_t j = 0; j < np; j++)
                cost += overlaps(&cand[k], &placed[j]) ? 100 : 0;
            for (size_t i = 0; i < c->dl->n; i++) {
                const charta_dl_item *it = &c->dl->items[i];
                if (it->op != CHARTA_DL_PATH ||
                    (it->role != CHARTA_ROLE_TARGET_PATH && it->role != CHARTA_ROLE_SERIES &&
                     it->role != CHARTA_ROLE_BENCHMARK))
                    continue;
                for (size_t q = 0; q + 1 < it->npt; q++) /* sample each segment */
                    for (int t8 = 0; t8 <= 8; t8++) {
                        const charta_xy *a = &c->dl->pts[it->pt + q], *b = a + 1;
                        double sx = a->x + (b->x - a->x) * t8 / 8,
                               sy = a->y + (b->y - a->y) * t8 / 8;
                        if (sx > cand[k].x0 && sx < cand[k].x1 && sy > cand[k].y0 &&
                            sy < cand[k].y1)
                            cost += it->role == CHARTA_ROLE_TARGET_PATH ? 10 : 3;
                    }
            }
            for (size_t i = 0; i < c->dl->n_probes; i++) {
                const charta_dl_probe *pr = &c->dl->probes[i];
                if (pr->x > cand[k].x0 - 4 && pr->x < cand[k].x1 + 4 && pr->y > cand[k].y0 - 4 &&
                    pr->y < cand[k].y1 + 4)
                    cost += 5;
            }
            if (cost < best)
                best = cost, pick = k;
        }
        if (np < 16)
            placed[np++] = cand[pick];
        charta_chart_place_text(c, CHARTA_ROLE_TARGET, label, cand[pick].x0, cand[pick].y0, 0, 0, fs, true, col);
    }
}

/* Year labels every `step` years, step chosen so that labels never touch. */
static int
year_step(const chart_ctx *c, const ts_frame *f, double size)
{
    double lw = charta_chart_measure(c, "0000", size, false).width + size * 0.9;
    int span = f->x1 - f->x0;
    if (span <= 0)
        return 1;
    double per_year = (xpos(f, f->x1) - xpos(f, f->x0)) / span;
    static const int steps[] = {1, 2, 5, 10, 20, 25, 50, 100, 250, 500, 1000};
    for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++)
        if (per_year * steps[i] >= lw)
            return steps[i];
    return span;
}

/* The years and values the box spans: the data's, and the targets drawn
 * (in compact panels the city's only), with zero when it is near or asked
 * for, and the fixed bounds. False when there is no value. */
static bool
data_extent(const charta_chart_data *cd, bool compact, double *lo_out, double *hi_out, int *y0_out,
            int *y1_out)
{
    double lo = INFINITY, hi = -INFINITY;
    int y0 = INT32_MAX, y1 = cd->year_first + (int)cd->n_years - 1;
    for (size_t s = 0; s < cd->n_series; s++)
        for (size_t k = 0; k < cd->n_years; k++) {
            double v = cd->series[s].values[k];
            if (!isfinite(v))
                continue;
            lo = fmin(lo, v), hi = fmax(hi, v);
            if (cd->year_first + (int)k < y0)
                y0 = cd->year_first + (int)k;
        }
    if (y0 == INT32_MAX)
        return false;
    for (size_t t = 0; t < cd->n_targets; t++)
        if (cd->targets[t].year >= y0 && cd->targets[t].year <= y1 + 60 &&
            (size_t)cd->targets[t].series < cd->n_series &&
            last_index(cd, (size_t)cd->targets[t].series) >= 0 &&
            !(compact && cd->targets[t].series != 0)) {
            lo = fmin(lo, cd->targets[t].value), hi = fmax(hi, cd->targets[t].value);
            if (cd->targets[t].year > y1)
                y1 = cd->targets[t].year;
        }
    if (cd->zero > 0 ||
        (cd->zero == 0 && ((lo >= 0 && lo <= hi * 0.25) || (hi <= 0 && hi >= lo * 0.25))))
        lo = fmin(lo, 0), hi = fmax(hi, 0);
    if (cd->has_y_min)
        lo = cd->y_min;
    if (cd->has_y_max)
        hi = cd->y_max;
    if (lo >= hi) /* a fixed bound beyond the data */
        hi = lo + (fabs(lo) > 0 ? fabs(lo) : 1);
    *lo_out = lo, *hi_out = hi, *y0_out = y0, *y1_out = y1;
    return true;
}

/* True when tick value v lies outside f's values: a fixed bound cuts the
 * ticks off. */
static bool
tick_outside(const ts_frame *f, const charta_ticks *tk, double v)
{
    return v < f->lo - tk->step * 1e-6 || v > f->hi + tk->step * 1e-6;
}

/* The widest y tick label. */
static double
tick_label_width(const chart_ctx *c, const charta_ticks *tk, const ts_frame *f, double fs)
{
    char num[CHARTA_NUMFMT_SIZE];
    double gl = 0;
    for (int k = 0; k < tk->n; k++) {
        double v = tk->first + k * tk->step;
        if (tick_outside(f, tk, v))
            continue;
        gl = fmax(
            gl,
            charta_chart_measure(c, charta_chart_num(c, v, tk->decimals, num), fs, false).width);
    }
    return gl;
}

/* The room the end labels take: the widest name (cut to max_label) with
 * its swatch; 0 when no series has a value. */
static double
end_label_width(const chart_ctx *c, const charta_chart_data *cd, double fs, double max_label)
{
    char cut[256];
    double gr = 0;
    for (size_t s = 0; s < cd->n_series; s++)
        if (last_index(cd, s) >= 0) {
            bool bold = cd->series[s].role == CHARTA_SERIES_CITY;
            gr = fmax(gr, charta_chart_measure(c,
                                               charta_chart_fit(c, cd->series[s].label, fs, bold,
                                                                max_label, cut, sizeof cut),
                                               fs, bold)
                                  .width +
                              (cd->series[s].role == CHARTA_SERIES_BENCHMARK ? BENCH_SWATCH + 10
                                                                             : 26));
        }
    return gr;
}

/* Grid lines and y tick labels (the zero line as an axis), and the x axis. */
static void
draw_value_axis(const chart_ctx *c, const ts_frame *f, const charta_ticks *tk, double fs)
{
    const charta_chart_style *st = c->style;
    char num[CHARTA_NUMFMT_SIZE];
    for (int k = 0; k < tk->n; k++) {
        double v = tk->first + k * tk->step;
        if (tick_outside(f, tk, v))
            continue;
        double yy = ypos(f, v);
        bool zero = fabs(v) < tk->step * 1e-6;
        charta_chart_line(c->dl, zero ? CHARTA_ROLE_AXIS : CHARTA_ROLE_GRID, f->px, yy,
                          f->px + f->pw, yy, zero ? st->muted : st->grid, zero ? 1 : 0.75,
                          CHARTA_DASH_SOLID);
        charta_chart_place_text(c, CHARTA_ROLE_TICK_LABEL,
                                charta_chart_num(c, zero ? 0 : v, tk->decimals, num), f->px - 6, yy,
                                1, 0.5, fs, false, st->muted);
    }
    charta_chart_line(c->dl, CHARTA_ROLE_AXIS, f->px, f->py + f->ph, f->px + f->pw, f->py + f->ph,
                      st->muted, 1, CHARTA_DASH_SOLID);
}

/* Year labels with a tick: every year_step years, in compact panels only
 * the first and the last. */
static void
draw_year_axis(const chart_ctx *c, const ts_frame *f, double fs, bool compact)
{
    const charta_chart_style *st = c->style;
    char num[CHARTA_NUMFMT_SIZE];
    int step = compact ? (f->x1 - f->x0 > 0 ? f->x1 - f->x0 : 1) : year_step(c, f, fs);
    for (int yr = f->x0; yr <= f->x1; yr++) {
        if (compact ? (yr != f->x0 && yr != f->x1) : yr % step != 0)
            continue;
        double xx = xpos(f, yr);
        snprintf(num, sizeof num, "%d", yr);
        charta_chart_line(c->dl, CHARTA_ROLE_AXIS, xx, f->py + f->ph, xx, f->py + f->ph + 4,
                          st->muted, 1, CHARTA_DASH_SOLID);
        charta_chart_place_text(c, CHARTA_ROLE_TICK_LABEL, num, xx, f->py + f->ph + 5,
                                compact ? (yr == f->x0 ? 0.2 : 0.8) : 0.5, 0, fs, false, st->muted);
    }
}

/* The series, benchmarks behind and the city on top (compact panels: the
 * city only), then the targets; clipped to the plot when a bound is fixed,
 * as the data may pass it. */
static void
draw_plot(const chart_ctx *c, const charta_chart_data *cd, const ts_frame *f, bool compact,
          int series_base, bool fixed)
{
    if (fixed)
        charta_chart_clip(c->dl, true, f->px, f->py, f->pw, f->ph);
    for (int pass = 0; pass < 3; pass++)
        for (size_t s = 0; s < cd->n_series; s++) {
            charta_series_role r = cd->series[s].role;
            int want_pass = r == CHARTA_SERIES_BENCHMARK ? 0 : r == CHARTA_SERIES_CITY ? 2 : 1;
            if (want_pass == pass && !(compact && r != CHARTA_SERIES_CITY))
                draw_series(c, cd, f, s, compact, series_base);
        }
    draw_targets(c, cd, f, compact);
    if (fixed)
        charta_chart_clip(c->dl, false, 0, 0, 0, 0);
}

/* End labels right of the plot, each with a swatch of its line, spread
 * apart (lines of height lh, down to half the year labels' height xh
 * below the plot) and joined to the line's end when moved. */
static void
draw_end_labels(const chart_ctx *c, const charta_chart_data *cd, const ts_frame *f, double fs,
                double lh, double xh, double max_label)
{
    const charta_chart_style *st = c->style;
    char cut[256];
    end_label *labels = calloc(cd->n_series ? cd->n_series : 1, sizeof *labels);
    if (!labels) {
        c->dl->oom = true;
        return;
    }
    size_t nl = 0;
    for (size_t s = 0; s < cd->n_series; s++) {
        int li = last_index(cd, s);
        if (li < 0)
            continue;
        double v = cd->series[s].values[li];
        labels[nl++] = (end_label){s, fmin(fmax(ypos(f, v), f->py), f->py + f->ph), 0};
    }
    spread_labels(labels, nl, lh, f->py - lh / 2, f->py + f->ph + xh / 2);
    double lx = f->px + f->pw + 6;
    for (size_t i = 0; i < nl; i++) {
        const charta_chart_series *se = &cd->series[labels[i].series];
        bool bold = se->role == CHARTA_SERIES_CITY;
        bool bench = se->role == CHARTA_SERIES_BENCHMARK;
        if (fabs(labels[i].y - labels[i].y0) > 1)
            charta_chart_line(c->dl, CHARTA_ROLE_SERIES_LABEL, f->px + f->pw + 1, labels[i].y0, lx,
                              labels[i].y, st->muted, 0.75, CHARTA_DASH_SOLID);
        /* a benchmark's piece of line is longer: long enough to show its dashes */
        charta_chart_line(c->dl, CHARTA_ROLE_SERIES_LABEL, lx, labels[i].y,
                          lx + (bench ? BENCH_SWATCH : 16), labels[i].y, se->color,
                          series_width(se, false), charta_chart_series_dash(se));
        if (!bench)
            charta_chart_marker(c->dl, CHARTA_ROLE_SERIES_LABEL, -1, lx + 8, labels[i].y, 6,
                                se->marker, se->color, se->color, 1);
        charta_chart_place_text(
            c, CHARTA_ROLE_SERIES_LABEL,
            charta_chart_fit(c, se->label, fs, bold, max_label, cut, sizeof cut),
            lx + (bench ? BENCH_SWATCH + 4 : 20), labels[i].y, 0, 0.5, fs, bold,
            bench ? se->color : st->text);
    }
    free(labels);
}

void
charta_chart_layout_series_box(const chart_ctx *c, const charta_chart_data *cd, double x, double y,
                               double w, double h, bool compact, int series_base)
{
    double fs = compact ? c->fs * 0.85 : c->fs;
    double lo, hi;
    int y0, y1;
    if (!data_extent(cd, compact, &lo, &hi, &y0, &y1)) {
        charta_chart_no_data(c, x, y, w, h);
        return;
    }
    double top = y, unit_y = y, unit_w = 0;
    /* a value axis that cannot reach zero (all values on one side of it) is said
     * to start elsewhere, in the unit's row: a line over 82,5 .. 84,0 drawn from
     * zero would be flat, drawn without the note it would look steep */
    bool off_zero = !compact && (lo > 0 || hi < 0);
    if (!compact && (cd->unit[0] || off_zero)) {
        double th = charta_chart_measure(c, cd->unit[0] ? cd->unit : "Ag", fs, false).height;
        if (cd->unit[0])
            unit_w = charta_chart_place_text(c, CHARTA_ROLE_AXIS_TITLE, cd->unit, x, top, 0, 0, fs,
                                             false, c->style->muted);
        top += th + 6;
    }
    /* y ticks: about one per 45 px (40 in compact panels) */
    double xh = charta_chart_measure(c, "2000", fs, false).height + 6;
    int want = (int)lround((y + h - xh - top) / (compact ? 40 : 45));
    charta_ticks tk;
    if (!charta_chart_ticks(lo, hi, want < 3 ? 3 : want > 8 ? 8 : want, &tk)) {
        charta_chart_too_large(c, x, y, w, h);
        return;
    }
    bool fixed = cd->has_y_min || cd->has_y_max;
    ts_frame f = {.x0 = y0, .x1 = y1};
    f.lo = cd->has_y_min ? lo : tk.first;
    f.hi = cd->has_y_max ? hi : tk.first + (tk.n - 1) * tk.step;
    if (off_zero && (f.lo > 0 || f.hi < 0)) {
        const char *note = charta_label_get(CHARTA_LBL_CHART_AXIS_NOT_ZERO, c->lang);
        char cut[256];
        double nx = x + (unit_w > 0 ? unit_w + 16 : 0);
        charta_chart_place_text(c, CHARTA_ROLE_NOTE,
                                charta_chart_fit(c, note, fs * 0.9, false, x + w - nx, cut,
                                                 sizeof cut),
                                nx, unit_y, 0, 0, fs * 0.9, false, c->style->muted);
    }
    double gl = tick_label_width(c, &tk, &f, fs) + 8;
    /* end labels: every series but in compact panels */
    double lh = charta_chart_measure(c, "Ag", fs, false).height;
    double max_label = w * 0.3;
    double gr = compact ? 0 : end_label_width(c, cd, fs, max_label);
    if (w - gl - gr < w * 0.4) /* a narrow chart: the plot before the end labels */
        gr = 0;
    f.px = x + gl;
    f.py = top + (compact ? 2 : 4);
    f.pw = fmax(w - gl - gr, 20); /* too small a box still shows the data, never "no data" */
    f.ph = fmax(y + h - xh - f.py, 20);
    draw_value_axis(c, &f, &tk, fs);
    draw_year_axis(c, &f, fs, compact);
    draw_plot(c, cd, &f, compact, series_base, fixed);
    if (compact || gr <= 0)
        return;
    draw_end_labels(c, cd, &f, fs, lh, xh, max_label);
}

/* --- the full time series chart ------------------------------------------------- */

typedef struct legend_item {
    int kind; /* 0 hollow, 1 target, 2 path, 3 gap, 4 benchmark */
    const char *text;
} legend_item;

static size_t
legend_items(const charta_chart_data *cd, legend_item *out)
{
    bool hollow = false, gap = false, bench = false;
    for (size_t s = 0; s < cd->n_series; s++) {
        const charta_chart_series *se = &cd->series[s];
        bench = bench || se->role == CHARTA_SERIES_BENCHMARK;
        bool seen = false, open = false;
        for (size_t y = 0; y < cd->n_years; y++) {
            bool have = isfinite(se->values[y]);
            hollow = hollow || (have && charta_chart_is_hollow(se->status[y]));
            if (have && seen && (open || se->status[y] == CHARTA_ST_BREAK))
                gap = true;
            if (have)
                seen = true, open = false;
            else if (seen)
                open = true;
        }
    }
    size_t n = 0;
    const char *L = cd->lang;
    if (hollow)
        out[n++] = (legend_item){0, charta_label_get(CHARTA_LBL_CHART_HOLLOW, L)};
    if (gap)
        out[n++] = (legend_item){3, charta_label_get(CHARTA_LBL_CHART_GAP, L)};
    if (cd->n_targets) {
        out[n++] = (legend_item){1, charta_label_get(CHARTA_LBL_CHART_TARGET, L)};
        out[n++] = (legend_item){2, charta_label_get(CHARTA_LBL_CHART_TARGET_PATH, L)};
    }
    if (bench)
        out[n++] = (legend_item){4, charta_label_get(CHARTA_LBL_CHART_BENCHMARK, L)};
    return n;
}

/* Legend rows from (x, y) within width w; returns the height (0 = none).
 * With draw false it only measures. */
static double
legend(const chart_ctx *c, const charta_chart_data *cd, double x, double y, double w, bool draw)
{
    legend_item items[8];
    size_t n = legend_items(cd, items);
    if (!n)
        return 0;
    const charta_chart_style *st = c->style;
    double fs = c->fs * 0.9, lh = charta_chart_measure(c, "Ag", fs, false).height + 2;
    double cx = x, cy = y;
    for (size_t i = 0; i < n; i++) {
        double tw = charta_chart_measure(c, items[i].text, fs, false).width;
        double iw = 24 + tw + 16;
        if (cx > x && cx + iw > x + w)
            cx = x, cy += lh;
        if (draw) {
            double my = cy + lh / 2;
            switch (items[i].kind) {
            case 0:
                charta_chart_marker(c->dl, CHARTA_ROLE_LEGEND, -1, cx + 9, my, 7, CHARTA_MARKER_CIRCLE,
                             st->background, st->text, 1.5);
                break;
            case 1:
                charta_chart_marker(c->dl, CHARTA_ROLE_LEGEND, -1, cx + 9, my, 11, CHARTA_MARKER_TARGET,
                             st->background, st->primary, 2);
                break;
            case 2:
                charta_chart_line(c->dl, CHARTA_ROLE_LEGEND, cx, my, cx + 20, my, st->primary, 1.5,
                           CHARTA_DASH_DOTTED);
                break;
            case 3:
                charta_chart_line(c->dl, CHARTA_ROLE_LEGEND, cx, my, cx + 7, my, st->text, 1.5,
                           CHARTA_DASH_SOLID);
                charta_chart_line(c->dl, CHARTA_ROLE_LEGEND, cx + 13, my, cx + 20, my, st->text, 1.5,
                           CHARTA_DASH_SOLID);
                break;
            default:
                charta_chart_line(c->dl, CHARTA_ROLE_LEGEND, cx, my, cx + 20, my, st->benchmark, 1.5,
                           CHARTA_DASH_DASHED);
                break;
            }
            charta_chart_place_text(c, CHARTA_ROLE_LEGEND, items[i].text, cx + 24, my, 0, 0.5, fs, false,
                       st->muted);
        }
        cx += iw;
    }
    return cy + lh - y;
}

const char *
charta_chart_direction_text(const charta_chart_data *cd)
{
    if (cd->direction == CHARTA_DIR_UP)
        return charta_label_get(CHARTA_LBL_CHART_HIGHER_BETTER, cd->lang);
    if (cd->direction == CHARTA_DIR_DOWN)
        return charta_label_get(CHARTA_LBL_CHART_LOWER_BETTER, cd->lang);
    return NULL;
}

/* Title and subtitle from the top; returns the y below them. */
double
charta_chart_header(const chart_ctx *c, const charta_chart_data *cd, const char *sub, double pad, double w)
{
    const charta_chart_style *st = c->style;
    double y = pad;
    y += charta_chart_wrap(c, CHARTA_ROLE_TITLE, cd->title, pad, y, 0, w - 2 * pad, 2, c->fs * 1.3, true,
                    st->text);
    y += 2;
    if (sub && sub[0])
        y += charta_chart_wrap(c, CHARTA_ROLE_SUBTITLE, sub, pad, y, 0, w - 2 * pad, 2, c->fs, false,
                        st->muted);
    return y + 10;
}

static void
timeseries_alt(const chart_ctx *c, const charta_chart_data *cd, int y0, int y1)
{
    charta_buf b = {0};
    char n1[CHARTA_NUMFMT_SIZE], n2[CHARTA_NUMFMT_SIZE];
    const char *L = c->lang;
    if (cd->alt_given) {
        charta_buf_puts(&b, cd->alt_given);
        charta_chart_set_alt(c->dl, &b);
        return;
    }
    charta_chart_bprintf(&b, "%s: %s", charta_label_get(CHARTA_LBL_CHART_ALT_LINE, L), cd->title);
    if (cd->unit[0])
        charta_chart_bprintf(&b, " (%s)", cd->unit);
    if (y0 <= y1)
        charta_chart_bprintf(&b, ", %d\xE2\x80\x93%d", y0, y1);
    charta_buf_puts(&b, ".");
    int dec = charta_chart_decimals(cd);
    size_t said = 0;
    for (size_t s = 0; s < cd->n_series; s++) {
        const charta_chart_series *se = &cd->series[s];
        int fi = -1, li = last_index(cd, s);
        for (size_t y = 0; y < cd->n_years && fi < 0; y++)
            if (isfinite(se->values[y]))
                fi = (int)y;
        if (li < 0)
            continue;
        if (said++ >= 4) /* a sentence per line would be too long: the first four */
            break;
        if (fi == li)
            charta_chart_bprintf(&b, " %s: %s (%d).", se->label, charta_chart_num(c, se->values[li], dec, n1),
                          cd->year_first + li);
        else
            charta_chart_bprintf(&b, " %s: %s (%d) %s %s (%d).", se->label,
                          charta_chart_num(c, se->values[fi], dec, n1), cd->year_first + fi,
                          charta_label_get(CHARTA_LBL_CHART_TO, L),
                          charta_chart_num(c, se->values[li], dec, n2), cd->year_first + li);
    }
    for (size_t t = 0; t < cd->n_targets; t++)
        charta_chart_bprintf(&b, " %s %d: %s.", charta_label_get(CHARTA_LBL_CHART_TARGET, L),
                      cd->targets[t].year, charta_chart_num(c, cd->targets[t].value, dec, n1));
    if (!said)
        charta_chart_bprintf(&b, " %s.", charta_label_get(CHARTA_LBL_CHART_NO_DATA, L));
    charta_chart_set_alt(c->dl, &b);
}

static void
layout_timeseries(const chart_ctx *c, const charta_chart_data *cd, const charta_chart_opts *o,
                  double W, double H)
{
    double pad = 16;
    int y0 = cd->year_first, y1 = cd->year_first + (int)cd->n_years - 1;
    double top = pad;
    if (!o->no_title) {
        charta_buf sub = {0};
        if (y0 < y1)
            charta_chart_bprintf(&sub, "%d\xE2\x80\x93%d", y0, y1);
        else if (y0 == y1)
            charta_chart_bprintf(&sub, "%d", y0);
        const char *dir = charta_chart_direction_text(cd);
        if (dir)
            charta_chart_bprintf(&sub, " \xC2\xB7 %s", dir);
        if (cd->dropped) {
            char n[32];
            snprintf(n, sizeof n, "%zu", cd->dropped);
            charta_buf_puts(&sub, " \xC2\xB7 ");
            charta_chart_bprintf(&sub, charta_label_get(CHARTA_LBL_CHART_MORE_SERIES, c->lang), n);
        }
        top = charta_chart_header(c, cd, sub.data ? sub.data : "", pad, W);
        charta_buf_free(&sub);
    }
    double lg = legend(c, cd, pad, 0, W - 2 * pad, false);
    if (lg > (H - top) * 0.25) /* a small chart: the plot matters more */
        lg = 0;
    double bottom = H - pad - (lg ? lg + 8 : 0);
    charta_chart_layout_series_box(c, cd, pad, top, W - 2 * pad, bottom - top, false, 0);
    if (lg)
        legend(c, cd, pad, H - pad - lg, W - 2 * pad, true);
    timeseries_alt(c, cd, y0, y1);
}

charta_dl *
charta_chart_layout(const charta_chart_data *cd, const charta_chart_style *style,
                    const charta_chart_opts *o)
{
    charta_chart_opts def = {0};
    if (!o)
        o = &def;
    double W = o->width > 0 ? o->width : CHART_W, H = o->height > 0 ? o->height : CHART_H;
    charta_dl *dl = charta_dl_new(W, H);
    if (!dl)
        return NULL;
    chart_ctx c = {dl,         style,
                   o->measure, o->font_size > 0 ? o->font_size : 12,
                   cd->lang,   charta_numfmt_for(cd->lang)};
    charta_chart_rect(dl, CHARTA_ROLE_BACKGROUND, 0, 0, W, H, style->background, (charta_color){0}, 0);
    if (cd->kind == CHARTA_CHART_AREAS || cd->one_year) /* a line over one year says nothing */
        charta_chart_layout_bars(&c, cd, o, W);
    else
        layout_timeseries(&c, cd, o, W, H);
    if (dl->n)
        dl->items[0].h = dl->height; /* the background follows a grown height */
    return dl;
}
