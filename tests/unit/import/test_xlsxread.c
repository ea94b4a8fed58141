/* Excel workbooks (xlsxread.h, format = "xlsx"): workbooks written here with
 * libxlsxwriter are read back as CSV text and through a source, and damaged copies
 * (cut short, a part missing, a zip bomb) are refused with a reason. The real
 * workbooks are read in tests/real/check_xlsx_run.py. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "charta/util.h"
#include "charta/xlsxread.h"
#include "import_helpers.h"
#include "xlsx_fixtures.h"

static char dir[] = "/tmp/charta_xlsx_XXXXXX";

static const char *
fx_path(const char *name)
{
    static char buf[4][256];
    static int k;
    k = (k + 1) % 4;
    snprintf(buf[k], sizeof buf[k], "%s/%s", dir, name);
    return buf[k];
}

static bool
fx_setup(void)
{
    static bool done;
    if (!done)
        done = mkdtemp(dir) && fx_write_workbook(fx_path("w.xlsx"));
    return done;
}

/* Sheet i of the workbook at path as CSV text (malloc'd), or NULL with *err. */
static char *
sheet_text(const char *path, size_t i, const charta_xlsx_range *r, char decimal,
           charta_xlsx_error *err)
{
    size_t len;
    char *data = charta_read_file(path, &len);
    if (!data)
        return NULL;
    char *text = NULL;
    charta_xlsx *x = charta_xlsx_open(data, len, NULL, err);
    if (x && charta_xlsx_sheet_csv(x, i, r, decimal, NULL, NULL, &text, &len, err) != CHARTA_OK)
        text = NULL;
    charta_xlsx_close(x);
    free(data);
    return text;
}

static loaded
load_xlsx(const char *file, const char *sheet, int index, const char *range, const char *area,
          const char *area_value, const char *year, charta_var_spec *vars, size_t n_vars)
{
    charta_source_spec spec = {.name = "src",
                               .file = (char *)file,
                               .decl_file = "city.lua",
                               .decl_line = 3,
                               .format = "xlsx",
                               .decimal = ',',
                               .sheet = (char *)sheet,
                               .sheet_index = index,
                               .range = (char *)range,
                               .area = (char *)area,
                               .area_value = (char *)area_value,
                               .year = (char *)year,
                               .vars = vars,
                               .n_vars = n_vars};
    loaded l = load_spec(&spec, dir);
    const charta_diag *e = first_error(&l);
    if (e)
        fprintf(stderr, "  (%s:%d: %s)\n", e->file ? e->file : "", e->line, e->message);
    return l;
}

TEST(references_and_ranges_are_read_as_excel_writes_them)
{
    char ref[16];
    charta_xlsx_cell_ref(3, 14, ref);
    CHECK_STR(ref, "C14");
    charta_xlsx_cell_ref(27, 1, ref);
    CHECK_STR(ref, "AA1");
    charta_xlsx_cell_ref(16384, 1048576, ref);
    CHECK_STR(ref, "XFD1048576");
    charta_xlsx_range r;
    CHECK_INT(charta_xlsx_parse_range("A3:F40", &r), 0);
    CHECK_INT(r.col0, 1);
    CHECK_INT(r.row0, 3);
    CHECK_INT(r.col1, 6);
    CHECK_INT(r.row1, 40);
    CHECK_INT(charta_xlsx_parse_range("$AE$3:$AR$7", &r), 0);
    CHECK_INT(r.col0, 31);
    CHECK_INT(r.col1, 44);
    CHECK_INT(charta_xlsx_parse_range("F40:A3", &r), -1);
    CHECK_INT(charta_xlsx_parse_range("A:F", &r), -1);
    CHECK_INT(charta_xlsx_parse_range("A0:B2", &r), -1);
    CHECK_INT(charta_xlsx_parse_range("XFE1:XFE2", &r), -1);
    CHECK_INT(charta_xlsx_parse_range("", &r), -1);
}

