#include "check.h"

#include "charta/numparse.h"

static const charta_numparse_fmt point = {.decimal = '.'};
static const charta_numparse_fmt comma = {.decimal = ','};
static const charta_numparse_fmt comma_dot = {.decimal = ',', .thousands = '.'};
static const charta_numparse_fmt point_comma = {.decimal = '.', .thousands = ','};

/* Parse a NUL-terminated string; NAN on failure, with the reason in why. */
static char why[200];
static charta_num_err last;

static double
num(const char *s, const charta_numparse_fmt *fmt)
{
    double v = NAN;
    why[0] = '\0';
    last = charta_num_parse(s, strlen(s), fmt, &v, why, sizeof why);
    return last == CHARTA_NUM_OK ? v : NAN;
}

TEST(decimal_comma_with_thousands_dot_reads_german_numbers)
{
    CHECK_NUM(num("1.234,5", &comma_dot), 1234.5, 0);
    CHECK_NUM(num("1.234.567,25", &comma_dot), 1234567.25, 0);
    CHECK_NUM(num("56,74", &comma_dot), 56.74, 0);
    CHECK_NUM(num("1234,5", &comma_dot), 1234.5, 0); /* grouping is optional */
    CHECK_NUM(num("-14,6", &comma), -14.6, 0);
    CHECK_NUM(num("357385,71", &comma), 357385.71, 0);
}

TEST(decimal_point_reads_c_form_numbers)
{
    CHECK_NUM(num("1514.7", &point), 1514.7, 0);
    CHECK_NUM(num("1023101.0", NULL), 1023101.0, 0);
    CHECK_NUM(num("+5", NULL), 5, 0);
    CHECK_NUM(num("-0.25", NULL), -0.25, 0);
    CHECK_NUM(num(".5", NULL), 0.5, 0);
    CHECK_NUM(num("1e3", NULL), 1000, 0);
    CHECK_NUM(num("2.5E-3", NULL), 0.0025, 1e-18);
    CHECK_NUM(num("1,234.5", &point_comma), 1234.5, 0);
    CHECK_NUM(num("0", NULL), 0, 0);
    /* shortest round trip of a double survives */
    CHECK(num("0.1", NULL) == 0.1);
    CHECK(num("0.30000000000000004", NULL) == 0.1 + 0.2);
}

TEST(spaces_around_the_number_are_trimmed)
{
    CHECK_NUM(num("  42 ", NULL), 42, 0);
    CHECK_NUM(num("\t-1,5\r", &comma), -1.5, 0);
    CHECK_NUM(num("\xE2\x88\x92"
                  "3",
                  NULL),
              -3, 0); /* U+2212 minus sign */
}

TEST(comma_in_a_decimal_point_source_is_an_error)
{
    CHECK(isnan(num("1,5", &point)));
    CHECK_INT(last, CHARTA_NUM_WRONG_DECIMAL);
    CHECK_STR(why, "',' is not the decimal separator of this source (decimal '.', no thousands "
                   "separator)");
    CHECK(isnan(num("12,3,4", &point)));
    CHECK_INT(last, CHARTA_NUM_WRONG_DECIMAL);
}

TEST(two_decimal_separators_are_an_error)
{
    CHECK(isnan(num("12,3,4", &comma)));
    CHECK_INT(last, CHARTA_NUM_DECIMAL_TWICE);
    CHECK_STR(why, "more than one decimal separator ','");
    CHECK(isnan(num("1.2.3", &point)));
    CHECK_INT(last, CHARTA_NUM_DECIMAL_TWICE);
    CHECK(isnan(num("12,3,4", &comma_dot)));
    CHECK_INT(last, CHARTA_NUM_DECIMAL_TWICE);
}

TEST(thousands_separators_must_separate_groups_of_three)
{
    CHECK(isnan(num("12,3,4", &point_comma)));
    CHECK_INT(last, CHARTA_NUM_GROUPING);
    CHECK(isnan(num("1.5", &comma_dot)));
    CHECK_INT(last, CHARTA_NUM_GROUPING);
    CHECK_STR(why, "thousands separator '.' must be followed by three digits");
    CHECK(isnan(num("1234.567", &comma_dot)));
    CHECK_INT(last, CHARTA_NUM_GROUPING);
    CHECK(isnan(num(".123", &comma_dot)));
    CHECK_INT(last, CHARTA_NUM_GROUPING);
    CHECK(isnan(num("1,5.000", &comma_dot)));
    CHECK_INT(last, CHARTA_NUM_GROUPING);
    CHECK_STR(why, "thousands separator '.' after the decimal separator");
}

