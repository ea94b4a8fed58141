/* The CSV/GENESIS reader and the areas file on small fixtures: damaged
 * copies of a real GENESIS export, and one plain file per problem. */
#include <fcntl.h>
#include <unistd.h>

#include "import_helpers.h"

/* A plain CSV source over the fixtures: area "Nr", one year. */
#define PLAIN_SPEC(f, v)                                                                           \
    (charta_source_spec)                                                                           \
    {                                                                                              \
        .name = "src", .file = (char *)(f), .decl_file = "city.lua", .decl_line = 3, .area = "Nr", \
        .year_value = 2020, .vars = (v), .n_vars = sizeof(v) / sizeof((v)[0])                      \
    }

static void
check_diag(const charta_diag *d, charta_status st, const char *file, int line, int col,
           const char *message)
{
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_INT(d->status, st);
    CHECK_STR(d->file, file);
    CHECK_INT(d->line, line);
    CHECK_INT(d->col, col);
    CHECK_STR(d->message, message);
}

/* --- damaged copies of regionalstatistik 12411-01-01-4.csv (Latin-1) ---- */

TEST(genesis_truncated_footer_is_an_error_at_the_footnote_start)
{
    charta_var_spec vars[] = {VAR("population", "Insgesamt")};
    charta_source_spec spec = GENESIS_SPEC("genesis_truncated_footer.csv", CHARTA_ENC_LATIN1, vars);
    loaded l = load_spec(&spec, FIXTURES);
    CHECK_INT(l.load, CHARTA_ERR_DATA);
    CHECK_INT(count_diags(&l, CHARTA_ERROR), 1);
    check_diag(first_error(&l), CHARTA_ERR_DATA, "genesis_truncated_footer.csv", 20, 0,
               "truncated GENESIS footer: quoted footnote from line 20 is not closed");
    /* the rows before the footer were read */
    CHECK_NUM(value_at(&l, "population", "01001", 2015, NULL), 85942, 0);
    CHECK_INT(input_of(&l, 0)->rows, 10);
    loaded_free(&l);
}

TEST(genesis_damaged_rows_report_each_problem_and_keep_the_rest)
{
    charta_var_spec vars[] = {VAR("population", "Insgesamt"), VAR("male", "männlich"),
                              VAR("female", "weiblich")};
    charta_source_spec spec = GENESIS_SPEC("genesis_bad_rows.csv", CHARTA_ENC_LATIN1, vars);
    loaded l = load_spec(&spec, FIXTURES);
    CHECK_INT(l.load, CHARTA_ERR_DATA);
    CHECK_INT(count_diags(&l, CHARTA_ERROR), 2);
    check_diag(nth_diag(&l, CHARTA_ERROR, 0), CHARTA_ERR_DATA, "genesis_bad_rows.csv", 11, 4,
               "field 4 (column '31.12.2015/männlich'): cannot read '12,3,4' as a number: more "
               "than one decimal separator ','");
    check_diag(nth_diag(&l, CHARTA_ERROR, 1), CHARTA_ERR_DATA, "genesis_bad_rows.csv", 12, 0,
               "found 4 fields, expected 5");
    char st;
    CHECK_NUM(value_at(&l, "population", "01001", 2015, NULL), 85942, 0);
    CHECK_NUM(value_at(&l, "female", "01001", 2015, NULL), 43175, 0);
    CHECK(isnan(value_at(&l, "male", "01001", 2015, &st)));
    CHECK_INT(st, 'M');
    CHECK_NUM(value_at(&l, "population", "01003", 2015, NULL), 216253, 0);
    CHECK_STR(input_of(&l, 0)->as_of, "2017-12-14");
    loaded_free(&l);
}

TEST(genesis_without_footer_warns_that_the_file_may_be_truncated)
{
    charta_var_spec vars[] = {VAR("population", "Insgesamt")};
    charta_source_spec spec = GENESIS_SPEC("genesis_no_footer.csv", CHARTA_ENC_LATIN1, vars);
    loaded l = load_spec(&spec, FIXTURES);
    CHECK_INT(l.load, CHARTA_OK);
    CHECK_INT(count_diags(&l, CHARTA_ERROR), 0);
    const charta_diag *w = nth_diag(&l, CHARTA_WARNING, 0);
    REQUIRE(w);
    CHECK_STR(w->file, "genesis_no_footer.csv");
    CHECK_STR(w->message,
              "no GENESIS footer (a line starting with \"___\"): the file may be truncated; the "
              "rows read are used, but download the table again if rows are missing");
    CHECK(input_of(&l, 0)->as_of == NULL);
    CHECK_NUM(value_at(&l, "population", "01055", 2015, NULL), 199574, 0);
    loaded_free(&l);
}

/* --- GENESIS signs ------------------------------------------------------ */