TEST(a_sheet_becomes_csv_text_whose_lines_are_its_rows)
{
    REQUIRE(fx_setup());
    charta_xlsx_error err = {0};
    char *t = sheet_text(fx_path("w.xlsx"), 0, NULL, '.', &err);
    REQUIRE(t != NULL);
    char d1[32], d4[32], want[400];
    snprintf(want, sizeof want,
             "\"Bevölkerung und Fläche\",,,,,\n"
             "\n"
             "\"Gebiet\",\"Jahr\",\"Einwohner\",\"Fläche\",\"Dichte\",\"Stichtag\"\n"
             "\"1\",2020,1000,10.5,%s,2020-12-31\n",
             charta_format_double(1000 / 10.5, d1));
    CHECK(strncmp(t, want, strlen(want)) == 0);
    snprintf(want, sizeof want, "\"2\",2021,\"2020,25\",20,%s,2021-12-31\n\n\"Quelle: Fehlerstadt\",,,,,\n",
             charta_format_double(2020.25 / 20, d4));
    CHECK(strstr(t, want) != NULL);
    if (!strstr(t, want))
        fprintf(stderr, "  got:\n%s\n", t);
    free(t);
    /* the second sheet: booleans and a formula's string result; a range cuts */
    t = sheet_text(fx_path("w.xlsx"), 1, NULL, ',', &err);
    REQUIRE(t != NULL);
    CHECK(strstr(t, "2020,\"0,1\",TRUE\n2021,\"0,2\",FALSE\n") != NULL);
    CHECK(strstr(t, "\n,\"xy\",\n") != NULL);
    free(t);
    charta_xlsx_range r = {.row0 = 2, .col0 = 2, .row1 = 3, .col1 = 2};
    t = sheet_text(fx_path("w.xlsx"), 1, &r, '.', &err);
    REQUIRE(t != NULL);
    CHECK_STR(t, "\n0.1\n0.2\n");
    free(t);
}

TEST(a_source_reads_numbers_text_numbers_formulas_and_dates_of_a_sheet)
{
    REQUIRE(fx_setup());
    charta_var_spec vars[] = {VAR("population", "Einwohner"), VAR("density", "Dichte")};
    /* the year from the date column: 31.12.2020 counts for 2020 */
    loaded l = load_xlsx("w.xlsx", "Daten", 0, "A3:F7", "Gebiet", NULL, "Stichtag", vars, 2);
    CHECK_INT(l.load, CHARTA_OK);
    char st;
    CHECK_NUM(value_at(&l, "population", "1", 2020, &st), 1000, 0);
    CHECK_NUM(value_at(&l, "population", "2", 2021, &st), 2020.25, 0); /* text "2020,25" */
    CHECK_NUM(value_at(&l, "density", "1", 2020, &st), 1000 / 10.5, 0);
    CHECK_INT(st, 'A');
    CHECK_NUM(value_at(&l, "density", "2", 2021, &st), 2020.25 / 20, 0);
    loaded_free(&l);
    /* the second sheet by its number, a file about one area */
    charta_var_spec v2[] = {VAR("wert", "Wert")};
    l = load_xlsx("w.xlsx", NULL, 2, "A1:B4", NULL, "1", "Jahr", v2, 1);
    CHECK_INT(l.load, CHARTA_OK);
    CHECK_NUM(value_at(&l, "wert", "1", 2022, &st), 0.3, 0); /* libxlsxwriter writes %.16g */
    loaded_free(&l);
}

TEST(a_bad_cell_is_named_by_its_row_and_cell_reference)
{
    REQUIRE(fx_setup());
    charta_var_spec vars[] = {VAR("population", "Einwohner")};
    /* with the decimal point (the default), the text "2020,25" is no number */
    loaded l;
    charta_source_spec spec = {.name = "src", .file = "w.xlsx", .decl_file = "city.lua",
                               .decl_line = 3, .format = "xlsx", .range = "A3:F7",
                               .area = "Gebiet", .year = "Jahr", .vars = vars, .n_vars = 1};
    l = load_spec(&spec, dir);
    CHECK_INT(l.load, CHARTA_ERR_DATA);
    const charta_diag *e = first_error(&l);
    REQUIRE(e != NULL);
    CHECK_INT(e->line, 7);
    CHECK_INT(e->col, 0);
    CHECK(strstr(e->message, "(cell C7, sheet 'Daten')") != NULL);
    loaded_free(&l);
}

