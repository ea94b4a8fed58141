/* chart_layout.c: ticks, text placement, the time series and the area
 * comparison as display lists (chart.h). Pure geometry: text sizes come
 * from the measurer, nothing here draws. */
#include "chart_internal.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --- text ------------------------------------------------------------------- */

charta_text_extents
chart_measure(const chart_ctx *c, const char *s, double size, bool bold)
{
    charta_text_extents e = {0, size * 1.2, size * 0.95};
    if (c->m.measure) {
        c->m.measure(c->m.ud, s, size, bold, &e);
    } else { /* no measurer: an estimate, about DejaVu Sans' average width */
        size_t chars = 0;
        for (const unsigned char *p = (const unsigned char *)s; *p; p++)
            chars += (*p & 0xC0) != 0x80;
        e.width = (double)chars * size * (bold ? 0.66 : 0.6);
    }
    return e;
}

double
chart_text(const chart_ctx *c, charta_dl_role role, const char *s, double x, double y, double ax,
           double ay, double size, bool bold, charta_color color)
{
    charta_text_extents e = chart_measure(c, s, size, bold);
    chart_text_item(c->dl, role, s, x - ax * e.width + e.width / 2,
                    y - ay * e.height + e.height / 2, &e, size, bold, color, 0);
    return e.width;
}

static bool
continuation(const char *s, size_t i)
{
    return ((unsigned char)s[i] & 0xC0) == 0x80;
}

const char *
chart_fit(const chart_ctx *c, const char *s, double size, bool bold, double max_w, char *out,
          size_t cap)
{
    if (cap < 8 || chart_measure(c, s, size, bold).width <= max_w)
        return s;
    size_t len = strlen(s);
    size_t hi = len < cap - 4 ? len : cap - 4, lo = 0;
    while (hi > 0 && hi < len && continuation(s, hi))
        hi--;
    /* the longest prefix (cut at a character) that fits with "…" */
    while (lo < hi) {
        size_t mid = (lo + hi + 1) / 2;
        while (mid > lo && mid < len && continuation(s, mid))
            mid--;
        if (mid == lo) {
            mid = lo + 1;
            while (mid < hi && continuation(s, mid))
                mid++;
        }
        memcpy(out, s, mid);
        memcpy(out + mid, "\xE2\x80\xA6", 4); /* … */
        if (chart_measure(c, out, size, bold).width <= max_w) {
            lo = mid;
        } else {
            hi = mid - 1;
            while (hi > lo && continuation(s, hi))
                hi--;
        }
    }
    while (lo > 0 && s[lo - 1] == ' ')
        lo--;
    memcpy(out, s, lo);
    memcpy(out + lo, "\xE2\x80\xA6", 4);
    return out;
}

/* Split s into lines of at most max_w; calls put(line) for each. */
static int
wrap_lines(const chart_ctx *c, const char *s, double max_w, int max_lines, double size, bool bold,
           void (*put)(void *ud, const char *line, int i), void *ud)
{
    char line[512], cut[520];
    int n = 0;
    const char *p = s;
    while (*p == ' ')
        p++;
    while (*p && n < max_lines) {
        size_t len = 0, best = 0;
        const char *q = p;
        while (*q) {
            const char *w = q;
            while (*w && *w != ' ')
                w++;
            size_t try_len = (size_t)(w - p);
            if (try_len >= sizeof line)
                break;
            memcpy(line, p, try_len);
            line[try_len] = '\0';
            if (best && chart_measure(c, line, size, bold).width > max_w)
                break;
            best = try_len;
            q = w;
            while (*q == ' ')
                q++;
        }
        len = best ? best : strlen(p) < sizeof line - 1 ? strlen(p) : sizeof line - 1;
        memcpy(line, p, len);
        line[len] = '\0';
        const char *rest = p + len;
        while (*rest == ' ')
            rest++;
        if (*rest && n == max_lines - 1) { /* the last line takes the rest, cut */
            size_t all = strlen(p) < sizeof line - 1 ? strlen(p) : sizeof line - 1;
            memcpy(line, p, all);
            line[all] = '\0';
            const char *f = chart_fit(c, line, size, bold, max_w, cut, sizeof cut);
            if (f == line) /* fits only because the buffer cut it: mark anyway */
                f = chart_fit(c, line, size, bold, chart_measure(c, line, size, bold).width - 1,
                              cut, sizeof cut);
            if (put)
                put(ud, f, n);
            return n + 1;
        }
        const char *f = chart_fit(c, line, size, bold, max_w, cut, sizeof cut);
        if (put)
            put(ud, f, n);
        n++;
        p = rest;
    }
    return n;
}

