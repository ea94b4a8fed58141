/* The CSV/GENESIS reader against the real files of ../shared/data/real and
 * the values their SOURCE.md files publish. */
#include "import_helpers.h"

static char rs_dir[4200], koeln_dir[4200];

static bool
real_dirs(void)
{
    const char *real = check_real_dir();
    if (!real)
        return false;
    snprintf(rs_dir, sizeof rs_dir, "%s/regionalstatistik", real);
    snprintf(koeln_dir, sizeof koeln_dir, "%s/koeln", real);
    return true;
}

/* No errors, and the freeze went through. */
#define CHECK_CLEAN(l)                                                                             \
    do {                                                                                           \
        CHECK_INT((l).load, CHARTA_OK);                                                            \
        CHECK_INT((l).freeze, CHARTA_OK);                                                          \
        const charta_diag *e_ = first_error(&(l));                                                 \
        if (e_)                                                                                    \
            fprintf(stderr, "unexpected: %s:%d:%d: %s\n", e_->file ? e_->file : "", e_->line,      \
                    e_->col, e_->message);                                                         \
        CHECK(e_ == NULL);                                                                         \
    } while (0)

static size_t
areas_with_short_codes(const loaded *l)
{
    size_t n = 0;
    for (size_t i = 0; i < charta_dataset_area_count(l->ds); i++)
        n += strlen(charta_dataset_area(l->ds, i)->code) <= 5;
    return n;
}

TEST(genesis_latin1_population_2015_reads_published_values)
{
    if (!real_dirs())
        SKIP("../shared/data/real not found");
    charta_var_spec vars[] = {VAR("population", "Insgesamt"), VAR("male", "männlich"),
                              VAR("female", "weiblich")};
    charta_source_spec spec = GENESIS_SPEC("12411-01-01-4.csv", CHARTA_ENC_LATIN1, vars);
    loaded l = load_spec(&spec, rs_dir);
    CHECK_CLEAN(l);
    char st;
    CHECK_NUM(value_at(&l, "population", "01001", 2015, &st), 85942, 0);
    CHECK_INT(st, 'A');
    CHECK_NUM(value_at(&l, "population", "DG", 2015, NULL), 82175684, 0);
    CHECK_NUM(value_at(&l, "male", "DG", 2015, NULL), 40514123, 0);
    CHECK_NUM(value_at(&l, "population", "05315", 2015, NULL), 1060582, 0);
    CHECK_NUM(value_at(&l, "population", "14713", 2015, NULL), 560472, 0);
    CHECK_NUM(value_at(&l, "population", "14612", 2015, NULL), 543825, 0);
    CHECK_NUM(value_at(&l, "population", "09162", 2015, NULL), 1450381, 0);
    /* 523 regions (DG, Länder, Regierungsbezirke, Kreise) plus three
     * 8-digit Gemeinden (Hannover, Aachen, Saarbrücken) */
    CHECK_INT(charta_dataset_area_count(l.ds), 526);
    CHECK_INT(areas_with_short_codes(&l), 523);
    CHECK_INT(charta_dataset_year_first(l.ds), 2015);
    CHECK_INT(charta_dataset_year_count(l.ds), 1);
    int a = charta_dataset_find_area(l.ds, "01001");
    REQUIRE(a >= 0);
    CHECK_STR(charta_dataset_area(l.ds, (size_t)a)->name, "Flensburg, Kreisfreie Stadt");
    a = charta_dataset_find_area(l.ds, "16068");
    REQUIRE(a >= 0);
    CHECK_STR(charta_dataset_area(l.ds, (size_t)a)->name, "Sömmerda, Kreis");
    REQUIRE(charta_dataset_input_count(l.ds) == 1);
    CHECK_STR(input_of(&l, 0)->path, "12411-01-01-4.csv");
    CHECK_STR(input_of(&l, 0)->source, "src");
    CHECK_INT(input_of(&l, 0)->rows, 526);
    CHECK_STR(input_of(&l, 0)->as_of, "2017-12-14");
    loaded_free(&l);
}

