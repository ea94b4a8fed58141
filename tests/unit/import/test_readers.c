/* The table of source formats (src/import/readers.c): names, presets and
 * their defaults, the dispatch of charta_source_load. */
#include "check.h"

#include "charta/source.h"

TEST(format_names_are_the_rows_of_the_table)
{
    const char *names[] = {"csv", "genesis", "sdmx", "opensdg", "xlsx"};
    char joined[128] = "";
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        const charta_source_format *f = charta_source_format_find(names[i]);
        REQUIRE(f != NULL);
        CHECK_STR(f->name, names[i]);
        CHECK(f->load != NULL);
        if (i)
            strcat(joined, ", ");
        strcat(joined, names[i]);
    }
    CHECK_STR(charta_source_format_names(), joined);
    CHECK(charta_source_format_find("xls") == NULL);
    CHECK(!charta_source_format_find("xlsx")->keyed);
    CHECK(!charta_source_format_find("csv")->keyed);
    CHECK(charta_source_format_find("sdmx")->keyed);
    CHECK(charta_source_format_find("opensdg")->keyed);
    CHECK(charta_source_format_find(NULL) == NULL);
}

TEST(genesis_is_a_preset_and_csv_is_not)
{
    CHECK(charta_source_preset_find("genesis") != NULL);
    CHECK(charta_source_preset_find("csv") == NULL);
    CHECK(charta_source_preset_find(NULL) == NULL);
    CHECK_STR(charta_source_preset_names(), "genesis");
}

TEST(genesis_defaults_are_semicolon_decimal_comma_and_detected_frame)
{
    charta_source_spec s = {0};
    charta_source_preset_find("genesis")->defaults(&s);
    CHECK(s.genesis);
    CHECK_INT(s.delimiter, ';');
    CHECK_INT(s.decimal, ',');
    CHECK_INT(s.skip, -1);
    CHECK_INT(s.header, -1);
    CHECK(charta_source_format_find("csv")->defaults == NULL);
}

TEST(an_unknown_format_is_a_script_error_at_the_declaration)
{
    charta_diags *d = charta_diags_new();
    charta_dataset *ds = charta_dataset_new();
    REQUIRE(d && ds);
    charta_source_spec s = {
        .name = "x", .file = "x.csv", .format = "xls", .decl_file = "city.lua", .decl_line = 7};
    CHECK_INT(charta_source_load(&s, "/nonexistent", ds, NULL, d), CHARTA_ERR_SCRIPT);
    REQUIRE(charta_diags_count(d) == 1);
    CHECK_STR(charta_diags_get(d, 0)->file, "city.lua");
    CHECK_INT(charta_diags_get(d, 0)->line, 7);
    charta_dataset_free(ds);
    charta_diags_free(d);
}

TEST_MAIN()