typedef struct wrap_ud {
    const chart_ctx *c;
    charta_dl_role role;
    double x, y, ax, size, lh;
    bool bold;
    charta_color color;
} wrap_ud;

static void
put_line(void *ud, const char *line, int i)
{
    wrap_ud *w = ud;
    chart_text(w->c, w->role, line, w->x, w->y + i * w->lh, w->ax, 0, w->size, w->bold, w->color);
}

double
chart_wrap(const chart_ctx *c, charta_dl_role role, const char *s, double x, double y, double ax,
           double max_w, int max_lines, double size, bool bold, charta_color color)
{
    double lh = chart_measure(c, "Ag", size, bold).height;
    wrap_ud w = {c, role, x, y, ax, size, lh, bold, color};
    int n = wrap_lines(c, s, max_w, max_lines, size, bold, put_line, &w);
    return n * lh;
}

int
chart_wrap_lines(const chart_ctx *c, const char *s, double max_w, int max_lines, double size,
                 bool bold)
{
    return wrap_lines(c, s, max_w, max_lines, size, bold, NULL, NULL);
}

const char *
chart_num(const chart_ctx *c, double v, int decimals, char out[CHARTA_NUMFMT_SIZE])
{
    return charta_numfmt_format(&c->nf, v, decimals, out, CHARTA_NUMFMT_SIZE);
}

void
chart_bprintf(charta_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = charta_vasprintf(fmt, ap);
    va_end(ap);
    if (!s) {
        b->oom = true;
        return;
    }
    charta_buf_puts(b, s);
    free(s);
}

int
chart_decimals(const charta_chart_data *cd)
{
    return cd->decimals >= 0 ? cd->decimals : 2;
}

void
chart_no_data(const chart_ctx *c, double x, double y, double w, double h)
{
    const charta_chart_style *st = c->style;
    chart_rect(c->dl, CHARTA_ROLE_NODATA, x, y, w, h, charta_color_tint(st->grid, 0.6), st->grid,
               1);
    chart_text(c, CHARTA_ROLE_NODATA, charta_label_get(CHARTA_LBL_CHART_NO_DATA, c->lang),
               x + w / 2, y + h / 2, 0.5, 0.5, c->fs * 1.15, false, st->muted);
}

/* --- ticks ------------------------------------------------------------------- */

bool
charta_chart_ticks(double lo, double hi, int want, charta_ticks *out)
{
    if (!isfinite(lo) || !isfinite(hi))
        return false;
    if (lo > hi) {
        double t = lo;
        lo = hi, hi = t;
    }
    want = want < 2 ? 2 : want > 12 ? 12 : want;
    double mag = fmax(fabs(lo), fabs(hi));
    if (hi - lo <= mag * 1e-9) { /* one value: widen around it */
        if (mag == 0)
            lo = 0, hi = 1;
        else
            lo -= mag * 0.1, hi += mag * 0.1;
    }
    for (;; want--) {
        double raw = (hi - lo) / (want - 1);
        double p10 = pow(10, floor(log10(raw)));
        double f = raw / p10;
        double nice = f <= 1.0001 ? 1 : f <= 2.0001 ? 2 : f <= 2.5001 ? 2.5 : f <= 5.0001 ? 5 : 10;
        double step = nice * p10;
        double k0 = floor(lo / step + 1e-9), k1 = ceil(hi / step - 1e-9);
        if (!isfinite(step) || step <= 0 || !isfinite(k0) || !isfinite(k1))
            return false;
        int n = (int)(k1 - k0) + 1;
        if (n <= 13 || want <= 2) {
            if (n > 13)
                return false;
            out->first = k0 * step;
            out->step = step;
            out->n = n < 2 ? 2 : n;
            out->decimals = charta_numfmt_step_decimals(step);
            return true;
        }
    }
}

/* --- time series ----------------------------------------------------------------- */

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

static double
ypos(const ts_frame *f, double v)
{
    return f->py + f->ph - (v - f->lo) / (f->hi - f->lo) * f->ph;
}

