/* xlsxread.h: the sheets of an Office Open XML workbook (.xlsx) as CSV text.
 *
 * Owns (src/import/xlsxread.c, xlsxsheet.c, xlsxzip.c): the workbook's sheet list, its shared
 * strings and date styles, freed by charta_xlsx_close. Uses: minizip (over the
 * bytes in memory, never the file again), xmlread.h for every XML part, util.h.
 *
 * A sheet becomes the text a CSV source reads (csvread.h) so that every key of a
 * CSV source works on it unchanged: line n of the text is row n of the sheet
 * (rows without a value are empty lines, which the CSV reader passes over), field
 * j is column first_col + j, strings are quoted (a line break in a cell becomes a
 * space, so lines stay rows), numbers are their shortest round-trip text with the
 * source's decimal mark, date cells "YYYY-MM-DD" and booleans TRUE/FALSE. A
 * formula's cached value is what the cell holds; an error value (#N/A, #DIV/0!)
 * is an empty cell, with a note.
 *
 * Zip bombs: every part is inflated under a cap on its size and on its ratio to
 * its compressed size; crossing either is an error, and memory stays bounded.
 */
#ifndef CHARTA_XLSXREAD_H
#define CHARTA_XLSXREAD_H

#include <stddef.h>

#include "charta/status.h"

enum {
    CHARTA_XLSX_MAX_PART = 256 << 20, /* bytes of one part, uncompressed */
    CHARTA_XLSX_MAX_RATIO = 200,      /* uncompressed : compressed, past the first MiB */
    CHARTA_XLSX_MAX_SHEETS = 10000,
};

typedef struct charta_xlsx_opts {
    size_t max_part;  /* 0 = CHARTA_XLSX_MAX_PART */
    unsigned max_ratio; /* 0 = CHARTA_XLSX_MAX_RATIO */
} charta_xlsx_opts;

/* What went wrong: one English sentence (a msgid's translation) and where: the
 * sheet row (0 = the file as a whole) and the cell ("C14", or ""). */
typedef struct charta_xlsx_error {
    charta_status status; /* CHARTA_ERR_DATA for a bad file, CHARTA_ERR_NOMEM */
    int row;
    char cell[16];
    char message[300];
} charta_xlsx_error;

/* A cell range, 1-based and inclusive; all zero = the whole sheet. */
typedef struct charta_xlsx_range {
    int row0, col0, row1, col1;
} charta_xlsx_range;

/* Called for an error value in a cell (read as empty): row, cell reference, value. */
typedef void (*charta_xlsx_note_fn)(void *ud, int row, const char *cell, const char *value);

typedef struct charta_xlsx charta_xlsx;

/* Open the workbook in data[0..len) (borrowed: it must outlive the workbook); opts may
 * be NULL. Reads the workbook's sheet list, its relationships, its styles and its
 * shared strings. NULL with *err filled on failure. */
charta_xlsx *charta_xlsx_open(const char *data, size_t len, const charta_xlsx_opts *opts,
                              charta_xlsx_error *err);
/* Free the workbook; NULL is a no-op. */
void charta_xlsx_close(charta_xlsx *x);

/* The number of sheets and the name of sheet i (0-based, borrowed). */
size_t charta_xlsx_sheet_count(const charta_xlsx *x);
const char *charta_xlsx_sheet_name(const charta_xlsx *x, size_t i);

/* Parse "A3:F40" (or one cell "B2") into *r; 0 on success, -1 when it is no range. */
int charta_xlsx_parse_range(const char *s, charta_xlsx_range *r);
/* The reference of a cell, "C14", into out. */
void charta_xlsx_cell_ref(int col, int row, char out[16]);

/* Sheet i within range (NULL = all of it) as CSV text (described above) into *text
 * (malloc'd, NUL-terminated, the caller's) and *len; decimal is the decimal mark
 * numbers are written with ('.' or ','). note may be NULL. CHARTA_OK, or a status
 * with *err filled. */
charta_status charta_xlsx_sheet_csv(charta_xlsx *x, size_t i, const charta_xlsx_range *range,
                                    char decimal, charta_xlsx_note_fn note, void *ud,
                                    char **text, size_t *len, charta_xlsx_error *err);

#endif
