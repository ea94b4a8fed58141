/* chart_render.c: drawing a display list with Cairo and Pango, PNG
 * encoding, and the Pango text context the layouts measure with (chart.h). */
#include "chart_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>

#include "charta/textenc.h"

#include "charta/i18n.h"

struct charta_chart_text {
    PangoContext *ctx;
    PangoLayout *layout;
    PangoFontDescription *desc;
    cairo_font_options_t *fopts;
    double size; /* the size and weight set on desc */
    bool bold;
};

void
charta_chart_text_free(charta_chart_text *t)
{
    if (!t)
        return;
    if (t->layout)
        g_object_unref(t->layout);
    if (t->ctx)
        g_object_unref(t->ctx);
    if (t->desc)
        pango_font_description_free(t->desc);
    if (t->fopts)
        cairo_font_options_destroy(t->fopts);
    free(t);
}

charta_chart_text *
charta_chart_text_new(const char *font)
{
    charta_chart_text *t = calloc(1, sizeof *t);
    if (!t)
        return NULL;
    PangoFontMap *fm = charta_chart_font_map(); /* shared, not ours */
    t->ctx = fm ? pango_font_map_create_context(fm) : NULL;
    t->fopts = cairo_font_options_create();
    t->desc = pango_font_description_from_string(font && font[0] ? font : CHARTA_CHART_FONT);
    if (!t->ctx || !t->desc || cairo_font_options_status(t->fopts) != CAIRO_STATUS_SUCCESS) {
        charta_chart_text_free(t);
        return NULL;
    }
    /* Unhinted metrics: a text is as wide at 96 dpi as at 300 dpi and in the
     * PDF, so the layout's measurements hold wherever the list is drawn. */
    cairo_font_options_set_hint_metrics(t->fopts, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(t->fopts, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_antialias(t->fopts, CAIRO_ANTIALIAS_GRAY);
    pango_cairo_context_set_font_options(t->ctx, t->fopts);
    pango_context_set_language(t->ctx, pango_language_from_string("en"));
    t->layout = pango_layout_new(t->ctx);
    if (!t->layout) {
        charta_chart_text_free(t);
        return NULL;
    }
    t->size = -1;
    return t;
}

static void
set_font(charta_chart_text *t, double size, bool bold)
{
    if (t->size == size && t->bold == bold)
        return;
    pango_font_description_set_absolute_size(t->desc, size * PANGO_SCALE);
    pango_font_description_set_weight(t->desc, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_layout_set_font_description(t->layout, t->desc);
    t->size = size;
    t->bold = bold;
}

static void
measure(void *ud, const char *text, double size, bool bold, charta_text_extents *out)
{
    charta_chart_text *t = ud;
    set_font(t, size, bold);
    charta_buf scratch = {0}; /* measured as the display list will hold it */
    const char *valid = charta_text_clean(text, CHARTA_TEXT_XML, &scratch, NULL);
    pango_layout_set_text(t->layout, valid ? valid : "", -1);
    charta_buf_free(&scratch);
    PangoRectangle logical;
    pango_layout_get_extents(t->layout, NULL, &logical);
    out->width = (double)logical.width / PANGO_SCALE;
    out->height = (double)logical.height / PANGO_SCALE;
    out->ascent = (double)pango_layout_get_baseline(t->layout) / PANGO_SCALE;
}

charta_measurer
charta_chart_text_measurer(charta_chart_text *t)
{
    return (charta_measurer){measure, t};
}

/* --- drawing -------------------------------------------------------------------- */

static void
source(cairo_t *cr, charta_color c)
{
    cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a);
}

static void
set_dash(cairo_t *cr, charta_dash d, double lw)
{
    double dash[6];
    size_t n = charta_chart_dash_pattern(d, lw, dash);
    cairo_set_dash(cr, n ? dash : NULL, (int)n, 0);
    cairo_set_line_cap(cr, d == CHARTA_DASH_DOTTED ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT);
}

static void
fill_stroke(cairo_t *cr, const charta_dl_item *it)
{
    if (it->fill.a > 0) {
        source(cr, it->fill);
        if (it->stroke.a > 0 && it->line_width > 0)
            cairo_fill_preserve(cr);
        else
            cairo_fill(cr);
    }
    if (it->stroke.a > 0 && it->line_width > 0) {
        source(cr, it->stroke);
        cairo_set_line_width(cr, it->line_width);
        set_dash(cr, it->dash, it->line_width);
        cairo_stroke(cr);
    }
    cairo_new_path(cr);
}

/* The outline of a marker of size s at (x, y) (charta_marker). */
static void
chart_marker_path(cairo_t *cr, charta_marker m, double x, double y, double s)
{
    double r = s / 2;
    switch (m) {
    case CHARTA_MARKER_SQUARE:
        cairo_rectangle(cr, x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
        break;
    case CHARTA_MARKER_TRIANGLE:
        cairo_move_to(cr, x, y - r * 1.1);
        cairo_line_to(cr, x + r * 1.05, y + r * 0.75);
        cairo_line_to(cr, x - r * 1.05, y + r * 0.75);
        cairo_close_path(cr);
        break;
    case CHARTA_MARKER_TRIANGLE_DOWN:
        cairo_move_to(cr, x, y + r * 1.1);
        cairo_line_to(cr, x + r * 1.05, y - r * 0.75);
        cairo_line_to(cr, x - r * 1.05, y - r * 0.75);
        cairo_close_path(cr);
        break;
    case CHARTA_MARKER_DIAMOND:
        cairo_move_to(cr, x, y - r * 1.2);
        cairo_line_to(cr, x + r * 1.0, y);
        cairo_line_to(cr, x, y + r * 1.2);
        cairo_line_to(cr, x - r * 1.0, y);
        cairo_close_path(cr);
        break;
    default:
        cairo_new_sub_path(cr);
        cairo_arc(cr, x, y, r, 0, 2 * G_PI);
        break;
    }
}

static void
draw_marker(cairo_t *cr, const charta_dl_item *it)
{
    cairo_new_path(cr);
    chart_marker_path(cr, it->marker, it->x, it->y, it->w);
    charta_dl_item ring = *it;
    ring.dash = CHARTA_DASH_SOLID;
    fill_stroke(cr, &ring);
    if (it->marker == CHARTA_MARKER_TARGET) { /* the bull's eye */
        cairo_new_sub_path(cr);
        cairo_arc(cr, it->x, it->y, it->w * 0.17, 0, 2 * G_PI);
        source(cr, it->stroke);
        cairo_fill(cr);
    }
}

static void
draw_text(cairo_t *cr, const charta_dl *dl, const charta_dl_item *it, charta_chart_text *t)
{
    set_font(t, it->size, it->bold);
    pango_layout_set_text(t->layout, charta_dl_text(dl, it), -1);
    cairo_save(cr);
    cairo_translate(cr, it->x, it->y);
    if (it->angle != 0)
        cairo_rotate(cr, it->angle);
    cairo_move_to(cr, -it->w / 2, -it->h / 2);
    source(cr, it->fill);
    pango_cairo_update_layout(cr, t->layout);
    pango_cairo_show_layout(cr, t->layout);
    cairo_restore(cr);
}

static charta_status
from_cairo(cairo_status_t s)
{
    if (s == CAIRO_STATUS_SUCCESS)
        return CHARTA_OK;
    return s == CAIRO_STATUS_NO_MEMORY ? CHARTA_ERR_NOMEM : CHARTA_ERR_INTERNAL;
}

charta_status
charta_chart_render(cairo_t *cr, const charta_dl *dl, charta_chart_text *t)
{
    charta_status st = charta_dl_status(dl);
    if (st != CHARTA_OK)
        return st;
    cairo_save(cr);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    int clips = 0;
    for (size_t i = 0; i < dl->n; i++) {
        const charta_dl_item *it = &dl->items[i];
        switch (it->op) {
        case CHARTA_DL_RECT:
            cairo_new_path(cr);
            cairo_rectangle(cr, it->x, it->y, it->w, it->h);
            fill_stroke(cr, it);
            break;
        case CHARTA_DL_PATH:
            cairo_new_path(cr); /* a text leaves a current point behind */
            cairo_move_to(cr, dl->pts[it->pt].x, dl->pts[it->pt].y);
            for (size_t k = 1; k < it->npt; k++)
                cairo_line_to(cr, dl->pts[it->pt + k].x, dl->pts[it->pt + k].y);
            if (it->closed)
                cairo_close_path(cr);
            fill_stroke(cr, it);
            break;
        case CHARTA_DL_MARKER:
            draw_marker(cr, it);
            break;
        case CHARTA_DL_TEXT:
            draw_text(cr, dl, it, t);
            break;
        case CHARTA_DL_CLIP_BEGIN:
            cairo_save(cr);
            cairo_rectangle(cr, it->x, it->y, it->w, it->h);
            cairo_clip(cr);
            clips++;
            break;
        case CHARTA_DL_CLIP_END:
            if (clips) {
                cairo_restore(cr);
                clips--;
            }
            break;
        }
    }
    while (clips--)
        cairo_restore(cr);
    cairo_restore(cr);
    /* later measurements must not see this surface's transformation */
    pango_context_set_matrix(t->ctx, NULL);
    pango_cairo_context_set_font_options(t->ctx, t->fopts);
    return from_cairo(cairo_status(cr));
}

/* --- PNG ------------------------------------------------------------------------- */

static cairo_status_t
append_png(void *closure, const unsigned char *data, unsigned int length)
{
    charta_buf *b = closure;
    charta_buf_append(b, (const char *)data, length);
    return b->oom ? CAIRO_STATUS_NO_MEMORY : CAIRO_STATUS_SUCCESS;
}

enum { MAX_PIXELS = 64 * 1000 * 1000, MAX_SIDE = 32000 };

charta_status
charta_chart_png_encode(const charta_dl *dl, charta_chart_text *t, int dpi, charta_buf *out,
                        charta_diags *d)
{
    charta_status st = charta_dl_status(dl);
    if (st != CHARTA_OK)
        return charta_diag_error(d, st, NULL, 0, 0, "chart: %s",
                                 st == CHARTA_ERR_NOMEM ? _("out of memory")
                                                        : _("a coordinate was not a number"));
    double scale = (dpi > 0 ? dpi : 96) / 96.0;
    /* a very tall overview at print resolution: fewer pixels, not a failure */
    while (scale > 0.25 && (dl->width * scale * dl->height * scale > MAX_PIXELS ||
                            dl->height * scale > MAX_SIDE || dl->width * scale > MAX_SIDE))
        scale *= 0.8;
    int w = (int)ceil(dl->width * scale), h = (int)ceil(dl->height * scale);
    cairo_surface_t *s =
        cairo_image_surface_create(CAIRO_FORMAT_RGB24, w > 0 ? w : 1, h > 0 ? h : 1);
    cairo_t *cr = cairo_create(s);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_scale(cr, scale, scale);
    st = charta_chart_render(cr, dl, t);
    cairo_destroy(cr);
    if (st == CHARTA_OK) {
        cairo_surface_flush(s);
        st = from_cairo(cairo_surface_write_to_png_stream(s, append_png, out));
    }
    if (st == CHARTA_OK)
        st = from_cairo(cairo_surface_status(s));
    cairo_surface_destroy(s);
    if (st != CHARTA_OK)
        return charta_diag_error(d, st, NULL, 0, 0, "chart: Cairo could not draw the PNG (%s)",
                                 st == CHARTA_ERR_NOMEM ? _("out of memory") : _("internal error"));
    return CHARTA_OK;
}

/* Pango's font map is process-wide state of Pango itself; this flag only
 * records that it was set up, so that charta_chart_shutdown has work. */
static bool fonts_used;

PangoFontMap *
charta_chart_font_map(void)
{
    fonts_used = true;
    return pango_cairo_font_map_get_default();
}

void
charta_chart_shutdown(void)
{
    if (!fonts_used)
        return; /* nothing to release, and glib must not start up at exit */
    /* the thread's default font map, Cairo's font caches, fontconfig's
     * configuration: everything Pango keeps until the process ends */
    pango_cairo_font_map_set_default(NULL);
    cairo_debug_reset_static_data();
    FcFini();
}
