/* Missing versus zero (issue 9) on fixtures: a "-" in every cell of an area
 * in a period means the area did not report; a "-" among reported values is
 * a zero; `signs` and `reported_with` override; the footer's footnotes,
 * attribution and licence are kept on the input. */
#include "import_helpers.h"

/* The notes of the frozen dataset of kind for the area with that code, as
 * "first-last" ranges joined with ",". */
static void
note_ranges(const loaded *l, charta_note_kind kind, const char *code, char *out, size_t size)
{
    int a = charta_dataset_find_area(l->ds, code);
    out[0] = '\0';
    for (size_t i = 0; i < charta_dataset_note_count(l->ds); i++) {
        const charta_note *n = charta_dataset_note(l->ds, i);
        if (n->kind != kind || n->area != a)
            continue;
        size_t len = strlen(out);
        snprintf(out + len, size - len, "%s%d-%d", len ? "," : "", n->year_first, n->year_last);
    }
}

#define CHECK_CELL(l, var, code, year, want_st, want_v)                                            \
    do {                                                                                           \
        char st_;                                                                                  \
        double v_ = value_at(&(l), var, code, year, &st_);                                         \
        if (st_ != (want_st))                                                                      \
            fprintf(stderr, "%s %s %d: status %c, want %c\n", var, code, year, st_, want_st);      \
        CHECK_INT(st_, want_st);                                                                   \
        if (isnan((double)(want_v)))                                                               \
            CHECK(isnan(v_));                                                                      \
        else                                                                                       \
            CHECK_NUM(v_, (double)(want_v), 0);                                                    \
    } while (0)

TEST(genesis_row_of_dashes_did_not_report_and_a_dash_among_values_is_zero)
{
    charta_var_spec vars[] = {VAR("v", "Wert")};
    charta_source_spec spec = GENESIS_SPEC("genesis_dash.csv", CHARTA_ENC_UTF8, vars);
    loaded l = load_spec(&spec, FIXTURES);
    CHECK_INT(l.load, CHARTA_OK);
    CHECK_INT(l.freeze, CHARTA_OK);
    CHECK_CELL(l, "v", "01", 2020, 'M', NAN); /* -;- */
    CHECK_CELL(l, "v", "01", 2018, 'M', NAN);
    /* the column no variable uses decides too: 5 was reported, so "-" is zero */
    CHECK_CELL(l, "v", "02", 2020, 'A', 0);
    CHECK_CELL(l, "v", "02", 2019, 'M', NAN);
    CHECK_CELL(l, "v", "02", 2018, 'A', 3);
    CHECK_CELL(l, "v", "03", 2020, 'A', 0); /* -;. is not all "-" */
    CHECK_CELL(l, "v", "04", 2020, 'A', 7);
    CHECK_CELL(l, "v", "04", 2019, 'M', NAN);
    CHECK_CELL(l, "v", "05", 2020, 'A', 0); /* a literal 0 is a number */
    char r[200];
    /* the years of one area make one range, whatever order the file has */
    note_ranges(&l, CHARTA_NOTE_NOT_REPORTED, "01", r, sizeof r);
    CHECK_STR(r, "2018-2020");
    note_ranges(&l, CHARTA_NOTE_NOT_REPORTED, "02", r, sizeof r);
    CHECK_STR(r, "2019-2019");
    note_ranges(&l, CHARTA_NOTE_NOT_REPORTED, "04", r, sizeof r);
    CHECK_STR(r, "2018-2019");
    note_ranges(&l, CHARTA_NOTE_NOT_REPORTED, "05", r, sizeof r);
    CHECK_STR(r, "");
    CHECK_INT(charta_dataset_note_count(l.ds), 3);
    const charta_note *n = charta_dataset_note(l.ds, 0);
    REQUIRE(n != NULL);
    CHECK_INT(n->var, -1);
    CHECK_INT(n->input, 0);
    CHECK(n->arg == NULL);
    CHECK(charta_dataset_note(l.ds, 3) == NULL);
    loaded_free(&l);
}

TEST(genesis_column_group_of_dashes_did_not_report_in_that_year)
{
    charta_var_spec vars[] = {VAR("pop", "Insgesamt")};
    charta_source_spec spec = GENESIS_SPEC("genesis_dash_dates.csv", CHARTA_ENC_UTF8, vars);
    loaded l = load_spec(&spec, FIXTURES);
    CHECK_INT(l.load, CHARTA_OK);
    CHECK_INT(l.freeze, CHARTA_OK);
    CHECK_CELL(l, "pop", "01", 2016, 'M', NAN);
    CHECK_CELL(l, "pop", "01", 2015, 'A', 100);
    CHECK_CELL(l, "pop", "02", 2016, 'A', 0); /* "weiblich" 5 in the same group */
    CHECK_CELL(l, "pop", "02", 2015, 'A', 200);
    CHECK_CELL(l, "pop", "03", 2015, 'M', NAN);
    char r[200];
    note_ranges(&l, CHARTA_NOTE_NOT_REPORTED, "01", r, sizeof r);
    CHECK_STR(r, "2016-2016");
    note_ranges(&l, CHARTA_NOTE_NOT_REPORTED, "02", r, sizeof r);
    CHECK_STR(r, "");
    note_ranges(&l, CHARTA_NOTE_NOT_REPORTED, "03", r, sizeof r);
    CHECK_STR(r, "2015-2015");
    loaded_free(&l);
}