TEST(genesis_latin1_area_reads_the_year_from_the_date_column)
{
    if (!real_dirs())
        SKIP("../shared/data/real not found");
    charta_var_spec vars[] = {VAR("area_km2", "Gebietsfläche")};
    charta_source_spec spec = GENESIS_SPEC("11111-01-01-4.csv", CHARTA_ENC_LATIN1, vars);
    loaded l = load_spec(&spec, rs_dir);
    CHECK_CLEAN(l);
    CHECK_NUM(value_at(&l, "area_km2", "01001", 2015, NULL), 56.74, 0);
    CHECK_NUM(value_at(&l, "area_km2", "05315", 2015, NULL), 405.02, 0);
    CHECK_NUM(value_at(&l, "area_km2", "DG", 2015, NULL), 357385.71, 0);
    CHECK_NUM(value_at(&l, "area_km2", "09162", 2015, NULL), 310.70, 0);
    CHECK_INT(charta_dataset_area_count(l.ds), 526);
    CHECK_STR(input_of(&l, 0)->as_of, "2017-12-14");
    /* the full header path selects the same column */
    loaded_free(&l);
    charta_var_spec vars2[] = {VAR("area_km2", "Gebietsfläche/qkm")};
    spec = GENESIS_SPEC("11111-01-01-4.csv", CHARTA_ENC_LATIN1, vars2);
    l = load_spec(&spec, rs_dir);
    CHECK_CLEAN(l);
    CHECK_NUM(value_at(&l, "area_km2", "01001", 2015, NULL), 56.74, 0);
    loaded_free(&l);
}

TEST(genesis_utf8_wide_table_gives_one_column_group_per_date)
{
    if (!real_dirs())
        SKIP("../shared/data/real not found");
    charta_var_spec vars[] = {VAR("population", "Insgesamt"), VAR("male", "männlich"),
                              VAR("female", "weiblich")};
    charta_source_spec spec = GENESIS_SPEC("12411-01-01-4_00.csv", CHARTA_ENC_UTF8, vars);
    loaded l = load_spec(&spec, rs_dir);
    CHECK_CLEAN(l);
    CHECK_INT(charta_dataset_year_first(l.ds), 1995);
    CHECK_INT(charta_dataset_year_count(l.ds), 21);
    CHECK_NUM(value_at(&l, "population", "01001", 2015, NULL), 85942, 0);
    CHECK_NUM(value_at(&l, "population", "01001", 2014, NULL), 84694, 0);
    CHECK_NUM(value_at(&l, "population", "14713", 2015, NULL), 560472, 0);
    CHECK_NUM(value_at(&l, "population", "05315", 2012, NULL), 1024373, 0); /* koeln/SOURCE.md */
    CHECK_NUM(value_at(&l, "population", "08222", 2015, NULL), 305780, 0);
    CHECK_NUM(value_at(&l, "population", "08421", 2015, NULL), 122636, 0);
    CHECK_NUM(value_at(&l, "female", "01001", 2015, NULL), 43175, 0);
    /* every area-year cell is given: `.` (150 cells) is missing; every `-`
     * (2235 cells; SOURCE.md says 2158) stands in a date's column group that
     * is all `-` (the area did not report that year: a Kreis before or after
     * a reform), so it is missing too and no `-` is a zero */
    size_t m = count_status(&l, "population", 'M', 0) + count_status(&l, "male", 'M', 0) +
               count_status(&l, "female", 'M', 0);
    size_t z = count_status(&l, "population", 'A', 1) + count_status(&l, "male", 'A', 1) +
               count_status(&l, "female", 'A', 1);
    CHECK_INT(m, 150 + 2235);
    CHECK_INT(z, 0);
    CHECK_STR(input_of(&l, 0)->as_of, "2017-10-10");
    CHECK_INT(input_of(&l, 0)->rows, 526);
    loaded_free(&l);
}

/* The population of every Kreis, Regierungsbezirk and Land summed up: Saxony's
 * Regierungsbezirke (until 2007) beside its NUTS-2 regions and Saxony-Anhalt's
 * statistical regions (until 2006) beside its Kreise are former divisions, kept as
 * areas but not summed into their Land: no Land differs from its parts (before, 20
 * cells of 14 and 15 were exactly twice the Land). */
