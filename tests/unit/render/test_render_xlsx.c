/* Tests of the workbook: its sheets, tables, overview, cover and document
 * properties, read back by unzipping its parts (unzip -p) and, for what a
 * client sees, with openpyxl (tests/tools/read_xlsx.py).
 *
 * The fixture's layout (German, render_fixture.h); rows are Excel's:
 *   sheet1 Deckblatt, sheet2 Übersicht, sheet3 Abdeckung,
 *   sheet4 "HF01 Mobilität & Verkehr", sheet5 "HF02 Umwelt", sheet6 Metadaten,
 *   sheet7 Eingangsdaten, sheet8 Eingangswerte, sheet9 Diagrammdaten (hidden)
 *   Übersicht: head row 5; HF01 heading 6, modal-split 7, stops 8; HF02
 *     heading 9, co2 10; columns A code, E latest year, F latest value,
 *     G previous year, H previous value, I change, J target, K target year
 *   HF01: modal-split title 5, fact box 7-24 (beside the chart), head 26,
 *     areas 27-31 (Musterstadt, Nord, =HYPERLINK, Süd, München); stops
 *     title 34, head 55, areas 56-60
 *   HF02: co2 title 5, comment 7, head 27, areas 28-32 */
#include "check.h"

#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "charta/labels.h"
#include "charta/hash.h"
#include "charta/report.h"
#include "charta/xlsx.h"
#include "render_fixture.h"

#define HF01 "'HF01 Mobilität &amp; Verkehr'"

static char *
write_book(fixture *f, const char *name, const charta_report_opts *o)
{
    char *path = fixture_path(f, name);
    charta_status st = charta_report_xlsx_write(f->r, o, path, f->d);
    if (st != CHARTA_OK) {
        fprintf(stderr, "workbook %s: status %d\n", name, (int)st);
        fixture_show_diags(f);
        free(path);
        return NULL;
    }
    return path;
}

TEST(xlsx_sheets_come_in_report_order_with_the_chart_data_hidden)
{
    if (!have_unzip())
        SKIP("unzip is not installed");
    fixture f;
    REQUIRE(fixture_init(&f));
    char *path = write_book(&f, "report.xlsx", &(charta_report_opts){.run_date = "2025-03-01"});
    REQUIRE(path);
    CHECK_INT(charta_diags_errors(f.d), 0);
    char *wb = unzip_part(path, "xl/workbook.xml");
    REQUIRE(wb);
    static const char *const sheets[] = {
        "<sheet name=\"Deckblatt\" sheetId=\"1\"",
        "<sheet name=\"Übersicht\" sheetId=\"2\"",
        "<sheet name=\"Abdeckung\" sheetId=\"3\"",
        "<sheet name=\"HF01 Mobilität &amp; Verkehr\" sheetId=\"4\"",
        "<sheet name=\"HF02 Umwelt\" sheetId=\"5\"",
        "<sheet name=\"Metadaten\" sheetId=\"6\"",
        "<sheet name=\"Eingangsdaten\" sheetId=\"7\"",
        "<sheet name=\"Eingangswerte\" sheetId=\"8\"",
        "<sheet name=\"Diagrammdaten\" sheetId=\"9\" state=\"hidden\"",
    };
    const char *at = wb;
    for (size_t i = 0; i < sizeof sheets / sizeof *sheets; i++) {
        const char *s = strstr(at, sheets[i]);
        CHECK(s != NULL);
        if (s)
            at = s;
    }
    CHECK(strstr(wb, "HF03") == NULL); /* a field without indicators has no sheet */
    /* a defined name over every table of all areas (below the printed
     * parts): head row to the last area */
    CHECK(strstr(wb, "<definedName name=\"ind_modal_split\">" HF01 "!$A$60:$E$65<") != NULL);
    CHECK(strstr(wb, "<definedName name=\"ind_stops\">" HF01 "!$A$70:$E$75<") != NULL);
    CHECK(strstr(wb, "<definedName name=\"ind_co2\">'HF02 Umwelt'!$A$36:$E$41<") != NULL);
    CHECK(strstr(wb, "<definedName name=\"var_pop\">'Eingangswerte'!$A$15:$E$20<") != NULL);
    /* the print areas: the printed parts only, the sheet's title rows repeated */
    CHECK(strstr(wb, "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"3\">" HF01
                     "!$A$1:$K$53<") != NULL);
    CHECK(strstr(wb, "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"7\">"
                     "Eingangswerte!$A$1:$E$8<") != NULL);
    CHECK(strstr(wb, "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"3\">" HF01
                     "!$1:$2<") != NULL);
    free(wb);
    free(path);
    fixture_free(&f);
}

