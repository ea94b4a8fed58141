/* source_internal.h: what the CSV/GENESIS source reader's files share.
 *
 * Private to source_csv.c, source_cells.c, source_table.c, source_genesis.c,
 * source_missing.c and areas_file.c; not a public contract. One src_ctx lives for one
 * charta_source_load() call and owns everything it points to except the
 * spec, the dataset and the diagnostics sink.
 */
#ifndef CHARTA_SOURCE_INTERNAL_H
#define CHARTA_SOURCE_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "charta/csvread.h"
#include "charta/numparse.h"
#include "charta/source.h"

/* Data errors reported per file before the reader stops. */
enum { SRC_MAX_ERRORS = 20 };
/* The default caps on input files (city { limits = { max_file_mb, max_input_mb } }). */
#define SRC_MAX_FILE_MB 512.0
#define SRC_MAX_INPUT_MB 2048.0

/* --- the readers (readers.c) ---------------------------------------------- */

/* Read a CSV file, plain or in the GENESIS frame (spec->genesis), into ds:
 * the reader of the formats "csv" and "genesis" (source_csv.c). */
charta_status charta_src_csv_load(const charta_source_spec *spec, const char *project_dir,
                                  charta_dataset *ds, charta_import_ctx *ix, charta_diags *diags);

/* An Excel workbook's sheet, read as the CSV reader reads a file (source_xlsx.c). */
charta_status charta_src_xlsx_load(const charta_source_spec *spec, const char *project_dir,
                                   charta_dataset *ds, charta_import_ctx *ix, charta_diags *diags);

/* The defaults of the GENESIS preset (source_genesis.c). */
void charta_src_genesis_defaults(charta_source_spec *spec);

/* SDMX-ML 2.1 data messages (source_sdmx.c) and Open SDG data CSV (source_opensdg.c). */
charta_status charta_src_sdmx_load(const charta_source_spec *spec, const char *project_dir,
                                   charta_dataset *ds, charta_import_ctx *ix,
                                   charta_diags *diags);
charta_status charta_src_opensdg_load(const charta_source_spec *spec, const char *project_dir,
                                      charta_dataset *ds, charta_import_ctx *ix,
                                      charta_diags *diags);

/* --- cells (source_cells.c) ---------------------------------------------- */

typedef struct src_cellfmt {
    charta_numparse_fmt num;
    bool genesis;         /* GENESIS signs . ... x / - ( ) p r s */
    char *const *missing; /* the project's extra missing signs */
    size_t n_missing;
    const charta_sign_spec *signs; /* the source's `signs`: override the preset's */
    size_t n_signs;
} src_cellfmt;

/* True when the cell s (n bytes, untrimmed) is a sign meaning "zero, or the area did
 * not report" (GENESIS "-" unless `signs` says otherwise). */
bool charta_src_cell_not_reported_sign(const src_cellfmt *f, const char *s, size_t n);
/* True when some sign of f means "zero, or not reported": only then must a reader look
 * at whole rows. */
bool charta_src_cell_rule_applies(const src_cellfmt *f);

/* Read one cell: a number or a sign. true with *value and *status set, or
 * false with an English reason in why. */
bool charta_src_cell_read(const src_cellfmt *f, const char *s, size_t n, double *value, char *status,
                   char *why, size_t why_size);

/* The year of "2015", "31.12.2015" or "2015-12-31" (1800..2200), else 0. */
int charta_src_parse_year(const char *s, size_t n);

/* "Stand: 10.10.2017 / 11:57:53" -> "2017-10-10" into out (>= 11 bytes);
 * false when s is not such a line. */
bool charta_src_parse_as_of(const char *s, size_t n, char out[16]);

/* s without leading and trailing spaces and tabs: sets *n, returns start. */
const char *charta_src_trim(const char *s, size_t *n);

/* --- the header (source_table.c) ----------------------------------------- */

typedef struct src_col {
    char *path; /* header cells joined with "/" (empty cells left out), "" if none */
    char *name; /* the path without a date from the first header row */
    int year;   /* that date's year, 0 = none */
} src_col;

typedef struct src_table {
    src_col *cols;
    size_t width;
    size_t n_keys;   /* leading columns whose header cells are all empty */
    int header_line; /* first header line, 0 = none */
    int n_header_rows;
} src_table;

/* The delimiter that the text seems to use instead of the declared one
 * (';', ',', tab or '|'), or 0. */
char charta_src_guess_delim(const char *s, char declared);
/* "';'" or "tab", for messages. */
const char *charta_src_delim_name(char d, char buf[8]);

/* Build the column model from the header rows (rows[i] has rows[i]->n fields;
 * all must have table->width). Returns CHARTA_ERR_NOMEM or CHARTA_OK. */
charta_status charta_src_table_build(src_table *t, char ***rows, size_t *const *lens, size_t n_rows,
                              size_t width);
