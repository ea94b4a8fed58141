#include "check.h"

#include "charta/dataset.h"

static double
cell(const charta_dataset *ds, int var, const char *code, int year, char *st)
{
    const charta_variable *v = charta_dataset_variable(ds, (size_t)var);
    int a = charta_dataset_find_area(ds, code);
    size_t i = (size_t)a * charta_dataset_year_count(ds) +
               (size_t)(year - charta_dataset_year_first(ds));
    if (st)
        *st = v->status[i];
    return v->values[i];
}

TEST(status_worst_follows_the_sdmx_rank)
{
    CHECK(charta_status_worst('A', 'E') == 'E');
    CHECK(charta_status_worst('P', 'E') == 'E');
    CHECK(charta_status_worst('U', 'B') == 'U');
    CHECK(charta_status_worst('M', 'U') == 'M');
    CHECK(charta_status_worst('A', 'B') == 'B');
    CHECK(charta_status_is_missing('C'));
    CHECK(!charta_status_is_missing('E'));
}

TEST(parents_are_summed_from_children_unless_given)
{
    charta_dataset *ds = charta_dataset_new();
    charta_diags *d = charta_diags_new();
    charta_dataset_add_area(ds, "C", "City", NULL);
    charta_dataset_add_area(ds, "1", "North", "C");
    charta_dataset_add_area(ds, "101", "Old town", "1");
    charta_dataset_add_area(ds, "102", "Harbour", "1");
    charta_dataset_add_area(ds, "2", "South", "C");
    charta_dataset_add_area(ds, "201", "Hill", "2");
    int pop = charta_dataset_add_variable(ds, "pop", "persons", "s", CHARTA_AGG_SUM);
    int in = charta_dataset_add_input(ds, "p.csv", "s");
    charta_dataset_put(ds, pop, charta_dataset_find_area(ds, "101"), 2020, 10, 'A', in, 2);
    charta_dataset_put(ds, pop, charta_dataset_find_area(ds, "102"), 2020, 20, 'E', in, 3);
    charta_dataset_put(ds, pop, charta_dataset_find_area(ds, "201"), 2020, 5, 'A', in, 4);
    charta_dataset_put(ds, pop, charta_dataset_find_area(ds, "101"), 2021, 11, 'A', in, 5);
    charta_dataset_put(ds, pop, charta_dataset_find_area(ds, "102"), 2021, 0, 'M', in, 6);
    charta_dataset_put(ds, pop, charta_dataset_find_area(ds, "201"), 2021, 6, 'A', in, 7);
    /* the source gives South 2021 itself, disagreeing with its one child */
    charta_dataset_put(ds, pop, charta_dataset_find_area(ds, "2"), 2021, 7, 'A', in, 8);
    REQUIRE(charta_dataset_freeze(ds, &(charta_freeze_opts){.root_code = "C"}, d) == CHARTA_OK);
    char st;
    CHECK_NUM(cell(ds, pop, "1", 2020, &st), 30, 0);
    CHECK(st == 'E');
    CHECK_NUM(cell(ds, pop, "C", 2020, &st), 35, 0);
    CHECK(st == 'E');
    cell(ds, pop, "1", 2021, &st);
    CHECK(st == 'M'); /* a missing child makes the sum missing, never a smaller sum */
    CHECK_NUM(cell(ds, pop, "2", 2021, &st), 7, 0);
    CHECK_INT(charta_diags_warnings(d), 1);
    const charta_diag *w = charta_diags_get(d, 0);
    REQUIRE(w);
    CHECK(strstr(w->message, "2 South 2021: given 7, from its parts 6") != NULL);
    /* depth-first order: C, 1, 101, 102, 2, 201 */
    CHECK_STR(charta_dataset_area(ds, 0)->code, "C");
    CHECK_STR(charta_dataset_area(ds, 3)->code, "102");
    CHECK_INT(charta_dataset_area(ds, 3)->level, 2);
    CHECK_INT(charta_dataset_area(ds, 4)->parent, 0);
    CHECK_INT(charta_dataset_year_first(ds), 2020);
    CHECK_INT(charta_dataset_year_count(ds), 2);
    charta_dataset_free(ds);
    charta_diags_free(d);
}

TEST(a_sum_beyond_the_largest_double_is_missing_with_a_warning)
{
    charta_dataset *ds = charta_dataset_new();
    charta_diags *d = charta_diags_new();
    charta_dataset_add_area(ds, "C", "City", NULL);
    charta_dataset_add_area(ds, "1", "North", "C");
    charta_dataset_add_area(ds, "2", "South", "C");
    int pop = charta_dataset_add_variable(ds, "pop", "persons", "s", CHARTA_AGG_SUM);
    int in = charta_dataset_add_input(ds, "p.csv", "s");
    charta_dataset_put(ds, pop, charta_dataset_find_area(ds, "1"), 2020, 1.7e308, 'A', in, 2);
    charta_dataset_put(ds, pop, charta_dataset_find_area(ds, "2"), 2020, 1.7e308, 'A', in, 3);
    charta_dataset_put(ds, pop, charta_dataset_find_area(ds, "1"), 2021, 1.7e308, 'A', in, 4);
    charta_dataset_put(ds, pop, charta_dataset_find_area(ds, "2"), 2021, -1.7e308, 'A', in, 5);
    REQUIRE(charta_dataset_freeze(ds, &(charta_freeze_opts){.root_code = "C"}, d) == CHARTA_OK);
    char st;
    CHECK(isnan(cell(ds, pop, "C", 2020, &st)));
    CHECK(st == 'M');
    CHECK_NUM(cell(ds, pop, "C", 2021, &st), 0, 0); /* near the limit is still a number */
    CHECK(st == 'A');
    REQUIRE(charta_diags_warnings(d) == 1);
    CHECK_STR(charta_diags_get(d, 0)->message,
              "variable 'pop': 1 parent value is missing because the sum of the parts is beyond "
              "the largest number (1.8e308); first: C City 2020");
    charta_dataset_free(ds);
    charta_diags_free(d);
}

