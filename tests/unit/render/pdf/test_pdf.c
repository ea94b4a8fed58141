/* Tests of the PDF report, read back with poppler's pdfinfo and pdftotext
 * (pdf.h): pages, metadata, tags, sections, numbers in the report
 * language, the contents' page numbers, byte-equal reruns, the
 * accessibility revision; and examples/musterstadt through the real
 * pipeline. */
#include "check.h"

#include <dirent.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "chart_fixture.h"
#include "charta/pdf.h"
#include "charta/pipeline.h"
#include "charta/progress.h"
#include "charta/util.h"

static bool
poppler(void)
{
    return fixture_have_tool("pdfinfo") && fixture_have_tool("pdftotext");
}

#define NEED_POPPLER()                                                                             \
    do {                                                                                           \
        if (!poppler())                                                                            \
            SKIP("pdfinfo/pdftotext are not installed (scripts/bootstrap: poppler-utils)");        \
    } while (0)

static char *
run_tool(const char *fmt, const char *path)
{
    char cmd[1200];
    snprintf(cmd, sizeof cmd, fmt, path);
    return fixture_run(cmd);
}

/* The value after "Key:" in pdfinfo's output. */
static char *
info_field(const char *info, const char *key)
{
    static char out[300];
    out[0] = '\0';
    char k[64];
    snprintf(k, sizeof k, "\n%s:", key);
    const char *p = strstr(info, k);
    if (!p && strncmp(info, k + 1, strlen(k + 1)) == 0)
        p = info - 1;
    if (!p)
        return out;
    p += strlen(k);
    while (*p == ' ')
        p++;
    size_t n = strcspn(p, "\n");
    snprintf(out, sizeof out, "%.*s", (int)(n < sizeof out - 1 ? n : sizeof out - 1), p);
    return out;
}

static int
page_of(const char *pdf, const char *text, int pages)
{
    for (int pg = 2; pg <= pages; pg++) { /* the contents itself does not count */
        char cmd[1200];
        snprintf(cmd, sizeof cmd, "pdftotext -q -f %d -l %d '%s' - 2>/dev/null", pg, pg, pdf);
        char *t = fixture_run(cmd);
        bool found = t && strstr(t, text) && !strstr(t, "Inhalt\n") && !strstr(t, "Contents\n");
        free(t);
        if (found)
            return pg;
    }
    return 0;
}

TEST(pdf_in_german_has_metadata_tags_sections_and_german_numbers)
{
    NEED_POPPLER();
    chart_fixture f;
    REQUIRE(fixture_init(&f));
    charta_report_opts ro = {
        .lang = "de", .run_date = "2025-03-31", .year_first = 2015, .year_last = 2024};
    char path[512];
    snprintf(path, sizeof path, "%s", fixture_path(&f, "teststadt-2024.pdf"));
    REQUIRE(charta_report_pdf_write(f.r, &ro, path, f.d) == CHARTA_OK);
    char *info = run_tool("pdfinfo '%s' 2>&1", path);
    REQUIRE(info);
    CHECK_STR(info_field(info, "Title"), "Indikatorenbericht Teststadt");
    CHECK_STR(info_field(info, "Author"), "Teststadt");
    CHECK(strstr(info_field(info, "CreationDate"), "Mar 31") &&
          strstr(info_field(info, "CreationDate"), "2025"));
    CHECK_STR(info_field(info, "Tagged"), "yes");
    CHECK(strstr(info_field(info, "Page size"), "(A4)"));
    CHECK(!strstr(info, "Syntax Error") && !strstr(info, "Error"));
    int pages = atoi(info_field(info, "Pages"));
    CHECK(pages >= 6 && pages <= 20);
    free(info);
    char *text = run_tool("pdftotext -q '%s' - 2>&1", path);
    REQUIRE(text);
    CHECK(strstr(text, "Inhalt"));
    CHECK(strstr(text, "Übersicht"));
    CHECK(strstr(text, "F1 Erstes Feld"));
    CHECK(strstr(text, "F2 Zweites Feld"));
    CHECK(strstr(text, "Ein Wert mit Ziel"));
    CHECK(strstr(text, "Ein Kommentar der Stadt."));
    CHECK(strstr(text, "Anhang"));
    CHECK(strstr(text, "Werte der letzten Jahre"));
    CHECK(strstr(text, "1.324,5 p")); /* the city, 2024, provisional */
    CHECK(strstr(text, "1.314,5 e")); /* 2023, estimated */
    CHECK(!strstr(text, "1,324.5"));
    CHECK(strstr(text, "Seite 2 von"));
    CHECK(strstr(text, "Erstellt am 31.03.2025"));
    CHECK(strstr(text, "e = geschätzt"));
    free(text);
    /* the contents gives the pages the sections are on */
    /* a section starts with its heading and its first paragraph */
    int f1 = page_of(path, "F1 Erstes Feld\nDas erste Feld.", pages);
    int annex = page_of(path, "Anhang\nLesehilfe", pages);
    CHECK(f1 > 2 && annex > f1);
    char *toc = run_tool("pdftotext -q -f 2 -l 2 -layout '%s' - 2>&1", path);
    REQUIRE(toc);
    char want[64];
    snprintf(want, sizeof want, "F1 Erstes Feld");
    const char *line = strstr(toc, want);
    REQUIRE(line);
    size_t n = strcspn(line, "\n");
    char buf[400];
    snprintf(buf, sizeof buf, "%.*s", (int)n, line);
    char *last = strrchr(buf, ' ');
    CHECK(last && atoi(last + 1) == f1);
    free(toc);
    fixture_free(&f);
}