TEST(genesis_summed_population_counts_one_division_of_each_land)
{
    if (!real_dirs())
        SKIP("../shared/data/real not found");
    charta_var_spec vars[] = {VAR("population", "Insgesamt")};
    vars[0].aggregate = CHARTA_AGG_SUM;
    charta_source_spec spec = GENESIS_SPEC("12411-01-01-4_00.csv", CHARTA_ENC_UTF8, vars);
    loaded l = load_spec(&spec, rs_dir);
    CHECK_CLEAN(l);
    static const char *const former[] = {"141", "142", "143", "151", "152", "153"};
    for (size_t i = 0; i < sizeof former / sizeof former[0]; i++) {
        int a = charta_dataset_find_area(l.ds, former[i]);
        REQUIRE(a >= 0);
        CHECK(charta_dataset_area(l.ds, (size_t)a)->alternative);
    }
    size_t n_alternative = 0;
    for (size_t i = 0; i < charta_dataset_area_count(l.ds); i++)
        n_alternative += charta_dataset_area(l.ds, i)->alternative;
    CHECK_INT(n_alternative, 6);
    /* what differs still is a Kreis beside the one city of it that the table lists
     * (03241 Region Hannover, 05334 Aachen, 10041 Saarbruecken), never a Land */
    for (size_t i = 0; i < charta_diags_count(l.diags); i++) {
        const charta_diag *e = charta_diags_get(l.diags, i);
        CHECK(!strstr(e->message, "Sachsen 2"));
        CHECK(!strstr(e->message, "Sachsen-Anhalt 2"));
    }
    CHECK_INT(count_diags(&l, CHARTA_NOTE), 2);
    CHECK_NUM(value_at(&l, "population", "14", 2000, NULL), 4425581, 0);
    CHECK_NUM(value_at(&l, "population", "15", 2000, NULL), 2615375, 0);
    loaded_free(&l);
}

TEST(genesis_full_path_with_date_selects_a_single_year)
{
    if (!real_dirs())
        SKIP("../shared/data/real not found");
    charta_var_spec vars[] = {VAR("pop2010", "31.12.2010/Insgesamt")};
    charta_source_spec spec = GENESIS_SPEC("12411-01-01-4_00.csv", CHARTA_ENC_UTF8, vars);
    loaded l = load_spec(&spec, rs_dir);
    CHECK_CLEAN(l);
    CHECK_INT(charta_dataset_year_first(l.ds), 2010);
    CHECK_INT(charta_dataset_year_count(l.ds), 1);
    CHECK_NUM(value_at(&l, "pop2010", "01001", 2010, NULL), 88759, 0);
    loaded_free(&l);
}

TEST(genesis_vehicles_count_for_the_year_of_their_date)
{
    if (!real_dirs())
        SKIP("../shared/data/real not found");
    charta_var_spec vars[] = {VAR("cars", "Pkw"), VAR("vehicles", "Insgesamt")};
    charta_source_spec spec = GENESIS_SPEC("46251-01-02-4_00.csv", CHARTA_ENC_UTF8, vars);
    loaded l = load_spec(&spec, rs_dir);
    CHECK_CLEAN(l);
    CHECK_NUM(value_at(&l, "cars", "01001", 2016, NULL), 41440, 0); /* 01.01.2016 */
    CHECK_NUM(value_at(&l, "cars", "14713", 2016, NULL), 216206, 0);
    CHECK_NUM(value_at(&l, "cars", "01001", 2017, NULL), 42321, 0);
    CHECK_NUM(value_at(&l, "cars", "DG", 2017, NULL), 45782167, 0);
    CHECK_NUM(value_at(&l, "vehicles", "01001", 2016, NULL), 47483, 0);
    CHECK_INT(charta_dataset_year_first(l.ds), 1996);
    CHECK_INT(charta_dataset_year_count(l.ds), 22);
    /* 11,506 rows in SOURCE.md, plus 66 of the three 8-digit Gemeinden */
    CHECK_INT(input_of(&l, 0)->rows, 11572);
    CHECK_STR(input_of(&l, 0)->as_of, "2017-10-10");
    loaded_free(&l);
}

