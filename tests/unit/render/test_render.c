/* Tests of the renderers' shared parts and the long CSV: labels, sheet
 * names, UTF-8 repair, run dates, data/indicators.csv. The workbook's tests
 * are in test_render_xlsx*.c; the fixture in render_fixture.c. */
#include "check.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include "charta/labels.h"
#include "charta/csvout.h"
#include "charta/report.h"
#include "charta/util.h"
#include "render_fixture.h"

static char *
read_all(const char *path)
{
    size_t len;
    return charta_read_file(path, &len);
}

/* --- labels ------------------------------------------------------------ */

TEST(every_label_has_a_key_and_english_and_german_text)
{
    for (int k = 0; k < CHARTA_LABEL_COUNT; k++) {
        CHECK(charta_label_key((charta_label)k) != NULL);
        CHECK(charta_label_get((charta_label)k, "en")[0] != '\0');
        CHECK(charta_label_get((charta_label)k, "de")[0] != '\0');
    }
    CHECK_STR(charta_label_get(CHARTA_LBL_SHEET_OVERVIEW, "de"), "Übersicht");
    CHECK_STR(charta_label_get(CHARTA_LBL_SHEET_OVERVIEW, "de-AT"), "Übersicht");
    CHECK_STR(charta_label_get(CHARTA_LBL_SHEET_OVERVIEW, "en"), "Overview");
    CHECK_STR(charta_label_get(CHARTA_LBL_SHEET_OVERVIEW, "fr"), "Overview");
    CHECK_STR(charta_label_get(CHARTA_LBL_SHEET_OVERVIEW, "dexx"), "Overview");
    CHECK_STR(charta_label_get(CHARTA_LBL_SHEET_OVERVIEW, NULL), "Overview");
    CHECK_STR(charta_label_key(CHARTA_LBL_MARK_ESTIMATED), "legend.estimated");
    CHECK(charta_label_key(CHARTA_LABEL_COUNT) == NULL);
}

/* The printf conversions of a text, in order ("%s%d"), so that the German and
 * the English text of a label take the same arguments. */
static void
conversions(const char *s, char *out, size_t size)
{
    size_t n = 0;
    for (; *s; s++) {
        if (*s != '%')
            continue;
        s++;
        while (*s && strchr("0123456789.-+#'*lhzjt", *s))
            s++;
        /* "% in" or "%)" in a text that is never formatted is no conversion */
        if (*s && strchr("sdifgeuxc", *s) && n + 1 < size)
            out[n++] = *s;
        if (!*s)
            break;
    }
    out[n] = '\0';
}

TEST(german_and_english_labels_take_the_same_arguments)
{
    for (int k = 0; k < CHARTA_LABEL_COUNT; k++) {
        char en[32], de[32];
        conversions(charta_label_get((charta_label)k, "en"), en, sizeof en);
        conversions(charta_label_get((charta_label)k, "de"), de, sizeof de);
        if (strcmp(en, de) != 0)
            fprintf(stderr, "label %s: English takes '%s', German '%s'\n",
                    charta_label_key((charta_label)k), en, de);
        CHECK_STR(en, de);
    }
}

TEST(the_subject_is_named_by_its_kind_and_case)
{
    CHECK_STR(charta_label_subject(CHARTA_KIND_CITY, CHARTA_CASE_NOMINATIVE, "de"), "die Stadt");
    CHECK_STR(charta_label_subject(CHARTA_KIND_DISTRICT, CHARTA_CASE_ACCUSATIVE, "de"),
              "den Kreis");
    CHECK_STR(charta_label_subject(CHARTA_KIND_COUNTRY, CHARTA_CASE_DATIVE, "de"), "dem Staat");
    CHECK_STR(charta_label_subject(CHARTA_KIND_STATE, CHARTA_CASE_ACCUSATIVE, "en"), "the state");
    CHECK_STR(charta_label_subject((charta_subject_kind)99, CHARTA_CASE_DATIVE, "de"),
              "der Stadt");
    charta_subject_kind k = CHARTA_KIND_CITY;
    CHECK(charta_subject_kind_parse("kreis", &k) && k == CHARTA_KIND_DISTRICT);
    CHECK(charta_subject_kind_parse("Country", &k) && k == CHARTA_KIND_COUNTRY);
    CHECK(!charta_subject_kind_parse("Bezirk", &k) && k == CHARTA_KIND_COUNTRY);
    CHECK(!charta_subject_kind_parse(NULL, &k));
}

