/* statcan against the published Open SDG code: the 75 series of
 * statcan_cases.tsv (how that table was made is in its header), plus a few
 * cases worked by hand. */
#include "check.h"

#include <errno.h>

#include "charta/progress.h"

typedef struct row {
    char *f[13];
} row;

static size_t
split(char *s, char sep, char **out, size_t cap)
{
    size_t n = 0;
    out[n++] = s;
    for (char *c = s; *c && n < cap; c++)
        if (*c == sep) {
            *c = '\0';
            out[n++] = c + 1;
        }
    return n;
}

static double
num_or_nan(const char *s)
{
    return s[0] ? strtod(s, NULL) : NAN;
}

static int n_rows, n_ok;

static void
run_row(char *line)
{
    char *f[13];
    line[strcspn(line, "\r\n")] = '\0';
    REQUIRE(split(line, '\t', f, 13) == 13);
    const char *name = f[0];
    charta_point pts[64];
    size_t n = 0;
    char *items[64];
    size_t ni = f[6][0] ? split(f[6], ';', items, 64) : 0;
    for (size_t i = 0; i < ni; i++) {
        char *colon = strchr(items[i], ':');
        REQUIRE(colon);
        *colon = '\0';
        if (!colon[1])
            continue; /* NaN: dropped, as the code's notna filter does */
        pts[n++] = (charta_point){atoi(items[i]), strtod(colon + 1, NULL)};
    }
    charta_progress_input in = {
        .points = pts,
        .n_points = n,
        .direction = strcmp(f[1], "up") == 0 ? CHARTA_DIR_UP : CHARTA_DIR_DOWN,
    };
    if (f[2][0]) {
        in.has_target = true;
        in.target_value = strtod(f[2], NULL);
        in.target_year = f[3][0] ? atoi(f[3]) : 2030;
    }
    if (f[4][0])
        in.base_year = atoi(f[4]);
    if (f[5][0]) {
        in.has_limit = true;
        in.limit = strtod(f[5], NULL);
    }
    charta_assessment a;
    charta_progress_text txt;
    charta_progress_statcan(&in, &a, &txt);
    int failed = check_failed;
    n_rows++;
    CHECK_STR(a.category, f[7]);
    double score = num_or_nan(f[8]), pv = num_or_nan(f[9]);
    if (isnan(score))
        CHECK(isnan(a.score));
    else
        CHECK_NUM(a.score, score, 1e-12 * fmax(1, fabs(score)));
    /* the progress value as computed (none where the code gives None) */
    if (isnan(pv))
        CHECK(isnan(a.ratio));
    else
        CHECK_NUM(a.ratio, pv, 1e-12 * fmax(1, fabs(pv)));
    CHECK_STR(a.score_category, f[10]);
    if (f[11][0])
        CHECK_INT(a.base_year, atoi(f[11]));
    if (f[12][0]) {
        double bv = strtod(f[12], NULL);
        if (bv == 0.001 && (a.notes & CHARTA_NOTE_ZERO_BASE))
            CHECK_NUM(a.base_value, 0, 0);
        else
            CHECK_NUM(a.base_value, bv, 0);
    }
    /* never NaN in a category; the level follows the category */
    CHECK(a.category && a.category[0]);
    CHECK((a.level == CHARTA_LEVEL_NONE) == (strcmp(a.category, "not_available") == 0));
    if (check_failed != failed)
        fprintf(stderr, "  in case %s\n", name);
    else
        n_ok++;
}

TEST(statcan_agrees_with_sdg_build_on_every_series_of_the_table)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/tests/unit/progress/statcan_cases.tsv", check_source_dir());
    FILE *f = fopen(path, "r");
    REQUIRE(f);
    char line[4096];
    bool header = false;
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#')
            continue;
        if (!header) {
            header = true;
            CHECK(strncmp(line, "name\tdirection", 14) == 0);
            continue;
        }
        run_row(line);
    }
    fclose(f);
    CHECK(n_rows >= 40);
    CHECK_INT(n_ok, n_rows);
}

/* Hand-worked: 100 -> 112 over 5 years is 2.29 %/yr, above 1.5 %: substantial,
 * score min(500 * 0.0229 - 5, 5) = 5. */
