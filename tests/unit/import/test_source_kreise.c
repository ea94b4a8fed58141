/* Missing versus zero (issue 9) on the real Regionalstatistik exports of
 * examples/kreise/data (in the repository, data/SOURCE.md): areas that did
 * not report in a period are missing with one note per stretch of years, an
 * area reported with another is missing whatever the file says, and the
 * footers' footnotes, attribution and licence are kept. */
#include "import_helpers.h"

#define KREISE CHARTA_SOURCE_DIR "/examples/kreise/data"

#define CHECK_CLEAN(l)                                                                             \
    do {                                                                                           \
        CHECK_INT((l).load, CHARTA_OK);                                                            \
        CHECK_INT((l).freeze, CHARTA_OK);                                                          \
        CHECK(first_error(&(l)) == NULL);                                                          \
    } while (0)

/* Cells of var for the area with that code in first..last with status st. */
static int
cells_with(const loaded *l, const char *var, const char *code, int first, int last, char st)
{
    int n = 0;
    for (int y = first; y <= last; y++) {
        char s;
        value_at(l, var, code, y, &s);
        n += s == st;
    }
    return n;
}

/* The notes of kind for the area with that code as "first-last[ arg]" joined with ",". */
static void
notes_of(const loaded *l, charta_note_kind kind, const char *code, char *out, size_t size)
{
    int a = charta_dataset_find_area(l->ds, code);
    out[0] = '\0';
    for (size_t i = 0; i < charta_dataset_note_count(l->ds); i++) {
        const charta_note *n = charta_dataset_note(l->ds, i);
        if (n->kind != kind || n->area != a)
            continue;
        size_t len = strlen(out);
        snprintf(out + len, size - len, "%s%d-%d%s%s", len ? "," : "", n->year_first, n->year_last,
                 n->arg ? " " : "", n->arg ? n->arg : "");
    }
}

static const char attribution[] = "© Statistische Ämter des Bundes und der Länder, "
                                  "Deutschland, 2017.";
static const char licence_text[] = "Dieses Werk ist lizensiert unter der Datenlizenz "
                                   "Deutschland - Namensnennung - Version 2.0.";

TEST(kfz_dresden_did_not_report_under_the_code_it_did_not_have)
{
    charta_var_spec vars[] = {VAR("pkw", "Pkw")};
    charta_source_spec spec = GENESIS_SPEC("46251-01-02-4_00.csv", CHARTA_ENC_UTF8, vars);
    loaded l = load_spec(&spec, KREISE);
    CHECK_CLEAN(l);
    /* 14262 "Dresden, Kreisfreie Stadt" until 2008, 14612 "Dresden, Stadt" from 2001 */
    CHECK_INT(cells_with(&l, "pkw", "14262", 2009, 2017, 'M'), 9);
    CHECK_INT(cells_with(&l, "pkw", "14262", 1996, 2008, 'A'), 13);
    CHECK_INT(cells_with(&l, "pkw", "14612", 1996, 2000, 'M'), 5);
    CHECK_INT(cells_with(&l, "pkw", "14612", 2001, 2017, 'A'), 17);
    /* Hannover (the Gemeinde 03241001) is "-" in every column 2008-2011 */
    CHECK_INT(cells_with(&l, "pkw", "03241001", 2008, 2011, 'M'), 4);
    char r[400];
    notes_of(&l, CHARTA_NOTE_NOT_REPORTED, "14262", r, sizeof r);
    CHECK_STR(r, "2009-2017");
    notes_of(&l, CHARTA_NOTE_NOT_REPORTED, "14612", r, sizeof r);
    CHECK_STR(r, "1996-2000");
    /* no area keeps a zero for a year it did not report */
    CHECK_INT(count_status(&l, "pkw", 'A', 1), 0);
    const charta_input *in = input_of(&l, 0);
    REQUIRE(in != NULL);
    CHECK_STR(in->attribution, attribution);
    CHECK_STR(in->licence_text, licence_text);
    CHECK_STR(in->licence, "dl-de/by-2-0");
    REQUIRE(in->n_footnotes == 1);
    CHECK(strstr(in->footnotes[0], "Thüringen (1996, 1997 und 1998): Ergebnisse der kreisfreien "
                                   "Stadt Eisenach im Wartburgkreis enthalten.") != NULL);
    CHECK(strncmp(in->footnotes[0], "Zu gesamte Tabelle Deutschland (bis 1999)", 41) == 0);
    CHECK(strchr(in->footnotes[0], '\n') == NULL);
    loaded_free(&l);
}

TEST(population_wide_by_date_dresden_14262_did_not_report_2008_to_2015)
{
    charta_var_spec vars[] = {VAR("population", "Insgesamt")};
    charta_source_spec spec = GENESIS_SPEC("12411-01-01-4_00.csv", CHARTA_ENC_UTF8, vars);
    loaded l = load_spec(&spec, KREISE);
    CHECK_CLEAN(l);
    CHECK_INT(cells_with(&l, "population", "14262", 2008, 2015, 'M'), 8);
    CHECK_INT(cells_with(&l, "population", "14262", 1995, 2007, 'A'), 13);
    char r[400];
    notes_of(&l, CHARTA_NOTE_NOT_REPORTED, "14262", r, sizeof r);
    CHECK_STR(r, "2008-2015");
    CHECK_INT(count_status(&l, "population", 'A', 1), 0);
    CHECK_STR(input_of(&l, 0)->attribution, attribution);
    loaded_free(&l);
}

TEST(abfall_trier_is_reported_with_trier_saarburg)
{
    charta_var_spec vars[] = {VAR("waste_t", "Insgesamt")};
    charta_source_spec spec = GENESIS_SPEC("32121-01-02-4_00.csv", CHARTA_ENC_UTF8, vars);
    charta_reported_with rw[] = {{.area = "07211", .with = "07235"}};
    spec.reported_with = rw;
    spec.n_reported_with = 1;
    loaded l = load_spec(&spec, KREISE);
    CHECK_CLEAN(l);
    CHECK_INT(count_diags(&l, CHARTA_WARNING), 0);
    CHECK_INT(cells_with(&l, "waste_t", "07211", 2004, 2015, 'M'), 12);
    CHECK_INT(cells_with(&l, "waste_t", "07235", 2004, 2015, 'A'), 12);
    char r[400];
    notes_of(&l, CHARTA_NOTE_REPORTED_WITH, "07211", r, sizeof r);
    CHECK_STR(r, "2004-2015 07235");
    notes_of(&l, CHARTA_NOTE_NOT_REPORTED, "07211", r, sizeof r);
    CHECK_STR(r, "");
    loaded_free(&l);
}

TEST(abfall_without_reported_with_keeps_the_file_s_zero_for_trier)
{
    charta_var_spec vars[] = {VAR("waste_t", "Insgesamt")};
    charta_source_spec spec = GENESIS_SPEC("32121-01-02-4_00.csv", CHARTA_ENC_UTF8, vars);
    loaded l = load_spec(&spec, KREISE);
    CHECK_CLEAN(l);
    /* the file has a literal 0 there: only the declaration knows better */
    char st;
    CHECK_NUM(value_at(&l, "waste_t", "07211", 2010, &st), 0, 0);
    CHECK_INT(st, 'A');
    loaded_free(&l);
}

TEST_MAIN()