void charta_src_table_free(src_table *t);

/* --- one load ------------------------------------------------------------ */

typedef struct src_var {
    const charta_var_spec *spec;
    int var;           /* dataset index, -1 when it could not be declared */
    const char *match; /* long layout: the value of the variable column */
    size_t *cols;      /* wide layout: the columns */
    int *years;        /* their header years (0 = none) */
    size_t n_cols;
    long hits; /* long layout: rows found */
} src_var;

/* The text of a data file as UTF-8. The file is read, never mapped: a mapped
 * file that another program truncates during the import would end the run
 * with SIGBUS. A UTF-8 file is used as read (after its BOM); other encodings
 * are converted into a second heap copy (textenc.h). */
typedef struct src_text {
    const char *data;
    size_t len;
    char *heap; /* what data points into, or NULL */
} src_text;

/* The delimiters of the first lines of a file (',', ';', tab, '|'): on how many of
 * the first SRC_PROBE_LINES lines each occurs, and the first line that starts with
 * one other than the declared delimiter (where a GENESIS header row would be). */
enum { SRC_PROBE_LINES = 30 };
typedef struct src_delim_probe {
    int lines_seen;
    int with[4]; /* in the order of charta_src_probe_delims */
    int start_line;
    char start_delim;
} src_delim_probe;
extern const char charta_src_probe_delims[4];

typedef struct src_ctx {
    const charta_source_spec *spec;
    charta_dataset *ds;
    charta_diags *diags;
    const char *file; /* spec->file: the name used in messages */
    charta_status st; /* the worst status so far */
    int errors;
    bool stopped; /* SRC_MAX_ERRORS reached, or a fatal problem */
    char delim;
    src_cellfmt cell;
    int input;
    src_table table;

    int area_col, name_col, year_col, var_col, value_col; /* -1 = none */
    int fixed_area;                                       /* area_value's index, -1 */
    src_var *vars;
    size_t n_vars;

    char *last_code; /* area lookup cache */
    int last_area;
    long rows;

    volatile const int *interrupted; /* the run's signal flag, or NULL */
    char **seen; /* long layout: distinct values of the variable column */
    size_t n_seen;

    /* missing versus zero (issue 9): a row's cells are grouped by period (the
     * header's dates, else one group); a group whose cells are all "-" did not
     * report */
    bool nr_rule;      /* some sign means "zero, or not reported" */
    int *col_group;    /* per column: its group, -1 for a key column */
    int *group_year;   /* per group: the header's year, 0 = the row's year */
    bool *group_nr;    /* per group, current row: every cell a not-reported sign */
    size_t *group_cells;
    size_t n_groups;
    bool *rw_seen; /* per spec->reported_with entry: the area is in the file */
    /* long layout: an area's period spans rows, so its "-" cells wait for the end
     * of the file, which tells whether the area reported anything else then */
    struct src_pending *pending; /* source_missing.c */
    size_t n_pending, cap_pending;
    uint64_t *reported; /* (area << 16 | year) of rows with something other than "-" */
    size_t n_reported, cap_reported;
    /* GENESIS: what the title scan saw of the delimiters, for a file that has no
     * header row with the declared one */
    src_delim_probe probe;
    /* xlsx: the sheet the text was made of (messages name cells), and the column
     * before the first one read: field j is column col0 + j */
    const char *sheet;
    char *sheet_owned; /* what sheet points to, freed with the context */
    int col0;
} src_ctx;

/* Gives a table reader its text (UTF-8 CSV, line n = line n of the file), or
 * reports why not on c and returns false; owner is "source 'x'" for messages. */
typedef bool (*src_text_fn)(src_ctx *c, const char *project_dir, charta_import_ctx *ix,
                            const char *owner, src_text *t);
/* The CSV source reader over the text get_text gives: what charta_src_csv_load and
 * charta_src_xlsx_load share (source_csv.c). */
charta_status charta_src_table_load(const charta_source_spec *spec, const char *project_dir,
                                    charta_dataset *ds, charta_import_ctx *ix,
                                    charta_diags *diags, src_text_fn get_text);


/* Cut name (malloc'd) to CHARTA_LABEL_MAX_CHARS characters in place, with a
 * warning at file:line naming the area's code; nothing when it is shorter. */
void charta_src_cap_area_name(charta_diags *d, const char *file, int line, const char *code,
                              char *name);
/* Read project_dir/file (charta_read_input: regular files only, under the caps of
 * ix, which may be NULL, and adding its size to ix->used) as UTF-8 into *t. On
 * failure reports the problem at decl_file:decl_line as "<owner>: <why>" (a
 * missing file: "<owner>: cannot open '<file>': ...", CHARTA_ERR_NOINPUT), sets *st
 * and returns false. */
bool charta_src_load_text(charta_diags *diags, const char *project_dir, const char *file,
                   charta_encoding enc, const char *decl_file, int decl_line, const char *owner,
                   charta_import_ctx *ix, src_text *t, charta_status *st);
