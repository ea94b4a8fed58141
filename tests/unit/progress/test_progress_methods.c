/* eurostat, unsd and dns, worked by hand at every threshold: just below, at,
 * just above; both directions; with and without a target; a limit; zero and
 * negative values; too few years. */
#include "check.h"

#include "charta/progress.h"

/* --- building series -------------------------------------------------------- */

static charta_point pts[64];

/* v0 in y0 growing by the factor f a year, to y1 */
static charta_progress_input
grow(int y0, double v0, int y1, double f, charta_direction dir)
{
    size_t n = 0;
    for (int y = y0; y <= y1; y++)
        pts[n++] = (charta_point){y, v0 * pow(f, y - y0)};
    return (charta_progress_input){.points = pts, .n_points = n, .direction = dir};
}

/* two points: (y0, v0) and (y1, v1) */
static charta_progress_input
two(int y0, double v0, int y1, double v1, charta_direction dir)
{
    pts[0] = (charta_point){y0, v0};
    pts[1] = (charta_point){y1, v1};
    return (charta_progress_input){.points = pts, .n_points = 2, .direction = dir};
}

static charta_progress_input
with_target(charta_progress_input in, int year, double value)
{
    in.has_target = true;
    in.target_year = year;
    in.target_value = value;
    return in;
}

static const char *
eurostat(charta_progress_input in)
{
    static charta_assessment a;
    static charta_progress_text txt;
    charta_progress_eurostat(&in, 5, &a, &txt);
    return a.category;
}

static const char *
unsd(charta_progress_input in)
{
    static charta_assessment a;
    static charta_progress_text txt;
    charta_progress_unsd(&in, &a, &txt);
    return a.category;
}

static const char *
dns(charta_progress_input in)
{
    static charta_assessment a;
    static charta_progress_text txt;
    charta_progress_dns(&in, &a, &txt);
    return a.category;
}

#define UP CHARTA_DIR_UP
#define DOWN CHARTA_DIR_DOWN

/* --- eurostat ------------------------------------------------------------------ */

/* No target: CAGR over 2019-2024 in the good direction; >= 1 significant,
 * >= 0 moderate, > -1 moderate movement away, <= -1 significant away. */
TEST(eurostat_trend_thresholds_up)
{
    CHECK_STR(eurostat(grow(2019, 100, 2024, 1.01001, UP)), "significant_progress");
    CHECK_STR(eurostat(grow(2019, 100, 2024, 1.01, UP)), "significant_progress");
    CHECK_STR(eurostat(grow(2019, 100, 2024, 1.00999, UP)), "moderate_progress");
    CHECK_STR(eurostat(grow(2019, 100, 2024, 1.00001, UP)), "moderate_progress");
    CHECK_STR(eurostat(grow(2019, 100, 2024, 1.0, UP)), "moderate_progress");
    CHECK_STR(eurostat(grow(2019, 100, 2024, 0.99999, UP)), "moderate_movement_away");
    CHECK_STR(eurostat(grow(2019, 100, 2024, 0.99001, UP)), "moderate_movement_away");
    CHECK_STR(eurostat(grow(2019, 100, 2024, 0.99, UP)), "significant_movement_away");
    CHECK_STR(eurostat(grow(2019, 100, 2024, 0.98999, UP)), "significant_movement_away");
}

TEST(eurostat_trend_thresholds_down_are_mirrored)
{
    CHECK_STR(eurostat(grow(2019, 100, 2024, 0.99, DOWN)), "significant_progress");
    CHECK_STR(eurostat(grow(2019, 100, 2024, 0.99001, DOWN)), "moderate_progress");
    CHECK_STR(eurostat(grow(2019, 100, 2024, 1.0, DOWN)), "moderate_progress");
    CHECK_STR(eurostat(grow(2019, 100, 2024, 1.00001, DOWN)), "moderate_movement_away");
    CHECK_STR(eurostat(grow(2019, 100, 2024, 1.01, DOWN)), "significant_movement_away");
}