TEST(ags_codes_find_their_nearest_existing_ancestor)
{
    charta_dataset *ds = charta_dataset_new();
    charta_diags *d = charta_diags_new();
    charta_dataset_add_area(ds, "DG", "Deutschland", NULL);
    charta_dataset_add_area(ds, "03", "Niedersachsen", NULL);
    charta_dataset_add_area(ds, "03241", "Region Hannover", NULL);
    charta_dataset_add_area(ds, "03241001", "Hannover", NULL);
    charta_dataset_add_area(ds, "11", "Berlin", NULL);
    charta_dataset_add_area(ds, "05315", "Koeln", NULL); /* no 053 and no 05 here */
    int v = charta_dataset_add_variable(ds, "x", NULL, NULL, CHARTA_AGG_NONE);
    charta_dataset_put(ds, v, 0, 2015, 1, 'A', -1, 1);
    REQUIRE(charta_dataset_freeze(ds, &(charta_freeze_opts){.root_code = "DG"}, d) == CHARTA_OK);
    const charta_area *h = charta_dataset_area(ds, (size_t)charta_dataset_find_area(ds, "03241001"));
    CHECK_STR(charta_dataset_area(ds, (size_t)h->parent)->code, "03241");
    const charta_area *k = charta_dataset_area(ds, (size_t)charta_dataset_find_area(ds, "05315"));
    CHECK_STR(charta_dataset_area(ds, (size_t)k->parent)->code, "DG");
    CHECK_INT(h->level, 3);
    charta_dataset_free(ds);
    charta_diags_free(d);
}

TEST(conflicting_duplicates_are_errors_and_equal_ones_warnings)
{
    charta_dataset *ds = charta_dataset_new();
    charta_diags *d = charta_diags_new();
    charta_dataset_add_area(ds, "A", "A", NULL);
    int v = charta_dataset_add_variable(ds, "x", NULL, NULL, CHARTA_AGG_SUM);
    int in = charta_dataset_add_input(ds, "x.csv", "s");
    charta_dataset_put(ds, v, 0, 2015, 1, 'A', in, 10);
    charta_dataset_put(ds, v, 0, 2015, 1, 'A', in, 11);
    charta_dataset_put(ds, v, 0, 2016, 1, 'A', in, 12);
    charta_dataset_put(ds, v, 0, 2016, 2, 'A', in, 13);
    CHECK(charta_dataset_freeze(ds, NULL, d) == CHARTA_ERR_DATA);
    CHECK_INT(charta_diags_errors(d), 1);
    CHECK_INT(charta_diags_warnings(d), 1);
    const charta_diag *e = charta_diags_get(d, 1);
    REQUIRE(e);
    CHECK_STR(e->file, "x.csv");
    CHECK_INT(e->line, 13);
    CHECK_STR(e->message, "variable 'x', area 'A', 2016: value 2 conflicts with 1 given at x.csv:12");
    charta_dataset_free(ds);
    charta_diags_free(d);
}

TEST(weighted_mean_uses_the_weight_variable)
{
    charta_dataset *ds = charta_dataset_new();
    charta_diags *d = charta_diags_new();
    charta_dataset_add_area(ds, "C", "City", NULL);
    charta_dataset_add_area(ds, "1", "a", "C");
    charta_dataset_add_area(ds, "2", "b", "C");
    int rate = charta_dataset_add_variable(ds, "rate", "%", NULL, CHARTA_AGG_MEAN);
    int pop = charta_dataset_add_variable(ds, "pop", NULL, NULL, CHARTA_AGG_SUM);
    charta_dataset_set_weight(ds, rate, pop);
    charta_dataset_put(ds, rate, 1, 2020, 10, 'A', -1, 1);
    charta_dataset_put(ds, rate, 2, 2020, 40, 'A', -1, 2);
    charta_dataset_put(ds, pop, 1, 2020, 300, 'A', -1, 3);
    charta_dataset_put(ds, pop, 2, 2020, 100, 'A', -1, 4);
    REQUIRE(charta_dataset_freeze(ds, NULL, d) == CHARTA_OK);
    CHECK_NUM(cell(ds, rate, "C", 2020, NULL), 17.5, 1e-12);
    CHECK_NUM(cell(ds, pop, "C", 2020, NULL), 400, 0);
    charta_dataset_free(ds);
    charta_diags_free(d);
}

TEST(dropping_values_keeps_the_statuses)
{
    charta_dataset *ds = charta_dataset_new();
    charta_diags *d = charta_diags_new();
    charta_dataset_add_area(ds, "A", "A", NULL);
    int v = charta_dataset_add_variable(ds, "x", NULL, NULL, CHARTA_AGG_SUM);
    charta_dataset_put(ds, v, 0, 2020, 5, 'E', -1, 1);
    REQUIRE(charta_dataset_freeze(ds, NULL, d) == CHARTA_OK);
    charta_dataset_drop_values(ds);
    const charta_variable *var = charta_dataset_variable(ds, 0);
    CHECK(var->values == NULL);
    REQUIRE(var->status);
    CHECK(var->status[0] == 'E');
    charta_dataset_free(ds);
    charta_diags_free(d);
}

TEST_MAIN()