static bool
is_hollow(char st)
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
                chart_path(c->dl, bench ? CHARTA_ROLE_BENCHMARK : CHARTA_ROLE_SERIES, pts, n,
                           se->color, lw, bench ? CHARTA_DASH_DASHED : CHARTA_DASH_SOLID);
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
            bool hollow = is_hollow(se->status[y]);
            chart_marker(c->dl, CHARTA_ROLE_POINT, series_base + (int)s, x, yy,
                         bench ? 5 : size, se->marker,
                         hollow ? c->style->background : se->color, se->color, 1.5);
        }
        chart_probe(c->dl, series_base + (int)s, cd->year_first + (int)y, se->values[y],
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
        if (tg->year > cd->year_first + li)
            chart_line(c->dl, CHARTA_ROLE_TARGET_PATH, px, py, tx, ty, col, compact ? 1.25 : 1.5,
                       CHARTA_DASH_DOTTED);
        chart_marker(c->dl, CHARTA_ROLE_TARGET, tg->series, tx, ty, compact ? 9 : 13,
                     CHARTA_MARKER_TARGET, st->background, col, 2);
        if (compact)
            continue;
        char num[CHARTA_NUMFMT_SIZE], label[200];
        snprintf(label, sizeof label, "%s %d: %s",
                 charta_label_get(CHARTA_LBL_CHART_TARGET, c->lang), tg->year,
                 chart_num(c, tg->value, chart_decimals(cd), num));
        double fs = c->fs * 0.92;
        charta_text_extents e = chart_measure(c, label, fs, true);
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
        int pick = -1;
        for (int k = 0; k < 6 && pick < 0; k++) {
            bool ok = cand[k].x0 >= f->px && cand[k].x1 <= f->px + f->pw + 4 &&
                      cand[k].y0 >= f->py - e.height && cand[k].y1 <= f->py + f->ph;
            for (size_t j = 0; ok && j < np; j++)
                ok = !overlaps(&cand[k], &placed[j]);
            if (ok)
                pick = k;
        }
        if (pick < 0)
            pick = 0;
        if (np < 16)
            placed[np++] = cand[pick];
        chart_text(c, CHARTA_ROLE_TARGET, label, cand[pick].x0, cand[pick].y0, 0, 0, fs, true,
                   col);
    }
}

