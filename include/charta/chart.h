/* chart.h: charts of the result set: data, layout into a display list,
 * drawing, and the charts stage of a run (charts/<name>.png|.svg).
 *
 * Owns (src/render/chart/): chart data (copies of what a chart shows), display lists,
 * the Pango text context of the charts (charta_chart_text) and every buffer it hands
 * out (freed by the matching _free, or by free() where said); the caller owns each
 * of these once it is returned. The result set is borrowed and only read; chart
 * data borrows area names and codes from its dataset, so the results must outlive it.
 * Uses: report.h (options, window, cells), labels.h (render); results.h, dataset.h,
 * project.h (model); progress.h (levels and labels of the assessments); numfmt.h,
 * diag.h, util.h (base); Cairo, Pango and fontconfig (chart_render.c only).
 *
 * STYLE rule 3, three steps:
 *   1. gather   (chart_data.c)   results -> charta_chart_data: the numbers,
 *      labels and colours one chart shows; nothing about positions;
 *   2. layout   (chart_layout.c, chart_kinds.c) data -> charta_dl, a display
 *      list of rectangles, polylines, markers and single-line texts in px
 *      (1/96 inch) units; pure geometry, text sizes come from a measurer
 *      callback, so tests run it with a fake one and without Cairo;
 *   3. draw     (chart_render.c) the list on any Cairo surface (PNG files,
 *      PNGs in memory for the workbook, PDF pages at 0.75 pt per px), or
 *      written as SVG text (chart_svg.c: real <text> elements, so the SVG
 *      is searchable, accessible and byte-stable; Cairo's SVG surface would
 *      turn every letter into a glyph outline).
 *
 * Every coordinate put into a display list is checked: a non-finite one is
 * never stored, the list is marked bad and drawing it fails with
 * CHARTA_ERR_INTERNAL (RELIABILITY §4: Cairo draws NaN silently wrong).
 * Missing values (status M or C) are gaps, never zero.
 */
#ifndef CHARTA_CHART_H
#define CHARTA_CHART_H

#include <stdbool.h>
#include <stddef.h>

#include <cairo.h>

#include "charta/diag.h"
#include "charta/project.h"
#include "charta/report.h"
#include "charta/results.h"
#include "charta/util.h"

/* --- colours and style ---------------------------------------------------- */

typedef struct charta_color {
    double r, g, b, a; /* 0..1; a == 0 means "none" */
} charta_color;

/* The opaque colour 0xRRGGBB (higher bits ignored). */
charta_color charta_color_rgb(unsigned rgb);
/* WCAG relative luminance (0..1) and contrast ratio (1..21); alpha is ignored. */
double charta_color_luminance(charta_color c);
double charta_color_contrast(charta_color a, charta_color b);
/* c mixed with white: t = 0 gives c, 1 gives white; alpha kept. */
charta_color charta_color_tint(charta_color c, double t);

enum { CHARTA_PALETTE_SIZE = 6 };

/* The colours of a report's charts. charta_chart_style_for fills it from
 * the report spec (`report { colors = ... }`) over the defaults:
 *   primary  #0072B2 (Okabe-Ito blue): the city's line, target, reference
 *            line in bars, headings;
 *   accent   #D55E00 (Okabe-Ito vermillion): the focus areas' bars;
 *   series   Okabe-Ito vermillion #D55E00, bluish green #009E73, reddish
 *            purple #CC79A7, orange #E69F00, sky blue #56B4E9, black: the
 *            focus areas' lines, each with its own marker shape;
 *   benchmark #4D4D4D dashed (further benchmarks: brown #8C510A dash-dot,
 *            black long dashes, #4D4D4D dash-dot-dot, each label in the
 *            line's colour beside a piece of its line); other bars #B8C2CC;
 *            text #1A1A1A.
 * Okabe-Ito is distinguishable under the common colour-vision deficiencies;
 * greyscale printing keeps the lines apart by width, dash and marker shape,
 * and every line is named by a label at its end (no legend lookup). */
typedef struct charta_chart_style {
    charta_color primary, accent, benchmark, bar, text, muted, grid, background;
    charta_color series[CHARTA_PALETTE_SIZE];
    size_t n_series;
    const char *font; /* Pango family list, "DejaVu Sans" */
} charta_chart_style;

/* The style of p's report (p may be NULL: the defaults). A plain value; font is a
 * static string. The city's series colours replace the defaults in order; fewer than
 * six of them make a shorter palette. */
