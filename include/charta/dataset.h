/* dataset.h: areas x years x variables, one value and one status per cell.
 *
 * Owns (src/model/dataset.c, dataset_freeze.c, dataset_notes.c): areas, variables, input
 * records with their provenance, notes on missing cells and all cell storage, with copies
 * of every string it is given; charta_dataset_free releases them all. Uses: diag.h,
 * util.h (base).
 * Life cycle (STYLE rule 9): build (add areas, variables, observations),
 * then charta_dataset_freeze() orders the areas by hierarchy, lays the cells
 * out as dense matrices and aggregates parents from children; after that
 * the dataset is read-only and every accessor returns borrowed pointers that
 * live as long as the dataset.
 *
 * Cell layout after freeze: values[area * year_count + (year - year_first)].
 */
#ifndef CHARTA_DATASET_H
#define CHARTA_DATASET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "charta/diag.h"

/* SDMX OBS_STATUS letters. A cell with status M or C has no value (NaN). */
enum {
    CHARTA_ST_NORMAL = 'A',
    CHARTA_ST_MISSING = 'M',
    CHARTA_ST_CONFIDENTIAL = 'C',
    CHARTA_ST_ESTIMATED = 'E',
    CHARTA_ST_PROVISIONAL = 'P',
    CHARTA_ST_BREAK = 'B',
    CHARTA_ST_LOWREL = 'U',
};

/* Rank of a status for "the worst of the inputs": A < B < P < E < U < C < M (0..6);
 * an unknown letter ranks as M. */
int charta_status_rank(char st);
/* The worse of two statuses by rank (a on a tie). */
char charta_status_worst(char a, char b);
/* True for M and C (no value). */
bool charta_status_is_missing(char st);
/* True for a known status letter (A M C E P B U); false for '\0'. */
bool charta_status_valid(char st);
/* The English name of a status in SDMX's code list CL_OBS_STATUS ("Normal value",
 * "Estimated value", ...; C, which the SDG list lacks: "Confidential value"), as
 * Open SDG files write it in "Observation status"; NULL for an unknown letter. */
const char *charta_status_sdmx_name(char st);

typedef enum charta_aggregate {
    CHARTA_AGG_SUM = 0, /* the default */
    CHARTA_AGG_MEAN,    /* weighted when weight_var >= 0 */
    CHARTA_AGG_MIN,
    CHARTA_AGG_MAX,
    CHARTA_AGG_NONE,
} charta_aggregate;

/* Parse "sum", "mean", "min", "max" or "none" (exact case) into *out; false (and *out
 * untouched) when unknown. */
bool charta_aggregate_parse(const char *s, charta_aggregate *out);
/* The name of an aggregation, as parsed; "?" out of range. A static string. */
const char *charta_aggregate_name(charta_aggregate a);

typedef enum charta_hierarchy {
    CHARTA_HIER_EXPLICIT = 0, /* parents as given (areas file or inline) */
    CHARTA_HIER_AGS,          /* parents derived from German AGS codes */
} charta_hierarchy;

typedef struct charta_area {
    const char *code;
    const char *name;
    int parent; /* index, -1 for a root */
    int level;  /* 0 for roots */
    bool given_parent;
    /* One of a parallel division of its parent (a Land's former Regierungsbezirke beside
     * its NUTS-2 regions or its Kreise, charta_dataset_freeze): shown below its parent,
     * aggregated from its own children, but not one of its parent's parts: the
     * parent's sum, its check and total() leave it out. */
    bool alternative;
} charta_area;

typedef struct charta_variable {
    const char *name;
    const char *unit;    /* may be "" */
    const char *source;  /* name of the source that declared it */
    charta_aggregate aggregate;
    int weight_var;      /* -1, or the variable weighting a mean */
    double tolerance;    /* relative tolerance for parent checks */
    const char *decl_file; /* the script declaring the variable, NULL when unknown */
    int decl_line;         /* the variable's line there, 0 when unknown */
    /* after freeze: */
    const double *values;
    const char *status;
    /* a breakdown (disaggregation, DESIGN §3): a part has the index of its total and
     * its dimension values (keys ascending, none a total); a total has n_parts > 0;
     * an ordinary variable total = -1, n_parts = 0, n_dims = 0 */
    int total;
    size_t n_parts;
    size_t n_dims;
    const char *const *dim_keys;
    const char *const *dim_vals;
} charta_variable;

