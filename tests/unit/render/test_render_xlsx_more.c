/* Tests of the workbook's charts, chart image hook, benchmarks, targets and
 * assessments, metadata, inputs and defined names (the fixture and its
 * layout: render_fixture.h, test_render_xlsx.c). */
#include "check.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "charta/hash.h"
#include "charta/progress.h"
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

static void
check_cells(const char *xml, const char *const (*cells)[2], size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char *c = cell_xml(xml, cells[i][0]);
        bool ok = cells[i][1] ? c && strstr(c, cells[i][1]) : c == NULL;
        CHECK(ok);
        if (!ok)
            fprintf(stderr, "  %s: want %s, got %s\n", cells[i][0],
                    cells[i][1] ? cells[i][1] : "(no cell)", c ? c : "(no cell)");
        free(c);
    }
}

static void
add_targets(charta_indicator *ind, size_t n)
{
    ind->targets = calloc(n, sizeof *ind->targets);
    ind->n_targets = n;
}

/* Benchmarks first in the tables and as overview columns, targets in the
 * overview, fact box and chart, the assessment coloured by its level. */
TEST(xlsx_shows_benchmarks_targets_and_assessments_everywhere)
{
    if (!have_unzip())
        SKIP("unzip is not installed");
    fixture f;
    REQUIRE(fixture_init(&f));
    charta_report_spec *rs = &f.p->report;
    rs->benchmarks = strv(2, "09162000", "nowhere");
    rs->n_benchmarks = 2;
    rs->focus = strv(1, "01");
    rs->n_focus = 1;
    charta_indicator *ms = &f.p->indicators[I_MODAL], *co2 = &f.p->indicators[I_CO2];
    add_targets(ms, 2);
    ms->targets[0] = (charta_target){.year = 2025, .value = 45, .has_value = true};
    ms->targets[1] = (charta_target){.year = 2030, .value = 60, .has_value = true};
    add_targets(co2, 2);
    co2->targets[0] =
        (charta_target){.year = 2030, .change = -50, .has_change = true, .base = 2020};
    co2->targets[1] = (charta_target){.year = 2030, .value = 1, .has_value = true};
    co2->targets[1].area = strdup("09162000"); /* München's own: not the city's */
    fixture_assess(&f, I_MODAL, 1, "moderate_progress");
    char *path = write_book(&f, "report.xlsx", &(charta_report_opts){.run_date = "2025-03-01"});
    REQUIRE(path);
    CHECK_INT(charta_diags_warnings(f.d), 1); /* the benchmark "nowhere" */

    char *ov = unzip_part(path, "xl/worksheets/sheet2.xml");
    REQUIRE(ov);
    static const char *const ov_cells[][2] = {
        {"J7", "<v>50</v>"}, /* München in modal-split's latest year (2021) */
        {"K7", "<v>45</v>"}, /* the next milestone */
        {"L7", "<v>2025</v>"},  {"M7", " t=\"s\""},  {"N7", "<v>1</v>"},
        {"J10", NULL},          /* München has no co2 in 2022 */
        {"K10", "<v>3.75</v>"}, /* -50 % against 2020's 7.5 */
        {"L10", "<v>2030</v>"}, {"M10", " t=\"s\""}, {"N10", NULL},
    };
    check_cells(ov, ov_cells, sizeof ov_cells / sizeof *ov_cells);
    CHECK(strstr(ov, "<conditionalFormatting sqref=\"M6:M10\">") != NULL);
    /* a rule per category shown, on the cell's own symbol and words */
    CHECK(strstr(ov, "<formula>$M6=\"\xe2\x86\x97 m\xc3\xa4\xc3\x9f"
                     "ige Fortschritte\"</formula>") != NULL);
    CHECK(strstr(ov, "ISNUMBER") == NULL);
    CHECK(strstr(ov, "<mergeCell ref=\"A6:N6\"/>") != NULL);
    free(ov);

    char *sh = unzip_part(path, "xl/worksheets/sheet4.xml");
    REQUIRE(sh);
    /* the assessment's working under the title moves the block down a row */
    static const char *const sh_cells[][2] = {
        {"A7", " t=\"s\""},                            /* the working */
        /* printed: the city, the benchmark München, the focus area */
        {"C28", "<v>41.25</v>"}, {"A29", " t=\"s\""}, {"D29", "<v>50</v>"}, {"A30", " t=\"s\""},
        /* the table of all areas: München first, then the city */
        {"D66", "<v>50</v>"}, {"C67", "<v>41.25</v>"},
        {"B12", "<v>45</v>"},                          /* fact box: Ziel 2025 */
        {"B13", "<v>60</v>"},                          /* Ziel 2030 */
        {"B14", " t=\"s\""},                           /* Bewertung */
        {"B16", "<v>50</v>"},                          /* München 2021 */
    };
    check_cells(sh, sh_cells, sizeof sh_cells / sizeof *sh_cells);
    CHECK(strstr(sh, "<hyperlink ref=\"A17\" location=\"'Übersicht'!A7\"") != NULL);
    CHECK(strstr(sh, "<mergeCell ref=\"A7:E7\"/>") != NULL);
    free(sh);

    char *sst = unzip_part(path, "xl/sharedStrings.xml");
    REQUIRE(sst);
    CHECK(strstr(sst, "<t>\xe2\x86\x97 mäßige Fortschritte</t>") != NULL);
    CHECK(strstr(sst, "<t>\xe2\x80\x93 nicht bewertbar</t>") != NULL);
    CHECK(strstr(sst, "<t>Bewertung der Entwicklung</t>") != NULL);
    CHECK(strstr(sst, "<t>München 2021</t>") != NULL);
    CHECK(strstr(sst, "<t>Ziel 2025</t>") != NULL);
    CHECK(strstr(sst, "<t>Bewertung: Mäßige") != NULL); /* charta_progress_describe */
    CHECK(strstr(sst, "blau hinterlegte Zeile = Vergleichsgebiet</t>") != NULL);
    free(sst);

    char *chart = unzip_part(path, "xl/charts/chart1.xml");
    REQUIRE(chart);
    const char *order[] = {
        "<c:f>" HF01 "!$B$67</c:f>",          /* the city */
        "<c:f>Diagrammdaten!$C$1:$M$1</c:f>", /* years as numbers, on to 2030 */
        "<c:f>" HF01 "!$C$67:$E$67</c:f>",
        "<c:f>" HF01 "!$C$68:$E$68</c:f>", /* the focus area Nord */
        "<c:f>" HF01 "!$C$66:$E$66</c:f>", /* the benchmark München */
        "<c:f>Diagrammdaten!$B$2</c:f>",   /* "Zielpfad 2025" */
        "<c:f>Diagrammdaten!$C$2:$M$2</c:f>",
        "<c:f>Diagrammdaten!$B$3</c:f>", /* "Ziel 2025": the point */
        "<c:f>Diagrammdaten!$C$3:$M$3</c:f>",
        "<c:f>Diagrammdaten!$C$5:$M$5</c:f>", /* Ziel 2030 */
        "<c:idx val=\"3\"/><c:delete val=\"1\"/>", /* the paths: out of the legend */
        "<c:idx val=\"5\"/><c:delete val=\"1\"/>",
    };
    const char *at = chart;
    for (size_t i = 0; i < sizeof order / sizeof *order; i++) {
        const char *s = strstr(at, order[i]);
        CHECK(s != NULL);
        if (!s)
            fprintf(stderr, "  chart: %s missing or out of order\n", order[i]);
        else
            at = s;
    }
    CHECK(strstr(chart, "<c:lineChart>") != NULL);
    CHECK(strstr(chart, "<a:prstDash val=\"dash\"/>") != NULL);
    CHECK(strstr(chart, "dispBlanksAs val=\"zero\"") == NULL); /* gaps (the default) */
    free(chart);

    char *cd = unzip_part(path, "xl/worksheets/sheet9.xml");
    REQUIRE(cd);
    static const char *const cd_cells[][2] = {
        {"C1", "<v>2020</v>"}, {"M1", "<v>2030</v>"}, {"A2", " t=\"s\""},
        /* the path from the latest value (2021) to the target 2025, the point */
        {"C2", NULL},          {"D2", "<v>0.3333333333333333"}, {"H2", "<v>45</v>"},
        {"G3", NULL},          {"H3", "<v>45</v>"},
        /* the path on from the milestone 2025 to 2030, the point */
        {"G4", NULL},          {"H4", "<v>45</v>"}, {"M4", "<v>60</v>"}, {"M5", "<v>60</v>"},
        /* co2: from 2022's 7 to 3.75 in 2030 */
        {"E6", "<v>7</v>"},    {"M6", "<v>3.75</v>"}, {"L7", NULL}, {"M7", "<v>3.75</v>"},
    };
    check_cells(cd, cd_cells, sizeof cd_cells / sizeof *cd_cells);
    free(cd);
    free(path);
    fixture_free(&f);
}