charta_chart_style charta_chart_style_for(const charta_project *p);

/* Progress levels (progress.h: 3 .. -2, CHARTA_LEVEL_NONE): a diverging
 * blue-to-red scheme (ColorBrewer RdYlBu, 8 classes without its two
 * near-white middle ones; safe for colour-blind readers)
 * plus a symbol per level (✔ ↑ ↗ → ↘ ↓, "–" when not assessed), so that
 * the status survives greyscale printing. Any level outside 3 .. -2 gets grey
 * (#D9D9D9) and "–". Symbols are static UTF-8 strings. */
charta_color charta_level_color(int level);
const char *charta_level_symbol(int level);
/* The 17 official SDG colours (UN communications guidelines); goal 1..17,
 * grey (#808080) otherwise. */
charta_color charta_sdg_color(int goal);

/* --- display list ----------------------------------------------------------- */

typedef enum charta_dl_op {
    CHARTA_DL_RECT,       /* x, y, w, h; fill and/or stroke */
    CHARTA_DL_PATH,       /* polyline pts[pt .. pt+npt); stroke; closed paths may fill */
    CHARTA_DL_MARKER,     /* centre x, y; w = size; shape = marker */
    CHARTA_DL_TEXT,       /* one line of text, box centre x, y, box w, h, rotated by angle */
    CHARTA_DL_CLIP_BEGIN, /* clip later items to the rect x, y, w, h */
    CHARTA_DL_CLIP_END,
} charta_dl_op;

/* What an item shows: for tests, SVG classes and alternative texts. */
typedef enum charta_dl_role {
    CHARTA_ROLE_BACKGROUND,
    CHARTA_ROLE_FRAME,
    CHARTA_ROLE_GRID,
    CHARTA_ROLE_AXIS,
    CHARTA_ROLE_TICK_LABEL,
    CHARTA_ROLE_AXIS_TITLE,
    CHARTA_ROLE_TITLE,
    CHARTA_ROLE_SUBTITLE,
    CHARTA_ROLE_SERIES,       /* a series' line */
    CHARTA_ROLE_POINT,        /* a series' marker */
    CHARTA_ROLE_SERIES_LABEL, /* a series' name at its end */
    CHARTA_ROLE_TARGET,       /* target marker and its label */
    CHARTA_ROLE_TARGET_PATH,  /* straight path from the latest value to the target */
    CHARTA_ROLE_BENCHMARK,    /* benchmark lines (dashed) */
    CHARTA_ROLE_BAR,
    CHARTA_ROLE_REFERENCE, /* the city total in a bar chart */
    CHARTA_ROLE_VALUE_LABEL,
    CHARTA_ROLE_LEGEND,
    CHARTA_ROLE_NOTE,
    CHARTA_ROLE_NODATA, /* the "no data" panel */
    CHARTA_ROLE_TILE,
    CHARTA_ROLE_HEADER, /* group headers of the overview and multiples */
    CHARTA_ROLE_COUNT
} charta_dl_role;

typedef enum charta_marker {
    CHARTA_MARKER_CIRCLE = 0,
    CHARTA_MARKER_SQUARE,
    CHARTA_MARKER_TRIANGLE,
    CHARTA_MARKER_DIAMOND,
    CHARTA_MARKER_TRIANGLE_DOWN,
    CHARTA_MARKER_TARGET, /* ring with a dot: a target */
    CHARTA_MARKER_COUNT
} charta_marker;

typedef enum charta_dash {
    CHARTA_DASH_SOLID = 0,
    CHARTA_DASH_DASHED,
    CHARTA_DASH_DOTTED,
    CHARTA_DASH_DASHDOT,  /* the second benchmark */
    CHARTA_DASH_LONGDASH, /* the third */
    CHARTA_DASH_DASHDOTDOT,
} charta_dash;

typedef struct charta_xy {
    double x, y;
} charta_xy;

typedef struct charta_dl_item {
    charta_dl_op op;
    charta_dl_role role;
    int series;        /* index of the data series shown, -1 for none */
    double x, y, w, h; /* see charta_dl_op */
    size_t pt, npt;    /* CHARTA_DL_PATH */
    bool closed;       /* CHARTA_DL_PATH */
    charta_color fill, stroke;
    double line_width;
    charta_dash dash;
    charta_marker marker; /* CHARTA_DL_MARKER */
    /* CHARTA_DL_TEXT: */
    size_t text;   /* offset into the text arena (charta_dl_text) */
    double size;   /* font size, px */
    double ascent; /* baseline below the box top, px */
    double angle;  /* radians, about the box centre */
    bool bold;
} charta_dl_item;

