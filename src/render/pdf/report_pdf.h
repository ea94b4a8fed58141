/* report_pdf.h: private to the PDF report (report_pdf*.c).
 *
 * Split: report_pdf.c is the page engine (passes, pages, text blocks,
 * figures, tags, outline, headers and footers), report_pdf_table.c its
 * tables and contents lines; report_pdf_doc.c
 * writes the document through it (cover, contents, overview, fields,
 * annex), report_pdf_sources.c what it says of the data's sources;
 * report_pdf_amend.c appends the accessibility revision.
 *
 * The document function runs three times: pass 0 lays out and collects the
 * contents entries, pass 1 lays out again with the contents in place and
 * records on which page every destination lands, pass 2 draws. The layout
 * is the same in passes 1 and 2, so page numbers are exact. Only pass 2
 * touches Cairo; the other passes measure with the same Pango context.
 * Errors are sticky in pdf.st (first wins); later calls do nothing.
 */
#ifndef CHARTA_REPORT_PDF_H
#define CHARTA_REPORT_PDF_H

#include <cairo.h>
#include <pango/pangocairo.h>

#include "charta/hashtab.h"
#include "charta/chart.h"
#include "charta/labels.h"
#include "charta/numfmt.h"
#include "charta/pdf.h"

/* A4 in points and the type area */
#define PDF_W 595.2756
#define PDF_H 841.8898
#define PDF_ML 62.0
#define PDF_MR 56.0
#define PDF_MT 70.0
#define PDF_MB 66.0
#define PDF_CW (PDF_W - PDF_ML - PDF_MR)

typedef enum pdf_style {
    PS_BODY,
    PS_SMALL, /* meta lines, notes */
    PS_NOTE,  /* italic: the city's comment */
    PS_CODE,  /* the calculation */
    PS_H1,
    PS_H2,
    PS_H3,
    PS_TITLE, /* the cover */
    PS_COVER, /* cover lines */
    PS_TABLE,
    PS_TABLE_HEAD,
    PS_TOC1,
    PS_TOC2,
    PS_COUNT
} pdf_style;

typedef struct pdf_entry { /* a contents entry */
    int level;             /* 1 or 2 */
    char *title;
    char *dest;
} pdf_entry;

typedef struct pdf_anchor {
    char *dest;
    int page;
} pdf_anchor;

typedef struct pdf_col {
    const char *head;
    double width; /* points */
    bool right;   /* numbers */
} pdf_col;

typedef struct pdf {
    const charta_results *r;
    const charta_project *p;
    const charta_dataset *ds;
    const charta_report_opts *o;
    const char *path; /* the file written, for messages */
    const char *lang;
    charta_numfmt nf;
    charta_chart_style style;
    int first, last; /* the window */
    time_t run_time;
    charta_diags *d;
    charta_status st;

    PangoContext *ctx;
    PangoLayout *lay;
    PangoFontDescription *fonts[PS_COUNT];
    cairo_font_options_t *fopts;
    charta_chart_text *ct;
    charta_overview_data *ov;
    cairo_surface_t *logo;

    int pass; /* 0, 1 layout; 2 draw */
    cairo_surface_t *surf;
    cairo_t *cr;
    int page;            /* current page, 1-based; 0 before the first */
    int pages;           /* total, from pass 1 */
    double y;            /* cursor on the page */
    const char *section; /* the running header's right part */

    pdf_entry *entries; /* from pass 0 */
    size_t n_entries, cap_entries;
    pdf_anchor *anchors; /* from pass 1 */
    size_t n_anchors, cap_anchors;
    charta_hashtab anchor_index; /* anchors by dest */
    int outline[4]; /* outline ids of the open levels (pass 2) */

    charta_dl **figs; /* figures by their order in the document, kept across passes */
    size_t n_figs, i_fig;
    const char *chip_symbol; /* the row being drawn by charta_pdf_table_row_term */
    unsigned chip_colour;
    char **alts; /* pass 2: alternative texts in document order */
    size_t n_alts;

    /* table in progress */
    const pdf_col *cols;
    size_t ncols;
    double table_x;
} pdf;

/* --- engine (report_pdf.c) ------------------------------------------------ */

/* Record the first failure: st as P->st with an error diagnostic (printf fmt); a
 * no-op once P->st is set, so later steps do nothing. */
