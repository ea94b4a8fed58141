/* report.h: the renderers that read the frozen result set: the long CSV
 * (data/indicators.csv) and the xlsx workbook.
 *
 * Owns: nothing beyond one call; every output file is written and closed
 * before the call returns. The result set, its dataset and its project are
 * borrowed and only read.
 * Uses: results.h, dataset.h, project.h, diag.h, util.h, labels.h;
 * libxlsxwriter (report_xlsx*.c only); hash.h for the SHA-256 of the
 * inputs; progress.h for the assessments (read only). Never Lua, never the
 * importers.
 * Library code: nothing is printed, problems go to the diags sink. (The one
 * exception is libxlsxwriter itself, which prints its own "[ERROR]" lines to
 * stderr when it rejects a call or cannot write the file; charta checks names
 * and values first, so only file-system failures reach that.)
 *
 * Numbers never depend on the locale: values are formatted by
 * charta_format_double (C library, LC_NUMERIC stays "C"), and libxlsxwriter
 * formats doubles the same way. Nothing here calls setlocale.
 *
 * Cells. A cell with status M (missing) or C (confidential) has no value: the
 * CSV writes an empty value, the workbook an empty cell. A non-finite value
 * under any other status breaks the results invariant; it is written as
 * missing, never as NaN/Inf, with one warning per indicator.
 *
 * Status marks in the workbook. A value whose status is E, P, B or U keeps
 * its number (it still sorts, sums and charts) and shows a mark through its
 * number format: "12.5 e" is the number 12.5 formatted as `#,##0.0" e"`.
 * The marks are Eurostat's flags, the same letters in every language:
 *     e  estimated (E)   p  provisional (P)   b  break in series (B)
 *     u  low reliability (U)
 * The mark survives black-and-white printing, is read out by screen readers
 * and needs no extra column in wide tables (a comment per cell would be
 * heavy: a VML drawing per sheet, hidden until hovered). Marked cells are
 * also set in italics. An empty cell means no value (M); a confidential cell
 * (C) is empty with a light grey hatch (pattern gray125). Under every table a
 * legend line explains just the marks that table uses, in the report
 * language (labels.h), e.g. "Notes: e = estimated · p = provisional ·
 * empty cell = no value available · shaded empty cell = confidential (not
 * published)" ("Erläuterungen: e = geschätzt · p = vorläufig · leeres Feld =
 * kein Wert vorhanden · ...").
 *
 * Precision. The CSV keeps every value exactly (shortest round-trip text);
 * the workbook stores what libxlsxwriter prints (16 significant digits, so
 * 0.1 + 0.2 is stored as 0.3; Excel computes with 15); `decimals` only sets
 * the display format.
 */
#ifndef CHARTA_REPORT_H
#define CHARTA_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "charta/diag.h"
#include "charta/results.h"
#include "charta/util.h"

/* The chart image hook (the Cairo chart renderer provides it): asked once
 * per indicator (index into the result set) for a PNG of the indicator's
 * main chart in the report language. It returns CHARTA_OK with *png = NULL
 * for "no picture", or CHARTA_OK with a malloc'd PNG of *len bytes, which
 * the workbook owns from then on (it frees it). Any other status stops the
 * workbook with that status; the hook adds its own diagnostic to d. A
 * buffer that is not a PNG is skipped with a warning. */
typedef charta_status (*charta_chart_png_fn)(void *ctx, const charta_results *r, size_t indicator,
                                             const char *lang, unsigned char **png, size_t *len,
                                             charta_diags *d);

/* Options; zero (or NULL) means the default, fill with designated
 * initializers. */
typedef struct charta_report_opts {
    const char *lang;          /* "de" or "en" (report language); NULL = project's first language */
    const char *run_date;      /* "YYYY-MM-DD": pinned document dates; NULL = today (UTC) */
    int year_first, year_last; /* the reporting window; 0 = the dataset's years */
    const char *tmpdir;        /* libxlsxwriter temp dir (the staging dir), may be NULL; when
                                * it cannot be used libxlsxwriter falls back to $TMP or /tmp */
    /* Force libxlsxwriter's constant-memory mode (rows streamed to a temp
     * file: no Excel tables, hence no autofilters, inline strings). Result
     * sets above CHARTA_XLSX_STREAM_CELLS cells switch on their own. */
    bool constant_memory;
    /* The input values sheet (every input variable as an areas x years
     * table): 0 = when the variables have at most CHARTA_XLSX_INPUT_CELLS
     * cells in the window, 1 = always, -1 = never. Without it the inputs
     * sheet says where the values are (the input files and their SHA-256). */
    int input_values;
    /* Pictures beside the native charts; NULL = none (the workbook's own
     * native Excel charts are always there). */
    charta_chart_png_fn chart_png;
    void *chart_png_ctx;
} charta_report_opts;

enum { CHARTA_XLSX_STREAM_CELLS = 1000000, CHARTA_XLSX_INPUT_CELLS = 1000000 };

/* Write data/indicators.csv (DESIGN §5) to path: header
 * `indicator,area,area_name,year,value,status`, one row per indicator
 * (project order) x area (dataset display order) x year (window,
 * ascending). Values in full precision (shortest round-trip text, C locale),
 * empty for M and C. Text cells are RFC 4180 quoted where needed and
 * protected against CSV injection (a leading = + - @ TAB or CR gets a `'`);
 * numbers never are. UTF-8 without BOM, LF line ends; invalid UTF-8 in names
 * is replaced by U+FFFD (warning).
 * Errors: CHARTA_ERR_CANTCREATE (cannot open path), CHARTA_ERR_IO (a write,
 * flush, fsync or close failed; the partial file is removed),
 * CHARTA_ERR_USAGE (bad window), CHARTA_ERR_NOMEM. */
