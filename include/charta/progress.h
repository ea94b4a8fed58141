/* progress.h: targets and progress assessment (DESIGN §4).
 *
 * Owns (src/progress/): the method tables (thresholds as data, at the top of each
 * method's file) and the assessments it writes into a result set (one array and one
 * pool of reason texts per result, freed by charta_results_free); a roll-up belongs
 * to its caller (charta_progress_rollup_free). Every other string it hands out is
 * static or borrowed from the project or the results.
 * Uses: results.h, project.h (direction, limit, targets, Lua method
 * declarations), dataset.h (areas, years) (model); diag.h, util.h (base). Never
 * Lua: a method written in Lua is called through a hook the engine provides
 * (charta_engine_progress_hook in engine.h).
 *
 * Every assessment keeps all its components, so that the workbook, the PDF,
 * data/progress.csv and `charta show` can show the working. Nothing here is
 * ever NaN in a category or crashes on odd data: a case a method cannot
 * judge gets the method's "not assessable" code, level CHARTA_LEVEL_NONE,
 * a why code and the reason in words.
 *
 * Methods (codes best first; the level in brackets):
 *   eurostat  EU SDG monitoring; short term (5 years) is the headline, the
 *             long term (15 years) hangs off it (long_term). With a target,
 *             RR = CAGR_actual / CAGR_required: significant_progress (3)
 *             >= 95 %, moderate_progress (1) >= 60 %, insufficient_progress
 *             (0) >= 0, movement_away (-1). Without: CAGR in the good
 *             direction significant_progress (2) >= 1 %/yr,
 *             moderate_progress (1) >= 0, moderate_movement_away (-1) > -1 %,
 *             significant_movement_away (-2). not_assessable.
 *   unsd      UN SDG Progress Chart 2023: Q = (v_e - v_b) / (target - v_b)
 *             with v_e the latest value carried on at its CAGR since 2015:
 *             on_track (3) >= 0.95, fair_progress (1) >= 0.10,
 *             stagnation_or_regression (-1). Without a target, CAGR in the
 *             good direction: substantial_progress (2) >= 2 %, fair_progress
 *             (1) >= 0.5 %, stagnation_or_regression (-1). not_assessable.
 *   statcan   Open SDG 2.4 (sdg-build ProgressMeasure.py), case for case:
 *             target_achieved (3), substantial_progress (3 with a target, 2
 *             without), moderate_progress (1), limited_progress (0),
 *             deterioration (-1), not_available; score in [-5, 5].
 *   dns       German Sustainability Strategy weather symbols: sun (3; 2
 *             without a target), partly_cloudy (2; 1), cloudy (0),
 *             thunderstorm (-1), not_assessable.
 *   <lua>     a city's progress_method: its declared codes and levels;
 *             not_assessable.
 */
#ifndef CHARTA_PROGRESS_H
#define CHARTA_PROGRESS_H

#include <stdbool.h>
#include <stddef.h>

#include "charta/diag.h"
#include "charta/hashtab.h"
#include "charta/project.h"
#include "charta/results.h"
#include "charta/util.h"

/* A level common to all methods, for colours and roll-ups:
 * 3 target met / on track, 2 good progress, 1 moderate, 0 insufficient /
 * stagnation, -1 moving away, -2 moving away significantly. */
enum {
    CHARTA_LEVEL_MIN = -2,
    CHARTA_LEVEL_MAX = 3,
    CHARTA_LEVEL_NONE = -99, /* not assessable */
};

/* Why an assessment could not be made. */
typedef enum charta_progress_why {
    CHARTA_WHY_NONE = 0,            /* assessed */
    CHARTA_WHY_NO_DIRECTION,        /* direction "none": nothing is better */
    CHARTA_WHY_NO_DATA,             /* no value up to the report year */
    CHARTA_WHY_TOO_FEW,             /* too few years or values for the method */
    CHARTA_WHY_NOT_POSITIVE,        /* a growth rate needs values above zero */
    CHARTA_WHY_CROSSES_ZERO,        /* base and latest value lie on both sides of zero */
    CHARTA_WHY_BEFORE_BASE,         /* every value lies before the base year */
    CHARTA_WHY_TARGET_YEAR_AT_BASE, /* the target year is the base year */
    CHARTA_WHY_TARGET_AT_BASE,      /* statcan: the target equals the base value */
    CHARTA_WHY_NO_TARGET_BASE,      /* a 'change' target's base year has no value */
    CHARTA_WHY_OVERFLOW,            /* statcan: a growth rate overflows */
    CHARTA_WHY_METHOD,              /* a Lua method returned nil (its reason in reason) */
    CHARTA_WHY_COUNT
} charta_progress_why;