TEST(xlsx_chart_kinds_give_bars_or_no_chart)
{
    if (!have_unzip())
        SKIP("unzip is not installed");
    fixture f;
    REQUIRE(fixture_init(&f));
    f.p->indicators[I_MODAL].chart.kind = CHARTA_CHART_AREAS;
    f.p->indicators[I_STOPS].chart.kind = CHARTA_CHART_NONE;
    char *path = write_book(&f, "kinds.xlsx", &(charta_report_opts){.run_date = "2025-03-01"});
    REQUIRE(path);
    char *bars = unzip_part(path, "xl/charts/chart1.xml");
    REQUIRE(bars);
    CHECK(strstr(bars, "<c:barChart>") != NULL);
    CHECK(strstr(bars, "<c:f>" HF01 "!$B$46:$B$50</c:f>") != NULL); /* the area names */
    CHECK(strstr(bars, "<c:f>" HF01 "!$D$46:$D$50</c:f>") != NULL); /* 2021, the latest */
    free(bars);
    char *line = unzip_part(path, "xl/charts/chart2.xml"); /* co2 */
    CHECK(line && strstr(line, "<c:f>'HF02 Umwelt'!$C$37:$E$37</c:f>"));
    free(line);
    char *cmd = charta_asprintf("unzip -l '%s'", path), *list = run_output(cmd);
    CHECK(list && strstr(list, "xl/charts/chart3.xml") == NULL);
    free(list);
    free(cmd);
    /* stops without a chart: its table follows its fact box (3 rows) */
    char *wb = unzip_part(path, "xl/workbook.xml");
    CHECK(wb && strstr(wb, "<definedName name=\"ind_stops\">" HF01 "!$A$55:$E$60<"));
    free(wb);
    free(path);
    fixture_free(&f);
}

