/* progress_statcan.c: the Open SDG 2.4 progress measure (Statistics Canada's
 * method as published in sdg-build, sdg/ProgressMeasure.py, classes
 * SeriesProgress and IndicatorProgress), case for case.
 *
 * The published code is Python; charta reproduces its floating point: the
 * same operations in the same order (this file is built with
 * -ffp-contract=off), Python's float power where it differs from C's pow
 * (a negative base with a fractional exponent gives a complex number, of
 * which the code takes the modulus), and each place where the code raises
 * (all values before the base year, a target year equal to the base year,
 * a target equal to the base value, an overflowing growth rate) becomes
 * not_available with the reason. tests/unit/progress/statcan_cases.tsv
 * holds 75 series with the values that code gives.
 *
 * Where charta differs on purpose: direction "none" is not_available
 * (sdg-build reads a missing direction as "negative").
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "progress_internal.h"

/* --- the method table -------------------------------------------------- */

enum { STATCAN_BASE_YEAR = 2015, STATCAN_TARGET_YEAR = 2030 };

/* get_progress_thresholds: method 1 (no target) and method 2 (target). */
static const struct {
    double high, med, low;
} statcan_thresholds[2] = {{0.015, 0.005, 0.0}, {0.95, 0.6, 0.0}};

/* the limit coefficient's exponent */
static const double statcan_limit_exponent = 4.44;

/* levels of the series status, with and without a target */
static int
status_level(const char *status, int method)
{
    if (!strcmp(status, "target_achieved"))
        return 3;
    if (!strcmp(status, "substantial_progress"))
        return method == 2 ? 3 : 2;
    if (!strcmp(status, "moderate_progress"))
        return 1;
    if (!strcmp(status, "limited_progress"))
        return 0;
    if (!strcmp(status, "deterioration"))
        return -1;
    return CHARTA_LEVEL_NONE;
}

/* --- Python's arithmetic ------------------------------------------------ */

/* Python's min(a, b) and max(a, b): the first unless the second is smaller
 * (greater). */
static double
py_min(double a, double b)
{
    return b < a ? b : a;
}

static double
py_max(double a, double b)
{
    return b > a ? b : a;
}

/* growth_calculation(val1, val2, t1, t2) = (val1/val2) ** (1/(t1-t2)) - 1
 * with Python floats. Returns false where Python raises (division by zero,
 * overflow); *modulus_only is set when the power is complex (only its
 * modulus |c - 1| is meaningful, which is all the code uses). */
static bool
py_growth(double v1, double v2, int t1, int t2, double *out, bool *complex_power)
{
    *complex_power = false;
    if (t1 == t2 || v2 == 0)
        return false; /* ZeroDivisionError */
    double ratio = v1 / v2;
    double e = 1.0 / (double)(t1 - t2);
    if (ratio == 0 && e < 0)
        return false; /* 0.0 cannot be raised to a negative power */
    if (ratio < 0 && e != floor(e)) {
        /* float ** float with a negative base: complex power (_Py_c_pow) */
        double len = pow(fabs(ratio), e);
        double phase = atan2(0.0, ratio) * e;
        double re = len * cos(phase), im = len * sin(phase);
        *out = hypot(re - 1.0, im); /* abs(complex - 1) */
        *complex_power = true;
        return isfinite(*out);
    }
    double r = pow(ratio, e);
    if (isinf(r))
        return false; /* OverflowError */
    *out = r - 1.0;
    return true;
}

/* get_progress_status */
static const char *
series_status(bool have_value, double value, double high, double med, double low,
              bool target_achieved)
{
    if (target_achieved)
        return "target_achieved";
    if (have_value) {
        if (value >= high)
            return "substantial_progress";
        else if (med <= value && value < high)
            return "moderate_progress";
        else if (low <= value && value < med)
            return "limited_progress";
        else if (value < low)
            return "deterioration";
    }
    return "not_available";
}

const char *
charta_progress_statcan_status(double score, bool target_achieved)
{
    if (target_achieved)
        return "target_achieved";
    if (isnan(score))
        return "not_available";
    if (2.5 <= score && score <= 5)
        return "substantial_progress";
    if (0 <= score && score < 2.5)
        return "moderate_progress";
    if (-2.5 <= score && score < 0)
        return "limited_progress";
    if (-5 <= score && score < -2.5)
        return "deterioration";
    return "not_available";
}

