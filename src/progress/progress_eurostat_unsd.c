/* progress_eurostat_unsd.c: the two growth-rate methods, Eurostat's EU SDG
 * monitoring and the UN SDG Progress Chart (progress.h).
 *
 * Both measure a compound annual growth rate, CAGR = (v_t / v_0)^(1/(t -
 * t_0)) - 1, which is defined for positive values only (a latest value of
 * zero gives -100 %). Eurostat compares it with the rate the target needs
 * (or, without a target, with fixed rates) over the last 5 and 15 years;
 * the UN carries the latest value on at that rate to the target year and
 * asks which share of the way from the 2015 value to the target it covers.
 *
 * Rules charta adds where the programmes say nothing, the same for both:
 * - a target the latest value already meets is the best category, noted;
 * - a start value that met the target while the latest does not is moving
 *   away (the required rate would point the wrong way), noted;
 * - without a target, a latest value at the indicator's natural limit is
 *   the best trend category, noted (a share of 100 % cannot grow).
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "progress_internal.h"

/* --- the method tables (percent per year, ratios as fractions) ------------ */

/* Eurostat, indicators with a quantitative target: RR = CAGR_a / CAGR_r. */
static const charta_band eurostat_target[] = {
    {0.95, false, "significant_progress", 3},
    {0.60, false, "moderate_progress", 1},
    {0.0, false, "insufficient_progress", 0},
    {-INFINITY, false, "movement_away", -1},
};

/* Eurostat, no target: CAGR in the desired direction, percent per year. */
static const charta_band eurostat_trend[] = {
    {1.0, false, "significant_progress", 2},
    {0.0, false, "moderate_progress", 1},
    {-1.0, true, "moderate_movement_away", -1},
    {-INFINITY, false, "significant_movement_away", -2},
};

/* Eurostat's periods: years back from the latest value, and the shortest
 * period still assessed when the first years lack data. */
static const struct {
    int years, min_years;
    const char *term;
} eurostat_periods[] = {{5, 3, "short"}, {15, 10, "long"}};

/* UN SDG Progress Chart, with a target: Q = (v_e - v_b) / (target - v_b). */
static const charta_band unsd_target[] = {
    {0.95, false, "on_track", 3},
    {0.10, false, "fair_progress", 1},
    {-INFINITY, false, "stagnation_or_regression", -1},
};

/* UN, no target: CAGR in the desired direction, percent per year. */
static const charta_band unsd_trend[] = {
    {2.0, false, "substantial_progress", 2},
    {0.5, false, "fair_progress", 1},
    {-INFINITY, false, "stagnation_or_regression", -1},
};

enum { UNSD_BASE_YEAR = 2015 };

static void
set_band(charta_assessment *a, const charta_band *b)
{
    a->category = b->category;
    a->level = b->level;
}

/* CAGR (a fraction) from (y0, v0) to (y1, v1); false when a value rules
 * it out (v0 <= 0 or v1 < 0). */
static bool
cagr(int y0, double v0, int y1, double v1, double *out)
{
    if (!(v0 > 0) || v1 < 0 || y1 <= y0)
        return false;
    *out = pow(v1 / v0, 1.0 / (double)(y1 - y0)) - 1.0;
    return isfinite(*out);
}

static bool
at_limit(const charta_progress_input *in, double v)
{
    return in->has_limit && charta_dir_sign(in->direction) * (v - in->limit) >= 0;
}

/* --- eurostat ----------------------------------------------------------------- */

void
charta_progress_eurostat(const charta_progress_input *in, int years, charta_assessment *a,
                         charta_progress_text *t)
{
    charta_progress_clear(a, "eurostat");
    size_t k = years >= 15 ? 1 : 0;
    a->period_years = eurostat_periods[k].years;
    a->term = eurostat_periods[k].term;
    const char *na = "not_assessable";
    int dir = charta_progress_start(in, a, t, na);
    if (!dir)
        return;
    const charta_point *last = &in->points[in->n_points - 1];
    a->latest_year = last->year;
    a->latest_value = last->value;
    bool reached = in->has_target && dir * (last->value - in->target_value) >= 0;
    int t0 = last->year - a->period_years;
    long s = charta_points_from(in->points, in->n_points, t0);
    bool period_ok = s >= 0 && last->year - in->points[s].year >= eurostat_periods[k].min_years;
    if (period_ok) {
        a->base_year = in->points[s].year;
        a->base_value = in->points[s].value;
        if (a->base_year > t0)
            charta_progress_note(a, t, CHARTA_NOTE_SHORT_PERIOD, "period %d-%d (no value in %d)",
                                 a->base_year, last->year, t0);
    }
    double g = NAN; /* percent per year */
    bool have_cagr = period_ok && cagr(a->base_year, a->base_value, last->year, last->value, &g);
    if (have_cagr)
        a->cagr_actual = g *= 100.0;
    if (reached) {
        /* a fact, whatever the trend: the best class with a target */
        set_band(a, &eurostat_target[0]);
        charta_progress_note(a, t, CHARTA_NOTE_TARGET_REACHED, "target %g reached",
                             in->target_value);
        return;
    }
    if (!period_ok) {
        charta_progress_na(a, t, na, CHARTA_WHY_TOO_FEW,
                           "needs values over at least %d of the last %d years (%d-%d)",
                           eurostat_periods[k].min_years, a->period_years, t0, last->year);
        return;
    }
    if (!have_cagr) {
        charta_progress_na(a, t, na, CHARTA_WHY_NOT_POSITIVE,
                           "a growth rate needs values above zero (%g in %d, %g in %d)",
                           a->base_value, a->base_year, last->value, last->year);
        return;
    }
    bool trend = !in->has_target;
    if (in->has_target && in->target_year <= a->base_year) {
        charta_progress_note(a, t, CHARTA_NOTE_TARGET_BEFORE,
                             "target year %d is not after the period's start: assessed by trend",
                             in->target_year);
        a->with_target = false;
        trend = true;
    }
    if (trend) {
        if (at_limit(in, last->value)) {
            set_band(a, &eurostat_trend[0]);
            charta_progress_note(a, t, CHARTA_NOTE_AT_LIMIT, "at the natural limit %g", in->limit);
            return;
        }
        set_band(a, charta_band_pick(eurostat_trend, dir * g, CHARTA_PROGRESS_EPS));
        return;
    }
    if (in->target_year < last->year)
        charta_progress_note(a, t, CHARTA_NOTE_TARGET_PASSED, "target year %d has passed",
                             in->target_year);
    double req;
    if (!cagr(a->base_year, a->base_value, in->target_year, in->target_value, &req)) {
        charta_progress_na(a, t, na, CHARTA_WHY_NOT_POSITIVE,
                           "the target %g has no growth rate from %g (values above zero only)",
                           in->target_value, a->base_value);
        return;
    }
    a->cagr_required = req *= 100.0;
    if (dir * req <= 0) {
        /* the start value met the target, the latest no longer does */
        a->category = "movement_away";
        a->level = -1;
        charta_progress_note(a, t, CHARTA_NOTE_FELL_BACK, "met the target in %d, no longer",
                             a->base_year);
        return;
    }
    a->ratio = g / req;
    set_band(a, charta_band_pick(eurostat_target, a->ratio, CHARTA_PROGRESS_EPS));
}