/* Year labels every `step` years, step chosen so that labels never touch. */
static int
year_step(const chart_ctx *c, const ts_frame *f, double size)
{
    double lw = chart_measure(c, "0000", size, false).width + size * 0.9;
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

void
chart_layout_series_box(const chart_ctx *c, const charta_chart_data *cd, double x, double y,
                        double w, double h, bool compact, int series_base)
{
    const charta_chart_style *st = c->style;
    double fs = compact ? c->fs * 0.85 : c->fs;
    /* data extent */
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
    if (y0 == INT32_MAX) {
        chart_no_data(c, x, y, w, h);
        return;
    }
    for (size_t t = 0; t < cd->n_targets; t++)
        if (cd->targets[t].year >= y0 && cd->targets[t].year <= y1 + 60 &&
            (size_t)cd->targets[t].series < cd->n_series &&
            last_index(cd, (size_t)cd->targets[t].series) >= 0 &&
            !(compact && cd->targets[t].series != 0)) {
            lo = fmin(lo, cd->targets[t].value), hi = fmax(hi, cd->targets[t].value);
            if (cd->targets[t].year > y1)
                y1 = cd->targets[t].year;
        }
    if (cd->zero > 0 || (cd->zero == 0 && ((lo >= 0 && lo <= hi * 0.25) ||
                                           (hi <= 0 && hi >= lo * 0.25))))
        lo = fmin(lo, 0), hi = fmax(hi, 0);
    if (cd->has_y_min)
        lo = cd->y_min;
    if (cd->has_y_max)
        hi = cd->y_max;
    if (lo >= hi) /* a fixed bound beyond the data */
        hi = lo + (fabs(lo) > 0 ? fabs(lo) : 1);
    /* y ticks: about one per 55 px */
    double top = y;
    double th = 0;
    if (!compact && cd->unit[0]) {
        th = chart_measure(c, cd->unit, fs, false).height;
        chart_text(c, CHARTA_ROLE_AXIS_TITLE, cd->unit, x, top, 0, 0, fs, false, st->muted);
        top += th + 6;
    }
    double xh = chart_measure(c, "2000", fs, false).height + 6;
    int want = (int)((y + h - xh - top) / (compact ? 40 : 48));
    charta_ticks tk;
    if (!charta_chart_ticks(lo, hi, want < 3 ? 3 : want > 8 ? 8 : want, &tk)) {
        chart_no_data(c, x, y, w, h);
        return;
    }
    bool fixed = cd->has_y_min || cd->has_y_max;
    ts_frame f = {.x0 = y0, .x1 = y1};
    f.lo = cd->has_y_min ? lo : tk.first;
    f.hi = cd->has_y_max ? hi : tk.first + (tk.n - 1) * tk.step;
    int dec = tk.decimals;
    char num[CHARTA_NUMFMT_SIZE], cut[256];
    double gl = 0;
    for (int k = 0; k < tk.n; k++) {
        double v = tk.first + k * tk.step;
        if (v < f.lo - tk.step * 1e-6 || v > f.hi + tk.step * 1e-6)
            continue;
        gl = fmax(gl, chart_measure(c, chart_num(c, v, dec, num), fs, false).width);
    }
    gl += 8;
    /* end labels: every series but in compact panels */
    double gr = 0, lh = chart_measure(c, "Ag", fs, false).height;
    double max_label = w * 0.3;
    if (!compact)
        for (size_t s = 0; s < cd->n_series; s++)
            if (last_index(cd, s) >= 0)
                gr = fmax(gr, chart_measure(c, chart_fit(c, cd->series[s].label, fs,
                                                         cd->series[s].role == CHARTA_SERIES_CITY,
                                                         max_label, cut, sizeof cut),
                                            fs, cd->series[s].role == CHARTA_SERIES_CITY)
                                  .width +
                                  26);
    f.px = x + gl;
    f.py = top + (compact ? 2 : 4);
    f.pw = w - gl - gr;
    f.ph = y + h - xh - f.py;
    if (f.pw < 20 || f.ph < 20) {
        chart_no_data(c, x, y, w, h);
        return;
    }
    /* grid and y tick labels */
    for (int k = 0; k < tk.n; k++) {
        double v = tk.first + k * tk.step;
        if (v < f.lo - tk.step * 1e-6 || v > f.hi + tk.step * 1e-6)
            continue;
        double yy = ypos(&f, v);
        bool zero = fabs(v) < tk.step * 1e-6;
        chart_line(c->dl, zero ? CHARTA_ROLE_AXIS : CHARTA_ROLE_GRID, f.px, yy, f.px + f.pw, yy,
                   zero ? st->muted : st->grid, zero ? 1 : 0.75, CHARTA_DASH_SOLID);
        chart_text(c, CHARTA_ROLE_TICK_LABEL, chart_num(c, zero ? 0 : v, dec, num), f.px - 6, yy,
                   1, 0.5, fs, false, st->muted);
    }
    chart_line(c->dl, CHARTA_ROLE_AXIS, f.px, f.py + f.ph, f.px + f.pw, f.py + f.ph, st->muted, 1,
               CHARTA_DASH_SOLID);
    /* year labels */
    int step = compact ? (f.x1 - f.x0 > 0 ? f.x1 - f.x0 : 1) : year_step(c, &f, fs);
    for (int yr = f.x0; yr <= f.x1; yr++) {
        if (compact ? (yr != f.x0 && yr != f.x1) : yr % step != 0)
            continue;
        double xx = xpos(&f, yr);
        snprintf(num, sizeof num, "%d", yr);
        chart_line(c->dl, CHARTA_ROLE_AXIS, xx, f.py + f.ph, xx, f.py + f.ph + 4, st->muted, 1,
                   CHARTA_DASH_SOLID);
        chart_text(c, CHARTA_ROLE_TICK_LABEL, num, xx, f.py + f.ph + 5,
                   compact ? (yr == f.x0 ? 0.2 : 0.8) : 0.5, 0, fs, false, st->muted);
    }
    /* series: benchmarks behind, the city on top */
    if (fixed)
        chart_clip(c->dl, true, f.px, f.py, f.pw, f.ph);
    for (int pass = 0; pass < 3; pass++)
        for (size_t s = 0; s < cd->n_series; s++) {
            charta_series_role r = cd->series[s].role;
            int want_pass = r == CHARTA_SERIES_BENCHMARK ? 0 : r == CHARTA_SERIES_CITY ? 2 : 1;
            if (want_pass == pass && !(compact && r != CHARTA_SERIES_CITY))
                draw_series(c, cd, &f, s, compact, series_base);
        }
    draw_targets(c, cd, &f, compact);
    if (fixed)
        chart_clip(c->dl, false, 0, 0, 0, 0);
    if (compact)
        return;
    /* end labels with a swatch, spread apart */
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
        labels[nl++] = (end_label){s, fmin(fmax(ypos(&f, v), f.py), f.py + f.ph), 0};
    }
    spread_labels(labels, nl, lh, f.py - lh / 2, f.py + f.ph + xh / 2);
    double lx = f.px + f.pw + 6;
    for (size_t i = 0; i < nl; i++) {
        const charta_chart_series *se = &cd->series[labels[i].series];
        bool bold = se->role == CHARTA_SERIES_CITY;
        bool bench = se->role == CHARTA_SERIES_BENCHMARK;
        if (fabs(labels[i].y - labels[i].y0) > 1)
            chart_line(c->dl, CHARTA_ROLE_SERIES_LABEL, f.px + f.pw + 1, labels[i].y0, lx,
                       labels[i].y, st->muted, 0.75, CHARTA_DASH_SOLID);
        chart_line(c->dl, CHARTA_ROLE_SERIES_LABEL, lx, labels[i].y, lx + 16, labels[i].y,
                   se->color, series_width(se, false),
                   bench ? CHARTA_DASH_DASHED : CHARTA_DASH_SOLID);
        if (!bench)
            chart_marker(c->dl, CHARTA_ROLE_SERIES_LABEL, -1, lx + 8, labels[i].y, 6, se->marker,
                         se->color, se->color, 1);
        chart_text(c, CHARTA_ROLE_SERIES_LABEL,
                   chart_fit(c, se->label, fs, bold, max_label, cut, sizeof cut), lx + 20,
                   labels[i].y, 0, 0.5, fs, bold, st->text);
    }
    free(labels);
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
            hollow = hollow || (have && is_hollow(se->status[y]));
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
    double fs = c->fs * 0.9, lh = chart_measure(c, "Ag", fs, false).height + 2;
    double cx = x, cy = y;
    for (size_t i = 0; i < n; i++) {
        double tw = chart_measure(c, items[i].text, fs, false).width;
        double iw = 24 + tw + 16;
        if (cx > x && cx + iw > x + w)
            cx = x, cy += lh;
        if (draw) {
            double my = cy + lh / 2;
            switch (items[i].kind) {
            case 0:
                chart_marker(c->dl, CHARTA_ROLE_LEGEND, -1, cx + 9, my, 7, CHARTA_MARKER_CIRCLE,
                             st->background, st->text, 1.5);
                break;
            case 1:
                chart_marker(c->dl, CHARTA_ROLE_LEGEND, -1, cx + 9, my, 11, CHARTA_MARKER_TARGET,
                             st->background, st->primary, 2);
                break;
            case 2:
                chart_line(c->dl, CHARTA_ROLE_LEGEND, cx, my, cx + 20, my, st->primary, 1.5,
                           CHARTA_DASH_DOTTED);
                break;
            case 3:
                chart_line(c->dl, CHARTA_ROLE_LEGEND, cx, my, cx + 7, my, st->text, 1.5,
                           CHARTA_DASH_SOLID);
                chart_line(c->dl, CHARTA_ROLE_LEGEND, cx + 13, my, cx + 20, my, st->text, 1.5,
                           CHARTA_DASH_SOLID);
                break;
            default:
                chart_line(c->dl, CHARTA_ROLE_LEGEND, cx, my, cx + 20, my, st->benchmark, 1.5,
                           CHARTA_DASH_DASHED);
                break;
            }
            chart_text(c, CHARTA_ROLE_LEGEND, items[i].text, cx + 24, my, 0, 0.5, fs, false,
                       st->muted);
        }
        cx += iw;
    }
    return cy + lh - y;
}

