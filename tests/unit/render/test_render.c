/* Tests of the renderers: the long CSV and the workbook, read back from disk.
 *
 * The workbook is unzipped with `unzip -p` and its XML parts searched; one
 * case also loads it with openpyxl (tests/tools/read_xlsx.py, Debian's
 * /usr/bin/python3) with warnings as errors. */
#include "check.h"

#include <errno.h>
#include <ftw.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include "charta/labels.h"
#include "charta/report.h"
#include "charta/util.h"

/* --- fixture ------------------------------------------------------------ */

enum { A_CITY, A_NORD, A_FORMULA, A_SUED, A_PEER, N_AREAS };
enum { Y0 = 2020, NY = 3 };

#define NAME_NORD "Nord, \"Alt\"stadt"
#define NAME_FORMULA "=HYPERLINK(\"http://x\")"

typedef struct fixture {
    charta_dataset *ds;
    charta_project *p;
    charta_results *r;
    charta_diags *d;
    char dir[64];
} fixture;

static char **
strv(size_t n, ...)
{
    char **v = calloc(n ? n : 1, sizeof *v);
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++)
        v[i] = strdup(va_arg(ap, const char *));
    va_end(ap);
    return v;
}

static void
set_text(charta_text *t, const char *de, const char *en)
{
    t->n = en ? 2 : 1;
    t->lang = en ? strv(2, "de", "en") : strv(1, "de");
    t->text = en ? strv(2, de, en) : strv(1, de);
}

static void
add_indicator(charta_project *p, const char *id, const char *field, const char *de, const char *en,
              const char *unit, int decimals)
{
    charta_indicator *ind = &p->indicators[p->n_indicators++];
    memset(ind, 0, sizeof *ind);
    ind->id = strdup(id);
    ind->field = strdup(field);
    set_text(&ind->title, de, en);
    ind->unit = strdup(unit);
    ind->decimals = decimals;
    ind->compute_ref = -2; /* LUA_NOREF */
}

static void
put(fixture *f, size_t ind, int area, int year, double v, char st)
{
    charta_result *res = charta_results_slot(f->r, ind);
    size_t i = (size_t)area * NY + (size_t)(year - Y0);
    res->values[i] = charta_status_is_missing(st) ? NAN : v;
    res->status[i] = st;
}