TEST(genesis_waste_with_three_header_rows)
{
    if (!real_dirs())
        SKIP("../shared/data/real not found");
    charta_var_spec vars[] = {
        VAR("waste", "Insgesamt"),
        VAR("bulky", "Haus- und Sperrmüll"),
        VAR("organic", "Getrennt erfasste organische Abfälle"),
        VAR("biobin", "Abfälle aus der Biotonne"),
        VAR("garden", "biolog. abbaubare Garten- und Parkabfälle"),
        VAR("recyclables", "Getrennt erfasste Wertstoffe"),
        VAR("other", "Sonstige Abfälle"),
    };
    charta_source_spec spec = GENESIS_SPEC("32121-01-02-4_00.csv", CHARTA_ENC_UTF8, vars);
    loaded l = load_spec(&spec, rs_dir);
    CHECK_CLEAN(l);
    CHECK_NUM(value_at(&l, "waste", "01001", 2015, NULL), 42860, 0);
    CHECK_NUM(value_at(&l, "waste", "08222", 2015, NULL), 130502, 0);
    CHECK_NUM(value_at(&l, "waste", "08421", 2015, NULL), 53757, 0);
    CHECK_NUM(value_at(&l, "waste", "DG", 2015, NULL), 37375696, 0);
    CHECK_NUM(value_at(&l, "bulky", "01001", 2015, NULL), 20300, 0);
    CHECK_INT(input_of(&l, 0)->rows, 6312);
    CHECK_STR(input_of(&l, 0)->as_of, "2017-10-10");
    /* `.` (1132 cells) is missing; of the 5722 `-`, 5628 stand in rows
     * that are `-` in every column (the area did not report that year):
     * missing; the other 94 and the 1077 literal zeros are zero */
    const char *names[] = {"waste", "bulky", "organic", "biobin", "garden", "recyclables", "other"};
    size_t zeros = 0, missing = 0;
    for (int i = 0; i < 7; i++) {
        zeros += count_status(&l, names[i], 'A', 1);
        missing += count_status(&l, names[i], 'M', 0);
    }
    CHECK_INT(zeros, 94 + 1077);
    size_t absent = 7 * (charta_dataset_area_count(l.ds) * charta_dataset_year_count(l.ds) - 6312);
    CHECK_INT(missing, absent + 1132 + 5628);
    loaded_free(&l);
}

TEST(genesis_regionalatlas_population_maps_dots_and_x_to_missing)
{
    if (!real_dirs())
        SKIP("../shared/data/real not found");
    charta_var_spec vars[] = {
        VAR("density", "Bevölkerungsdichte (Einwohner je qkm)"),
        VAR("change", "Zunahme(+)/Abnahme(-) der Bevölkerung je 10.000 EW"),
        VAR("foreigners", "Anteil Ausländer an der Gesamtbevölkerung"),
        VAR("births", "Lebendgeborene je 10.000 Einwohner"),
        VAR("deaths", "Gestorbene je 10.000 Einwohner"),
        VAR("natural", "Geburten-/Gestorbenenüberschuss je 10.000 Einw."),
        VAR("migration", "Wanderungssaldo je 10.000 Einwohner"),
    };
    charta_source_spec spec = GENESIS_SPEC("AI002-1_00.csv", CHARTA_ENC_UTF8, vars);
    loaded l = load_spec(&spec, rs_dir);
    CHECK_CLEAN(l);
    CHECK_NUM(value_at(&l, "density", "01001", 2015, NULL), 1514.7, 0);
    CHECK_NUM(value_at(&l, "density", "05315", 2015, NULL), 2618.6, 0);
    CHECK_NUM(value_at(&l, "density", "09162", 2015, NULL), 4668.1, 0);
    CHECK_NUM(value_at(&l, "density", "14612", 2015, NULL), 1655.6, 0);
    CHECK_NUM(value_at(&l, "density", "DG", 2015, NULL), 229.9, 0);
    CHECK_NUM(value_at(&l, "natural", "01001", 2015, NULL), -24.3, 0);
    char st;
    CHECK(isnan(value_at(&l, "change", "01001", 1995, &st))); /* `x` in the first year */
    CHECK_INT(st, 'M');
    CHECK_NUM(value_at(&l, "change", "01001", 2015, NULL), 146.3, 0);
    CHECK_INT(input_of(&l, 0)->rows, 6838);
    CHECK_STR(input_of(&l, 0)->as_of, "2017-10-10");
    /* 4808 `.` and 2100 `x` cells become M, on top of the area-years the
     * file does not have; of the 82 `-` cells, 77 stand in rows that are `-`
     * in every column (not reported: M), 5 among values (zero) */
    size_t missing = 0, zeros = 0;
    for (size_t i = 0; i < 7; i++) {
        missing += count_status(&l, vars[i].name, 'M', 0);
        zeros += count_status(&l, vars[i].name, 'A', 1);
    }
    CHECK_INT(charta_dataset_year_count(l.ds), 21);
    size_t absent = 7 * (charta_dataset_area_count(l.ds) * 21 - 6838);
    CHECK_INT(missing, absent + 4808 + 2100 + 77);
    CHECK(zeros >= 5);
    loaded_free(&l);
}