TEST(statcan_without_target_uses_the_growth_rate_and_caps_the_score)
{
    charta_point p[] = {{2015, 100}, {2020, 112}};
    charta_assessment a;
    charta_progress_text txt;
    charta_progress_statcan(
        &(charta_progress_input){.points = p, .n_points = 2, .direction = CHARTA_DIR_UP}, &a, &txt);
    CHECK_STR(a.category, "substantial_progress");
    CHECK_INT(a.level, 2);
    CHECK_NUM(a.ratio, pow(1.12, 0.2) - 1, 1e-15);
    CHECK_NUM(a.score, 5, 0);
    CHECK_NUM(a.cagr_actual, (pow(1.12, 0.2) - 1) * 100, 1e-12);
}

/* 60 -> 66 (2015-2020), target 90 in 2030: CAGR_o = 1.1^(1/5) - 1 = 1.924 %,
 * CAGR_r = 1.5^(1/15) - 1 = 2.740 %, pv = 0.7024: moderate; score
 * 7.1429 * 0.7024 - 4.2857 = 0.7313. */
TEST(statcan_with_target_divides_by_the_required_rate)
{
    charta_point p[] = {{2015, 60}, {2020, 66}};
    charta_assessment a;
    charta_progress_text txt;
    charta_progress_statcan(&(charta_progress_input){.points = p,
                                                     .n_points = 2,
                                                     .direction = CHARTA_DIR_UP,
                                                     .has_target = true,
                                                     .target_year = 2030,
                                                     .target_value = 90},
                            &a, &txt);
    double pv = (pow(1.1, 0.2) - 1) / (pow(1.5, 1.0 / 15) - 1);
    CHECK_NUM(a.ratio, pv, 1e-15);
    CHECK_STR(a.category, "moderate_progress");
    CHECK_NUM(a.score, 7.1429 * pv - 4.2857, 1e-15);
    CHECK_NUM(a.cagr_required, (pow(1.5, 1.0 / 15) - 1) * 100, 1e-12);
}

/* The two statuses Open SDG reports can differ just below 0.95: the series
 * says moderate, the score (rounded constants) says substantial. */
TEST(statcan_reports_both_statuses_where_the_rounded_score_disagrees)
{
    double cr = pow(2.0, 1.0 / 15) - 1;
    charta_point p[] = {{2015, 100}, {2020, 100 * pow(1 + 0.949996 * cr, 5)}};
    charta_assessment a;
    charta_progress_text txt;
    charta_progress_statcan(&(charta_progress_input){.points = p,
                                                     .n_points = 2,
                                                     .direction = CHARTA_DIR_UP,
                                                     .has_target = true,
                                                     .target_year = 2030,
                                                     .target_value = 200},
                            &a, &txt);
    CHECK_STR(a.category, "moderate_progress");
    CHECK_STR(a.score_category, "substantial_progress");
    CHECK(a.notes & CHARTA_NOTE_SCORE_DIFFERS);
    CHECK(a.score >= 2.5);
}

TEST(statcan_direction_none_is_not_available_not_negative)
{
    charta_point p[] = {{2015, 1}, {2020, 2}};
    charta_assessment a;
    charta_progress_text txt;
    charta_progress_statcan(&(charta_progress_input){.points = p, .n_points = 2}, &a, &txt);
    CHECK_STR(a.category, "not_available");
    CHECK_INT(a.why, CHARTA_WHY_NO_DIRECTION);
    CHECK_INT(a.level, CHARTA_LEVEL_NONE);
}

TEST(statcan_status_from_score_matches_open_sdg_at_its_edges)
{
    CHECK_STR(charta_progress_statcan_status(2.5, false), "substantial_progress");
    CHECK_STR(charta_progress_statcan_status(2.4999, false), "moderate_progress");
    CHECK_STR(charta_progress_statcan_status(0, false), "moderate_progress");
    CHECK_STR(charta_progress_statcan_status(-1e-9, false), "limited_progress");
    CHECK_STR(charta_progress_statcan_status(-2.5, false), "limited_progress");
    CHECK_STR(charta_progress_statcan_status(-2.5001, false), "deterioration");
    CHECK_STR(charta_progress_statcan_status(-5, false), "deterioration");
    CHECK_STR(charta_progress_statcan_status(-1, true), "target_achieved");
    CHECK_STR(charta_progress_statcan_status(NAN, false), "not_available");
}

TEST_MAIN()