/* A data point's position, for tests and for reading charts back:
 * "series s's value for year y is drawn at (x, y)". */
typedef struct charta_dl_probe {
    int series;
    int year;
    double value;
    char status;
    double x, y;
} charta_dl_probe;

typedef struct charta_dl {
    double width, height; /* px */
    charta_dl_item *items;
    size_t n, cap;
    charta_xy *pts;
    size_t n_pts, cap_pts;
    charta_buf text; /* NUL-separated strings */
    charta_dl_probe *probes;
    size_t n_probes, cap_probes;
    char *alt; /* alternative text: what the chart says, in words */
    bool oom;  /* an append ran out of memory */
    bool bad;  /* a non-finite coordinate was refused */
} charta_dl;

/* An empty display list of width x height px; the caller frees it with
 * charta_dl_free. NULL on out of memory. */
charta_dl *charta_dl_new(double width, double height);
/* Free the list, its items, points, texts and probes; NULL is a no-op. */
void charta_dl_free(charta_dl *dl);
/* The text of a CHARTA_DL_TEXT item of dl ("" for an offset out of range); borrowed
 * from the list's text arena, valid until the list grows or is freed. */
const char *charta_dl_text(const charta_dl *dl, const charta_dl_item *it);
/* CHARTA_OK, CHARTA_ERR_NOMEM (oom, or dl NULL) or CHARTA_ERR_INTERNAL (bad). */
charta_status charta_dl_status(const charta_dl *dl);
/* The probe of (series, year), NULL when that value is not drawn; borrowed from dl. */
const charta_dl_probe *charta_dl_find_probe(const charta_dl *dl, int series, int year);

/* --- text measurement -------------------------------------------------------- */

typedef struct charta_text_extents {
    double width, height, ascent; /* px, the logical box of one line */
} charta_text_extents;

typedef struct charta_measurer {
    void (*measure)(void *ud, const char *text, double size, bool bold, charta_text_extents *out);
    void *ud;
} charta_measurer;

/* The Pango text context of charts: a font map context with hinted metrics
 * off (so sizes scale exactly from 96 to 300 dpi and to PDF points), one
 * layout, the font descriptions. Not for two threads at once. */
typedef struct charta_chart_text charta_chart_text;
/* A context for the Pango font family list font (NULL or "" for DejaVu Sans); the
 * caller frees it with charta_chart_text_free. NULL on out of memory (or when Pango
 * has no font map). */
charta_chart_text *charta_chart_text_new(const char *font);
/* Free the context (the process-wide font map stays: charta_chart_shutdown); NULL is
 * a no-op. */
void charta_chart_text_free(charta_chart_text *t);
/* A measurer for layouts that measures with t (borrowed: t must outlive its use);
 * invalid UTF-8 is measured as repaired. */
charta_measurer charta_chart_text_measurer(charta_chart_text *t);

/* --- chart data (gather) ------------------------------------------------------ */

typedef enum charta_series_role {
    CHARTA_SERIES_CITY = 0,  /* the subject area */
    CHARTA_SERIES_FOCUS,     /* report focus areas or chart.areas */
    CHARTA_SERIES_BENCHMARK, /* report benchmarks: dashed reference */
    CHARTA_SERIES_AREA,      /* any other area (bars) */
} charta_series_role;

typedef struct charta_chart_series {
    const char *label; /* area name (or code) */
    const char *code;
    charta_series_role role;
    double *values; /* n_years values, NaN where missing */
    char *status;   /* n_years statuses */
    charta_color color;
    charta_marker marker;
    charta_dash dash; /* a benchmark's own dash (charta_chart_benchmark_look); else solid */
    int level;        /* depth below the subject area (bars pick one level) */
} charta_chart_series;

/* A target drawn for series `series`: the city's (its own targets, else the
 * general ones) and those a focus area has of its own (target.area). */
typedef struct charta_chart_target {
    int year;
    double value;
    int series;
} charta_chart_target;