TEST(xlsx_tables_hold_every_value_with_its_mark_format_and_legend)
{
    if (!have_unzip())
        SKIP("unzip is not installed");
    fixture f;
    REQUIRE(fixture_init(&f));
    char *path = write_book(&f, "report.xlsx", &(charta_report_opts){.run_date = "2025-03-01"});
    REQUIRE(path);
    char *sh = unzip_part(path, "xl/worksheets/sheet4.xml");
    REQUIRE(sh);
    char *c = cell_xml(sh, "C27");
    CHECK(c && strstr(c, "<v>41.25</v>") && !strstr(c, "t=\"s\""));
    free(c);
    c = cell_xml(sh, "D27"); /* 1/3, estimated: the full double is kept */
    CHECK(c && strstr(c, "<v>0.3333333333333333"));
    free(c);
    c = cell_xml(sh, "E27"); /* missing: no cell at all */
    CHECK(c == NULL);
    free(c);
    c = cell_xml(sh, "C61"); /* the table of all areas */
    CHECK(c && strstr(c, "<v>41.25</v>") && !strstr(c, "t=\"s\""));
    free(c);
    c = cell_xml(sh, "D62"); /* confidential: a styled blank */
    CHECK(c && strstr(c, " s=\"") && !strstr(c, "<v>"));
    free(c);
    c = cell_xml(sh, "B63"); /* "=HYPERLINK(...)" is a shared string */
    CHECK(c && strstr(c, "t=\"s\"") && !strstr(c, "<f>"));
    free(c);
    c = cell_xml(sh, "C71"); /* stops, the second block */
    CHECK(c && strstr(c, "<v>12345</v>"));
    free(c);
    c = cell_xml(sh, "C52"); /* stops printed: the subject's row */
    CHECK(c && strstr(c, "<v>12345</v>"));
    free(c);
    c = cell_xml(sh, "A53"); /* then its legend: one row of the 5 areas printed */
    CHECK(c && strstr(c, "t=\"s\""));
    free(c);
    c = cell_xml(sh, "B8"); /* the fact box: the latest value */
    CHECK(c && strstr(c, "<v>0.3333333333333333"));
    free(c);
    CHECK(strstr(sh, "<f>") == NULL);
    CHECK(strstr(sh, "NAN") == NULL && strstr(sh, "INF") == NULL);
    CHECK(strstr(sh, "<pane xSplit=\"2\" topLeftCell=\"C1\"") != NULL);
    CHECK_INT(count_of(sh, "<tablePart "), 2);
    CHECK(strstr(sh, "<brk id=\"29\"") != NULL); /* stops starts a page */
    CHECK(strstr(sh, "<brk id=\"4\"") == NULL);  /* the first block does not */
    CHECK(strstr(sh, "<hyperlink ref=\"A12\" location=\"'Übersicht'!A7\"") != NULL);
    CHECK(strstr(sh, "<drawing ") != NULL);
    free(sh);

    char *sst = unzip_part(path, "xl/sharedStrings.xml");
    REQUIRE(sst);
    CHECK(strstr(sst, "<t>=HYPERLINK(\"http://x\")</t>") != NULL);
    CHECK(strstr(sst, "<t>Kennung: modal-split · Einheit: % · SDG: 11.2.1</t>") != NULL);
    CHECK(strstr(sst, "<t>Erläuterungen: e = geschätzt · p = vorläufig · b = Bruch in der "
                      "Zeitreihe · u = eingeschränkte Aussagekraft · leeres Feld = kein Wert "
                      "vorhanden · schraffiertes leeres Feld = geheim gehalten</t>") != NULL);
    CHECK(strstr(sst, "<t>Erläuterungen: leeres Feld = kein Wert vorhanden</t>") != NULL);
    CHECK(strstr(sst, "<t>Bilanz nach BISKO</t>") != NULL);
    CHECK(strstr(sst, "<t>Wert 2021</t>") != NULL && strstr(sst, "<t>Wert 2020</t>") != NULL);
    CHECK(strstr(sst, "<t>höher ist besser</t>") != NULL);
    free(sst);

    char *styles = unzip_part(path, "xl/styles.xml");
    REQUIRE(styles);
    CHECK(strstr(styles, "formatCode=\"#,##0.0&quot; e&quot;\"") != NULL);
    CHECK(strstr(styles, "formatCode=\"General&quot; e&quot;\"") != NULL);
    CHECK(strstr(styles, "formatCode=\"#,##0\"") != NULL);
    /* a change: a true minus sign, no sign where it rounds to zero */
    CHECK(strstr(styles, "formatCode=\"[&gt;=0.05]+#,##0.0;[&lt;=-0.05]&quot;\u2212&quot;#,##0.0;"
                         "#,##0.0\"") != NULL);
    CHECK(strstr(styles, "formatCode=\"dd.mm.yyyy\"") != NULL);
    CHECK(strstr(styles, "patternType=\"gray125\"") != NULL);
    free(styles);
    free(path);
    fixture_free(&f);
}

