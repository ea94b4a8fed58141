/* dataset.h: areas x years x variables, one value and one status per cell.
 *
 * Owns (src/model/dataset.c, dataset_freeze.c): areas, variables, input records and
 * all cell storage, with copies of every string it is given; charta_dataset_free
 * releases them all. Uses: diag.h, util.h (base).
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
} charta_area;

typedef struct charta_variable {
    const char *name;
    const char *unit;    /* may be "" */
    const char *source;  /* name of the source that declared it */
    charta_aggregate aggregate;
    int weight_var;      /* -1, or the variable weighting a mean */
    double tolerance;    /* relative tolerance for parent checks */
    /* after freeze: */
    const double *values;
    const char *status;
} charta_variable;

/* One input file, for the inputs sheet and the manifest. */
typedef struct charta_input {
    const char *path;     /* project-relative */
    const char *source;   /* source name */
    long rows;            /* data rows read */
    const char *as_of;    /* "Stand:" date of a GENESIS footer, or NULL */
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
 * gets its nearest existing AGS ancestor, any other code is a root. */
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
/* Index of the variable with that name, or -1. Build and frozen phase. */
int charta_dataset_find_variable(const charta_dataset *ds, const char *name);

/* Register an input file (path and source copied; source may be NULL); returns its
 * index (for observations), -1 on out of memory or past 255 inputs. */
int charta_dataset_add_input(charta_dataset *ds, const char *path, const char *source);
/* The data rows read from an input, and its "as of" date (copied; NULL clears it).
 * input must be a valid index; before freeze. */
void charta_dataset_set_input_rows(charta_dataset *ds, int input, long rows);
void charta_dataset_set_input_as_of(charta_dataset *ds, int input, const char *as_of);

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

/* The children of area (a valid index; frozen phase only) in display order: a
 * borrowed array of *n area indices. */
const int *charta_dataset_children(const charta_dataset *ds, size_t area, size_t *n);

#endif
