/* chart_svg.c: a display list as SVG 1.1 text (chart.h).
 *
 * Written directly rather than through Cairo's SVG surface: text stays text
 * (<text> in the chart font: searchable, read by screen readers, editable),
 * the file is a fraction of the size, and nothing in it varies between runs
 * (no generated ids but the numbered clip paths, no dates). Numbers are
 * written with a fixed "." and at most two decimals, never through the
 * locale. */
#include "chart_internal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "charta/textenc.h"

static const char *const role_class[CHARTA_ROLE_COUNT] = {
    [CHARTA_ROLE_BACKGROUND] = "background",
    [CHARTA_ROLE_FRAME] = "frame",
    [CHARTA_ROLE_GRID] = "grid",
    [CHARTA_ROLE_AXIS] = "axis",
    [CHARTA_ROLE_TICK_LABEL] = "tick",
    [CHARTA_ROLE_AXIS_TITLE] = "axis-title",
    [CHARTA_ROLE_TITLE] = "title",
    [CHARTA_ROLE_SUBTITLE] = "subtitle",
    [CHARTA_ROLE_SERIES] = "series",
    [CHARTA_ROLE_POINT] = "point",
    [CHARTA_ROLE_SERIES_LABEL] = "label",
    [CHARTA_ROLE_TARGET] = "target",
    [CHARTA_ROLE_TARGET_PATH] = "target-path",
    [CHARTA_ROLE_BENCHMARK] = "benchmark",
    [CHARTA_ROLE_BAR] = "bar",
    [CHARTA_ROLE_REFERENCE] = "reference",
    [CHARTA_ROLE_VALUE_LABEL] = "value",
    [CHARTA_ROLE_LEGEND] = "legend",
    [CHARTA_ROLE_NOTE] = "note",
    [CHARTA_ROLE_NODATA] = "no-data",
    [CHARTA_ROLE_TILE] = "tile",
    [CHARTA_ROLE_HEADER] = "header",
};

/* v with at most two decimals, "." always, no "-0". */
static const char *
num(double v, char out[CHARTA_NUMFMT_SIZE])
{
    static const charta_numfmt plain = {.decimal = ".", .group = "", .minus = "-"};
    charta_numfmt_format(&plain, v, 2, out, CHARTA_NUMFMT_SIZE);
    char *dot = strchr(out, '.');
    if (dot) {
        char *end = out + strlen(out);
        while (end > dot + 1 && end[-1] == '0')
            *--end = '\0';
        if (end == dot + 1)
            *dot = '\0';
    }
    return out;
}

static void
escape(charta_buf *b, const char *text)
{
    /* the SVG file's boundary: nothing XML 1.0 cannot hold gets through */
    charta_buf scratch = {0};
    const char *s = charta_text_clean(text, CHARTA_TEXT_XML, &scratch, NULL);
    if (!s) {
        b->oom = true;
        return;
    }
    for (; *s; s++) {
        switch (*s) {
        case '<':
            charta_buf_puts(b, "&lt;");
            break;
        case '>':
            charta_buf_puts(b, "&gt;");
            break;
        case '&':
            charta_buf_puts(b, "&amp;");
            break;
        case '"':
            charta_buf_puts(b, "&quot;");
            break;
        default:
            if (*s == '\r')
                charta_buf_puts(b, " "); /* a parser would read it as a line end */
            else
                charta_buf_append(b, s, 1);
        }
    }
    charta_buf_free(&scratch);
}

static void
paint(charta_buf *b, const char *attr, charta_color c)
{
    if (c.a <= 0) {
        charta_buf_printf(b, " %s=\"none\"", attr);
        return;
    }
    charta_buf_printf(b, " %s=\"#%02x%02x%02x\"", attr, (unsigned)lround(c.r * 255),
                      (unsigned)lround(c.g * 255), (unsigned)lround(c.b * 255));
    if (c.a < 1) {
        char n[CHARTA_NUMFMT_SIZE];
        charta_buf_printf(b, " %s-opacity=\"%s\"", attr, num(c.a, n));
    }
}