TEST(eurostat_trend_keeps_its_components_and_levels)
{
    charta_assessment a;
    charta_progress_text txt;
    charta_progress_input in = grow(2017, 100, 2024, 1.02, UP);
    charta_progress_eurostat(&in, 5, &a, &txt);
    CHECK_STR(a.method, "eurostat");
    CHECK_STR(a.term, "short");
    CHECK_INT(a.period_years, 5);
    CHECK_INT(a.base_year, 2019);
    CHECK_NUM(a.base_value, 100 * pow(1.02, 2), 1e-12);
    CHECK_INT(a.latest_year, 2024);
    CHECK_NUM(a.cagr_actual, 2, 1e-10);
    CHECK(isnan(a.cagr_required));
    CHECK(isnan(a.ratio));
    CHECK(!a.with_target);
    CHECK_INT(a.level, 2);
    charta_progress_eurostat(&in, 15, &a, &txt);
    CHECK_STR(a.term, "long");
    CHECK_STR(a.category, "not_assessable"); /* 2017-2024: 7 of 15 years, 10 needed */
    CHECK_INT(a.why, CHARTA_WHY_TOO_FEW);
}

/* Target 2030 = 100 * 1.02^11 from 2019: CAGR_r = 2 %. RR = CAGR_a / 2 %:
 * >= 95 % significant, >= 60 % moderate, >= 0 insufficient, else away. */
TEST(eurostat_target_thresholds_up)
{
    double t = 100 * pow(1.02, 11);
    CHECK_STR(eurostat(with_target(grow(2019, 100, 2024, 1.0191, UP), 2030, t)),
              "significant_progress");
    CHECK_STR(eurostat(with_target(grow(2019, 100, 2024, 1.019, UP), 2030, t)),
              "significant_progress");
    CHECK_STR(eurostat(with_target(grow(2019, 100, 2024, 1.0189, UP), 2030, t)),
              "moderate_progress");
    CHECK_STR(eurostat(with_target(grow(2019, 100, 2024, 1.012, UP), 2030, t)),
              "moderate_progress");
    CHECK_STR(eurostat(with_target(grow(2019, 100, 2024, 1.0119, UP), 2030, t)),
              "insufficient_progress");
    CHECK_STR(eurostat(with_target(grow(2019, 100, 2024, 1.0, UP), 2030, t)),
              "insufficient_progress");
    CHECK_STR(eurostat(with_target(grow(2019, 100, 2024, 0.9999, UP), 2030, t)), "movement_away");
    charta_assessment a;
    charta_progress_text txt;
    charta_progress_input in = with_target(grow(2019, 100, 2024, 1.019, UP), 2030, t);
    charta_progress_eurostat(&in, 5, &a, &txt);
    CHECK_NUM(a.cagr_required, 2, 1e-10);
    CHECK_NUM(a.ratio, 0.95, 1e-10);
    CHECK_INT(a.level, 3);
    CHECK(a.with_target);
    CHECK_INT(a.target_year, 2030);
}

TEST(eurostat_target_thresholds_down_are_mirrored)
{
    double t = 100 * pow(0.98, 11); /* CAGR_r = -2 % */
    CHECK_STR(eurostat(with_target(grow(2019, 100, 2024, 0.981, DOWN), 2030, t)),
              "significant_progress");
    CHECK_STR(eurostat(with_target(grow(2019, 100, 2024, 0.9811, DOWN), 2030, t)),
              "moderate_progress");
    CHECK_STR(eurostat(with_target(grow(2019, 100, 2024, 0.988, DOWN), 2030, t)),
              "moderate_progress");
    CHECK_STR(eurostat(with_target(grow(2019, 100, 2024, 0.9881, DOWN), 2030, t)),
              "insufficient_progress");
    CHECK_STR(eurostat(with_target(grow(2019, 100, 2024, 1.0001, DOWN), 2030, t)), "movement_away");
}