TEST(xlsx_overview_shows_latest_previous_change_and_links_to_each_table)
{
    if (!have_unzip())
        SKIP("unzip is not installed");
    fixture f;
    REQUIRE(fixture_init(&f));
    char *path = write_book(&f, "report.xlsx", &(charta_report_opts){.run_date = "2025-03-01"});
    REQUIRE(path);
    char *ov = unzip_part(path, "xl/worksheets/sheet2.xml");
    REQUIRE(ov);
    static const struct {
        const char *ref, *want;
    } cells[] = {
        {"E7", "<v>2021</v>"},           /* modal-split: 2022 is missing */
        {"F7", "<v>0.3333333333333333"}, /* estimated */
        {"G7", "<v>2020</v>"},           /* the previous value */
        {"H7", "<v>41.25</v>"},
        {"I7", "<v>-40.91666666666666"}, /* the change */
        {"E8", "<v>2020</v>"},           /* stops (HF01, before co2 of HF02) */
        {"F8", "<v>12345</v>"},
        {"E10", "<v>2022</v>"}, /* co2 */
        {"F10", "<v>7</v>"},
        {"I10", "<v>-0.25</v>"},
    };
    for (size_t i = 0; i < sizeof cells / sizeof *cells; i++) {
        char *c = cell_xml(ov, cells[i].ref);
        CHECK(c && strstr(c, cells[i].want));
        if (!c || !strstr(c, cells[i].want))
            fprintf(stderr, "  %s: %s\n", cells[i].ref, c ? c : "(none)");
        free(c);
    }
    char *c = cell_xml(ov, "G8"); /* stops has one value: no previous one */
    CHECK(c == NULL);
    free(c);
    CHECK(strstr(ov, "<hyperlink ref=\"A7\" location=\"" HF01 "!A5\"") != NULL);
    CHECK(strstr(ov, "<hyperlink ref=\"A8\" location=\"" HF01 "!A30\"") != NULL);
    CHECK(strstr(ov, "<hyperlink ref=\"A10\" location=\"'HF02 Umwelt'!A5\"") != NULL);
    CHECK(strstr(ov, "<mergeCell ref=\"A6:K6\"/>") != NULL); /* the HF01 heading */
    CHECK(strstr(ov, "<mergeCell ref=\"A9:K9\"/>") != NULL);
    CHECK(strstr(ov, "<pane xSplit=\"2\" ySplit=\"5\"") != NULL);
    CHECK(strstr(ov, "conditionalFormatting") == NULL); /* nothing assessed */
    free(ov);
    char *sst = unzip_part(path, "xl/sharedStrings.xml");
    REQUIRE(sst);
    CHECK(strstr(sst, "<t>Bewertung</t>") == NULL);
    CHECK(strstr(sst, "<t>HF01 Mobilität &amp; Verkehr</t>") != NULL);
    free(sst);
    free(path);
    fixture_free(&f);
}

