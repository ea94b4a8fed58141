/* coverage.h: which of the 17 SDGs the project's indicators name, by action field —
 * the matrix a Voluntary Local Review asks for, counted here once for every reader
 * (`charta list --coverage`, the workbook's coverage sheet).
 *
 * Owns (src/model/coverage.c): the counts of a charta_coverage, freed by
 * charta_coverage_free. Uses: project.h (read only; the coverage keeps no pointer
 * into the project).
 *
 * An indicator counts under goal g when one of its `sdg` codes names g ("11",
 * "11.2", "11.2.1"); several codes of one goal count it once. A field's row counts
 * the indicators of that field; the total counts every indicator once per goal,
 * whatever its field.
 */
#ifndef CHARTA_COVERAGE_H
#define CHARTA_COVERAGE_H

#include <stddef.h>

#include "charta/project.h"

enum { CHARTA_SDG_GOALS = 17 };

typedef struct charta_coverage {
    size_t n_fields; /* the project's fields, in its order: row f is p->fields[f] */
    /* n_fields rows of CHARTA_SDG_GOALS counts: the indicators of field f naming goal
     * g at counts[f * CHARTA_SDG_GOALS + (g - 1)] (see charta_coverage_at) */
    size_t *counts;
    size_t total[CHARTA_SDG_GOALS]; /* per goal (index g - 1): every indicator once */
    int missing[CHARTA_SDG_GOALS];  /* the goals without an indicator, ascending */
    size_t n_missing;
} charta_coverage;

/* The goal (1..17) an SDG code names: its number before the first '.' ("11.2.1",
 * "11.b", "11"); 0 for anything else. */
int charta_sdg_goal(const char *code);

/* The coverage of p's indicators (once the project has loaded, the report's: the
 * shipped ones left out for want of data are no longer among them). The caller frees
 * it with charta_coverage_free; NULL on out of memory. */
charta_coverage *charta_coverage_new(const charta_project *p);
/* Free the coverage; NULL is a no-op. */
void charta_coverage_free(charta_coverage *c);
/* The indicators of field f naming goal g (1..17); 0 for an f or g out of range. */
size_t charta_coverage_at(const charta_coverage *c, size_t f, int goal);

#endif
