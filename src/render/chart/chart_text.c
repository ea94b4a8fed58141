/* chart_text.c: text placement for the layouts (wrapping, fitting, the
 * report language's numbers) and "nice" axis ticks (chart.h). Pure: text
 * sizes come from the layout's measurer. */
#include "chart_internal.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --- text ------------------------------------------------------------------- */

charta_text_extents
charta_chart_measure(const chart_ctx *c, const char *s, double size, bool bold)
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
charta_chart_place_text(const chart_ctx *c, charta_dl_role role, const char *s, double x, double y, double ax,
           double ay, double size, bool bold, charta_color color)
{
    charta_text_extents e = charta_chart_measure(c, s, size, bold);
    charta_chart_text_item(c->dl, role, s, x - ax * e.width + e.width / 2,
                    y - ay * e.height + e.height / 2, &e, size, bold, color, 0);
    return e.width;
}

static bool
continuation(const char *s, size_t i)
{
    return ((unsigned char)s[i] & 0xC0) == 0x80;
}

const char *
charta_chart_fit(const chart_ctx *c, const char *s, double size, bool bold, double max_w, char *out,
          size_t cap)
{
    if (cap < 8 || charta_chart_measure(c, s, size, bold).width <= max_w)
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
        if (charta_chart_measure(c, out, size, bold).width <= max_w) {
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
            if (best && charta_chart_measure(c, line, size, bold).width > max_w)
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
            const char *f = charta_chart_fit(c, line, size, bold, max_w, cut, sizeof cut);
            if (f == line) /* fits only because the buffer cut it: mark anyway */
                f = charta_chart_fit(c, line, size, bold, charta_chart_measure(c, line, size, bold).width - 1,
                              cut, sizeof cut);
            if (put)
                put(ud, f, n);
            return n + 1;
        }
        const char *f = charta_chart_fit(c, line, size, bold, max_w, cut, sizeof cut);
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
    charta_chart_place_text(w->c, w->role, line, w->x, w->y + i * w->lh, w->ax, 0, w->size, w->bold, w->color);
}

double
charta_chart_wrap(const chart_ctx *c, charta_dl_role role, const char *s, double x, double y, double ax,
           double max_w, int max_lines, double size, bool bold, charta_color color)
{
    double lh = charta_chart_measure(c, "Ag", size, bold).height;
    wrap_ud w = {c, role, x, y, ax, size, lh, bold, color};
    int n = wrap_lines(c, s, max_w, max_lines, size, bold, put_line, &w);
    return n * lh;
}

int
charta_chart_wrap_lines(const chart_ctx *c, const char *s, double max_w, int max_lines, double size,
                 bool bold)
{
    return wrap_lines(c, s, max_w, max_lines, size, bold, NULL, NULL);
}

const char *
charta_chart_num(const chart_ctx *c, double v, int decimals, char out[CHARTA_NUMFMT_SIZE])
{
    return charta_numfmt_format(&c->nf, v, decimals, out, CHARTA_NUMFMT_SIZE);
}

void
charta_chart_bprintf(charta_buf *b, const char *fmt, ...)
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
charta_chart_decimals(const charta_chart_data *cd)
{
    return cd->decimals >= 0 ? cd->decimals : 2;
}

static void
panel(const chart_ctx *c, double x, double y, double w, double h, charta_label text)
{
    const charta_chart_style *st = c->style;
    charta_chart_rect(c->dl, CHARTA_ROLE_NODATA, x, y, w, h, charta_color_tint(st->grid, 0.6), st->grid,
               1);
    charta_chart_place_text(c, CHARTA_ROLE_NODATA, charta_label_get(text, c->lang), x + w / 2,
                            y + h / 2, 0.5, 0.5, c->fs * 1.15, false, st->muted);
}

void
charta_chart_no_data(const chart_ctx *c, double x, double y, double w, double h)
{
    panel(c, x, y, w, h, CHARTA_LBL_CHART_NO_DATA);
}

void
charta_chart_too_large(const chart_ctx *c, double x, double y, double w, double h)
{
    panel(c, x, y, w, h, CHARTA_LBL_CHART_TOO_LARGE);
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
    /* of the nice steps around the raw one, the one whose tick count comes
     * closest to want (a tie: the larger step, fewer labels) */
    double raw = (hi - lo) / (want - 1);
    double p10 = pow(10, floor(log10(raw)));
    static const double nice[] = {0.5, 1, 2, 2.5, 5, 10, 20};
    double best_step = 0, best_k0 = 0;
    int best_n = 0, best_d = INT32_MAX;
    for (size_t i = 0; i < sizeof nice / sizeof nice[0]; i++) {
        double step = nice[i] * p10;
        double k0 = floor(lo / step + 1e-9), k1 = ceil(hi / step - 1e-9);
        if (!isfinite(step) || step <= 0 || !isfinite(k0) || !isfinite(k1) || k1 - k0 > 12)
            continue;
        /* near the largest double an axis end or its span may not be one;
         * the callers compute first + k * step and last - first */
        double span = (k1 - k0) * step, end = k0 * step + fmax(span, step);
        if (!isfinite(k0 * step) || !isfinite(span) || !isfinite(end) || !isfinite(end - k0 * step))
            continue;
        int n = (int)(k1 - k0) + 1, d = abs(n - want);
        if (d <= best_d) {
            best_d = d, best_n = n, best_step = step, best_k0 = k0;
        }
    }
    if (!best_n)
        return false;
    out->first = best_k0 * best_step;
    out->step = best_step;
    out->n = best_n < 2 ? 2 : best_n;
    out->decimals = charta_numfmt_step_decimals(best_step);
    return true;
}