TEST(signs_zero_keeps_a_row_of_dashes_as_zeros)
{
    charta_var_spec vars[] = {VAR("v", "Wert")};
    charta_source_spec spec = GENESIS_SPEC("genesis_dash.csv", CHARTA_ENC_UTF8, vars);
    charta_sign_spec signs[] = {{.sign = "-", .meaning = CHARTA_SIGN_ZERO}};
    spec.signs = signs;
    spec.n_signs = 1;
    loaded l = load_spec(&spec, FIXTURES);
    CHECK_INT(l.load, CHARTA_OK);
    CHECK_CELL(l, "v", "01", 2020, 'A', 0);
    CHECK_CELL(l, "v", "02", 2019, 'A', 0);
    CHECK_INT(charta_dataset_note_count(l.ds), 0);
    loaded_free(&l);
}

TEST(signs_missing_and_confidential_override_the_preset)
{
    charta_var_spec vars[] = {VAR("v", "Wert"), VAR("w", "Andere")};
    charta_source_spec spec = GENESIS_SPEC("genesis_dash.csv", CHARTA_ENC_UTF8, vars);
    charta_sign_spec signs[] = {{.sign = "-", .meaning = CHARTA_SIGN_MISSING},
                                {.sign = ".", .meaning = CHARTA_SIGN_CONFIDENTIAL}};
    spec.signs = signs;
    spec.n_signs = 2;
    loaded l = load_spec(&spec, FIXTURES);
    CHECK_INT(l.load, CHARTA_OK);
    CHECK_CELL(l, "v", "02", 2020, 'M', NAN); /* "-" among values: missing too */
    CHECK_CELL(l, "w", "02", 2020, 'A', 5);
    CHECK_CELL(l, "w", "03", 2020, 'C', NAN);
    CHECK_INT(charta_dataset_note_count(l.ds), 0); /* missing by sign needs no note */
    loaded_free(&l);
}

TEST(reported_with_makes_every_cell_missing_with_a_note_and_warns_on_unknown_codes)
{
    charta_var_spec vars[] = {VAR("v", "Wert")};
    charta_source_spec spec = GENESIS_SPEC("genesis_dash.csv", CHARTA_ENC_UTF8, vars);
    charta_reported_with rw[] = {{.area = "05", .with = "04"}, {.area = "77", .with = "04"}};
    spec.reported_with = rw;
    spec.n_reported_with = 2;
    spec.reported_with_line = 9;
    loaded l = load_spec(&spec, FIXTURES);
    CHECK_INT(l.load, CHARTA_OK);
    CHECK_INT(l.freeze, CHARTA_OK);
    CHECK_CELL(l, "v", "05", 2020, 'M', NAN); /* the file says 0 */
    CHECK_CELL(l, "v", "05", 2018, 'M', NAN);
    CHECK_CELL(l, "v", "04", 2020, 'A', 7);
    char r[200];
    note_ranges(&l, CHARTA_NOTE_REPORTED_WITH, "05", r, sizeof r);
    CHECK_STR(r, "2018-2020");
    int a = charta_dataset_find_area(l.ds, "05");
    for (size_t i = 0; i < charta_dataset_note_count(l.ds); i++) {
        const charta_note *n = charta_dataset_note(l.ds, i);
        if (n->area == a) {
            CHECK_INT(n->kind, CHARTA_NOTE_REPORTED_WITH);
            CHECK_STR(n->arg, "04");
        }
    }
    CHECK_INT(count_diags(&l, CHARTA_WARNING), 1);
    const charta_diag *d = nth_diag(&l, CHARTA_WARNING, 0);
    REQUIRE(d != NULL);
    CHECK_STR(d->file, "city.lua");
    CHECK_INT(d->line, 9);
    CHECK_STR(d->message, "source 'src': reported_with: area '77' is not in 'genesis_dash.csv', "
                          "so the entry changes nothing; correct the code or remove the entry");
    loaded_free(&l);
}

