/* chart_kinds.c: the charts of more than one indicator: small multiples of
 * an action field and the status overview tiles (chart.h). */
#include "chart_internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charta/progress.h"

static chart_ctx
make_ctx(charta_dl *dl, const charta_chart_style *style, const charta_chart_opts *o,
         const char *lang)
{
    return (chart_ctx){
        dl, style, o->measure, o->font_size > 0 ? o->font_size : 12, lang, charta_numfmt_for(lang)};
}

/* Lines a panel's title may take (only an absurd title reaches them). */
enum { PANEL_TITLE_LINES = 5 };

/* --- small multiples ---------------------------------------------------------- */

charta_dl *
charta_chart_layout_multiples(charta_chart_data *const *panels, size_t n, const char *title,
                              const char *lang, const charta_chart_style *style,
                              const charta_chart_opts *o)
{
    charta_chart_opts def = {0};
    if (!o)
        o = &def;
    double W = o->width > 0 ? o->width : CHART_W;
    charta_dl *dl = charta_dl_new(W, 100);
    if (!dl)
        return NULL;
    chart_ctx c = make_ctx(dl, style, o, lang);
    const charta_chart_style *st = style;
    double pad = 16, gap = 22, fs = c.fs;
    charta_chart_rect(dl, CHARTA_ROLE_BACKGROUND, 0, 0, W, 100, st->background, (charta_color){0}, 0);
    double y = pad;
    if (title && title[0] && !o->no_title)
        y += charta_chart_wrap(&c, CHARTA_ROLE_TITLE, title, pad, y, 0, W - 2 * pad, 2, fs * 1.3, true,
                        st->text) +
             10;
    size_t cols = W >= 560 ? 3 : 2;
    if (title) { /* a whole field; a continuation (no title) keeps the columns */
        if (n < cols)
            cols = n ? n : 1;
        if (n == 4 && cols == 3)
            cols = 2;
    }
    double pw = (W - 2 * pad - (double)(cols - 1) * gap) / (double)cols;
    double tl = charta_chart_measure(&c, "Ag", fs * 0.95, true).height;
    double ul = charta_chart_measure(&c, "Ag", fs * 0.85, false).height;
    /* one row of one or two panels opens a field: taller boxes, as a figure of
     * its own (three and more keep the small format) */
    double box_h = round(pw * (n <= 2 ? 0.75 : 0.55));
    int title_lines = 2; /* the panels of a figure share the longest title's lines */
    for (size_t i = 0; i < n; i++) {
        int k = charta_chart_wrap_lines(&c, panels[i]->title, pw, PANEL_TITLE_LINES, fs * 0.95, true);
        title_lines = k > title_lines ? k : title_lines;
    }
    double ph = title_lines * tl + ul + 6 + box_h;
    for (size_t i = 0; i < n; i++) {
        const charta_chart_data *cd = panels[i];
        double x = pad + (double)(i % cols) * (pw + gap);
        double py = y + (double)(i / cols) * (ph + gap);
        charta_chart_wrap(&c, CHARTA_ROLE_HEADER, cd->title, x, py, 0, pw, PANEL_TITLE_LINES, fs * 0.95,
                          true, st->text);
        char sub[200];
        const char *arrow = cd->direction == CHARTA_DIR_UP     ? " \xC2\xB7 \xE2\x86\x91"
                            : cd->direction == CHARTA_DIR_DOWN ? " \xC2\xB7 \xE2\x86\x93"
                                                               : "";
        snprintf(sub, sizeof sub, "%s%s", cd->unit, cd->unit[0] ? arrow : "");
        char fit[256];
        charta_chart_place_text(&c, CHARTA_ROLE_HEADER,
                   charta_chart_fit(&c, sub, fs * 0.85, false, pw, fit, sizeof fit), x, py + title_lines * tl, 0, 0,
                   fs * 0.85, false, st->muted);
        charta_chart_layout_series_box(&c, cd, x, py + title_lines * tl + ul + 6, pw, box_h, true, (int)i * 64);
    }
    size_t rows = (n + cols - 1) / cols;
    dl->height = y + (double)rows * ph + (double)(rows ? rows - 1 : 0) * gap + pad;
    if (!n) {
        charta_chart_no_data(&c, pad, y, W - 2 * pad, 120);
        dl->height = y + 120 + pad;
    }
    if (dl->n)
        dl->items[0].h = dl->height;
    charta_buf b = {0};
    charta_chart_bprintf(&b, "%s: %s: ", charta_label_get(CHARTA_LBL_CHART_ALT_MULTIPLES, lang),
                  title ? title : "");
    for (size_t i = 0; i < n; i++)
        charta_chart_bprintf(&b, "%s%s", i ? "; " : "", panels[i]->title);
    charta_buf_puts(&b, ".");
    charta_chart_set_alt(dl, &b);
    return dl;
}