/* --- unsd ----------------------------------------------------------------------- */

void
charta_progress_unsd(const charta_progress_input *in, charta_assessment *a, charta_progress_text *t)
{
    charta_progress_clear(a, "unsd");
    const char *na = "not_assessable";
    int dir = charta_progress_start(in, a, t, na);
    if (!dir)
        return;
    const charta_point *last = &in->points[in->n_points - 1];
    a->latest_year = last->year;
    a->latest_value = last->value;
    bool reached = in->has_target && dir * (last->value - in->target_value) >= 0;
    int base = in->base_year ? in->base_year : UNSD_BASE_YEAR;
    long b = charta_points_from(in->points, in->n_points, base);
    if (b < 0) {
        if (reached) {
            set_band(a, &unsd_target[0]);
            charta_progress_note(a, t, CHARTA_NOTE_TARGET_REACHED, "target %g reached",
                                 in->target_value);
            return;
        }
        charta_progress_na(a, t, na, CHARTA_WHY_BEFORE_BASE, "no value since the base year %d",
                           base);
        return;
    }
    a->base_year = in->points[b].year;
    a->base_value = in->points[b].value;
    if (a->base_year != base)
        charta_progress_note(a, t, CHARTA_NOTE_BASE_MOVED, "no value in %d: base %d", base,
                             a->base_year);
    double f = NAN; /* CAGR as a fraction */
    bool have_cagr = cagr(a->base_year, a->base_value, last->year, last->value, &f);
    double g = f * 100.0;
    if (have_cagr)
        a->cagr_actual = g;
    if (in->has_target && in->target_year < last->year)
        charta_progress_note(a, t, CHARTA_NOTE_TARGET_PASSED, "target year %d has passed",
                             in->target_year);
    if (have_cagr && in->has_target) {
        int h = in->target_year - last->year;
        a->projected_value = h > 0 ? last->value * pow(1.0 + f, h) : last->value;
        double gap = in->target_value - a->base_value;
        if (dir * gap > 0)
            a->ratio = (a->projected_value - a->base_value) / gap;
    }
    if (reached) {
        set_band(a, &unsd_target[0]);
        charta_progress_note(a, t, CHARTA_NOTE_TARGET_REACHED, "target %g reached",
                             in->target_value);
        return;
    }
    if (a->base_year >= last->year) {
        charta_progress_na(a, t, na, CHARTA_WHY_TOO_FEW, "needs a value after %d", a->base_year);
        return;
    }
    if (!have_cagr) {
        charta_progress_na(a, t, na, CHARTA_WHY_NOT_POSITIVE,
                           "a growth rate needs values above zero (%g in %d, %g in %d)",
                           a->base_value, a->base_year, last->value, last->year);
        return;
    }
    if (!in->has_target) {
        if (at_limit(in, last->value)) {
            set_band(a, &unsd_trend[0]);
            charta_progress_note(a, t, CHARTA_NOTE_AT_LIMIT, "at the natural limit %g", in->limit);
            return;
        }
        set_band(a, charta_band_pick(unsd_trend, dir * g, CHARTA_PROGRESS_EPS));
        return;
    }
    if (isnan(a->ratio)) {
        /* the base value met the target, the latest no longer does */
        a->category = "stagnation_or_regression";
        a->level = -1;
        charta_progress_note(a, t, CHARTA_NOTE_FELL_BACK, "met the target in %d, no longer",
                             a->base_year);
        return;
    }
    set_band(a, charta_band_pick(unsd_target, a->ratio, CHARTA_PROGRESS_EPS));
}