/* Notes on an assessment (bits of charta_assessment.notes). */
enum {
    CHARTA_NOTE_TARGET_REACHED = 1u << 0,  /* the latest value meets the target */
    CHARTA_NOTE_AT_LIMIT = 1u << 1,        /* at the natural limit: best trend category */
    CHARTA_NOTE_TARGET_PASSED = 1u << 2,   /* the target year lies before the latest year */
    CHARTA_NOTE_BASE_MOVED = 1u << 3,      /* no value in the base year: the next one used */
    CHARTA_NOTE_ZERO_BASE = 1u << 4,       /* statcan: base value 0 taken as 0.001 */
    CHARTA_NOTE_ZERO_TARGET = 1u << 5,     /* statcan: target 0 taken as 0.001 */
    CHARTA_NOTE_FELL_BACK = 1u << 6,       /* the target was met at the start, no longer */
    CHARTA_NOTE_LIMIT_IGNORED = 1u << 7,   /* statcan: a limit is not used with a target */
    CHARTA_NOTE_SHORT_PERIOD = 1u << 8,    /* fewer years than the method's full period */
    CHARTA_NOTE_TARGET_BEFORE = 1u << 9,   /* eurostat: target year before the period: trend */
    CHARTA_NOTE_SCORE_DIFFERS = 1u << 10,  /* statcan: the score's status is another one */
    CHARTA_NOTE_NEGATIVE_RATIO = 1u << 11, /* statcan: target/base < 0: Python's complex power */
    CHARTA_NOTE_METHOD = 1u << 12,         /* a Lua method's own note (in reason) */
    CHARTA_NOTE_BREAK = 1u << 13,          /* assessed from break_year on: a break in series */
};

typedef struct charta_assessment {
    /* pointers, then doubles, then ints, for little padding: a result holds
     * one per area (two for eurostat), so the size counts */
    const char *method;   /* "eurostat", "unsd", "statcan", "dns" or a Lua method's name */
    const char *category; /* method's own code, e.g. "moderate_progress"; never NULL */
    /* why not assessable, or notes (English); "" otherwise; never NULL. From
     * a method it points into the caller's charta_progress_text; in a result
     * into the result's assess_text (results.h) */
    const char *reason;
    const char *term;                    /* eurostat: "short" or "long"; NULL otherwise */
    struct charta_assessment *long_term; /* eurostat headline: the 15-year one (same array) */
    const char *score_category; /* statcan: Open SDG's status from the score; NULL otherwise */
    /* CHARTA_NOTE_BREAK: the declared break (its reason), borrowed from the project;
     * NULL for a break only flagged B in the data */
    const charta_break_decl *series_break;
    double base_value, latest_value, target_value;
    double cagr_actual, cagr_required; /* percent per year; NaN when not used */
    double ratio;                      /* RR, Q or the progress value; NaN when not used */
    double score;                      /* statcan series score; NaN otherwise */
    double projected_value; /* unsd, dns: the value expected in the target year; NaN otherwise */
    double change_per_year; /* dns: average annual change, last 5 years (units); NaN otherwise */
    double change_last;     /* dns without target: the last annual change; NaN otherwise */
    /* small types: 440,000 assessments in a national run */
    short level;                               /* see above; CHARTA_LEVEL_NONE: not assessable */
    short base_year, latest_year, target_year; /* 0 when not used */
    short break_year; /* CHARTA_NOTE_BREAK: the first year assessed; 0 otherwise */
    /* the working, beyond the common components */
    unsigned char why;     /* a charta_progress_why; CHARTA_WHY_NONE when assessed */
    unsigned short notes;  /* CHARTA_NOTE_* bits */
    unsigned char period_years; /* eurostat: 5 or 15; 0 otherwise */
    bool with_target;
} charta_assessment;

