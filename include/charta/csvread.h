/* csvread.h: CSV records with their line numbers, over libcsv 3.0.3.
 *
 * Owns (src/import/csvread.c): the parser state and the storage of the current
 * record, freed by charta_csvread_free. Uses: libcsv (strict mode: CSV_STRICT |
 * CSV_STRICT_FINI), util.h.
 * The reader works on text already converted to UTF-8 (textenc.h), which it
 * borrows: the text must outlive the reader. It feeds libcsv one physical
 * line at a time, so every record knows the line it starts on and every
 * error its line (RELIABILITY §3). Quoted fields may span lines; LF, CRLF
 * and a lone CR (old Mac files) each end a line and count as one in line
 * numbers (a quoted line break of any kind reads back as "\n"). Blank lines
 * between records are skipped. Fields are capped in size and number, and
 * libcsv's buffer is capped through csv_set_realloc_func, so memory stays
 * bounded whatever the input. Nothing is printed: errors come back as a
 * charta_csv_error for the caller to report against its file name.
 */
#ifndef CHARTA_CSVREAD_H
#define CHARTA_CSVREAD_H

#include <stdbool.h>
#include <stddef.h>

enum {
    CHARTA_CSV_MAX_FIELD = 1 << 20,   /* bytes in one field (hard cap) */
    CHARTA_CSV_MAX_FIELDS = 16384,    /* fields in one record (Excel's column limit) */
    CHARTA_CSV_MAX_RECORD = 16 << 20, /* bytes in one record, over all its lines */
};

typedef struct charta_csv_opts {
    char delimiter;    /* 0 = ',' */
    size_t max_field;  /* 0 = CHARTA_CSV_MAX_FIELD; never above it */
    size_t max_fields; /* 0 = CHARTA_CSV_MAX_FIELDS */
    size_t max_record; /* 0 = CHARTA_CSV_MAX_RECORD */
} charta_csv_opts;

typedef struct charta_csv_record {
    char **fields; /* NUL-terminated; unquoted fields have their spaces trimmed */
    size_t *lens;
    size_t n;
    int line;      /* physical line on which the record starts (1-based) */
    int last_line; /* physical line on which it ends */
} charta_csv_record;

typedef enum charta_csv_result {
    CHARTA_CSV_RECORD = 0,     /* a record was read */
    CHARTA_CSV_EOF,            /* no more records */
    CHARTA_CSV_E_SYNTAX,       /* '"ab"c', a quote inside an unquoted field, a NUL byte */
    CHARTA_CSV_E_UNTERMINATED, /* a quoted field is still open at the end of the text */
    CHARTA_CSV_E_FIELD_SIZE,   /* a field longer than max_field */
    CHARTA_CSV_E_FIELD_COUNT,  /* a record with more than max_fields fields; skipped */
    CHARTA_CSV_E_RECORD_SIZE,  /* a record longer than max_record */
    CHARTA_CSV_E_NOMEM,        /* out of memory */
} charta_csv_result;

typedef struct charta_csv_error {
    charta_csv_result kind;
    int line;  /* where it happened; for E_UNTERMINATED the record's first line */
    int field; /* 1-based field number where known, else 0 */
    char message[160];
} charta_csv_error;

typedef struct charta_csvread charta_csvread;

/* A reader over text[0..len) (borrowed: it must outlive the reader) whose first line
 * is line number first_line (usually 1; values below 1 mean 1). opts may be NULL
 * (all defaults); it is copied. The caller frees the reader with charta_csvread_free.
 * Returns NULL on out of memory. */
charta_csvread *charta_csvread_new(const char *text, size_t len, int first_line,
                                   const charta_csv_opts *opts);
/* Free the reader and its record storage (not the text); NULL is a no-op. */
void charta_csvread_free(charta_csvread *r);

/* Read the next record. CHARTA_CSV_RECORD: *rec (owned by the reader) is valid until
 * the next call or charta_csvread_free.
 * An error fills err (may be NULL). After E_SYNTAX and E_FIELD_COUNT the
 * reader goes on with the line after the bad one, so the caller may report
 * several problems; after the other errors it is at its end and returns
 * CHARTA_CSV_EOF. */
charta_csv_result charta_csvread_next(charta_csvread *r, const charta_csv_record **rec,
                                      charta_csv_error *err);

/* Raw lines, for text around the table (a title block, a footer marker):
 * the next physical line without its line ending into *s, *n (pointing into the
 * borrowed text) and its number into *line (line may be NULL). false at the end of
 * the text. Does not advance; only valid between records. */
bool charta_csvread_peek_line(const charta_csvread *r, const char **s, size_t *n, int *line);
/* Bytes of the text consumed so far (the reader never looks back before
 * this offset, so the caller may release that part of a mapped file). */
size_t charta_csvread_offset(const charta_csvread *r);

/* Step over the line that peek_line shows; a no-op at the end of the text. */
void charta_csvread_skip_line(charta_csvread *r);

#endif