static bool
fixture_init(fixture *f)
{
    memset(f, 0, sizeof *f);
    f->d = charta_diags_new();
    f->ds = charta_dataset_new();
    charta_dataset *ds = f->ds;
    charta_dataset_add_area(ds, "09999000", "Musterstadt", NULL);
    charta_dataset_add_area(ds, "01", NAME_NORD, "09999000");
    charta_dataset_add_area(ds, "0101", NAME_FORMULA, "01");
    charta_dataset_add_area(ds, "02", "Süd", "09999000");
    charta_dataset_add_area(ds, "09162000", "München", NULL); /* a peer root */
    int v = charta_dataset_add_variable(ds, "pop", "persons", "s", CHARTA_AGG_SUM);
    charta_dataset_put(ds, v, 2, 2020, 10, 'A', -1, 1);
    charta_freeze_opts fo = {.year_first = Y0, .year_last = Y0 + NY - 1, .root_code = "09999000"};
    if (charta_dataset_freeze(ds, &fo, f->d) != CHARTA_OK)
        return false;

    charta_project *p = f->p = charta_project_new("musterstadt");
    p->city.id = strdup("musterstadt");
    p->city.name = strdup("Musterstadt");
    p->city.languages = strv(2, "de", "en");
    p->city.n_languages = 2;
    set_text(&p->report.title, "Smart-City-Indikatorenbericht", "Smart City indicator report");
    p->fields = calloc(3, sizeof *p->fields);
    p->n_fields = 3;
    p->fields[0].id = strdup("HF01");
    set_text(&p->fields[0].title, "Mobilität & Verkehr", "Mobility & transport");
    p->fields[1].id = strdup("HF02");
    set_text(&p->fields[1].title, "Umwelt", "Environment");
    p->fields[2].id = strdup("HF03"); /* no indicators: no sheet */
    set_text(&p->fields[2].title, "Bildung", "Education");
    p->indicators = calloc(3, sizeof *p->indicators);
    add_indicator(p, "modal-split", "HF01", "Anteil Umweltverbund", "Share of sustainable modes",
                  "%", 1);
    p->indicators[0].sdgs = strv(1, "11.2.1");
    p->indicators[0].n_sdgs = 1;
    add_indicator(p, "co2", "HF02", "CO₂-Emissionen je Einwohner", "CO2 emissions per inhabitant",
                  "t", -1);
    p->indicators[1].sdgs = strv(2, "13.2.2", "11.6.2");
    p->indicators[1].n_sdgs = 2;
    set_text(&p->indicators[1].comment, "Bilanz nach BISKO", "BISKO balance");
    add_indicator(p, "stops", "HF01", "Haltestellen", "Stops", "", 0);

    f->r = charta_results_new(ds, p);
    if (!f->r)
        return false;
    put(f, 0, A_CITY, 2020, 41.25, 'A');
    put(f, 0, A_CITY, 2021, 1.0 / 3, 'E');
    put(f, 0, A_CITY, 2022, 0, 'M');
    put(f, 0, A_NORD, 2020, 40, 'A');
    put(f, 0, A_NORD, 2021, 0, 'C');
    put(f, 0, A_NORD, 2022, 42.5, 'P');
    put(f, 0, A_FORMULA, 2020, -1.5, 'A');
    put(f, 0, A_FORMULA, 2021, 0.1 + 0.2, 'A');
    put(f, 0, A_SUED, 2020, 1234567.891, 'B');
    put(f, 0, A_PEER, 2021, 50, 'U');
    put(f, 1, A_CITY, 2020, 7.5, 'A');
    put(f, 1, A_CITY, 2021, 7.25, 'A');
    put(f, 1, A_CITY, 2022, 7, 'E');
    put(f, 2, A_CITY, 2020, 12345, 'A');

    const char *tmp = getenv("TMPDIR");
    snprintf(f->dir, sizeof f->dir, "%s/charta-render-XXXXXX",
             tmp && strlen(tmp) < 30 ? tmp : "/tmp");
    return mkdtemp(f->dir) != NULL;
}

static int
rm_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
    return remove(path);
}

static void
fixture_free(fixture *f)
{
    if (getenv("CHARTA_TEST_DIAGS")) /* to read the messages */
        for (size_t i = 0; i < charta_diags_count(f->d); i++) {
            const charta_diag *g = charta_diags_get(f->d, i);
            fprintf(stderr, "  diag: %s: %s\n", g->file ? g->file : "-", g->message);
        }
    if (f->dir[0] && strstr(f->dir, "charta-render-"))
        nftw(f->dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
    charta_results_free(f->r);
    charta_project_free(f->p);
    charta_dataset_free(f->ds);
    charta_diags_free(f->d);
}

static char *
path_in(const fixture *f, const char *name)
{
    return charta_asprintf("%s/%s", f->dir, name);
}

/* --- reading outputs back ----------------------------------------------- */

static char *
run_output(const char *cmd)
{
    FILE *p = popen(cmd, "r");
    if (!p)
        return NULL;
    charta_buf b = {0};
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, p)) > 0)
        charta_buf_append(&b, chunk, n);
    int rc = pclose(p);
    charta_buf_append(&b, "", 0);
    if (rc != 0) {
        fprintf(stderr, "command failed (%d): %s\n%s", rc, cmd, b.data ? b.data : "");
        charta_buf_free(&b);
        return NULL;
    }
    return charta_buf_take(&b);
}

static bool
have_unzip(void)
{
    return system("command -v unzip >/dev/null 2>&1") == 0;
}