TEST(pdf_in_english_formats_numbers_the_english_way)
{
    NEED_POPPLER();
    chart_fixture f;
    REQUIRE(fixture_init(&f));
    charta_report_opts ro = {.lang = "en", .run_date = "2025-03-31"};
    char path[512];
    snprintf(path, sizeof path, "%s", fixture_path(&f, "en.pdf"));
    REQUIRE(charta_report_pdf_write(f.r, &ro, path, f.d) == CHARTA_OK);
    char *text = run_tool("pdftotext -q '%s' - 2>&1", path);
    REQUIRE(text);
    CHECK(strstr(text, "Contents"));
    CHECK(strstr(text, "F1 First field"));
    CHECK(strstr(text, "1,324.5 p"));
    CHECK(!strstr(text, "1.324,5"));
    CHECK(strstr(text, "Page 2 of"));
    CHECK(strstr(text, "Created on 31 March 2025"));
    CHECK(strstr(text, "Annex"));
    free(text);
    char *info = run_tool("pdfinfo '%s' 2>&1", path);
    REQUIRE(info);
    CHECK_STR(info_field(info, "Title"), "Teststadt indicator report");
    free(info);
    fixture_free(&f);
}

TEST(pdf_is_the_same_bytes_on_a_second_run_and_carries_language_and_alt_texts)
{
    chart_fixture f;
    REQUIRE(fixture_init(&f));
    charta_report_opts ro = {.lang = "de", .run_date = "2025-03-31"};
    char a[512], b[512];
    snprintf(a, sizeof a, "%s", fixture_path(&f, "a.pdf"));
    snprintf(b, sizeof b, "%s", fixture_path(&f, "b.pdf"));
    REQUIRE(charta_report_pdf_write(f.r, &ro, a, f.d) == CHARTA_OK);
    REQUIRE(charta_report_pdf_write(f.r, &ro, b, f.d) == CHARTA_OK);
    size_t la, lb;
    char *da = charta_read_file(a, &la), *db = charta_read_file(b, &lb);
    REQUIRE(da && db);
    CHECK(la == lb && memcmp(da, db, la) == 0);
    /* the appended revision: language, title shown, an /Alt per figure */
    CHECK(strstr(da + la - la / 4, "/Lang (de)") || memmem(da, la, "/Lang (de)", 10));
    CHECK(memmem(da, la, "/DisplayDocTitle true", 21) != NULL);
    size_t alts = 0, figures = 0;
    for (const char *p = da; (p = memmem(p, la - (size_t)(p - da), "/Alt <FEFF", 10)); p++)
        alts++;
    const char *rev = memmem(da, la, "%%EOF", 5); /* Cairo's own revision ends here */
    REQUIRE(rev);
    for (const char *p = da; p < rev && (p = memmem(p, (size_t)(rev - p), "/S /Figure", 10)); p++)
        figures++;
    CHECK(figures >= 6);
    CHECK_INT(alts, figures);
    CHECK(memmem(da, la, "/Prev ", 6) != NULL);
    free(da);
    free(db);
    if (poppler()) { /* the updated file still reads */
        char *info = run_tool("pdfinfo '%s' 2>&1", a);
        CHECK(info && !strstr(info, "Error") && strstr(info, "Tagged:          yes"));
        free(info);
    }
    fixture_free(&f);
}

