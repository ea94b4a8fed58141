/* report_xlsx.h: private to the workbook renderer (report_xlsx*.c).
 *
 * Owns: the writer state of one charta_report_xlsx_write call: the
 * libxlsxwriter workbook (freed by workbook_close or lxw_workbook_free), the
 * format cache, the names of the sheets added so far, scratch buffers.
 * Uses: report.h, labels.h, libxlsxwriter.
 * Split: report_xlsx_cells.c turns values into cells (formats, status marks,
 * checked writes); report_xlsx.c lays out sheets and tables. A later cover,
 * metadata or chart sheet is one more file using these helpers.
 *
 * Errors are sticky (like charta_buf's oom): the first failing call sets
 * x->st with a diagnostic, every later put_* is a no-op, and callers check
 * x->st where a sheet or table ends.
 */
#ifndef CHARTA_REPORT_XLSX_H
#define CHARTA_REPORT_XLSX_H

#include <xlsxwriter.h>

#include "charta/labels.h"
#include "charta/report.h"

/* What a format is for; cells of one role differ only in the key fields. */
typedef enum xlsx_role {
    XR_SHEET_TITLE, /* bold, large: the first line of a sheet */
    XR_TABLE_TITLE, /* bold: an indicator's title */
    XR_INFO,        /* plain text line under a title */
    XR_NOTE,        /* italic, grey: legends and comments */
    XR_HEAD,        /* bold column head with a rule below */
    XR_HEAD_RIGHT,  /* the same, right-aligned (over numbers) */
    XR_TEXT,        /* a text cell (bold from the key) */
    XR_NAME,        /* an area name, indented by its level */
    XR_YEAR,        /* a year as a number, no thousands separator */
    XR_VALUE,       /* a value: number format from decimals, mark from status */
} xlsx_role;

typedef struct xlsx_fmt_key {
    xlsx_role role;
    int decimals; /* XR_VALUE: -1 = general */
    char status;  /* XR_VALUE: A E P B U C */
    bool bold;
    int indent; /* XR_NAME */
} xlsx_fmt_key;

/* The statuses seen in a table, for its legend. */
typedef struct xlsx_marks {
    bool seen[128];
} xlsx_marks;

typedef struct xlsx {
    lxw_workbook *wb;
    const charta_results *r;
    const charta_dataset *ds;
    const charta_project *p;
    const char *lang; /* report language */
    const char *path;
    int first, last; /* the window */
    bool stream;     /* constant-memory mode: rows in order, no tables */
    charta_diags *d;
    charta_status st; /* sticky first failure */
    struct {
        xlsx_fmt_key key;
        lxw_format *fmt;
    } * fmts;
    size_t n_fmts, cap_fmts;
    char (*names)[CHARTA_SHEET_NAME_SIZE]; /* sheet names so far */
    const char **taken;                    /* pointers into names, for charta_sheet_name */
    size_t n_names, cap_names;
    charta_buf scratch; /* UTF-8 repair */
    charta_buf line;    /* composing a text line */
    charta_buf cut;     /* a text cut to Excel's 32,767 characters */
    bool repaired;      /* some text needed UTF-8 repair */
    bool truncated;     /* some text was cut to 32,767 characters */
} xlsx;

/* Set the sticky failure (first one wins) with a diagnostic; returns x->st. */
charta_status xlsx_fail(xlsx *x, charta_status st, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Map a libxlsxwriter error of call `what`; LXW_NO_ERROR is a no-op. */
charta_status xlsx_check(xlsx *x, lxw_error e, const char *what);

/* The cached format for key (created on first use); NULL after a failure. */
lxw_format *xlsx_fmt(xlsx *x, xlsx_fmt_key key);
#define XFMT(x, ...) xlsx_fmt((x), (xlsx_fmt_key){__VA_ARGS__})

/* Add a worksheet named after want, sanitised and unique (a changed name is
 * logged as a note). NULL after a failure. */
lxw_worksheet *xlsx_add_sheet(xlsx *x, const char *want);

/* Text from data or scripts, always as a string cell (never a formula):
 * UTF-8 repaired, cut to 32,767 characters. */
void xlsx_put_text(xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *s,
                   lxw_format *f);
/* A finite number (anything else is an internal error, never written). */
void xlsx_put_number(xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, double v,
                     lxw_format *f);
/* A result cell: nothing for M, a hatched blank for C, else the number with
 * the format for (decimals, status, bold). Records the status in m. */
void xlsx_put_value(xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, double v, char st,
                    int decimals, bool bold, xlsx_marks *m);
/* The one-line legend for the marks in m, or nothing when none; advances
 * *row past it when written. */
void xlsx_put_legend(xlsx *x, lxw_worksheet *ws, lxw_row_t *row, const xlsx_marks *m);

/* The mark letter shown for a status ("e" for E), NULL for none. */
const char *xlsx_mark(char status);

#endif