/* One input file, for the inputs sheet and the manifest. */
typedef struct charta_input {
    const char *path;     /* project-relative */
    const char *source;   /* source name */
    long rows;            /* data rows read */
    const char *as_of;    /* "Stand:" date of a GENESIS footer, or NULL */
    /* --- provenance (issue 9): what the report must say about the data ---------- */
    const char *publisher;    /* the source's `publisher` key, or NULL */
    const char *attribution;  /* the source's `attribution` key, else the footer's
                                 "(c) ..." line, or NULL */
    const char *licence;      /* the source's `licence` key, else a short name derived
                                 from the footer's statement ("dl-de/by-2-0"), or NULL */
    const char *licence_text; /* the footer's licence statement as one sentence, or NULL */
    const char *const *footnotes; /* the footer's footnotes, one readable text each
                                     (the file's line breaks joined with spaces) */
    size_t n_footnotes;
    const char *title; /* the table's title for readers (a GENESIS title block's first
                          line of text), or NULL */
    const char *table; /* the publisher's code of the table ("46251-01-02-4"), or NULL */
    /* --- keyed data (SDMX, Open SDG; issue 12) ------------------------------------ */
    long unmatched;   /* observations of series that no variable selects */
    long other_areas; /* observations of areas that `area_codes` does not list */
    const char *const *signs; /* the status codes or footnote signs seen, in the order
                                 first seen, and how often each */
    const long *sign_counts;
    size_t n_signs;
} charta_input;

typedef struct charta_dataset charta_dataset;

/* An empty dataset in its build phase, areas open; the caller frees it with
 * charta_dataset_free. NULL on out of memory. */
charta_dataset *charta_dataset_new(void);
/* Free the dataset and everything it owns (every pointer it handed out dies with it);
 * NULL is a no-op. */
void charta_dataset_free(charta_dataset *ds);

/* --- build phase ------------------------------------------------------- */

/* How areas not yet known are treated when a source brings them: with
 * open areas (the default) they are added; once closed (an areas file was
 * declared) an unknown code is a data error. The dataset only records the flag;
 * the importers ask for it and act on it. Closing cannot be undone. */
void charta_dataset_close_areas(charta_dataset *ds);
bool charta_dataset_areas_closed(const charta_dataset *ds);
/* How freeze finds the parents of areas without an explicit parent. Both settings
 * resolve the same way today: a code that looks like an AGS (2 to 12 digits, or "DG")
 * gets its nearest existing AGS ancestor, any other code is a root. A Land's
 * 3-digit children (Regierungsbezirke, statistical regions, NUTS-2 regions) whose
 * values end before those of other children of the Land are a parallel division of
 * it (charta_area.alternative). */
void charta_dataset_set_hierarchy(charta_dataset *ds, charta_hierarchy h);

/* Add an area or return the existing one with that code (its name and parent code are
 * filled in when it had none). Strings are copied; name and parent_code may be NULL
 * or "". Build phase only. Returns the index, or -1 on out of memory. */
int charta_dataset_add_area(charta_dataset *ds, const char *code, const char *name,
                            const char *parent_code);
/* Where the areas were declared, for the errors of charta_dataset_freeze about
 * parents: the project-relative file (copied; the areas file or the script of an
 * inline list), false on out of memory. */
bool charta_dataset_set_areas_file(charta_dataset *ds, const char *file);
/* The line of that file which declares area idx (0: none). Build phase only. */
void charta_dataset_set_area_line(charta_dataset *ds, int idx, int line);
/* Index of the area with that code, or -1. Build and frozen phase (the index changes
 * at freeze, which reorders the areas). */