TEST(genesis_signs_map_to_statuses_and_missing_is_never_zero)
{
    charta_var_spec vars[] = {VAR("v", "Wert")};
    charta_source_spec spec = GENESIS_SPEC("genesis_signs.csv", CHARTA_ENC_UTF8, vars);
    char *missing[] = {"k.A."};
    spec.missing = missing;
    spec.n_missing = 1;
    loaded l = load_spec(&spec, FIXTURES);
    CHECK_INT(l.load, CHARTA_OK);
    CHECK_INT(l.freeze, CHARTA_OK);
    static const struct {
        const char *code;
        char st;
        double v; /* NAN: no value */
    } want[] = {
        {"01", 'M', NAN}, /* .   */
        {"02", 'M', NAN}, /* ... */
        {"03", 'M', NAN}, /* x   */
        {"04", 'M', NAN}, /* /   */
        {"05", 'M', NAN}, /* -   alone in its row: not reported (test_source_signs.c) */
        {"06", 'U', 12},  /* (12) */
        {"07", 'P', 123}, /* 123p */
        {"08", 'E', 124}, /* 124 s */
        {"09", 'A', 5},   /* 5r  */
        {"10", 'A', 0},   /* 0   */
        {"11", 'M', NAN}, /* k.A. (the source's own sign) */
        {"12", 'M', NAN}, /* empty */
        {"13", 'A', 1.5}, /* 1,5 */
        {"14", 'M', NAN}, /* en dash, alone in its row: not reported */
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        char st;
        double v = value_at(&l, "v", want[i].code, 2020, &st);
        if (st != want[i].st)
            fprintf(stderr, "area %s: status %c, want %c\n", want[i].code, st, want[i].st);
        CHECK_INT(st, want[i].st);
        if (isnan(want[i].v))
            CHECK(isnan(v));
        else
            CHECK_NUM(v, want[i].v, 0);
    }
    CHECK_STR(input_of(&l, 0)->as_of, "2021-02-01");
    int a = charta_dataset_find_area(l.ds, "13");
    REQUIRE(a >= 0);
    CHECK_STR(charta_dataset_area(l.ds, (size_t)a)->name, "Land M");
    loaded_free(&l);
}

TEST(genesis_unknown_sign_without_missing_setting_is_an_error)
{
    charta_var_spec vars[] = {VAR("v", "Wert")};
    charta_source_spec spec = GENESIS_SPEC("genesis_signs.csv", CHARTA_ENC_UTF8, vars);
    loaded l = load_spec(&spec, FIXTURES);
    CHECK_INT(l.load, CHARTA_ERR_DATA);
    CHECK_INT(count_diags(&l, CHARTA_ERROR), 1);
    check_diag(first_error(&l), CHARTA_ERR_DATA, "genesis_signs.csv", 16, 4,
               "field 4 (column 'Wert/Anzahl'): cannot read 'k.A.' as a number: unexpected 'k' "
               "at character 1");
    loaded_free(&l);
}

/* --- plain CSV ------------------------------------------------------------ */

TEST(plain_csv_with_bom_decimal_comma_and_thousands_dot)
{
    charta_var_spec vars[] = {VAR("pop", "Einwohner"), VAR("area", "Fläche"), VAR("pop3", "#3")};
    charta_source_spec spec = PLAIN_SPEC("plain_bom.csv", vars);
    spec.delimiter = ';';
    spec.decimal = ',';
    spec.thousands = '.';
    spec.area_name = "Name";
    loaded l = load_spec(&spec, FIXTURES);
    CHECK_INT(l.load, CHARTA_OK);
    CHECK_INT(count_diags(&l, CHARTA_ERROR), 0);
    CHECK_NUM(value_at(&l, "pop", "01", 2020, NULL), 1234567, 0);
    CHECK_NUM(value_at(&l, "pop3", "01", 2020, NULL), 1234567, 0);
    CHECK_NUM(value_at(&l, "area", "01", 2020, NULL), 12.5, 0);
    CHECK_NUM(value_at(&l, "pop", "02", 2020, NULL), 987, 0);
    CHECK_NUM(value_at(&l, "area", "02", 2020, NULL), 3.25, 0);
    int a = charta_dataset_find_area(l.ds, "01");
    REQUIRE(a >= 0);
    CHECK_STR(charta_dataset_area(l.ds, (size_t)a)->name, "Alt-\nstadt");
    CHECK_INT(input_of(&l, 0)->rows, 2);
    loaded_free(&l);
}

TEST(plain_csv_scale_multiplies_values)
{
    charta_var_spec vars[] = {VAR("area_ha", "Fläche")};
    vars[0].scale = 100;
    charta_source_spec spec = PLAIN_SPEC("plain_bom.csv", vars);
    spec.delimiter = ';';
    spec.decimal = ',';
    spec.thousands = '.';
    loaded l = load_spec(&spec, FIXTURES);
    CHECK_INT(l.load, CHARTA_OK);
    CHECK_NUM(value_at(&l, "area_ha", "01", 2020, NULL), 1250, 1e-9);
    loaded_free(&l);
}

TEST(wrong_delimiter_is_named_in_the_header_error)
{
    charta_var_spec vars[] = {VAR("v", "Wert")};
    charta_source_spec spec = PLAIN_SPEC("plain_comma.csv", vars);
    spec.delimiter = ';';
    loaded l = load_spec(&spec, FIXTURES);
    CHECK_INT(l.load, CHARTA_ERR_DATA);
    CHECK_INT(count_diags(&l, CHARTA_ERROR), 1);
    check_diag(first_error(&l), CHARTA_ERR_DATA, "plain_comma.csv", 1, 0,
               "found 1 field in the header (is the delimiter ','? the source declares ';')");
    loaded_free(&l);
}