TEST(an_unknown_sheet_is_an_error_that_names_the_sheets)
{
    REQUIRE(fx_setup());
    charta_var_spec vars[] = {VAR("population", "Einwohner")};
    loaded l = load_xlsx("w.xlsx", "daten", 0, NULL, "Gebiet", NULL, "Jahr", vars, 1);
    CHECK_INT(l.load, CHARTA_ERR_SCRIPT);
    const charta_diag *e = first_error(&l);
    REQUIRE(e != NULL);
    CHECK(strstr(e->message, "no sheet 'daten' (did you mean 'Daten'? its sheets: 'Daten', "
                             "'Zweites')") != NULL);
    loaded_free(&l);
    l = load_xlsx("w.xlsx", NULL, 3, NULL, "Gebiet", NULL, "Jahr", vars, 1);
    CHECK_INT(l.load, CHARTA_ERR_SCRIPT);
    e = first_error(&l);
    REQUIRE(e != NULL);
    CHECK(strstr(e->message, "has 2 sheets, there is no sheet 3") != NULL);
    loaded_free(&l);
}

TEST(dates_follow_the_1900_system_with_its_leap_day_and_the_1904_system)
{
    REQUIRE(fx_setup());
    lxw_workbook *wb = workbook_new(fx_path("d.xlsx"));
    REQUIRE(wb != NULL);
    lxw_worksheet *ws = workbook_add_worksheet(wb, NULL);
    lxw_format *f = workbook_add_format(wb);
    format_set_num_format_index(f, 14);
    lxw_format *g = workbook_add_format(wb);
    format_set_num_format(g, "[$-407]d\\. mmmm yyyy");
    lxw_format *h = workbook_add_format(wb);
    format_set_num_format(h, "h:mm \"Uhr\"");
    double serials[] = {1, 59, 60, 61, 42680.97};
    for (int i = 0; i < 5; i++)
        worksheet_write_number(ws, (lxw_row_t)i, 0, serials[i], i == 1 ? g : f);
    worksheet_write_number(ws, 5, 0, 0.5, h); /* a time: stays a number */
    REQUIRE(workbook_close(wb) == LXW_NO_ERROR);
    charta_xlsx_error err = {0};
    char *t = sheet_text(fx_path("d.xlsx"), 0, NULL, '.', &err);
    REQUIRE(t != NULL);
    CHECK_STR(t, "1900-01-01\n1900-02-28\n1900-02-29\n1900-03-01\n2016-11-06\n0.5\n");
    free(t);
    REQUIRE(fx_rezip(fx_path("d.xlsx"), fx_path("d1904.xlsx"), NULL, "xl/workbook.xml",
                     "<workbookPr", "<workbookPr date1904=\"1\"", NULL, 0));
    t = sheet_text(fx_path("d1904.xlsx"), 0, NULL, '.', &err);
    REQUIRE(t != NULL);
    CHECK_STR(t, "1904-01-02\n1904-02-29\n1904-03-01\n1904-03-02\n2020-11-07\n0.5\n");
    free(t);
}

static void
collect_note(void *ud, int row, const char *cell, const char *value)
{
    snprintf(ud, 64, "%d %s %s", row, cell, value);
}