TEST(eurostat_a_reached_target_is_significant_progress_whatever_the_trend)
{
    charta_assessment a;
    charta_progress_text txt;
    charta_progress_input in = with_target(grow(2019, 100, 2024, 0.999, UP), 2030, 90);
    charta_progress_eurostat(&in, 5, &a, &txt);
    CHECK_STR(a.category, "significant_progress");
    CHECK_INT(a.level, 3);
    CHECK(a.notes & CHARTA_NOTE_TARGET_REACHED);
    /* exactly at the target counts as reached */
    in = with_target(two(2019, 50, 2024, 40, DOWN), 2030, 40);
    charta_progress_eurostat(&in, 5, &a, &txt);
    CHECK(a.notes & CHARTA_NOTE_TARGET_REACHED);
}

TEST(eurostat_a_target_met_at_the_start_and_lost_is_movement_away)
{
    charta_assessment a;
    charta_progress_text txt;
    charta_progress_input in = with_target(two(2019, 100, 2024, 94, UP), 2030, 95);
    charta_progress_eurostat(&in, 5, &a, &txt);
    CHECK_STR(a.category, "movement_away");
    CHECK(a.notes & CHARTA_NOTE_FELL_BACK);
    CHECK(isnan(a.ratio));
}

TEST(eurostat_target_zero_needs_minus_100_percent)
{
    charta_assessment a;
    charta_progress_text txt;
    /* down to 0 by 2030: CAGR_r = -100 %; -12.9 %/yr is 12.9 % of that */
    charta_progress_input in = with_target(grow(2019, 100, 2024, 0.871, DOWN), 2030, 0);
    charta_progress_eurostat(&in, 5, &a, &txt);
    CHECK_NUM(a.cagr_required, -100, 1e-12);
    CHECK_NUM(a.ratio, 0.129, 1e-9);
    CHECK_STR(a.category, "insufficient_progress");
}

TEST(eurostat_zero_and_negative_values_are_not_assessable_or_minus_100)
{
    charta_assessment a;
    charta_progress_text txt;
    charta_progress_input in = two(2019, 0, 2024, 5, UP);
    charta_progress_eurostat(&in, 5, &a, &txt);
    CHECK_STR(a.category, "not_assessable");
    CHECK_INT(a.why, CHARTA_WHY_NOT_POSITIVE);
    CHECK_INT(a.level, CHARTA_LEVEL_NONE);
    in = two(2019, -5, 2024, -3, UP);
    charta_progress_eurostat(&in, 5, &a, &txt);
    CHECK_INT(a.why, CHARTA_WHY_NOT_POSITIVE);
    in = two(2019, 5, 2024, -3, DOWN); /* crosses zero */
    charta_progress_eurostat(&in, 5, &a, &txt);
    CHECK_INT(a.why, CHARTA_WHY_NOT_POSITIVE);
    in = two(2019, 5, 2024, 0, DOWN); /* to zero: -100 %/yr, the good way */
    charta_progress_eurostat(&in, 5, &a, &txt);
    CHECK_NUM(a.cagr_actual, -100, 0);
    CHECK_STR(a.category, "significant_progress");
}

TEST(eurostat_needs_three_of_five_years_and_ten_of_fifteen)
{
    charta_assessment a;
    charta_progress_text txt;
    charta_progress_input in = two(2022, 10, 2024, 12, UP);
    charta_progress_eurostat(&in, 5, &a, &txt);
    CHECK_INT(a.why, CHARTA_WHY_TOO_FEW);
    in = two(2021, 10, 2024, 12, UP); /* 2019 missing: from 2021, three years */
    charta_progress_eurostat(&in, 5, &a, &txt);
    CHECK_STR(a.category, "significant_progress");
    CHECK(a.notes & CHARTA_NOTE_SHORT_PERIOD);
    CHECK_INT(a.base_year, 2021);
    in = two(2014, 10, 2024, 10.5, UP); /* long term from 2014: ten years */
    charta_progress_eurostat(&in, 15, &a, &txt);
    CHECK_STR(a.category, "moderate_progress");
    in = two(2015, 10, 2024, 12, UP);
    charta_progress_eurostat(&in, 15, &a, &txt);
    CHECK_INT(a.why, CHARTA_WHY_TOO_FEW);
    in = (charta_progress_input){.direction = UP};
    charta_progress_eurostat(&in, 5, &a, &txt);
    CHECK_INT(a.why, CHARTA_WHY_NO_DATA);
    in = two(2019, 1, 2024, 2, CHARTA_DIR_NONE);
    charta_progress_eurostat(&in, 5, &a, &txt);
    CHECK_INT(a.why, CHARTA_WHY_NO_DIRECTION);
}