TEST(several_data_errors_are_reported_at_their_physical_lines)
{
    charta_var_spec vars[] = {VAR("v", "Wert")};
    charta_source_spec spec = PLAIN_SPEC("plain_errors.csv", vars);
    loaded l = load_spec(&spec, FIXTURES);
    CHECK_INT(l.load, CHARTA_ERR_DATA);
    CHECK_INT(count_diags(&l, CHARTA_ERROR), 4);
    const char *f = "plain_errors.csv";
    check_diag(nth_diag(&l, CHARTA_ERROR, 0), CHARTA_ERR_DATA, f, 5, 0,
               "found 1 field, expected 3 (is the delimiter ';'? the source declares ',')");
    check_diag(nth_diag(&l, CHARTA_ERROR, 1), CHARTA_ERR_DATA, f, 6, 0,
               "found 4 fields, expected 3");
    check_diag(nth_diag(&l, CHARTA_ERROR, 2), CHARTA_ERR_DATA, f, 7, 3,
               "field 3 (column 'Wert'): cannot read '1,5' as a number: ',' is not the decimal "
               "separator of this source (decimal '.', no thousands separator)");
    check_diag(nth_diag(&l, CHARTA_ERROR, 3), CHARTA_ERR_DATA, f, 8, 0,
               "found 4 fields, expected 3");
    CHECK_NUM(value_at(&l, "v", "2", 2020, NULL), 3, 0); /* the quoted newline row */
    CHECK_NUM(value_at(&l, "v", "7", 2020, NULL), 9, 0);
    CHECK_INT(input_of(&l, 0)->rows, 7);
    loaded_free(&l);
}

TEST(text_after_a_closing_quote_is_an_error_at_its_line)
{
    charta_var_spec vars[] = {VAR("v", "Wert")};
    charta_source_spec spec = PLAIN_SPEC("plain_quote.csv", vars);
    loaded l = load_spec(&spec, FIXTURES);
    CHECK_INT(l.load, CHARTA_ERR_DATA);
    CHECK_INT(count_diags(&l, CHARTA_ERROR), 1);
    check_diag(first_error(&l), CHARTA_ERR_DATA, "plain_quote.csv", 3, 2,
               "field 2: text after the closing quote of a quoted field (a quote inside a "
               "quoted field must be doubled)");
    CHECK_NUM(value_at(&l, "v", "3", 2020, NULL), 4, 0);
    loaded_free(&l);
}

TEST(unterminated_quote_reports_the_record_start_line)
{
    charta_var_spec vars[] = {VAR("v", "Wert")};
    charta_source_spec spec = PLAIN_SPEC("plain_unterminated.csv", vars);
    loaded l = load_spec(&spec, FIXTURES);
    CHECK_INT(l.load, CHARTA_ERR_DATA);
    CHECK_INT(count_diags(&l, CHARTA_ERROR), 1);
    check_diag(first_error(&l), CHARTA_ERR_DATA, "plain_unterminated.csv", 3, 2,
               "quoted field 2 opened on line 3 is not closed (is the file truncated?)");
    CHECK_NUM(value_at(&l, "v", "1", 2020, NULL), 2, 0);
    loaded_free(&l);
}

TEST(empty_file_and_header_only_have_no_data_rows)
{
    charta_var_spec vars[] = {VAR("v", "Wert")};
    charta_source_spec spec = PLAIN_SPEC("empty.csv", vars);
    loaded l = load_spec(&spec, FIXTURES);
    CHECK_INT(l.load, CHARTA_ERR_DATA);
    check_diag(first_error(&l), CHARTA_ERR_DATA, "empty.csv", 0, 0,
               "the file is empty: no data rows");
    loaded_free(&l);
    charta_var_spec vars2[] = {VAR("v", "Wert")};
    spec = PLAIN_SPEC("header_only.csv", vars2);
    l = load_spec(&spec, FIXTURES);
    CHECK_INT(l.load, CHARTA_ERR_DATA);
    check_diag(first_error(&l), CHARTA_ERR_DATA, "header_only.csv", 1, 0,
               "no data rows after the header");
    loaded_free(&l);
}

TEST(header_rows_the_file_lacks_are_named)
{
    charta_var_spec vars[] = {VAR("v", "Wert")};
    charta_source_spec spec = PLAIN_SPEC("header_only.csv", vars);
    spec.header = 2;
    loaded l = load_spec(&spec, FIXTURES);
    CHECK_INT(l.load, CHARTA_ERR_DATA);
    CHECK_INT(count_diags(&l, CHARTA_ERROR), 1);
    check_diag(first_error(&l), CHARTA_ERR_DATA, "header_only.csv", 0, 0,
               "no data rows: the file ends within the header");
    loaded_free(&l);
    charta_var_spec vars2[] = {VAR("v", "Wert")};
    spec = PLAIN_SPEC("header_only.csv", vars2);
    spec.skip = 1;
    l = load_spec(&spec, FIXTURES);
    check_diag(first_error(&l), CHARTA_ERR_DATA, "header_only.csv", 0, 0,
               "no data rows: the file ends before the header");
    loaded_free(&l);
}

