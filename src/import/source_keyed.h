/* source_keyed.h: what the readers of keyed data (SDMX-ML, Open SDG CSV) share: the
 * observations of a file, each with its series key (dimension values), area, period,
 * value and status, gathered and then put into the dataset as variables with their
 * breakdowns (DESIGN §3, dimensions) and, for months, quarters or days, aggregated to
 * years by the variable's `period` rule.
 *
 * Private to source_keyed.c, source_sdmx.c and source_opensdg.c. One kd_ctx lives for
 * one charta_source_load() call and owns everything it points to except the spec, the
 * dataset and the diagnostics sink.
 */
#ifndef CHARTA_SOURCE_KEYED_H
#define CHARTA_SOURCE_KEYED_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "charta/source.h"
#include "charta/util.h"

/* A period as SDMX TIME_PERIOD and ISO 8601 write it: the year, and for a shorter
 * period its number in the year (1-based) and how many such periods a year has. */
typedef struct kd_period {
    int year;
    int sub;   /* 0: the whole year */
    int n_sub; /* 12 months, 4 quarters, 2 halves, 52 weeks, 365 or 366 days */
    const char *kind; /* "year", "month", "quarter", "half-year", "week", "day" */
} kd_period;

/* Read "2020", "2020-A1", a split year "2020/21" or "2020/2021" (a financial or school
 * year: the year it starts in), "2020-S2", "2020-H1", "2020-Q3", "2020Q3", "2020-M07",
 * "2020-07", "2020-W05", "2020-07-14", "2020-D196", "2020-07-14T10:10[:00][Z|+01:00]"
 * (a reading counts for its day). false when s is none of these (or the year is
 * outside 1800..2200). */
bool charta_kd_period_parse(const char *s, kd_period *out);

/* One observation as read. */
typedef struct kd_obs {
    const char *combo; /* its dimension values, interned: "dim\x1fvalue\x1e..." by dim */
    double value;
    int var;  /* index into spec->vars */
    int area; /* dataset area index */
    int line;
    int16_t year;
    uint16_t sub, n_sub;
    char status;
} kd_obs;

/* How many of the dimension values of a source the check summary lists. */
enum { KD_MAX_SIGNS = 16 };

typedef struct kd_ctx {
    const charta_source_spec *spec;
    charta_dataset *ds;
    charta_diags *diags;
    const char *file;
    int input;
    charta_status st;
    int errors;
    bool stopped;
    charta_strpool *pool;
    kd_obs *obs;
    size_t n_obs, cap_obs;
    long read;      /* observations (or rows) read */
    long unmatched; /* observations of series no variable selects */
    long other_areas; /* observations of areas `area_codes` does not list */
    const char *first_unmatched; /* a series key no variable selects, for the warning */
    int first_unmatched_line;
    /* the signs seen (Open SDG footnote signs, SDMX OBS_STATUS codes) and how often */
    const char *sign[KD_MAX_SIGNS];
    long sign_n[KD_MAX_SIGNS];
    size_t n_signs;
    char *last_code; /* area lookup cache */
    int last_area;
} kd_ctx;

/* Start reading spec's file into ds as input `input`. false on out of memory (reported). */
bool charta_kd_begin(kd_ctx *k, const charta_source_spec *spec, charta_dataset *ds,
                     charta_diags *diags, int input);
/* Free what k owns (after charta_kd_finish, or instead of it after a failure). */
void charta_kd_end(kd_ctx *k);

/* A data error in the file at line/col (CHARTA_ERR_DATA); counts towards the cap of
 * errors per file and sets stopped when it is reached. */
void charta_kd_error(kd_ctx *k, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* The spec's variables that an observation of a series with these dimension values
 * (n pairs) selects: their indices into *vars (room for spec->n_vars), their number
 * returned. One that the source's `series` takes but no variable is counted in
 * k->unmatched (the first remembered for the warning); one that the source's `series`
 * leaves out is not counted: that is on purpose. */
size_t charta_kd_match(kd_ctx *k, const char *const *dims, const char *const *vals, size_t n,
                       int line, int *vars);

/* The dataset area of a file's area code, mapped through `area_codes` when map is true
 * (a code of the file; false for the project's own `area_value`): -1 when the code is
 * to be passed over (`area_codes` does not list it: the caller counts it) or cannot be
 * used (an error is reported: not an area of the project's closed list). */
int charta_kd_area(kd_ctx *k, const char *code, bool map, int line, int col);

/* Count a sign seen in the file (for the summary), by its text. */
void charta_kd_count_sign(kd_ctx *k, const char *sign);

/* Keep one observation of variable var: the series' dimension values (n pairs; the
 * area's and the period's dimensions left out by the caller), its area, period text
 * (an error when unreadable), value (ignored when status is M or C) and status.
 * false when the reading must stop (out of memory, reported). */
bool charta_kd_put(kd_ctx *k, int var, const char *const *dims, const char *const *vals,
                   size_t n, int area, const char *period, double value, char status, int line,
                   int col);

/* After the file: declare the variables with their breakdowns (a dimension whose value
 * never changes within a variable is no breakdown), make the years from shorter periods
 * by each variable's rule and put every value into the dataset; warn about series that
 * no variable selects and variables without a total. Returns the worst status of the
 * whole reading. */
charta_status charta_kd_finish(kd_ctx *k);

/* The status letter of an SDMX OBS_STATUS code (SDMX code list CL_OBS_STATUS 2.1):
 * A normal, J derogation, N not significant, W includes another category -> A;
 * B break; E estimated, F forecast, I imputed, T trend -> E; P provisional,
 * V unvalidated -> P; U low reliability, D definition differs, G experimental,
 * S strike -> U; M, L, O, H missing, K included in another category -> M; Q
 * suppressed, C confidential -> C. false for an unknown code. */
bool charta_kd_sdmx_status(const char *code, char *status);

#endif
