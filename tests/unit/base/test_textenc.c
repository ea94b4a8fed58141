#include "check.h"

#include "charta/textenc.h"

static char *out;
static size_t out_len;
static charta_textenc_error err;

static charta_status
conv(charta_encoding enc, const char *s, size_t n)
{
    free(out);
    out = NULL;
    memset(&err, 0, sizeof err);
    return charta_textenc_to_utf8(enc, s, n, &out, &out_len, &err);
}

TEST(utf8_bom_is_skipped)
{
    const char in[] = "\xEF\xBB\xBFNr;Name\n1;K\xC3\xB6ln\n";
    REQUIRE(conv(CHARTA_ENC_UTF8, in, sizeof in - 1) == CHARTA_OK);
    CHECK_STR(out, "Nr;Name\n1;K\xC3\xB6ln\n");
    CHECK_INT(out_len, strlen("Nr;Name\n1;K\xC3\xB6ln\n"));
}

TEST(latin1_o_umlaut_becomes_utf8)
{
    const char in[] = "K\xF6ln;Gr\xFC\xDF"
                      "e\n";
    REQUIRE(conv(CHARTA_ENC_LATIN1, in, sizeof in - 1) == CHARTA_OK);
    CHECK_STR(out, "K\xC3\xB6ln;Gr\xC3\xBC\xC3\x9F"
                   "e\n");
}

TEST(cp1252_euro_and_dash_convert_and_0x81_is_rejected_with_its_line)
{
    const char in[] = "a\x80;b\x96\n";
    REQUIRE(conv(CHARTA_ENC_CP1252, in, sizeof in - 1) == CHARTA_OK);
    CHECK_STR(out, "a\xE2\x82\xAC;b\xE2\x80\x93\n");
    const char bad[] = "x;y\nab\x81z\n";
    CHECK_INT(conv(CHARTA_ENC_CP1252, bad, sizeof bad - 1), CHARTA_ERR_DATA);
    CHECK(out == NULL);
    CHECK_INT(err.line, 2);
    CHECK_INT(err.col, 3);
    CHECK_INT(err.byte, 0x81);
    CHECK_STR(err.message, "byte 0x81 is not a character in Windows-1252; check the `encoding` "
                           "setting of the source (utf-8, latin1 or cp1252)");
}

TEST(a_lone_cr_ends_a_line_in_the_position_of_a_bad_byte)
{
    const char in[] = "Nr;Name\r01;Nord\r\n02;M\xFCnchen\r";
    CHECK_INT(conv(CHARTA_ENC_UTF8, in, sizeof in - 1), CHARTA_ERR_DATA);
    CHECK_INT(err.line, 3);
    CHECK_INT(err.col, 5);
}

TEST(invalid_utf8_reports_line_column_and_a_latin1_hint)
{
    const char in[] = "Nr;Name\n01;M\xFCnchen\n";
    CHECK_INT(conv(CHARTA_ENC_UTF8, in, sizeof in - 1), CHARTA_ERR_DATA);
    CHECK_INT(err.line, 2);
    CHECK_INT(err.col, 5);
    CHECK_INT(err.byte, 0xFC);
    CHECK_STR(err.message,
              "invalid UTF-8 at byte 0xFC; the file may be Latin-1: set encoding = \"latin1\"");
}

TEST(invalid_utf8_with_cp1252_only_bytes_hints_cp1252)
{
    const char in[] = "a\n\n1\x96"
                      "2\n";
    CHECK_INT(conv(CHARTA_ENC_UTF8, in, sizeof in - 1), CHARTA_ERR_DATA);
    CHECK_INT(err.line, 3);
    CHECK_INT(err.col, 2);
    CHECK_STR(err.message, "invalid UTF-8 at byte 0x96; the file may be Windows-1252: set "
                           "encoding = \"cp1252\"");
}

TEST(bom_does_not_shift_the_column_of_line_one)
{
    const char in[] = "\xEF\xBB\xBF"
                      "ab\xFF";
    CHECK_INT(conv(CHARTA_ENC_UTF8, in, sizeof in - 1), CHARTA_ERR_DATA);
    CHECK_INT(err.line, 1);
    CHECK_INT(err.col, 3);
}

TEST(latin1_c1_control_bytes_suggest_cp1252)
{
    const char in[] = "a\nb\x96"
                      "c\n";
    CHECK_INT(conv(CHARTA_ENC_LATIN1, in, sizeof in - 1), CHARTA_ERR_DATA);
    CHECK_INT(err.line, 2);
    CHECK_INT(err.col, 2);
    CHECK_STR(err.message, "byte 0x96 is a control character in Latin-1; the file may be "
                           "Windows-1252: set encoding = \"cp1252\"");
}

TEST(utf8_file_declared_latin1_is_refused)
{
    const char in[] = "Nr;Name\n05315;K\xC3\xB6ln\n";
    CHECK_INT(conv(CHARTA_ENC_LATIN1, in, sizeof in - 1), CHARTA_ERR_DATA);
    CHECK_INT(err.line, 2);
    CHECK_INT(err.col, 8);
    CHECK_STR(err.message, "the file is UTF-8, but the source declares encoding = \"latin1\": "
                           "set encoding = \"utf-8\"");
    /* plain ASCII is the same in every encoding */
    CHECK_INT(conv(CHARTA_ENC_CP1252, "a;b\n", 4), CHARTA_OK);
    CHECK_STR(out, "a;b\n");
}