/* The bytes of project_dir/file as they are (an XML file declares its own encoding),
 * under the caps of ix, reported as charta_src_load_text does; *raw (malloc'd,
 * NUL-terminated) is the caller's. */
bool charta_src_load_bytes(charta_diags *diags, const char *project_dir, const char *file,
                           const char *decl_file, int decl_line, const char *owner,
                           charta_import_ctx *ix, char **raw, size_t *raw_len,
                           charta_status *st);
/* The input's publisher, attribution and licence as the spec declares them. */
void charta_src_set_provenance(const charta_source_spec *spec, charta_dataset *ds, int input);
/* Free the text and zero *t. */
void charta_src_text_free(src_text *t);

/* Report a data error in the file (CHARTA_ERR_DATA) at line/col; counts
 * towards SRC_MAX_ERRORS and sets stopped when the cap is reached. */
void charta_src_error(src_ctx *c, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* An error that ends the reading of this file at once. */
void charta_src_fatal(src_ctx *c, charta_status st, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* An error that ends the reading, about what the script says (a column it names):
 * at the place `at` of the declaring script, else at the declaration's line. */
void charta_src_script_fatal(src_ctx *c, charta_status st, charta_script_pos at, const char *fmt,
                             ...) __attribute__((format(printf, 4, 5)));
/* Report a csvread error. */
void charta_src_csv_error(src_ctx *c, const charta_csv_error *e);

/* Resolve a column given by name, path or "#n" to exactly one column, for
 * what ("area", "year", ...), which the script writes at `at`. false after
 * reporting the problem. */
bool charta_src_resolve_one(src_ctx *c, const char *ref, const char *what, charta_script_pos at,
                            int *col);
/* Resolve a variable's column (wide layout) to its columns, one per year
 * group. false after reporting the problem. */
bool charta_src_resolve_var(src_ctx *c, src_var *v, const char *ref);

/* Read the header rows and build c->table from them: `want` rows (> 0),
 * or for GENESIS with want 0 the rows whose first cell is empty. Records
 * the reader refuses are reported and passed over. A plain CSV stops after
 * the last header row; GENESIS reads on: *first is the first data record,
 * NULL when the data ends at once (*footer then tells whether a footer line
 * was seen). false after reporting the problem (too few rows, unequal
 * widths, a wrong delimiter). */
bool charta_src_header_read(src_ctx *c, charta_csvread *r, int want,
                            const charta_csv_record **first, bool *footer);

/* --- missing versus zero (source_missing.c) ------------------------------- */

/* A "-" cell of a long table, put once the file is read. */
typedef struct src_pending {
    int var, area, year, line;
} src_pending;

/* Group the value columns (not the key columns) by period: the header's date when
 * the rows have no year, else one group. false after reporting out of memory. */
bool charta_src_groups_build(src_ctx *c);
/* Which groups of rec are "-" in every cell (c->group_nr). */
void charta_src_groups_scan(src_ctx *c, const charta_csv_record *rec);
/* The index in spec->reported_with of area (marking it seen), or -1. */
int charta_src_reported_with_of(src_ctx *c, int area);
/* The notes of a row: reported with another area (rw >= 0) in its years, else not
 * reported in each group that is all "-". */
void charta_src_note_row(src_ctx *c, const charta_csv_record *rec, int area, int year, int rw);
/* After the file: warn at the declaration about `reported_with` codes the file does
 * not have, or partners no source has brought. */
void charta_src_check_reported_with(src_ctx *c);
/* Long layout: remember that area reported something other than "-" in year, or
 * keep a "-" cell for later; false on out of memory. */
bool charta_src_reported_push(src_ctx *c, int area, int year);
bool charta_src_pending_push(src_ctx *c, int var, int area, int year, int line);
/* Long layout, after the last row: each kept "-" is zero where its area reported
 * something else in the period, else missing with a note. */
void charta_src_pending_settle(src_ctx *c);

/* --- GENESIS (source_genesis.c) ------------------------------------------ */

/* Read the title block and the header rows. On success the table is built
 * and *first is the first data record (NULL when the data ends at once:
 * then *footer tells whether a footer line was seen). */
bool charta_src_genesis_header(src_ctx *c, charta_csvread *r, const charta_csv_record **first,
                        bool *footer);
/* True when the next non-blank line starts the footer; blank lines are
 * consumed. */
bool charta_src_genesis_at_footer(charta_csvread *r);
/* Read the footer (the reader stands on its "___" line): check that it is
 * complete and take the "Stand:" date as the input's as_of. */
void charta_src_genesis_footer(src_ctx *c, charta_csvread *r);
/* Pick the key columns (year, area code, area name) the spec leaves open,
 * from the first data record. */
bool charta_src_genesis_keys(src_ctx *c, const charta_csv_record *first);

#endif