TEST(eurostat_at_the_natural_limit_is_significant_progress)
{
    charta_assessment a;
    charta_progress_text txt;
    charta_progress_input in = grow(2019, 100, 2024, 1.0, UP);
    in.has_limit = true;
    in.limit = 100;
    charta_progress_eurostat(&in, 5, &a, &txt);
    CHECK_STR(a.category, "significant_progress");
    CHECK(a.notes & CHARTA_NOTE_AT_LIMIT);
    in.limit = 100.5; /* not there yet: the trend decides */
    charta_progress_eurostat(&in, 5, &a, &txt);
    CHECK_STR(a.category, "moderate_progress");
}

TEST(eurostat_a_target_year_before_the_period_falls_back_to_the_trend)
{
    charta_assessment a;
    charta_progress_text txt;
    charta_progress_input in = with_target(grow(2019, 100, 2024, 1.02, UP), 2018, 200);
    charta_progress_eurostat(&in, 5, &a, &txt);
    CHECK(!a.with_target);
    CHECK(a.notes & CHARTA_NOTE_TARGET_BEFORE);
    CHECK_STR(a.category, "significant_progress");
    CHECK_INT(a.level, 2);
    in = with_target(grow(2019, 100, 2024, 1.02, UP), 2022, 200); /* passed, not before */
    charta_progress_eurostat(&in, 5, &a, &txt);
    CHECK(a.with_target);
    CHECK(a.notes & CHARTA_NOTE_TARGET_PASSED);
}

/* --- unsd ----------------------------------------------------------------------- */

/* No target, 2015-2020: CAGR >= 2 % substantial, >= 0.5 % fair, else
 * stagnation or regression. */
TEST(unsd_trend_thresholds_both_directions)
{
    CHECK_STR(unsd(grow(2015, 100, 2020, 1.02, UP)), "substantial_progress");
    CHECK_STR(unsd(grow(2015, 100, 2020, 1.01999, UP)), "fair_progress");
    CHECK_STR(unsd(grow(2015, 100, 2020, 1.005, UP)), "fair_progress");
    CHECK_STR(unsd(grow(2015, 100, 2020, 1.00499, UP)), "stagnation_or_regression");
    CHECK_STR(unsd(grow(2015, 100, 2020, 0.9, UP)), "stagnation_or_regression");
    CHECK_STR(unsd(grow(2015, 100, 2020, 0.98, DOWN)), "substantial_progress");
    CHECK_STR(unsd(grow(2015, 100, 2020, 0.995, DOWN)), "fair_progress");
    CHECK_STR(unsd(grow(2015, 100, 2020, 0.99501, DOWN)), "stagnation_or_regression");
}

/* 2015 = 100, 2020 = 110 (factor 1.1 in 5 years): carried on to 2030, v_e =
 * 110 * 1.1^2 = 133.1; Q = 33.1 / (target - 100). */