static const char *
direction_text(const charta_chart_data *cd)
{
    if (cd->direction == CHARTA_DIR_UP)
        return charta_label_get(CHARTA_LBL_CHART_HIGHER_BETTER, cd->lang);
    if (cd->direction == CHARTA_DIR_DOWN)
        return charta_label_get(CHARTA_LBL_CHART_LOWER_BETTER, cd->lang);
    return NULL;
}

/* Title and subtitle from the top; returns the y below them. */
static double
header(const chart_ctx *c, const charta_chart_data *cd, const char *sub, double pad, double w)
{
    const charta_chart_style *st = c->style;
    double y = pad;
    y += chart_wrap(c, CHARTA_ROLE_TITLE, cd->title, pad, y, 0, w - 2 * pad, 2, c->fs * 1.3, true,
                    st->text);
    y += 2;
    if (sub && sub[0])
        y += chart_wrap(c, CHARTA_ROLE_SUBTITLE, sub, pad, y, 0, w - 2 * pad, 2, c->fs, false,
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
        chart_set_alt(c->dl, &b);
        return;
    }
    chart_bprintf(&b, "%s: %s", charta_label_get(CHARTA_LBL_CHART_ALT_LINE, L), cd->title);
    if (cd->unit[0])
        chart_bprintf(&b, " (%s)", cd->unit);
    if (y0 <= y1)
        chart_bprintf(&b, ", %d\xE2\x80\x93%d", y0, y1);
    charta_buf_puts(&b, ".");
    int dec = chart_decimals(cd);
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
            chart_bprintf(&b, " %s: %s (%d).", se->label, chart_num(c, se->values[li], dec, n1),
                          cd->year_first + li);
        else
            chart_bprintf(&b, " %s: %s (%d) %s %s (%d).", se->label,
                          chart_num(c, se->values[fi], dec, n1), cd->year_first + fi,
                          charta_label_get(CHARTA_LBL_CHART_TO, L),
                          chart_num(c, se->values[li], dec, n2), cd->year_first + li);
    }
    for (size_t t = 0; t < cd->n_targets; t++)
        chart_bprintf(&b, " %s %d: %s.", charta_label_get(CHARTA_LBL_CHART_TARGET, L),
                      cd->targets[t].year, chart_num(c, cd->targets[t].value, dec, n1));
    if (!said)
        chart_bprintf(&b, " %s.", charta_label_get(CHARTA_LBL_CHART_NO_DATA, L));
    chart_set_alt(c->dl, &b);
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
            chart_bprintf(&sub, "%d\xE2\x80\x93%d", y0, y1);
        else if (y0 == y1)
            chart_bprintf(&sub, "%d", y0);
        const char *dir = direction_text(cd);
        if (dir)
            chart_bprintf(&sub, " \xC2\xB7 %s", dir);
        if (cd->dropped) {
            char n[32];
            snprintf(n, sizeof n, "%zu", cd->dropped);
            charta_buf_puts(&sub, " \xC2\xB7 ");
            chart_bprintf(&sub, charta_label_get(CHARTA_LBL_CHART_MORE_SERIES, c->lang), n);
        }
        top = header(c, cd, sub.data ? sub.data : "", pad, W);
        charta_buf_free(&sub);
    }
    double lg = legend(c, cd, pad, 0, W - 2 * pad, false);
    double bottom = H - pad - (lg ? lg + 8 : 0);
    chart_layout_series_box(c, cd, pad, top, W - 2 * pad, bottom - top, false, 0);
    if (lg)
        legend(c, cd, pad, H - pad - lg, W - 2 * pad, true);
    timeseries_alt(c, cd, y0, y1);
}

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

