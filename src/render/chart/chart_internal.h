/* chart_internal.h: what the chart files share (chart_dl.c, chart_data.c,
 * chart_layout.c, chart_kinds.c, chart_render.c, chart_svg.c,
 * report_charts.c). Not a public contract. */
#ifndef CHARTA_CHART_INTERNAL_H
#define CHARTA_CHART_INTERNAL_H

#include <stdarg.h>

#include "charta/chart.h"
#include "charta/labels.h"
#include "charta/numfmt.h"

#define CHARTA_CHART_FONT "DejaVu Sans"

enum {
    CHART_W = 800, /* default size, px */
    CHART_H = 450,
};

/* --- display list building (chart_dl.c); each returns NULL and marks the
 * list bad (non-finite input) or oom instead of storing ------------------ */
/* A rectangle, and the start (begin) or end of a clip to one. The item returned is
 * borrowed from dl, valid until the next item is added. */
charta_dl_item *charta_chart_rect(charta_dl *dl, charta_dl_role role, double x, double y, double w,
                                  double h, charta_color fill, charta_color stroke, double lw);
charta_dl_item *charta_chart_clip(charta_dl *dl, bool begin, double x, double y, double w,
                                  double h);
/* A polyline through n points (copied; NULL for n = 0), or one line segment. */
charta_dl_item *charta_chart_path(charta_dl *dl, charta_dl_role role, const charta_xy *pts,
                                  size_t n, charta_color stroke, double lw, charta_dash dash);
charta_dl_item *charta_chart_line(charta_dl *dl, charta_dl_role role, double x0, double y0,
                                  double x1, double y1, charta_color stroke, double lw,
                                  charta_dash dash);
/* A marker of data series `series` centred at (x, y). */
charta_dl_item *charta_chart_marker(charta_dl *dl, charta_dl_role role, int series, double x,
                                    double y, double size, charta_marker m, charta_color fill,
                                    charta_color stroke, double lw);
/* One line of text s (copied into the list's arena, invalid UTF-8 repaired) in the
 * box e centred at (cx, cy), rotated by angle. */
charta_dl_item *charta_chart_text_item(charta_dl *dl, charta_dl_role role, const char *s, double cx,
                                       double cy, const charta_text_extents *e, double size,
                                       bool bold, charta_color color, double angle);
/* The dash pattern of d for a line of width lw, in px (on, off, ...) into out;
 * returns its length (0: solid). */
size_t charta_chart_dash_pattern(charta_dash d, double lw, double out[6]);
/* The look of the k-th benchmark (0 based): the style's benchmark colour dashed,
 * then brown dash-dot, black long dashes, grey dash-dot-dot, again from the
 * start after four. */
void charta_chart_benchmark_look(const charta_chart_style *st, size_t k, charta_color *color,
                                 charta_dash *dash);
/* The dash of series se's line: a benchmark's own (dashed when it has none), else
 * solid. */
charta_dash charta_chart_series_dash(const charta_chart_series *se);
/* Record where the value of (series, year) is drawn (charta_dl_find_probe). */
void charta_chart_probe(charta_dl *dl, int series, int year, double value, char status, double x,
                        double y);
/* Take b's text as the list's alternative text (b is reset). */
void charta_chart_set_alt(charta_dl *dl, charta_buf *b);

/* --- text helpers for layouts (chart_layout.c) ------------------------------ */

typedef struct chart_ctx {
    charta_dl *dl;
    const charta_chart_style *style;
    charta_measurer m;
    double fs; /* base font size, px */
    const char *lang;
    charta_numfmt nf;
} chart_ctx;

/* The extents of s with c's measurer; without one an estimate from the number of
 * characters (about DejaVu Sans' average width). */
charta_text_extents charta_chart_measure(const chart_ctx *c, const char *s, double size, bool bold);
/* Place one line with its box anchored at (x, y): ax, ay in 0..1 of the box
 * (0, 0 = top-left, 0.5, 0.5 = centre). Returns the box width. */
double charta_chart_place_text(const chart_ctx *c, charta_dl_role role, const char *s, double x,
                               double y, double ax, double ay, double size, bool bold,
                               charta_color color);
/* s cut with "…" to fit max_w, into out (cap bytes); s itself when it fits. */
const char *charta_chart_fit(const chart_ctx *c, const char *s, double size, bool bold,
                             double max_w, char *out, size_t cap);
/* Word-wrap s into at most max_lines lines of max_w (the last one cut with
 * "…"), placed from (x, y) down, aligned by ax. Returns the height used. */
double charta_chart_wrap(const chart_ctx *c, charta_dl_role role, const char *s, double x, double y,
                         double ax, double max_w, int max_lines, double size, bool bold,
                         charta_color color);
/* Lines that charta_chart_wrap would take (at most max_lines). */
int charta_chart_wrap_lines(const chart_ctx *c, const char *s, double max_w, int max_lines,
                            double size, bool bold);
/* v formatted for the report language. */
const char *charta_chart_num(const chart_ctx *c, double v, int decimals,
                             char out[CHARTA_NUMFMT_SIZE]);
/* printf into a buffer: a label with "%s" holes filled. */
void charta_chart_bprintf(charta_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* The decimals data values are shown with. */
int charta_chart_decimals(const charta_chart_data *cd);
/* "No data" panel inside the box. */
void charta_chart_no_data(const chart_ctx *c, double x, double y, double w, double h);
/* The same panel saying the values are too large to draw: when no axis
 * between finite doubles spans them (charta_chart_ticks fails). */
void charta_chart_too_large(const chart_ctx *c, double x, double y, double w, double h);

/* True for estimated and provisional values: hollow points and bars. */
bool charta_chart_is_hollow(char st);
/* "higher is better" / "lower is better" for the indicator's direction, or NULL. */
const char *charta_chart_direction_text(const charta_chart_data *cd);
/* Title and subtitle of a chart from the top; returns the y below them. */
double charta_chart_header(const chart_ctx *c, const charta_chart_data *cd, const char *sub,
                           double pad, double w);
/* The area comparison (chart_bars.c) into c->dl, which grows to its rows. */
void charta_chart_layout_bars(const chart_ctx *c, const charta_chart_data *cd,
                              const charta_chart_opts *o, double W);

/* Compact time series into a box (small multiples); full = false. */
void charta_chart_layout_series_box(const chart_ctx *c, const charta_chart_data *cd, double x,
                                    double y, double w, double h, bool compact, int series_base);

/* --- what is charted (report_charts.c) ------------------------------------- */

/* True when some area lies below the subject area. */
bool charta_chart_has_subareas(const charta_results *r);

#endif