charta_status charta_report_csv_write(const charta_results *r, const charta_report_opts *o,
                                      const char *path, charta_diags *d);

/* Write the workbook to path (DESIGN §5). Sheets, in this order, every
 * label in the report language (labels.h):
 *
 *   Cover        report title, subject area, reporting period, run date,
 *                data as of (the latest input date), charta version, the
 *                contents with links, the legend of status marks and
 *                assessment colours, the sources with their licences
 *   Overview     one row per indicator grouped by action field: code (a
 *                link to its table), title, SDG, unit, latest year and
 *                value, previous year, value and change, the benchmarks'
 *                values in the latest year, target and target year, and
 *                (when the progress stage ran) the assessment and its level,
 *                coloured by conditional formatting on the level
 *   <field>      one per action field with indicators: per indicator its
 *                title, a fact box (unit, latest and previous value,
 *                change, targets, assessment, direction, benchmarks) beside
 *                a native Excel chart (line: subject area, focus areas,
 *                benchmarks dashed, targets as lines; or bars of the areas
 *                for chart kind "areas"; none for "none"), then the table
 *                (areas x years; benchmark rows first, shaded; the subject
 *                area bold; hierarchy by indentation; status marks; a
 *                legend), a defined name `ind_<id>` over the table, a page
 *                break before every indicator
 *   Metadata     per indicator: definition (title), field, unit, decimals
 *                shown, direction, targets, SDG, framework tags, comment,
 *                file:line of the declaration, the compute source, the
 *                variables it reads, the assessment method
 *   Inputs       per input file: source, path, SHA-256, rows read, areas
 *                and years with values, data as of, licence; per variable:
 *                unit, source, aggregation, coverage, the indicators using it
 *   Input values every input variable as a table like the indicators'
 *                (defined names `var_<name>`); see opts->input_values
 *   Chart data   hidden: the year axis and target lines of the charts
 *
 * Document properties: title, subject, author (the city), keywords,
 * category, comments, created (the run date at 00:00 UTC, so equal inputs
 * give equal bytes); custom properties "charta version", "run date", "data
 * as of", "reporting period". Result sets of more than
 * CHARTA_XLSX_STREAM_CELLS cells are written in constant-memory mode: no
 * Excel tables (one autofilter per sheet instead), everything else equal.
 * Errors: CHARTA_ERR_CANTCREATE (path or a temp file cannot be created),
 * CHARTA_ERR_IO (writing the zip failed, the partial file is removed; or
 * an input file cannot be read again for its SHA-256),
 * CHARTA_ERR_DATA (a sheet would exceed Excel's 1,048,576 rows),
 * CHARTA_ERR_USAGE (bad window or run date), CHARTA_ERR_NOMEM,
 * CHARTA_ERR_INTERNAL (libxlsxwriter refused a call), or the status of the
 * chart image hook. */
charta_status charta_report_xlsx_write(const charta_results *r, const charta_report_opts *o,
                                       const char *path, charta_diags *d);

/* --- sheet names (RELIABILITY E4) --------------------------------------- */

enum {
    CHARTA_SHEET_NAME_CHARS = 31, /* Excel's limit, in UTF-16 units */
    CHARTA_SHEET_NAME_SIZE = 128, /* bytes for the longest result + NUL */
};

/* A valid, unique Excel sheet name for want, into out. Deterministic:
 * invalid UTF-8 bytes, control characters, characters XML cannot hold
 * (charta_text_xml_char) and `[ ] : * ? / \` become `_`;
 * a leading or trailing apostrophe becomes `_`; the name is cut to 31
 * characters (a character outside the BMP counts 2, as in Excel); an empty
 * name becomes "Sheet"; "History" (reserved by Excel) and any name equal to
 * one in taken (case-insensitively, ASCII, Latin-1 and Latin Extended-A
 * letters folded) gets a suffix "~2", "~3", ... with the stem shortened so
 * the whole stays within 31 characters. want may be NULL (as ""); taken
 * holds names returned earlier. Returns true when out differs from want
 * (callers log that). */
bool charta_sheet_name(const char *want, const char *const *taken, size_t n_taken,
                       char out[CHARTA_SHEET_NAME_SIZE]);

/* --- shared by the renderers (src/report.c) ------------------------------ */

/* The reporting window: o->year_first/last, a zero bound taken from the
 * dataset. Years outside the dataset are reported as missing. Errors
 * (CHARTA_ERR_USAGE): first > last, or a window over 1000 years. With an
 * empty dataset and no window, *first > *last (no years). */
charta_status charta_report_window(const charta_results *r, const charta_report_opts *o, int *first,
                                   int *last, charta_diags *d);

/* The run date at 00:00 UTC; NULL gives today. CHARTA_ERR_USAGE unless
 * run_date is a valid "YYYY-MM-DD" from 1980 on (zip dates start there). */
charta_status charta_report_run_time(const char *run_date, time_t *out, charta_diags *d);

/* The status of a result cell, its value into *value (NaN when missing).
 * Years outside the dataset are M; a non-finite value under another status
 * is M too and sets *bad (when bad is not NULL). */
char charta_report_cell(const charta_results *r, const charta_result *res, size_t area, int year,
                        double *value, bool *bad);

/* The latest year in [first, last] where area has a value; false if none. */
bool charta_report_latest(const charta_results *r, const charta_result *res, size_t area, int first,
                          int last, int *year, double *value, char *status);

#endif
