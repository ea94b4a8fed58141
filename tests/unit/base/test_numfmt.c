/* Tests of the locale-free number formatter (numfmt.h). */
#include "check.h"

#include <locale.h>
#include <math.h>

#include "charta/numfmt.h"

static const char *
fmt(const char *lang, double v, int dec)
{
    static char out[CHARTA_NUMFMT_SIZE];
    charta_numfmt f = charta_numfmt_for(lang);
    return charta_numfmt_format(&f, v, dec, out, sizeof out);
}

TEST(german_numbers_use_a_decimal_comma_and_thousands_points)
{
    CHECK_STR(fmt("de", 1234.5, 1), "1.234,5");
    CHECK_STR(fmt("de", 1234567.891, 2), "1.234.567,89");
    CHECK_STR(fmt("de", 999.96, 1), "1.000,0");
    CHECK_STR(fmt("de", 100, 0), "100");
    CHECK_STR(fmt("de", -1234, 0), "\u22121.234");
    CHECK_STR(fmt("de", 0.0037, 4), "0,0037");
    CHECK_STR(fmt("de-AT", 12345.6, 1), "12.345,6");
    CHECK_STR(fmt("de_DE", 1000, 0), "1.000");
}

TEST(english_numbers_use_a_decimal_point_and_thousands_commas)
{
    CHECK_STR(fmt("en", 1234.5, 1), "1,234.5");
    CHECK_STR(fmt("en", 1234567.891, 2), "1,234,567.89");
    CHECK_STR(fmt(NULL, 12.25, 1), "12.2"); /* 12.25 is 12.2499... in binary */
    CHECK_STR(fmt("xx", 1234, 0), "1,234");
    CHECK_STR(fmt("d", 1234, 0), "1,234"); /* too short a code: English */
    CHECK_STR(fmt("fr", 1234.5, 1), "1\xE2\x80\xAF"
                                    "234,5");
}

TEST(a_value_rounding_to_zero_has_no_sign)
{
    CHECK_STR(fmt("de", -0.04, 1), "0,0");
    CHECK_STR(fmt("en", -0.0, 0), "0");
    CHECK_STR(fmt("en", -0.5, 0), "0"); /* round half to even */
    CHECK_STR(fmt("en", -0.51, 0), "\u22121");
}

TEST(huge_values_use_scientific_notation_and_nan_gives_nothing)
{
    CHECK_STR(fmt("de", 1.5e15, 2), "1,50e+15");
    CHECK_STR(fmt("en", -2e300, 1), "\u22122.0e+300");
    CHECK_STR(fmt("de", NAN, 1), "");
    CHECK_STR(fmt("de", INFINITY, 1), "");
    CHECK_STR(fmt("de", 1.5, -3), "2"); /* decimals clamped to 0 */
    CHECK_STR(fmt("en", 1.0 / 3, 40), "0.333333333333");
}

TEST(a_small_buffer_gets_a_cut_but_terminated_text)
{
    char out[5];
    charta_numfmt f = charta_numfmt_for("de");
    charta_numfmt_format(&f, 1234567, 0, out, sizeof out);
    CHECK_STR(out, "1.23");
}

TEST(formatting_ignores_the_c_library_locale)
{
    const char *locs[] = {"de_DE.UTF-8", "de_DE.utf8", "de_DE", NULL};
    const char *got = NULL;
    for (size_t i = 0; locs[i] && !got; i++)
        got = setlocale(LC_NUMERIC, locs[i]);
    if (!got) {
        setlocale(LC_NUMERIC, "C");
        SKIP("no German locale installed (scripts/bootstrap installs 'locales')");
    }
    char probe[16];
    snprintf(probe, sizeof probe, "%.1f", 1.5);
    CHECK_STR(probe, "1,5");                    /* the C library does follow the locale ... */
    CHECK_STR(fmt("en", 1234.5, 1), "1,234.5"); /* ... charta does not */
    CHECK_STR(fmt("de", 1234.5, 1), "1.234,5");
    CHECK_STR(fmt("de", 1.5e15, 1), "1,5e+15");
    setlocale(LC_NUMERIC, "C");
}

