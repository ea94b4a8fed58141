/* Area code changes and series breaks in the dataset (dataset_changes.c). */
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

static void
put(charta_dataset *ds, int var, const char *code, int year, double x, char st)
{
    charta_dataset_put(ds, var, charta_dataset_find_area(ds, code), year, x, st, -1, 0);
}

/* A Land "14" with the old Kreis 14262 (2006-2009) and the new 14612 (2008-2011). */
static charta_dataset *
reform(int *var)
{
    charta_dataset *ds = charta_dataset_new();
    charta_dataset_add_area(ds, "14", "Sachsen", NULL);
    charta_dataset_add_area(ds, "14262", "Dresden, Kreisfreie Stadt", NULL);
    charta_dataset_add_area(ds, "14612", "Dresden, Stadt", NULL);
    *var = charta_dataset_add_variable(ds, "pkw", "cars", "kfz", CHARTA_AGG_NONE);
    return ds;
}

TEST(area_change_takes_the_one_value_there_is_and_drops_the_old_code)
{
    int pkw;
    charta_dataset *ds = reform(&pkw);
    charta_diags *d = charta_diags_new();
    put(ds, pkw, "14262", 2006, 100, 'A');
    put(ds, pkw, "14262", 2007, 101, 'A');
    put(ds, pkw, "14612", 2007, 0, 'M'); /* missing never conflicts */
    put(ds, pkw, "14262", 2008, 102, 'A');
    put(ds, pkw, "14612", 2008, 102, 'A'); /* equal where they overlap */
    put(ds, pkw, "14262", 2009, 0, 'M');
    put(ds, pkw, "14612", 2009, 103, 'A');
    put(ds, pkw, "14612", 2010, 104, 'E');
    REQUIRE(charta_dataset_add_area_change(ds, "14262", "14612", 2009) == CHARTA_OK);
    REQUIRE(charta_dataset_freeze(ds, NULL, d) == CHARTA_OK);
    CHECK_INT(charta_diags_warnings(d), 0);
    CHECK_INT(charta_dataset_area_count(ds), 2);
    CHECK_INT(charta_dataset_find_area(ds, "14262"), -1);
    char st;
    CHECK_NUM(cell(ds, pkw, "14612", 2006, &st), 100, 0);
    CHECK(st == 'A');
    CHECK_NUM(cell(ds, pkw, "14612", 2007, &st), 101, 0);
    CHECK_NUM(cell(ds, pkw, "14612", 2008, &st), 102, 0);
    CHECK_NUM(cell(ds, pkw, "14612", 2009, &st), 103, 0);
    CHECK_NUM(cell(ds, pkw, "14612", 2010, &st), 104, 0);
    CHECK(st == 'E');
    /* the parent of the new code is derived as before */
    const charta_area *a = charta_dataset_area(ds, (size_t)charta_dataset_find_area(ds, "14612"));
    REQUIRE(a);
    CHECK(a->parent == charta_dataset_find_area(ds, "14"));
    REQUIRE(charta_dataset_area_change_count(ds) == 1);
    const charta_area_change *c = charta_dataset_area_change(ds, 0);
    CHECK(c->applied);
    CHECK_STR(c->old_code, "14262");
    CHECK_STR(c->new_code, "14612");
    CHECK_STR(c->old_name, "Dresden, Kreisfreie Stadt");
    CHECK_INT(c->year, 2009);
    CHECK_INT(c->taken, 2); /* 2006 and 2007 */
    CHECK_INT(c->differ, 0);
    charta_diags_free(d);
    charta_dataset_free(ds);
}

TEST(area_change_warns_where_both_codes_differ_and_keeps_old_before_new_after)
{
    int pkw;
    charta_dataset *ds = reform(&pkw);
    charta_diags *d = charta_diags_new();
    put(ds, pkw, "14262", 2007, 0, 'A'); /* a zero that stood for "did not report" */
    put(ds, pkw, "14612", 2007, 55, 'A');
    put(ds, pkw, "14262", 2008, 200, 'A');
    put(ds, pkw, "14612", 2008, 200.1, 'A'); /* within 0.1 % */
    put(ds, pkw, "14262", 2010, 300, 'A');
    put(ds, pkw, "14612", 2010, 310, 'A');
    REQUIRE(charta_dataset_add_area_change(ds, "14262", "14612", 2009) == CHARTA_OK);
    REQUIRE(charta_dataset_freeze(ds, NULL, d) == CHARTA_OK);
    CHECK_NUM(cell(ds, pkw, "14612", 2007, NULL), 0, 0);    /* before 2009: the old code's */
    CHECK_NUM(cell(ds, pkw, "14612", 2008, NULL), 200.1, 0); /* agree: the new code's */
    CHECK_NUM(cell(ds, pkw, "14612", 2010, NULL), 310, 0);   /* from 2009: the new code's */
    REQUIRE(charta_diags_warnings(d) == 1);
    const charta_diag *w = charta_diags_get(d, 0);
    REQUIRE(w);
    CHECK_STR(w->message,
              "area_change '14262' -> '14612' (Dresden, Stadt), variable 'pkw': the two codes' "
              "values differ in 2 years by more than 0.1 %: 2007 (14262: 0, 14612: 55); 2010 "
              "(14262: 300, 14612: 310); the report keeps the old code's values before 2009 and "
              "the new code's from 2009 on. If the two codes count differently on purpose, "
              "widen the check with tolerance in variable 'pkw'");
    CHECK_INT(charta_dataset_area_change(ds, 0)->differ, 2);
    charta_diags_free(d);
    charta_dataset_free(ds);
}