/* The entries of dir besides . and .. (each named on stderr), or -1. */
static int
dir_entries(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return -1;
    int n = 0;
    for (struct dirent *e; (e = readdir(d));) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        fprintf(stderr, "left in %s: %s\n", dir, e->d_name);
        n++;
    }
    closedir(d);
    return n;
}

TEST(pdf_errors_are_reported_and_leave_no_file)
{
    chart_fixture f;
    REQUIRE(fixture_init(&f));
    REQUIRE(dir_entries(f.dir) == 0);
    charta_report_opts ro = {.lang = "de", .run_date = "2025-03-31"};
    CHECK_INT(charta_report_pdf_write(f.r, &ro, "/nonexistent-charta/x.pdf", f.d),
              CHARTA_ERR_CANTCREATE);
    CHECK(access("/nonexistent-charta", F_OK) != 0);
    CHECK_INT(charta_report_pdf_write(f.r, &ro, "/dev/full", f.d), CHARTA_ERR_IO);
    struct stat sb;
    CHECK(stat("/dev/full", &sb) == 0 && S_ISCHR(sb.st_mode)); /* a device is never removed */
    charta_report_opts bad = {.lang = "de", .run_date = "31.03.2025"};
    CHECK_INT(charta_report_pdf_write(f.r, &bad, fixture_path(&f, "x.pdf"), f.d), CHARTA_ERR_USAGE);
    charta_report_opts window = {.year_first = 2024, .year_last = 2015};
    CHECK_INT(charta_report_pdf_write(f.r, &window, fixture_path(&f, "y.pdf"), f.d),
              CHARTA_ERR_USAGE);
    /* a regular file that fails half written: the file size limit makes
     * write() fail with EFBIG after the first 4 KiB, as a full disk would */
    struct rlimit fsize;
    REQUIRE(getrlimit(RLIMIT_FSIZE, &fsize) == 0);
    void (*xfsz)(int) = signal(SIGXFSZ, SIG_IGN);
    REQUIRE(setrlimit(RLIMIT_FSIZE, &(struct rlimit){4096, fsize.rlim_max}) == 0);
    charta_status st = charta_report_pdf_write(f.r, &ro, fixture_path(&f, "z.pdf"), f.d);
    REQUIRE(setrlimit(RLIMIT_FSIZE, &fsize) == 0);
    signal(SIGXFSZ, xfsz);
    CHECK_INT(st, CHARTA_ERR_IO);
    const charta_diag *e = charta_diags_get(f.d, charta_diags_count(f.d) - 1);
    CHECK(e && strstr(e->message, "z.pdf") && strstr(e->message, "File too large"));
    /* the folder is as it was: no x.pdf, y.pdf, z.pdf nor anything else */
    CHECK_INT(dir_entries(f.dir), 0);
    fixture_free(&f);
}

TEST(long_tables_break_between_rows_and_nothing_leaves_the_page)
{
    NEED_POPPLER();
    chart_fixture f;
    REQUIRE(fixture_init_extra(&f, 70));
    charta_report_opts ro = {.lang = "de", .run_date = "2025-03-31"};
    char path[512];
    snprintf(path, sizeof path, "%s", fixture_path(&f, "long.pdf"));
    REQUIRE(charta_report_pdf_write(f.r, &ro, path, f.d) == CHARTA_OK);
    char *info = run_tool("pdfinfo '%s' 2>&1", path);
    REQUIRE(info);
    int pages = atoi(info_field(info, "Pages"));
    free(info);
    CHECK(pages > 70);
    /* the overview table of 75 rows spans pages: each page of it repeats
     * the head, and its last row is on a later page than its first */
    int first = page_of(path, "Die Indikatoren im Überblick", pages);
    int last = page_of(path, "F1 Erstes Feld\nDas erste Feld.", pages) - 1;
    CHECK(first > 2 && last > first);
    for (int pg = first; pg <= last && pg > 0; pg++) {
        char cmd[1200];
        snprintf(cmd, sizeof cmd, "pdftotext -q -f %d -l %d '%s' - 2>/dev/null", pg, pg, path);
        char *t = fixture_run(cmd);
        CHECK(t && strstr(t, "Letzter") && strstr(t, "Bewertung"));
        free(t);
    }
    /* every word lies inside the paper, 20 pt from its edges */
    char *bbox = run_tool("pdftotext -q -bbox '%s' - 2>&1", path);
    REQUIRE(bbox);
    size_t words = 0, outside = 0;
    for (const char *w = bbox; (w = strstr(w, "<word xMin=\"")); w++) {
        double x0, y0, x1, y1;
        if (sscanf(w, "<word xMin=\"%lf\" yMin=\"%lf\" xMax=\"%lf\" yMax=\"%lf\"", &x0, &y0, &x1,
                   &y1) != 4)
            continue;
        words++;
        if (x0 < 20 || y0 < 20 || x1 > 595.28 - 20 || y1 > 841.89 - 20)
            outside++;
    }
    CHECK(words > 1000);
    CHECK_INT(outside, 0);
    free(bbox);
    fixture_free(&f);
}