/* One part of a zip file, or NULL. */
static char *
unzip_part(const char *zip, const char *member)
{
    char *cmd = charta_asprintf("unzip -p '%s' '%s'", zip, member);
    char *out = run_output(cmd);
    free(cmd);
    return out;
}

/* The <c> element of cell ref ("C6") in a sheet's XML, as a new string. */
static char *
cell_xml(const char *sheet, const char *ref)
{
    char *needle = charta_asprintf("<c r=\"%s\"", ref);
    const char *s = strstr(sheet, needle);
    free(needle);
    if (!s)
        return NULL;
    const char *e = strstr(s, "</c>");
    const char *e2 = strstr(s, "/>");
    if (e2 && (!e || e2 < e) && e2 < strchr(s, '>') + 1)
        e = e2; /* <c r=".." s=".."/> */
    return e ? charta_strndup(s, (size_t)(e - s) + (e == e2 ? 2 : 4)) : NULL;
}

static char *
read_all(const char *path)
{
    size_t len;
    return charta_read_file(path, &len);
}

static bool
same_file(const char *a, const char *b)
{
    size_t na, nb;
    char *da = charta_read_file(a, &na), *db = charta_read_file(b, &nb);
    bool same = da && db && na == nb && memcmp(da, db, na) == 0;
    free(da);
    free(db);
    return same;
}