TEST(dot_without_declared_thousands_is_refused_in_a_comma_source)
{
    CHECK(isnan(num("1.234,5", &comma)));
    CHECK_INT(last, CHARTA_NUM_WRONG_DECIMAL);
    CHECK_STR(why, "'.' is not the decimal separator of this source (decimal ',', no thousands "
                   "separator)");
}

TEST(inf_nan_and_hex_are_refused)
{
    const char *bad[] = {"inf", "-inf", "Infinity", "nan", "NaN", "+nan"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        CHECK(isnan(num(bad[i], NULL)));
        CHECK_INT(last, CHARTA_NUM_NOT_FINITE);
    }
    CHECK(isnan(num("0x1A", NULL)));
    CHECK_INT(last, CHARTA_NUM_HEX);
    CHECK(isnan(num("-0X10", NULL)));
    CHECK_INT(last, CHARTA_NUM_HEX);
    CHECK(isnan(num("1e999", NULL)));
    CHECK_INT(last, CHARTA_NUM_RANGE);
}

TEST(numbers_too_close_to_zero_are_refused_like_too_large_ones)
{
    CHECK(isnan(num("1e-400", NULL)));
    CHECK_INT(last, CHARTA_NUM_RANGE);
    CHECK_STR(why, "too close to zero for a double (the smallest is 4.9e-324); write 0 if zero "
                   "is meant");
    CHECK(isnan(num("-2e-324", NULL)));
    CHECK_INT(last, CHARTA_NUM_RANGE);
    CHECK(isnan(num("0,000001e-320", &comma)));
    CHECK_INT(last, CHARTA_NUM_RANGE);
    /* an exact zero with any exponent is zero; subnormals are doubles */
    CHECK_NUM(num("0e-400", NULL), 0, 0);
    CHECK_NUM(num("0.000e-999", NULL), 0, 0);
    CHECK_NUM(num("1e-310", NULL), 1e-310, 0);
    CHECK(num("4.9e-324", NULL) > 0);
    CHECK_NUM(num("1.7e308", NULL), 1.7e308, 0);
    CHECK_NUM(num("-1.7e308", NULL), -1.7e308, 0);
}

TEST(junk_is_reported_with_what_was_wrong)
{
    CHECK(isnan(num("", NULL)));
    CHECK_INT(last, CHARTA_NUM_EMPTY);
    CHECK(isnan(num("   ", NULL)));
    CHECK_INT(last, CHARTA_NUM_EMPTY);
    CHECK(isnan(num("-", NULL)));
    CHECK_INT(last, CHARTA_NUM_NO_DIGITS);
    CHECK(isnan(num("12a", NULL)));
    CHECK_INT(last, CHARTA_NUM_SYNTAX);
    CHECK_STR(why, "unexpected 'a' at character 3");
    CHECK(isnan(num("12 345", NULL)));
    CHECK_STR(why, "space inside the number");
    CHECK(isnan(num("--5", NULL)));
    CHECK_INT(last, CHARTA_NUM_SYNTAX);
    CHECK(isnan(num("1e", NULL)));
    CHECK_STR(why, "exponent without digits");
    CHECK(isnan(num("123p", NULL))); /* status markers are the importer's job */
    CHECK(isnan(num("5\xC3\xA4", NULL)));
    CHECK_STR(why, "unexpected '\xC3\xA4' at character 2");
    char longnum[400];
    memset(longnum, '1', sizeof longnum - 1);
    longnum[sizeof longnum - 1] = '\0';
    CHECK(isnan(num(longnum, NULL)));
    CHECK_INT(last, CHARTA_NUM_TOO_LONG);
}

TEST(parser_reads_only_the_given_length)
{
    double v = 0;
    CHECK_INT(charta_num_parse("12,5;99", 4, &comma, &v, NULL, 0), CHARTA_NUM_OK);
    CHECK_NUM(v, 12.5, 0);
    CHECK_STR(charta_num_strerror(CHARTA_NUM_HEX), "hexadecimal numbers are not accepted");
}

TEST_MAIN()
