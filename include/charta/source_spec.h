/* source_spec.h: a declared data source and the declared areas, as the
 * project model holds them (the `source { ... }` and `areas { ... }`
 * declarations after the engine has read and checked them).
 *
 * Owns (src/model/source_spec.c): the strings and arrays inside a spec, released by
 * the _clear functions; the struct itself belongs to whoever holds it (the project,
 * whose charta_project_free clears them). Uses: dataset.h (charta_aggregate),
 * textenc.h (charta_encoding). The importers that read the files a spec
 * names are a stage above (source.h, src/import).
 */
#ifndef CHARTA_SOURCE_SPEC_H
#define CHARTA_SOURCE_SPEC_H

#include <stdbool.h>
#include <stddef.h>

#include "charta/dataset.h"
#include "charta/textenc.h"

/* charta_encoding (utf-8, latin1, cp1252) is declared in textenc.h. */

/* Text in several languages: pairs (lang, text) in declaration order (project.h
 * reads it with charta_text_get). */
typedef struct charta_text {
    char **lang;
    char **text;
    size_t n;
} charta_text;

typedef enum charta_layout {
    CHARTA_LAYOUT_WIDE = 0, /* variables map columns; dates in the header give years */
    CHARTA_LAYOUT_LONG,     /* a variable column and a value column */
} charta_layout;

/* What a sign in a cell means (the `signs` key of a source). */
typedef enum charta_sign_meaning {
    CHARTA_SIGN_ZERO_OR_NOT_REPORTED = 0, /* zero among reported values; when every cell of
                                             an area in a period has it, the area did not
                                             report: missing (GENESIS "-") */
    CHARTA_SIGN_ZERO,                     /* always a true zero */
    CHARTA_SIGN_MISSING,                  /* no value, status M */
    CHARTA_SIGN_CONFIDENTIAL,             /* no value, status C */
} charta_sign_meaning;

/* One entry of `signs`: a sign (exact text of a cell, trimmed) and its meaning. */
typedef struct charta_sign_spec {
    char *sign;
    charta_sign_meaning meaning;
} charta_sign_spec;

/* One entry of `reported_with`: the area's values are reported with another area. */
typedef struct charta_reported_with {
    char *area; /* the area's code */
    char *with; /* the code of the area it is reported with */
} charta_reported_with;

/* Parse a sign meaning ("zero-or-not-reported", "zero", "missing", "confidential")
 * into *out; false (and *out untouched) when unknown. */
bool charta_sign_meaning_parse(const char *s, charta_sign_meaning *out);
/* The name of a sign meaning, as parsed; "?" out of range. A static string. */
const char *charta_sign_meaning_name(charta_sign_meaning m);
/* The allowed meanings for messages: "\"zero-or-not-reported\", ...". A static string. */
const char *charta_sign_meaning_names(void);

/* A selection of series or rows by dimension (SDMX) or column (Open SDG) values: the
 * `series` key of a source or a variable. Each entry is a dimension and the values it
 * may take (one or more). */
typedef struct charta_dim_filter {
    char *dim;
    char **values;
    size_t n_values;
} charta_dim_filter;

/* How observations of periods shorter than a year (months, quarters, days) make the
 * year's value: the `period` key of a variable. */
typedef enum charta_period_rule {
    CHARTA_PERIOD_NONE = 0, /* not declared: sub-annual observations are an error */
    CHARTA_PERIOD_MEAN,
    CHARTA_PERIOD_SUM,
    CHARTA_PERIOD_MIN,
    CHARTA_PERIOD_MAX,
    CHARTA_PERIOD_LAST,
    CHARTA_PERIOD_COUNT,
} charta_period_rule;

/* Parse "mean", "sum", "min", "max", "last" or "count" into *out; false when unknown. */
bool charta_period_rule_parse(const char *s, charta_period_rule *out);
/* The name of a rule, as parsed; "none" for CHARTA_PERIOD_NONE. A static string. */
const char *charta_period_rule_name(charta_period_rule r);

/* Where the script writes a value, for messages about it: line and column (1-based
 * characters) in the declaring script; 0 when not known (the table was built by
 * code): then the declaration's line stands for it. */
typedef struct charta_script_pos {
    int line, col;
} charta_script_pos;

