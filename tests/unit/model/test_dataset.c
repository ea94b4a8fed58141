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
    CHECK_STR(w->message,
              "variable 'pop': 1 parent value differs from the sum of its parts by more than "
              "0.1 % (by up to 14.3 %): 2 South 2021 (given 7, parts 6); the report keeps the "
              "given value. If the parts do not make the whole by design (parts missing from "
              "the file, rounding), set tolerance = 0.15 or aggregate = \"none\" (no sums, no "
              "check) in variable 'pop'");
    CHECK_STR(w->file, "p.csv"); /* at the line of the given value */
    CHECK_INT(w->line, 8);
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
              "the largest number (1.8e308): C City 2020; it stays empty in the report. Check "
              "the values and the scale of variable 'pop'");
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

/* A Land's table holding two divisions of it (GENESIS tables of Kreise): Saxony's
 * Regierungsbezirke until 2007 beside its NUTS-2 regions, Saxony-Anhalt's statistical
 * regions until 2006 beside its new Kreise right below the Land. The former ones stay
 * areas with their own sums but are no parts of the Land: no doubled sum, no warning. */
TEST(a_former_division_of_a_land_is_kept_but_not_summed)
{
    charta_dataset *ds = charta_dataset_new();
    charta_diags *d = charta_diags_new();
    static const struct {
        const char *code, *name;
        int year;
        double pop;
    } rows[] = {
        {"DG", "Deutschland", 2006, 600},
        {"14", "Sachsen", 2006, 300},
        {"14", "Sachsen", 2008, 310},
        {"141", "Chemnitz, RB", 2006, 100},
        {"142", "Dresden, RB", 2006, 200},
        {"14161", "Chemnitz, krfr. St.", 2006, 100},
        {"14262", "Dresden, krfr. St.", 2006, 200},
        {"145", "Chemnitz, NUTS 2", 2006, 100},
        {"145", "Chemnitz, NUTS 2", 2008, 105},
        {"146", "Dresden, NUTS 2", 2006, 200},
        {"146", "Dresden, NUTS 2", 2008, 205},
        {"14511", "Chemnitz, Stadt", 2006, 100},
        {"14511", "Chemnitz, Stadt", 2008, 105},
        {"14612", "Dresden, Stadt", 2006, 200},
        {"14612", "Dresden, Stadt", 2008, 205},
        {"15", "Sachsen-Anhalt", 2006, 300},
        {"151", "Dessau, Stat. Region", 2006, 300},
        {"15101", "Dessau", 2006, 300},
        {"15001", "Dessau-Rosslau", 2006, 300},
        {"15001", "Dessau-Rosslau", 2008, 290},
    };
    int pop = charta_dataset_add_variable(ds, "pop", "persons", "s", CHARTA_AGG_SUM);
    int in = charta_dataset_add_input(ds, "k.csv", "s");
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        int a = charta_dataset_add_area(ds, rows[i].code, rows[i].name, NULL);
        charta_dataset_put(ds, pop, a, rows[i].year, rows[i].pop, 'A', in, (int)i + 2);
    }
    REQUIRE(charta_dataset_freeze(ds, &(charta_freeze_opts){.root_code = "DG"}, d) == CHARTA_OK);
    CHECK_INT(charta_diags_warnings(d), 0);
    const char *alternatives[] = {"141", "142", "151"},
               *parts[] = {"145", "146", "15001", "14", "14511", "15101"};
    for (size_t i = 0; i < 3; i++)
        CHECK(charta_dataset_area(ds, (size_t)charta_dataset_find_area(ds, alternatives[i]))
                  ->alternative);
    for (size_t i = 0; i < 6; i++)
        CHECK(
            !charta_dataset_area(ds, (size_t)charta_dataset_find_area(ds, parts[i]))->alternative);
    /* shown below their Land, summed from their own Kreise */
    const charta_area *rb = charta_dataset_area(ds, (size_t)charta_dataset_find_area(ds, "141"));
    CHECK_STR(charta_dataset_area(ds, (size_t)rb->parent)->code, "14");
    size_t n = 0;
    charta_dataset_children(ds, (size_t)charta_dataset_find_area(ds, "14"), &n);
    CHECK_INT(n, 2);
    char st;
    CHECK_NUM(cell(ds, pop, "DG", 2006, &st), 600, 0);
    /* one note per Land, at the data line of the first former area */
    size_t notes = 0;
    for (size_t i = 0; i < charta_diags_count(d); i++) {
        const charta_diag *e = charta_diags_get(d, i);
        if (e->severity != CHARTA_NOTE)
            continue;
        notes++;
        if (strstr(e->message, "of 14 Sachsen")) {
            CHECK_STR(e->file, "k.csv");
            CHECK_INT(e->line, 5);
            CHECK_STR(e->message,
                      "areas 141 Chemnitz, RB; 142 Dresden, RB are a former division of 14 "
                      "Sachsen beside its current one (their values end in 2006, those of its "
                      "other parts in 2008): they stay areas with their own sums, but the sum "
                      "and the check of 14 leave them out");
        }
    }
    CHECK_INT(notes, 2);
    charta_dataset_free(ds);
    charta_diags_free(d);
}

/* Only a Land's three-digit divisions are judged by when their values end: a Kreis
 * whose values stop early stays a part (its Land's sum is then missing, not smaller). */
TEST(a_kreis_whose_values_end_early_stays_a_part)
{
    charta_dataset *ds = charta_dataset_new();
    charta_diags *d = charta_diags_new();
    int pop = charta_dataset_add_variable(ds, "pop", "persons", "s", CHARTA_AGG_SUM);
    int l = charta_dataset_add_area(ds, "03", "Niedersachsen", NULL);
    int r = charta_dataset_add_area(ds, "031", "Braunschweig", NULL);
    int k1 = charta_dataset_add_area(ds, "03101", "Braunschweig, Stadt", NULL);
    int k2 = charta_dataset_add_area(ds, "03152", "Goettingen", NULL);
    int g = charta_dataset_add_area(ds, "03152001", "Goettingen, Stadt", NULL);
    charta_dataset_put(ds, pop, k1, 2015, 10, 'A', -1, 1);
    charta_dataset_put(ds, pop, k1, 2016, 11, 'A', -1, 2);
    charta_dataset_put(ds, pop, k2, 2015, 5, 'A', -1, 3);
    charta_dataset_put(ds, pop, g, 2015, 5, 'A', -1, 4);
    (void)l;
    (void)r;
    REQUIRE(charta_dataset_freeze(ds, NULL, d) == CHARTA_OK);
    for (size_t i = 0; i < charta_dataset_area_count(ds); i++)
        CHECK(!charta_dataset_area(ds, i)->alternative);
    char st;
    CHECK_NUM(cell(ds, pop, "03", 2015, &st), 15, 0);
    cell(ds, pop, "03", 2016, &st);
    CHECK(st == 'M');
    CHECK_INT(charta_diags_count(d), 0);
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
