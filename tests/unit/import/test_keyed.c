/* The keyed core shared by the SDMX-ML and Open SDG readers (source_keyed.h): the
 * periods SDMX TIME_PERIOD and ISO 8601 write, the SDMX OBS_STATUS codes, and the two
 * readers on small messages and files written at test time (the real ones are in
 * test_keyed_real.c). */
#include <stdbool.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "import_helpers.h"
#include "source_keyed.h"

/* Parse s and check year, sub, n_sub and kind. */
#define CHECK_PERIOD(s, y, sb, nsb, k)                                                             \
    do {                                                                                           \
        kd_period p_ = {0};                                                                        \
        bool ok_ = charta_kd_period_parse((s), &p_);                                               \
        CHECK(ok_);                                                                                \
        if (ok_) {                                                                                 \
            CHECK_INT(p_.year, (y));                                                               \
            CHECK_INT(p_.sub, (sb));                                                               \
            CHECK_INT(p_.n_sub, (nsb));                                                            \
            CHECK_STR(p_.kind, (k));                                                               \
        } else {                                                                                   \
            fprintf(stderr, "  (period '%s' refused)\n", (s));                                     \
        }                                                                                          \
    } while (0)

/* Refused, and *out left as it was. */
#define CHECK_NO_PERIOD(s)                                                                         \
    do {                                                                                           \
        kd_period p_ = {.year = -7, .sub = -7, .n_sub = -7, .kind = "untouched"};                  \
        bool ok_ = charta_kd_period_parse((s), &p_);                                               \
        if (ok_)                                                                                   \
            fprintf(stderr, "  (period '%s' accepted as %d/%d of %d)\n", (s), p_.year, p_.sub,     \
                    p_.n_sub);                                                                     \
        CHECK(!ok_);                                                                               \
        CHECK_INT(p_.year, -7);                                                                    \
        CHECK_STR(p_.kind, "untouched");                                                           \
    } while (0)

TEST(a_plain_year_and_an_annual_period_are_the_whole_year)
{
    CHECK_PERIOD("2020", 2020, 0, 0, "year");
    CHECK_PERIOD("2020-A1", 2020, 0, 0, "year");
    CHECK_PERIOD("1800", 1800, 0, 0, "year");
    CHECK_PERIOD("2200", 2200, 0, 0, "year");
}

TEST(a_split_year_counts_for_the_year_it_starts_in)
{
    CHECK_PERIOD("2000/01", 2000, 0, 0, "year");
    CHECK_PERIOD("2019/20", 2019, 0, 0, "year");
    CHECK_PERIOD("1999/00", 1999, 0, 0, "year");
    CHECK_PERIOD("2018/2019", 2018, 0, 0, "year");
    CHECK_NO_PERIOD("2019/21");   /* not the next year */
    CHECK_NO_PERIOD("2019/2021");
    CHECK_NO_PERIOD("2019/2");
    CHECK_NO_PERIOD("2019/");
    CHECK_NO_PERIOD("2019/20x");
}

TEST(years_outside_1800_to_2200_are_refused)
{
    CHECK_NO_PERIOD("1799");
    CHECK_NO_PERIOD("2201");
    CHECK_NO_PERIOD("0000");
    CHECK_NO_PERIOD("1799-Q1");
    CHECK_NO_PERIOD("1799-01-01");
    CHECK_NO_PERIOD("9999-12-31");
}

TEST(quarters_are_read_with_and_without_the_dash)
{
    CHECK_PERIOD("2020-Q3", 2020, 3, 4, "quarter");
    CHECK_PERIOD("2020Q3", 2020, 3, 4, "quarter");
    CHECK_PERIOD("2020-Q1", 2020, 1, 4, "quarter");
    CHECK_PERIOD("2020Q4", 2020, 4, 4, "quarter");
    CHECK_NO_PERIOD("2020-Q0");
    CHECK_NO_PERIOD("2020-Q5");
    CHECK_NO_PERIOD("2020Q5");
    CHECK_NO_PERIOD("2020Q0");
    CHECK_NO_PERIOD("2020Q");
    CHECK_NO_PERIOD("2020-Q");
    CHECK_NO_PERIOD("2020-Q12");
    CHECK_NO_PERIOD("2020q3");
}

TEST(half_years_are_read_as_s_and_h)
{
    CHECK_PERIOD("2020-S2", 2020, 2, 2, "half-year");
    CHECK_PERIOD("2020-S1", 2020, 1, 2, "half-year");
    CHECK_PERIOD("2020-H1", 2020, 1, 2, "half-year");
    CHECK_PERIOD("2020-H2", 2020, 2, 2, "half-year");
    CHECK_NO_PERIOD("2020-S3");
    CHECK_NO_PERIOD("2020-H0");
}

