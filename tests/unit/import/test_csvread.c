#include "check.h"

#include "charta/csvread.h"

static charta_csvread *
reader(const char *text, char delim)
{
    charta_csv_opts o = {.delimiter = delim};
    return charta_csvread_new(text, strlen(text), 1, &o);
}

TEST(records_carry_their_start_line_after_a_quoted_newline)
{
    const char *text = "a,b\n"
                       "\"two\nlines\",x\n"
                       "c,d\n";
    charta_csvread *r = reader(text, ',');
    REQUIRE(r);
    const charta_csv_record *rec;
    charta_csv_error err;
    CHECK_INT(charta_csvread_next(r, &rec, &err), CHARTA_CSV_RECORD);
    CHECK_INT(rec->line, 1);
    CHECK_INT(charta_csvread_next(r, &rec, &err), CHARTA_CSV_RECORD);
    CHECK_INT(rec->line, 2);
    CHECK_INT(rec->last_line, 3);
    CHECK_INT(rec->n, 2);
    CHECK_STR(rec->fields[0], "two\nlines");
    CHECK_INT(rec->lens[0], 9);
    CHECK_INT(charta_csvread_next(r, &rec, &err), CHARTA_CSV_RECORD);
    CHECK_INT(rec->line, 4);
    CHECK_STR(rec->fields[1], "d");
    CHECK_INT(charta_csvread_next(r, &rec, &err), CHARTA_CSV_EOF);
    charta_csvread_free(r);
}

TEST(error_after_a_quoted_newline_has_the_right_line)
{
    const char *text = "h1;h2\n"
                       "\"x\ny\";1\n"
                       "ok;2\n"
                       "\"ab\"c;3\n";
    charta_csvread *r = reader(text, ';');
    const charta_csv_record *rec;
    charta_csv_error err;
    for (int i = 0; i < 3; i++)
        CHECK_INT(charta_csvread_next(r, &rec, &err), CHARTA_CSV_RECORD);
    CHECK_INT(charta_csvread_next(r, &rec, &err), CHARTA_CSV_E_SYNTAX);
    CHECK_INT(err.line, 5);
    CHECK_INT(err.field, 1);
    CHECK_STR(err.message, "field 1: text after the closing quote of a quoted field (a quote "
                           "inside a quoted field must be doubled)");
    CHECK_INT(charta_csvread_next(r, &rec, &err), CHARTA_CSV_EOF);
    charta_csvread_free(r);
}

TEST(unterminated_quote_at_eof_reports_the_record_start_line)
{
    const char *text = "a,b\n"
                       "1,2\n"
                       "3,\"open\n"
                       "more\n"
                       "text\n";
    charta_csvread *r = reader(text, ',');
    const charta_csv_record *rec;
    charta_csv_error err;
    CHECK_INT(charta_csvread_next(r, &rec, &err), CHARTA_CSV_RECORD);
    CHECK_INT(charta_csvread_next(r, &rec, &err), CHARTA_CSV_RECORD);
    CHECK_INT(charta_csvread_next(r, &rec, &err), CHARTA_CSV_E_UNTERMINATED);
    CHECK_INT(err.line, 3);
    CHECK_INT(err.field, 2);
    CHECK_STR(err.message, "quoted field 2 opened on line 3 is not closed");
    CHECK_INT(charta_csvread_next(r, &rec, &err), CHARTA_CSV_EOF);
    charta_csvread_free(r);
}

TEST(quote_inside_unquoted_field_is_rejected_and_reading_goes_on)
{
    const char *text = "a,b\n"
                       "ab\"c,d\n"
                       "e,f\n";
    charta_csvread *r = reader(text, ',');
    const charta_csv_record *rec;
    charta_csv_error err;
    CHECK_INT(charta_csvread_next(r, &rec, &err), CHARTA_CSV_RECORD);
    CHECK_INT(charta_csvread_next(r, &rec, &err), CHARTA_CSV_E_SYNTAX);
    CHECK_INT(err.line, 2);
    CHECK_STR(err.message, "field 1: a quote inside an unquoted field (quote the whole field and "
                           "double the inner quotes)");
    REQUIRE(charta_csvread_next(r, &rec, &err) == CHARTA_CSV_RECORD);
    CHECK_INT(rec->line, 3);
    CHECK_STR(rec->fields[0], "e");
    charta_csvread_free(r);
}