/* --- status overview ---------------------------------------------------------- */

enum { TILE_MIN_W = 172 };

/* Lines a tile's texts may take: titles, values and words are wrapped, never
 * cut, up to these (only an absurdly long text reaches them). */
enum { TILE_TITLE_LINES = 5, TILE_VALUE_LINES = 2, TILE_STATUS_LINES = 3 };

/* The text width of a tile of width w, and the width of its symbol band. */
static double
tile_band(const chart_ctx *c)
{
    return round(c->fs * 1.9);
}

/* The height tile t needs at width w: its title, value and words wrapped. */
static double
tile_need(const chart_ctx *c, const charta_tile *t, double w)
{
    double fs = c->fs, tw = w - tile_band(c) - 12;
    double lt = charta_chart_measure(c, "Ag", fs * 0.9, true).height;
    double lv = charta_chart_measure(c, "Ag", fs * 0.9, false).height;
    double ls = charta_chart_measure(c, "Ag", fs * 0.8, false).height;
    int nt = charta_chart_wrap_lines(c, t->title, tw, TILE_TITLE_LINES, fs * 0.9, true);
    int nv = charta_chart_wrap_lines(c, t->value, tw, TILE_VALUE_LINES, fs * 0.9, false);
    int ns = charta_chart_wrap_lines(c, t->status, tw, TILE_STATUS_LINES, fs * 0.8, false);
    return 5 + nt * lt + 6 + nv * lv + ns * ls + 5;
}

static double
tile(const chart_ctx *c, const charta_tile *t, double x, double y, double w, double h)
{
    const charta_chart_style *st = c->style;
    double fs = c->fs;
    charta_color lc = charta_color_rgb(t->colour);
    bool none = t->level < -2 || t->level > 3;
    charta_color bg = none ? charta_color_rgb(0xF3F4F6) : charta_color_tint(lc, 0.72);
    charta_chart_rect(c->dl, CHARTA_ROLE_TILE, x, y, w, h, bg, charta_color_tint(lc, 0.2), 0.75);
    double sw = tile_band(c);
    charta_chart_rect(c->dl, CHARTA_ROLE_TILE, x, y, sw, h, lc, (charta_color){0}, 0);
    charta_chart_place_text(c, CHARTA_ROLE_TILE, t->symbol, x + sw / 2, y + h / 2, 0.5, 0.5,
               fs * 1.25, true, charta_chart_text_on(lc));
    charta_chart_probe(c->dl, (int)t->indicator, t->level, t->level, 'A', x + sw / 2, y + 4);
    double tx = x + sw + 7, tw = w - sw - 12;
    charta_chart_wrap(c, CHARTA_ROLE_TILE, t->title, tx, y + 5, 0, tw, TILE_TITLE_LINES, fs * 0.9,
                      true, st->text);
    /* value and words from the bottom up */
    double lv = charta_chart_measure(c, "Ag", fs * 0.9, false).height;
    double ls = charta_chart_measure(c, "Ag", fs * 0.8, false).height;
    int nv = charta_chart_wrap_lines(c, t->value, tw, TILE_VALUE_LINES, fs * 0.9, false);
    int ns = charta_chart_wrap_lines(c, t->status, tw, TILE_STATUS_LINES, fs * 0.8, false);
    double ys = y + h - 5 - ns * ls, yv = ys - nv * lv;
    charta_chart_wrap(c, CHARTA_ROLE_TILE, t->value, tx, yv, 0, tw, TILE_VALUE_LINES, fs * 0.9, false,
                      st->text);
    charta_chart_wrap(c, CHARTA_ROLE_TILE, t->status, tx, ys, 0, tw, TILE_STATUS_LINES, fs * 0.8,
                      false, none ? st->muted : st->text);
    return h;
}

enum { GROUP_LINES = 3 };

/* The header of a group over width w: a band in the goal's colour for an
 * SDG, a title over a rule for a field; up to two lines. With draw false it
 * only measures; h > 0 gives every header of a packed row one height. */