/* get_score; NaN for None */
static double
series_score(bool target_achieved, bool have_value, double pv, int method, double high, double med,
             double low, double coeff)
{
    if (target_achieved)
        return 5;
    if (!have_value)
        return NAN;
    if (method == 1) {
        if (pv < low)
            return py_max(125 * pv - 2.5, -5);
        if (coeff == 0)
            return 5;
        if (pv >= high)
            return py_min(500 * pv / coeff - 5, 5);
        if (pv >= med)
            return 250 * pv / coeff - 1.25;
        if (pv >= low)
            return 500 * pv / coeff - 2.5;
        return NAN;
    }
    if (pv >= high)
        return py_min((7.1429 * pv) - 4.2857, 5);
    if (pv >= med)
        return py_min((7.1429 * pv) - 4.2857, 5);
    if (pv >= low)
        return py_max((4.1667 * pv) - 2.5, -5);
    if (pv < low)
        return py_max((4.1667 * pv) - 2.5, -5);
    return NAN;
}

/* --- the series ---------------------------------------------------------- */

/* SeriesProgress's attributes, as the published code sets them in turn. */
typedef struct statcan_series {
    int method;    /* 1 without a target, 2 with one */
    int direction; /* 1 positive, -1 negative */
    double target; /* a target of 0 taken as 0.001 */
    int target_year;
    const charta_point *current; /* the latest value */
    int base_year;
    double base_value; /* as read: the messages name it even when it is 0 */
    int sign;
    double high, med, low, coeff; /* progress_thresholds, coefficient */
    bool target_achieved;
    bool have_value; /* progress_value is not None */
    double progress_value;
    charta_progress_why why; /* why progress_value is None */
} statcan_series;

/* The base year and value: the configured year, else the next year with a
 * value. False where the published code raises (no value after the base
 * year), recorded as not_available. */
static bool
find_base(const charta_progress_input *in, charta_assessment *a, charta_progress_text *t,
          statcan_series *s)
{
    const char *na = "not_available";
    int cfg_base = in->base_year ? in->base_year : STATCAN_BASE_YEAR;
    long b = charta_points_find(in->points, in->n_points, cfg_base);
    if (b < 0) {
        for (size_t i = 0; i < in->n_points && b < 0; i++)
            if (in->points[i].year > cfg_base)
                b = (long)i;
        if (b < 0) {
            charta_progress_na(a, t, na, CHARTA_WHY_BEFORE_BASE,
                               "every value lies before the base year %d (sdg-build raises)",
                               cfg_base);
            return false;
        }
        charta_progress_note(a, t, CHARTA_NOTE_BASE_MOVED, "no value in %d: base %d", cfg_base,
                             in->points[b].year);
    }
    s->base_year = in->points[b].year;
    s->base_value = in->points[b].value;
    a->base_year = s->base_year;
    a->base_value = s->base_value;
    return true;
}

/* get_progress_thresholds: method 1 reduces them by the limit coefficient
 * near a limit; method 2 ignores a limit. */
static void
set_thresholds(const charta_progress_input *in, charta_assessment *a, charta_progress_text *t,
               statcan_series *s)
{
    int method = s->method;
    double high = statcan_thresholds[method - 1].high, med = statcan_thresholds[method - 1].med,
           low = statcan_thresholds[method - 1].low, coeff = 1;
    if (in->has_limit && method == 1) {
        double bv = fabs(s->base_value), lim = fabs(in->limit), e = statcan_limit_exponent;
        if (bv >= 2 * lim)
            coeff = 1;
        else if (bv <= lim)
            coeff = 1 - pow(bv / lim, e);
        else
            coeff = 1 - pow((2 * lim - bv) / lim, e);
        high *= coeff;
        med *= coeff;
        low *= coeff;
    } else if (in->has_limit) {
        charta_progress_note(a, t, CHARTA_NOTE_LIMIT_IGNORED, "limit %g not used with a target",
                             in->limit);
    }
    s->high = high, s->med = med, s->low = low, s->coeff = coeff;
}

/* calculate_progress_value with methodology_1 and methodology_2: sets
 * have_value and progress_value, or why where the code returns None.
 * False where the code raises, recorded as not_available. */