TEST(crlf_blank_lines_and_a_missing_final_newline)
{
    const char *text = "a;b\r\n"
                       "\r\n"
                       "   \r\n"
                       " c ; \"d;e\" \r\n"
                       ";\r\n"
                       "\"q\"\"x\";last";
    charta_csvread *r = reader(text, ';');
    const charta_csv_record *rec;
    CHECK_INT(charta_csvread_next(r, &rec, NULL), CHARTA_CSV_RECORD);
    CHECK_STR(rec->fields[1], "b");
    REQUIRE(charta_csvread_next(r, &rec, NULL) == CHARTA_CSV_RECORD);
    CHECK_INT(rec->line, 4);
    CHECK_INT(rec->n, 2);
    CHECK_STR(rec->fields[0], "c");
    CHECK_STR(rec->fields[1], "d;e");
    REQUIRE(charta_csvread_next(r, &rec, NULL) == CHARTA_CSV_RECORD);
    CHECK_INT(rec->line, 5);
    CHECK_INT(rec->n, 2);
    CHECK_STR(rec->fields[0], "");
    REQUIRE(charta_csvread_next(r, &rec, NULL) == CHARTA_CSV_RECORD);
    CHECK_INT(rec->line, 6);
    CHECK_STR(rec->fields[0], "q\"x");
    CHECK_STR(rec->fields[1], "last");
    CHECK_INT(charta_csvread_next(r, &rec, NULL), CHARTA_CSV_EOF);
    charta_csvread_free(r);
}

TEST(quoted_crlf_line_break_reads_as_lf)
{
    charta_csvread *r = reader("\"a\r\nb\",c\r\n", ',');
    const charta_csv_record *rec;
    REQUIRE(charta_csvread_next(r, &rec, NULL) == CHARTA_CSV_RECORD);
    CHECK_STR(rec->fields[0], "a\nb");
    charta_csvread_free(r);
}

TEST(a_lone_cr_ends_a_line_and_counts_in_line_numbers)
{
    /* an old Mac export: CR only, a blank line, a quoted CR line break */
    const char *text = "a;b\r"
                       "1;2\r"
                       "\r"
                       "\"x\ry\";3\r"
                       "4;\"ab\"c\r"
                       "5;6";
    charta_csvread *r = reader(text, ';');
    const charta_csv_record *rec;
    charta_csv_error err;
    REQUIRE(charta_csvread_next(r, &rec, &err) == CHARTA_CSV_RECORD);
    CHECK_INT(rec->line, 1);
    CHECK_INT(rec->n, 2);
    CHECK_STR(rec->fields[1], "b");
    REQUIRE(charta_csvread_next(r, &rec, &err) == CHARTA_CSV_RECORD);
    CHECK_INT(rec->line, 2);
    CHECK_STR(rec->fields[1], "2");
    REQUIRE(charta_csvread_next(r, &rec, &err) == CHARTA_CSV_RECORD);
    CHECK_INT(rec->line, 4);
    CHECK_INT(rec->last_line, 5);
    CHECK_STR(rec->fields[0], "x\ny");
    CHECK_STR(rec->fields[1], "3");
    CHECK_INT(charta_csvread_next(r, &rec, &err), CHARTA_CSV_E_SYNTAX);
    CHECK_INT(err.line, 6);
    CHECK_INT(err.field, 2);
    REQUIRE(charta_csvread_next(r, &rec, &err) == CHARTA_CSV_RECORD);
    CHECK_INT(rec->line, 7);
    CHECK_STR(rec->fields[1], "6");
    CHECK_INT(charta_csvread_next(r, &rec, &err), CHARTA_CSV_EOF);
    charta_csvread_free(r);
}

TEST(cr_lf_and_crlf_mixed_in_one_file_each_end_one_line)
{
    const char *text = "a,b\r\n1,2\r3,4\n5,6\r\r\n7,8\r";
    charta_csvread *r = reader(text, ',');
    const charta_csv_record *rec;
    int want_line[] = {1, 2, 3, 4, 6};
    const char *want_b[] = {"b", "2", "4", "6", "8"};
    for (int i = 0; i < 5; i++) {
        REQUIRE(charta_csvread_next(r, &rec, NULL) == CHARTA_CSV_RECORD);
        CHECK_INT(rec->line, want_line[i]);
        CHECK_INT(rec->n, 2);
        CHECK_STR(rec->fields[1], want_b[i]);
    }
    CHECK_INT(charta_csvread_next(r, &rec, NULL), CHARTA_CSV_EOF);
    charta_csvread_free(r);
}