static double
group_header(const chart_ctx *c, const charta_tile_group *g, double x, double y, double w, double h,
             bool draw)
{
    const charta_chart_style *st = c->style;
    double fs = c->fs * 1.02, lh = charta_chart_measure(c, "Ag", fs, true).height;
    double tw = g->sdg ? w - 16 : w;
    int lines = charta_chart_wrap_lines(c, g->title, tw, GROUP_LINES, fs, true);
    double need = g->sdg ? lines * lh + 10 + 6 : lines * lh + 9;
    if (!draw)
        return need;
    if (h < need)
        h = need;
    if (g->sdg) {
        charta_color col = charta_sdg_color(g->sdg);
        charta_chart_rect(c->dl, CHARTA_ROLE_HEADER, x, y, w, h - 6, col, (charta_color){0}, 0);
        charta_chart_wrap(c, CHARTA_ROLE_HEADER, g->title, x + 8, y + (h - 6 - lines * lh) / 2, 0, tw, GROUP_LINES,
                   fs, true, charta_chart_text_on(col));
    } else {
        charta_chart_wrap(c, CHARTA_ROLE_HEADER, g->title, x, y + h - 9 - lines * lh, 0, tw, GROUP_LINES, fs, true,
                   st->text);
        charta_chart_line(c->dl, CHARTA_ROLE_HEADER, x, y + h - 6, x + w, y + h - 6, st->primary, 1.5,
                   CHARTA_DASH_SOLID);
    }
    return h;
}

/* The legend of the categories of the tiles of groups [g0, g1), in the
 * method's order (best first), with the tiles' symbols, colours and words. */
static double
level_legend(const chart_ctx *c, const charta_overview_data *ov, size_t g0, size_t g1, double x,
             double y, double w, bool draw)
{
    double fs = c->fs * 0.85, cx = x, cy = y;
    double lh = charta_chart_measure(c, "Ag", fs, false).height + 6;
    size_t n = charta_progress_term_count(ov->p, ov->method);
    if (!n)
        n = 1; /* nothing assessed: the not-assessable term */
    for (size_t k = 0; k < n; k++) {
        const charta_tile *used = NULL;
        for (size_t g = g0; g < g1 && !used; g++)
            for (size_t i = 0; i < ov->groups[g].n && !used; i++)
                if (ov->groups[g].tiles[i] < ov->n_tiles &&
                    ov->tiles[ov->groups[g].tiles[i]].term == k)
                    used = &ov->tiles[ov->groups[g].tiles[i]];
        if (!used)
            continue;
        const char *s = used->status;
        double iw = lh + 6 + charta_chart_measure(c, s, fs, false).width + 16;
        if (cx > x && cx + iw > x + w)
            cx = x, cy += lh + 4;
        if (draw) {
            charta_color lc = charta_color_rgb(used->colour);
            charta_chart_rect(c->dl, CHARTA_ROLE_LEGEND, cx, cy, lh, lh, lc, (charta_color){0}, 0);
            charta_chart_place_text(c, CHARTA_ROLE_LEGEND, used->symbol, cx + lh / 2, cy + lh / 2,
                                    0.5, 0.5, fs, true, charta_chart_text_on(lc));
            charta_chart_place_text(c, CHARTA_ROLE_LEGEND, s, cx + lh + 6, cy + lh / 2, 0, 0.5, fs,
                                    false, c->style->text);
        }
        cx += iw;
    }
    return cy + lh - y;
}

static size_t
tile_cols(double W, double pad, double gap)
{
    return (size_t)fmax(1, floor((W - 2 * pad + gap) / (TILE_MIN_W + gap)));
}

size_t
charta_chart_overview_row(const charta_overview_data *ov, size_t g, size_t g_end,
                          const charta_chart_opts *o)
{
    double W = o && o->width > 0 ? o->width : CHART_W;
    size_t cols = tile_cols(W, 16, 8), used = 0, n = 0;
    if (g_end > ov->n_groups)
        g_end = ov->n_groups;
    for (size_t k = g; k < g_end; k++) {
        if (k > g && k == ov->n_field_groups) /* fields and goals never share a row */
            break;
        size_t w = ov->groups[k].n < cols ? ov->groups[k].n : cols;
        if (w == 0)
            w = 1;
        if (used && (ov->groups[k].n > cols || used + w > cols))
            break;
        used += w, n++;
        if (ov->groups[k].n >= cols)
            break;
    }
    return n ? n : (g < g_end ? 1 : 0);
}