TEST(months_are_read_as_m07_and_07)
{
    CHECK_PERIOD("2020-M07", 2020, 7, 12, "month");
    CHECK_PERIOD("2020-07", 2020, 7, 12, "month");
    CHECK_PERIOD("2020-M01", 2020, 1, 12, "month");
    CHECK_PERIOD("2020-12", 2020, 12, 12, "month");
    CHECK_NO_PERIOD("2020-M00");
    CHECK_NO_PERIOD("2020-M13");
    CHECK_NO_PERIOD("2020-00");
    CHECK_NO_PERIOD("2020-13");
    CHECK_NO_PERIOD("2020-7");
    CHECK_NO_PERIOD("2020-M7");
    CHECK_NO_PERIOD("2020-M007");
}

TEST(weeks_count_52_to_a_year_and_the_53rd_joins_the_52nd)
{
    CHECK_PERIOD("2020-W05", 2020, 5, 52, "week");
    CHECK_PERIOD("2020-W01", 2020, 1, 52, "week");
    CHECK_PERIOD("2020-W52", 2020, 52, 52, "week");
    CHECK_PERIOD("2020-W53", 2020, 52, 52, "week");
    CHECK_NO_PERIOD("2020-W00");
    CHECK_NO_PERIOD("2020-W54");
    CHECK_NO_PERIOD("2020-W5");
}

TEST(days_of_the_year_know_leap_years)
{
    CHECK_PERIOD("2020-D001", 2020, 1, 366, "day");
    CHECK_PERIOD("2020-D366", 2020, 366, 366, "day"); /* 2020 is a leap year */
    CHECK_PERIOD("2021-D365", 2021, 365, 365, "day");
    CHECK_NO_PERIOD("2021-D366");
    CHECK_NO_PERIOD("2020-D367");
    CHECK_NO_PERIOD("2020-D000");
    CHECK_NO_PERIOD("2020-D36");
    CHECK_PERIOD("2000-D366", 2000, 366, 366, "day"); /* divisible by 400: leap */
    CHECK_NO_PERIOD("1900-D366");                     /* by 100 only: not leap */
}

TEST(dates_are_their_day_of_the_year)
{
    CHECK_PERIOD("2020-01-01", 2020, 1, 366, "day");
    CHECK_PERIOD("2020-02-29", 2020, 60, 366, "day");
    CHECK_PERIOD("2020-03-01", 2020, 61, 366, "day");
    CHECK_PERIOD("2021-03-01", 2021, 60, 365, "day");
    CHECK_PERIOD("2020-07-14", 2020, 196, 366, "day");
    CHECK_PERIOD("2020-12-31", 2020, 366, 366, "day");
    CHECK_PERIOD("2021-12-31", 2021, 365, 365, "day");
    CHECK_NO_PERIOD("2021-02-29");
    CHECK_NO_PERIOD("1900-02-29");
    CHECK_NO_PERIOD("2020-02-30");
    CHECK_NO_PERIOD("2020-04-31");
    CHECK_NO_PERIOD("2020-00-10");
    CHECK_NO_PERIOD("2020-13-01");
    CHECK_NO_PERIOD("2020-07-00");
    CHECK_NO_PERIOD("2020-07-32");
    CHECK_NO_PERIOD("2020-7-14");
    CHECK_NO_PERIOD("2020-07-1");
    CHECK_NO_PERIOD("2020/07/14");
}

TEST(a_reading_with_a_time_counts_for_its_day)
{
    CHECK_PERIOD("2020-07-14T10:10", 2020, 196, 366, "day");
    CHECK_PERIOD("2020-07-14T10:10:05", 2020, 196, 366, "day");
    CHECK_PERIOD("2020-07-14T10:10:05Z", 2020, 196, 366, "day");
    CHECK_PERIOD("2020-07-14T10:10:05+01:00", 2020, 196, 366, "day");
    CHECK_PERIOD("2020-07-14T10:10:05-0500", 2020, 196, 366, "day");
    CHECK_PERIOD("2020-07-14T10:10:05.250Z", 2020, 196, 366, "day");
    CHECK_PERIOD("2020-07-14T10:10+01", 2020, 196, 366, "day");
    CHECK_PERIOD("2020-07-14T00:00Z", 2020, 196, 366, "day");
    CHECK_NO_PERIOD("2020-07-14T");
    CHECK_NO_PERIOD("2020-07-14T10");
    CHECK_NO_PERIOD("2020-07-14T10:1");
    CHECK_NO_PERIOD("2020-07-14T25:00");
    CHECK_NO_PERIOD("2020-07-14T10:60");
    CHECK_NO_PERIOD("2020-07-14T10:10:61");
    CHECK_NO_PERIOD("2020-07-14T10:10:05.");
    CHECK_NO_PERIOD("2020-07-14T10:10:05ZZ");
    CHECK_NO_PERIOD("2020-07-14T10:10:05+1");
    CHECK_NO_PERIOD("2020-07-14T10:10:05+01:0");
    CHECK_NO_PERIOD("2020-07-14T10:10:05+01:000");
    CHECK_NO_PERIOD("2020-07-14 10:10");
    CHECK_NO_PERIOD("2021-02-29T10:10");
}