void charta_pdf_fail(pdf *P, charta_status st, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* True when this pass draws (pass 2, a Cairo context, no failure yet). */
bool charta_pdf_drawing(const pdf *P);
/* The lowest y of the type area (points from the top of the page). */
double charta_pdf_bottom(void);
/* A new page (ending the open one). */
void charta_pdf_new_page(pdf *P);
/* Start a new page unless h more points fit below the cursor. */
void charta_pdf_need(pdf *P, double h);
void charta_pdf_space(pdf *P, double h);
/* Height of text in style s wrapped to width w (points). */
double charta_pdf_text_height(pdf *P, pdf_style s, const char *text, double w);
/* A paragraph (tag P unless tag says otherwise; NULL = untagged), split
 * across pages between lines. */
void charta_pdf_para(pdf *P, pdf_style s, const char *text, const char *tag);
void charta_pdf_para_at(pdf *P, pdf_style s, const char *text, double x, double w, const char *tag);
/* A heading with a destination (dest may be NULL), an outline entry at
 * level (1, 2; 0 = none), a contents entry when toc; kept with keep more
 * points. Level 1 starts a new page and becomes the running header. */
void charta_pdf_heading(pdf *P, pdf_style s, const char *text, const char *dest, int outline, bool toc,
                 double keep);
/* A chart, as wide as the type area (at most 0.75 pt per px). */
void charta_pdf_figure(pdf *P, charta_dl *dl);
/* The height a chart takes on the page (points). */
double charta_pdf_figure_height(const charta_dl *dl);
/* The figure cache: the next figure's display list if an earlier pass made
 * it (then the caller does not lay it out again), else NULL; charta_pdf_figure
 * stores what it draws. */
charta_dl *charta_pdf_cached_figure(pdf *P);
/* The page a destination landed on in pass 1 (0 if unknown). */
int charta_pdf_dest_page(const pdf *P, const char *dest);
/* Tables: begin (head row), rows, end. A chip_level of -2..3 or
 * CHARTA_LEVEL_NONE draws the level's colour and symbol before the last
 * cell, PDF_NO_CHIP none; group rows span the table. */
#define PDF_NO_CHIP (-1001)
/* begin takes cols (at most 16; borrowed until end) and sets the head row, repeated
 * on every page the table continues on; row and group add rows; end closes the
 * table. */
void charta_pdf_table_begin(pdf *P, const pdf_col *cols, size_t n);
void charta_pdf_table_row(pdf *P, const char *const *cells, bool bold, int chip_level);
/* A row whose last cell follows a category's chip: its symbol on its colour
 * (0xRRGGBB), as on the overview's tiles (progress.h's vocabulary). */
void charta_pdf_table_row_term(pdf *P, const char *const *cells, const char *symbol,
                               unsigned colour);
void charta_pdf_table_group(pdf *P, const char *title);
void charta_pdf_table_end(pdf *P);
/* Contents lines (level 1, 2) with dotted leaders and linked page numbers. */
void charta_pdf_toc_line(pdf *P, const pdf_entry *e);
/* Tags around arbitrary drawing (pass 2 only). */
void charta_pdf_tag(pdf *P, const char *name, const char *attrs, bool begin);
/* The run date for display: "31.03.2025" in German, "31 March 2025" in English. */
const char *charta_pdf_date(const pdf *P, char out[32]);

/* Shared by the engine's files: text into a layout in style s (wrapped at
 * w, <= 0: not wrapped; invalid UTF-8 repaired), its size, drawing it (pass 2
 * only). */
void charta_pdf_set_text(pdf *P, PangoLayout *lay, pdf_style s, const char *text, double w);
double charta_pdf_layout_height(PangoLayout *lay);
double charta_pdf_layout_width(PangoLayout *lay);
void charta_pdf_show(pdf *P, PangoLayout *lay, double x, double y, charta_color c);
/* Set c as cr's source colour. */
void charta_pdf_source(cairo_t *cr, charta_color c);
/* key='value' for cairo_tag_begin (\ and ' escaped), malloc'd for the caller to
 * free; NULL on out of memory. */
char *charta_pdf_tag_attr(const char *key, const char *value);
/* The space before a paragraph of style s (points). */
double charta_pdf_style_before(pdf_style s);

/* --- where the data come from (report_pdf_sources.c) ------------------------ */

/* "Quellen: <title> (<publisher>), Datenstand 15.03.2025; ..." for the inputs of
 * indicator ind (of the variables it reads, and of the indicators it reads),
 * appended to b; nothing when it reads no input. */
void charta_pdf_sources_line(pdf *P, const charta_indicator *ind, charta_buf *b);
/* The annex's sources: per input its title, publisher, table, data as of,
 * attribution, licence, footnotes, notes on missing cells and breaks. */
void charta_pdf_sources(pdf *P);
/* The declared area code changes that the data needed (nothing when none). */
void charta_pdf_changes(pdf *P);

/* --- the document (report_pdf_doc.c) ---------------------------------------- */

/* Lay out (passes 0 and 1) or draw (pass 2) the whole document: cover, contents,
 * overview, one section per action field, annex. Failures go to P->st. */
void charta_pdf_document(pdf *P);

#endif