TEST(an_error_value_is_an_empty_cell_with_a_note)
{
    REQUIRE(fx_setup());
    /* the formula's string result in Zweites!B5, made an error value */
    REQUIRE(fx_rezip(fx_path("w.xlsx"), fx_path("err.xlsx"), NULL, "xl/worksheets/sheet2.xml",
                     "t=\"str\"", "t=\"e\"", NULL, 0));
    size_t len;
    char *data = charta_read_file(fx_path("err.xlsx"), &len), *text = NULL, seen[64] = "";
    REQUIRE(data != NULL);
    charta_xlsx_error err = {0};
    charta_xlsx *x = charta_xlsx_open(data, len, NULL, &err);
    REQUIRE(x != NULL);
    CHECK_INT(charta_xlsx_sheet_csv(x, 1, NULL, '.', collect_note, seen, &text, &len, &err),
              CHARTA_OK);
    CHECK_STR(seen, "5 B5 xy");
    /* row 5 has nothing left: the text ends with row 4 */
    const char *last = "\n2022,0.3,TRUE\n";
    CHECK(text && strlen(text) > strlen(last) &&
          strcmp(text + strlen(text) - strlen(last), last) == 0);
    CHECK(text && !strstr(text, "xy"));
    free(text);
    charta_xlsx_close(x);
    free(data);
    unlink(fx_path("err.xlsx"));
}

TEST(a_damaged_workbook_is_refused_with_the_reason)
{
    REQUIRE(fx_setup());
    charta_xlsx_error err = {0};
    REQUIRE(fx_truncate(fx_path("w.xlsx"), fx_path("cut.xlsx")));
    CHECK(sheet_text(fx_path("cut.xlsx"), 0, NULL, '.', &err) == NULL);
    CHECK_INT(err.status, CHARTA_ERR_DATA);
    CHECK(strstr(err.message, "no zip directory") != NULL);

    REQUIRE(fx_rezip(fx_path("w.xlsx"), fx_path("nowb.xlsx"), "xl/workbook.xml", NULL, NULL,
                     NULL, NULL, 0));
    CHECK(sheet_text(fx_path("nowb.xlsx"), 0, NULL, '.', &err) == NULL);
    CHECK(strstr(err.message, "has no part 'xl/workbook.xml'") != NULL);

    REQUIRE(fx_rezip(fx_path("w.xlsx"), fx_path("nosheet.xlsx"), "xl/worksheets/sheet2.xml",
                     NULL, NULL, NULL, NULL, 0));
    CHECK(sheet_text(fx_path("nosheet.xlsx"), 1, NULL, '.', &err) == NULL);
    CHECK(strstr(err.message, "has no part 'xl/worksheets/sheet2.xml'") != NULL);

    REQUIRE(fx_rezip(fx_path("w.xlsx"), fx_path("nosst.xlsx"), "xl/sharedStrings.xml", NULL,
                     NULL, NULL, NULL, 0));
    CHECK(sheet_text(fx_path("nosst.xlsx"), 0, NULL, '.', &err) == NULL);
    CHECK_INT(err.row, 1);
    CHECK_STR(err.cell, "A1");
    CHECK(strstr(err.message, "no shared strings part") != NULL);
}

TEST(a_zip_bomb_is_refused_before_it_fills_memory)
{
    REQUIRE(fx_setup());
    REQUIRE(fx_rezip(fx_path("w.xlsx"), fx_path("bomb.xlsx"), NULL, NULL, NULL, NULL,
                     "xl/worksheets/sheet1.xml", 20u << 20));
    charta_xlsx_error err = {0};
    CHECK(sheet_text(fx_path("bomb.xlsx"), 0, NULL, '.', &err) == NULL);
    CHECK_INT(err.status, CHARTA_ERR_DATA);
    CHECK(strstr(err.message, "more than 200 times its packed size: refused as a zip bomb") !=
          NULL);
    /* the cap on a part's size, lowered as a run's import context may */
    size_t len;
    char *data = charta_read_file(fx_path("w.xlsx"), &len);
    REQUIRE(data != NULL);
    charta_xlsx *x = charta_xlsx_open(data, len, &(charta_xlsx_opts){.max_part = 100}, &err);
    CHECK(x == NULL);
    CHECK(strstr(err.message, "unpacks to more than") != NULL);
    free(data);
    for (const char *const *n = (const char *const[]){"w.xlsx", "d.xlsx", "d1904.xlsx",
                                                       "cut.xlsx", "nowb.xlsx", "nosheet.xlsx",
                                                       "nosst.xlsx", "bomb.xlsx", NULL};
         *n; n++)
        unlink(fx_path(*n));
    rmdir(dir);
}

TEST_MAIN()