TEST(genesis_regionalatlas_cars_and_waste_per_inhabitant)
{
    if (!real_dirs())
        SKIP("../shared/data/real not found");
    charta_var_spec cars[] = {VAR("cars_per_1000", "Pkw je 1.000 Einwohner")};
    charta_source_spec spec = GENESIS_SPEC("AI013-1_00.csv", CHARTA_ENC_UTF8, cars);
    loaded l = load_spec(&spec, rs_dir);
    CHECK_CLEAN(l);
    CHECK_NUM(value_at(&l, "cars_per_1000", "01001", 2016, NULL), 482.2, 0);
    CHECK_NUM(value_at(&l, "cars_per_1000", "14713", 2016, NULL), 385.8, 0);
    CHECK_NUM(value_at(&l, "cars_per_1000", "11", 2016, NULL), 334.8, 0);
    CHECK_NUM(value_at(&l, "cars_per_1000", "DG", 2016, NULL), 548.5, 0);
    CHECK_INT(input_of(&l, 0)->rows, 7364);
    CHECK_STR(input_of(&l, 0)->as_of, "2017-10-10");
    size_t absent = charta_dataset_area_count(l.ds) * charta_dataset_year_count(l.ds) - 7364;
    /* 755 signs, and 14 rows of `-` only (not reported) */
    CHECK_INT(count_status(&l, "cars_per_1000", 'M', 0), absent + 755 + 14);
    loaded_free(&l);

    charta_var_spec waste[] = {VAR("waste_per_inh", "Haushaltsabfälle je Einwohner")};
    spec = GENESIS_SPEC("AI-N-12_00.csv", CHARTA_ENC_UTF8, waste);
    l = load_spec(&spec, rs_dir);
    CHECK_CLEAN(l);
    CHECK_NUM(value_at(&l, "waste_per_inh", "01001", 2015, NULL), 498.7, 0);
    CHECK_NUM(value_at(&l, "waste_per_inh", "08222", 2015, NULL), 426.8, 0);
    CHECK_NUM(value_at(&l, "waste_per_inh", "08421", 2015, NULL), 438.3, 0);
    CHECK_NUM(value_at(&l, "waste_per_inh", "05314", 2015, NULL), 473.0, 0);
    CHECK_NUM(value_at(&l, "waste_per_inh", "07211", 2005, NULL), 405.5, 0);
    CHECK_INT(input_of(&l, 0)->rows, 5786);
    CHECK_STR(input_of(&l, 0)->as_of, "2017-10-10");
    absent = charta_dataset_area_count(l.ds) * charta_dataset_year_count(l.ds) - 5786;
    /* 915 signs, and 11 rows of `-` only (not reported) */
    CHECK_INT(count_status(&l, "waste_per_inh", 'M', 0), absent + 915 + 11);
    loaded_free(&l);
}

TEST(genesis_ambiguous_segment_lists_the_candidates)
{
    if (!real_dirs())
        SKIP("../shared/data/real not found");
    charta_var_spec vars[] = {VAR("x", "Anzahl")};
    charta_source_spec spec = GENESIS_SPEC("AI013-1_00.csv", CHARTA_ENC_UTF8, vars);
    loaded l = load_spec(&spec, rs_dir);
    CHECK_INT(l.load, CHARTA_OK); /* only one column holds "Anzahl" here */
    loaded_free(&l);
    charta_var_spec vars2[] = {VAR("x", "Anzahl")};
    spec = GENESIS_SPEC("AI002-1_00.csv", CHARTA_ENC_UTF8, vars2);
    l = load_spec(&spec, rs_dir);
    CHECK_INT(l.load, CHARTA_ERR_SCRIPT);
    const charta_diag *e = first_error(&l);
    REQUIRE(e);
    CHECK_STR(e->file, "city.lua");
    CHECK_INT(e->line, 3);
    CHECK_STR(e->message,
              "source 'src': column 'Anzahl' (variable 'x') is ambiguous in AI002-1_00.csv: it "
              "matches "
              "'Bevölkerungsdichte (Einwohner je qkm)/Anzahl', 'Zunahme(+)/Abnahme(-) der "
              "Bevölkerung je 10.000 EW/Anzahl', 'Lebendgeborene je 10.000 Einwohner/Anzahl', "
              "'Gestorbene je 10.000 Einwohner/Anzahl', 'Geburten-/Gestorbenenüberschuss je "
              "10.000 Einw./Anzahl', 'Wanderungssaldo je 10.000 Einwohner/Anzahl'; write more "
              "of the header path");
    loaded_free(&l);
}