TEST(xlsx_cover_names_the_area_dates_version_contents_and_licences)
{
    if (!have_unzip())
        SKIP("unzip is not installed");
    fixture f;
    REQUIRE(fixture_init(&f));
    char *path = write_book(&f, "report.xlsx", &(charta_report_opts){.run_date = "2025-03-01"});
    REQUIRE(path);
    char *cv = unzip_part(path, "xl/worksheets/sheet1.xml");
    char *sst = unzip_part(path, "xl/sharedStrings.xml");
    REQUIRE(cv && sst);
    char *c = cell_xml(cv, "B6"); /* created on: the run date, a date cell */
    CHECK(c && strstr(c, "<v>45717</v>"));
    free(c);
    c = cell_xml(cv, "B7"); /* data as of: the latest input date */
    CHECK(c && strstr(c, "<v>45703</v>"));
    free(c);
    CHECK(strstr(sst, "<t>Musterstadt (09999000)</t>") != NULL);
    CHECK(strstr(sst, "<t>2020–2022</t>") != NULL);
    CHECK(strstr(sst, "<t>charta " CHARTA_VERSION "</t>") != NULL);
    CHECK(strstr(sst, "<t>Datenlizenz Deutschland – Namensnennung – Version 2.0</t>") != NULL);
    CHECK(strstr(sst, "<t>pop.csv</t>") != NULL);
    CHECK(strstr(sst, "<t>e = geschätzt</t>") != NULL);
    CHECK(strstr(sst, "<t>fette Zeile = das Berichtsgebiet insgesamt</t>") != NULL);
    /* contents: a link to every sheet but the cover and the hidden one */
    CHECK_INT(count_of(cv, "<hyperlink "), 7);
    CHECK(strstr(cv, "location=\"'Eingangswerte'!A1\"") != NULL);
    CHECK(strstr(cv, "location=\"'Abdeckung'!A1\"") != NULL);
    CHECK(strstr(sst, "<t>Indikatoren je Handlungsfeld und SDG; die SDGs ohne Indikator</t>") !=
          NULL);
    CHECK(strstr(cv, "Diagrammdaten") == NULL);
    CHECK(strstr(cv, "<fitToPage") == NULL || strstr(cv, "fitToHeight=\"0\"") == NULL);
    free(cv);
    free(sst);
    free(path);
    fixture_free(&f);
}

TEST(xlsx_document_properties_are_set_and_pinned_to_the_run_date)
{
    if (!have_unzip())
        SKIP("unzip is not installed");
    fixture f;
    REQUIRE(fixture_init(&f));
    char *path = write_book(&f, "report.xlsx", &(charta_report_opts){.run_date = "2025-03-01"});
    REQUIRE(path);
    char *core = unzip_part(path, "docProps/core.xml");
    REQUIRE(core);
    CHECK(strstr(core, "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2025-03-01T00:00:00Z<") !=
          NULL);
    CHECK(strstr(core, "<dc:creator>Musterstadt</dc:creator>") != NULL);
    CHECK(strstr(core, "<dc:title>Smart-City-Indikatorenbericht</dc:title>") != NULL);
    CHECK(strstr(core, "<dc:subject>SDG- und Smart-City-Indikatoren, Musterstadt, 2020–2022<") !=
          NULL);
    CHECK(strstr(core, "<cp:keywords>SDG, Smart City, Indikatoren, Nachhaltigkeit, Statistik, "
                       "Musterstadt</cp:keywords>") != NULL);
    CHECK(strstr(core, "<cp:category>Indikatorenbericht</cp:category>") != NULL);
    free(core);
    char *custom = unzip_part(path, "docProps/custom.xml");
    REQUIRE(custom);
    CHECK(strstr(custom, "name=\"charta version\"><vt:lpwstr>" CHARTA_VERSION "<") != NULL);
    CHECK(strstr(custom, "name=\"run date\"><vt:lpwstr>2025-03-01<") != NULL);
    CHECK(strstr(custom, "name=\"data as of\"><vt:lpwstr>2025-02-15<") != NULL);
    CHECK(strstr(custom, "name=\"reporting period\"><vt:lpwstr>2020–2022<") != NULL);
    free(custom);
    free(path);
    fixture_free(&f);
}