charta_dl *
charta_chart_layout_overview(const charta_overview_data *ov, size_t g0, size_t ng,
                             size_t legend_to, const charta_chart_style *style,
                             const charta_chart_opts *o)
{
    charta_chart_opts def = {0};
    if (!o)
        o = &def;
    double W = o->width > 0 ? o->width : CHART_W;
    charta_dl *dl = charta_dl_new(W, 100);
    if (!dl)
        return NULL;
    chart_ctx c = make_ctx(dl, style, o, ov->lang);
    const charta_chart_style *st = style;
    double pad = 16, gap = 8, fs = c.fs;
    if (g0 > ov->n_groups)
        g0 = ov->n_groups;
    if (!ng || g0 + ng > ov->n_groups)
        ng = ov->n_groups - g0;
    bool whole = g0 == 0 && ng == ov->n_groups;
    charta_chart_rect(dl, CHARTA_ROLE_BACKGROUND, 0, 0, W, 100, st->background, (charta_color){0}, 0);
    double y = whole ? pad : 2; /* a group of a PDF page: no margin of its own */
    if (!o->no_title && ov->title)
        y += charta_chart_wrap(&c, CHARTA_ROLE_TITLE, ov->title, pad, y, 0, W - 2 * pad, 2, fs * 1.3, true,
                        st->text) +
             8;
    if (legend_to > ov->n_groups)
        legend_to = ov->n_groups;
    if (legend_to > g0)
        y += level_legend(&c, ov, g0, legend_to, pad, y, W - 2 * pad, true) + 12;
    size_t cols = tile_cols(W, pad, gap);
    double tw = (W - 2 * pad - (double)(cols - 1) * gap) / (double)cols;
    /* one tile height for the whole figure: the tallest tile's texts, wrapped */
    double th = round(fs * 2 * 1.2 * 0.9 + fs * 1.2 * 0.9 + fs * 1.2 * 0.8 + 16);
    for (size_t g = g0; g < g0 + ng; g++)
        for (size_t k = 0; k < ov->groups[g].n; k++)
            if (ov->groups[g].tiles[k] < ov->n_tiles)
                th = fmax(th, ceil(tile_need(&c, &ov->tiles[ov->groups[g].tiles[k]], tw)));
    /* groups that fit side by side share a row: one with two tiles takes two
     * columns, the next one the columns left */
    for (size_t g = g0, nrow; g < g0 + ng; g += nrow) {
        nrow = charta_chart_overview_row(ov, g, g0 + ng, o);
        if (whole && (g == 0 || g == ov->n_field_groups)) {
            const char *h = charta_label_get(g < ov->n_field_groups ? CHARTA_LBL_OVERVIEW_BY_FIELD
                                                                    : CHARTA_LBL_OVERVIEW_BY_SDG,
                                             ov->lang);
            if (g)
                y += 10;
            y += charta_chart_wrap(&c, CHARTA_ROLE_HEADER, h, pad, y, 0, W - 2 * pad, 2, fs * 1.15, true,
                            st->primary) +
                 8;
        }
        double hh = 0, rows_h = 0;
        size_t col = 0;
        for (size_t k = g; k < g + nrow; k++) { /* one header height for the row */
            size_t w = ov->groups[k].n < cols ? ov->groups[k].n : cols;
            double width = (double)(w ? w : 1) * (tw + gap) - gap;
            hh = fmax(hh, group_header(&c, &ov->groups[k], 0, 0, width, 0, false));
        }
        for (size_t k = g; k < g + nrow; k++) {
            const charta_tile_group *grp = &ov->groups[k];
            size_t w = grp->n < cols ? grp->n : cols;
            if (!w)
                w = 1;
            double x0 = pad + (double)col * (tw + gap), width = (double)w * (tw + gap) - gap;
            group_header(&c, grp, x0, y, width, hh, true);
            for (size_t t = 0; t < grp->n; t++) {
                double x = x0 + (double)(t % cols) * (tw + gap);
                double yy = y + hh + (double)(t / cols) * (th + gap);
                if (grp->tiles[t] < ov->n_tiles)
                    tile(&c, &ov->tiles[grp->tiles[t]], x, yy, tw, th);
            }
            size_t rows = (grp->n + cols - 1) / cols;
            rows_h = fmax(rows_h, (double)(rows ? rows : 1) * (th + gap));
            col += w;
        }
        y += hh + rows_h + 10;
    }
    if (!ng)
        charta_chart_no_data(&c, pad, y, W - 2 * pad, 100), y += 100;
    dl->height = y + (whole ? pad : 2) - 10;
    if (dl->n)
        dl->items[0].h = dl->height;
    /* alternative text: every tile */
    charta_buf b = {0};
    charta_chart_bprintf(&b, "%s", charta_label_get(CHARTA_LBL_CHART_ALT_TILES, ov->lang));
    for (size_t g = g0; g < g0 + ng; g++) {
        const charta_tile_group *grp = &ov->groups[g];
        charta_chart_bprintf(&b, "%s %s: ", g == g0 ? ":" : ";", grp->title);
        for (size_t k = 0; k < grp->n; k++) {
            const charta_tile *t = &ov->tiles[grp->tiles[k]];
            charta_chart_bprintf(&b, "%s%s %s (%s)", k ? ", " : "", t->title, t->value, t->status);
        }
    }
    charta_buf_puts(&b, ".");
    charta_chart_set_alt(dl, &b);
    return dl;
}