TEST(garbage_is_no_period)
{
    CHECK_NO_PERIOD("");
    CHECK_NO_PERIOD("abc");
    CHECK_NO_PERIOD("202");
    CHECK_NO_PERIOD("20200");
    CHECK_NO_PERIOD("2020-");
    CHECK_NO_PERIOD("2020 ");
    CHECK_NO_PERIOD(" 2020");
    CHECK_NO_PERIOD("2020-A2");
    CHECK_NO_PERIOD("2020-A");
    CHECK_NO_PERIOD("2020-X1");
    CHECK_NO_PERIOD("2020/2022");
    CHECK_NO_PERIOD("3Q");
    CHECK_NO_PERIOD("-2020");
    CHECK_NO_PERIOD("+2020");
    CHECK_NO_PERIOD("2020.0");
    CHECK_NO_PERIOD("2020-07-14X");
    CHECK_NO_PERIOD("2020-Q3x");
    CHECK_NO_PERIOD("2020-M07x");
    CHECK_NO_PERIOD("2020-W05-1");
    CHECK_NO_PERIOD("\xEF\xBC\x92\xEF\xBC\x90\xEF\xBC\x92\xEF\xBC\x90"); /* fullwidth 2020 */
}

/* The status an OBS_STATUS code gives, or '-' when it is refused. */
static char
status_of(const char *code)
{
    char st = '-';
    return charta_kd_sdmx_status(code, &st) ? st : '-';
}

TEST(sdmx_obs_status_codes_map_to_the_status_letters)
{
    CHECK_INT(status_of("A"), 'A'); /* normal */
    CHECK_INT(status_of("B"), 'B'); /* break */
    CHECK_INT(status_of("E"), 'E'); /* estimated */
    CHECK_INT(status_of("F"), 'E'); /* forecast */
    CHECK_INT(status_of("I"), 'E'); /* imputed */
    CHECK_INT(status_of("P"), 'P'); /* provisional */
    CHECK_INT(status_of("U"), 'U'); /* low reliability */
    CHECK_INT(status_of("M"), 'M'); /* missing */
    CHECK_INT(status_of("C"), 'C'); /* confidential */
    CHECK_INT(status_of("Q"), 'C'); /* suppressed */
    CHECK_INT(status_of("L"), 'M'); /* missing, exists but not collected */
    /* the rest of CL_OBS_STATUS as the header documents it */
    CHECK_INT(status_of("J"), 'A');
    CHECK_INT(status_of("N"), 'A');
    CHECK_INT(status_of("W"), 'A');
    CHECK_INT(status_of("T"), 'E');
    CHECK_INT(status_of("V"), 'P');
    CHECK_INT(status_of("D"), 'U');
    CHECK_INT(status_of("G"), 'U');
    CHECK_INT(status_of("S"), 'U');
    CHECK_INT(status_of("O"), 'M');
    CHECK_INT(status_of("H"), 'M');
    CHECK_INT(status_of("K"), 'M');
}

TEST(unknown_obs_status_codes_are_refused_and_leave_the_status_alone)
{
    CHECK_INT(status_of("Z"), '-');
    CHECK_INT(status_of("X"), '-');
    CHECK_INT(status_of("R"), '-');
    CHECK_INT(status_of(""), '-');
    CHECK_INT(status_of("AB"), '-');
    CHECK_INT(status_of("AA"), '-');
    CHECK_INT(status_of("a"), '-'); /* codes are upper case */
    CHECK_INT(status_of(" A"), '-');
    CHECK_INT(status_of("A "), '-');
    CHECK_INT(status_of("."), '-');
    char st = '-';
    CHECK(!charta_kd_sdmx_status(NULL, &st));
    CHECK_INT(st, '-');
}

TEST(every_status_an_obs_status_code_gives_is_a_dataset_status)
{
    for (int c = 'A'; c <= 'Z'; c++) {
        char code[2] = {(char)c, '\0'}, st = 0;
        if (charta_kd_sdmx_status(code, &st))
            CHECK(charta_status_valid(st));
    }
}

/* --- the readers on small files ---------------------------------------------- */

/* A folder of its own for the files of one case. */
static char fx_dir[64];

static bool
fx_begin(void)
{
    snprintf(fx_dir, sizeof fx_dir, "/tmp/charta_keyed_XXXXXX");
    return mkdtemp(fx_dir) != NULL;
}