static void
style(charta_buf *b, const charta_dl_item *it)
{
    char n[CHARTA_NUMFMT_SIZE];
    paint(b, "fill", it->fill);
    if (it->stroke.a > 0 && it->line_width > 0) {
        paint(b, "stroke", it->stroke);
        charta_buf_printf(b, " stroke-width=\"%s\"", num(it->line_width, n));
        double dash[6];
        size_t nd = charta_chart_dash_pattern(it->dash, it->line_width, dash);
        for (size_t k = 0; k < nd; k++)
            charta_buf_printf(b, "%s%s", k ? " " : " stroke-dasharray=\"", num(dash[k], n));
        if (nd)
            charta_buf_printf(b, "\"%s",
                              it->dash == CHARTA_DASH_DOTTED ? " stroke-linecap=\"round\"" : "");
    }
}

static void
marker(charta_buf *b, const charta_dl_item *it)
{
    char x[CHARTA_NUMFMT_SIZE], y[CHARTA_NUMFMT_SIZE], r[CHARTA_NUMFMT_SIZE];
    double cx = it->x, cy = it->y, h = it->w / 2;
    const char *cls = role_class[it->role];
    switch (it->marker) {
    case CHARTA_MARKER_SQUARE:
        charta_buf_printf(b, "<rect class=\"%s\" x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\"", cls,
                          num(cx - h * 0.85, x), num(cy - h * 0.85, y), num(h * 1.7, r),
                          num(h * 1.7, r));
        break;
    case CHARTA_MARKER_TRIANGLE:
    case CHARTA_MARKER_TRIANGLE_DOWN:
    case CHARTA_MARKER_DIAMOND: {
        double px[4], py[4];
        int n = 3;
        double s = it->marker == CHARTA_MARKER_TRIANGLE_DOWN ? -1 : 1;
        if (it->marker == CHARTA_MARKER_DIAMOND) {
            n = 4;
            px[0] = cx, py[0] = cy - h * 1.2, px[1] = cx + h, py[1] = cy;
            px[2] = cx, py[2] = cy + h * 1.2, px[3] = cx - h, py[3] = cy;
        } else {
            px[0] = cx, py[0] = cy - s * h * 1.1;
            px[1] = cx + h * 1.05, py[1] = cy + s * h * 0.75;
            px[2] = cx - h * 1.05, py[2] = cy + s * h * 0.75;
        }
        charta_buf_printf(b, "<path class=\"%s\" d=\"", cls);
        for (int i = 0; i < n; i++)
            charta_buf_printf(b, "%s%s %s", i ? " L" : "M", num(px[i], x), num(py[i], y));
        charta_buf_puts(b, " Z\"");
        break;
    }
    default:
        charta_buf_printf(b, "<circle class=\"%s\" cx=\"%s\" cy=\"%s\" r=\"%s\"", cls, num(cx, x),
                          num(cy, y), num(h, r));
        break;
    }
    charta_dl_item solid = *it;
    solid.dash = CHARTA_DASH_SOLID;
    style(b, &solid);
    charta_buf_puts(b, "/>\n");
    if (it->marker == CHARTA_MARKER_TARGET) {
        charta_buf_printf(b, "<circle class=\"%s\" cx=\"%s\" cy=\"%s\" r=\"%s\"", cls, num(cx, x),
                          num(cy, y), num(it->w * 0.17, r));
        paint(b, "fill", it->stroke);
        charta_buf_puts(b, "/>\n");
    }
}

static void
text(charta_buf *b, const charta_dl *dl, const charta_dl_item *it, const char *font)
{
    char x[CHARTA_NUMFMT_SIZE], y[CHARTA_NUMFMT_SIZE], s[CHARTA_NUMFMT_SIZE];
    charta_buf_printf(b, "<text class=\"%s\"", role_class[it->role]);
    if (it->angle != 0) {
        char a[CHARTA_NUMFMT_SIZE];
        charta_buf_printf(b, " transform=\"translate(%s %s) rotate(%s)\"", num(it->x, x),
                          num(it->y, y), num(it->angle * 180 / 3.14159265358979323846, a));
        charta_buf_printf(b, " x=\"%s\" y=\"%s\"", num(-it->w / 2, x),
                          num(-it->h / 2 + it->ascent, y));
    } else {
        charta_buf_printf(b, " x=\"%s\" y=\"%s\"", num(it->x - it->w / 2, x),
                          num(it->y - it->h / 2 + it->ascent, y));
    }
    charta_buf_printf(b, " font-size=\"%s\"", num(it->size, s));
    if (it->bold)
        charta_buf_puts(b, " font-weight=\"bold\"");
    (void)font;
    paint(b, "fill", it->fill);
    charta_buf_puts(b, ">");
    escape(b, charta_dl_text(dl, it));
    charta_buf_puts(b, "</text>\n");
}