/* --- one series ------------------------------------------------------------ */

typedef struct charta_point {
    int year;
    double value; /* finite */
} charta_point;

/* What a method sees of one (indicator, area). */
typedef struct charta_progress_input {
    const charta_point *points; /* ascending years, values only, up to the report year */
    size_t n_points;
    charta_direction direction;
    bool has_limit;
    double limit;
    bool has_target; /* the target that applies (progress.c picks the milestone) */
    int target_year;
    double target_value; /* resolved: a 'change' target is already a value */
    int base_year;       /* a value target's base year ({ value = 0, base = 2015 }): where
                          * unsd and statcan start; 0 = their default (2015) */
    /* for Lua methods and messages (may be NULL) */
    const char *indicator, *area, *area_name, *unit;
    const charta_target *target; /* the declared target, NULL without */
} charta_progress_input;

/* Room for one assessment's reason while a method writes it (a longer
 * reason is cut). The caller owns it; out->reason points into it (or to "")
 * until the caller copies the text or reuses the room. */
typedef struct charta_progress_text {
    char s[200];
} charta_progress_text;

/* The built-in methods on one series. They never fail and never allocate;
 * out is overwritten, its reason (if any) written into t (out->reason points there
 * or to a static ""; the other strings of out are static). eurostat takes the
 * period: 5 (short) or 15 (long). */
void charta_progress_eurostat(const charta_progress_input *in, int years, charta_assessment *out,
                              charta_progress_text *t);
void charta_progress_unsd(const charta_progress_input *in, charta_assessment *out,
                          charta_progress_text *t);
void charta_progress_statcan(const charta_progress_input *in, charta_assessment *out,
                             charta_progress_text *t);
void charta_progress_dns(const charta_progress_input *in, charta_assessment *out,
                         charta_progress_text *t);

/* Open SDG's status code from a score (get_progress_status_from_score):
 * "target_achieved" when target_achieved, "not_available" for NaN or a score
 * outside [-5, 5]; a static string. */
const char *charta_progress_statcan_status(double score, bool target_achieved);

/* An assessment with nothing filled in: numbers NaN, years 0, the method's
 * not-assessable code as category ("not_available" for statcan, else
 * "not_assessable"), level CHARTA_LEVEL_NONE, reason "". method is kept as given
 * (borrowed). */
void charta_progress_clear(charta_assessment *a, const char *method);

/* --- the stage -------------------------------------------------------------- */

/* A progress method written in Lua, called for one series; the engine
 * provides it (charta_engine_progress_hook, ctx = the engine). Fills out
 * (charta_progress_clear'ed before the call), its reason into t, or reports
 * an error. */
typedef charta_status (*charta_progress_hook)(void *ctx, const char *method,
                                              const charta_progress_input *in,
                                              charta_assessment *out, charta_progress_text *t,
                                              charta_diags *d);

/* Options; zero means the default. */
typedef struct charta_progress_opts {
    const char *method; /* NULL: the project's report { progress = ... }, else "eurostat" */
    int year_last;      /* the last year assessed (the report year); 0 = the dataset's last */
    charta_progress_hook custom; /* needed for a Lua method only */
    void *custom_ctx;
} charta_progress_opts;

/* True for "eurostat", "unsd", "statcan", "dns"; false for NULL. */
bool charta_progress_is_builtin(const char *method);
/* The built-in method names, a static NULL-terminated array. */
const char *const *charta_progress_builtins(void);

/* The method the report uses: method if given, else report.progress, else
 * "eurostat". Checks that it exists (a built-in or a progress_method of
 * the project): else CHARTA_ERR_SCRIPT at the report's file:line with a
 * suggestion (CHARTA_ERR_USAGE, no location, when method was given);
 * CHARTA_ERR_NOMEM. Call it right after loading for an early error; the stage
 * calls it again. */
charta_status charta_progress_check(const charta_project *p, const char *method, charta_diags *d);

