/* report_xlsx.h: private to the workbook renderer (report_xlsx*.c).
 *
 * Owns: the writer state of one charta_report_xlsx_write call: the
 * libxlsxwriter workbook (freed by workbook_close or lxw_workbook_free), the
 * format cache, the sheets and the layout plan, scratch buffers.
 * Uses: report.h, labels.h, manifest.h (SHA-256 of the inputs), progress.h
 * (assessments, read only), libxlsxwriter.
 *
 * Files, one job each:
 *   report_xlsx.c           entry point, the plan (sheets, rows of every
 *                           block), document properties, closing
 *   report_xlsx_shared.c    helpers of the sheet writers: level and category
 *                           words, area names, year tables, wide notes
 *   report_xlsx_cells.c     formats, checked writes, status marks, legends
 *   report_xlsx_cover.c     the cover sheet
 *   report_xlsx_overview.c  the overview sheet
 *   report_xlsx_coverage.c  the coverage sheet (indicators per action field
 *                           and SDG)
 *   report_xlsx_field.c     field sheets (fact box, table) and the input
 *                           values sheet (the same tables)
 *   report_xlsx_chart.c     native charts, the hidden chart-data sheet and
 *                           the chart image hook
 *   report_xlsx_meta.c      the metadata and inputs sheets
 *   report_xlsx_provenance.c  the inputs sheet's provenance sections
 *
 * The plan comes first: every sheet is added up front (so sheet order and
 * names are fixed before any cell is written) and the rows of every
 * indicator's block are computed, so that the overview can link to tables
 * written after it. Every sheet is then written top to bottom, row by row,
 * which is what constant-memory mode requires.
 *
 * Errors are sticky (like charta_buf's oom): the first failing call sets
 * x->st with a diagnostic, every later put_* is a no-op, and callers check
 * x->st where a sheet or table ends.
 */
#ifndef CHARTA_REPORT_XLSX_H
#define CHARTA_REPORT_XLSX_H

#include <xlsxwriter.h>

#include "charta/hashtab.h"
#include "charta/labels.h"
#include "charta/progress.h"
#include "charta/report.h"
#include "charta/xlsx.h"

/* Columns of every areas x years table (field sheets, input values). */
enum { COL_CODE = 0, COL_NAME = 1, COL_YEAR0 = 2 };

enum {
    XLSX_CHART_ROWS = 18,   /* rows beside the fact box taken by a chart */
    XLSX_CHART_WIDTH = 656, /* pixels: eight year columns */
    XLSX_ROW_PX = 20,       /* default row height in pixels (15 pt) */
    XLSX_MAX_BREAKS = 1023, /* Excel's limit of manual page breaks per sheet */
    XLSX_NAME_SIZE = 96,    /* a defined name, bytes */
    XLSX_MAX_TARGETS = 4,   /* targets drawn per chart */
    XLSX_TARGET_YEARS = 60, /* a chart's year axis runs on this far for a target at most */
    XLSX_MAX_DECIMALS = 15,
};

/* What a format is for; cells of one role differ only in the key fields. */
typedef enum xlsx_role {
    XR_DEFAULT = 0, /* no format at all (NULL) */
    XR_COVER_TITLE, /* the report title on the cover */
    XR_SHEET_TITLE, /* bold, large: the first line of a sheet */
    XR_SECTION,     /* bold, a section heading inside a sheet */
    XR_TABLE_TITLE, /* bold, larger: an indicator's title */
    XR_INFO,        /* plain text line under a title */
    XR_NOTE,        /* italic, grey: legends and comments */
    XR_NOTE_WRAP,   /* the same, wrapped over a merged row */
    XR_HEAD,        /* bold column head with a rule below */
    XR_HEAD_RIGHT,  /* the same, right-aligned (over numbers) */
    XR_GROUP,       /* an action field's heading row in the overview */
    XR_TEXT,        /* a text cell (bold/fill from the key) */
    XR_WRAP,        /* text wrapped, top-aligned (metadata) */
    XR_CODE,        /* source code: wrapped, monospaced */
    XR_LINK,        /* a hyperlink: blue, underlined */
    XR_NAME,        /* an area name, indented by its level */
    XR_YEAR,        /* a year as a number, no thousands separator */
    XR_INT,         /* a count: #,##0 */
    XR_COVERED,     /* a count of the coverage matrix above zero: #,##0 on a light fill */
    XR_DATE,        /* a date in the report language's order */
    XR_VALUE,       /* a value: number format from decimals, mark from status */
    XR_CHANGE,      /* a change: signed number format from decimals */
    XR_FACT_CHANGE, /* the same, left-aligned in the fact box */
    XR_FACT_LABEL,  /* fact box: the label */
    XR_FACT_VALUE,  /* fact box: a value, left-aligned */
    XR_LEVEL,       /* a progress level's colour, label inside */
    XR_LEVEL_NUM,   /* a level as a number, a true minus sign: 3 .. −2 */
    XR_ROLE_COUNT
} xlsx_role;

