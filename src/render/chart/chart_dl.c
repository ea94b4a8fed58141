/* chart_dl.c: the display list, colours and the chart style (chart.h). */
#include "chart_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "charta/textenc.h"

/* --- colours --------------------------------------------------------------- */

charta_color
charta_color_rgb(unsigned rgb)
{
    return (charta_color){((rgb >> 16) & 0xFF) / 255.0, ((rgb >> 8) & 0xFF) / 255.0,
                          (rgb & 0xFF) / 255.0, 1};
}

static double
linear(double c)
{
    return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4);
}

double
charta_color_luminance(charta_color c)
{
    return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

double
charta_color_contrast(charta_color a, charta_color b)
{
    double la = charta_color_luminance(a), lb = charta_color_luminance(b);
    return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}

charta_color
charta_color_tint(charta_color c, double t)
{
    return (charta_color){c.r + (1 - c.r) * t, c.g + (1 - c.g) * t, c.b + (1 - c.b) * t, c.a};
}

/* ColorBrewer RdYlBu (8 classes without its near-white middle), blue =
 * good; grey = not assessed. */
charta_color
charta_level_color(int level)
{
    static const unsigned rgb[6] = {0x4575B4, 0x74ADD1, 0xABD9E9, 0xFEE090, 0xF46D43, 0xD73027};
    if (level >= -2 && level <= 3)
        return charta_color_rgb(rgb[3 - level]);
    return charta_color_rgb(0xD9D9D9);
}

const char *
charta_level_symbol(int level)
{
    static const char *const sym[6] = {"\xE2\x9C\x94", "\xE2\x86\x91", "\xE2\x86\x97",
                                       "\xE2\x86\x92", "\xE2\x86\x98", "\xE2\x86\x93"};
    if (level >= -2 && level <= 3)
        return sym[3 - level]; /* ✔ ↑ ↗ → ↘ ↓ */
    return "\xE2\x80\x93";     /* – */
}

charta_color
charta_sdg_color(int goal)
{
    static const unsigned rgb[17] = {0xE5243B, 0xDDA63A, 0x4C9F38, 0xC5192D, 0xFF3A21, 0x26BDE2,
                                     0xFCC30B, 0xA21942, 0xFD6925, 0xDD1367, 0xFD9D24, 0xBF8B2E,
                                     0x3F7E44, 0x0A97D9, 0x56C02B, 0x00689D, 0x19486A};
    if (goal >= 1 && goal <= 17)
        return charta_color_rgb(rgb[goal - 1]);
    return charta_color_rgb(0x808080);
}

charta_color
charta_chart_text_on(charta_color bg)
{
    charta_color black = charta_color_rgb(0x1A1A1A), white = charta_color_rgb(0xFFFFFF);
    return charta_color_contrast(bg, black) >= charta_color_contrast(bg, white) ? black : white;
}

charta_chart_style
charta_chart_style_for(const charta_project *p)
{
    static const unsigned series[CHARTA_PALETTE_SIZE] = {0xD55E00, 0x009E73, 0xCC79A7,
                                                         0xE69F00, 0x56B4E9, 0x000000};
    charta_chart_style s = {
        .primary = charta_color_rgb(0x0072B2),
        .accent = charta_color_rgb(0xD55E00),
        .benchmark = charta_color_rgb(0x4D4D4D),
        .bar = charta_color_rgb(0xB8C2CC),
        .text = charta_color_rgb(0x1A1A1A),
        .muted = charta_color_rgb(0x5F6B76),
        .grid = charta_color_rgb(0xDDE2E6),
        .background = charta_color_rgb(0xFFFFFF),
        .n_series = CHARTA_PALETTE_SIZE,
        .font = CHARTA_CHART_FONT,
    };
    for (size_t i = 0; i < CHARTA_PALETTE_SIZE; i++)
        s.series[i] = charta_color_rgb(series[i]);
    if (!p)
        return s;
    const charta_report_colors *c = &p->report.colors;
    if (c->has_primary)
        s.primary = charta_color_rgb(c->primary);
    if (c->has_accent)
        s.accent = charta_color_rgb(c->accent);
    for (size_t i = 0; i < c->n_series && i < CHARTA_PALETTE_SIZE; i++)
        s.series[i] = charta_color_rgb(c->series[i]);
    if (c->n_series && c->n_series < CHARTA_PALETTE_SIZE)
        s.n_series = c->n_series;
    return s;
}

/* --- the display list -------------------------------------------------------- */

size_t
charta_chart_dash_pattern(charta_dash d, double lw, double out[6])
{
    double on = 4 * lw + 1, off = 2.5 * lw + 1, dot = 0.75 * lw + 0.5;
    switch (d) {
    case CHARTA_DASH_DASHED:
        out[0] = on, out[1] = off;
        return 2;
    case CHARTA_DASH_DOTTED:
        out[0] = 0.01, out[1] = 2.2 * lw + 0.5;
        return 2;
    case CHARTA_DASH_DASHDOT:
        out[0] = on, out[1] = off * 0.8, out[2] = dot, out[3] = off * 0.8;
        return 4;
    case CHARTA_DASH_LONGDASH:
        out[0] = 2.2 * on, out[1] = off;
        return 2;
    case CHARTA_DASH_DASHDOTDOT:
        out[0] = on, out[1] = off * 0.7, out[2] = dot, out[3] = off * 0.7, out[4] = dot,
        out[5] = off * 0.7;
        return 6;
    default:
        return 0;
    }
}

void
charta_chart_benchmark_look(const charta_chart_style *st, size_t k, charta_color *color,
                            charta_dash *dash)
{
    static const charta_dash dashes[] = {CHARTA_DASH_DASHED, CHARTA_DASH_DASHDOT,
                                         CHARTA_DASH_LONGDASH, CHARTA_DASH_DASHDOTDOT};
    static const unsigned colors[] = {0, 0x8C510A, 0x000000, 0}; /* 0 and 3: the style's */
    k %= sizeof dashes / sizeof dashes[0];
    *dash = dashes[k];
    *color = k == 0 || k == 3 ? st->benchmark : charta_color_rgb(colors[k]);
}

charta_dash
charta_chart_series_dash(const charta_chart_series *se)
{
    if (se->role != CHARTA_SERIES_BENCHMARK)
        return CHARTA_DASH_SOLID;
    return se->dash != CHARTA_DASH_SOLID ? se->dash : CHARTA_DASH_DASHED;
}

charta_dl *
charta_dl_new(double width, double height)
{
    charta_dl *dl = calloc(1, sizeof *dl);
    if (!dl)
        return NULL;
    dl->width = width;
    dl->height = height;
    charta_buf_append(&dl->text, "", 1); /* offset 0 is the empty string */
    if (dl->text.oom) {
        free(dl);
        return NULL;
    }
    return dl;
}

void
charta_dl_free(charta_dl *dl)
{
    if (!dl)
        return;
    free(dl->items);
    free(dl->pts);
    free(dl->probes);
    free(dl->alt);
    charta_buf_free(&dl->text);
    free(dl);
}

const char *
charta_dl_text(const charta_dl *dl, const charta_dl_item *it)
{
    return it->text < dl->text.len ? dl->text.data + it->text : "";
}

charta_status
charta_dl_status(const charta_dl *dl)
{
    if (!dl || dl->oom)
        return CHARTA_ERR_NOMEM;
    return dl->bad ? CHARTA_ERR_INTERNAL : CHARTA_OK;
}

const charta_dl_probe *
charta_dl_find_probe(const charta_dl *dl, int series, int year)
{
    for (size_t i = 0; i < dl->n_probes; i++)
        if (dl->probes[i].series == series && dl->probes[i].year == year)
            return &dl->probes[i];
    return NULL;
}

static bool
grow(void **items, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return true;
    size_t c = *cap ? *cap * 2 : 64;
    while (c < need)
        c *= 2;
    void *p = realloc(*items, c * size);
    if (!p)
        return false;
    *items = p;
    *cap = c;
    return true;
}

/* A new item, zeroed but for series = -1; NULL after a failure. Coordinates
 * are checked by the callers below through finite(). */
static charta_dl_item *
new_item(charta_dl *dl, charta_dl_op op, charta_dl_role role)
{
    if (dl->oom)
        return NULL;
    if (!grow((void **)&dl->items, &dl->cap, dl->n + 1, sizeof *dl->items)) {
        dl->oom = true;
        return NULL;
    }
    charta_dl_item *it = &dl->items[dl->n++];
    memset(it, 0, sizeof *it);
    it->op = op;
    it->role = role;
    it->series = -1;
    return it;
}

/* False (and the list marked bad) when any of the n values is not finite. */
static bool
all_finite(charta_dl *dl, int n, ...)
{
    va_list ap;
    va_start(ap, n);
    bool ok = true;
    for (int i = 0; i < n; i++)
        ok = isfinite(va_arg(ap, double)) && ok;
    va_end(ap);
    if (!ok)
        dl->bad = true;
    return ok;
}

charta_dl_item *
charta_chart_rect(charta_dl *dl, charta_dl_role role, double x, double y, double w, double h,
           charta_color fill, charta_color stroke, double lw)
{
    if (!all_finite(dl, 5, x, y, w, h, lw))
        return NULL;
    charta_dl_item *it = new_item(dl, CHARTA_DL_RECT, role);
    if (it) {
        it->x = x, it->y = y, it->w = w, it->h = h;
        it->fill = fill, it->stroke = stroke, it->line_width = lw;
    }
    return it;
}

charta_dl_item *
charta_chart_clip(charta_dl *dl, bool begin, double x, double y, double w, double h)
{
    if (!all_finite(dl, 4, x, y, w, h))
        return NULL;
    charta_dl_item *it =
        new_item(dl, begin ? CHARTA_DL_CLIP_BEGIN : CHARTA_DL_CLIP_END, CHARTA_ROLE_FRAME);
    if (it)
        it->x = x, it->y = y, it->w = w, it->h = h;
    return it;
}

charta_dl_item *
charta_chart_path(charta_dl *dl, charta_dl_role role, const charta_xy *pts, size_t n, charta_color stroke,
           double lw, charta_dash dash)
{
    if (n == 0 || !all_finite(dl, 1, lw))
        return NULL;
    for (size_t i = 0; i < n; i++)
        if (!all_finite(dl, 2, pts[i].x, pts[i].y))
            return NULL;
    if (dl->oom || !grow((void **)&dl->pts, &dl->cap_pts, dl->n_pts + n, sizeof *dl->pts)) {
        dl->oom = true;
        return NULL;
    }
    charta_dl_item *it = new_item(dl, CHARTA_DL_PATH, role);
    if (!it)
        return NULL;
    memcpy(dl->pts + dl->n_pts, pts, n * sizeof *pts);
    it->pt = dl->n_pts;
    it->npt = n;
    dl->n_pts += n;
    it->stroke = stroke;
    it->line_width = lw;
    it->dash = dash;
    return it;
}

charta_dl_item *
charta_chart_line(charta_dl *dl, charta_dl_role role, double x0, double y0, double x1, double y1,
           charta_color stroke, double lw, charta_dash dash)
{
    charta_xy p[2] = {{x0, y0}, {x1, y1}};
    return charta_chart_path(dl, role, p, 2, stroke, lw, dash);
}

charta_dl_item *
charta_chart_marker(charta_dl *dl, charta_dl_role role, int series, double x, double y, double size,
             charta_marker m, charta_color fill, charta_color stroke, double lw)
{
    if (!all_finite(dl, 4, x, y, size, lw))
        return NULL;
    charta_dl_item *it = new_item(dl, CHARTA_DL_MARKER, role);
    if (it) {
        it->series = series;
        it->x = x, it->y = y, it->w = size, it->h = size;
        it->marker = m;
        it->fill = fill, it->stroke = stroke, it->line_width = lw;
    }
    return it;
}

charta_dl_item *
charta_chart_text_item(charta_dl *dl, charta_dl_role role, const char *s, double cx, double cy,
                const charta_text_extents *e, double size, bool bold, charta_color color,
                double angle)
{
    if (!all_finite(dl, 7, cx, cy, e->width, e->height, e->ascent, size, angle))
        return NULL;
    /* Pango and XML take valid UTF-8 only (GLib would print a warning) */
    charta_buf scratch = {0};
    const char *t = charta_text_clean(s, CHARTA_TEXT_XML, &scratch, NULL);
    size_t off = dl->text.len;
    if (t)
        charta_buf_append(&dl->text, t, strlen(t) + 1);
    charta_buf_free(&scratch);
    if (!t)
        dl->oom = true;
    if (dl->text.oom) {
        dl->oom = true;
        return NULL;
    }
    charta_dl_item *it = new_item(dl, CHARTA_DL_TEXT, role);
    if (it) {
        it->text = off;
        it->x = cx, it->y = cy, it->w = e->width, it->h = e->height;
        it->ascent = e->ascent;
        it->size = size;
        it->bold = bold;
        it->fill = color;
        it->angle = angle;
    }
    return it;
}

void
charta_chart_probe(charta_dl *dl, int series, int year, double value, char status, double x, double y)
{
    if (dl->oom || !all_finite(dl, 2, x, y))
        return;
    if (!grow((void **)&dl->probes, &dl->cap_probes, dl->n_probes + 1, sizeof *dl->probes)) {
        dl->oom = true;
        return;
    }
    dl->probes[dl->n_probes++] = (charta_dl_probe){series, year, value, status, x, y};
}

void
charta_chart_set_alt(charta_dl *dl, charta_buf *b)
{
    free(dl->alt);
    dl->alt = NULL;
    if (b->oom) {
        dl->oom = true;
        return;
    }
    dl->alt = charta_buf_take(b);
    if (!dl->alt)
        dl->alt = calloc(1, 1);
    if (!dl->alt)
        dl->oom = true;
}