TEST(nul_byte_is_refused_in_every_encoding)
{
    const char in[] = "a;b\nc\0d\n";
    charta_encoding encs[] = {CHARTA_ENC_UTF8, CHARTA_ENC_LATIN1, CHARTA_ENC_CP1252};
    for (int i = 0; i < 3; i++) {
        CHECK_INT(conv(encs[i], in, sizeof in - 1), CHARTA_ERR_DATA);
        CHECK_INT(err.line, 2);
        CHECK_INT(err.col, 2);
    }
}

TEST(encoding_names_parse_and_print)
{
    charta_encoding e = CHARTA_ENC_UTF8;
    CHECK(charta_encoding_parse("Latin1", &e) && e == CHARTA_ENC_LATIN1);
    CHECK(charta_encoding_parse("windows-1252", &e) && e == CHARTA_ENC_CP1252);
    CHECK(charta_encoding_parse("UTF-8", &e) && e == CHARTA_ENC_UTF8);
    CHECK(!charta_encoding_parse("ebcdic", &e));
    CHECK_STR(charta_encoding_name(CHARTA_ENC_CP1252), "cp1252");
    free(out);
    out = NULL;
}

TEST(invalid_utf8_is_replaced_byte_by_byte)
{
    charta_buf b = {0};
    bool repaired = false;
    const char *ok = "S\xC3\xBC" "d\x01\xEF\xBF\xBE"; /* controls pass under the UTF-8 rule */
    CHECK(charta_text_clean(ok, CHARTA_TEXT_UTF8, &b, &repaired) == ok);
    CHECK(!repaired);
    CHECK_STR(charta_text_clean("a\xF6"
                                "b",
                                CHARTA_TEXT_UTF8, &b, &repaired),
              "a\xEF\xBF\xBD"
              "b");
    CHECK(repaired);
    CHECK_STR(charta_text_clean("ab\xC3", CHARTA_TEXT_UTF8, &b, &repaired), "ab\xEF\xBF\xBD");
    CHECK_STR(charta_text_clean("\xED\xA0\x80x", CHARTA_TEXT_UTF8, &b, &repaired), /* a surrogate */
              "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDx");
    CHECK_STR(charta_text_clean(NULL, CHARTA_TEXT_UTF8, &b, &repaired), "");
    charta_buf_free(&b);
}

TEST(text_for_xml_loses_every_character_xml_1_0_cannot_hold)
{
    charta_buf b = {0};
    bool repaired = false;
    /* clean text is handed back as it is, tab, LF and CR included */
    const char *ok = "K\xC3\xB6ln\t\"<&>\"\r\n\xE2\x82\xAC \xF0\x9F\x8C\x8D \xEF\xBF\xBD";
    CHECK(charta_text_clean(ok, CHARTA_TEXT_XML, &b, &repaired) == ok);
    CHECK(!repaired);
    /* C0 controls, DEL, C1 controls, U+FFFE, U+FFFF, U+FDD0, U+1FFFE */
    CHECK_STR(charta_text_clean("A\x01 B", CHARTA_TEXT_XML, &b, &repaired), "A\xEF\xBF\xBD B");
    CHECK(repaired);
    CHECK_STR(charta_text_clean("\x0B\x1F\x7F\xC2\x80\xC2\x9F", CHARTA_TEXT_XML, &b, NULL),
              "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK_STR(charta_text_clean("No\xEF\xBF\xBErd\xEF\xBF\xBF", CHARTA_TEXT_XML, &b, NULL),
              "No\xEF\xBF\xBDrd\xEF\xBF\xBD");
    CHECK_STR(charta_text_clean("\xEF\xB7\x90|\xEF\xB7\xAF|\xF0\x9F\xBF\xBE", CHARTA_TEXT_XML,
                                &b, NULL),
              "\xEF\xBF\xBD|\xEF\xBF\xBD|\xEF\xBF\xBD");
    /* the neighbours of what is refused stay */
    const char *edges = "\xC2\xA0\xEF\xB7\x8F\xEF\xB7\xB0\xEF\xBF\xBD\xF0\x90\x80\x80";
    CHECK(charta_text_clean(edges, CHARTA_TEXT_XML, &b, NULL) == edges);
    /* invalid UTF-8 too, byte by byte */
    CHECK_STR(charta_text_clean("a\xF6\x01", CHARTA_TEXT_XML, &b, NULL),
              "a\xEF\xBF\xBD\xEF\xBF\xBD");
    charta_buf_free(&b);
}

TEST(xml_char_follows_the_xml_1_0_char_production_and_its_discouraged_list)
{
    CHECK(charta_text_xml_char('\t') && charta_text_xml_char('\n') && charta_text_xml_char('\r'));
    CHECK(charta_text_xml_char(' ') && charta_text_xml_char('~'));
    CHECK(!charta_text_xml_char(0) && !charta_text_xml_char(1) && !charta_text_xml_char(0x1F));
    CHECK(!charta_text_xml_char(0x7F) && !charta_text_xml_char(0x85));
    CHECK(!charta_text_xml_char(0x9F));
    CHECK(charta_text_xml_char(0xA0) && charta_text_xml_char(0xD7FF));
    CHECK(!charta_text_xml_char(0xD800) && !charta_text_xml_char(0xDFFF));
    CHECK(charta_text_xml_char(0xE000) && charta_text_xml_char(0xFDCF));
    CHECK(!charta_text_xml_char(0xFDD0) && !charta_text_xml_char(0xFDEF));
    CHECK(charta_text_xml_char(0xFDF0) && charta_text_xml_char(0xFFFD));
    CHECK(!charta_text_xml_char(0xFFFE) && !charta_text_xml_char(0xFFFF));
    CHECK(charta_text_xml_char(0x10000) && !charta_text_xml_char(0x10FFFF));
    CHECK(!charta_text_xml_char(0x2FFFE) && !charta_text_xml_char(0x110000));
}

TEST_MAIN()