/* Assess every indicator in every area with the report's method, into each
 * result's `assess` (an earlier array is replaced; the reasons, interned,
 * in its `assess_text`; both owned by the results). o may be NULL (all defaults).
 * Checks the method (as charta_progress_check) and the targets' areas first
 * (CHARTA_ERR_SCRIPT at the indicator's file:line for an unknown area code); a Lua
 * method without o->custom is CHARTA_ERR_INTERNAL. Per (indicator, area): the points
 * up to the report year, the target for that area (its own targets if it has any,
 * else the general ones; of the milestones the first not before the latest
 * year with a value, else the last), a 'change' target resolved against
 * the area's value in its base year. A break in series (a series_break declared for
 * a variable the indicator reads, directly or through other indicators, or a cell
 * with status B in the area's series; the latest up to the report year) limits the
 * points to the years from the break on; where that shortens the span the method
 * would have used, the assessment notes it (CHARTA_NOTE_BREAK, break_year,
 * series_break, "assessed from <year> on: break in series - <reason>" in reason),
 * and too few years left make it not assessable with that note. Errors of a Lua method stop the stage
 * (its diagnostic is at the script's line); then, as after CHARTA_ERR_NOMEM, every
 * `assess` is NULL again. */
charta_status charta_progress_assess(charta_results *r, const charta_progress_opts *o,
                                     charta_diags *d);

/* The method of the assessments in r (borrowed), NULL before the stage (or with no
 * areas). */
const char *charta_progress_method_of(const charta_results *r);

/* --- categories, labels, roll-ups ----------------------------------------- */

/* The category codes of a method, best first, the not-assessable code last
 * (for a Lua method from its declaration in p, which may be NULL for the
 * built-ins). Returns the full count (0 for a NULL method) and puts the first
 * cap of them (static or borrowed from p) into codes[0..cap); codes may be NULL
 * when cap is 0, to ask for the count. */
size_t charta_progress_categories(const charta_project *p, const char *method, const char **codes,
                                  size_t cap);

/* The label of a category in lang (exactly "de", else English), e.g. "mäßige
 * Fortschritte"; the code itself for a Lua method, "" for a NULL category. with_target
 * picks the wording where a method words them apart (eurostat). A static string or
 * category itself. */
const char *charta_progress_label(const char *method, const char *category, bool with_target,
                                  const char *lang);
/* A method's name for readers in lang (exactly "de", else English): "Eurostat (EU SDG
 * monitoring)", ...; a Lua method's own name, "" for NULL. Static or method itself. */
const char *charta_progress_method_title(const char *method, const char *lang);

/* Counts per category for one group of indicators. */
typedef struct charta_progress_group {
    char *key;                  /* field id, SDG goal ("11"), or "" for all */
    size_t n_indicators;        /* in the group */
    size_t *counts;             /* per category, parallel to charta_progress_rollup.codes */
    double mean_score;          /* statcan: mean of the scores (Open SDG's indicator score); NaN */
    const char *score_category; /* statcan: status of the mean score; NULL otherwise */
} charta_progress_group;

typedef struct charta_progress_rollup {
    const char *method;
    size_t area;        /* the area the roll-up is about */
    const char **codes; /* categories, best first, not assessable last */
    size_t n_codes;
    charta_hashtab code_index; /* codes by name */
    charta_progress_group all;     /* every indicator */
    charta_progress_group *fields; /* per action field, in project order (fields with indicators) */
    size_t n_fields;
    charta_progress_group *sdgs; /* per SDG goal, 1..17 (goals with indicators) */
    size_t n_sdgs;
} charta_progress_rollup;

/* Count the headline assessments of area (usually charta_dataset_root) per
 * action field and per SDG goal (an indicator with several targets of one
 * goal counts once there). NULL on out of memory, before the stage ran, or for an
 * area out of range. The caller frees it with charta_progress_rollup_free; its
 * group keys and counts are its own, method and codes are borrowed from r's project
 * or static. */
charta_progress_rollup *charta_progress_rollup_new(const charta_results *r, size_t area);
/* Free a roll-up and its groups; NULL is a no-op. */
void charta_progress_rollup_free(charta_progress_rollup *ru);