static void
layout_bars(const chart_ctx *c, const charta_chart_data *cd, const charta_chart_opts *o,
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
    int dec = chart_decimals(cd);
    if (!o->no_title) {
        charta_buf sub = {0};
        if (yi >= 0)
            chart_bprintf(&sub, "%d", year);
        if (cd->unit[0])
            chart_bprintf(&sub, "%s%s", sub.len ? " \xC2\xB7 " : "", cd->unit);
        const char *dir = direction_text(cd);
        if (dir)
            chart_bprintf(&sub, " \xC2\xB7 %s", dir);
        top = header(c, cd, sub.data ? sub.data : "", pad, W);
        charta_buf_free(&sub);
    } else if (nb) { /* the PDF's heading names the chart: the year and unit here */
        snprintf(fit, sizeof fit, "%d%s%s", year, cd->unit[0] ? " \xC2\xB7 " : "", cd->unit);
        chart_text(c, CHARTA_ROLE_AXIS_TITLE, fit, pad, top, 0, 0, fs, false, st->muted);
        top += chart_measure(c, fit, fs, false).height + 4;
    }
    double rh = round(fs * 1.6), lh = chart_measure(c, "Ag", fs, false).height;
    if (!nb) {
        chart_no_data(c, pad, top, W - 2 * pad, 120);
        c->dl->height = top + 120 + pad;
        free(bars);
        charta_buf b = {0};
        chart_bprintf(&b, "%s: %s. %s.", charta_label_get(CHARTA_LBL_CHART_ALT_BARS, L),
                      cd->title, charta_label_get(CHARTA_LBL_CHART_NO_DATA, L));
        chart_set_alt(c->dl, &b);
        return;
    }
    /* value range with the references */
    double lo = 0, hi = 0;
    for (size_t i = 0; i < shown; i++)
        lo = fmin(lo, bars[i].v), hi = fmax(hi, bars[i].v);
    size_t refs[8], nr = 0;
    for (size_t s = 0; s < cd->n_series && nr < 8; s++)
        if ((cd->series[s].role == CHARTA_SERIES_CITY ||
             cd->series[s].role == CHARTA_SERIES_BENCHMARK) &&
            isfinite(cd->series[s].values[yi])) {
            refs[nr++] = s;
            lo = fmin(lo, cd->series[s].values[yi]), hi = fmax(hi, cd->series[s].values[yi]);
        }
    charta_ticks tk;
    if (!charta_chart_ticks(lo, hi, 6, &tk)) {
        free(bars);
        c->dl->bad = true;
        return;
    }
    double vlo = tk.first, vhi = tk.first + (tk.n - 1) * tk.step;
    /* columns: names, bars, value labels */
    double lw = 0, vw = 0, maxlw = W * 0.3;
    for (size_t i = 0; i < shown; i++) {
        const charta_chart_series *se = &cd->series[bars[i].series];
        bool f = se->role == CHARTA_SERIES_FOCUS;
        lw = fmax(lw, chart_measure(c, chart_fit(c, se->label, fs, f, maxlw, fit, sizeof fit), fs,
                                    f).width);
        vw = fmax(vw, chart_measure(c, chart_num(c, bars[i].v, dec, num), fs, false).width + 14);
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
        snprintf(fit, sizeof fit, "%s %s", se->label, chart_num(c, se->values[yi], dec, num));
        double tw = chart_measure(c, fit, fs * 0.95, se->role == CHARTA_SERIES_CITY).width;
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
        chart_line(c->dl, zero ? CHARTA_ROLE_AXIS : CHARTA_ROLE_GRID, xx, ytop, xx, ybot,
                   zero ? st->muted : st->grid, zero ? 1 : 0.75, CHARTA_DASH_SOLID);
        chart_text(c, CHARTA_ROLE_TICK_LABEL, chart_num(c, zero ? 0 : v, tk.decimals, num), xx,
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
        bool hollow = is_hollow(bars[i].st);
        charta_color fillc = focus ? st->accent : st->bar;
        charta_dl_item *it = chart_rect(c->dl, CHARTA_ROLE_BAR, bx, cy - rh * 0.34, bw,
                                        rh * 0.68, hollow ? charta_color_tint(fillc, 0.65) : fillc,
                                        hollow ? fillc : (charta_color){0}, hollow ? 1.25 : 0);
        if (it)
            it->series = (int)bars[i].series;
        chart_probe(c->dl, (int)bars[i].series, year, bars[i].v, bars[i].st, (bx + bx + bw) / 2,
                    cy);
        chart_text(c, CHARTA_ROLE_TICK_LABEL,
                   chart_fit(c, se->label, fs, focus, maxlw, fit, sizeof fit), px - 6, cy, 1, 0.5,
                   fs, focus, st->text);
        const char *mark = bars[i].st == CHARTA_ST_ESTIMATED     ? " e"
                           : bars[i].st == CHARTA_ST_PROVISIONAL ? " p"
                           : bars[i].st == CHARTA_ST_BREAK       ? " b"
                           : bars[i].st == CHARTA_ST_LOWREL      ? " u"
                                                                 : "";
        snprintf(fit, sizeof fit, "%s%s", chart_num(c, bars[i].v, dec, num), mark);
        bool neg = bars[i].v < 0;
        chart_text(c, CHARTA_ROLE_VALUE_LABEL, fit, neg ? bx - 4 : bx + bw + 4, cy, neg ? 1 : 0,
                   0.5, fs * 0.95, false, st->text);
    }
    if (cut)
        chart_text(c, CHARTA_ROLE_NOTE, "\xE2\x8B\xAE", px - 6, ytop + (MAX_BARS / 2) * rh + rh / 2,
                   1, 0.5, fs, true, st->muted);
    for (size_t i = 0; i < nr; i++) {
        const charta_chart_series *se = &cd->series[refs[i]];
        bool cityref = se->role == CHARTA_SERIES_CITY;
        chart_line(c->dl, cityref ? CHARTA_ROLE_REFERENCE : CHARTA_ROLE_BENCHMARK, ref_x[i],
                   top + (ref_row[i] + 1) * lh, ref_x[i], ybot, se->color, cityref ? 2 : 1.5,
                   cityref ? CHARTA_DASH_SOLID : CHARTA_DASH_DASHED);
        snprintf(fit, sizeof fit, "%s %s", se->label, chart_num(c, se->values[yi], dec, num));
        double tw = chart_measure(c, fit, fs * 0.95, cityref).width;
        double x0 = fmin(fmax(ref_x[i] - tw / 2, pad), W - pad - tw);
        chart_text(c, CHARTA_ROLE_REFERENCE, fit, x0, top + ref_row[i] * lh, 0, 0, fs * 0.95,
                   cityref, cityref ? st->primary : st->benchmark);
    }
    double y = ybot + lh + 10;
    if (cut) {
        char a[32], b2[32];
        snprintf(a, sizeof a, "%d", MAX_BARS / 2);
        snprintf(b2, sizeof b2, "%d", MAX_BARS / 2);
        charta_buf b = {0};
        chart_bprintf(&b, charta_label_get(CHARTA_LBL_CHART_TOP_BOTTOM, L), a, b2,
                      chart_num(c, (double)total, 0, n3));
        y += chart_wrap(c, CHARTA_ROLE_NOTE, b.data ? b.data : "", pad, y, 0, W - 2 * pad, 2,
                        fs * 0.9, false, st->muted);
        charta_buf_free(&b);
    }
    if (missing) {
        charta_buf b = {0};
        chart_bprintf(&b, charta_label_get(CHARTA_LBL_CHART_NO_VALUE_AREAS, L),
                      chart_num(c, (double)missing, 0, n3));
        chart_bprintf(&b, " (%d)", year);
        y += chart_wrap(c, CHARTA_ROLE_NOTE, b.data ? b.data : "", pad, y, 0, W - 2 * pad, 2,
                        fs * 0.9, false, st->muted);
        charta_buf_free(&b);
    }
    c->dl->height = y + pad - 6;
    /* alternative text: the order, the extremes and the city */
    charta_buf b = {0};
    chart_bprintf(&b, "%s: %s", charta_label_get(CHARTA_LBL_CHART_ALT_BARS, L), cd->title);
    if (cd->unit[0])
        chart_bprintf(&b, " (%s)", cd->unit);
    chart_bprintf(&b, ", %d. %s: %s %s; %s: %s %s.", year,
                  charta_label_get(CHARTA_LBL_CHART_HIGHEST, L),
                  cd->series[bars[0].series].label, chart_num(c, bars[0].v, dec, num),
                  charta_label_get(CHARTA_LBL_CHART_LOWEST, L),
                  cd->series[bars[shown - 1].series].label,
                  chart_num(c, bars[shown - 1].v, dec, n2));
    for (size_t i = 0; i < nr; i++)
        chart_bprintf(&b, " %s: %s.", cd->series[refs[i]].label,
                      chart_num(c, cd->series[refs[i]].values[yi], dec, num));
    chart_set_alt(c->dl, &b);
    free(bars);
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
    chart_ctx c = {dl, style, o->measure, o->font_size > 0 ? o->font_size : 12, cd->lang,
                   charta_numfmt_for(cd->lang)};
    chart_rect(dl, CHARTA_ROLE_BACKGROUND, 0, 0, W, H, style->background, (charta_color){0}, 0);
    if (cd->kind == CHARTA_CHART_AREAS)
        layout_bars(&c, cd, o, W);
    else
        layout_timeseries(&c, cd, o, W, H);
    if (dl->n)
        dl->items[0].h = dl->height; /* the background follows a grown height */
    return dl;
}