TEST(provenance_words_licences_years_and_dates_for_readers)
{
    char *s = charta_report_licence_text("dl-de/by-2-0", "Dieses Werk ist lizensiert unter ...", "de");
    CHECK_STR(s, "Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)");
    free(s);
    s = charta_report_licence_text("dl-de/by-2-0", "Dieses Werk ist lizensiert unter ...", "en");
    CHECK_STR(s, "Data licence Germany – attribution – version 2.0 (dl-de/by-2-0)");
    free(s);
    s = charta_report_licence_text(NULL, "Dieses Werk ist lizensiert unter X.", "de");
    CHECK_STR(s, "Dieses Werk ist lizensiert unter X.");
    free(s);
    s = charta_report_licence_text("own-1", "Statement.", "en");
    CHECK_STR(s, "Statement. (own-1)");
    free(s);
    s = charta_report_licence_text("CC BY 4.0 (Stadt)", NULL, "de");
    CHECK_STR(s, "CC BY 4.0 (Stadt)");
    free(s);
    CHECK(charta_report_licence_text(NULL, "", "en") == NULL);
    char y[16];
    charta_report_years(2009, 2009, true, y);
    CHECK_STR(y, "2009");
    charta_report_years(2009, 2016, false, y);
    CHECK_STR(y, "2009–2016");
    charta_report_years(2009, 2016, true, y);
    CHECK_STR(y, "2009–\u20602016");
    char d[32];
    charta_report_date_text("2017-10-10", "de", d);
    CHECK_STR(d, "10.10.2017");
    charta_report_date_text("2017-10-10", "en", d);
    CHECK_STR(d, "10 October 2017");
    charta_report_date_text("2025-03-01", "en", d);
    CHECK_STR(d, "1 March 2025");
    charta_report_date_text("2017-02-30", "de", d);
    CHECK_STR(d, "2017-02-30"); /* no date: as given */
}

/* --- sheet names --------------------------------------------------------- */

/* Every name must also pass libxlsxwriter's own check in one workbook. */
static void
check_valid_in_excel(char names[][CHARTA_SHEET_NAME_SIZE], size_t n)
{
    lxw_workbook *wb = workbook_new("/nonexistent/never-written.xlsx");
    REQUIRE(wb);
    for (size_t i = 0; i < n; i++) {
        CHECK_INT(workbook_validate_sheet_name(wb, names[i]), LXW_NO_ERROR);
        CHECK(workbook_add_worksheet(wb, names[i]) != NULL);
    }
    lxw_workbook_free(wb);
}

TEST(sheet_names_are_sanitised_and_unique)
{
    char names[32][CHARTA_SHEET_NAME_SIZE];
    const char *taken[32] = {0};
    size_t n = 0;
#define NAME(want, expect, changed)                                                                \
    do {                                                                                           \
        CHECK(charta_sheet_name(want, taken, n, names[n]) == (changed));                           \
        CHECK_STR(names[n], expect);                                                               \
        taken[n] = names[n];                                                                       \
        n++;                                                                                       \
    } while (0)
    NAME("Data", "Data", false);
    NAME("DATA", "DATA~2", true);
    NAME("data", "data~3", true);
    NAME("A/B", "A_B", true);
    NAME("[x]:*?\\", "_x_____", true);
    NAME("", "Sheet", true);
    NAME(NULL, "Sheet~2", true);
    NAME("History", "History~2", true);
    NAME("hISTORY", "hISTORY~3", true);
    NAME("'Zitat'", "_Zitat_", true);
    /* 35 characters with umlauts: cut to 31 characters (not bytes), at a word, without a
     * dangling '&' */
    NAME("Übersicht über Mobilität & Verkehr", "Übersicht über Mobilität", true);
    NAME("ÜBERSICHT ÜBER MOBILITÄT & VERKEHR", "ÜBERSICHT ÜBER MOBILITÄT~2", true);
    NAME("Übersicht_über_Mobilität_und_Verkehr", "Übersicht_über_Mobilität_und_Ve", true);
    NAME("ÄÖÜäöüßÄÖÜäöüßÄÖÜäöüßÄÖÜäöüßÄÖÜäöüß", "ÄÖÜäöüßÄÖÜäöüßÄÖÜäöüßÄÖÜäöüßÄÖÜ", true);
    NAME("bad \xFC utf8", "bad _ utf8", true);
    /* outside the BMP a character counts 2, as in Excel: 15 of 16 fit */
    NAME("😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀", "😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀", true);
    NAME("tab\there", "tab_here", true);
    /* what XML cannot hold: U+FFFE, U+FFFF, U+FDD0, U+1FFFE */
    NAME("Nord\xEF\xBF\xBE \xEF\xBF\xBF\xEF\xB7\x90\xF0\x9F\xBF\xBE", "Nord_ ___", true);
#undef NAME
    check_valid_in_excel(names, n);
}

