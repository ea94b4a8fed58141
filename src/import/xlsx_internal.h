/* xlsx_internal.h: what the workbook reader shares: the zip container (xlsxzip.c),
 * the workbook and its text buffers (xlsxread.c, xlsxsheet.c).
 *
 * Private to xlsxread.c, xlsxsheet.c and xlsxzip.c. A zip is opened over bytes in memory (the
 * file was read once, under the run's caps, and is not opened again) and its parts
 * are inflated whole, under the caps of charta_xlsx_opts.
 */
#ifndef CHARTA_XLSX_INTERNAL_H
#define CHARTA_XLSX_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "charta/xlsxread.h"

typedef struct xlsx_zip xlsx_zip;

enum { XLSX_MAX_COL = 16384, XLSX_MAX_ROW = 1048576 };

typedef struct strbuf {
    char *s;
    size_t n, cap;
    bool oom;
} strbuf;

typedef struct sheet_entry {
    char *name;
    char *part; /* "xl/worksheets/sheet1.xml" */
    char *rid;
} sheet_entry;

/* The workbook (xlsxread.h): what xlsxsheet.c reads a sheet with. */
struct charta_xlsx {
    xlsx_zip *zip;
    sheet_entry *sheets;
    size_t n_sheets;
    bool date1904;
    /* shared strings: offsets into one pool */
    strbuf sst;
    size_t *sst_off;
    size_t n_sst;
    bool has_sst;
    /* cellXfs index -> shows a date */
    bool *xf_date;
    size_t n_xf;
};

/* Append n bytes (or one char) to b, which stays NUL-terminated; false (and b->oom)
 * on out of memory. */
bool charta_xlsx_sb_add(strbuf *b, const char *s, size_t n);
bool charta_xlsx_sb_addc(strbuf *b, char c);
/* "C14" -> col 3, row 14 ("C": row 0); -1 when it is no reference or lies outside
 * Excel's grid. */
int charta_xlsx_parse_ref(const char *s, int *col, int *row);
/* Part `name`, which must be there: 1, or -1 with *err (a missing part named). */
int charta_xlsx_need_part(charta_xlsx *x, const char *name, char **data, size_t *len,
                          charta_xlsx_error *err);
/* The XML reader's error in part, into *err. */
struct charta_xml;
void charta_xlsx_xml_failed(struct charta_xml *xr, const char *part, charta_xlsx_error *err);
/* The attributes want[0..n) of the element just opened into got[] (NULL when absent). */
void charta_xlsx_attrs_of(struct charta_xml *xr, const char *const *want, const char **got,
                          size_t n);

/* The zip in data[0..len) (borrowed); NULL with *err filled when it is no zip. */
xlsx_zip *charta_xlsx_zip_open(const char *data, size_t len, size_t max_part, unsigned max_ratio,
                               charta_xlsx_error *err);
void charta_xlsx_zip_close(xlsx_zip *z);
/* Part `name` (no leading '/', matched without regard to case, as OPC names are)
 * inflated into *out (malloc'd, NUL-terminated) and *len. Returns 1 when read, 0
 * when the zip has no such part, -1 with *err filled (corrupt, truncated, over a
 * cap, out of memory). */
int charta_xlsx_zip_read(xlsx_zip *z, const char *name, char **out, size_t *len,
                         charta_xlsx_error *err);
/* Fill *err with a status and a message (a msgid, translated here) at the file. */
void charta_xlsx_set_error(charta_xlsx_error *err, charta_status st, int row, const char *cell,
                           const char *fmt, ...) __attribute__((format(printf, 5, 6)));

#endif