int charta_dataset_find_area(const charta_dataset *ds, const char *code);
/* Index of an area with exactly that name (the caller trims), or -1; the earliest one
 * when names repeat. Build and frozen phase. */
int charta_dataset_find_area_by_name(const charta_dataset *ds, const char *name);

/* Declare a variable (strings copied; unit and source may be NULL for ""), with no
 * weight and a tolerance of 1e-3. Returns its index, -1 when the name is taken (the
 * caller reports it) or -2 on out of memory. */
int charta_dataset_add_variable(charta_dataset *ds, const char *name, const char *unit,
                                const char *source, charta_aggregate agg);
/* The variable weighting var's mean (an index, -1 for none) and var's relative
 * tolerance for parent checks. var must be a valid index; build phase. */
void charta_dataset_set_weight(charta_dataset *ds, int var, int weight_var);
void charta_dataset_set_tolerance(charta_dataset *ds, int var, double tolerance);
/* Where var is declared (file copied: the project-relative script; line its line), for
 * the warnings about its values. var must be a valid index; build phase. false on out
 * of memory. */
bool charta_dataset_set_variable_decl(charta_dataset *ds, int var, const char *file, int line);
/* Index of the variable with that name, or -1. Build and frozen phase. */
int charta_dataset_find_variable(const charta_dataset *ds, const char *name);

/* True for the value of a dimension that means "all" (the total): NULL, "" or "_T",
 * as in SDMX and Open SDG. */
bool charta_dim_is_total(const char *value);
/* Make var a part of total's breakdown, the cells of one combination of dimension
 * values (keys and vals copied; n >= 1, keys ascending and distinct, no value a
 * total). A part is named by its reader, by convention "total{key=value,...}". Both
 * valid indices, var not total, total itself no part and var no total; build phase.
 * CHARTA_ERR_USAGE when these do not hold, CHARTA_ERR_NOMEM. */
charta_status charta_dataset_set_breakdown(charta_dataset *ds, int var, int total,
                                           const char *const *keys, const char *const *vals,
                                           size_t n);
/* The variable holding total's cells for those dimension values (pairs in any order;
 * pairs whose value is a total are left out, so none at all gives total itself), or
 * -1 when the breakdown has no such part. Build and frozen phase. */
int charta_dataset_find_part(const charta_dataset *ds, int total, const char *const *keys,
                             const char *const *vals, size_t n);

/* Register an input file (path and source copied; source may be NULL); returns its
 * index (for observations), -1 on out of memory or past 255 inputs. */
int charta_dataset_add_input(charta_dataset *ds, const char *path, const char *source);
/* The data rows read from an input, and its "as of" date (copied; NULL clears it).
 * input must be a valid index; before freeze. */
void charta_dataset_set_input_rows(charta_dataset *ds, int input, long rows);
void charta_dataset_set_input_as_of(charta_dataset *ds, int input, const char *as_of);

/* --- provenance and notes (issue 9: missing is never zero) ----------------- */

/* The publisher, attribution, licence (short name) and licence statement of an input
 * (each copied; NULL clears it). input must be a valid index; before freeze. */
void charta_dataset_set_input_publisher(charta_dataset *ds, int input, const char *text);
void charta_dataset_set_input_attribution(charta_dataset *ds, int input, const char *text);
void charta_dataset_set_input_licence(charta_dataset *ds, int input, const char *text);
void charta_dataset_set_input_licence_text(charta_dataset *ds, int input, const char *text);
/* The table's title and its code at the publisher (each copied; NULL clears it). input
 * must be a valid index; before freeze. */
void charta_dataset_set_input_title(charta_dataset *ds, int input, const char *title,
                                    const char *table);
/* What a keyed reader passed over: observations of series no variable selects and of
 * areas `area_codes` leaves out. input must be a valid index; before freeze. */
void charta_dataset_set_input_passed(charta_dataset *ds, int input, long unmatched,
                                     long other_areas);
/* Append a sign (copied) seen count times in the input (the check summary). input must
 * be a valid index; before freeze. CHARTA_OK or CHARTA_ERR_NOMEM. */
