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
} area_rec;

typedef struct var_rec {
    char *name, *unit, *source;
    charta_aggregate aggregate;
    int weight_var;
    double tolerance;
    obs *obs;
    size_t n_obs, cap_obs;
    double *values;
    char *status;
} var_rec;

typedef struct input_rec {
    char *path, *source, *as_of;
    long rows;
} input_rec;

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
};

#endif