TEST(sheet_names_fold_umlauts_when_checking_clashes)
{
    char a[CHARTA_SHEET_NAME_SIZE], b[CHARTA_SHEET_NAME_SIZE];
    const char *taken[1] = {a};
    CHECK(!charta_sheet_name("Übersicht", NULL, 0, a));
    CHECK(charta_sheet_name("übersicht", taken, 1, b));
    CHECK_STR(b, "übersicht~2");
    CHECK(!charta_sheet_name("Uebersicht", taken, 1, b));
}

TEST(run_dates_are_checked_and_pinned_to_midnight_utc)
{
    charta_diags *d = charta_diags_new();
    time_t t;
    CHECK_INT(charta_report_run_time("2024-02-29", &t, d), CHARTA_OK);
    CHECK_INT(t, 1709164800);
    CHECK_INT(charta_report_run_time("2023-02-29", &t, d), CHARTA_ERR_USAGE);
    CHECK_INT(charta_report_run_time("1979-12-31", &t, d), CHARTA_ERR_USAGE);
    CHECK_INT(charta_report_run_time("2024-1-1", &t, d), CHARTA_ERR_USAGE);
    CHECK_INT(charta_report_run_time("2024-01-01x", &t, d), CHARTA_ERR_USAGE);
    CHECK_INT(charta_report_run_time(NULL, &t, d), CHARTA_OK);
    CHECK_INT(t % 86400, 0);
    CHECK_INT(charta_diags_errors(d), 4);
    charta_diags_free(d);
}

/* --- CSV ----------------------------------------------------------------- */

TEST(csv_lists_every_indicator_area_and_year_with_quoting_and_injection_guard)
{
    fixture f;
    REQUIRE(fixture_init(&f));
    char *path = fixture_path(&f, "indicators.csv");
    CHECK_INT(charta_report_csv_write(f.r, &(charta_report_opts){0}, path, f.d), CHARTA_OK);
    CHECK_INT(charta_diags_count(f.d), 0);
    size_t len;
    char *csv = charta_read_file(path, &len);
    REQUIRE(csv);
    CHECK_INT(strlen(csv), len); /* no NUL */
    CHECK_INT(count_lines(csv), 1 + 3 * N_AREAS * NY);
    CHECK(strchr(csv, '\r') == NULL);
    const char *expect_head =
        "indicator,area,area_name,year,value,status\n"
        "modal-split,09999000,Musterstadt,2020,41.25,A\n"
        "modal-split,09999000,Musterstadt,2021,0.3333333333333333,E\n"
        "modal-split,09999000,Musterstadt,2022,,M\n"
        "modal-split,01,\"Nord, \"\"Alt\"\"stadt\",2020,40,A\n"
        "modal-split,01,\"Nord, \"\"Alt\"\"stadt\",2021,,C\n"
        "modal-split,01,\"Nord, \"\"Alt\"\"stadt\",2022,42.5,P\n"
        "modal-split,0101,\"'=HYPERLINK(\"\"http://x\"\")\",2020,-1.5,A\n"
        "modal-split,0101,\"'=HYPERLINK(\"\"http://x\"\")\",2021,0.30000000000000004,A\n"
        "modal-split,0101,\"'=HYPERLINK(\"\"http://x\"\")\",2022,,M\n"
        "modal-split,02,Süd,2020,1234567.891,B\n"
        "modal-split,02,Süd,2021,,M\n"
        "modal-split,02,Süd,2022,,M\n"
        "modal-split,09162000,München,2020,,M\n"
        "modal-split,09162000,München,2021,50,U\n"
        "modal-split,09162000,München,2022,,M\n"
        "co2,09999000,Musterstadt,2020,7.5,A\n"
        "co2,09999000,Musterstadt,2021,7.25,A\n"
        "co2,09999000,Musterstadt,2022,7,E\n";
    CHECK(strncmp(csv, expect_head, strlen(expect_head)) == 0);
    if (strncmp(csv, expect_head, strlen(expect_head)) != 0)
        fprintf(stderr, "got:\n%.*s\n", (int)strlen(expect_head) + 40, csv);
    CHECK(strstr(csv, "\nstops,09999000,Musterstadt,2020,12345,A\n") != NULL);
    const char *tail = "stops,09162000,München,2022,,M\n";
    CHECK(len >= strlen(tail) && strcmp(csv + len - strlen(tail), tail) == 0);
    free(csv);
    free(path);
    fixture_free(&f);
}