static size_t
count_lines(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += *s == '\n';
    return n;
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

TEST(invalid_utf8_is_replaced_byte_by_byte)
{
    charta_buf b = {0};
    bool repaired = false;
    const char *ok = "Süd";
    CHECK(charta_report_utf8(ok, &b, &repaired) == ok);
    CHECK(!repaired);
    CHECK_STR(charta_report_utf8("a\xF6"
                                 "b",
                                 &b, &repaired),
              "a\xEF\xBF\xBD"
              "b");
    CHECK(repaired);
    CHECK_STR(charta_report_utf8("ab\xC3", &b, &repaired), "ab\xEF\xBF\xBD");
    CHECK_STR(charta_report_utf8("\xED\xA0\x80x", &b, &repaired), /* a surrogate */
              "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDx");
    CHECK_STR(charta_report_utf8(NULL, &b, &repaired), "");
    charta_buf_free(&b);
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
    char *path = path_in(&f, "indicators.csv");
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
    char *path = path_in(&f, "w.csv");
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
        char *path = path_in(&f, "inj.csv");
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
    char *path = path_in(&f, "inj.csv");
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
    char *path = path_in(&f, "missing-dir/indicators.csv");
    CHECK_INT(charta_report_csv_write(f.r, NULL, path, f.d), CHARTA_ERR_CANTCREATE);
    const charta_diag *e = charta_diags_get(f.d, 0);
    REQUIRE(e);
    CHECK_STR(e->file, path);
    CHECK(strstr(e->message, "No such file or directory") != NULL);
    free(path);
    if (access("/dev/full", W_OK) == 0) {
        CHECK_INT(charta_report_csv_write(f.r, NULL, "/dev/full", f.d), CHARTA_ERR_IO);
        e = charta_diags_get(f.d, 1);
        REQUIRE(e);
        CHECK(strstr(e->message, "No space left on device") != NULL);
        struct stat sb;
        CHECK(stat("/dev/full", &sb) == 0 && S_ISCHR(sb.st_mode)); /* never removed */
    }
    fixture_free(&f);
}

/* --- workbook ------------------------------------------------------------ */

TEST(xlsx_has_overview_and_one_sheet_per_field_with_values_and_marks)
{
    if (!have_unzip())
        SKIP("unzip is not installed");
    fixture f;
    REQUIRE(fixture_init(&f));
    char *path = path_in(&f, "report.xlsx");
    charta_report_opts o = {.run_date = "2025-03-01", .tmpdir = f.dir};
    CHECK_INT(charta_report_xlsx_write(f.r, &o, path, f.d), CHARTA_OK);
    CHECK_INT(charta_diags_errors(f.d), 0);

    char *wbx = unzip_part(path, "xl/workbook.xml");
    REQUIRE(wbx);
    const char *s1 = strstr(wbx, "<sheet name=\"Übersicht\" sheetId=\"1\"");
    const char *s2 = strstr(wbx, "<sheet name=\"HF01 Mobilität &amp; Verkehr\" sheetId=\"2\"");
    const char *s3 = strstr(wbx, "<sheet name=\"HF02 Umwelt\" sheetId=\"3\"");
    CHECK(s1 && s2 && s3);
    CHECK(strstr(wbx, "HF03") == NULL);
    free(wbx);

    /* HF01: row 1 field title, row 3 table title, 4 info, 5 head, 6 city */
    char *sh = unzip_part(path, "xl/worksheets/sheet2.xml");
    REQUIRE(sh);
    char *c = cell_xml(sh, "C6");
    CHECK(c && strstr(c, "<v>41.25</v>") && !strstr(c, "t=\"s\""));
    free(c);
    c = cell_xml(sh, "D6"); /* 1/3, estimated: the full double is kept */
    CHECK(c && strstr(c, "<v>0.3333333333333333"));
    free(c);
    c = cell_xml(sh, "E6"); /* missing: no cell at all */
    CHECK(c == NULL);
    free(c);
    c = cell_xml(sh, "D7"); /* confidential: a styled blank */
    CHECK(c && !strstr(c, "<v>"));
    free(c);
    c = cell_xml(sh, "B8"); /* "=HYPERLINK(...)" is a shared string */
    CHECK(c && strstr(c, "t=\"s\"") && !strstr(c, "<f>"));
    free(c);
    CHECK(strstr(sh, "<f>") == NULL);
    CHECK(strstr(sh, "NAN") == NULL && strstr(sh, "INF") == NULL);
    CHECK(strstr(sh, "<pane xSplit=\"2\" ySplit=\"5\" topLeftCell=\"C6\"") != NULL);
    CHECK(strstr(sh, "<tablePart ") != NULL);
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
    free(sst);

    char *styles = unzip_part(path, "xl/styles.xml");
    REQUIRE(styles);
    CHECK(strstr(styles, "formatCode=\"#,##0.0&quot; e&quot;\"") != NULL);
    CHECK(strstr(styles, "formatCode=\"General&quot; e&quot;\"") != NULL);
    CHECK(strstr(styles, "formatCode=\"#,##0\"") != NULL);
    CHECK(strstr(styles, "patternType=\"gray125\"") != NULL);
    free(styles);

    char *core = unzip_part(path, "docProps/core.xml");
    REQUIRE(core);
    CHECK(strstr(core, "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2025-03-01T00:00:00Z<") !=
          NULL);
    CHECK(strstr(core, "<dc:creator>Musterstadt</dc:creator>") != NULL);
    CHECK(strstr(core, "<dc:title>Smart-City-Indikatorenbericht</dc:title>") != NULL);
    free(core);

    /* the overview: latest value of the subject area per indicator */
    char *ov = unzip_part(path, "xl/worksheets/sheet1.xml");
    REQUIRE(ov);
    c = cell_xml(ov, "F5"); /* modal-split: 2021 (2022 is missing) */
    CHECK(c && strstr(c, "<v>2021</v>"));
    free(c);
    c = cell_xml(ov, "G6"); /* stops (HF01, grouped before co2 of HF02): 12345 from 2020 */
    CHECK(c && strstr(c, "<v>12345</v>"));
    free(c);
    free(ov);
    free(path);
    fixture_free(&f);
}

TEST(xlsx_is_byte_identical_across_runs_and_time_zones)
{
    fixture f;
    REQUIRE(fixture_init(&f));
    char *a = path_in(&f, "a.xlsx"), *b = path_in(&f, "b.xlsx");
    charta_report_opts o = {.run_date = "2025-03-01", .tmpdir = f.dir, .lang = "en"};
    CHECK_INT(charta_report_xlsx_write(f.r, &o, a, f.d), CHARTA_OK);
    const char *tz = getenv("TZ");
    char *old = tz ? strdup(tz) : NULL;
    setenv("TZ", "Pacific/Kiritimati", 1); /* UTC+14: another calendar day */
    tzset();
    CHECK_INT(charta_report_xlsx_write(f.r, &o, b, f.d), CHARTA_OK);
    if (old)
        setenv("TZ", old, 1);
    else
        unsetenv("TZ");
    tzset();
    free(old);
    CHECK(same_file(a, b));
    free(a);
    free(b);
    fixture_free(&f);
}

TEST(xlsx_opens_in_openpyxl_with_english_labels)
{
    if (access("/usr/bin/python3", X_OK) != 0)
        SKIP("/usr/bin/python3 is not installed");
    if (system("/usr/bin/python3 -c 'import openpyxl' 2>/dev/null") != 0)
        SKIP("python3-openpyxl is not installed");
    fixture f;
    REQUIRE(fixture_init(&f));
    char *path = path_in(&f, "report-en.xlsx");
    charta_report_opts o = {.run_date = "2025-03-01", .tmpdir = f.dir, .lang = "en"};
    CHECK_INT(charta_report_xlsx_write(f.r, &o, path, f.d), CHARTA_OK);
    char *cmd = charta_asprintf(
        "/usr/bin/python3 '%s/tests/tools/read_xlsx.py' '%s' 'Overview!A1' 'Overview!G4' "
        "'Overview!G5' 'HF01 Mobility & transport!A5' 'HF01 Mobility & transport!C5' "
        "'HF01 Mobility & transport!C6' 'HF01 Mobility & transport!D6' "
        "'HF01 Mobility & transport!B8' 'HF01 Mobility & transport!C10' "
        "'HF02 Environment!E7'",
        CHARTA_SOURCE_DIR, path);
    char *out = run_output(cmd);
    REQUIRE(out);
    const char *expect = "sheets: Overview|HF01 Mobility & transport|HF02 Environment\n"
                         "Overview!A1 = 'Smart City indicator report' [General]\n"
                         "Overview!G4 = 'Latest value' [General]\n"
                         "Overview!G5 = 0.3333333333333333 [#,##0.0\" e\"]\n"
                         "HF01 Mobility & transport!A5 = 'Area code' [General]\n"
                         "HF01 Mobility & transport!C5 = '2020' [General]\n"
                         "HF01 Mobility & transport!C6 = 41.25 [#,##0.0]\n"
                         "HF01 Mobility & transport!D6 = 0.3333333333333333 [#,##0.0\" e\"]\n"
                         "HF01 Mobility & transport!B8 = '=HYPERLINK(\"http://x\")' [General]\n"
                         "HF01 Mobility & transport!C10 = None [General]\n"
                         "HF02 Environment!E7 = 7 [General\" e\"]\n";
    CHECK_STR(out, expect);
    free(out);
    free(cmd);
    free(path);
    fixture_free(&f);
}

TEST(xlsx_never_writes_nan_inf_or_invalid_utf8)
{
    if (!have_unzip())
        SKIP("unzip is not installed");
    fixture f;
    REQUIRE(fixture_init(&f));
    put(&f, 2, A_NORD, 2021, NAN, 'A'); /* a broken invariant */
    put(&f, 2, A_SUED, 2021, INFINITY, 'E');
    free(f.p->indicators[2].unit);
    f.p->indicators[2].unit = strdup("Pers\xF6nen"); /* Latin-1 slipped through */
    char *path = path_in(&f, "bad.xlsx");
    charta_report_opts o = {.run_date = "2025-03-01", .tmpdir = f.dir};
    CHECK_INT(charta_report_xlsx_write(f.r, &o, path, f.d), CHARTA_OK);
    CHECK_INT(charta_diags_warnings(f.d), 2); /* non-finite, UTF-8 */
    for (int i = 1; i <= 3; i++) {
        char *member = charta_asprintf("xl/worksheets/sheet%d.xml", i);
        char *sh = unzip_part(path, member);
        CHECK(sh && !strstr(sh, "NAN") && !strstr(sh, "INF"));
        free(sh);
        free(member);
    }
    char *sst = unzip_part(path, "xl/sharedStrings.xml");
    REQUIRE(sst);
    CHECK(charta_utf8_valid(sst, strlen(sst), NULL));
    CHECK(strstr(sst, "Pers\xEF\xBF\xBDnen") != NULL);
    free(sst);
    char *csv = path_in(&f, "bad.csv");
    CHECK_INT(charta_report_csv_write(f.r, NULL, csv, f.d), CHARTA_OK);
    char *text = read_all(csv);
    REQUIRE(text);
    CHECK(strstr(text, "stops,01,\"Nord, \"\"Alt\"\"stadt\",2021,,M\n") != NULL);
    CHECK(strstr(text, "stops,02,Süd,2021,,M\n") != NULL);
    free(text);
    free(csv);
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
    charta_text *t = &f.p->indicators[2].comment;
    set_text(t, b.data, NULL);
    char *path = path_in(&f, "long.xlsx");
    charta_report_opts o = {.run_date = "2025-03-01", .tmpdir = f.dir};
    CHECK_INT(charta_report_xlsx_write(f.r, &o, path, f.d), CHARTA_OK);
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

TEST(xlsx_streams_in_constant_memory_mode_without_tables)
{
    if (!have_unzip())
        SKIP("unzip is not installed");
    fixture f;
    REQUIRE(fixture_init(&f));
    char *path = path_in(&f, "stream.xlsx");
    charta_report_opts o = {.run_date = "2025-03-01", .tmpdir = f.dir, .constant_memory = true};
    CHECK_INT(charta_report_xlsx_write(f.r, &o, path, f.d), CHARTA_OK);
    char *sh = unzip_part(path, "xl/worksheets/sheet2.xml");
    REQUIRE(sh);
    char *c = cell_xml(sh, "C6");
    CHECK(c && strstr(c, "<v>41.25</v>"));
    free(c);
    c = cell_xml(sh, "B8"); /* inline string, still never a formula */
    CHECK(c && strstr(c, "=HYPERLINK(") && !strstr(c, "<f>"));
    free(c);
    CHECK(strstr(sh, "<tablePart ") == NULL);
    free(sh);
    free(path);
    fixture_free(&f);
}

TEST(xlsx_reports_cannot_create_io_and_usage_errors)
{
    fixture f;
    REQUIRE(fixture_init(&f));
    char *path = path_in(&f, "missing-dir/report.xlsx");
    charta_report_opts o = {.run_date = "2025-03-01", .tmpdir = f.dir};
    CHECK_INT(charta_report_xlsx_write(f.r, &o, path, f.d), CHARTA_ERR_CANTCREATE);
    const charta_diag *e = charta_diags_get(f.d, 0);
    REQUIRE(e);
    CHECK_STR(e->file, path);
    CHECK_STR(e->message, "cannot create: No such file or directory");
    free(path);
    path = path_in(&f, "r.xlsx");
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
    if (access("/dev/full", W_OK) == 0) {
        CHECK_INT(charta_report_xlsx_write(f.r, &o, "/dev/full", f.d), CHARTA_ERR_IO);
        e = charta_diags_get(f.d, charta_diags_count(f.d) - 1);
        REQUIRE(e);
        CHECK(strstr(e->message, "No space left on device") != NULL);
        struct stat sb;
        CHECK(stat("/dev/full", &sb) == 0 && S_ISCHR(sb.st_mode));
    }
    free(path);
    fixture_free(&f);
}

TEST_MAIN()