TEST(unsd_target_thresholds_up)
{
    double ve = 33.1;
    CHECK_STR(unsd(with_target(two(2015, 100, 2020, 110, UP), 2030, 100 + ve / 0.951)), "on_track");
    CHECK_STR(unsd(with_target(two(2015, 100, 2020, 110, UP), 2030, 100 + ve / 0.95)), "on_track");
    CHECK_STR(unsd(with_target(two(2015, 100, 2020, 110, UP), 2030, 100 + ve / 0.949)),
              "fair_progress");
    CHECK_STR(unsd(with_target(two(2015, 100, 2020, 110, UP), 2030, 100 + ve / 0.10)),
              "fair_progress");
    CHECK_STR(unsd(with_target(two(2015, 100, 2020, 110, UP), 2030, 100 + ve / 0.0999)),
              "stagnation_or_regression");
    charta_assessment a;
    charta_progress_text txt;
    charta_progress_input in = with_target(two(2015, 100, 2020, 110, UP), 2030, 150);
    charta_progress_unsd(&in, &a, &txt);
    CHECK_NUM(a.projected_value, 133.1, 1e-9);
    CHECK_NUM(a.ratio, 33.1 / 50, 1e-12);
    CHECK_NUM(a.cagr_actual, (pow(1.1, 0.2) - 1) * 100, 1e-12);
    CHECK_INT(a.base_year, 2015);
    CHECK_STR(a.category, "fair_progress");
    CHECK_INT(a.level, 1);
}

TEST(unsd_target_thresholds_down_and_regression)
{
    /* 100 -> 90: v_e = 72.9, 27.1 of the way down */
    double ve = 27.1;
    CHECK_STR(unsd(with_target(two(2015, 100, 2020, 90, DOWN), 2030, 100 - ve / 0.95)), "on_track");
    CHECK_STR(unsd(with_target(two(2015, 100, 2020, 90, DOWN), 2030, 100 - ve / 0.949)),
              "fair_progress");
    CHECK_STR(unsd(with_target(two(2015, 100, 2020, 105, DOWN), 2030, 50)),
              "stagnation_or_regression");
}

TEST(unsd_base_year_target_reached_fell_back_and_odd_values)
{
    charta_assessment a;
    charta_progress_text txt;
    charta_progress_input in = two(2016, 100, 2020, 110, UP); /* no 2015: 2016 */
    charta_progress_unsd(&in, &a, &txt);
    CHECK_INT(a.base_year, 2016);
    CHECK(a.notes & CHARTA_NOTE_BASE_MOVED);
    in = two(2010, 100, 2014, 110, UP); /* all before 2015 */
    charta_progress_unsd(&in, &a, &txt);
    CHECK_INT(a.why, CHARTA_WHY_BEFORE_BASE);
    in = with_target(two(2015, 100, 2020, 120, UP), 2030, 115);
    charta_progress_unsd(&in, &a, &txt);
    CHECK_STR(a.category, "on_track");
    CHECK(a.notes & CHARTA_NOTE_TARGET_REACHED);
    in = with_target(two(2015, 100, 2020, 90, UP), 2030, 95); /* met in 2015, lost */
    charta_progress_unsd(&in, &a, &txt);
    CHECK_STR(a.category, "stagnation_or_regression");
    CHECK(a.notes & CHARTA_NOTE_FELL_BACK);
    in = two(2015, 0, 2020, 3, UP);
    charta_progress_unsd(&in, &a, &txt);
    CHECK_INT(a.why, CHARTA_WHY_NOT_POSITIVE);
    in = two(2015, 5, 2015, 5, UP);
    in.n_points = 1;
    charta_progress_unsd(&in, &a, &txt);
    CHECK_INT(a.why, CHARTA_WHY_TOO_FEW);
    in = with_target(two(2012, 100, 2020, 110, UP), 2030, 150);
    in.base_year = 2012; /* the target's base */
    charta_progress_unsd(&in, &a, &txt);
    CHECK_INT(a.base_year, 2012);
    in = grow(2015, 100, 2020, 1.0, UP);
    in.has_limit = true;
    in.limit = 100;
    charta_progress_unsd(&in, &a, &txt);
    CHECK_STR(a.category, "substantial_progress");
    CHECK(a.notes & CHARTA_NOTE_AT_LIMIT);
}