typedef struct xlsx_fmt_key {
    xlsx_role role;
    int decimals; /* XR_VALUE, XR_FACT_VALUE, XR_CHANGE, XR_FACT_CHANGE: -1 = general */
    char status;  /* XR_VALUE, XR_FACT_VALUE: A E P B U C */
    bool bold;
    bool bench; /* a benchmark area's row: light blue fill */
    bool left;  /* left-aligned (dates and numbers in key-value lists) */
    bool top;   /* aligned to the top (rows of wrapped text) */
    int indent; /* XR_NAME: the area's level; XR_TEXT, XR_WRAP, XR_NOTE: a gap */
    int level;  /* XR_LEVEL: 3..-2 or CHARTA_LEVEL_NONE */
    unsigned colour; /* XR_LEVEL: the category's colour, 0xRRGGBB (progress.h) */
} xlsx_fmt_key;

/* The statuses seen in a table, for its legend. */
typedef struct xlsx_marks {
    bool seen[128];
    bool bench; /* benchmark rows shown */
} xlsx_marks;

typedef struct xlsx_sheet {
    lxw_worksheet *ws;
    char name[CHARTA_SHEET_NAME_SIZE];
    char quoted[2 * CHARTA_SHEET_NAME_SIZE + 3]; /* 'name' with ' doubled, for references */
    lxw_row_t breaks[XLSX_MAX_BREAKS + 1];       /* manual page breaks, 0-terminated */
    size_t n_breaks;
    /* a sheet of blocks (field sheets, input values): the printed part ends
     * at print_last (0: no blocks); the tables of all areas start at
     * all_areas, a heading; pictures reach to column print_cols */
    lxw_row_t print_last, all_areas;
    lxw_col_t print_cols;
} xlsx_sheet;

/* A group of indicators on one sheet. */
typedef struct xlsx_group {
    const char *id;            /* NULL for indicators without a field */
    const charta_field *field; /* NULL when not declared */
    size_t *ind;               /* indicator indices, project order */
    size_t n;
    size_t sheet; /* index into x->sheets when n > 0 */
} xlsx_group;

/* What the overview, the fact box and the chart say about one indicator,
 * for the subject area. */
typedef struct xlsx_facts {
    int year; /* latest year with a value in the window; 0 = none */
    double value;
    char status;
    int prev_year; /* the latest earlier year with a value; 0 = none */
    double prev_value;
    char prev_status;
    const charta_assessment *assess;  /* the subject area's, NULL when not assessed */
    int decimals;                     /* display decimals: declared, from the unit, or -1 */
    double targets[XLSX_MAX_TARGETS]; /* resolved target values (absolute) */
    int target_years[XLSX_MAX_TARGETS];
    size_t n_targets;
} xlsx_facts;

/* Where a table sits: an indicator's block on a field sheet, or an input
 * variable's on the input values sheet. Rows are 0-based. A block has two
 * parts: the printed one (title, fact box, chart and the table of the
 * subject, the benchmarks and the focus areas) among the printed parts of
 * the sheet, and the table of all areas below them all, outside the print
 * area. */