TEST(decimals_follow_the_tick_step_and_the_magnitude)
{
    CHECK_INT(charta_numfmt_step_decimals(0.25), 2);
    CHECK_INT(charta_numfmt_step_decimals(5), 0);
    CHECK_INT(charta_numfmt_step_decimals(0.0005), 4);
    CHECK_INT(charta_numfmt_step_decimals(2.5), 1);
    CHECK_INT(charta_numfmt_step_decimals(0.1 + 0.2), 1);
    CHECK_INT(charta_numfmt_step_decimals(NAN), 0);
    CHECK_INT(charta_numfmt_auto_decimals(6.45), 2);
    CHECK_INT(charta_numfmt_auto_decimals(12.3), 1);
    CHECK_INT(charta_numfmt_auto_decimals(-1234), 0);
    CHECK_INT(charta_numfmt_auto_decimals(0.0037), 5);
    CHECK_INT(charta_numfmt_auto_decimals(1e-12), 6);
    CHECK_INT(charta_numfmt_auto_decimals(0), 0);
}

/* The progress texts' style: decimal comma in German, U+2212 minus. */
static const char *
styled(charta_numfmt_mode mode, double v, int dec, bool plus)
{
    static char out[48];
    charta_numfmt f = {.decimal = ",",
                       .group = "",
                       .minus = "\xE2\x88\x92",
                       .plus = plus ? "+" : NULL,
                       .mode = mode};
    return charta_numfmt_format(&f, v, dec, out, sizeof out);
}

TEST(significant_mode_keeps_about_four_digits)
{
    CHECK_STR(styled(CHARTA_NUMFMT_SIGNIFICANT, 1234.56, 0, false), "1235");
    CHECK_STR(styled(CHARTA_NUMFMT_SIGNIFICANT, 12.3456, 0, false), "12,35");
    CHECK_STR(styled(CHARTA_NUMFMT_SIGNIFICANT, 123456.7, 0, false), "123457"); /* whole */
    CHECK_STR(styled(CHARTA_NUMFMT_SIGNIFICANT, 9999.7, 0, false), "1e+04");
    CHECK_STR(styled(CHARTA_NUMFMT_SIGNIFICANT, 0.000123456, 0, false), "0,000123");
    CHECK_STR(styled(CHARTA_NUMFMT_SIGNIFICANT, 1.5e-7, 0, false), "1,5e-07");
    CHECK_STR(styled(CHARTA_NUMFMT_SIGNIFICANT, -2.5, 0, false), "\xE2\x88\x92"
                                                                 "2,5");
    CHECK_STR(styled(CHARTA_NUMFMT_SIGNIFICANT, 2.5, 0, true), "+2,5");
    CHECK_STR(styled(CHARTA_NUMFMT_SIGNIFICANT, 0, 0, true), "0");
    CHECK_STR(styled(CHARTA_NUMFMT_SIGNIFICANT, -0.0, 0, false), "0");
}

TEST(fixed_full_mode_never_turns_scientific)
{
    CHECK_STR(styled(CHARTA_NUMFMT_FIXED_FULL, 66.44, 1, false), "66,4");
    CHECK_STR(styled(CHARTA_NUMFMT_FIXED_FULL, 1.834, 2, true), "+1,83");
    CHECK_STR(styled(CHARTA_NUMFMT_FIXED_FULL, -0.004, 2, true), "0,00"); /* no sign at zero */
    CHECK_STR(styled(CHARTA_NUMFMT_FIXED_FULL, 2e15, 0, false), "2000000000000000");
    /* what passes 39 digits is cut there */
    char want[64];
    snprintf(want, sizeof want, "%.0f", 1e40);
    want[39] = '\0';
    const char *cut = styled(CHARTA_NUMFMT_FIXED_FULL, -1e40, 0, false);
    CHECK(strncmp(cut, "\xE2\x88\x92", 3) == 0);
    CHECK_STR(cut + 3, want);
    charta_numfmt en = charta_numfmt_for("en");
    en.mode = CHARTA_NUMFMT_FIXED_FULL;
    char out[CHARTA_NUMFMT_SIZE];
    CHECK_STR(charta_numfmt_format(&en, 2e15, 0, out, sizeof out), "2,000,000,000,000,000");
}

TEST_MAIN()