typedef struct charta_chart_data {
    charta_chart_kind kind; /* TIMESERIES or AREAS */
    const char *lang;
    char *id, *title, *unit, *alt_given;
    int decimals; /* display decimals; -1 = from the values */
    charta_direction direction;
    int year_first; /* values[0] is this year */
    size_t n_years;
    charta_chart_series *series;
    size_t n_series;
    charta_chart_target *targets; /* resolved to values; by series, then year */
    size_t n_targets;
    double y_min, y_max;
    bool has_y_min, has_y_max;
    int zero;       /* 0 auto, 1 include zero, -1 not */
    size_t dropped; /* series left out (too many lines) */
    /* a time series of an indicator without an explicit chart kind whose series
     * have values in one year only: laid out as a bar per series for that year */
    bool one_year;
} charta_chart_data;

/* Gather indicator i of r for kind (CHARTA_CHART_TIMESERIES or _AREAS; the
 * DEFAULT and NONE kinds give TIMESERIES) over the report window of o (o may be
 * NULL), coloured by style. The time series
 * holds the subject area, the focus areas (or chart.areas) and the
 * benchmarks (areas unknown to the dataset are left out: see
 * charta_chart_check_areas); the area comparison every area below the
 * subject area plus the subject area and benchmarks as references.
 * The caller frees it with charta_chart_data_free; labels, codes and lang are
 * borrowed from r (and o). NULL on out of memory or when i is out of range. */
charta_chart_data *charta_chart_gather(const charta_results *r, size_t i, charta_chart_kind kind,
                                       const charta_report_opts *o,
                                       const charta_chart_style *style);
/* Free chart data and what it copied; NULL is a no-op. */
void charta_chart_data_free(charta_chart_data *cd);

/* Warn (one warning per code, at the declaration) about focus, benchmark and
 * chart.areas codes that are not areas of the dataset; call it once per report. */
void charta_chart_check_areas(const charta_results *r, charta_diags *d);

/* --- overview tiles ------------------------------------------------------------ */

typedef struct charta_tile {
    size_t indicator; /* index in the result set */
    char *title;
    char *value;  /* "4,78 t CO₂/EW (2024)" or the no-data label */
    int level;    /* CHARTA_LEVEL_NONE when not assessed */
    char *status; /* its category's words (progress.h's vocabulary) */
    size_t term;  /* its category's index in the method's vocabulary */
    const char *symbol; /* its category's symbol (static or borrowed from the project) */
    unsigned colour;    /* its category's colour, 0xRRGGBB */
} charta_tile;

typedef struct charta_tile_group {
    char *title;   /* "HF03 Umwelt, ..." or "13 Maßnahmen zum Klimaschutz" */
    char *field;   /* the action field's id; NULL for SDG groups and "other indicators" */
    int sdg;       /* goal 1..17 for SDG groups, 0 for fields */
    size_t *tiles; /* indices into charta_overview_data.tiles */
    size_t n;
} charta_tile_group;

typedef struct charta_overview_data {
    char *title;
    charta_tile *tiles;
    size_t n_tiles;
    charta_tile_group *groups; /* the field groups first, then the SDG groups */
    size_t n_groups;
    size_t n_field_groups;
    const char *lang;
    const charta_project *p; /* borrowed: the vocabulary of a Lua method */
    const char *method;      /* the assessments' method (borrowed); NULL before the stage */
} charta_overview_data;

/* The status tiles of every indicator of r (o may be NULL) in groups: the declared
 * action fields in project order, fields only named by indicators, "other
 * indicators", then the SDG goals 1..17 (groups without indicators left out). The
 * caller frees it with charta_overview_data_free; lang is borrowed. NULL on out of
 * memory. */
charta_overview_data *charta_overview_gather(const charta_results *r, const charta_report_opts *o);
/* Free the overview data, its tiles and groups; NULL is a no-op. */
void charta_overview_data_free(charta_overview_data *ov);

/* --- layout --------------------------------------------------------------------- */

typedef struct charta_chart_opts {
    double width, height; /* px; 0 = 800 x 450 (the height of bars and tiles follows rows) */
    double font_size;     /* px; 0 = 12 */
    bool no_title;        /* leave out title and subtitle (the PDF prints its own) */
    charta_measurer measure;
} charta_chart_opts;