charta_status charta_dataset_add_input_sign(charta_dataset *ds, int input, const char *sign,
                                            long count);
/* Append a footnote (copied) to an input, in the file's order. input must be a valid
 * index; before freeze. CHARTA_OK or CHARTA_ERR_NOMEM. */
charta_status charta_dataset_add_input_footnote(charta_dataset *ds, int input,
                                                const char *text);

/* Why cells of a source are missing although the file has a number or a sign there. */
typedef enum charta_note_kind {
    CHARTA_NOTE_NOT_REPORTED = 1, /* every cell of the area in the period is "-": the area
                                     did not report (it did not exist yet, or no longer) */
    CHARTA_NOTE_REPORTED_WITH,    /* the area's values are reported with another area
                                     (`reported_with`); arg is that area's code */
} charta_note_kind;

/* A note on the cells of one area over a range of years. Language-neutral: the
 * render layer words it. */
typedef struct charta_note {
    charta_note_kind kind;
    int var;        /* variable index, -1 for all variables of the input */
    int input;      /* input index (the source), -1 for none */
    int area;       /* area index (after freeze: in display order) */
    int year_first; /* first and last year, inclusive */
    int year_last;
    const char *arg; /* CHARTA_NOTE_REPORTED_WITH: the other area's code; else NULL */
} charta_note;

/* Record a note for one year (arg copied; may be NULL). A note that differs only in its
 * years and touches or overlaps an existing one extends it, so consecutive years make
 * one range. Valid indices; build phase. CHARTA_OK or CHARTA_ERR_NOMEM. */
charta_status charta_dataset_add_note(charta_dataset *ds, charta_note_kind kind, int var,
                                      int input, int area, int year, const char *arg);
/* The number of notes, and note i: borrowed, with area indices of the frozen order;
 * NULL before freeze or when i is out of range. Ordered by input, variable, area,
 * kind, year. */
size_t charta_dataset_note_count(const charta_dataset *ds); /* 0 before freeze */
const charta_note *charta_dataset_note(const charta_dataset *ds, size_t i);
/* --- end of provenance and notes --------------------------------------------- */

/* Record one observation of variable var for area in year (valid indices; build
 * phase). value is ignored for missing statuses; a non-finite value under another
 * status is recorded as M. input is the input's index (-1 for none), line the
 * physical line in it (both for messages about conflicting duplicates).
 * Returns CHARTA_ERR_NOMEM or CHARTA_OK. */
charta_status charta_dataset_put(charta_dataset *ds, int var, int area, int year, double value,
                                 char status, int input, int line);

typedef struct charta_freeze_opts {
    int year_first, year_last; /* the reporting window; 0 = from the data */
    const char *root_code;     /* the subject area (city), may be NULL */
} charta_freeze_opts;

/* Resolve parents, order areas (depth first, in insertion order, the root_code's
 * tree first), build the matrices over the years of the window and the data
 * together, aggregate parents. opts may be NULL. CHARTA_OK (also when already
 * frozen); CHARTA_ERR_DATA (unknown parent code, an area its own parent, a cycle,
 * conflicting duplicate observations; each a diagnostic, repeats a warning);
 * CHARTA_ERR_NOMEM. After a failure the dataset is not frozen and is only fit to be
 * freed. */
charta_status charta_dataset_freeze(charta_dataset *ds, const charta_freeze_opts *opts,
                                    charta_diags *diags);
/* True after a successful charta_dataset_freeze. */
bool charta_dataset_frozen(const charta_dataset *ds);

/* --- area code changes and series breaks (territorial reforms) ----------
 * Declared in the build phase, applied by charta_dataset_freeze (dataset_changes.c):
 * the changes before the parents are resolved, the breaks after the matrices are
 * built. */

/* One area code change as applied at freeze. Strings are the dataset's. */
typedef struct charta_area_change {
    const char *old_code, *new_code;
    const char *old_name; /* the old code's name in the data, else old_code */
    int year;             /* the first year under the new code */
    bool applied;         /* the old code was in the data and was merged away */
    size_t taken;         /* observations of the old code taken into the new series */
    size_t differ;        /* (variable, year) where both codes had values that differ */
} charta_area_change;