TEST(genesis_footer_keeps_footnotes_attribution_and_licence)
{
    charta_var_spec vars[] = {VAR("v", "Wert")};
    charta_source_spec spec = GENESIS_SPEC("genesis_dash.csv", CHARTA_ENC_UTF8, vars);
    spec.publisher = "Statistisches Testamt";
    loaded l = load_spec(&spec, FIXTURES);
    CHECK_INT(l.load, CHARTA_OK);
    const charta_input *in = input_of(&l, 0);
    REQUIRE(in != NULL);
    REQUIRE(in->n_footnotes == 2);
    CHECK_STR(in->footnotes[0],
              "Zu gesamte Tabelle Land A (2018-2020): aufgelöst, Ergebnisse bei Land B enthalten.");
    CHECK_STR(in->footnotes[1], "zu \"Andere\": nur Land B");
    CHECK_STR(in->attribution, "© Statistisches Testamt, 2021.");
    CHECK_STR(in->licence_text,
              "Dieses Werk ist lizensiert unter der Datenlizenz Deutschland - Namensnennung - "
              "Version 2.0.");
    CHECK_STR(in->licence, "dl-de/by-2-0");
    CHECK_STR(in->publisher, "Statistisches Testamt");
    CHECK_STR(in->as_of, "2021-02-01");
    loaded_free(&l);
}

TEST(declared_attribution_and_licence_win_over_the_footer)
{
    charta_var_spec vars[] = {VAR("v", "Wert")};
    charta_source_spec spec = GENESIS_SPEC("genesis_dash.csv", CHARTA_ENC_UTF8, vars);
    spec.attribution = "Quelle: Testamt";
    spec.licence = "CC BY 4.0";
    loaded l = load_spec(&spec, FIXTURES);
    CHECK_INT(l.load, CHARTA_OK);
    const charta_input *in = input_of(&l, 0);
    REQUIRE(in != NULL);
    CHECK_STR(in->attribution, "Quelle: Testamt");
    CHECK_STR(in->licence, "CC BY 4.0");
    /* the footer's statement is still kept */
    CHECK(in->licence_text != NULL);
    CHECK(in->publisher == NULL);
    loaded_free(&l);
}

TEST(long_table_area_period_of_dashes_did_not_report_across_its_rows)
{
    /* a plain CSV has no signs of its own: `signs` gives "-" the GENESIS meaning */
    charta_var_spec vars[] = {VAR("pop", "Einwohner"), VAR("area", "Fläche")};
    charta_sign_spec signs[] = {{.sign = "-", .meaning = CHARTA_SIGN_ZERO_OR_NOT_REPORTED}};
    charta_source_spec spec = {.name = "src",
                               .file = "long_dash.csv",
                               .decl_file = "city.lua",
                               .decl_line = 3,
                               .layout = CHARTA_LAYOUT_LONG,
                               .area = "gebiet",
                               .year = "jahr",
                               .variable = "merkmal",
                               .value = "wert",
                               .vars = vars,
                               .n_vars = 2,
                               .signs = signs,
                               .n_signs = 1};
    loaded l = load_spec(&spec, FIXTURES);
    CHECK_INT(l.load, CHARTA_OK);
    CHECK_INT(l.freeze, CHARTA_OK);
    CHECK_CELL(l, "pop", "01", 2020, 'M', NAN);
    CHECK_CELL(l, "area", "01", 2020, 'M', NAN);
    CHECK_CELL(l, "pop", "01", 2019, 'A', 5);
    /* "Sonstiges" 7 (no variable reads it) was reported: the "-" is zero */
    CHECK_CELL(l, "pop", "02", 2020, 'A', 0);
    CHECK_CELL(l, "pop", "03", 2018, 'M', NAN);
    char r[200];
    note_ranges(&l, CHARTA_NOTE_NOT_REPORTED, "01", r, sizeof r);
    CHECK_STR(r, "2020-2020");
    note_ranges(&l, CHARTA_NOTE_NOT_REPORTED, "02", r, sizeof r);
    CHECK_STR(r, "");
    note_ranges(&l, CHARTA_NOTE_NOT_REPORTED, "03", r, sizeof r);
    CHECK_STR(r, "2018-2019");
    loaded_free(&l);

    /* without the sign, "-" is no number in a plain CSV */
    spec.n_signs = 0;
    l = load_spec(&spec, FIXTURES);
    CHECK_INT(l.load, CHARTA_ERR_DATA);
    loaded_free(&l);
}

TEST(sign_meanings_parse_and_name)
{
    charta_sign_meaning m = CHARTA_SIGN_ZERO;
    CHECK(charta_sign_meaning_parse("zero-or-not-reported", &m));
    CHECK_INT(m, CHARTA_SIGN_ZERO_OR_NOT_REPORTED);
    CHECK(charta_sign_meaning_parse("confidential", &m));
    CHECK_INT(m, CHARTA_SIGN_CONFIDENTIAL);
    CHECK(!charta_sign_meaning_parse("nothing", &m));
    CHECK_INT(m, CHARTA_SIGN_CONFIDENTIAL);
    CHECK_STR(charta_sign_meaning_name(CHARTA_SIGN_MISSING), "missing");
    CHECK_STR(charta_sign_meaning_name((charta_sign_meaning)99), "?");
}

TEST_MAIN()
