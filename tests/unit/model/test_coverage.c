/* The indicators per action field and SDG (coverage.c), on a project built by hand. */
#include "check.h"

#include "charta/coverage.h"

/* Three fields (the last without indicators) and five indicators: one with two codes
 * of one goal, one with codes of two goals, one without a code, one of no declared
 * field. */
static char *f_ids[] = {"HF01", "HF02", "HF03"};
static char *s_a[] = {"11.2.1", "11.6.2"};
static char *s_b[] = {"7.2.1", "13.2"};
static char *s_c[] = {"11"};
static char *s_e[] = {"3.9.1", "no goal", "18.1", "0.1", "11.b"};

static charta_project
project(charta_field *fields, charta_indicator *inds)
{
    for (size_t f = 0; f < 3; f++)
        fields[f] = (charta_field){.id = f_ids[f]};
    inds[0] = (charta_indicator){.id = "a", .field = "HF01", .sdgs = s_a, .n_sdgs = 2};
    inds[1] = (charta_indicator){.id = "b", .field = "HF02", .sdgs = s_b, .n_sdgs = 2};
    inds[2] = (charta_indicator){.id = "c", .field = "HF01", .sdgs = s_c, .n_sdgs = 1};
    inds[3] = (charta_indicator){.id = "d", .field = "HF02"};
    inds[4] = (charta_indicator){.id = "e", .field = "HF99", .sdgs = s_e, .n_sdgs = 5};
    return (charta_project){.fields = fields, .n_fields = 3, .indicators = inds, .n_indicators = 5};
}

TEST(sdg_goal_reads_the_number_before_the_first_dot)
{
    CHECK_INT(charta_sdg_goal("11.2.1"), 11);
    CHECK_INT(charta_sdg_goal("11.b"), 11);
    CHECK_INT(charta_sdg_goal("11"), 11);
    CHECK_INT(charta_sdg_goal("1.4"), 1);
    CHECK_INT(charta_sdg_goal("17.19.2"), 17);
    CHECK_INT(charta_sdg_goal("18.1"), 0);
    CHECK_INT(charta_sdg_goal("0.1"), 0);
    CHECK_INT(charta_sdg_goal("011.2"), 0);
    CHECK_INT(charta_sdg_goal("11a"), 0);
    CHECK_INT(charta_sdg_goal(" 11"), 0);
    CHECK_INT(charta_sdg_goal(""), 0);
    CHECK_INT(charta_sdg_goal(NULL), 0);
}

TEST(coverage_counts_an_indicator_once_per_goal_in_its_field)
{
    charta_field fields[3];
    charta_indicator inds[5];
    charta_project p = project(fields, inds);
    charta_coverage *c = charta_coverage_new(&p);
    REQUIRE(c);
    CHECK_INT(c->n_fields, 3);
    CHECK_INT(charta_coverage_at(c, 0, 11), 2); /* a (two codes of goal 11) and c */
    CHECK_INT(charta_coverage_at(c, 1, 7), 1);
    CHECK_INT(charta_coverage_at(c, 1, 13), 1);
    CHECK_INT(charta_coverage_at(c, 1, 11), 0);
    for (int g = 1; g <= CHARTA_SDG_GOALS; g++)
        CHECK_INT(charta_coverage_at(c, 2, g), 0); /* a field without indicators */
    /* out of range is zero, not a crash */
    CHECK_INT(charta_coverage_at(c, 3, 11), 0);
    CHECK_INT(charta_coverage_at(c, 0, 0), 0);
    CHECK_INT(charta_coverage_at(c, 0, 18), 0);
    charta_coverage_free(c);
}

TEST(coverage_total_counts_every_indicator_once_per_goal_whatever_its_field)
{
    charta_field fields[3];
    charta_indicator inds[5];
    charta_project p = project(fields, inds);
    charta_coverage *c = charta_coverage_new(&p);
    REQUIRE(c);
    CHECK_INT(c->total[11 - 1], 3); /* a, c, and e of the undeclared field */
    CHECK_INT(c->total[7 - 1], 1);
    CHECK_INT(c->total[13 - 1], 1);
    CHECK_INT(c->total[3 - 1], 1); /* e only: its field has no row */
    CHECK_INT(c->total[1 - 1], 0);
    /* the goals without an indicator, ascending */
    static const int want[] = {1, 2, 4, 5, 6, 8, 9, 10, 12, 14, 15, 16, 17};
    REQUIRE(c->n_missing == sizeof want / sizeof want[0]);
    for (size_t k = 0; k < c->n_missing; k++)
        CHECK_INT(c->missing[k], want[k]);
    charta_coverage_free(c);
}

TEST(coverage_of_a_project_without_fields_or_indicators_misses_every_goal)
{
    charta_project p = {0};
    charta_coverage *c = charta_coverage_new(&p);
    REQUIRE(c);
    CHECK_INT(c->n_fields, 0);
    CHECK_INT(c->n_missing, CHARTA_SDG_GOALS);
    CHECK_INT(c->missing[0], 1);
    CHECK_INT(c->missing[CHARTA_SDG_GOALS - 1], 17);
    CHECK_INT(charta_coverage_at(c, 0, 1), 0);
    charta_coverage_free(c);
    charta_coverage_free(NULL);
}

TEST_MAIN()