charta_status
charta_chart_svg_encode(const charta_dl *dl, const charta_chart_style *st, charta_buf *b)
{
    charta_status status = charta_dl_status(dl);
    if (status != CHARTA_OK)
        return status;
    char w[CHARTA_NUMFMT_SIZE], h[CHARTA_NUMFMT_SIZE], x[CHARTA_NUMFMT_SIZE], y[CHARTA_NUMFMT_SIZE];
    charta_buf_printf(b,
                      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%s\" "
                      "height=\"%s\" viewBox=\"0 0 %s %s\" role=\"img\">\n",
                      num(ceil(dl->width), w), num(ceil(dl->height), h), w, h);
    /* the title is the chart's own title line(s), the description its alt text */
    charta_buf_puts(b, "<title>");
    bool first = true;
    for (size_t i = 0; i < dl->n; i++)
        if (dl->items[i].op == CHARTA_DL_TEXT && dl->items[i].role == CHARTA_ROLE_TITLE) {
            if (!first)
                charta_buf_puts(b, " ");
            escape(b, charta_dl_text(dl, &dl->items[i]));
            first = false;
        }
    charta_buf_puts(b, "</title>\n<desc>");
    escape(b, dl->alt ? dl->alt : "");
    charta_buf_puts(b, "</desc>\n");
    charta_buf_printf(b, "<g font-family=\"");
    escape(b, st && st->font ? st->font : CHARTA_CHART_FONT);
    charta_buf_puts(b, ", Verdana, Arial, sans-serif\" stroke-linejoin=\"round\">\n");
    int clip = 0, open = 0;
    for (size_t i = 0; i < dl->n; i++) {
        const charta_dl_item *it = &dl->items[i];
        switch (it->op) {
        case CHARTA_DL_RECT:
            charta_buf_printf(b, "<rect class=\"%s\" x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\"",
                              role_class[it->role], num(it->x, x), num(it->y, y), num(it->w, w),
                              num(it->h, h));
            style(b, it);
            charta_buf_puts(b, "/>\n");
            break;
        case CHARTA_DL_PATH:
            charta_buf_printf(b, "<path class=\"%s\" d=\"", role_class[it->role]);
            for (size_t k = 0; k < it->npt; k++)
                charta_buf_printf(b, "%s%s %s", k ? " L" : "M", num(dl->pts[it->pt + k].x, x),
                                  num(dl->pts[it->pt + k].y, y));
            charta_buf_printf(b, "%s\"", it->closed ? " Z" : "");
            style(b, it);
            charta_buf_puts(b, "/>\n");
            break;
        case CHARTA_DL_MARKER:
            marker(b, it);
            break;
        case CHARTA_DL_TEXT:
            text(b, dl, it, NULL);
            break;
        case CHARTA_DL_CLIP_BEGIN:
            clip++;
            charta_buf_printf(b,
                              "<clipPath id=\"clip%d\"><rect x=\"%s\" y=\"%s\" width=\"%s\" "
                              "height=\"%s\"/></clipPath>\n<g clip-path=\"url(#clip%d)\">\n",
                              clip, num(it->x, x), num(it->y, y), num(it->w, w), num(it->h, h),
                              clip);
            open++;
            break;
        case CHARTA_DL_CLIP_END:
            if (open) {
                charta_buf_puts(b, "</g>\n");
                open--;
            }
            break;
        }
    }
    while (open-- > 0)
        charta_buf_puts(b, "</g>\n");
    charta_buf_puts(b, "</g>\n</svg>\n");
    return b->oom ? CHARTA_ERR_NOMEM : CHARTA_OK;
}
