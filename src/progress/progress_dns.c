/* progress_dns.c: the weather symbols of the German Sustainability Strategy
 * (Deutsche Nachhaltigkeitsstrategie, Statistisches Bundesamt's indicator
 * reports; progress.h).
 *
 * With a target value: the average of the last five annual changes (from
 * the last six values; with gaps at least the last four values) is carried
 * on linearly from the latest value to the target year. The symbol follows
 * from how far that projection misses the target, as a share of the
 * remaining gap |target - latest|: sun when it reaches the target or misses
 * by less than 5 %, partly cloudy for 5-20 %, cloudy beyond 20 % while the
 * indicator moves the right way, thunderstorm when it moves the wrong way
 * (or not at all).
 *
 * With a direction only, the same five-year average change is compared
 * with the last annual change: both the right way is sun, the average
 * right but the last change not is partly cloudy, the average wrong but
 * the last change right (a turn) is cloudy, both wrong is thunderstorm.
 * This is charta's reading of the programme's rule for direction targets.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "progress_internal.h"

/* --- the method table ------------------------------------------------------ */

/* The miss as a share of the remaining gap, negated so that the bands read
 * like the other tables ("at least"): -miss > -0.05 is sun, -miss >= -0.20
 * partly cloudy. */
static const charta_band dns_target[] = {
    {-0.05, true, "sun", 3},
    {-0.20, false, "partly_cloudy", 2},
    {-INFINITY, false, "cloudy", 0},
};

static const struct {
    int years;      /* the trend's period */
    int min_points; /* values needed when the period has gaps */
} dns_trend = {5, 4};

void
charta_progress_dns(const charta_progress_input *in, charta_assessment *a, charta_progress_text *t)
{
    charta_progress_clear(a, "dns");
    const char *na = "not_assessable";
    int dir = charta_progress_start(in, a, t, na);
    if (!dir)
        return;
    size_t n = in->n_points;
    const charta_point *last = &in->points[n - 1];
    a->latest_year = last->year;
    a->latest_value = last->value;
    /* the average annual change: from t-5, else over the last four values */
    long s = charta_points_find(in->points, n, last->year - dns_trend.years);
    if (s < 0) {
        if (n < (size_t)dns_trend.min_points) {
            charta_progress_na(a, t, na, CHARTA_WHY_TOO_FEW,
                               "needs the values of %d-%d or at least %d values",
                               last->year - dns_trend.years, last->year, dns_trend.min_points);
            return;
        }
        s = (long)(n - (size_t)dns_trend.min_points);
        charta_progress_note(a, t, CHARTA_NOTE_SHORT_PERIOD, "trend from the last %d values",
                             dns_trend.min_points);
    }
    a->base_year = in->points[s].year;
    a->base_value = in->points[s].value;
    double d = (last->value - a->base_value) / (double)(last->year - a->base_year);
    a->change_per_year = d;
    if (!in->has_target) {
        const charta_point *prev = &in->points[n - 2];
        double d1 = (last->value - prev->value) / (double)(last->year - prev->year);
        a->change_last = d1;
        if (in->has_limit && dir * (last->value - in->limit) >= 0) {
            a->category = "sun";
            a->level = 2;
            charta_progress_note(a, t, CHARTA_NOTE_AT_LIMIT, "at the natural limit %g", in->limit);
            return;
        }
        bool good5 = dir * d > 0, good1 = dir * d1 > 0;
        a->category =
            good5 ? (good1 ? "sun" : "partly_cloudy") : (good1 ? "cloudy" : "thunderstorm");
        a->level = good5 ? (good1 ? 2 : 1) : (good1 ? 0 : -1);
        return;
    }
    int h = in->target_year - last->year;
    if (h < 0)
        charta_progress_note(a, t, CHARTA_NOTE_TARGET_PASSED, "target year %d has passed",
                             in->target_year);
    a->projected_value = last->value + d * (h > 0 ? h : 0);
    double x = in->target_value;
    bool reached_now = dir * (last->value - x) >= 0;
    bool reached_then = dir * (a->projected_value - x) >= 0;
    double gap = fabs(x - last->value);
    if (gap > 0)
        a->ratio = dir * (x - a->projected_value) / gap; /* the miss; <= 0 when reached */
    if (reached_now)
        charta_progress_note(a, t, CHARTA_NOTE_TARGET_REACHED, "target %g reached", x);
    if (reached_then) {
        a->category = "sun";
        a->level = 3;
        return;
    }
    if (reached_now || dir * d <= 0) {
        a->category = "thunderstorm";
        a->level = -1;
        if (reached_now)
            charta_progress_note(a, t, CHARTA_NOTE_FELL_BACK, "moves back behind the target");
        return;
    }
    const charta_band *b = charta_band_pick(dns_target, -a->ratio, CHARTA_PROGRESS_EPS);
    a->category = b->category;
    a->level = b->level;
}