/* A 2x1 PNG. */
static const unsigned char tiny_png[] = {
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48,
    0x44, 0x52, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x00, 0x00,
    0x00, 0x7b, 0x40, 0xe8, 0xdd, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78,
    0x9c, 0x63, 0xf8, 0xcf, 0x00, 0x04, 0xff, 0x01, 0x07, 0x00, 0x01, 0xff, 0xe2, 0x23,
    0x9e, 0x59, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82};

typedef struct hook_log {
    int calls;
    char langs[8];
    int fail_at; /* -1 = never */
    int junk_at; /* -1 = never */
} hook_log;

static charta_status
fake_chart_png(void *ctx, const charta_results *r, size_t indicator, const char *lang,
               unsigned char **png, size_t *len, charta_diags *d)
{
    hook_log *log = ctx;
    log->calls++;
    snprintf(log->langs, sizeof log->langs, "%s", lang);
    *png = NULL;
    if ((int)indicator == log->fail_at)
        return charta_diag_error(d, CHARTA_ERR_INTERNAL, NULL, 0, 0, "chart '%s' failed",
                                 charta_results_get(r, indicator)->indicator->id);
    if ((int)indicator == log->junk_at) {
        *png = (unsigned char *)strdup("GIF89a, not a PNG at all");
        *len = strlen((char *)*png);
        return CHARTA_OK;
    }
    if (indicator != I_MODAL)
        return CHARTA_OK; /* no picture */
    *png = malloc(sizeof tiny_png);
    memcpy(*png, tiny_png, sizeof tiny_png);
    *len = sizeof tiny_png;
    return CHARTA_OK;
}

TEST(xlsx_chart_image_hook_places_each_png_and_stops_on_its_errors)
{
    if (!have_unzip())
        SKIP("unzip is not installed");
    fixture f;
    REQUIRE(fixture_init(&f));
    hook_log log = {.fail_at = -1, .junk_at = I_CO2};
    charta_report_opts o = {
        .run_date = "2025-03-01", .lang = "de", .chart_png = fake_chart_png, .chart_png_ctx = &log};
    char *path = write_book(&f, "hook.xlsx", &o);
    REQUIRE(path);
    CHECK_INT(log.calls, 3);
    CHECK_STR(log.langs, "de");
    CHECK_INT(charta_diags_warnings(f.d), 1); /* co2's picture is not a PNG */
    char *img = unzip_part(path, "xl/media/image1.png");
    CHECK(img && memcmp(img, tiny_png, 8) == 0);
    free(img);
    char *cmd = charta_asprintf("unzip -l '%s'", path), *list = run_output(cmd);
    CHECK(list && strstr(list, "xl/media/image2.png") == NULL);
    free(list);
    free(cmd);
    char *drawing = unzip_part(path, "xl/drawings/drawing1.xml");
    CHECK(drawing && count_of(drawing, "<xdr:pic>") == 1 &&
          count_of(drawing, "<xdr:graphicFrame") == 2);
    free(drawing);
    free(path);

    /* an error of the hook is the workbook's, and no file is left */
    log = (hook_log){.fail_at = I_STOPS, .junk_at = -1};
    path = fixture_path(&f, "failed.xlsx");
    CHECK_INT(charta_report_xlsx_write(f.r, &o, path, f.d), CHARTA_ERR_INTERNAL);
    CHECK(access(path, F_OK) != 0);
    CHECK_STR(charta_diags_get(f.d, charta_diags_count(f.d) - 1)->message, "chart 'stops' failed");
    free(path);
    fixture_free(&f);
}