typedef struct xlsx_block {
    size_t sheet;
    lxw_row_t title;           /* the title row: the target of links */
    lxw_row_t facts;           /* first row of the fact box and the chart */
    lxw_row_t box;             /* rows of the fact box and chart area */
    lxw_row_t phead;           /* the printed table's head row; its legend after x->n_print rows */
    lxw_row_t ftitle;          /* the table of all areas: its title row, the info line below */
    lxw_row_t head;            /* the table's head row */
    lxw_row_t last;            /* the table's last area row */
    lxw_row_t overview_row;    /* the indicator's row in the overview (indicators) */
    bool comment;              /* a comment line under the info line */
    bool working;              /* then the assessment's working in words */
    bool chart;                /* a native chart beside the fact box */
    char name[XLSX_NAME_SIZE]; /* defined name of the table */
} xlsx_block;

typedef struct xlsx {
    lxw_workbook *wb;
    /* chart pictures written to files for libxlsxwriter (its own temp file
     * for an image buffer ignores write errors); removed after closing */
    char **images;
    size_t n_images;
    const charta_results *r;
    const charta_dataset *ds;
    const charta_project *p;
    const charta_report_opts *o;
    const char *lang; /* report language */
    const char *path;
    int first, last; /* the window */
    size_t ny;       /* years in the window */
    int chart_last;  /* the last year of the chart-data sheet's year row (>= last) */
    time_t created;  /* the run date, 00:00 UTC */
    bool stream;     /* constant-memory mode: rows in order, no tables */
    charta_diags *d;
    charta_status st; /* sticky first failure */

    /* formats */
    struct {
        xlsx_fmt_key key;
        lxw_format *fmt;
    } * fmts;
    size_t n_fmts, cap_fmts;

    /* sheets, in workbook order */
    xlsx_sheet *sheets;
    const char **taken; /* pointers to the names, for charta_sheet_name */
    size_t n_sheets, cap_sheets;
    size_t sh_cover, sh_overview, sh_coverage, sh_meta, sh_inputs, sh_values, sh_parts,
        sh_chartdata;
    bool has_values, has_chartdata;

    /* the plan */
    xlsx_group *groups;
    size_t n_groups;
    size_t *group_pool;
    xlsx_block *blocks;  /* per indicator (results order) */
    xlsx_facts *facts;   /* per indicator (results order) */
    xlsx_block *vblocks; /* per dataset variable, when has_values */
    xlsx_block *pblocks; /* per part of an indicator's breakdown, in results order */
    size_t n_pblocks;
    /* the defined names so far, lower-cased (Excel compares them without
     * case), and their index */
    char (*names_lower)[XLSX_NAME_SIZE];
    size_t n_names;
    charta_hashtab names_index;
    size_t *order;       /* table row order: benchmarks first, then display order */
    size_t *pos;         /* per area: its position in order */
    size_t n_order, n_bench;
    size_t *print_rows; /* the printed tables' areas: the subject, benchmarks, focus areas */
    size_t n_print;
    int *focus; /* area indices of report.focus that exist */
    size_t n_focus;
    bool any_assess;     /* some indicator has an assessment of the subject area */
    int root;            /* the subject area, -1 when none */
    lxw_row_t ov_head;   /* the overview's head row */
    lxw_row_t chart_row; /* next free row of the chart-data sheet */

    charta_buf scratch; /* UTF-8 repair */
    charta_buf line;    /* composing a text line */
    charta_buf cut;     /* a text cut to Excel's 32,767 characters */
    bool repaired;      /* some text needed UTF-8 repair */
    bool truncated;     /* some text was cut to 32,767 characters */
} xlsx;

/* --- report_xlsx_cells.c ------------------------------------------------ */

