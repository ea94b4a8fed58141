/* Where keys and values of table constructors are written (keyline.h). */
#include "check.h"

#include "charta/keyline.h"

static const charta_kl_table *
first_table(charta_kl_doc *d, int line)
{
    size_t n;
    const charta_kl_table *const *t = charta_kl_tables_at(d, line, 4, 2, &n);
    return n ? t[0] : NULL;
}

TEST(keys_and_values_have_their_own_line_and_column)
{
    const char *text = "indicator \"mob\" {\n"
                       "  title = \"Mobilität\",\n"
                       "  direction = \"upp\",\n"
                       "\ttraget = { year = 2030, value = 3 },\n"
                       "}\n";
    charta_kl_doc *d = charta_kl_doc_new(text, strlen(text));
    const charta_kl_table *t = first_table(d, 1);
    REQUIRE(t);
    CHECK(t->n == 3);
    const charta_kl_field *f = charta_kl_find(t, "direction", 0);
    REQUIRE(f);
    CHECK(f->key.line == 3 && f->key.col == 3);
    CHECK(f->value.line == 3 && f->value.col == 15);
    CHECK_STR(f->string, "upp");
    f = charta_kl_find(t, "traget", 0);
    REQUIRE(f && f->table);
    CHECK(f->key.line == 4 && f->key.col == 9); /* a tab goes to column 9 */
    const charta_kl_field *v = charta_kl_find(f->table, "value", 0);
    REQUIRE(v);
    CHECK(v->key.line == 4 && v->key.col == 33);
    /* columns count characters: the ä of the title is one */
    f = charta_kl_find(t, "title", 0);
    CHECK(f && f->value.col == 11 && strcmp(f->string, "Mobilität") == 0);
    charta_kl_doc_free(d);
}

TEST(strings_comments_and_functions_do_not_confuse_the_fields)
{
    const char *text = "-- a comment with { braces and key = \"value\"\n"
                       "--[==[ a long comment\n"
                       "  colum = 1 }\n"
                       "]==]\n"
                       "source \"kfz\" { file = \"a,b}.csv\", note = [[ x = {\n"
                       "]], compute = function(d) local a, b = 1, 2\n"
                       "  if a then return { x = 1 } end\n"
                       "  for i = 1, 2 do b = b + i end\n"
                       "  repeat a = a + 1 until a > 3\n"
                       "  return a, b end,\n"
                       "  ['weird key'] = 'a\\'b', [3] = true, \"pos\";\n"
                       "  variables = { pkw = { column = \"PKW\" } } }\n";
    charta_kl_doc *d = charta_kl_doc_new(text, strlen(text));
    const charta_kl_table *t = first_table(d, 5);
    REQUIRE(t);
    CHECK(t->open.line == 5 && t->open.col == 14);
    CHECK(!charta_kl_find(t, "colum", 0));
    CHECK(!charta_kl_find(t, "x", 0));
    const charta_kl_field *f = charta_kl_find(t, "file", 0);
    CHECK(f && strcmp(f->string, "a,b}.csv") == 0);
    f = charta_kl_find(t, "note", 0);
    CHECK(f && strcmp(f->string, " x = {\n") == 0);
    f = charta_kl_find(t, "compute", 0);
    CHECK(f && f->value.line == 6 && !f->string && !f->table);
    f = charta_kl_find(t, "weird key", 0);
    CHECK(f && f->key.line == 11 && f->key.col == 3 && strcmp(f->string, "a'b") == 0);
    f = charta_kl_find(t, NULL, 3);
    CHECK(f && f->key.col == 27);
    f = charta_kl_find(t, NULL, 1);
    CHECK(f && strcmp(f->string, "pos") == 0 && f->key.col == 39);
    f = charta_kl_find(t, "variables", 0);
    REQUIRE(f && f->table);
    f = charta_kl_find(f->table, "pkw", 0);
    REQUIRE(f && f->table);
    f = charta_kl_find(f->table, "column", 0);
    CHECK(f && f->key.line == 12 && f->key.col == 25 && f->value.col == 34);
    charta_kl_doc_free(d);
}

TEST(line_ends_count_as_lua_counts_them)
{
    /* "\r\n" and "\n\r" are one line end, a lone "\r" is one too */
    const char *text =
        "city {\r\n  id = 'a',\n\r  name = 'b',\r  code = \"c\\\nd\",\n  years = 1 }";
    charta_kl_doc *d = charta_kl_doc_new(text, strlen(text));
    const charta_kl_table *t = first_table(d, 1);
    REQUIRE(t);
    CHECK(charta_kl_find(t, "id", 0)->key.line == 2);
    CHECK(charta_kl_find(t, "name", 0)->key.line == 3);
    CHECK(charta_kl_find(t, "code", 0)->key.line == 4);
    CHECK_STR(charta_kl_find(t, "code", 0)->string, "c\nd");
    CHECK(charta_kl_find(t, "years", 0)->key.line == 6);
    charta_kl_doc_free(d);
}

TEST(several_constructors_from_a_line_are_candidates_in_order)
{
    const char *text = "field 'a' { title = 'A' } field 'b' { title = 'B' }\n"
                       "indicator 'x' (t)\n"
                       "indicator 'y' { title = 'Y' }\n";
    charta_kl_doc *d = charta_kl_doc_new(text, strlen(text));
    size_t n;
    const charta_kl_table *const *t = charta_kl_tables_at(d, 1, 8, 0, &n);
    REQUIRE(n == 2);
    CHECK_STR(charta_kl_find(t[1], "title", 0)->string, "B");
    /* a table that is not written at the call is not found on its line */
    t = charta_kl_tables_at(d, 2, 8, 0, &n);
    CHECK(n == 0);
    t = charta_kl_tables_at(d, 2, 8, 1, &n);
    CHECK(n == 1 && t[0]->open.line == 3);
    charta_kl_doc_free(d);
}

TEST(a_broken_or_unclosed_text_finds_nothing)
{
    const char *texts[] = {"city { id = 'a'", "city { id = 'a }",    "city { id = [[ x }",
                           "city { a = (1 }", "--[[ city { a = 1 }", "city { [1 = 2 }"};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        charta_kl_doc *d = charta_kl_doc_new(texts[i], strlen(texts[i]));
        CHECK(first_table(d, 1) == NULL);
        charta_kl_doc_free(d);
    }
    charta_kl_doc_free(NULL);
}

TEST(deep_nesting_is_parsed_to_a_bound_and_passed_over_below_it)
{
    char text[2000] = "a { b = ";
    for (int i = 0; i < 200; i++)
        strcat(text, "{ ");
    for (int i = 0; i < 200; i++)
        strcat(text, "} ");
    strcat(text, ", c = 1 }");
    charta_kl_doc *d = charta_kl_doc_new(text, strlen(text));
    const charta_kl_table *t = first_table(d, 1);
    REQUIRE(t);
    CHECK(charta_kl_find(t, "c", 0) != NULL);
    charta_kl_doc_free(d);
}

TEST_MAIN()