TEST(peek_line_shows_raw_lines_between_records)
{
    const char *text = "Title \"quoted\" text;;\n"
                       "a;b\n"
                       "____\n"
                       "\"note\non two lines\"\n";
    charta_csvread *r = reader(text, ';');
    const char *s;
    size_t n;
    int line;
    REQUIRE(charta_csvread_peek_line(r, &s, &n, &line));
    CHECK_INT(line, 1);
    CHECK_INT(n, strlen("Title \"quoted\" text;;"));
    charta_csvread_skip_line(r);
    const charta_csv_record *rec;
    REQUIRE(charta_csvread_next(r, &rec, NULL) == CHARTA_CSV_RECORD);
    CHECK_INT(rec->line, 2);
    REQUIRE(charta_csvread_peek_line(r, &s, &n, &line));
    CHECK_INT(line, 3);
    CHECK(n == 4 && memcmp(s, "____", 4) == 0);
    charta_csvread_skip_line(r);
    REQUIRE(charta_csvread_next(r, &rec, NULL) == CHARTA_CSV_RECORD);
    CHECK_INT(rec->line, 4);
    CHECK_STR(rec->fields[0], "note\non two lines");
    CHECK(!charta_csvread_peek_line(r, &s, &n, &line));
    charta_csvread_free(r);
}

TEST(field_size_and_count_are_capped)
{
    charta_csv_opts o = {.delimiter = ',', .max_field = 10, .max_fields = 3};
    const char *text = "a,b,c\n1,2,3,4\nx,y\n0123456789A,b\nz\n";
    charta_csvread *r = charta_csvread_new(text, strlen(text), 1, &o);
    const charta_csv_record *rec;
    charta_csv_error err;
    CHECK_INT(charta_csvread_next(r, &rec, &err), CHARTA_CSV_RECORD);
    CHECK_INT(charta_csvread_next(r, &rec, &err), CHARTA_CSV_E_FIELD_COUNT);
    CHECK_INT(err.line, 2);
    CHECK_STR(err.message, "more than 3 fields in one record");
    CHECK_INT(charta_csvread_next(r, &rec, &err), CHARTA_CSV_RECORD);
    CHECK_INT(rec->line, 3);
    CHECK_INT(charta_csvread_next(r, &rec, &err), CHARTA_CSV_E_FIELD_SIZE);
    CHECK_INT(err.line, 4);
    CHECK_INT(err.field, 1);
    CHECK_INT(charta_csvread_next(r, &rec, &err), CHARTA_CSV_EOF);
    charta_csvread_free(r);
}

TEST(a_five_mib_quoted_field_stops_at_the_hard_cap)
{
    size_t big = 5u << 20;
    char *text = malloc(big + 16);
    REQUIRE(text);
    strcpy(text, "a\n\"");
    memset(text + 3, 'x', big);
    strcpy(text + 3 + big, "\"\n");
    charta_csvread *r = charta_csvread_new(text, strlen(text), 1, NULL);
    const charta_csv_record *rec;
    charta_csv_error err;
    CHECK_INT(charta_csvread_next(r, &rec, &err), CHARTA_CSV_RECORD);
    CHECK_INT(charta_csvread_next(r, &rec, &err), CHARTA_CSV_E_FIELD_SIZE);
    CHECK_INT(err.line, 2);
    CHECK_INT(charta_csvread_next(r, &rec, &err), CHARTA_CSV_EOF);
    charta_csvread_free(r);
    free(text);
}

TEST(first_line_number_can_be_offset)
{
    charta_csvread *r = charta_csvread_new("x\n", 2, 40, NULL);
    const charta_csv_record *rec;
    REQUIRE(charta_csvread_next(r, &rec, NULL) == CHARTA_CSV_RECORD);
    CHECK_INT(rec->line, 40);
    charta_csvread_free(r);
}

TEST_MAIN()