TEST(xlsx_inputs_sheet_hashes_each_file_and_counts_its_coverage)
{
    if (!have_unzip())
        SKIP("unzip is not installed");
    fixture f;
    REQUIRE(fixture_init(&f));
    char *path = write_book(&f, "report.xlsx", &(charta_report_opts){.run_date = "2025-03-01"});
    REQUIRE(path);
    char *in = unzip_part(path, "xl/worksheets/sheet7.xml");
    char *sst = unzip_part(path, "xl/sharedStrings.xml");
    REQUIRE(in && sst);
    /* pop.csv: one value in 0101, summed into Nord; the city lacks Süd */
    static const char *const cells[][2] = {
        {"C7", " t=\"s\""},    {"D7", "<v>1</v>"},     {"E7", "<v>2</v>"},  {"F7", "<v>2020</v>"},
        {"G7", "<v>2020</v>"}, {"H7", "<v>45703</v>"}, {"E15", "<v>2</v>"}, {"H15", "<v>2</v>"},
        /* the provenance: the source's licence, then the variables */
        {"A11", " t=\"s\""},   {"B11", " t=\"s\""},   {"C11", " t=\"s\""},
    };
    check_cells(in, cells, sizeof cells / sizeof *cells);
    CHECK(strstr(in, "<hyperlink ref=\"A15\" location=\"'Eingangswerte'!A4\"") != NULL);
    CHECK(strstr(sst, "<t>Herausgeber, Lizenzen und Fußnoten</t>") != NULL);
    char *csv = fixture_path(&f, "pop.csv");
    char hex[65];
    REQUIRE(charta_sha256_file(csv, hex, NULL) == CHARTA_OK);
    char *want = charta_asprintf("<t>%s</t>", hex);
    CHECK(strstr(sst, want) != NULL);
    free(want);
    CHECK(strstr(sst, "<t>modal-split</t>") != NULL); /* used by */
    CHECK(strstr(sst, "<t>Summe</t>") != NULL);
    free(in);
    free(sst);
    free(path);

    /* no input values sheet: the inputs sheet says where the values are */
    path = write_book(&f, "novalues.xlsx",
                      &(charta_report_opts){.run_date = "2025-03-01", .input_values = -1});
    REQUIRE(path);
    char *wb = unzip_part(path, "xl/workbook.xml");
    CHECK(wb && !strstr(wb, "Eingangswerte") && !strstr(wb, "var_pop"));
    free(wb);
    sst = unzip_part(path, "xl/sharedStrings.xml");
    CHECK(sst && strstr(sst, "wegen ihres Umfangs nicht in dieser Arbeitsmappe wiederholt"));
    free(sst);
    free(path);

    /* an input that cannot be read again: an I/O error, as in the manifest */
    REQUIRE(unlink(csv) == 0);
    path = fixture_path(&f, "gone.xlsx");
    CHECK_INT(
        charta_report_xlsx_write(f.r, &(charta_report_opts){.run_date = "2025-03-01"}, path, f.d),
        CHARTA_ERR_IO);
    CHECK_STR(charta_diags_get(f.d, charta_diags_count(f.d) - 1)->message,
              "cannot read the input pop.csv again to hash it: No such file or directory");
    CHECK(access(path, F_OK) != 0);
    free(path);
    free(csv);
    fixture_free(&f);
}

