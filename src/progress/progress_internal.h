/* progress_internal.h: what the progress files share (progress.c, the
 * method files, progress_describe.c). Not a public contract. */
#ifndef CHARTA_PROGRESS_INTERNAL_H
#define CHARTA_PROGRESS_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "charta/progress.h"

/* One class of a method table: a measure x belongs to the first band (from
 * the top) with x >= from (x > from when strict). The last band has from =
 * -INFINITY. Thresholds are data: a revision of a method is an edit here. */
typedef struct charta_band {
    double from;
    bool strict;
    const char *category;
    int level;
} charta_band;

/* Measures computed with pow() are not exact: 5 years at exactly 1 %/yr
 * give 0.99999999999999 %. Within this distance a measure counts as on the
 * threshold (eurostat, unsd, dns; never statcan, which matches Python's
 * floating point exactly). */
#define CHARTA_PROGRESS_EPS 1e-9

/* The band of x (bands from the top, ending in from = -INFINITY); within eps of a
 * threshold counts as on it. Borrowed from bands. */
const charta_band *charta_band_pick(const charta_band *bands, double x, double eps);

/* Not assessable: category code, why, reason text (printf) written into t
 * (a->reason then points there). */
void charta_progress_na(charta_assessment *a, charta_progress_text *t, const char *code,
                        charta_progress_why why, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* Add a note bit and its words to the reason in t ("; "-separated). */
void charta_progress_note(charta_assessment *a, charta_progress_text *t, unsigned note,
                          const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* Index of the point of that year, -1 if none. */
long charta_points_find(const charta_point *p, size_t n, int year);
/* Index of the first point with year >= year, -1 if none. */
long charta_points_from(const charta_point *p, size_t n, int year);

/* +1 for up, -1 for down, 0 for none. */
int charta_dir_sign(charta_direction d);

/* p's progress_method of that name (borrowed), NULL if none or p is NULL. */
const charta_method_decl *charta_progress_find_lua(const charta_project *p, const char *name);

/* The not-assessable code of a method ("not_available" for statcan). */
const char *charta_progress_na_code(const char *method);

/* The start every built-in method shares: target and latest value into a;
 * the direction's sign (+1 up, -1 down), or 0 when a is already final (no
 * direction, no value: not assessable with the na code). */
int charta_progress_start(const charta_progress_input *in, charta_assessment *a,
                          charta_progress_text *t, const char *na);

#endif