/* "Nice" axis ticks over [lo, hi]: steps of 1, 2, 2.5 or 5 x 10^k, first and
 * last tick enclosing the range, about `want` ticks (at most 12). lo == hi
 * is widened around the value. The first and last tick and the span between
 * them are finite doubles. Returns false for non-finite input, and when no
 * such axis exists (values near +-1.8e308, or a span beyond it). */
typedef struct charta_ticks {
    double first, step;
    int n;        /* ticks first + k * step, k = 0 .. n-1 */
    int decimals; /* to label every tick exactly */
} charta_ticks;
/* "Nice" axis ticks over [lo, hi] into *out: steps of 1, 2, 2.5 or 5 x 10^k, first
 * and last tick enclosing the range, as close to `want` ticks (clamped to 2..12) as
 * such steps allow, at most 13. lo == hi is widened around the value, lo > hi
 * swapped. Returns false (out untouched) for non-finite input. */
bool charta_chart_ticks(double lo, double hi, int want, charta_ticks *out);

/* The display list of one chart (o may be NULL: 800 x 450, 12 px, the estimated
 * measurer); the caller frees it with charta_dl_free. NULL only on out of memory
 * (check charta_dl_status for a later one or a refused coordinate). Data without a
 * single value gives a "no data" panel; bars grow the list's height to their rows. */
charta_dl *charta_chart_layout(const charta_chart_data *cd, const charta_chart_style *style,
                               const charta_chart_opts *o);
/* Small multiples: one compact time series panel per data item (panels borrowed),
 * under a title (NULL for none: a continuation, which keeps the full columns), in
 * lang. Returned and failing as charta_chart_layout. */
charta_dl *charta_chart_layout_multiples(charta_chart_data *const *panels, size_t n,
                                         const char *title, const char *lang,
                                         const charta_chart_style *style,
                                         const charta_chart_opts *o);
/* Status tiles of groups [g0, g0 + ng) of ov (ng = 0: all to the end), under a legend
 * of exactly the categories of the tiles of groups [g0, legend_to) (a PDF page's,
 * best first, the tiles' symbols and words) when legend_to > g0; legend_to beyond
 * the groups: to the last. Returned and failing as charta_chart_layout. */
charta_dl *charta_chart_layout_overview(const charta_overview_data *ov, size_t g0, size_t ng,
                                        size_t legend_to, const charta_chart_style *style,
                                        const charta_chart_opts *o);
/* How many groups from g (before g_end) share one row of tiles at the width
 * of o: groups narrower than a row are packed side by side (at least 1 when
 * g < g_end). The PDF lays the overview out row by row with it. */
size_t charta_chart_overview_row(const charta_overview_data *ov, size_t g, size_t g_end,
                                 const charta_chart_opts *o);

/* --- drawing ---------------------------------------------------------------------- */

/* Draw dl on cr in the current user space (1 unit = 1 px of the list), texts with t
 * (borrowed; cr's state is restored). Returns the cairo status as a charta status:
 * CHARTA_ERR_INTERNAL for a bad list or a Cairo error, CHARTA_ERR_NOMEM for an oom
 * list or Cairo's out of memory. Nothing is reported. */
charta_status charta_chart_render(cairo_t *cr, const charta_dl *dl, charta_chart_text *t);

/* dl as a PNG (RGB, white background) at dpi (0 or less = 96 = 1 px per unit; a
 * picture past 64 megapixels or 32000 px a side is drawn smaller), appended to out.
 * CHARTA_OK; CHARTA_ERR_NOMEM or CHARTA_ERR_INTERNAL with a diagnostic (out may
 * then hold part of a PNG). */
charta_status charta_chart_png_encode(const charta_dl *dl, charta_chart_text *t, int dpi,
                                      charta_buf *out, charta_diags *d);
/* dl as an SVG 1.1 document appended to out: <title> from the title lines, <desc>
 * from the alternative text, one element per item, text as <text> in style's font
 * (style may be NULL: DejaVu Sans); no dates, clip ids numbered in order, so equal
 * lists give equal bytes. CHARTA_OK, or dl's status, or CHARTA_ERR_NOMEM when out
 * ran out of memory; nothing is reported. */
charta_status charta_chart_svg_encode(const charta_dl *dl, const charta_chart_style *style,
                                      charta_buf *out);

/* Release what Pango, Cairo and fontconfig keep for the whole process (the
 * default font map, font caches, the fontconfig configuration), so that a
 * leak checker sees nothing at exit. Call once, at the very end of main()
 * (or a test), when no chart text context, display list drawing or PDF is
 * in use any more; charts can be drawn again afterwards (at start-up cost). */