TEST(xlsx_is_byte_identical_across_runs_and_time_zones)
{
    fixture f;
    REQUIRE(fixture_init(&f));
    charta_report_opts o = {.run_date = "2025-03-01", .tmpdir = f.dir, .lang = "en"};
    char *a = write_book(&f, "a.xlsx", &o);
    const char *tz = getenv("TZ");
    char *old = tz ? strdup(tz) : NULL;
    setenv("TZ", "Pacific/Kiritimati", 1); /* UTC+14: another calendar day */
    tzset();
    char *b = write_book(&f, "b.xlsx", &o);
    if (old)
        setenv("TZ", old, 1);
    else
        unsetenv("TZ");
    tzset();
    free(old);
    REQUIRE(a && b);
    CHECK(same_file(a, b));
    o.constant_memory = true;
    char *c = write_book(&f, "c.xlsx", &o), *d = write_book(&f, "d.xlsx", &o);
    CHECK(c && d && same_file(c, d));
    free(a);
    free(b);
    free(c);
    free(d);
    fixture_free(&f);
}

TEST(xlsx_opens_in_openpyxl_with_english_labels)
{
    if (!have_openpyxl())
        SKIP("/usr/bin/python3 with python3-openpyxl is not installed");
    fixture f;
    REQUIRE(fixture_init(&f));
    char *path = write_book(&f, "report-en.xlsx",
                            &(charta_report_opts){.run_date = "2025-03-01", .lang = "en"});
    REQUIRE(path);
    static const char *const refs[] = {
        "Cover!A1",
        "Cover!A6",
        "Cover!B6",
        "Overview!A1",
        "Overview!F5",
        "Overview!F7",
        "Overview!I7",
        "HF01 Mobility & transport!A26",
        "HF01 Mobility & transport!C26",
        "HF01 Mobility & transport!C27",
        "HF01 Mobility & transport!D27",
        "HF01 Mobility & transport!B63",
        "HF01 Mobility & transport!C65",
        "HF01 Mobility & transport!A8",
        "HF02 Environment!E28",
        "Inputs!C7",
    };
    char *out = read_cells(path, refs, sizeof refs / sizeof *refs);
    REQUIRE(out);
    char *sha = fixture_path(&f, "pop.csv");
    char hex[65];
    REQUIRE(charta_sha256_file(sha, hex, NULL) == CHARTA_OK);
    free(sha);
    char *expect = charta_asprintf(
        "sheets: Cover|Overview|Coverage|HF01 Mobility & transport|HF02 Environment|Metadata|Inputs|"
        "Input values|Chart data\n"
        "Cover!A1 = 'Smart City indicator report' [General]\n"
        "Cover!A6 = 'Created on' [General]\n"
        "Cover!B6 = datetime.datetime(2025, 3, 1, 0, 0) [yyyy-mm-dd]\n"
        "Overview!A1 = 'Smart City indicator report' [General]\n"
        "Overview!F5 = 'Latest value' [General]\n"
        "Overview!F7 = 0.3333333333333333 [#,##0.0\" e\"]\n"
        "Overview!I7 = -40.91666666666666 [[>=0.05]+#,##0.0;[<=-0.05]\"\u2212\"#,##0.0;#,##0.0]\n"
        "HF01 Mobility & transport!A26 = 'Area code' [General]\n"
        "HF01 Mobility & transport!C26 = '2020' [General]\n"
        "HF01 Mobility & transport!C27 = 41.25 [#,##0.0]\n"
        "HF01 Mobility & transport!D27 = 0.3333333333333333 [#,##0.0\" e\"]\n"
        "HF01 Mobility & transport!B63 = '=HYPERLINK(\"http://x\")' [General]\n"
        "HF01 Mobility & transport!C65 = None [General]\n"
        "HF01 Mobility & transport!A8 = 'Value 2021' [General]\n"
        "HF02 Environment!E28 = 7 [General\" e\"]\n"
        "Inputs!C7 = '%s' [General]\n",
        hex);
    CHECK_STR(out, expect);
    free(expect);
    free(out);
    free(path);
    fixture_free(&f);
}

