/* dataset_internal.h: the storage of a dataset, shared by dataset.c (build
 * and accessors) and dataset_freeze.c. Not a public contract. */
#ifndef CHARTA_DATASET_INTERNAL_H
#define CHARTA_DATASET_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "charta/dataset.h"
#include "charta/hashtab.h"

/* --- storage ------------------------------------------------------------ */

/* One observation as imported; packed because a national run holds millions. */
typedef struct __attribute__((packed)) obs {
    double value;
    int32_t area;
    int32_t line;
    int16_t year;
    uint8_t input;
    char status;
} obs;

typedef struct area_rec {
    char *code, *name, *parent_code;
    int parent, level;
    int line; /* of areas_file that declares it; 0 when unknown */
    bool given_parent;
    bool alternative; /* charta_area.alternative */
} area_rec;

typedef struct var_rec {
    char *name, *unit, *source;
    charta_aggregate aggregate;
    int weight_var;
    double tolerance;
    char *decl_file; /* charta_variable.decl_file */
    int decl_line;
    obs *obs;
    size_t n_obs, cap_obs;
    double *values;
    char *status;
    int *breaks; /* break years, ascending, no repeats */
    size_t n_breaks;
    /* a part of a breakdown (charta_dataset_set_breakdown): its total and its
     * dimension values, keys ascending; total -1 and no dims otherwise */
    int total;
    char **dim_keys, **dim_vals;
    size_t n_dims, n_parts; /* n_parts: of a total, how many parts it has */
} var_rec;

typedef struct change_rec {
    char *old_code, *new_code, *old_name; /* owned; pub points at them */
    char *decl_file;                      /* the declaring script, or NULL */
    int decl_line;
    charta_area_change pub;
} change_rec;

typedef struct input_rec {
    char *path, *source, *as_of;
    long rows;
    /* provenance (dataset_notes.c) */
    char *publisher, *attribution, *licence, *licence_text, *title, *table;
    char **footnotes;
    size_t n_footnotes;
    long unmatched, other_areas;
    char **signs;
    long *sign_counts;
    size_t n_signs;
} input_rec;

/* A note as recorded (dataset_notes.c); public as charta_note after freeze. */
typedef struct note_rec {
    charta_note_kind kind;
    int var, input, area, year_first, year_last;
    char *arg;
} note_rec;

struct charta_dataset {
    area_rec *areas;
    size_t n_areas, cap_areas;
    charta_hashtab by_code, by_name; /* area codes, names -> area index */
    char *areas_file;                /* where the areas were declared, or NULL */
    var_rec *vars;
    size_t n_vars, cap_vars;
    input_rec *inputs;
    size_t n_inputs, cap_inputs;
    bool closed, frozen;
    charta_hierarchy hierarchy;
    int year_first;
    size_t year_count;
    int root;
    int *child_start, *child_list; /* CSR children lists, after freeze */
    charta_area *pub_areas;
    charta_variable *pub_vars;
    charta_input *pub_inputs;
    /* notes on missing cells (dataset_notes.c) */
    note_rec *notes;
    size_t n_notes, cap_notes;
    charta_note *pub_notes;
    change_rec *changes;
    size_t n_changes, cap_changes;
};

/* dataset_notes.c: free the provenance of one input; free all notes. */
void charta_dataset_input_provenance_free(input_rec *in);
void charta_dataset_notes_free(charta_dataset *ds);
/* At freeze: remap the notes' areas (new_index[old] = new), sort and join touching
 * ranges, build the public views of notes and inputs' footnotes. false on out of
 * memory. */
bool charta_dataset_notes_freeze(charta_dataset *ds, const int *new_index);
/* After areas were removed (dataset_changes.c): remap[old] = new index, -1 for a
 * removed area, whose notes are dropped (its cells now belong to another code). */
void charta_dataset_notes_remap(charta_dataset *ds, const int *remap);

/* --- dataset_parents.c ----------------------------------------------------- */

/* Resolve every area's parent index: the given parent code, else (AGS codes) the
 * nearest existing ancestor; CHARTA_ERR_DATA for an unknown parent, an area its own
 * parent or a cycle (each reported), CHARTA_ERR_NOMEM. */
charta_status charta_dataset_resolve_parents(charta_dataset *ds, charta_diags *diags);
/* Mark the parallel divisions among the areas sorted in display order (sorted[i] is
 * old area order[i], parents already renumbered): charta_area.alternative, with a
 * note per parent naming them. CHARTA_OK or CHARTA_ERR_NOMEM. */
charta_status charta_dataset_mark_alternatives(const charta_dataset *ds, area_rec *sorted,
                                               const int *order, charta_diags *diags);
/* The input and line of area's first observation (by input, then line; old index, before
 * freeze): *file NULL and *line 0 when it has none. */
void charta_dataset_area_origin(const charta_dataset *ds, int area, const char **file,
                                int *line);

/* --- dataset_changes.c ----------------------------------------------------- */

/* Apply the area code changes (before parents are resolved): observations moved
 * or dropped, the old areas removed, the code index rebuilt. CHARTA_ERR_DATA for a
 * cycle, CHARTA_ERR_NOMEM. */
charta_status charta_dataset_apply_changes(charta_dataset *ds, charta_diags *diags);
/* Status B at the break years of v (after its matrix is built). */
void charta_dataset_apply_breaks(charta_dataset *ds, var_rec *v);
/* Free what the changes and breaks own (charta_dataset_free). */
void charta_dataset_free_changes(charta_dataset *ds);

#endif
