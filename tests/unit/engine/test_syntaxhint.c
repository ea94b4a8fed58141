/* Lua's syntax errors in plain words (syntaxhint.h). Each case gives the text and
 * the message Lua 5.4 raises for it (as luaL_loadbuffer words it, without the
 * "chunk:line: " prefix); test_engine and tests/errors check the same through the
 * real loader. */
#include "check.h"

#include "charta/syntaxhint.h"

static charta_syntax_hint hint;

static bool
explain(const char *text, const char *msg, int line)
{
    memset(&hint, 0, sizeof hint);
    return charta_syntax_explain(text, strlen(text), msg, line, &hint);
}

#define CHECK_AT(l, c)                                                                             \
    do {                                                                                           \
        CHECK_INT(hint.line, l);                                                                   \
        CHECK_INT(hint.col, c);                                                                    \
    } while (0)

TEST(a_missing_comma_before_a_field_is_shown_after_the_value_before_it)
{
    REQUIRE(explain("indicator \"x\" {\n"
                    "  title = \"X\",\n"
                    "  unit = \"%\"\n"
                    "  target = { year = 2030, value = 1 },\n"
                    "}\n",
                    "'}' expected (to close '{' at line 1) near 'target'", 4));
    CHECK_AT(3, 13);
    CHECK_STR(hint.message, "',' is missing here, before the field 'target' on line 4: the "
                            "fields of a table are separated by commas");
}

TEST(a_missing_comma_between_entries_of_a_list_or_tables)
{
    REQUIRE(explain("tags = { \"a\"\n  \"b\" }\n",
                    "'}' expected (to close '{' at line 1) near '\"b\"'", 2));
    CHECK_AT(1, 13);
    CHECK(strstr(hint.message, "before the next entry on line 2"));
    REQUIRE(explain("areas { list = {\n  { code = \"C\" }\n  { code = \"1\" },\n} }\n",
                    "'}' expected (to close '{' at line 1) near '{'", 3));
    CHECK_AT(2, 17);
    /* on one line: no line named */
    REQUIRE(explain("x = { 1 2 }", "'}' expected near '2'", 1));
    CHECK_AT(1, 8);
    CHECK(strstr(hint.message, "before the next entry: "));
}

TEST(a_missing_comma_between_values_names_the_value_after_it)
{
    /* the first 'd' on the line is read without a complaint: the second is meant */
    REQUIRE(explain("return per(d.population d.area_km2, 1000)", "')' expected near 'd'", 1));
    CHECK_AT(1, 24);
    CHECK_STR(hint.message, "',' is missing here, before 'd.area_km2': the values between '(' "
                            "and ')' are separated by commas");
}

TEST(a_string_escaped_in_the_message_is_found_by_its_quote)
{
    /* Lua quotes the string with its escape read: a real tab, not "\t" */
    REQUIRE(explain("t = { \"a\"\n  \"b\\tc\" }\n",
                    "'}' expected (to close '{' at line 1) near '\"b\tc\"'", 2));
    CHECK_AT(1, 10);
}

TEST(an_unclosed_brace_at_the_end_of_the_file_says_where_it_opened)
{
    REQUIRE(explain("indicator \"x\" {\n  title = \"X\",\n", "unexpected symbol near <eof>", 3));
    CHECK_AT(2, 15);
    CHECK_STR(hint.message, "'}' is missing at the end of the file: the '{' opened on line 1 "
                            "(column 15) is not closed");
    REQUIRE(explain("city (\n  { id = \"a\" }\n",
                    "')' expected (to close '(' at line 1) near <eof>", 3));
    CHECK_AT(2, 15);
    CHECK(strstr(hint.message, "the '(' opened on line 1 (column 6)"));
}

TEST(an_unclosed_inner_brace_is_found_by_the_indentation)
{
    REQUIRE(explain("indicator \"x\" {\n"
                    "  target = { year = 2030, value = 1,\n"
                    "  field = \"HF01\",\n"
                    "}\n",
                    "'}' expected (to close '{' at line 1) near <eof>", 5));
    CHECK_AT(2, 36);
    CHECK(strstr(hint.message, "judging by the indentation: the '{' opened on line 2 (column 12)"));
}

TEST(a_parenthesis_left_open_before_end_is_closed_after_the_value)
{
    REQUIRE(explain("f = function(d)\n  return per(d.a, d.b, 1000\nend\n",
                    "')' expected (to close '(' at line 2) near 'end'", 3));
    CHECK_AT(2, 28);
    CHECK_STR(hint.message,
              "')' is missing here: the '(' opened on line 2 (column 13) is not closed");
}

TEST(an_unfinished_string_is_shown_where_it_starts)
{
    REQUIRE(explain("x = {\n  title = \"Kaputt,\n  field = 1 }\n",
                    "unfinished string near '\"Kaputt,'", 2));
    CHECK_AT(2, 11);
    CHECK(strstr(hint.message, "no closing \""));
    REQUIRE(explain("x = 'abc", "unfinished string near <eof>", 1));
    CHECK_AT(1, 5);
    CHECK(strstr(hint.message, "no closing '"));
    REQUIRE(explain("x = {\n  note = [==[ text\n more\n",
                    "unfinished long string (starting at "
                    "line 2) near <eof>",
                    4));
    CHECK_AT(2, 10);
    CHECK(strstr(hint.message, "'[==[' is never closed with ']==]'"));
    REQUIRE(explain("--[[ a comment\nx = 1\n",
                    "unfinished long comment (starting at line 1) "
                    "near <eof>",
                    3));
    CHECK_AT(1, 1);
    CHECK(strstr(hint.message, "the comment"));
}