/* --- dns ------------------------------------------------------------------------ */

/* 2019-2024 rising by 2 a year to 60: carried on, 72 in 2030. The miss as a
 * share of the gap target - 60: < 5 % sun, 5-20 % partly cloudy, > 20 % cloudy. */
static charta_progress_input
line2(charta_direction dir, double step)
{
    size_t n = 0;
    for (int y = 2019; y <= 2024; y++)
        pts[n++] = (charta_point){y, 50 + step * (y - 2019)};
    return (charta_progress_input){.points = pts, .n_points = n, .direction = dir};
}

TEST(dns_target_thresholds_up)
{
    CHECK_STR(dns(with_target(line2(UP, 2), 2030, 72)), "sun");
    CHECK_STR(dns(with_target(line2(UP, 2), 2030, 72.6)), "sun");                  /* 4.8 % */
    CHECK_STR(dns(with_target(line2(UP, 2), 2030, 69.0 / 0.95)), "partly_cloudy"); /* 5 % */
    CHECK_STR(dns(with_target(line2(UP, 2), 2030, 72.7)), "partly_cloudy");
    CHECK_STR(dns(with_target(line2(UP, 2), 2030, 75)), "partly_cloudy"); /* 20 % */
    CHECK_STR(dns(with_target(line2(UP, 2), 2030, 75.01)), "cloudy");
    CHECK_STR(dns(with_target(line2(UP, -1), 2030, 75)), "thunderstorm");
    CHECK_STR(dns(with_target(line2(UP, 0), 2030, 75)), "thunderstorm");
    charta_assessment a;
    charta_progress_text txt;
    charta_progress_input in = with_target(line2(UP, 2), 2030, 75);
    charta_progress_dns(&in, &a, &txt);
    CHECK_NUM(a.change_per_year, 2, 1e-12);
    CHECK_NUM(a.projected_value, 72, 1e-12);
    CHECK_NUM(a.ratio, 0.2, 1e-12);
    CHECK_INT(a.base_year, 2019);
    CHECK_INT(a.level, 2);
}

TEST(dns_target_thresholds_down)
{
    /* falling by 1 a year from 50 to 45: 39 in 2030 */
    CHECK_STR(dns(with_target(line2(DOWN, -1), 2030, 39)), "sun");
    CHECK_STR(dns(with_target(line2(DOWN, -1), 2030, 38.5)), "partly_cloudy"); /* 7.7 % */
    CHECK_STR(dns(with_target(line2(DOWN, -1), 2030, 30)), "cloudy");          /* 60 % */
    CHECK_STR(dns(with_target(line2(DOWN, -1), 2030, 40)), "sun");
    CHECK_STR(dns(with_target(line2(DOWN, 1), 2030, 40)), "thunderstorm");
}

TEST(dns_reached_targets_and_negative_values)
{
    /* already there and staying there: sun; already there but falling back
     * behind it by the target year: thunderstorm */
    CHECK_STR(dns(with_target(line2(UP, 2), 2030, 55)), "sun");
    CHECK_STR(dns(with_target(line2(UP, -1), 2030, 42)), "thunderstorm");
    /* a balance from -10 towards 0: linear, so negative values are fine */
    size_t n = 0;
    for (int y = 2019; y <= 2024; y++)
        pts[n++] = (charta_point){y, -10 + 1.5 * (y - 2019)};
    charta_progress_input in = {.points = pts, .n_points = n, .direction = UP};
    CHECK_STR(dns(with_target(in, 2030, 0)), "sun"); /* -2.5 + 9 > 0 */
    CHECK_STR(dns(with_target(in, 2030, 10)), "cloudy");
}