TEST(xlsx_metadata_lists_each_indicators_definition_and_calculation)
{
    if (!have_unzip())
        SKIP("unzip is not installed");
    fixture f;
    REQUIRE(fixture_init(&f));
    charta_indicator *co2 = &f.p->indicators[I_CO2];
    add_targets(co2, 1);
    co2->targets[0] =
        (charta_target){.year = 2030, .change = -50.5, .has_change = true, .base = 2020};
    co2->tag_keys = strv(2, "u4ssc", "umf");
    co2->tag_values = strv(2, "EN-1", "K2");
    co2->n_tags = 2;
    f.p->report.progress = strdup("eurostat");
    char *path = write_book(&f, "report.xlsx", &(charta_report_opts){.run_date = "2025-03-01"});
    REQUIRE(path);
    char *meta = unzip_part(path, "xl/worksheets/sheet6.xml");
    char *sst = unzip_part(path, "xl/sharedStrings.xml");
    REQUIRE(meta && sst);
    static const char *const cells[][2] = {
        {"A5", " t=\"s\""},
        {"F5", "<v>1</v>"}, /* modal-split: 1 decimal */
        {"F6", "<v>0</v>"}, /* stops */
        {"F7", NULL},       /* co2: General */
    };
    check_cells(meta, cells, sizeof cells / sizeof *cells);
    CHECK(strstr(meta, "<hyperlink ref=\"A5\" location=\"" HF01 "!A5\"") != NULL);
    CHECK(strstr(meta, "<row r=\"5\" spans=\"1:15\" ht=\"40.5\" customHeight=\"1\">") != NULL);
    CHECK(strstr(meta, "<tablePart ") != NULL);
    CHECK(strstr(sst, "<t>indicators/mobil.lua:3</t>") != NULL);
    CHECK(strstr(sst, ">function(d)\n  return share(d.pop, d.pop)\nend</t>") != NULL);
    CHECK(strstr(sst, "<t>2030: -50,5 % gegenüber 2020</t>") != NULL);
    CHECK(strstr(sst, "<t>u4ssc: EN-1\numf: K2</t>") != NULL);
    CHECK(strstr(sst, "<t>HF02 Umwelt</t>") != NULL);
    CHECK(strstr(sst, "<t>Eurostat (EU-SDG-Monitoring)</t>") != NULL); /* the name, not the code */
    CHECK(strstr(sst, "<t>eurostat</t>") == NULL);
    free(meta);
    free(sst);
    free(path);
    fixture_free(&f);
}