TEST(a_string_that_runs_on_to_the_next_quote_is_shown_where_it_starts)
{
    REQUIRE(explain("t = { de = \"Kaputt, en = \"Broken\" }", "'}' expected near 'Broken'", 1));
    CHECK_AT(1, 12);
    CHECK(strstr(hint.message, "runs on to the \" on column 26"));
}

TEST(an_assignment_in_a_condition_asks_for_two_equals_signs)
{
    REQUIRE(explain("local x = 1\nif x = 2 then x = 3 end\n", "'then' expected near '='", 2));
    CHECK_AT(2, 6);
    CHECK(strstr(hint.message, "write '=='"));
    REQUIRE(explain("while x = 2 do end", "'do' expected near '='", 1));
    CHECK_AT(1, 9);
    /* the '=' of 'local x = 1' before it on the line is not the one */
    REQUIRE(explain("local x = 1 if x = 2 then end", "'then' expected near '='", 1));
    CHECK_AT(1, 18);
    /* a for loop's '=' is no comparison */
    CHECK(!explain("for i = 1, 2 = 3 do end", "'do' expected near '='", 1));
}

TEST(a_stray_end_or_closing_bracket_is_shown_itself)
{
    REQUIRE(explain("t = {\n  f = function() end\n  end,\n}\n",
                    "'}' expected (to close '{' at line 1) near 'end'", 3));
    CHECK_AT(3, 3);
    CHECK(strstr(hint.message, "this 'end' has nothing to close"));
    REQUIRE(explain("local x = 1\nend\n", "<eof> expected near 'end'", 2));
    CHECK_AT(2, 1);
    REQUIRE(explain("x { a = 1 }\n}\n", "unexpected symbol near '}'", 2));
    CHECK_AT(2, 1);
    CHECK_STR(hint.message, "this '}' has no '{' to close: delete it");
    REQUIRE(explain("x = 1 )", "unexpected symbol near ')'", 1));
    CHECK_STR(hint.message, "this ')' has no '(' to close: delete it");
}

TEST(a_function_without_end_says_where_it_starts)
{
    REQUIRE(explain("t = {\n  compute = function(d)\n    return d.b\n}\n",
                    "'end' expected (to close 'function' at line 2) near '}'", 4));
    CHECK_AT(3, 15);
    CHECK_STR(hint.message, "'end' is missing here: the function that starts on line 2 "
                            "(column 13) is not closed");
    /* a comma after the body is passed over */
    REQUIRE(explain("t = {\n  f = function(d)\n    return d.b\n  ,\n}\n",
                    "unexpected symbol near '}'", 5));
    CHECK_AT(3, 15);
    REQUIRE(explain("local function f(x)\n  return x\nindicator \"y\" {}\n",
                    "'end' expected (to close 'function' at line 1) near 'indicator'", 3));
    CHECK_AT(2, 11);
    REQUIRE(explain("function f()\n  for i = 1, 2 do\n    x = i\n",
                    "'end' expected (to close 'for' "
                    "at line 2) near <eof>",
                    4));
    CHECK_AT(3, 10);
    CHECK(strstr(hint.message, "the 'for' loop on line 2 (column 3)"));
    REQUIRE(explain("repeat\n  x = 1\n",
                    "'until' expected (to close 'repeat' at line 1) near "
                    "<eof>",
                    3));
    CHECK(strstr(hint.message, "'until' is missing at the end of the file"));
}

TEST(a_forgotten_then_goes_after_the_condition)
{
    REQUIRE(explain("if x == 2\n  print(1)\nend\n", "'then' expected near 'print'", 2));
    CHECK_AT(1, 10);
    CHECK_STR(hint.message, "'then' is missing here, after the condition of the 'if' on line 1");
    REQUIRE(explain("if a then b() elseif c > 1 return end", "'then' expected near 'return'", 1));
    CHECK_AT(1, 27);
    CHECK(strstr(hint.message, "the 'elseif' on line 1"));
}

TEST(columns_count_characters_and_tabs_and_lines_end_as_lua_counts_them)
{
    /* "ä" is one character; a tab goes to column 9 */
    REQUIRE(explain("t = {\r\n\ta = \"ä\"\r\n\tb = 1 }",
                    "'}' expected (to close '{' at line 1) "
                    "near 'b'",
                    3));
    CHECK_AT(2, 16);
}

TEST(what_is_not_known_is_left_to_lua)
{
    CHECK(!explain("t = { \"a\" = 1 }", "'}' expected near '='", 1));
    CHECK(!explain("x = = 1", "unexpected symbol near '='", 1));
    /* a message that does not fit the text */
    CHECK(!explain("x = 1", "'}' expected near 'target'", 1));
    CHECK(!explain("x = 1", "malformed number near '1x'", 1));
    CHECK(!explain("", "unexpected symbol near <eof>", 1));
    CHECK(!charta_syntax_explain(NULL, 0, "x", 1, &hint));
}

TEST_MAIN();