void charta_chart_shutdown(void);

/* --- the charts stage -------------------------------------------------------------- */

/* The main chart of indicator i of r as a PNG in memory, for the workbook
 * (libxlsxwriter's worksheet_insert_image_buffer):
 *   - 800 x 450 px at 96 dpi, scaled by dpi/96 (dpi 0 = 96; 24..1200);
 *     the chart's own kind (chart.kind, time series by default), with title;
 *   - *buf gets a malloc'd buffer the caller frees with free(), *len its
 *     size; for an indicator with chart.kind = "none" CHARTA_OK with
 *     *buf = NULL, *len = 0 (nothing to embed);
 *   - an indicator without values gives a "no data" picture, not an error;
 *   - errors: CHARTA_ERR_USAGE (i out of range, bad dpi or window), CHARTA_ERR_NOMEM,
 *     CHARTA_ERR_INTERNAL (Cairo failed); *buf is then NULL.
 * Each call sets up Pango once (about a millisecond after the first call,
 * whose fontconfig start-up takes ~50 ms); one thread at a time. */
charta_status charta_chart_png(const charta_results *r, size_t i, const charta_report_opts *o,
                               int dpi, unsigned char **buf, size_t *len, charta_diags *d);

/* The files the charts stage writes, relative to its directory, in the
 * order written: per indicator (project order) <id>.png, <id>.svg, then
 * <id>-<kind>.png/.svg for its other kinds; field-<id>.png/.svg per action
 * field with indicators; overview.png/.svg. Names are made file-safe and
 * unique. *out gets a malloc'd array of *n malloc'd strings (free with
 * charta_report_charts_list_free); CHARTA_ERR_NOMEM on out of memory, with *out
 * NULL and *n 0. */
charta_status charta_report_charts_list(const charta_results *r, const charta_report_opts *o,
                                        char ***out, size_t *n);
/* Free the n strings of v and v itself; NULL is a no-op. */
void charta_report_charts_list_free(char **v, size_t n);

/* Write every chart of charta_report_charts_list into dir (created when
 * absent) as PNG at dpi (0 = 96; 24..1200) and SVG; first warns about unknown areas
 * (charta_chart_check_areas). Stops at the first failure; files written before it
 * stay. Errors: CHARTA_ERR_USAGE (bad dpi
 * or window), CHARTA_ERR_CANTCREATE (dir or a file cannot be created),
 * CHARTA_ERR_IO (a write failed, e.g. disk full; the partial file is
 * removed), CHARTA_ERR_NOMEM, CHARTA_ERR_INTERNAL. */
charta_status charta_report_charts_write(const charta_results *r, const charta_report_opts *o,
                                         const char *dir, int dpi, charta_diags *d);

/* --- shared with the PDF stage, which draws the same charts --------------- */

/* Write b to path (created or truncated, 0644): CHARTA_ERR_CANTCREATE when
 * it cannot be opened, CHARTA_ERR_IO when a write or the close fails (the
 * partial file is removed). */
charta_status charta_chart_write_file(const char *path, const charta_buf *b, charta_diags *d);

/* Black or white, whichever reads better on bg. */
charta_color charta_chart_text_on(charta_color bg);

/* The small multiples of field group g of ov (its indicators' city lines),
 * panels [k0, k0 + nk) of the group (nk = 0: all). */
charta_dl *charta_chart_layout_field(const charta_results *r, const charta_report_opts *o,
                                     const charta_overview_data *ov, size_t g, size_t k0, size_t nk,
                                     const charta_chart_style *style, const charta_chart_opts *co);

/* The chart kinds of indicator i, the main one first; 0 when it has none.
 * Without `also`, a time series gets an area comparison when there are
 * areas below the subject area, and an area comparison a time series.
 * Without an explicit kind, an indicator whose subject area (or, when it has
 * none, any area) has values in one year only gets the area comparison alone
 * when there are areas below the subject area (a line over one year says nothing). */
size_t charta_chart_kinds_of(const charta_results *r, size_t i,
                             charta_chart_kind out[CHARTA_CHART_KIND_COUNT]);

/* Pango's default font map for charta's text (chart_render.c); records
 * that fonts were set up, for charta_chart_shutdown. */
struct _PangoFontMap *charta_chart_font_map(void);

#endif