TEST(header_rows_of_unequal_width_are_an_error_at_the_odd_row)
{
    charta_var_spec vars[] = {VAR("v", "Wert")};
    charta_source_spec spec = PLAIN_SPEC("plain_errors.csv", vars);
    spec.header = 4; /* the fourth record, on line 5, has one field */
    loaded l = load_spec(&spec, FIXTURES);
    CHECK_INT(l.load, CHARTA_ERR_DATA);
    CHECK_INT(count_diags(&l, CHARTA_ERROR), 1);
    check_diag(first_error(&l), CHARTA_ERR_DATA, "plain_errors.csv", 5, 0,
               "header row has 1 field, the first header row (line 1) has 3");
    loaded_free(&l);
}

TEST(genesis_header_rows_may_be_counted_or_found)
{
    charta_var_spec vars[] = {VAR("population", "Insgesamt")};
    charta_source_spec spec = GENESIS_SPEC("genesis_no_footer.csv", CHARTA_ENC_LATIN1, vars);
    spec.header = 2;
    loaded l = load_spec(&spec, FIXTURES);
    CHECK_INT(l.load, CHARTA_OK);
    CHECK_NUM(value_at(&l, "population", "01055", 2015, NULL), 199574, 0);
    loaded_free(&l);
    /* no row starts with an empty cell: the delimiter is asked after */
    charta_var_spec vars2[] = {VAR("v", "Wert")};
    spec = GENESIS_SPEC("plain_comma.csv", CHARTA_ENC_UTF8, vars2);
    l = load_spec(&spec, FIXTURES);
    CHECK_INT(l.load, CHARTA_ERR_DATA);
    CHECK_INT(count_diags(&l, CHARTA_ERROR), 1);
    check_diag(first_error(&l), CHARTA_ERR_DATA, "plain_comma.csv", 0, 0,
               "no GENESIS header rows: after the title block a header row starts with an "
               "empty cell, and no line does; the file seems to use ',', not ';' (on 3 of its "
               "first 3 lines, ';' on 0)");
    loaded_free(&l);
}

TEST(latin1_bytes_in_a_utf8_source_name_line_column_and_encoding)
{
    charta_var_spec vars[] = {VAR("v", "Wert")};
    charta_source_spec spec = PLAIN_SPEC("not_utf8.csv", vars);
    spec.delimiter = ';';
    spec.area_name = "Name";
    loaded l = load_spec(&spec, FIXTURES);
    CHECK_INT(l.load, CHARTA_ERR_DATA);
    check_diag(first_error(&l), CHARTA_ERR_DATA, "not_utf8.csv", 2, 4,
               "invalid UTF-8 at byte 0xFC; the file may be Latin-1: set encoding = \"latin1\"");
    loaded_free(&l);
    charta_var_spec vars2[] = {VAR("v", "Wert")};
    spec = PLAIN_SPEC("not_utf8.csv", vars2);
    spec.delimiter = ';';
    spec.area_name = "Name";
    spec.encoding = CHARTA_ENC_LATIN1;
    l = load_spec(&spec, FIXTURES);
    CHECK_INT(l.load, CHARTA_OK);
    int a = charta_dataset_find_area(l.ds, "1");
    REQUIRE(a >= 0);
    CHECK_STR(charta_dataset_area(l.ds, (size_t)a)->name, "M\xC3\xBCnchen");
    loaded_free(&l);
}

TEST(nul_byte_is_a_data_error_with_its_position)
{
    charta_var_spec vars[] = {VAR("v", "Wert")};
    charta_source_spec spec = PLAIN_SPEC("nul.csv", vars);
    loaded l = load_spec(&spec, FIXTURES);
    CHECK_INT(l.load, CHARTA_ERR_DATA);
    check_diag(first_error(&l), CHARTA_ERR_DATA, "nul.csv", 3, 3,
               "NUL byte in the file; this is not a text file (or it is UTF-16)");
    loaded_free(&l);
}

TEST(header_dates_give_one_column_group_per_year_in_plain_csv)
{
    charta_var_spec vars[] = {VAR("cars", "Pkw"), VAR("trucks2016", "2016/Lkw")};
    charta_source_spec spec = {.name = "src",
                               .file = "header_years.csv",
                               .decl_file = "city.lua",
                               .decl_line = 3,
                               .header = 2,
                               .area = "Nr",
                               .area_name = "Name",
                               .vars = vars,
                               .n_vars = 2};
    loaded l = load_spec(&spec, FIXTURES);
    CHECK_INT(l.load, CHARTA_OK);
    CHECK_NUM(value_at(&l, "cars", "01", 2015, NULL), 10, 0);
    CHECK_NUM(value_at(&l, "cars", "01", 2016, NULL), 11, 0);
    CHECK_NUM(value_at(&l, "cars", "02", 2016, NULL), 21, 0);
    CHECK_NUM(value_at(&l, "trucks2016", "02", 2016, NULL), 4, 0);
    char st;
    CHECK(isnan(value_at(&l, "trucks2016", "02", 2015, &st)));
    CHECK_INT(st, 'M');
    loaded_free(&l);
}

