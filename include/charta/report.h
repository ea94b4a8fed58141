/* report.h: what every writer of the report shares (src/render/report.c):
 * the report options, the window, the run date, cell access, UTF-8 repair,
 * sheet names, and the rules every format follows for cells, marks and
 * precision (below). The formats themselves: csvout.h (data/indicators.csv,
 * data/progress.csv), xlsx.h (the workbook), chart.h (charts), pdf.h (the PDF).
 *
 * Owns: nothing beyond one call. The result set, its dataset and its project
 * are borrowed and only read; a string handed out is borrowed from them, from
 * a caller's buffer, or static.
 * Uses: results.h, dataset.h, project.h (model); progress.h for the
 * assessments (read only); diag.h, util.h (base). Never Lua, never the
 * importers, never a format's library (chart pictures reach the workbook
 * through charta_chart_png_fn). Library code: nothing is printed, problems go
 * to the diags sink.
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
    /* A signal handler's flag (borrowed), NULL = none: once it is non-zero a
     * writer stops at its next indicator (charta_report_interrupted). */
    volatile const int *interrupted;
} charta_report_opts;

/* CHARTA_ERR_LIMIT, with the error "writing stopped: interrupted by a signal"
 * at path (may be NULL) in d, once *o->interrupted is set; CHARTA_OK otherwise
 * (o or o->interrupted NULL included). Each writer asks between indicators. */
charta_status charta_report_interrupted(const charta_report_opts *o, const char *path,
                                        charta_diags *d);

enum { CHARTA_XLSX_STREAM_CELLS = 1000000, CHARTA_XLSX_INPUT_CELLS = 1000000 };

/* --- sheet names (RELIABILITY E4) --------------------------------------- */

enum {
    CHARTA_SHEET_NAME_CHARS = 31, /* Excel's limit, in UTF-16 units */
    CHARTA_SHEET_NAME_SIZE = 128, /* bytes for the longest result + NUL */
};

/* A valid, unique Excel sheet name for want, into out. Deterministic:
 * invalid UTF-8 bytes, control characters, characters XML cannot hold
 * (charta_text_xml_char) and `[ ] : * ? / \` become `_`;
 * a leading or trailing apostrophe becomes `_`; the name is cut to 31
 * characters (a character outside the BMP counts 2, as in Excel); a cut name
 * ends at a word when a space lies past its 8th character, without a dangling
 * space , ; & or -; an empty name becomes "Sheet"; "History" (reserved by
 * Excel) and any name equal to one in taken (case-insensitively, ASCII,
 * Latin-1, Latin Extended-A, Greek and Cyrillic letters folded) gets a suffix
 * "~2", "~3", ... with the stem shortened so the whole stays within 31
 * characters. want may be NULL (as ""); taken holds names returned earlier
 * (borrowed; NULL entries are skipped). Returns true when out differs from
 * want (callers log that). */
bool charta_sheet_name(const char *want, const char *const *taken, size_t n_taken,
                       char out[CHARTA_SHEET_NAME_SIZE]);

/* --- shared by the renderers (src/render/report.c) ----------------------- */

/* The reporting window into *first and *last: o->year_first/last, a zero bound (or
 * a NULL o) taken from the dataset. Years outside the dataset are reported as
 * missing. Errors (CHARTA_ERR_USAGE, a diagnostic): first > last, or a window over
 * 1000 years. With an empty dataset and no window, *first > *last (no years). */
charta_status charta_report_window(const charta_results *r, const charta_report_opts *o, int *first,
                                   int *last, charta_diags *d);

/* The run date at 00:00 UTC into *out; NULL gives today (UTC). CHARTA_ERR_USAGE (a
 * diagnostic) unless run_date is a valid "YYYY-MM-DD" from 1980 on (zip dates start
 * there). */
charta_status charta_report_run_time(const char *run_date, time_t *out, charta_diags *d);

/* The status of a result cell of res (a result of r), its value into *value (NaN
 * when missing). Years and areas outside the dataset are M; an unknown status letter,
 * or a non-finite value under another status, is M too and sets *bad (when bad is
 * not NULL). */
char charta_report_cell(const charta_results *r, const charta_result *res, size_t area, int year,
                        double *value, bool *bad);

/* The latest year in [first, last] where area has a value: true with *year, *value
 * and *status set; false (nothing set) if none. */
bool charta_report_latest(const charta_results *r, const charta_result *res, size_t area, int first,
                          int last, int *year, double *value, char *status);


/* --- provenance: where the data come from, in the report's words (provenance.c) --- */

/* "Name (code)" of the area with that code, or the code alone when the dataset
 * has no other name for it; a new string, NULL on out of memory. */
char *charta_report_area_named(const charta_dataset *ds, const char *code);
/* "2009" or "2009–2016" into out; glue keeps the range on one line (a word joiner
 * after the dash, for laid-out text; not for cells, where it would be copied). */
void charta_report_years(int first, int last, bool glue, char out[16]);
/* What a note on missing cells says, in lang ("no data: the area did not
 * report ...", "... reported with Trier-Saarburg, Landkreis (07235)"); a new
 * string, NULL on out of memory. */
char *charta_report_note_text(const charta_dataset *ds, const charta_note *n, const char *lang);
/* A source's licence for readers: the long name of a known short name in lang
 * ("dl-de/by-2-0" -> "Datenlizenz Deutschland – Namensnennung – Version 2.0
 * (dl-de/by-2-0)", in English "Data licence Germany – attribution – ..."), else the file's licence statement (with the short name
 * when it does not contain it), else the text as given; NULL when there is
 * none (or out of memory). A new string. */
char *charta_report_licence_text(const char *licence, const char *statement, const char *lang);
/* An ISO date "2017-10-10" as the language writes it ("10.10.2017" in German,
 * "10 October 2017" in English); anything else copied as it is. */
void charta_report_date_text(const char *iso, const char *lang, char out[32]);
/* What an input is called for readers in lang: its source's `title` (in lang, else
 * the first language), else the table's title from the file, else its publisher,
 * else the source's name. Borrowed from p or the dataset. */
const char *charta_report_input_title(const charta_project *p, const charta_input *in,
                                      const char *lang);

#endif