/* Declare that area old_code became new_code from year on (strings copied). At
 * freeze, before parents are resolved, every observation of old_code (all variables,
 * all inputs) joins new_code's series: where only one code has a value (a missing
 * cell, M or C, never conflicts) it is taken; where both have values they must agree
 * within the variable's relative tolerance (as for parent checks, default 0.1 %), else
 * one warning per variable names the area, the variable and the years, and the new
 * code's value is kept for years >= year, the old one's before. The old code is then
 * no area (a child naming it as parent gets new_code; a code the data lacks is
 * added with the old one's name). A chain a->b, b->c is applied in order, a->b first;
 * a cycle is CHARTA_ERR_DATA at freeze. Build phase; CHARTA_ERR_USAGE when
 * old_code equals new_code or old_code was declared before, CHARTA_ERR_NOMEM. */
charta_status charta_dataset_add_area_change(charta_dataset *ds, const char *old_code,
                                             const char *new_code, int year);
/* The declared changes, in declaration order: borrowed, NULL when i is out of range.
 * `applied`, `taken` and `differ` are filled in by freeze. In a run, change i is the
 * project's changes[i] (project.h), which holds its reason and file:line. */
size_t charta_dataset_area_change_count(const charta_dataset *ds);
const charta_area_change *charta_dataset_area_change(const charta_dataset *ds, size_t i);
/* Where the change added last is declared (file copied), for its warnings. Build
 * phase, after charta_dataset_add_area_change; false on out of memory. */
bool charta_dataset_set_area_change_decl(charta_dataset *ds, const char *file, int line);
/* A break in variable var's series: at freeze, every cell of var in year that has a
 * value and status A (given or aggregated) gets status B (a worse status is kept).
 * var must be a valid index; build phase. CHARTA_ERR_NOMEM or CHARTA_OK. */
charta_status charta_dataset_add_break(charta_dataset *ds, int var, int year);
/* The break years of variable var (ascending, no repeats) into *n: borrowed, NULL
 * when none or var is out of range. */
const int *charta_dataset_breaks(const charta_dataset *ds, size_t var, size_t *n);

/* --- end of area code changes and series breaks ------------------------- */

/* --- frozen phase ------------------------------------------------------- */

/* The number of areas (also while building), and area i in display order: borrowed,
 * NULL before freeze or when i is out of range. Its name is the code when none was
 * given. */
size_t charta_dataset_area_count(const charta_dataset *ds);
const charta_area *charta_dataset_area(const charta_dataset *ds, size_t i);
/* The subject area (root_code at freeze, else the first root), -1 if none. */
int charta_dataset_root(const charta_dataset *ds);
/* The years of the matrices: year_first .. year_first + year_count - 1; 0 before
 * freeze. */
int charta_dataset_year_first(const charta_dataset *ds);
size_t charta_dataset_year_count(const charta_dataset *ds);
/* The number of variables, and variable i with its matrices: borrowed, NULL before
 * freeze or when i is out of range. */
size_t charta_dataset_variable_count(const charta_dataset *ds);
const charta_variable *charta_dataset_variable(const charta_dataset *ds, size_t i);
/* The number of input files, and input i: borrowed, NULL before freeze or when i is
 * out of range. */
size_t charta_dataset_input_count(const charta_dataset *ds);
const charta_input *charta_dataset_input(const charta_dataset *ds, size_t i);
/* Free the cell values (not the statuses) of every variable; each
 * variable's `values` becomes NULL. For large runs, once the indicators are
 * computed and no output needs the input values any more. */
void charta_dataset_drop_values(charta_dataset *ds);

/* The parts of area (a valid index; frozen phase only): its children but the
 * alternative ones, in display order; a borrowed array of *n area indices. */
const int *charta_dataset_children(const charta_dataset *ds, size_t area, size_t *n);

#endif
