/* progress.h: targets and progress assessment (DESIGN §4).
 *
 * Owns: the method tables (thresholds as data) and the assessments it
 * writes into a result set.
 * Uses: results.h, project.h (direction, targets), dataset.h (areas, years).
 * Every assessment keeps all its components, so that the workbook, the
 * PDF, data/progress.csv and `charta show` can show the working. Nothing
 * here is ever NaN in a category or crashes on odd data: a case a method
 * cannot judge is "not_assessable" with the reason.
 */
#ifndef CHARTA_PROGRESS_H
#define CHARTA_PROGRESS_H

#include <stdbool.h>
#include <stddef.h>

#include "charta/diag.h"
#include "charta/results.h"

/* A level common to all methods, for colours and roll-ups:
 * 3 target met / on track, 2 good progress, 1 moderate, 0 insufficient /
 * stagnation, -1 moving away, -2 moving away significantly. */
enum {
    CHARTA_LEVEL_NONE = -99, /* not assessable */
};

typedef struct charta_assessment {
    const char *method;   /* "eurostat", "unsd", "statcan", "dns" or a Lua method's name */
    const char *category; /* method's own code, e.g. "moderate_progress"; never NULL */
    int level;            /* see above; CHARTA_LEVEL_NONE when not assessable */
    bool with_target;
    int base_year, latest_year, target_year; /* 0 when not used */
    double base_value, latest_value, target_value;
    double cagr_actual, cagr_required; /* percent per year; NaN when not used */
    double ratio;                      /* RR, Q or the progress value; NaN when not used */
    double score;                      /* statcan series score; NaN otherwise */
    char reason[200];                  /* why not assessable, or a note; "" otherwise */
} charta_assessment;

#endif