static void
fx_write(const char *name, const char *text)
{
    char path[128];
    snprintf(path, sizeof path, "%s/%s", fx_dir, name);
    FILE *f = fopen(path, "wb");
    CHECK(f != NULL);
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

static void
fx_end(const char *name)
{
    char path[128];
    snprintf(path, sizeof path, "%s/%s", fx_dir, name);
    unlink(path);
    rmdir(fx_dir);
}

/* A structure-specific message: the declaration on line 1, everything else on line 2,
 * as the UK's SDG messages are written (the pieces between go on line 2 too), and no
 * line break at the end. (On one line, the line of an observation is certain: the XML
 * reader's charta_xml_line gives the line its parser has reached, which runs ahead of
 * the observation when the message is spread over lines.) */
#define SS_HEAD                                                                                    \
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"                                                 \
    "<mes:StructureSpecificData xmlns:mes=\"urn:sdmx:message\">"                                   \
    "<mes:Header><mes:Structure structureID=\"S\" dimensionAtObservation=\"TIME_PERIOD\"/>"        \
    "</mes:Header>"                                                                                \
    "<mes:DataSet>"
#define SS_TAIL "</mes:DataSet></mes:StructureSpecificData>"

/* One variable v over every series of a file in the fixture folder. */
static loaded
load_one(const char *format, const char *file, const char *area_value, charta_period_rule rule,
         double complete)
{
    charta_var_spec vars[] = {{.name = "v",
                               .aggregate = CHARTA_AGG_NONE,
                               .line = 7,
                               .period = rule,
                               .complete = complete}};
    charta_source_spec spec = {.name = "src",
                               .file = (char *)file,
                               .decl_file = "city.lua",
                               .decl_line = 3,
                               .format = (char *)format,
                               .area_value = (char *)area_value,
                               .vars = vars,
                               .n_vars = 1};
    return load_spec(&spec, fx_dir);
}

TEST(sdmx_unit_mult_status_and_nan_are_read_per_observation)
{
    REQUIRE(fx_begin());
    fx_write("m.xml",
             SS_HEAD "<Series FREQ=\"A\" SERIES=\"X\" REF_AREA=\"C\" UNIT_MULT=\"3\">"
                     "<Obs TIME_PERIOD=\"2018\" OBS_VALUE=\"1.5\"/>"
                     "<Obs TIME_PERIOD=\"2019\" OBS_VALUE=\"2\" UNIT_MULT=\"-1\" OBS_STATUS=\"E\"/>"
                     "<Obs TIME_PERIOD=\"2020\" OBS_VALUE=\"NaN\"/>"
                     "<Obs TIME_PERIOD=\"2021\" OBS_VALUE=\"7\" OBS_STATUS=\"Z\"/>"
                     "<Obs TIME_PERIOD=\"2022\" OBS_VALUE=\"8\" OBS_STATUS=\"Z\"/>"
                     "<Obs TIME_PERIOD=\"2023\" OBS_VALUE=\"9\" OBS_STATUS=\"M\"/>"
                     "</Series>" SS_TAIL);
    loaded l = load_one("sdmx", "m.xml", NULL, CHARTA_PERIOD_NONE, 0);
    CHECK_INT(l.load, CHARTA_OK);
    CHECK_INT(l.freeze, CHARTA_OK);
    char st;
    CHECK_NUM(value_at(&l, "v", "C", 2018, &st), 1500, 0);
    CHECK_INT(st, 'A');
    CHECK_NUM(value_at(&l, "v", "C", 2019, &st), 0.2, 1e-15); /* the observation's own */
    CHECK_INT(st, 'E');
    CHECK(isnan(value_at(&l, "v", "C", 2020, &st)));
    CHECK_INT(st, 'M');
    CHECK_NUM(value_at(&l, "v", "C", 2021, &st), 7000, 0);
    CHECK_INT(st, 'U'); /* an unknown code: low reliability, with one warning */
    CHECK(isnan(value_at(&l, "v", "C", 2023, &st)));
    CHECK_INT(st, 'M');
    CHECK_INT(count_diags(&l, CHARTA_WARNING), 1);
    const charta_diag *w = nth_diag(&l, CHARTA_WARNING, 0);
    REQUIRE(w != NULL);
    CHECK_STR(w->file, "m.xml");
    CHECK_INT(w->line, 2);
    CHECK(strstr(w->message, "OBS_STATUS 'Z'") != NULL);
    loaded_free(&l);
    fx_end("m.xml");
}

TEST(sdmx_bad_values_are_errors_at_their_line)
{
    REQUIRE(fx_begin());
    fx_write("bad.xml", SS_HEAD "<Series FREQ=\"A\" SERIES=\"X\" REF_AREA=\"C\">"
                                "<Obs TIME_PERIOD=\"2018\" OBS_VALUE=\"1,5\"/>"
                                "<Obs TIME_PERIOD=\"2019\" OBS_VALUE=\"2\" UNIT_MULT=\"k\"/>"
                                "<Obs TIME_PERIOD=\"2019/21\" OBS_VALUE=\"2\"/>"
                                "<Obs OBS_VALUE=\"2\"/>"
                                "</Series>"
                                "<Series FREQ=\"A\" SERIES=\"Y\">"
                                "<Obs TIME_PERIOD=\"2018\" OBS_VALUE=\"1\"/>"
                                "</Series>" SS_TAIL);
    loaded l = load_one("sdmx", "bad.xml", NULL, CHARTA_PERIOD_NONE, 0);
    CHECK_INT(l.load, CHARTA_ERR_DATA);
    const char *what[] = {"OBS_VALUE '1,5' is not a number", "UNIT_MULT 'k'",
                          "'2019/21' is not a period", "without its period",
                          "no dimension 'REF_AREA'"};
    /* and nothing more: no follow-on about a variable that got no observation */
    CHECK_INT(count_diags(&l, CHARTA_ERROR), 5);
    for (size_t i = 0; i < 5; i++) {
        const charta_diag *e = nth_diag(&l, CHARTA_ERROR, i);
        REQUIRE(e != NULL);
        CHECK_STR(e->file, "bad.xml");
        CHECK_INT(e->line, 2);
        if (!strstr(e->message, what[i]))
            fprintf(stderr, "  error %zu: %s\n", i, e->message);
        CHECK(strstr(e->message, what[i]) != NULL);
    }
    loaded_free(&l);
    fx_end("bad.xml");
}

TEST(sdmx_a_message_of_another_kind_is_refused_at_its_root)
{
    REQUIRE(fx_begin());
    fx_write("s.xml", "<?xml version=\"1.0\"?>\n<mes:Structure xmlns:mes=\"urn:x\"><mes:Header/>"
                      "</mes:Structure>");
    loaded l = load_one("sdmx", "s.xml", "C", CHARTA_PERIOD_NONE, 0);
    CHECK_INT(l.load, CHARTA_ERR_DATA);
    const charta_diag *e = first_error(&l);
    REQUIRE(e != NULL);
    CHECK_INT(e->line, 2);
    CHECK(strstr(e->message, "not an SDMX-ML 2.1 data message") != NULL);
    CHECK(strstr(e->message, "<Structure>") != NULL);
    loaded_free(&l);
    fx_end("s.xml");
}

TEST(sdmx_groups_are_passed_over_and_a_year_beats_its_months)
{
    REQUIRE(fx_begin());
    fx_write("g.xml", SS_HEAD
             "<Group SERIES=\"X\" TITLE=\"t\"><Obs TIME_PERIOD=\"2019\" OBS_VALUE=\"99\"/></Group>"
             "<Series FREQ=\"M\" SERIES=\"X\" REF_AREA=\"C\">"
             "<Obs TIME_PERIOD=\"2020-01\" OBS_VALUE=\"1\"/>"
             "<Obs TIME_PERIOD=\"2020-02\" OBS_VALUE=\"3\"/>"
             "</Series>"
             "<Series FREQ=\"A\" SERIES=\"X\" REF_AREA=\"C\">"
             "<Obs TIME_PERIOD=\"2020\" OBS_VALUE=\"10\"/>"
             "</Series>" SS_TAIL);
    loaded l = load_one("sdmx", "g.xml", NULL, CHARTA_PERIOD_MEAN, 0);
    CHECK_INT(l.load, CHARTA_OK);
    CHECK_INT(l.freeze, CHARTA_OK);
    char st;
    CHECK_NUM(value_at(&l, "v", "C", 2020, &st), 10, 0); /* FREQ is no dimension */
    CHECK_INT(st, 'A');
    CHECK_INT(charta_dataset_year_first(l.ds), 2020); /* nothing of the group */
    CHECK_INT(charta_dataset_year_count(l.ds), 1);
    CHECK_INT(input_of(&l, 0)->rows, 3);
    loaded_free(&l);
    fx_end("g.xml");
}

TEST(quarters_make_a_year_by_sum_with_a_completeness_share)
{
    REQUIRE(fx_begin());
    fx_write("q.xml", SS_HEAD "<Series FREQ=\"Q\" SERIES=\"X\" REF_AREA=\"C\">"
                              "<Obs TIME_PERIOD=\"2020-Q1\" OBS_VALUE=\"1\"/>"
                              "<Obs TIME_PERIOD=\"2020-Q2\" OBS_VALUE=\"2\"/>"
                              "<Obs TIME_PERIOD=\"2020-Q3\" OBS_VALUE=\"3\" OBS_STATUS=\"P\"/>"
                              "<Obs TIME_PERIOD=\"2020-Q4\" OBS_VALUE=\"4\"/>"
                              "<Obs TIME_PERIOD=\"2021Q1\" OBS_VALUE=\"5\"/>"
                              "<Obs TIME_PERIOD=\"2021Q2\" OBS_VALUE=\"6\"/>"
                              "<Obs TIME_PERIOD=\"2021Q3\" OBS_VALUE=\"7\"/>"
                              "<Obs TIME_PERIOD=\"2021Q4\" OBS_VALUE=\"\" OBS_STATUS=\"M\"/>"
                              "</Series>" SS_TAIL);
    loaded l = load_one("sdmx", "q.xml", NULL, CHARTA_PERIOD_SUM, 0.75);
    CHECK_INT(l.load, CHARTA_OK);
    char st;
    CHECK_NUM(value_at(&l, "v", "C", 2020, &st), 10, 0);
    CHECK_INT(st, 'P'); /* the worst status of its quarters */
    CHECK_NUM(value_at(&l, "v", "C", 2021, &st), 18, 0);
    CHECK_INT(st, 'A'); /* 3 of 4 quarters with a value: 0.75 asked */
    loaded_free(&l);
    l = load_one("sdmx", "q.xml", NULL, CHARTA_PERIOD_SUM, 1);
    CHECK_NUM(value_at(&l, "v", "C", 2021, &st), 18, 0);
    CHECK_INT(st, 'U'); /* the missing quarter is no quarter with a value */
    loaded_free(&l);
    fx_end("q.xml");
}

TEST(readings_of_a_day_count_that_day_once_for_completeness)
{
    /* a year of two months; January has three readings, the middle one missing:
     * January is one month with a value, not two */
    REQUIRE(fx_begin());
    fx_write("r.xml", SS_HEAD "<Series FREQ=\"M\" SERIES=\"X\" REF_AREA=\"C\">"
                              "<Obs TIME_PERIOD=\"2020-01\" OBS_VALUE=\"1\"/>"
                              "<Obs TIME_PERIOD=\"2020-01\" OBS_VALUE=\"\" OBS_STATUS=\"M\"/>"
                              "<Obs TIME_PERIOD=\"2020-01\" OBS_VALUE=\"3\"/>"
                              "<Obs TIME_PERIOD=\"2020-02\" OBS_VALUE=\"5\"/>"
                              "</Series>" SS_TAIL);
    loaded l = load_one("sdmx", "r.xml", NULL, CHARTA_PERIOD_MEAN, 3.0 / 12);
    CHECK_INT(l.load, CHARTA_OK);
    char st;
    CHECK_NUM(value_at(&l, "v", "C", 2020, &st), 3, 0); /* (1 + 3 + 5) / 3 readings */
    CHECK_INT(st, 'U');                                 /* 2 of 12 months, 3 asked */
    loaded_free(&l);
    fx_end("r.xml");
}

TEST(open_sdg_signs_statuses_and_blank_areas)
{
    REQUIRE(fx_begin());
    fx_write("o.csv", "Year,sex,GeoCode,OBS_STATUS,COMMENT_OBS_0,COMMENT_OBS_1,Value\r\n"
                      "2018,,,,,,1.5\r\n"
                      "2019,,,,\xE2\x80\x92,,\r\n" /* figure dash, no value: zero */
                      "2020,,,,x,,\r\n"            /* blocked */
                      "2021,,,E,r,,4\r\n"          /* revised: the value, E from OBS_STATUS */
                      "2022,,,,p,|,5\r\n"          /* provisional and a break: the worse */
                      "2023,,,,see note 3,,6\r\n"  /* a comment, not a sign */
                      "2024,,,,.,,\r\n"
                      "2018,female,code01,,s,,0.7\r\n"
                      "\r\n"
                      "2018,male,code01,,0,,0.8\r\n");
    loaded l = load_one("opensdg", "o.csv", "DG", CHARTA_PERIOD_NONE, 0);
    CHECK_INT(l.load, CHARTA_OK);
    CHECK_INT(l.freeze, CHARTA_OK);
    char st;
    CHECK_NUM(value_at(&l, "v", "DG", 2018, &st), 1.5, 0);
    CHECK_INT(st, 'A');
    CHECK_NUM(value_at(&l, "v", "DG", 2019, &st), 0, 0);
    CHECK_INT(st, 'A');
    CHECK(isnan(value_at(&l, "v", "DG", 2020, &st)));
    CHECK_INT(st, 'M'); /* blocked: missing, as in GENESIS tables */
    CHECK_NUM(value_at(&l, "v", "DG", 2021, &st), 4, 0);
    CHECK_INT(st, 'E');
    CHECK_NUM(value_at(&l, "v", "DG", 2022, &st), 5, 0);
    CHECK_INT(st, charta_status_worst('P', 'B'));
    CHECK_NUM(value_at(&l, "v", "DG", 2023, &st), 6, 0);
    CHECK_INT(st, 'A');
    CHECK(isnan(value_at(&l, "v", "DG", 2024, &st)));
    CHECK_INT(st, 'M');
    CHECK_NUM(value_at(&l, "v{sex=female}", "code01", 2018, &st), 0.7, 0);
    CHECK_INT(st, 'E');
    CHECK_NUM(value_at(&l, "v{sex=male}", "code01", 2018, &st), 0.8, 0);
    CHECK_INT(st, 'A');
    const charta_input *in = input_of(&l, 0);
    REQUIRE(in != NULL);
    CHECK_INT(in->rows, 9); /* the blank line is no row */
    /* signs in the order first seen (a row's footnote signs before its OBS_STATUS) */
    const char *want[] = {"\xE2\x80\x92", "x", "r", "E", "p", "|", ".", "s", "0"};
    CHECK_INT(in->n_signs, 9);
    for (size_t i = 0; i < 9 && i < in->n_signs; i++) {
        CHECK_STR(in->signs[i], want[i]);
        CHECK_INT(in->sign_counts[i], 1);
    }
    loaded_free(&l);
    fx_end("o.csv");
}

TEST(a_file_that_is_not_open_sdg_is_one_error_at_its_header)
{
    REQUIRE(fx_begin());
    fx_write("j.csv", "Jahr,sex,Value\n2020,,1\n");
    loaded l = load_one("opensdg", "j.csv", "DG", CHARTA_PERIOD_NONE, 0);
    CHECK_INT(l.load, CHARTA_ERR_DATA);
    CHECK_INT(count_diags(&l, CHARTA_ERROR), 1);
    const charta_diag *e = first_error(&l);
    REQUIRE(e != NULL);
    CHECK_STR(e->file, "j.csv");
    CHECK_INT(e->line, 1);
    CHECK(strstr(e->message, "first column must be 'Year'") != NULL);
    loaded_free(&l);
    /* a file that selects nothing, without any error, says so at the variable */
    fx_write("j.csv", "Year,sex,Value\n2020,female,1\n");
    charta_dim_filter f = {.dim = "sex", .values = (char *[]){"male"}, .n_values = 1};
    charta_var_spec vars[] = {
        {.name = "v", .aggregate = CHARTA_AGG_NONE, .line = 7, .filter = &f, .n_filter = 1}};
    charta_source_spec spec = {.name = "src",
                               .file = "j.csv",
                               .decl_file = "city.lua",
                               .decl_line = 3,
                               .format = "opensdg",
                               .area_value = "DG",
                               .vars = vars,
                               .n_vars = 1};
    l = load_spec(&spec, fx_dir);
    CHECK_INT(l.load, CHARTA_ERR_DATA);
    e = first_error(&l);
    REQUIRE(e != NULL);
    CHECK_STR(e->file, "city.lua");
    CHECK_INT(e->line, 7);
    CHECK(strstr(e->message, "no series of j.csv matches its selection") != NULL);
    loaded_free(&l);
    fx_end("j.csv");
}

TEST(open_sdg_a_byte_order_mark_and_a_last_row_without_line_end_are_read)
{
    REQUIRE(fx_begin());
    fx_write("b.csv", "\xEF\xBB\xBFYear,sex,Value\n2020,,1.5\n2020,female,1.25");
    loaded l = load_one("opensdg", "b.csv", "DG", CHARTA_PERIOD_NONE, 0);
    CHECK_INT(l.load, CHARTA_OK);
    CHECK_NUM(value_at(&l, "v", "DG", 2020, NULL), 1.5, 0);
    CHECK_NUM(value_at(&l, "v{sex=female}", "DG", 2020, NULL), 1.25, 0);
    loaded_free(&l);
    fx_end("b.csv");
}

TEST(open_sdg_problems_are_errors_at_their_row_and_column)
{
    REQUIRE(fx_begin());
    fx_write("e.csv", "Year,sex,GeoCode,OBS_STATUS,Value\n"
                      "2018,,,,1.5\n"
                      "2019,,,Z,2\n"
                      "2020,,,,2,5\n"
                      "2021,,,,abc\n"
                      "20x1,,,,1\n");
    loaded l = load_one("opensdg", "e.csv", "DG", CHARTA_PERIOD_NONE, 0);
    CHECK_INT(l.load, CHARTA_ERR_DATA);
    const int lines[] = {3, 4, 5, 6}, cols[] = {0, 0, 5, 1};
    const char *what[] = {"observation status 'Z'", "6 fields where the header has 5", "Value 'abc'",
                          "'20x1' is not a period"};
    CHECK_INT(count_diags(&l, CHARTA_ERROR), 4);
    for (size_t i = 0; i < 4; i++) {
        const charta_diag *e = nth_diag(&l, CHARTA_ERROR, i);
        REQUIRE(e != NULL);
        CHECK_STR(e->file, "e.csv");
        CHECK_INT(e->line, lines[i]);
        CHECK_INT(e->col, cols[i]);
        if (!strstr(e->message, what[i]))
            fprintf(stderr, "  error %zu: %s\n", i, e->message);
        CHECK(strstr(e->message, what[i]) != NULL);
    }
    loaded_free(&l);
    /* the headline row needs area_value */
    l = load_one("opensdg", "e.csv", NULL, CHARTA_PERIOD_NONE, 0);
    const charta_diag *e = first_error(&l);
    REQUIRE(e != NULL);
    CHECK_INT(e->line, 2);
    CHECK(strstr(e->message, "area_value") != NULL);
    loaded_free(&l);
    fx_end("e.csv");
}

TEST(open_sdg_breakdown_values_longer_than_511_bytes_are_not_cut)
{
    /* two values alike in their first 600 bytes were one part, cut at 511 */
    char text[2048], *p = text;
    p += sprintf(p, "Year,Units,Value\n2020,,3\n");
    for (int r = 0; r < 2; r++) {
        p += sprintf(p, "2020,");
        memset(p, 'u', 600);
        p += 600;
        p += sprintf(p, "%c,%d\n", r ? 'b' : 'a', r + 1);
    }
    REQUIRE(fx_begin());
    fx_write("long.csv", text);
    loaded l = load_one("opensdg", "long.csv", "DG", CHARTA_PERIOD_NONE, 0);
    CHECK_INT(l.load, CHARTA_OK);
    CHECK_INT(l.freeze, CHARTA_OK);
    char name[700] = "v{Units=";
    memset(name + 8, 'u', 600);
    memcpy(name + 608, "b}", 3);
    CHECK_NUM(value_at(&l, name, "DG", 2020, NULL), 2, 0);
    name[8 + 600] = 'a';
    CHECK_NUM(value_at(&l, name, "DG", 2020, NULL), 1, 0);
    CHECK_NUM(value_at(&l, "v", "DG", 2020, NULL), 3, 0);
    loaded_free(&l);
    fx_end("long.csv");
}

TEST(open_sdg_a_control_character_in_a_column_name_is_an_error)
{
    /* \x1f and \x1e separate the names and values of a series key inside the reader */
    REQUIRE(fx_begin());
    fx_write("ctl.csv", "Year,Un\x1fits,Value\n2020,,1\n2020,a,2\n");
    loaded l = load_one("opensdg", "ctl.csv", "DG", CHARTA_PERIOD_NONE, 0);
    CHECK_INT(l.load, CHARTA_ERR_DATA);
    const charta_diag *e = first_error(&l);
    REQUIRE(e != NULL);
    CHECK_INT(e->line, 2);
    CHECK(strstr(e->message, "holds a control character") != NULL);
    loaded_free(&l);
    fx_end("ctl.csv");
}

TEST(open_sdg_a_file_of_16000_columns_is_read_in_linear_time)
{
    /* a series key was ordered by selection, quadratic in the columns: 18 s for these
     * 20 rows of 16 000 (found while writing tests/fuzz/fuzz_opensdg.c) */
    charta_buf b = {0};
    charta_buf_puts(&b, "Year");
    for (int i = 0; i < 16000; i++)
        charta_buf_printf(&b, ",c%d", i);
    charta_buf_puts(&b, ",Value\n");
    for (int r = 0; r < 20; r++) {
        charta_buf_printf(&b, "%d", 2000 + r);
        for (int i = 0; i < 16000; i++)
            charta_buf_puts(&b, i == 0 && r % 2 ? ",x" : ",");
        charta_buf_printf(&b, ",%d\n", r);
    }
    REQUIRE(fx_begin());
    fx_write("wide.csv", b.data);
    charta_buf_free(&b);
    clock_t t0 = clock();
    loaded l = load_one("opensdg", "wide.csv", "DG", CHARTA_PERIOD_NONE, 0);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    CHECK_INT(l.load, CHARTA_OK);
    CHECK_INT(l.freeze, CHARTA_OK);
    CHECK_NUM(value_at(&l, "v", "DG", 2000, NULL), 0, 0);
    CHECK_NUM(value_at(&l, "v{c0=x}", "DG", 2001, NULL), 1, 0);
    if (secs > 5)
        fprintf(stderr, "  (%.1f s of CPU)\n", secs);
    CHECK(secs <= 5);
    loaded_free(&l);
    fx_end("wide.csv");
}

TEST(sdmx_a_generic_series_key_of_thousands_of_values_is_refused)
{
    /* each observation was read against every value of its series: 50 000 of each, a
     * 5 MB file, took half a minute (found while writing tests/fuzz/fuzz_sdmx.c) */
    charta_buf b = {0};
    charta_buf_puts(&b, "<?xml version=\"1.0\"?>\n<g:GenericData xmlns:g=\"urn:g\"><g:DataSet>"
                        "<g:Series><g:SeriesKey><g:Value id=\"REF_AREA\" value=\"C\"/>");
    for (int i = 0; i < 1000; i++)
        charta_buf_printf(&b, "<g:Value id=\"D%d\" value=\"x\"/>", i);
    charta_buf_puts(&b, "</g:SeriesKey><g:Obs><g:ObsDimension value=\"2020\"/>"
                        "<g:ObsValue value=\"1\"/></g:Obs></g:Series></g:DataSet></g:GenericData>");
    REQUIRE(fx_begin());
    fx_write("k.xml", b.data);
    charta_buf_free(&b);
    loaded l = load_one("sdmx", "k.xml", NULL, CHARTA_PERIOD_NONE, 0);
    CHECK_INT(l.load, CHARTA_ERR_DATA);
    CHECK_INT(count_diags(&l, CHARTA_ERROR), 1);
    const charta_diag *e = first_error(&l);
    REQUIRE(e != NULL);
    CHECK_INT(e->line, 2);
    CHECK(strstr(e->message, "more than 512 dimension and attribute values") != NULL);
    loaded_free(&l);
    fx_end("k.xml");
}

TEST_MAIN()