TEST(dns_needs_the_year_five_back_or_four_values)
{
    charta_assessment a;
    charta_progress_text txt;
    charta_progress_input in = line2(UP, 1);
    in.points = pts + 3; /* 2022-2024: three values */
    in.n_points = 3;
    charta_progress_dns(&in, &a, &txt);
    CHECK_INT(a.why, CHARTA_WHY_TOO_FEW);
    in.points = pts + 2; /* 2021-2024: four values */
    in.n_points = 4;
    charta_progress_dns(&in, &a, &txt);
    CHECK_STR(a.category, "sun");
    CHECK(a.notes & CHARTA_NOTE_SHORT_PERIOD);
    CHECK_INT(a.base_year, 2021);
}

/* Direction only: five-year average change against the last change. */
TEST(dns_direction_only_compares_the_average_with_the_last_change)
{
    double rise_then_dip[] = {10, 11, 12, 13, 14, 13.5};
    double fall_then_rise[] = {14, 13, 12, 11, 10, 10.5};
    charta_progress_input in = line2(UP, 1);
    CHECK_STR(dns(in), "sun");
    for (int i = 0; i < 6; i++)
        pts[i].value = rise_then_dip[i];
    CHECK_STR(dns(in), "partly_cloudy");
    for (int i = 0; i < 6; i++)
        pts[i].value = fall_then_rise[i];
    CHECK_STR(dns(in), "cloudy");
    in.direction = DOWN;
    CHECK_STR(dns(in), "partly_cloudy");
    in = line2(UP, -1);
    CHECK_STR(dns(in), "thunderstorm");
    charta_assessment a;
    charta_progress_text txt;
    in = line2(UP, 0.5);
    charta_progress_dns(&in, &a, &txt);
    CHECK_NUM(a.change_per_year, 0.5, 1e-12);
    CHECK_NUM(a.change_last, 0.5, 1e-12);
    CHECK_INT(a.level, 2);
    in = line2(UP, 0);
    in.has_limit = true;
    in.limit = 50;
    CHECK_STR(dns(in), "sun");
}

/* --- every method: never NaN in a category ------------------------------------------ */

TEST(odd_series_always_get_a_category_and_a_level_that_fits_it)
{
    double vals[][3] = {{0, 0, 0},   {-1, -2, -3}, {1e308, 1e-308, 5}, {0, 1e-300, 1e300},
                        {5, NAN, 5}, {-0.0, 0, 1}, {3, 3, 3},          {1e-320, 1, 2}};
    for (size_t k = 0; k < sizeof vals / sizeof *vals; k++)
        for (int dir = 0; dir < 3; dir++)
            for (int tgt = 0; tgt < 3; tgt++) {
                size_t n = 0;
                for (int i = 0; i < 3; i++)
                    if (isfinite(vals[k][i]))
                        pts[n++] = (charta_point){2014 + 5 * i, vals[k][i]};
                charta_progress_input in = {
                    .points = pts, .n_points = n, .direction = (charta_direction)dir};
                if (tgt)
                    in = with_target(in, tgt == 1 ? 2030 : 2015, tgt == 1 ? 0 : -7);
                charta_assessment a[5];
                charta_progress_text txt[5];
                charta_progress_eurostat(&in, 5, &a[0], &txt[0]);
                charta_progress_eurostat(&in, 15, &a[1], &txt[1]);
                charta_progress_unsd(&in, &a[2], &txt[2]);
                charta_progress_statcan(&in, &a[3], &txt[3]);
                charta_progress_dns(&in, &a[4], &txt[4]);
                for (int m = 0; m < 5; m++) {
                    CHECK(a[m].category && a[m].category[0]);
                    CHECK((a[m].level == CHARTA_LEVEL_NONE) ==
                          (strncmp(a[m].category, "not_a", 5) == 0));
                    CHECK(a[m].level == CHARTA_LEVEL_NONE ||
                          (a[m].level >= CHARTA_LEVEL_MIN && a[m].level <= CHARTA_LEVEL_MAX));
                    CHECK(a[m].level != CHARTA_LEVEL_NONE || a[m].reason[0]);
                }
            }
}

TEST_MAIN()