TEST(area_change_chains_apply_in_order_and_children_follow_the_new_code)
{
    charta_dataset *ds = charta_dataset_new();
    charta_diags *d = charta_diags_new();
    charta_dataset_add_area(ds, "R", "Root", NULL);
    charta_dataset_add_area(ds, "b", "B", "R");
    charta_dataset_add_area(ds, "a", "A", "R");
    charta_dataset_add_area(ds, "a1", "A's part", "a");
    int v = charta_dataset_add_variable(ds, "x", "", "s", CHARTA_AGG_NONE);
    put(ds, v, "a", 2000, 1, 'A');
    put(ds, v, "b", 2005, 2, 'A');
    put(ds, v, "a1", 2000, 1, 'A');
    /* declared b -> c first: a -> b still waits for it to be applied after */
    REQUIRE(charta_dataset_add_area_change(ds, "b", "c", 2010) == CHARTA_OK);
    REQUIRE(charta_dataset_add_area_change(ds, "a", "b", 2005) == CHARTA_OK);
    CHECK(charta_dataset_add_area_change(ds, "a", "d", 2005) == CHARTA_ERR_USAGE);
    CHECK(charta_dataset_add_area_change(ds, "e", "e", 2005) == CHARTA_ERR_USAGE);
    REQUIRE(charta_dataset_freeze(ds, &(charta_freeze_opts){.root_code = "R"}, d) == CHARTA_OK);
    CHECK_INT(charta_dataset_find_area(ds, "a"), -1);
    CHECK_INT(charta_dataset_find_area(ds, "b"), -1);
    int c = charta_dataset_find_area(ds, "c");
    REQUIRE(c >= 0);
    CHECK_STR(charta_dataset_area(ds, (size_t)c)->name, "B"); /* a new code takes the old name */
    CHECK_NUM(cell(ds, v, "c", 2000, NULL), 1, 0);
    CHECK_NUM(cell(ds, v, "c", 2005, NULL), 2, 0);
    const charta_area *part = charta_dataset_area(ds, (size_t)charta_dataset_find_area(ds, "a1"));
    REQUIRE(part);
    CHECK(part->parent == c);
    charta_diags_free(d);
    charta_dataset_free(ds);
}

TEST(area_change_cycle_is_an_error_at_freeze)
{
    charta_dataset *ds = charta_dataset_new();
    charta_diags *d = charta_diags_new();
    charta_dataset_add_area(ds, "a", NULL, NULL);
    charta_dataset_add_area(ds, "b", NULL, NULL);
    charta_dataset_add_area_change(ds, "a", "b", 2001);
    charta_dataset_add_area_change(ds, "b", "a", 2002);
    CHECK(charta_dataset_freeze(ds, NULL, d) == CHARTA_ERR_DATA);
    const charta_diag *e = charta_diags_get(d, 0);
    REQUIRE(e);
    CHECK(strstr(e->message, "form a cycle") != NULL);
    charta_diags_free(d);
    charta_dataset_free(ds);
}

TEST(area_change_of_a_code_not_in_the_data_is_not_applied)
{
    int pkw;
    charta_dataset *ds = reform(&pkw);
    charta_diags *d = charta_diags_new();
    put(ds, pkw, "14612", 2010, 1, 'A');
    charta_dataset_add_area_change(ds, "99999", "14612", 2009);
    REQUIRE(charta_dataset_freeze(ds, NULL, d) == CHARTA_OK);
    CHECK(!charta_dataset_area_change(ds, 0)->applied);
    CHECK_INT(charta_dataset_area_count(ds), 3);
    CHECK(charta_dataset_area_change(ds, 1) == NULL);
    charta_diags_free(d);
    charta_dataset_free(ds);
}

TEST(series_break_marks_its_year_b_where_a_value_has_status_a)
{
    charta_dataset *ds = charta_dataset_new();
    charta_diags *d = charta_diags_new();
    charta_dataset_add_area(ds, "C", "City", NULL);
    charta_dataset_add_area(ds, "1", "North", "C");
    charta_dataset_add_area(ds, "2", "South", "C");
    charta_dataset_add_area(ds, "3", "East", "C");
    int v = charta_dataset_add_variable(ds, "pkw", "", "kfz", CHARTA_AGG_SUM);
    put(ds, v, "1", 2007, 10, 'A');
    put(ds, v, "1", 2008, 8, 'A');
    put(ds, v, "2", 2008, 5, 'E');
    put(ds, v, "3", 2008, 0, 'M');
    put(ds, v, "1", 2009, 9, 'A');
    REQUIRE(charta_dataset_add_break(ds, v, 2008) == CHARTA_OK);
    REQUIRE(charta_dataset_add_break(ds, v, 2008) == CHARTA_OK); /* once */
    REQUIRE(charta_dataset_add_break(ds, v, 1990) == CHARTA_OK); /* outside: nothing */
    size_t n;
    const int *years = charta_dataset_breaks(ds, (size_t)v, &n);
    REQUIRE(n == 2);
    CHECK_INT(years[0], 1990);
    CHECK_INT(years[1], 2008);
    REQUIRE(charta_dataset_freeze(ds, &(charta_freeze_opts){.root_code = "C"}, d) == CHARTA_OK);
    char st;
    cell(ds, v, "1", 2007, &st);
    CHECK(st == 'A');
    cell(ds, v, "1", 2008, &st);
    CHECK(st == 'B');
    cell(ds, v, "2", 2008, &st);
    CHECK(st == 'E'); /* a worse status is kept */
    cell(ds, v, "3", 2008, &st);
    CHECK(st == 'M');
    cell(ds, v, "1", 2009, &st);
    CHECK(st == 'A');
    charta_diags_free(d);
    charta_dataset_free(ds);
}

TEST_MAIN()
