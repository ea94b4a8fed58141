/* Text on its way to a terminal: control characters escaped, long texts
 * cut, NULs kept visible (printable.h), and diagnostics made of it. */
#include "check.h"

#include "charta/diag.h"
#include "charta/printable.h"

static char *
shown(const char *s, size_t n, size_t max)
{
    static char *last;
    free(last);
    last = charta_printable(s, n, max);
    return last;
}

TEST(printable_text_passes_unchanged)
{
    const char *s = "Bevölkerung – Fläche in km² (Süd)";
    CHECK_STR(shown(s, strlen(s), 0), s);
    CHECK_STR(shown("", 0, 0), "");
}

TEST(control_characters_become_lua_escapes)
{
    CHECK_STR(shown("a\033[31mred", 9, 0), "a\\x1b[31mred");
    CHECK_STR(shown("x\ny\tz\r\x7f", 7, 0), "x\\ny\\tz\\r\\x7f");
    CHECK_STR(shown("a\0b", 3, 0), "a\\0b");
    CHECK_STR(shown("\x01"
                    "charta-reported",
                    16, 0),
              "\\x01charta-reported");
}

TEST(c1_controls_and_bytes_outside_utf8_become_escapes)
{
    CHECK_STR(shown("a\xc2\x9b"
                    "2J",
                    5, 0),
              "a\\u{9b}2J"); /* CSI */
    CHECK_STR(shown("\xfc"
                    "ber",
                    4, 0),
              "\\xfcber");                                     /* Latin-1 ü */
    CHECK_STR(shown("\xed\xa0\x80", 3, 0), "\\xed\\xa0\\x80"); /* a surrogate */
    CHECK_STR(shown("\xe2\x80", 2, 0), "\\xe2\\x80");          /* cut short */
    CHECK_STR(shown("\xc2\xa0", 2, 0), "\xc2\xa0");            /* no-break space stays */
}

TEST(long_texts_are_cut_at_a_character_with_an_ellipsis)
{
    char big[5000];
    memset(big, 'x', sizeof big);
    char *s = shown(big, sizeof big, CHARTA_MESSAGE_MAX);
    REQUIRE(s);
    CHECK(strlen(s) == CHARTA_MESSAGE_MAX);
    CHECK(strcmp(s + CHARTA_MESSAGE_MAX - 3, "\xe2\x80\xa6") == 0);
    /* never inside a character or an escape */
    CHECK_STR(shown("ääää", 8, 7), "ää\xe2\x80\xa6");
    CHECK_STR(shown("a\033bcdef", 7, 7), "a\xe2\x80\xa6");
    /* exactly the limit: not cut */
    CHECK_STR(shown("abcdef", 6, 6), "abcdef");
    /* applying it twice changes nothing */
    char *once = charta_printable(big, sizeof big, 100);
    CHECK_STR(shown(once, strlen(once), 100), once);
    free(once);
}

TEST(fixed_buffer_and_kept_newlines)
{
    char out[8];
    CHECK_STR(charta_printable_into(out, sizeof out, "ab\033", 3), "ab\\x1b");
    CHECK_STR(charta_printable_into(out, sizeof out, "abcdefghij", 10), "abcd\xe2\x80\xa6");
    charta_buf b = {0};
    charta_buf_put_printable(&b, "one\ntwo\033", 8, 0, true);
    CHECK_STR(b.data, "one\ntwo\\x1b");
    charta_buf_free(&b);
}

TEST(diagnostics_are_printable_and_capped)
{
    charta_diags *d = charta_diags_new();
    REQUIRE(d);
    char *big = malloc(100001);
    REQUIRE(big);
    memset(big, 'y', 100000);
    big[100000] = '\0';
    charta_diag_error(d, CHARTA_ERR_SCRIPT, "ind\033.lua", 3, 0, "%s", big);
    charta_diag_warning(d, NULL, 0, 0, "code '%s'",
                        "A\x01"
                        "B");
    charta_diag_set_detail(d, "stack:\n\tx\033.lua:1");
    free(big);
    const charta_diag *e = charta_diags_get(d, 0);
    CHECK(strlen(e->message) == CHARTA_MESSAGE_MAX);
    CHECK_STR(e->file, "ind\\x1b.lua");
    e = charta_diags_get(d, 1);
    CHECK_STR(e->message, "code 'A\\x01B'");
    CHECK_STR(e->detail, "stack:\n\tx\\x1b.lua:1");
    charta_diags_free(d);
}

TEST_MAIN()