TEST(xlsx_never_writes_nan_inf_or_invalid_utf8)
{
    if (!have_unzip())
        SKIP("unzip is not installed");
    fixture f;
    REQUIRE(fixture_init(&f));
    fixture_put(&f, I_STOPS, A_NORD, 2021, NAN, 'A'); /* a broken invariant */
    fixture_put(&f, I_STOPS, A_SUED, 2021, INFINITY, 'E');
    free(f.p->indicators[I_STOPS].unit);
    f.p->indicators[I_STOPS].unit = strdup("Pers\xF6nen"); /* Latin-1 slipped through */
    char *path = write_book(&f, "bad.xlsx", &(charta_report_opts){.run_date = "2025-03-01"});
    REQUIRE(path);
    CHECK_INT(charta_diags_warnings(f.d), 2); /* non-finite, UTF-8 */
    for (int i = 1; i <= 8; i++) {
        char *member = charta_asprintf("xl/worksheets/sheet%d.xml", i);
        char *sh = unzip_part(path, member);
        CHECK(sh && !strstr(sh, "NAN") && !strstr(sh, "INF"));
        CHECK(sh && charta_utf8_valid(sh, strlen(sh), NULL));
        free(sh);
        free(member);
    }
    char *sst = unzip_part(path, "xl/sharedStrings.xml");
    REQUIRE(sst);
    CHECK(charta_utf8_valid(sst, strlen(sst), NULL));
    CHECK(strstr(sst, "Pers\xEF\xBF\xBDnen") != NULL);
    free(sst);
    free(path);
    fixture_free(&f);
}

TEST(xlsx_cuts_texts_over_32767_characters_with_a_warning)
{
    if (!have_unzip())
        SKIP("unzip is not installed");
    fixture f;
    REQUIRE(fixture_init(&f));
    charta_buf b = {0};
    for (int i = 0; i < 40000; i++)
        charta_buf_puts(&b, "ä");
    set_text(&f.p->indicators[I_STOPS].comment, b.data, NULL);
    char *path = write_book(&f, "long.xlsx", &(charta_report_opts){.run_date = "2025-03-01"});
    REQUIRE(path);
    CHECK_INT(charta_diags_warnings(f.d), 1);
    char *sst = unzip_part(path, "xl/sharedStrings.xml");
    REQUIRE(sst);
    b.data[2 * 32767] = '\0';
    char *want = charta_asprintf("<t>%s</t>", b.data);
    CHECK(strstr(sst, want) != NULL);
    free(want);
    free(sst);
    charta_buf_free(&b);
    free(path);
    fixture_free(&f);
}