/* Set the sticky failure (first one wins) with a diagnostic; returns x->st. */
charta_status charta_xlsx_fail(xlsx *x, charta_status st, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Map a libxlsxwriter error of call `what`; LXW_NO_ERROR is a no-op. */
charta_status charta_xlsx_check(xlsx *x, lxw_error e, const char *what);
/* Out of memory (the sticky failure). */
charta_status charta_xlsx_oom(xlsx *x);

/* The cached format for key (created on first use); NULL after a failure
 * and for XR_DEFAULT. */
lxw_format *charta_xlsx_fmt(xlsx *x, xlsx_fmt_key key);
#define XFMT(x, ...) charta_xlsx_fmt((x), (xlsx_fmt_key){__VA_ARGS__})
/* The fill colour of a progress level (0xRRGGBB), and whether its text is
 * white; LXW_COLOR_UNSET for CHARTA_LEVEL_NONE. */
lxw_color_t charta_xlsx_level_color(int level, bool *white_text);
/* True when white text reads better than black on rgb (0xRRGGBB). */
bool charta_xlsx_dark(unsigned rgb);

/* Add a worksheet named after want, sanitised and unique (a changed name is
 * logged as a note); returns its index, or (size_t)-1 after a failure. */
size_t charta_xlsx_add_sheet(xlsx *x, const char *want);

/* s as the workbook's XML may hold it (charta_text_clean with
 * CHARTA_TEXT_XML): s itself, or a copy in x->scratch valid until the next
 * call; sets x->repaired when something was replaced. NULL s gives "";
 * NULL on out of memory. */
const char *charta_xlsx_clean(xlsx *x, const char *s);
/* Text from data or scripts, always as a string cell (never a formula):
 * UTF-8 repaired, cut to 32,767 characters; "" writes nothing. */
void charta_xlsx_put_text(xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *s,
                   lxw_format *f);
/* A finite number (anything else is an internal error, never written). */
void charta_xlsx_put_number(xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, double v,
                     lxw_format *f);
/* A date cell (Excel serial) for a time at 00:00 UTC, in the report
 * language's date format. */
void charta_xlsx_put_date(xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, time_t t, bool left);
/* A "YYYY-MM-DD" date (an input's "as of") as a date cell, other text as
 * text, NULL as "not stated". */
void charta_xlsx_put_as_of(xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *s,
                    bool left);
/* An internal hyperlink to cell (row, col) of sheet `to`, showing text;
 * top-aligned with top (in rows of wrapped text). */
void charta_xlsx_put_link(xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, size_t to,
                   lxw_row_t to_row, lxw_col_t to_col, const char *text, bool top);
/* A result cell: nothing for M, a hatched blank for C, else the number with
 * the format for (decimals, status, bold). Records the status in m. */
void charta_xlsx_put_value(xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, double v, char st,
                    int decimals, bool bold, xlsx_marks *m);
/* The one-line legend for the marks in m, or nothing when none, at *row
 * (which the caller has reserved). */
void charta_xlsx_put_legend(xlsx *x, lxw_worksheet *ws, lxw_row_t row, const xlsx_marks *m);
/* Column widths, checked. */
void charta_xlsx_widths(xlsx *x, lxw_worksheet *ws, const double *w, size_t n);
/* Print setup shared by every sheet: A4 landscape, one page wide, a footer
 * with the report title, the sheet's name and the page number. */
void charta_xlsx_print_setup(xlsx *x, size_t sheet);
/* Add a manual page break before row (ignored past Excel's limit). */
void charta_xlsx_page_break(xlsx *x, size_t sheet, lxw_row_t row);

/* The mark letter shown for a status ("e" for E), NULL for none. */
const char *charta_xlsx_mark(char status);
/* Status and value of a cell of a matrix laid out like the dataset
 * (values[area * year_count + year - year_first]): M outside the data or for
 * an invalid status, or for a non-finite value under another status (then
 * *bad is set). */
char charta_xlsx_cell(const xlsx *x, const double *values, const char *status, size_t area, int year,
               double *value, bool *bad);
/* The text of t in the report language (English, then the first one, as
 * fallbacks); "" when empty. */
const char *charta_xlsx_text(const xlsx *x, const charta_text *t);
/* A label in the report language. */
const char *charta_xlsx_label(const xlsx *x, charta_label key);
/* "a, b, c" (sep between items) into x->line; NULL on out of memory. */
const char *charta_xlsx_join(xlsx *x, char *const *v, size_t n, const char *sep);
/* A number as text in the report language (decimal comma in German, no
 * grouping), shortest round-trip digits; for texts that mention a value. */
void charta_xlsx_number_text(const xlsx *x, double v, char out[40]);
/* Lines of s wrapped at width characters (for row heights of wrapped
 * text). */
size_t charta_xlsx_wrapped_lines(const char *s, double width);
/* A row height (points) for that many lines, within Excel's limit. */
double charta_xlsx_lines_height(size_t lines);

/* --- report_xlsx_shared.c: shared by the sheet writers ------------------ */

/* Write text as a note wrapped over columns A..last of row (merged), the
 * row as high as the text needs. */
void charta_xlsx_put_wide_note(xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t last,
                        const char *text);
/* The label of a progress level. */
charta_label charta_xlsx_level_label(int level);
/* The category of an assessment as the workbook shows it (a NULL a: not assessed):
 * "<symbol> <words>" in the report language into out (cap bytes), its term in *t
 * (progress.h's vocabulary, the same as the PDF's); returns out. */
const char *charta_xlsx_term_text(const xlsx *x, const charta_assessment *a,
                                  charta_progress_term *t, char *out, size_t cap);
/* The format of a category's cell: its colour, white text on a dark one. */
lxw_format *charta_xlsx_term_fmt(xlsx *x, const charta_progress_term *t);
/* The name of the subject area, or its code, or "". */
const char *charta_xlsx_root_name(const xlsx *x);
/* "Musterstadt (09999000)" style line for area i, into a new string. */
char *charta_xlsx_area_line(const xlsx *x, int area);
/* The licence of an input for readers (charta_report_licence_text of what the input
 * states, else the licence its source declares); a new string, NULL when none. */
char *charta_xlsx_input_licence(const xlsx *x, const charta_input *in);
/* The inputs sheet's provenance sections from row on (report_xlsx_provenance.c):
 * publishers, licences and footnotes; notes on the data; area code changes;
 * breaks in series. Returns the next free row. */
lxw_row_t charta_xlsx_write_provenance(xlsx *x, lxw_worksheet *ws, lxw_row_t row, bool *filter);
/* Write the table head (area code, area, years) at row. */
void charta_xlsx_table_head(xlsx *x, lxw_worksheet *ws, lxw_row_t row);
/* Add an Excel table (its own filter buttons) over head..last with the
 * given heads (right-aligned where right[c], which may be NULL), except in
 * constant-memory mode, where the sheet's one autofilter is used for the
 * first such range. */
void charta_xlsx_add_table(xlsx *x, size_t sheet, lxw_row_t head, lxw_row_t last, const char *const *heads,
                    const bool *right, size_t ncols, bool *autofilter_used);
/* Define a workbook name for the range of a block's table. */
void charta_xlsx_define_table(xlsx *x, const xlsx_block *b);

/* --- the sheets ---------------------------------------------------------- */

/* Write one sheet of the plan (report.h lists what each holds) into its worksheet:
 * the cover, the overview, the field sheet of group g, the input values. Each
 * returns x->st, the sticky first failure (with its diagnostic). */
charta_status charta_xlsx_write_cover(xlsx *x);
charta_status charta_xlsx_write_overview(xlsx *x);
/* The coverage sheet (report_xlsx_coverage.c). */
charta_status charta_xlsx_write_coverage(xlsx *x);
/* Rows the fact box of indicator i needs. */
size_t charta_xlsx_fact_rows(const xlsx *x, size_t i);
/* The field sheet of group g, and the input values sheet; as the two above. */
charta_status charta_xlsx_write_field_sheet(xlsx *x, const xlsx_group *g);
charta_status charta_xlsx_write_values_sheet(xlsx *x);
/* The sheet of the indicators' breakdowns: one table per part (when n_pblocks). */
charta_status charta_xlsx_write_parts_sheet(xlsx *x);
/* How variable v aggregates to parents, in the report language (in
 * x->line or static). */
const char *charta_xlsx_aggregate_text(xlsx *x, const charta_variable *v);
/* The metadata and the inputs sheets; as charta_xlsx_write_cover. */
charta_status charta_xlsx_write_metadata(xlsx *x);
charta_status charta_xlsx_write_inputs(xlsx *x);

/* report_xlsx_chart.c */
/* Write the chart-data sheet's year row (categories of every chart), first
 * to x->chart_last. */
void charta_xlsx_chartdata_start(xlsx *x);
/* Whether a chart draws a target of that year (in the window, or at most
 * XLSX_TARGET_YEARS after it). */
bool charta_xlsx_target_drawn(const xlsx *x, int year);
/* The native chart of indicator i beside its fact box, and the picture of
 * the chart image hook when there is one. */
void charta_xlsx_insert_charts(xlsx *x, size_t i);

#endif