TEST(missing_column_in_a_dated_header_lists_names_and_years)
{
    charta_var_spec vars[] = {VAR("bus", "Bus")};
    charta_source_spec spec = {.name = "src",
                               .file = "header_years.csv",
                               .decl_file = "city.lua",
                               .decl_line = 3,
                               .header = 2,
                               .area = "Nr",
                               .area_name = "Name",
                               .vars = vars,
                               .n_vars = 1};
    loaded l = load_spec(&spec, FIXTURES);
    CHECK_INT(l.load, CHARTA_ERR_SCRIPT);
    check_diag(first_error(&l), CHARTA_ERR_SCRIPT, "city.lua", 3, 0,
               "source 'src': no column 'Bus' (variable 'bus') in header_years.csv; the header "
               "(line 1) has: 'Pkw', 'Lkw' (for each date in the first header row, 2015-2016)");
    loaded_free(&l);
}

TEST(no_year_anywhere_is_an_error_naming_the_settings)
{
    charta_var_spec vars[] = {VAR("v", "Wert")};
    charta_source_spec spec = PLAIN_SPEC("plain_quote.csv", vars);
    spec.year_value = 0;
    loaded l = load_spec(&spec, FIXTURES);
    CHECK_INT(l.load, CHARTA_ERR_DATA);
    check_diag(first_error(&l), CHARTA_ERR_DATA, "plain_quote.csv", 1, 3,
               "no year for column 'Wert' (variable 'v'): the file has no year column and the "
               "header no date; set year or year_value");
    loaded_free(&l);
}

TEST(long_layout_selects_rows_by_the_variable_column)
{
    charta_var_spec vars[] = {VAR("pop", "Einwohner"), VAR("area", "Fläche")};
    charta_source_spec spec = {.name = "src",
                               .file = "long.csv",
                               .decl_file = "city.lua",
                               .decl_line = 3,
                               .layout = CHARTA_LAYOUT_LONG,
                               .area = "gebiet",
                               .year = "jahr",
                               .variable = "merkmal",
                               .value = "wert",
                               .vars = vars,
                               .n_vars = 2};
    loaded l = load_spec(&spec, FIXTURES);
    CHECK_INT(l.load, CHARTA_OK);
    CHECK_NUM(value_at(&l, "pop", "01", 2019, NULL), 100, 0);
    CHECK_NUM(value_at(&l, "pop", "01", 2020, NULL), 110, 0);
    CHECK_NUM(value_at(&l, "pop", "02", 2020, NULL), 50, 0);
    CHECK_NUM(value_at(&l, "area", "01", 2019, NULL), 2.5, 0);
    CHECK_INT(input_of(&l, 0)->rows, 5);
    loaded_free(&l);
}

TEST(long_layout_variable_the_file_lacks_lists_what_it_has)
{
    charta_var_spec vars[] = {VAR("area", "Flache")};
    charta_source_spec spec = {.name = "src",
                               .file = "long.csv",
                               .decl_file = "city.lua",
                               .decl_line = 3,
                               .layout = CHARTA_LAYOUT_LONG,
                               .area = "gebiet",
                               .year = "jahr",
                               .variable = "merkmal",
                               .value = "wert",
                               .vars = vars,
                               .n_vars = 1};
    loaded l = load_spec(&spec, FIXTURES);
    CHECK_INT(l.load, CHARTA_ERR_DATA);
    check_diag(first_error(&l), CHARTA_ERR_DATA, "long.csv", 1, 3,
               "no row has 'Flache' in column 'merkmal' (variable 'area', city.lua:7); did you "
               "mean 'Fläche'? It has: 'Einwohner', 'Fläche', 'Sonstiges'");
    loaded_free(&l);
}

TEST(column_beyond_the_file_is_an_error)
{
    charta_var_spec vars[] = {VAR("v", "#9")};
    vars[0].column_at = (charta_script_pos){9, 24}; /* where the script writes "#9" */
    charta_source_spec spec = PLAIN_SPEC("plain_quote.csv", vars);
    loaded l = load_spec(&spec, FIXTURES);
    CHECK_INT(l.load, CHARTA_ERR_SCRIPT);
    check_diag(first_error(&l), CHARTA_ERR_SCRIPT, "city.lua", 9, 24,
               "source 'src': column '#9' (variable 'v') is beyond the 3 columns of "
               "plain_quote.csv");
    loaded_free(&l);
}

TEST(missing_file_is_noinput_at_the_declaration)
{
    charta_var_spec vars[] = {VAR("v", "Wert")};
    charta_source_spec spec = PLAIN_SPEC("data/nope.csv", vars);
    loaded l = load_spec(&spec, FIXTURES);
    CHECK_INT(l.load, CHARTA_ERR_NOINPUT);
    check_diag(first_error(&l), CHARTA_ERR_NOINPUT, "city.lua", 3, 0,
               "source 'src': cannot open 'data/nope.csv': No such file or directory");
    /* the variable is declared all the same, so later stages know it */
    CHECK(charta_dataset_find_variable(l.ds, "v") >= 0);
    loaded_free(&l);
}