/* --- the vocabulary: a category as readers see it ------------------------- */

/* One category of a method as every renderer shows it (the PDF's legend, tiles
 * and tables, the workbook, `charta show`): its words, symbol and colour, from
 * one table per built-in method (progress_vocab.c) or a progress_method's
 * declaration. A built-in method's terms are its codes, worded apart with and
 * without a target where the method words them apart (eurostat), led by
 * "target met" (the latest value meets the target: ✔; statcan's
 * target_achieved), which is never "on track"; the not-assessable term last. */
typedef struct charta_progress_term {
    const char *code;   /* the category's code; "target_met" for a met target */
    int level;          /* progress level (3 .. -2), CHARTA_LEVEL_NONE not assessable */
    const char *symbol; /* one character, UTF-8, e.g. "✔", "↗", "☀" */
    unsigned colour;    /* 0xRRGGBB, the symbol's background */
    const char *de, *en; /* the words, lower case */
} charta_progress_term;

/* The number of terms of method (built-in, or p's progress_method; p may be NULL for
 * the built-ins), best first, the not-assessable term last; 0 for NULL or an unknown
 * Lua method. */
size_t charta_progress_term_count(const charta_project *p, const char *method);
/* The k-th term of method (k < charta_progress_term_count): strings static or
 * borrowed from p. Out of range: the not-assessable term. */
charta_progress_term charta_progress_term_at(const charta_project *p, const char *method,
                                             size_t k);
/* The index of an assessment's term among its method's (a met target: the
 * target-met term; not assessable: the last). For a Lua method p must be its
 * project; without it (or for a category it does not declare) the last index. */
size_t charta_progress_term_index(const charta_project *p, const charta_assessment *a);
/* The term of an assessment (charta_progress_term_at of its index); a Lua method
 * without p: its code as words, the level's symbol and colour. */
charta_progress_term charta_progress_term_of(const charta_project *p,
                                             const charta_assessment *a);
/* The words of t in lang (exactly "de", else English). Borrowed from t. */
const char *charta_progress_term_words(const charta_progress_term *t, const char *lang);
/* The symbol and colour a level has when a method declares none (3 ⇑, 2 ↑, 1 ↗,
 * 0 →, -1 ↘, -2 ↓, not assessable –; ColorBrewer RdYlBu, blue is good). */
const char *charta_progress_level_symbol(int level);
unsigned charta_progress_level_colour(int level);

/* --- words --------------------------------------------------------------- */

/* One or two sentences with the working, in lang (exactly "de", else English), e.g.
 * "Moderate progress towards the target (Eurostat, short term 2019–2024): from
 * 412 kg/inh. in 2019 to 398.2 kg/inh. in 2024, −0.68 % a year; reaching 380
 * kg/inh. by 2030 needs −0.74 % a year: the pace is 92 % of that." Appended to
 * out. Without the indicator: no unit, about four significant digits, and the
 * category words of a Lua method are its code. */
void charta_progress_describe(const charta_assessment *a, const char *lang, charta_buf *out);
/* The same with the indicator's unit and direction (ind may be NULL), values with
 * decimals places (the table's; -1: the indicator's `decimals`, else about four
 * significant digits) and the words of p's vocabulary (p may be NULL for the
 * built-ins). With long_term (eurostat) the long-term assessment follows, or, when
 * it is not assessable for the same reason, that reason is said once. Appended to
 * out. */
void charta_progress_describe_for(const charta_project *p, const charta_indicator *ind,
                                  int decimals, const charta_assessment *a, bool long_term,
                                  const char *lang, charta_buf *out);

/* What `charta show` prints under the values: the method, one line per area
 * (category, base -> latest, the measure; only the areas whose entry in shown is
 * true, every area when shown is NULL), the long term for eurostat, then the
 * sentence for the subject area. Nothing before the stage ran or for an indicator
 * out of range. Appended to out (check out->oom). */
void charta_progress_show(const charta_results *r, size_t indicator, const char *lang,
                          const bool *shown, charta_buf *out);

#endif