TEST(xlsx_streams_in_constant_memory_mode_with_autofilters_instead_of_tables)
{
    if (!have_unzip())
        SKIP("unzip is not installed");
    fixture f;
    REQUIRE(fixture_init(&f));
    charta_report_opts o = {.run_date = "2025-03-01", .tmpdir = f.dir, .constant_memory = true};
    char *path = write_book(&f, "stream.xlsx", &o);
    REQUIRE(path);
    char *sh = unzip_part(path, "xl/worksheets/sheet4.xml");
    REQUIRE(sh);
    char *c = cell_xml(sh, "C27");
    CHECK(c && strstr(c, "<v>41.25</v>"));
    free(c);
    c = cell_xml(sh, "B63"); /* inline string, still never a formula */
    CHECK(c && strstr(c, "=HYPERLINK(") && !strstr(c, "<f>"));
    free(c);
    c = cell_xml(sh, "C71");
    CHECK(c && strstr(c, "<v>12345</v>"));
    free(c);
    CHECK(strstr(sh, "<tablePart ") == NULL);
    CHECK(strstr(sh, "<autoFilter ref=\"A60:E65\"/>") != NULL); /* the first table's */
    CHECK(strstr(sh, "<hyperlink ref=\"A12\" location=\"'Übersicht'!A7\"") != NULL);
    free(sh);
    char *ov = unzip_part(path, "xl/worksheets/sheet2.xml");
    REQUIRE(ov);
    c = cell_xml(ov, "F8");
    CHECK(c && strstr(c, "<v>12345</v>"));
    free(c);
    CHECK(strstr(ov, "<hyperlink ref=\"A7\" location=\"" HF01 "!A5\"") != NULL);
    free(ov);
    char *wb = unzip_part(path, "xl/workbook.xml");
    REQUIRE(wb);
    CHECK(strstr(wb, "<definedName name=\"ind_modal_split\">" HF01 "!$A$60:$E$65<") != NULL);
    free(wb);
    char *chart = unzip_part(path, "xl/charts/chart1.xml");
    CHECK(chart && strstr(chart, "<c:f>" HF01 "!$C$61:$E$61</c:f>"));
    /* no cached cell text in this mode: the title is written as text */
    CHECK(chart && strstr(chart, "<a:t>Anteil Umweltverbund</a:t>"));
    free(chart);
    if (!have_openpyxl()) {
        free(path);
        fixture_free(&f);
        SKIP("/usr/bin/python3 with python3-openpyxl is not installed");
    }
    char *out = read_cells(path, NULL, 0); /* opens without repair */
    CHECK(out != NULL);
    free(out);
    free(path);
    fixture_free(&f);
}

TEST(xlsx_reports_cannot_create_io_and_usage_errors)
{
    fixture f;
    REQUIRE(fixture_init(&f));
    char *path = fixture_path(&f, "missing-dir/report.xlsx");
    charta_report_opts o = {.run_date = "2025-03-01", .tmpdir = f.dir};
    CHECK_INT(charta_report_xlsx_write(f.r, &o, path, f.d), CHARTA_ERR_CANTCREATE);
    const charta_diag *e = charta_diags_get(f.d, 0);
    REQUIRE(e);
    CHECK_STR(e->file, path);
    CHECK_STR(e->message, "cannot create: No such file or directory");
    free(path);
    path = fixture_path(&f, "r.xlsx");
    o.run_date = "2025-02-30";
    CHECK_INT(charta_report_xlsx_write(f.r, &o, path, f.d), CHARTA_ERR_USAGE);
    o.run_date = "1.3.2025";
    CHECK_INT(charta_report_xlsx_write(f.r, &o, path, f.d), CHARTA_ERR_USAGE);
    CHECK(access(path, F_OK) != 0);
    o.run_date = "2025-03-01";
    /* libxlsxwriter falls back to the system temp dir when tmpdir is gone */
    o.tmpdir = "/nonexistent-charta-staging";
    CHECK_INT(charta_report_xlsx_write(f.r, &o, path, f.d), CHARTA_OK);
    o.constant_memory = true;
    CHECK_INT(charta_report_xlsx_write(f.r, &o, path, f.d), CHARTA_OK);
    o = (charta_report_opts){.run_date = "2025-03-01", .tmpdir = f.dir};
    free(path);
    if (access("/dev/full", W_OK) != 0) {
        fixture_free(&f);
        SKIP("/dev/full is not writable here");
    }
    CHECK_INT(charta_report_xlsx_write(f.r, &o, "/dev/full", f.d), CHARTA_ERR_IO);
    e = charta_diags_get(f.d, charta_diags_count(f.d) - 1);
    REQUIRE(e);
    CHECK(strstr(e->message, "No space left on device") != NULL);
    struct stat sb;
    CHECK(stat("/dev/full", &sb) == 0 && S_ISCHR(sb.st_mode));
    fixture_free(&f);
}