static bool
calculate_progress_value(charta_assessment *a, charta_progress_text *t, statcan_series *s)
{
    const char *na = "not_available";
    const charta_point *cur = s->current;
    int base_year = s->base_year;
    double bv = s->base_value;
    if (bv == 0) {
        bv = 0.001;
        charta_progress_note(a, t, CHARTA_NOTE_ZERO_BASE, "base value 0 taken as 0.001");
    }
    if ((bv > 0 && cur->value < 0) || (bv < 0 && cur->value > 0)) {
        s->why = CHARTA_WHY_CROSSES_ZERO;
        return true;
    }
    if (base_year > cur->year || cur->year - base_year < 1) {
        s->why = CHARTA_WHY_TOO_FEW;
        return true;
    }
    double cagr_o, cagr_r;
    bool cx;
    if (!py_growth(cur->value, bv, cur->year, base_year, &cagr_o, &cx)) {
        charta_progress_na(a, t, na, CHARTA_WHY_OVERFLOW,
                           "the growth rate overflows (sdg-build raises)");
        return false;
    }
    a->cagr_actual = cagr_o * 100;
    if (s->method == 1) {
        s->progress_value = s->sign * s->direction * cagr_o;
    } else {
        if (s->target_year == base_year) {
            charta_progress_na(a, t, na, CHARTA_WHY_TARGET_YEAR_AT_BASE,
                               "the target year is the base year %d (sdg-build raises)", base_year);
            return false;
        }
        if (!py_growth(s->target, bv, s->target_year, base_year, &cagr_r, &cx)) {
            charta_progress_na(a, t, na, CHARTA_WHY_OVERFLOW,
                               "the required growth rate overflows (sdg-build raises)");
            return false;
        }
        double mod = cx ? cagr_r : fabs(cagr_r);
        if (cx)
            charta_progress_note(a, t, CHARTA_NOTE_NEGATIVE_RATIO,
                                 "target and base value differ in sign: |required growth| "
                                 "is the modulus of a complex power, as in Python");
        else
            a->cagr_required = cagr_r * 100;
        if (mod == 0) {
            charta_progress_na(a, t, na, CHARTA_WHY_TARGET_AT_BASE,
                               "the target equals the base value %g (sdg-build raises)",
                               s->base_value);
            return false;
        }
        s->progress_value = s->sign * s->direction * cagr_o / mod;
    }
    s->have_value = true;
    return true;
}

/* get_progress_status and get_score, into a with the notes; the reason
 * where the status is not_available. */
static void
record_status(charta_assessment *a, charta_progress_text *t, const statcan_series *s)
{
    const char *na = "not_available";
    bool achieved = s->target_achieved, have = s->have_value;
    double pv = s->progress_value;
    if (have)
        a->ratio = pv;
    const char *status = series_status(have, pv, s->high, s->med, s->low, achieved);
    a->score = series_score(achieved, have, pv, s->method, s->high, s->med, s->low, s->coeff);
    a->score_category = charta_progress_statcan_status(a->score, achieved);
    a->category = status;
    a->level = status_level(status, s->method);
    if (achieved)
        charta_progress_note(a, t, CHARTA_NOTE_TARGET_REACHED, "target %g reached", s->target);
    if (!strcmp(status, "not_available")) {
        charta_progress_why why = s->why;
        a->why = why ? why : CHARTA_WHY_TOO_FEW;
        if (why == CHARTA_WHY_CROSSES_ZERO)
            charta_progress_na(a, t, na, why,
                               "base value %g (%d) and latest value %g (%d) differ "
                               "in sign",
                               s->base_value, s->base_year, s->current->value, s->current->year);
        else
            charta_progress_na(a, t, na, a->why, "needs a value after the base year %d",
                               s->base_year);
        return;
    }
    if (strcmp(a->score_category, status) != 0)
        charta_progress_note(a, t, CHARTA_NOTE_SCORE_DIFFERS,
                             "the score %.4f reads as %s (Open SDG's indicator status)", a->score,
                             a->score_category);
}

void
charta_progress_statcan(const charta_progress_input *in, charta_assessment *a,
                        charta_progress_text *t)
{
    charta_progress_clear(a, "statcan");
    const char *na = "not_available";
    a->score_category = "not_available";
    if (in->n_points) {
        a->latest_year = in->points[in->n_points - 1].year;
        a->latest_value = in->points[in->n_points - 1].value;
    }
    if (in->direction == CHARTA_DIR_NONE) {
        charta_progress_na(a, t, na, CHARTA_WHY_NO_DIRECTION, "direction is none");
        return;
    }
    statcan_series s = {
        .method = in->has_target ? 2 : 1,
        .direction = in->direction == CHARTA_DIR_UP ? 1 : -1,
        .target = in->target_value,
        .target_year = in->has_target ? in->target_year : STATCAN_TARGET_YEAR,
        .progress_value = NAN,
    };
    if (in->has_target) {
        a->with_target = true;
        a->target_year = s.target_year;
        a->target_value = s.target;
        if (s.target == 0) {
            s.target = 0.001;
            charta_progress_note(a, t, CHARTA_NOTE_ZERO_TARGET, "target 0 taken as 0.001");
        }
    }
    if (!in->n_points) {
        charta_progress_na(a, t, na, CHARTA_WHY_NO_DATA, "no value");
        return;
    }
    s.current = &in->points[in->n_points - 1];
    a->latest_year = s.current->year;
    a->latest_value = s.current->value;
    if (!find_base(in, a, t, &s))
        return;
    s.sign = s.base_value < 0 ? -1 : 1;
    set_thresholds(in, a, t, &s);
    /* is_target_achieved */
    s.target_achieved = in->has_target && ((s.direction == -1 && s.current->value <= s.target) ||
                                           (s.direction == 1 && s.current->value >= s.target));
    if (!calculate_progress_value(a, t, &s))
        return;
    record_status(a, t, &s);
}