TEST(csv_window_beyond_the_data_reports_missing_years)
{
    fixture f;
    REQUIRE(fixture_init(&f));
    char *path = fixture_path(&f, "w.csv");
    charta_report_opts o = {.year_first = 2021, .year_last = 2023};
    CHECK_INT(charta_report_csv_write(f.r, &o, path, f.d), CHARTA_OK);
    char *csv = read_all(path);
    REQUIRE(csv);
    CHECK_INT(count_lines(csv), 1 + 3 * N_AREAS * 3);
    CHECK(strstr(csv, "indicator,area,area_name,year,value,status\n"
                      "modal-split,09999000,Musterstadt,2021,0.3333333333333333,E\n"
                      "modal-split,09999000,Musterstadt,2022,,M\n"
                      "modal-split,09999000,Musterstadt,2023,,M\n") == csv);
    free(csv);
    o = (charta_report_opts){.year_first = 2023, .year_last = 2021};
    CHECK_INT(charta_report_csv_write(f.r, &o, path, f.d), CHARTA_ERR_USAGE);
    free(path);
    fixture_free(&f);
}

TEST(csv_guards_every_dangerous_first_character_but_not_numbers)
{
    fixture f;
    REQUIRE(fixture_init(&f));
    /* rename areas through the dataset is not possible after freeze; use
     * indicator ids, which are text cells too */
    const char *ids[] = {"+1", "-1+2", "@SUM(A1)", "\tx", "\rx"};
    const char *expect[] = {"'+1,", "'-1+2,", "'@SUM(A1),", "'\tx,", "\"'\rx\","};
    for (size_t i = 0; i < 5; i++) {
        free(f.p->indicators[2].id);
        f.p->indicators[2].id = strdup(ids[i]);
        char *path = fixture_path(&f, "inj.csv");
        CHECK_INT(charta_report_csv_write(f.r, NULL, path, f.d), CHARTA_OK);
        char *csv = read_all(path);
        REQUIRE(csv);
        char *line = charta_asprintf("\n%s09999000,Musterstadt,2020,12345,A\n", expect[i]);
        CHECK(strstr(csv, line) != NULL);
        free(line);
        free(csv);
        free(path);
    }
    /* a negative number stays a number */
    char *path = fixture_path(&f, "inj.csv");
    char *csv = read_all(path);
    REQUIRE(csv);
    CHECK(strstr(csv, ",2020,-1.5,A\n") != NULL);
    free(csv);
    free(path);
    fixture_free(&f);
}

TEST(csv_reports_cannot_create_and_io_errors)
{
    fixture f;
    REQUIRE(fixture_init(&f));
    char *path = fixture_path(&f, "missing-dir/indicators.csv");
    CHECK_INT(charta_report_csv_write(f.r, NULL, path, f.d), CHARTA_ERR_CANTCREATE);
    const charta_diag *e = charta_diags_get(f.d, 0);
    REQUIRE(e);
    CHECK_STR(e->file, path);
    CHECK(strstr(e->message, "No such file or directory") != NULL);
    free(path);
    if (access("/dev/full", W_OK) != 0) {
        fixture_free(&f);
        SKIP("/dev/full is not writable here");
    }
    CHECK_INT(charta_report_csv_write(f.r, NULL, "/dev/full", f.d), CHARTA_ERR_IO);
    e = charta_diags_get(f.d, 1);
    REQUIRE(e);
    CHECK(strstr(e->message, "No space left on device") != NULL);
    struct stat sb;
    CHECK(stat("/dev/full", &sb) == 0 && S_ISCHR(sb.st_mode)); /* never removed */
    fixture_free(&f);
}

TEST_MAIN()