/* A sparse file of mb megabytes (it costs no disk) in a fresh folder dir. */
static bool
sparse_file(char *dir, char *path, size_t path_size, long mb)
{
    if (!mkdtemp(dir))
        return false;
    snprintf(path, path_size, "%s/big.csv", dir);
    int fd = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0600);
    if (fd < 0)
        return false;
    bool ok = ftruncate(fd, (off_t)mb << 20) == 0;
    close(fd);
    return ok;
}

/* Load spec with the import context ix. */
static loaded
load_with(const charta_source_spec *spec, const char *dir, charta_import_ctx *ix)
{
    loaded l = {charta_dataset_new(), charta_diags_new(), CHARTA_OK, CHARTA_OK};
    l.load = charta_source_load(spec, dir, l.ds, ix, l.diags);
    return l;
}

TEST(file_over_the_size_cap_is_refused_unread)
{
    char dir[] = "/tmp/charta-import-XXXXXX", path[64];
    REQUIRE(sparse_file(dir, path, sizeof path, 600)); /* the default cap is 512 MB */
    charta_var_spec vars[] = {VAR("v", "Wert")};
    charta_source_spec spec = PLAIN_SPEC("big.csv", vars);
    loaded l = load_spec(&spec, dir);
    CHECK_INT(l.load, CHARTA_ERR_DATA);
    check_diag(first_error(&l), CHARTA_ERR_DATA, "city.lua", 3, 0,
               "source 'src': 'big.csv' has 629145600 bytes, more than the limit of 512 MB per "
               "file; raise it with city { limits = { max_file_mb = ... } }");
    loaded_free(&l);
    charta_import_ctx ix = {.max_file_mb = 100};
    l = load_with(&spec, dir, &ix);
    CHECK_INT(l.load, CHARTA_ERR_DATA);
    check_diag(first_error(&l), CHARTA_ERR_DATA, "city.lua", 3, 0,
               "source 'src': 'big.csv' has 629145600 bytes, more than the limit of 100 MB per "
               "file; raise it with city { limits = { max_file_mb = ... } }");
    CHECK_INT(ix.used, 0);
    loaded_free(&l);
    unlink(path);
    rmdir(dir);
}

TEST(files_past_the_cap_of_the_run_are_refused)
{
    charta_var_spec vars[] = {VAR("v", "Wert")};
    charta_source_spec spec = PLAIN_SPEC("plain_comma.csv", vars);
    charta_import_ctx ix = {.max_input_mb = 1};
    loaded l = load_with(&spec, FIXTURES, &ix);
    CHECK_INT(l.load, CHARTA_OK);
    size_t one = ix.used;
    CHECK(one > 0);
    loaded_free(&l);
    ix.used = ((size_t)1 << 20) - 4; /* earlier files left 4 bytes */
    l = load_with(&spec, FIXTURES, &ix);
    CHECK_INT(l.load, CHARTA_ERR_DATA);
    const charta_diag *d = first_error(&l);
    REQUIRE(d);
    CHECK(strstr(d->message, "more than the 0.0 MB left of the limit of 1 MB for all input "
                             "files of a run; raise it with city { limits = { max_input_mb = "
                             "... } }") != NULL);
    loaded_free(&l);
}

TEST(an_import_stops_when_the_signal_flag_is_set)
{
    charta_var_spec vars[] = {VAR("v", "Wert")};
    charta_source_spec spec = PLAIN_SPEC("plain_comma.csv", vars);
    volatile int flag = 1;
    charta_import_ctx ix = {.interrupted = &flag};
    loaded l = load_with(&spec, FIXTURES, &ix);
    CHECK_INT(l.load, CHARTA_ERR_LIMIT);
    const charta_diag *d = first_error(&l);
    REQUIRE(d);
    CHECK(strstr(d->message, "interrupted by a signal") != NULL);
    loaded_free(&l);
}

TEST(errors_stop_after_twenty_per_file)
{
    charta_var_spec vars[] = {VAR("v", "Wert")};
    charta_source_spec spec = PLAIN_SPEC("many_errors.csv", vars);
    loaded l = load_spec(&spec, FIXTURES);
    CHECK_INT(l.load, CHARTA_ERR_DATA);
    CHECK_INT(count_diags(&l, CHARTA_ERROR), 20);
    check_diag(nth_diag(&l, CHARTA_ERROR, 19), CHARTA_ERR_DATA, "many_errors.csv", 21, 2,
               "field 2 (column 'Wert'): cannot read 'x20' as a number: unexpected 'x' at "
               "character 1");
    const charta_diag *n = nth_diag(&l, CHARTA_NOTE, 0);
    REQUIRE(n);
    CHECK_STR(n->message, "stopped reading after 20 errors; the rest of the file was not checked");
    loaded_free(&l);
}

TEST(variable_declared_twice_is_a_script_error_at_its_line)
{
    charta_dataset *ds = charta_dataset_new();
    charta_diags *diags = charta_diags_new();
    charta_var_spec vars[] = {VAR("v", "Wert")};
    charta_source_spec spec = PLAIN_SPEC("plain_quote.csv", vars);
    charta_source_load(&spec, FIXTURES, ds, NULL, diags);
    charta_diags_free(diags);
    diags = charta_diags_new();
    vars[0].line = 11;
    spec.name = "other";
    CHECK_INT(charta_source_load(&spec, FIXTURES, ds, NULL, diags), CHARTA_ERR_SCRIPT);
    const charta_diag *d = charta_diags_get(diags, 0);
    check_diag(d, CHARTA_ERR_SCRIPT, "city.lua", 11, 0,
               "variable 'v' is declared twice (source 'other')");
    charta_dataset_free(ds);
    charta_diags_free(diags);
}

