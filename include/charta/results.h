/* results.h: the frozen result set, indicator x area x year.
 *
 * Owns (src/model/results.c): one value matrix and one status matrix per
 * indicator, and the assessments the progress stage puts into each result (assess
 * and assess_text); charta_results_free releases them all.
 * Uses: dataset.h (shape: areas and years; borrowed, must outlive it),
 * project.h (indicator declarations; borrowed, must outlive it), util.h.
 * Built by the indicator evaluation, frozen, then read by every renderer.
 * Layout as in the dataset: values[area * year_count + (year - year_first)];
 * a cell with status M or C holds NaN; no other cell is non-finite.
 */
#ifndef CHARTA_RESULTS_H
#define CHARTA_RESULTS_H

#include <stddef.h>

#include "charta/dataset.h"
#include "charta/project.h"

struct charta_assessment; /* progress.h */
struct charta_strpool;    /* util.h */

/* One part of an indicator's breakdown (its `breakdown`): the values of the indicator's
 * breakdown dimensions, in their order ("" where the part is that dimension's total),
 * and its matrices, shaped as the result's. */
typedef struct charta_result_part {
    char **dim_vals;
    double *values;
    char *status;
} charta_result_part;

typedef struct charta_result {
    const charta_indicator *indicator; /* borrowed from the project */
    double *values;
    char *status;
    size_t warnings_divzero; /* cells set missing by a division by zero */
    /* progress (progress.h): one assessment per area (dataset order) with the
     * report's method, owned here; NULL until the assessment stage ran */
    struct charta_assessment *assess;
    /* the texts their reasons point into, owned here (freed with assess) */
    struct charta_strpool *assess_text;
    /* the parts of its breakdown, owned here, in the order they were added */
    charta_result_part *parts;
    size_t n_parts;
} charta_result;

typedef struct charta_results charta_results;

/* Results shaped like ds (frozen), one slot per project indicator (in declaration
 * order), every cell missing. ds and p are borrowed and must outlive the results.
 * The caller frees them with charta_results_free; NULL on out of memory. */
charta_results *charta_results_new(const charta_dataset *ds, const charta_project *p);
/* Free the results, their matrices and assessments; NULL is a no-op. */
void charta_results_free(charta_results *r);

/* The slot of indicator i, for the stages that fill it (its matrices start all
 * missing); NULL when i is out of range. Borrowed. */
charta_result *charta_results_slot(charta_results *r, size_t i);
/* A new part of indicator i's breakdown with these values of its breakdown dimensions
 * (indicator->n_breakdown of them, copied), every cell missing; NULL on out of memory
 * or when i is out of range. Borrowed; valid until the next part is added. */
charta_result_part *charta_results_add_part(charta_results *r, size_t i,
                                            const char *const *dim_vals);
/* The result of indicator i, read-only; NULL when i is out of range. Borrowed. */
const charta_result *charta_results_get(const charta_results *r, size_t i);
/* The number of results (the project's indicators). */
size_t charta_results_count(const charta_results *r);
/* The dataset and the project the results were made for (borrowed). */
const charta_dataset *charta_results_dataset(const charta_results *r);
const charta_project *charta_results_project(const charta_results *r);
/* Index of the indicator with this id, -1 if none. */
int charta_results_find(const charta_results *r, const char *id);

#endif