TEST(genesis_missing_column_lists_the_columns_and_suggests_one)
{
    if (!real_dirs())
        SKIP("../shared/data/real not found");
    charta_var_spec vars[] = {VAR("cars", "Pkww")};
    charta_source_spec spec = GENESIS_SPEC("46251-01-02-4_00.csv", CHARTA_ENC_UTF8, vars);
    loaded l = load_spec(&spec, rs_dir);
    CHECK_INT(l.load, CHARTA_ERR_SCRIPT);
    const charta_diag *e = first_error(&l);
    REQUIRE(e);
    CHECK_INT(e->status, CHARTA_ERR_SCRIPT);
    CHECK_STR(e->file, "city.lua");
    CHECK_INT(e->line, 3);
    CHECK_STR(e->message, "source 'src': no column 'Pkww' (variable 'cars') in "
                          "46251-01-02-4_00.csv; did you mean 'Pkw'? The header (line 6) has: "
                          "'Kraftfahrzeugarten/Insgesamt', "
                          "'Kraftfahrzeugarten/Pkw', 'Kraftfahrzeugarten/Lkw', "
                          "'Kraftfahrzeugarten/Zugmaschinen', 'Kraftfahrzeugarten/Krafträder'");
    loaded_free(&l);
}

TEST(koeln_land_use_genesis_file_about_one_area)
{
    if (!real_dirs())
        SKIP("../shared/data/real not found");
    charta_var_spec vars[] = {
        VAR("land", "Bodenfläche insgesamt"),
        VAR("moor", "Moor"),
        VAR("settlement", "Siedlungs- und Verkehrsfläche"),
        VAR("buildings", "Gebäude- und Freifläche/Insgesamt"),
    };
    charta_source_spec spec =
        GENESIS_SPEC("33111-02ir_flaechennutzung_koeln_genesis.csv", CHARTA_ENC_LATIN1, vars);
    spec.area_value = "05315";
    loaded l = load_spec(&spec, koeln_dir);
    CHECK_CLEAN(l);
    CHECK_INT(charta_dataset_area_count(l.ds), 1);
    CHECK_INT(charta_dataset_year_first(l.ds), 1994);
    CHECK_INT(charta_dataset_year_count(l.ds), 19);
    char st;
    CHECK_NUM(value_at(&l, "land", "05315", 2012, &st), 4051641, 0);
    CHECK_INT(st, 'A');
    CHECK_NUM(value_at(&l, "land", "05315", 1994, NULL), 4051344, 0);
    CHECK_NUM(value_at(&l, "settlement", "05315", 2012, NULL), 2464403, 0);
    CHECK_NUM(value_at(&l, "buildings", "05315", 2012, NULL), 1313410, 0);
    CHECK_NUM(value_at(&l, "moor", "05315", 2009, &st), 0, 0); /* `-`: nothing */
    CHECK_INT(st, 'A');
    CHECK_NUM(value_at(&l, "moor", "05315", 2012, &st), 0, 0); /* a literal 0 */
    CHECK_INT(st, 'A');
    CHECK_INT(input_of(&l, 0)->rows, 19);
    CHECK_STR(input_of(&l, 0)->as_of, "2013-10-07");
    loaded_free(&l);
}

TEST(koeln_land_use_without_an_area_says_how_to_name_one)
{
    if (!real_dirs())
        SKIP("../shared/data/real not found");
    charta_var_spec vars[] = {VAR("land", "Bodenfläche insgesamt")};
    charta_source_spec spec =
        GENESIS_SPEC("33111-02ir_flaechennutzung_koeln_genesis.csv", CHARTA_ENC_LATIN1, vars);
    loaded l = load_spec(&spec, koeln_dir);
    CHECK_INT(l.load, CHARTA_ERR_DATA);
    const charta_diag *e = first_error(&l);
    REQUIRE(e);
    CHECK_INT(e->line, 7);
    CHECK_STR(e->message, "no area column: the 1 key column (empty header cells) holds no area "
                          "codes; set area = \"#n\" or area_value");
    loaded_free(&l);
}