/* --- areas ----------------------------------------------------------------- */

TEST(areas_file_adds_areas_in_order_and_closes_them)
{
    charta_dataset *ds = charta_dataset_new();
    charta_diags *diags = charta_diags_new();
    charta_areas_spec as = {.file = "areas.csv",
                            .decl_file = "city.lua",
                            .decl_line = 2,
                            .code = "code",
                            .name = "name",
                            .parent = "parent"};
    CHECK_INT(charta_areas_load(&as, FIXTURES, ds, NULL, diags), CHARTA_OK);
    CHECK(charta_dataset_areas_closed(ds));
    CHECK_INT(charta_dataset_find_area(ds, "05315"), 0);
    CHECK_INT(charta_dataset_find_area(ds, "05315002"), 2);
    CHECK_INT(charta_dataset_find_area_by_name(ds, "Köln"), 0);

    /* a source may only use these codes; a near miss is suggested */
    charta_var_spec vars[] = {VAR("v", "Wert")};
    charta_source_spec spec = PLAIN_SPEC("areas_source.csv", vars);
    CHECK_INT(charta_source_load(&spec, FIXTURES, ds, NULL, diags), CHARTA_ERR_DATA);
    REQUIRE(charta_diags_errors(diags) == 1);
    check_diag(charta_diags_get(diags, 0), CHARTA_ERR_DATA, "areas_source.csv", 3, 1,
               "field 1: unknown area code '05351' (not among the declared areas); did you mean "
               "'05315'?");
    CHECK_INT(charta_dataset_freeze(ds, &(charta_freeze_opts){0}, diags), CHARTA_OK);
    int k = charta_dataset_find_area(ds, "05315"), i = charta_dataset_find_area(ds, "05315001");
    REQUIRE(k >= 0 && i >= 0);
    CHECK_INT(charta_dataset_area(ds, (size_t)i)->parent, k);
    CHECK_INT(charta_dataset_area_count(ds), 3);
    const charta_variable *v = charta_dataset_variable(ds, 0);
    size_t ny = charta_dataset_year_count(ds);
    CHECK_NUM(v->values[(size_t)k * ny], 1, 0);
    CHECK_NUM(v->values[(size_t)i * ny], 3, 0);
    charta_dataset_free(ds);
    charta_diags_free(diags);
}

TEST(areas_file_columns_default_to_code_name_and_parent)
{
    charta_dataset *ds = charta_dataset_new();
    charta_diags *diags = charta_diags_new();
    charta_areas_spec as = {.file = "areas.csv", .decl_file = "city.lua", .decl_line = 2};
    CHECK_INT(charta_areas_load(&as, FIXTURES, ds, NULL, diags), CHARTA_OK);
    CHECK_INT(charta_dataset_freeze(ds, &(charta_freeze_opts){0}, diags), CHARTA_OK);
    int k = charta_dataset_find_area(ds, "05315"), r = charta_dataset_find_area(ds, "05315002");
    REQUIRE(k >= 0 && r >= 0);
    CHECK_INT(charta_dataset_area(ds, (size_t)r)->parent, k);
    CHECK_STR(charta_dataset_area(ds, (size_t)r)->name, "Rodenkirchen");
    charta_dataset_free(ds);
    charta_diags_free(diags);
}

TEST(areas_file_with_lone_cr_line_ends_reads_its_delimiter_from_the_first_line)
{
    /* names with more commas than the whole file has semicolons */
    charta_dataset *ds = charta_dataset_new();
    charta_diags *diags = charta_diags_new();
    charta_areas_spec as = {.file = "areas_cr.csv", .decl_file = "city.lua", .decl_line = 2};
    CHECK_INT(charta_areas_load(&as, FIXTURES, ds, NULL, diags), CHARTA_OK);
    CHECK_INT(charta_diags_errors(diags), 0);
    CHECK_INT(charta_dataset_freeze(ds, &(charta_freeze_opts){0}, diags), CHARTA_OK);
    int k = charta_dataset_find_area(ds, "05315"), i = charta_dataset_find_area(ds, "05315001");
    REQUIRE(k >= 0 && i >= 0);
    CHECK_INT(charta_dataset_area(ds, (size_t)i)->parent, k);
    CHECK_STR(charta_dataset_area(ds, (size_t)k)->name, "K\xC3\xB6ln, Stadt, kreisfrei, NRW");
    charta_dataset_free(ds);
    charta_diags_free(diags);
}