typedef struct charta_var_spec {
    char *name;   /* variable name in the project */
    char *column; /* header name, header path ("a/b"), or "#n" (1-based) */
    char *unit;   /* may be NULL */
    charta_aggregate aggregate;
    char *weight;     /* variable weighting a mean, or NULL */
    double tolerance; /* relative, for parent checks; 0 = default 1e-3 */
    double scale;     /* multiply values (0 = 1) */
    int line;         /* declaration line in the project script */
    charta_script_pos at; /* where the variable's own entry is written (its table or
                             column name; {0, 0} when not known: then line) */
    charta_script_pos column_at; /* where `column` (or the plain column name) is written */
    /* --- sdmx, opensdg (issue 12) ----------------------------------------------- */
    charta_dim_filter *filter; /* `series`: which series (rows) make this variable */
    size_t n_filter;
    charta_period_rule period; /* `period`: how shorter periods make a year */
    double complete;           /* `complete`: the share of a year's periods needed
                                  (0 = 1, every period); below it the year is U */
    bool incomplete_missing;   /* `incomplete = "missing"`: below the share, missing */
} charta_var_spec;

typedef struct charta_source_spec {
    char *name;      /* source "name" */
    char *file;      /* project-relative path of the data file */
    char *decl_file; /* project-relative script that declared it */
    int decl_line;

    char *format; /* "csv" (default), "genesis", "sdmx", "opensdg", "xlsx" */
    char *preset; /* NULL or "genesis" (already applied to the fields below by the engine:
                     importers read only the fields) */
    charta_encoding encoding;
    char delimiter; /* 0 = ',' */
    char decimal;   /* 0 = '.' */
    char thousands; /* 0 = none */
    int skip;       /* lines before the header (csv); -1 = detect (genesis) */
    int header;     /* header rows; 0 = 1 for csv; -1 = detect (genesis) */
    bool genesis;   /* title block, empty-cell header rows, footer from "___" on */
    charta_layout layout;

    char *area;       /* area column (name, path or "#n"); NULL = detect (genesis) */
    bool area_by_name;/* area column holds names, not codes */
    char *area_name;  /* column with the area's name (optional) */
    char *area_value; /* the one area of a file about one area */
    char *year;       /* year/date column; NULL = from the header dates or detect */
    int year_value;   /* the one year of a file about one year, 0 = none */
    char *variable;   /* long layout: column naming the variable */
    char *value;      /* long layout: column with the value */
    /* where the script writes area, area_name, year, variable and value */
    charta_script_pos area_at, area_name_at, year_at, variable_at, value_at;

    charta_var_spec *vars;
    size_t n_vars;

    char **missing; /* extra signs meaning missing (status M) */
    size_t n_missing;

    char *licence; /* the data's licence as the city states it (free text, e.g.
                      "dl-de/by-2-0"); NULL when not given. Shown in the report. */

    /* --- issue 9: signs, areas reported elsewhere, provenance ----------------- */
    charta_sign_spec *signs; /* `signs`: meanings that override the preset's (and,
                                without a preset, make signs of plain CSV cells) */
    size_t n_signs;
    int signs_line;          /* declaration line of `signs` */
    charta_reported_with *reported_with; /* `reported_with`, sorted by area code */
    size_t n_reported_with;
    int reported_with_line;  /* declaration line of `reported_with` (for warnings) */
    char *publisher;         /* `publisher` (free text), or NULL */
    charta_text title;       /* `title`: what the data are, for readers (the report's
                                source notes); empty when not given */
    char *attribution;       /* `attribution` (free text), or NULL: a GENESIS footer's
                                "(c)" line is used then */
    /* --- sdmx, opensdg (issue 12) ----------------------------------------------- */
    charta_dim_filter *filter; /* `series`: the series (rows) every variable is taken
                                  from; a variable's own `series` narrows it */
    size_t n_filter;
    char **area_code_from, **area_code_to; /* `area_codes`: the file's code -> the
                                              project's, sorted by the file's code */
    size_t n_area_codes;
    /* --- xlsx (issue 19) -------------------------------------------------------- */
    char *sheet;     /* `sheet` by name, or NULL */
    int sheet_index; /* `sheet` by number (1-based), 0 = by name or the first */
    char *range;     /* `range` ("A3:F40"), or NULL: the whole sheet */
    charta_script_pos sheet_at, range_at; /* where the script writes them */
} charta_source_spec;

/* The `areas { ... }` declaration: a CSV file of areas (or inline rows). */
typedef struct charta_areas_spec {
    char *file; /* project-relative; NULL for inline areas */
    char *decl_file;
    int decl_line;
    char *code, *name, *parent; /* column names (parent optional) */
    charta_script_pos code_at, name_at, parent_at; /* where the script writes them */
    charta_encoding encoding;
    char delimiter; /* 0 = detect between ',' and ';' from the header line */
    /* inline rows (when file is NULL): */
    char **inline_code, **inline_name, **inline_parent;
    size_t n_inline;
} charta_areas_spec;

/* Release what a spec owns (not the struct itself) and zero it, so it can be filled
 * again; NULL is a no-op. */
void charta_source_spec_clear(charta_source_spec *spec);
void charta_areas_spec_clear(charta_areas_spec *spec);

#endif