TEST(xlsx_coverage_sheet_counts_per_field_and_goal_and_metadata_says_where_from)
{
    if (!have_openpyxl())
        SKIP("/usr/bin/python3 with python3-openpyxl is not installed");
    fixture f;
    REQUIRE(fixture_init(&f));
    charta_project *p = f.p;
    /* modal-split shipped by a library, co2 made from a shipped one, one left out */
    p->indicators[I_MODAL].origin = strdup("charta.sdg-kommunen");
    set_text(&p->indicators[I_MODAL].definition, "Anteil der Wege zu Fuß, mit Rad und ÖPNV.",
             "Share of trips on foot, by bike and by public transport.");
    p->indicators[I_CO2].extends = strdup("charta.sdg-kommunen/co2");
    p->indicators[I_CO2].loc.file = strdup("indicators/klima.lua");
    p->indicators[I_CO2].loc.line = 12;
    p->unavailable = calloc(1, sizeof *p->unavailable);
    p->unavailable[0] = (charta_unavailable){strdup("pkw"), strdup("charta.sdg-kommunen"),
                                             strdup("cars")};
    p->n_unavailable = 1;
    p->vocab = calloc(1, sizeof *p->vocab);
    p->vocab[0].name = strdup("cars");
    set_text(&p->vocab[0].title, "Pkw-Bestand", "Cars");
    set_text(&p->vocab[0].where, "Kraftfahrt-Bundesamt", "Federal Motor Transport Authority");
    p->vocab[0].genesis = strdup("46251-01-02-4");
    p->n_vocab = 1;
    char *path = write_book(&f, "coverage.xlsx",
                            &(charta_report_opts){.run_date = "2025-03-01", .lang = "en"});
    REQUIRE(path);
    /* head row 5; HF01 6, HF02 7, HF03 8 (no indicators), the total 9; SDG 1 in C,
     * SDG 11 in M, SDG 13 in O */
    static const char *const refs[] = {
        "Coverage!A5", "Coverage!C5", "Coverage!S5", "Coverage!A6", "Coverage!B6",
        "Coverage!M6", "Coverage!C6", "Coverage!M7", "Coverage!O7", "Coverage!A8",
        "Coverage!M8", "Coverage!B9", "Coverage!C9", "Coverage!M9", "Coverage!O9",
        "Coverage!A11", "Metadata!C4", "Metadata!L4", "Metadata!C5", "Metadata!L5",
        "Metadata!C6", "Metadata!L7", "Metadata!A9", "Metadata!A12", "Metadata!B12",
        "Metadata!C12", "Metadata!D12",
    };
    char *out = read_cells(path, refs, sizeof refs / sizeof *refs);
    REQUIRE(out);
    static const char *const want[] = {
        "Coverage!A5 = 'Code' [General]",
        "Coverage!C5 = 'SDG 1' [General]",
        "Coverage!S5 = 'SDG 17' [General]",
        "Coverage!A6 = 'HF01' [General]", /* a link to the field's sheet */
        "Coverage!B6 = 'Mobility & transport' [General]",
        "Coverage!M6 = 1 [#,##0]",
        "Coverage!C6 = None [General]", /* no indicator: an empty cell, not 0 */
        "Coverage!M7 = 1 [#,##0]",      /* co2 names goals 11 and 13 */
        "Coverage!O7 = 1 [#,##0]",
        "Coverage!A8 = 'HF03' [General]",
        "Coverage!M8 = None [General]",
        "Coverage!B9 = 'All indicators' [General]",
        "Coverage!C9 = 0 [#,##0]", /* the total keeps its zeros */
        "Coverage!M9 = 2 [#,##0]",
        "Coverage!O9 = 1 [#,##0]",
        "Coverage!A11 = '2 of the 17 SDGs have at least one indicator.' [General]",
        "Metadata!C4 = 'Definition' [General]",
        "Metadata!L4 = 'Origin' [General]",
        "Metadata!C5 = 'Share of trips on foot, by bike and by public transport.' [General]",
        "Metadata!L5 = 'shipped by charta.sdg-kommunen\\nindicators/mobil.lua:3' [General]",
        "Metadata!C6 = None [General]",
        "Metadata!L7 = 'extends charta.sdg-kommunen/co2\\nindicators/klima.lua:12' [General]",
        "Metadata!A9 = 'Shipped indicators left out' [General]",
        "Metadata!A12 = 'pkw' [General]",
        "Metadata!B12 = 'charta.sdg-kommunen' [General]",
        "Metadata!C12 = 'cars' [General]",
        "Metadata!D12 = 'Cars: Federal Motor Transport Authority (GENESIS table 46251-01-02-4)' "
        "[General]",
    };
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        CHECK(strstr(out, want[i]) != NULL);
        if (!strstr(out, want[i]))
            fprintf(stderr, "  want: %s\n", want[i]);
    }
    free(out);
    static const char *const line[] = {"Coverage!A12"};
    out = read_cells(path, line, 1);
    REQUIRE(out);
    CHECK(strstr(out, "Coverage!A12 = 'SDGs without an indicator: 1 (No poverty), 2 (Zero "
                      "hunger), 3 (Good health and well-being), 4 (Quality education), ") != NULL);
    CHECK(strstr(out, ", 10 (Reduced inequalities), 12 (") != NULL); /* 11 and 13 have one */
    CHECK(strstr(out, "13 (") == NULL);
    free(out);
    free(path);
    fixture_free(&f);
}

TEST(xlsx_defined_names_are_valid_and_unique)
{
    if (!have_unzip())
        SKIP("unzip is not installed");
    fixture f;
    REQUIRE(fixture_init(&f));
    const char *ids[] = {"a-b", "A_B", "ä"};
    for (size_t i = 0; i < 3; i++) {
        free(f.p->indicators[i].id);
        f.p->indicators[i].id = strdup(ids[i]);
    }
    char *path = write_book(&f, "names.xlsx", &(charta_report_opts){.run_date = "2025-03-01"});
    REQUIRE(path);
    char *wb = unzip_part(path, "xl/workbook.xml");
    REQUIRE(wb);
    CHECK(strstr(wb, "<definedName name=\"ind_a_b\">") != NULL);
    CHECK(strstr(wb, "<definedName name=\"ind_A_B_2\">") != NULL); /* Excel ignores case */
    CHECK(strstr(wb, "<definedName name=\"ind__\">") != NULL);
    free(wb);
    if (!have_openpyxl()) {
        free(path);
        fixture_free(&f);
        SKIP("/usr/bin/python3 with python3-openpyxl is not installed");
    }
    char *out = read_cells(path, NULL, 0);
    CHECK(out != NULL);
    free(out);
    free(path);
    fixture_free(&f);
}