TEST(pdf_amend_leaves_something_else_alone)
{
    charta_buf b = {0};
    charta_buf_puts(&b, "%PDF-1.5\nnot really a pdf\n");
    charta_diags *d = charta_diags_new();
    CHECK_INT(charta_pdf_amend(&b, "de", NULL, 0, d), CHARTA_OK);
    CHECK_INT(charta_diags_warnings(d), 1);
    CHECK_STR(b.data, "%PDF-1.5\nnot really a pdf\n");
    charta_buf_free(&b);
    charta_diags_free(d);
}

/* --- examples/musterstadt through the real pipeline -------------------------------- */

TEST(musterstadt_charts_and_pdf_through_the_pipeline)
{
    NEED_POPPLER();
    chart_fixture f; /* only for its temporary folder */
    REQUIRE(fixture_init(&f));
    char project[600], lib[600];
    snprintf(project, sizeof project, "%s/examples/musterstadt", check_source_dir());
    snprintf(lib, sizeof lib, "%s/indicators", check_source_dir());
    charta_diags *d = charta_diags_new();
    charta_run_opts o = {.project_dir = project,
                         .mode = CHARTA_MODE_CHECK,
                         .lib_dir = lib,
                         .run_date = "2025-03-31"};
    charta_run *run = NULL;
    REQUIRE(charta_run_project(&o, d, &run) == CHARTA_OK);
    charta_results *r = (charta_results *)charta_run_results(run);
    const charta_project *p = charta_run_project_of(run);
    charta_progress_opts po = {.year_last = p->city.year_last};
    REQUIRE(charta_progress_assess(r, &po, d) == CHARTA_OK);
    charta_report_opts ro = {.lang = "de",
                             .run_date = "2025-03-31",
                             .year_first = p->city.year_first,
                             .year_last = p->city.year_last};
    char dir[600], pdf[600];
    snprintf(dir, sizeof dir, "%s", fixture_path(&f, "charts"));
    snprintf(pdf, sizeof pdf, "%s", fixture_path(&f, "musterstadt-2024.pdf"));
    REQUIRE(charta_report_charts_write(r, &ro, dir, 96, d) == CHARTA_OK);
    char **files;
    size_t n;
    REQUIRE(charta_report_charts_list(r, &ro, &files, &n) == CHARTA_OK);
    CHECK(n >= 2 * (27 + 1));
    bool overview = false, field = false;
    for (size_t i = 0; i < n; i++) {
        overview = overview || !strcmp(files[i], "overview.svg");
        field = field || !strcmp(files[i], "field-HF03.png");
    }
    CHECK(overview && field);
    charta_report_charts_list_free(files, n);
    REQUIRE(charta_report_pdf_write(r, &ro, pdf, d) == CHARTA_OK);
    CHECK_INT(charta_diags_errors(d), 0);
    char *text = run_tool("pdftotext -q '%s' - 2>&1", pdf);
    REQUIRE(text);
    CHECK(strstr(text, "HF01 Mobilität & Verkehr"));
    CHECK(strstr(text, "CO₂-Emissionen je Einwohner"));
    CHECK(strstr(text, "Musterstadt"));
    CHECK(strstr(text, "Eurostat")); /* the method named with the assessments */
    free(text);
    char *info = run_tool("pdfinfo '%s' 2>&1", pdf);
    REQUIRE(info);
    CHECK(atoi(info_field(info, "Pages")) >= 30);
    CHECK_STR(info_field(info, "Tagged"), "yes");
    free(info);
    charta_run_free(run);
    charta_diags_free(d);
    fixture_free(&f);
}

/* Pango, Cairo and fontconfig keep caches until exit: release them before
 * the leak checker looks (registered after it, so run before it). */
__attribute__((constructor)) static void
release_fonts_at_exit(void)
{
    atexit(charta_chart_shutdown);
}

TEST_MAIN()