TEST(koeln_election_plain_csv_with_decimal_comma)
{
    if (!real_dirs())
        SKIP("../shared/data/real not found");
    charta_var_spec vars[] = {VAR("electorate", "Wahlberechtigte"), VAR("voters", "abgegeben"),
                              VAR("turnout", "Wahlbeteiligung"), VAR("cdu_pct", "CDU_Proz"),
                              VAR("cdu2_pct", "Z_CDU_Proz")};
    charta_source_spec spec = {.name = "btw",
                               .file = "btw2013_result_stadtbezirk.csv",
                               .decl_file = "city.lua",
                               .decl_line = 9,
                               .delimiter = ';',
                               .decimal = ',',
                               .area = "Nr",
                               .area_name = "Name",
                               .year_value = 2013,
                               .vars = vars,
                               .n_vars = 5};
    loaded l = load_spec(&spec, koeln_dir);
    CHECK_CLEAN(l);
    CHECK_NUM(value_at(&l, "electorate", "5", 2013, NULL), 52542, 0);
    CHECK_NUM(value_at(&l, "voters", "5", 2013, NULL), 34290, 0);
    CHECK_NUM(value_at(&l, "turnout", "5", 2013, NULL), 65.26, 0);
    CHECK_NUM(value_at(&l, "cdu_pct", "5", 2013, NULL), 42.98, 0);
    CHECK_NUM(value_at(&l, "cdu2_pct", "5", 2013, NULL), 39.51, 0);
    CHECK_INT(charta_dataset_area_count(l.ds), 9);
    int a = charta_dataset_find_area(l.ds, "5");
    REQUIRE(a >= 0);
    CHECK_STR(charta_dataset_area(l.ds, (size_t)a)->name, "Chorweiler");
    CHECK(input_of(&l, 0)->as_of == NULL);
    loaded_free(&l);
}

TEST(koeln_population_long_table)
{
    if (!real_dirs())
        SKIP("../shared/data/real not found");
    charta_var_spec vars[] = {VAR("population", "Einwohner"), VAR("male", "Männlich"),
                              VAR("female", "Weiblich")};
    charta_source_spec spec = {.name = "bev",
                               .file = "bevoelkerung_stadtteile_2005-2012_subset.csv",
                               .decl_file = "city.lua",
                               .decl_line = 12,
                               .layout = CHARTA_LAYOUT_LONG,
                               .area = "raum_id",
                               .area_name = "raum",
                               .year = "jahr",
                               .variable = "zeile",
                               .value = "zahl",
                               .vars = vars,
                               .n_vars = 3};
    loaded l = load_spec(&spec, koeln_dir);
    CHECK_CLEAN(l);
    CHECK_NUM(value_at(&l, "population", "000", 2005, NULL), 1023101, 0);
    CHECK_NUM(value_at(&l, "population", "000", 2010, NULL), 1027504, 0);
    CHECK_NUM(value_at(&l, "population", "000", 2012, NULL), 1044555, 0);
    CHECK_NUM(value_at(&l, "population", "001", 2005, NULL), 129496, 0);
    CHECK_NUM(value_at(&l, "male", "000", 2005, NULL), 498010, 0);
    CHECK_NUM(value_at(&l, "female", "000", 2005, NULL), 525091, 0);
    CHECK_INT(charta_dataset_area_count(l.ds), 96);
    CHECK_INT(input_of(&l, 0)->rows, 2304);
    /* the 9 Stadtbezirke sum to the city in every year */
    for (int y = 2005; y <= 2012; y++) {
        double sum = 0;
        for (int b = 1; b <= 9; b++) {
            char code[4];
            snprintf(code, sizeof code, "%03d", b);
            sum += value_at(&l, "population", code, y, NULL);
        }
        CHECK_NUM(sum, value_at(&l, "population", "000", y, NULL), 0);
    }
    loaded_free(&l);
}

TEST_MAIN()