TEST(areas_file_duplicate_code_names_the_first_line)
{
    charta_dataset *ds = charta_dataset_new();
    charta_diags *diags = charta_diags_new();
    charta_areas_spec as = {.file = "areas_dup.csv", .decl_file = "city.lua", .decl_line = 2};
    CHECK_INT(charta_areas_load(&as, FIXTURES, ds, NULL, diags), CHARTA_ERR_DATA);
    check_diag(charta_diags_get(diags, 0), CHARTA_ERR_DATA, "areas_dup.csv", 4, 1,
               "area code 'A' appears twice (first on line 2)");
    CHECK_INT(charta_dataset_find_area_by_name(ds, "Zwei"), 1);
    CHECK(charta_dataset_areas_closed(ds));
    charta_dataset_free(ds);
    charta_diags_free(diags);
}

TEST(areas_file_missing_column_or_file)
{
    charta_dataset *ds = charta_dataset_new();
    charta_diags *diags = charta_diags_new();
    charta_areas_spec as = {
        .file = "areas.csv", .decl_file = "city.lua", .decl_line = 2, .code = "Kode",
        .code_at = {4, 12}};
    CHECK_INT(charta_areas_load(&as, FIXTURES, ds, NULL, diags), CHARTA_ERR_SCRIPT);
    check_diag(charta_diags_get(diags, 0), CHARTA_ERR_SCRIPT, "city.lua", 4, 12,
               "areas: no column 'Kode' (code of the areas) in areas.csv; did you mean 'code'? "
               "The header has: 'code', 'name', 'parent'");
    charta_dataset_free(ds);
    charta_diags_free(diags);

    ds = charta_dataset_new();
    diags = charta_diags_new();
    as = (charta_areas_spec){.file = "gebiete.csv", .decl_file = "city.lua", .decl_line = 2};
    CHECK_INT(charta_areas_load(&as, FIXTURES, ds, NULL, diags), CHARTA_ERR_NOINPUT);
    check_diag(charta_diags_get(diags, 0), CHARTA_ERR_NOINPUT, "city.lua", 2, 0,
               "areas: cannot open 'gebiete.csv': No such file or directory");
    charta_dataset_free(ds);
    charta_diags_free(diags);
}

TEST(inline_areas_and_a_source_by_area_name)
{
    charta_dataset *ds = charta_dataset_new();
    charta_diags *diags = charta_diags_new();
    char *codes[] = {"X1", "X2"}, *names[] = {"A", "B"}, *parents[] = {NULL, "X1"};
    charta_areas_spec as = {.decl_file = "city.lua",
                            .decl_line = 2,
                            .inline_code = codes,
                            .inline_name = names,
                            .inline_parent = parents,
                            .n_inline = 2};
    CHECK_INT(charta_areas_load(&as, NULL, ds, NULL, diags), CHARTA_OK);
    charta_var_spec vars[] = {VAR("cars", "Pkw")};
    charta_source_spec spec = {.name = "src",
                               .file = "header_years.csv",
                               .decl_file = "city.lua",
                               .decl_line = 3,
                               .header = 2,
                               .area = "Name",
                               .area_by_name = true,
                               .vars = vars,
                               .n_vars = 1};
    CHECK_INT(charta_source_load(&spec, FIXTURES, ds, NULL, diags), CHARTA_OK);
    CHECK_INT(charta_dataset_freeze(ds, &(charta_freeze_opts){0}, diags), CHARTA_OK);
    int b = charta_dataset_find_area(ds, "X2");
    REQUIRE(b >= 0);
    const charta_variable *v = charta_dataset_variable(ds, 0);
    size_t ny = charta_dataset_year_count(ds);
    CHECK_INT(charta_dataset_year_first(ds), 2015);
    CHECK_NUM(v->values[(size_t)b * ny + 1], 21, 0);
    CHECK_INT(charta_dataset_area(ds, (size_t)b)->parent, charta_dataset_find_area(ds, "X1"));
    charta_dataset_free(ds);
    charta_diags_free(diags);
}

TEST(spec_clear_releases_everything)
{
    charta_source_spec spec = {0};
    spec.name = strdup("a");
    spec.file = strdup("b.csv");
    spec.area = strdup("Nr");
    spec.vars = calloc(1, sizeof *spec.vars);
    spec.vars[0].name = strdup("v");
    spec.vars[0].column = strdup("c");
    spec.n_vars = 1;
    spec.missing = calloc(1, sizeof *spec.missing);
    spec.missing[0] = strdup("k.A.");
    spec.n_missing = 1;
    spec.signs = calloc(1, sizeof *spec.signs);
    spec.signs[0].sign = strdup("-");
    spec.n_signs = 1;
    spec.reported_with = calloc(1, sizeof *spec.reported_with);
    spec.reported_with[0].area = strdup("07211");
    spec.reported_with[0].with = strdup("07235");
    spec.n_reported_with = 1;
    spec.publisher = strdup("p");
    spec.attribution = strdup("a");
    charta_source_spec_clear(&spec);
    CHECK(spec.signs == NULL && spec.reported_with == NULL && spec.publisher == NULL);
    CHECK(spec.name == NULL && spec.vars == NULL && spec.n_vars == 0);
    charta_areas_spec as = {0};
    as.file = strdup("x");
    as.inline_code = calloc(1, sizeof *as.inline_code);
    as.inline_code[0] = strdup("A");
    as.n_inline = 1;
    charta_areas_spec_clear(&as);
    CHECK(as.file == NULL && as.n_inline == 0);
    charta_source_spec_clear(NULL);
}

TEST_MAIN()
