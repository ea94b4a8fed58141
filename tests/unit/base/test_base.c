#include "check.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "charta/diag.h"
#include "charta/hashtab.h"
#include "charta/status.h"
#include "charta/util.h"

TEST(exit_codes_follow_sysexits)
{
    CHECK_INT(charta_status_exit_code(CHARTA_OK), 0);
    CHECK_INT(charta_status_exit_code(CHARTA_ERR_USAGE), 64);
    CHECK_INT(charta_status_exit_code(CHARTA_ERR_DATA), 65);
    CHECK_INT(charta_status_exit_code(CHARTA_ERR_NOINPUT), 66);
    CHECK_INT(charta_status_exit_code(CHARTA_ERR_INTERNAL), 70);
    CHECK_INT(charta_status_exit_code(CHARTA_ERR_NOMEM), 71);
    CHECK_INT(charta_status_exit_code(CHARTA_ERR_CANTCREATE), 73);
    CHECK_INT(charta_status_exit_code(CHARTA_ERR_IO), 74);
    CHECK_INT(charta_status_exit_code(CHARTA_ERR_LOCKED), 75);
    CHECK_INT(charta_status_exit_code(CHARTA_ERR_SCRIPT), 78);
    CHECK_INT(charta_status_exit_code(CHARTA_ERR_LIMIT), 78);
}

TEST(diags_keep_location_and_first_error_status)
{
    charta_diags *d = charta_diags_new();
    charta_diag_warning(d, "a.csv", 3, 0, "odd value %d", 7);
    CHECK_INT(charta_diags_status(d), CHARTA_OK);
    charta_diag_error(d, CHARTA_ERR_DATA, "b.csv", 12, 4, "bad %s", "number");
    charta_diag_error(d, CHARTA_ERR_SCRIPT, "c.lua", 1, 0, "later");
    CHECK_INT(charta_diags_status(d), CHARTA_ERR_DATA);
    CHECK_INT(charta_diags_errors(d), 2);
    CHECK_INT(charta_diags_warnings(d), 1);
    const charta_diag *e = charta_diags_get(d, 1);
    CHECK_STR(e->file, "b.csv");
    CHECK_INT(e->line, 12);
    CHECK_INT(e->col, 4);
    CHECK_STR(e->message, "bad number");
    charta_diags_free(d);
}

TEST(suggest_finds_the_closest_name_within_a_third_of_its_length)
{
    const char *names[] = {"title", "field", "unit", "decimals", "direction"};
    CHECK_STR(charta_suggest("titel", names, 5), "title");
    CHECK_STR(charta_suggest("decimal", names, 5), "decimals");
    CHECK(charta_suggest("colour", names, 5) == NULL);
}

TEST(suggest_prefers_a_name_equal_but_for_case)
{
    /* "PKW" is two edits from "Pkw", beyond a third of three letters: case first */
    const char *cols[] = {"Gebiet", "Jahr", "Pkw", "PKW-Dichte"};
    CHECK_STR(charta_suggest("PKW", cols, 4), "Pkw");
    CHECK_STR(charta_suggest("pkw", cols, 4), "Pkw");
    CHECK_STR(charta_suggest("JAHR", cols, 4), "Jahr");
    /* Latin-1 letters fold too; a distance counts characters, not bytes */
    const char *de[] = {"Einwohner", "Fläche", "Bevölkerung"};
    CHECK_STR(charta_suggest("FLÄCHE", de, 3), "Fläche");
    CHECK_STR(charta_suggest("Flache", de, 3), "Fläche");
    CHECK_STR(charta_suggest("Bevolkerung", de, 3), "Bevölkerung");
    CHECK_STR(charta_suggest("einwohnr", de, 3), "Einwohner");
    CHECK(charta_suggest("bevoelkerung", (const char *const[]){"population"}, 1) == NULL);
    CHECK(charta_suggest("", de, 3) == NULL);
}

TEST(edit_distance_counts_characters_and_swaps)
{
    CHECK_INT(charta_edit_distance("titel", "title", 3), 1);
    CHECK_INT(charta_edit_distance("Fläche", "Flache", 3), 1);
    CHECK_INT(charta_edit_distance("ä", "a", 3), 1);
    CHECK_INT(charta_edit_distance("Pkw", "PKW", 3), 2);
    CHECK_INT(charta_edit_distance("abc", "abcdefgh", 2), 3); /* past the cap: cap + 1 */
    CHECK_INT(charta_edit_distance("", "", 0), 0);
}

TEST(format_double_is_shortest_round_trip_in_c_locale)
{
    char buf[32];
    CHECK_STR(charta_format_double(0.1, buf), "0.1");
    CHECK_STR(charta_format_double(1514.7, buf), "1514.7");
    CHECK_STR(charta_format_double(1.0 / 3.0, buf), "0.3333333333333333");
    CHECK_STR(charta_format_double(-0.0, buf), "0");
    CHECK_STR(charta_format_double(82175684, buf), "82175684");
    CHECK_STR(charta_format_double(1e21, buf), "1e+21");
    CHECK_STR(charta_format_double(0.0001, buf), "0.0001");
    CHECK_STR(charta_format_double(-0.00012, buf), "-0.00012");
    CHECK_STR(charta_format_double(999999999999999.0, buf), "999999999999999");
    CHECK_STR(charta_format_double(1e15, buf), "1e+15");
    CHECK_STR(charta_format_double(-575.8, buf), "-575.8");
}

/* What "%.15g".."%.17g" write, the first that reads back: the definition the fast
 * path must meet. */
static const char *
reference_text(double x, char out[32])
{
    if (x == 0)
        return strcpy(out, "0");
    for (int prec = 15; prec <= 17; prec++) {
        snprintf(out, 32, "%.*g", prec, x);
        if (strtod(out, NULL) == x)
            break;
    }
    return out;
}

static uint64_t
next_random(uint64_t *s) /* splitmix64 */
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

TEST(format_double_writes_what_printf_writes_for_two_million_numbers)
{
    /* statistics' own numbers (integers and decimals of up to 15 digits, every scale),
     * any double from its bits, and the neighbours of both: each written as the
     * "%.15g".."%.17g" loop writes it, and read back exactly */
    static const double p10[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};
    uint64_t seed = 20261206;
    char got[32], want[32];
    long bad = 0;
    for (long i = 0; i < 2000000; i++) {
        uint64_t r = next_random(&seed);
        double x;
        switch (i % 4) {
        case 0: /* n / 10^k, n up to 15 digits */
            x = (double)(int64_t)(r % 1000000000000000u) / p10[(r >> 50) % 9];
            break;
        case 1: /* a short decimal, as a table holds them */
            x = (double)(int64_t)(r % 100000000u) / p10[(r >> 40) % 5];
            break;
        case 2: { /* any finite double */
            memcpy(&x, &r, sizeof x);
            if (x != x || x - x != 0)
                x = 1.5;
            break;
        }
        default: { /* a neighbour of a decimal: one ulp away */
            double d = (double)(int64_t)(r % 10000000u) / p10[(r >> 45) % 7];
            uint64_t b;
            memcpy(&b, &d, sizeof b);
            b += (r >> 63) ? 1 : (b ? -1 : 1);
            memcpy(&x, &b, sizeof x);
            break;
        }
        }
        if (r & 1u << 20)
            x = -x;
        charta_format_double(x, got);
        reference_text(x, want);
        if (strcmp(got, want) != 0 || strtod(got, NULL) != (x == 0 ? 0 : x)) {
            if (bad++ < 5)
                fprintf(stderr, "%.17g: got %s, printf writes %s\n", x, got, want);
        }
    }
    CHECK_INT(bad, 0);
}

TEST(utf8_validation_reports_the_first_bad_byte)
{
    size_t off = 0;
    CHECK(charta_utf8_valid("Gr\xc3\xbc\xc3\x9f", 6, &off));
    CHECK(!charta_utf8_valid("ab\xfc"
                             "c",
                             4, &off));
    CHECK_INT(off, 2);
    CHECK(!charta_utf8_valid("a\xc3", 2, &off));
    CHECK_INT(off, 1);
    CHECK(!charta_utf8_valid("\xed\xa0\x80", 3, &off)); /* surrogate */
    CHECK(!charta_utf8_valid("\xc0\xaf", 2, &off));     /* overlong */
}

TEST(buffer_grows_and_hands_over)
{
    charta_buf b = {0};
    for (int i = 0; i < 1000; i++)
        charta_buf_printf(&b, "%d,", i);
    char *s = charta_buf_take(&b);
    REQUIRE(s);
    CHECK(strncmp(s, "0,1,2,", 6) == 0);
    CHECK_INT(strlen(s), 3890);
    free(s);
}

TEST(strpool_stores_each_text_once_and_keeps_its_pointers)
{
    charta_strpool *p = charta_strpool_new();
    REQUIRE(p);
    const char *first = charta_strpool_intern(p, "direction is none");
    REQUIRE(first);
    char text[40];
    snprintf(text, sizeof text, "direction is %s", "none");
    CHECK(charta_strpool_intern(p, text) == first); /* equal text, same pointer */
    CHECK(charta_strpool_intern(p, "") != first);
    /* enough texts to grow the table and fill several chunks, one longer
     * than a chunk: the early pointers stay valid and equal */
    const char *kept[3000];
    for (int i = 0; i < 3000; i++) {
        snprintf(text, sizeof text, "target %d reached", i);
        kept[i] = charta_strpool_intern(p, text);
        REQUIRE(kept[i]);
    }
    char *big = malloc(40000);
    REQUIRE(big);
    memset(big, 'x', 39999);
    big[39999] = '\0';
    const char *b = charta_strpool_intern(p, big);
    REQUIRE(b);
    CHECK(strcmp(b, big) == 0 && b != big);
    free(big);
    for (int i = 0; i < 3000; i++) {
        snprintf(text, sizeof text, "target %d reached", i);
        CHECK_STR(kept[i], text);
        CHECK(charta_strpool_intern(p, text) == kept[i]);
    }
    CHECK_STR(first, "direction is none");
    charta_strpool_free(p);
    charta_strpool_free(NULL);
}

TEST(utf8_decode_gives_the_code_point_and_length_or_zero)
{
    unsigned cp = 7;
    CHECK_INT(charta_utf8_decode("A", 1, &cp), 1);
    CHECK_INT(cp, 'A');
    CHECK_INT(charta_utf8_decode("\xc3\xbc!", 3, &cp), 2);
    CHECK_INT(cp, 0xFC);
    CHECK_INT(charta_utf8_decode("\xe2\x88\x92", 3, &cp), 3);
    CHECK_INT(cp, 0x2212);
    CHECK_INT(charta_utf8_decode("\xf0\x9f\x98\x80", 4, &cp), 4);
    CHECK_INT(cp, 0x1F600);
    cp = 7;
    CHECK_INT(charta_utf8_decode("\xe2\x88\x92", 2, &cp), 0);     /* cut by n */
    CHECK_INT(charta_utf8_decode("\x80", 1, &cp), 0);             /* stray continuation */
    CHECK_INT(charta_utf8_decode("\xc3(", 2, &cp), 0);            /* no continuation */
    CHECK_INT(charta_utf8_decode("\xc0\xaf", 2, &cp), 0);         /* overlong */
    CHECK_INT(charta_utf8_decode("\xe0\x80\xaf", 3, &cp), 0);     /* overlong */
    CHECK_INT(charta_utf8_decode("\xed\xa0\x80", 3, &cp), 0);     /* surrogate */
    CHECK_INT(charta_utf8_decode("\xf4\x90\x80\x80", 4, &cp), 0); /* past U+10FFFF */
    CHECK_INT(charta_utf8_decode("\xf8\x88\x80\x80\x80", 5, &cp), 0);
    CHECK_INT(cp, 7); /* untouched when 0 */
}

TEST(dates_are_checked_against_the_calendar_and_a_first_year)
{
    int y = 0, m = 0, d = 0;
    CHECK(charta_date_parse("2025-03-31", 1900, &y, &m, &d));
    CHECK(y == 2025 && m == 3 && d == 31);
    CHECK(charta_date_parse("2024-02-29", 1900, NULL, NULL, NULL));
    CHECK(charta_date_parse("2000-02-29", 1900, NULL, NULL, NULL));
    CHECK(!charta_date_parse("2023-02-29", 1900, NULL, NULL, NULL));
    CHECK(!charta_date_parse("1900-02-29", 1900, NULL, NULL, NULL));
    CHECK(!charta_date_parse("2025-04-31", 1900, NULL, NULL, NULL));
    CHECK(!charta_date_parse("2025-13-01", 1900, NULL, NULL, NULL));
    CHECK(!charta_date_parse("2025-00-10", 1900, NULL, NULL, NULL));
    CHECK(charta_date_parse("1980-01-01", 1980, NULL, NULL, NULL));
    CHECK(!charta_date_parse("1979-12-31", 1980, NULL, NULL, NULL));
    CHECK(!charta_date_parse("2025-1-1", 1900, NULL, NULL, NULL));
    CHECK(!charta_date_parse("2025-01-01x", 1900, NULL, NULL, NULL));
    CHECK(!charta_date_parse("2025-1- 01", 1900, NULL, NULL, NULL)); /* dashes at 4 and 7 */
    CHECK(!charta_date_parse("2025/01/01", 1900, NULL, NULL, NULL));
    CHECK(!charta_date_parse("", 1900, NULL, NULL, NULL));
    CHECK(!charta_date_parse(NULL, 1900, NULL, NULL, NULL));
}

TEST(dir_empty_tells_empty_full_and_absent_folders_apart)
{
    char dir[] = "/tmp/charta-test-XXXXXX";
    REQUIRE(mkdtemp(dir));
    CHECK_INT(charta_dir_empty(dir), 1);
    char *f = charta_path_join(dir, ".hidden");
    REQUIRE(f);
    FILE *fp = fopen(f, "w");
    REQUIRE(fp);
    fclose(fp);
    CHECK_INT(charta_dir_empty(dir), 0); /* a dot file counts */
    remove(f);
    free(f);
    CHECK_INT(rmdir(dir), 0);
    errno = 0;
    CHECK_INT(charta_dir_empty(dir), -1);
    CHECK_INT(errno, ENOENT);
}

/* Entries of the hash table tests: keys in an array the test owns. */
static const char *
key_at(const void *ctx, size_t i)
{
    return ((const char *const *)ctx)[i];
}

TEST(hashtab_finds_each_key_and_the_first_of_equal_keys)
{
    const char *keys[] = {"Neustadt", "Altstadt", NULL, "Neustadt", "Süd"};
    charta_hashtab t = {.key = key_at, .ctx = keys};
    size_t i = 99;
    CHECK(!charta_hashtab_find(&t, "Neustadt", &i)); /* empty */
    for (size_t k = 0; k < 5; k++)
        if (keys[k])
            REQUIRE(charta_hashtab_add(&t, k, k + 1));
    CHECK(charta_hashtab_find(&t, "Neustadt", &i) && i == 0);
    CHECK(charta_hashtab_find(&t, "Süd", &i) && i == 4);
    CHECK(!charta_hashtab_find(&t, "Nord", &i));
    /* an entry that gets its key late is found after those indexed before */
    keys[2] = "Altstadt";
    REQUIRE(charta_hashtab_add(&t, 2, 5));
    CHECK(charta_hashtab_find(&t, "Altstadt", &i) && i == 1);
    /* a rebuild indexes in order: the lowest number wins */
    keys[1] = NULL;
    REQUIRE(charta_hashtab_rebuild(&t, 5));
    CHECK(charta_hashtab_find(&t, "Altstadt", &i) && i == 2);
    CHECK_INT(t.cap, 64);
    charta_hashtab_free(&t);
    CHECK(!charta_hashtab_find(&t, "Süd", &i));
}

TEST(hashtab_grows_to_keep_half_its_slots_free)
{
    enum { N = 5000 };
    static char text[N][16];
    static const char *keys[N];
    charta_hashtab t = {.key = key_at, .ctx = keys};
    for (size_t k = 0; k < N; k++) {
        snprintf(text[k], sizeof text[k], "area %zu", k);
        keys[k] = text[k];
        REQUIRE(charta_hashtab_add(&t, k, k + 1));
        CHECK(2 * (k + 1) <= t.cap);
    }
    CHECK_INT(t.cap, 16384);
    size_t i, found = 0;
    for (size_t k = 0; k < N; k++)
        found += charta_hashtab_find(&t, text[k], &i) && i == k;
    CHECK_INT(found, N);
    REQUIRE(charta_hashtab_rebuild(&t, N));
    CHECK_INT(t.cap, 16384);
    CHECK(charta_hashtab_find(&t, "area 4999", &i) && i == 4999);
    charta_hashtab_free(&t);
}

/* A fresh temporary folder (malloc'd path) for the read_input cases. */
static char *
temp_dir(void)
{
    char tmpl[] = "/tmp/charta-test-XXXXXX";
    return mkdtemp(tmpl) ? charta_strdup(tmpl) : NULL;
}

static void
write_text(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

TEST(read_input_reads_a_regular_file_whole)
{
    char *dir = temp_dir();
    REQUIRE(dir);
    char *path = charta_path_join(dir, "a.csv");
    write_text(path, "a,b\n1,2\n");
    char *data, why[300];
    size_t len;
    CHECK_INT(charta_read_input(path, NULL, &data, &len, why, sizeof why), CHARTA_OK);
    CHECK_STR(data, "a,b\n1,2\n");
    CHECK_INT(len, 8);
    free(data);
    /* an empty file is a file: "" */
    write_text(path, "");
    CHECK_INT(charta_read_input(path, NULL, &data, &len, why, sizeof why), CHARTA_OK);
    CHECK_STR(data, "");
    CHECK_INT(len, 0);
    free(data);
    unlink(path);
    rmdir(dir);
    free(path);
    free(dir);
}

TEST(read_input_names_what_a_file_that_is_not_regular_is)
{
    char *dir = temp_dir();
    REQUIRE(dir);
    char *fifo = charta_path_join(dir, "pipe.csv");
    REQUIRE(mkfifo(fifo, 0600) == 0);
    char *data = (char *)1, why[300];
    size_t len = 7;
    charta_read_opts o = {.name = "data/pipe.csv"};
    /* no writer: the open must not wait for one */
    CHECK_INT(charta_read_input(fifo, &o, &data, &len, why, sizeof why), CHARTA_ERR_NOINPUT);
    CHECK_STR(why, "'data/pipe.csv' is a FIFO (named pipe), not a regular file");
    CHECK(data == NULL && len == 0);
    CHECK_INT(charta_read_input(dir, NULL, &data, &len, why, sizeof why), CHARTA_ERR_NOINPUT);
    CHECK(strstr(why, "is a directory, not a regular file") != NULL);
    CHECK_INT(charta_read_input("/dev/zero", NULL, &data, &len, why, sizeof why),
              CHARTA_ERR_NOINPUT);
    CHECK_STR(why, "'/dev/zero' is a character device, not a regular file");
    CHECK_INT(charta_read_input("/nonexistent/x.lua", NULL, &data, &len, why, sizeof why),
              CHARTA_ERR_NOINPUT);
    CHECK_STR(why, "cannot open '/nonexistent/x.lua': No such file or directory");
    unlink(fifo);
    rmdir(dir);
    free(fifo);
    free(dir);
}

TEST(read_input_refuses_a_file_over_the_cap_before_reading_it)
{
    char *dir = temp_dir();
    REQUIRE(dir);
    char *path = charta_path_join(dir, "big.csv");
    write_text(path, "0123456789ab");
    char *data, why[300];
    size_t len;
    charta_read_opts o = {.max_bytes = 10, .name = "big.csv"};
    CHECK_INT(charta_read_input(path, &o, &data, &len, why, sizeof why), CHARTA_ERR_DATA);
    CHECK_STR(why, "'big.csv' has 12 bytes, more than the limit of 10 bytes");
    o.limit = "the limit of 1 MB per file";
    CHECK_INT(charta_read_input(path, &o, &data, &len, why, sizeof why), CHARTA_ERR_DATA);
    CHECK_STR(why, "'big.csv' has 12 bytes, more than the limit of 1 MB per file");
    o.max_bytes = 12; /* exactly the cap is allowed */
    CHECK_INT(charta_read_input(path, &o, &data, &len, why, sizeof why), CHARTA_OK);
    free(data);
    unlink(path);
    rmdir(dir);
    free(path);
    free(dir);
}

TEST(read_input_refuses_a_file_that_grows_while_it_is_read)
{
    /* /proc files say 0 bytes and then have more: the same as a file another
     * program appends to between the fstat and the read */
    char *data, why[300];
    size_t len;
    CHECK_INT(charta_read_input("/proc/self/status", NULL, &data, &len, why, sizeof why),
              CHARTA_ERR_DATA);
    CHECK(strstr(why, "'/proc/self/status' changed while it was read") == why);
    CHECK(data == NULL);
}

TEST(read_input_stops_when_the_interrupt_flag_is_set)
{
    char *dir = temp_dir();
    REQUIRE(dir);
    char *path = charta_path_join(dir, "a.csv");
    write_text(path, "a,b\n");
    volatile int flag = 1;
    charta_read_opts o = {.interrupted = &flag};
    char *data, why[300];
    size_t len;
    CHECK_INT(charta_read_input(path, &o, &data, &len, why, sizeof why), CHARTA_ERR_LIMIT);
    CHECK(strstr(why, "interrupted by a signal") != NULL);
    CHECK(data == NULL);
    unlink(path);
    rmdir(dir);
    free(path);
    free(dir);
}

TEST(read_input_with_no_follow_refuses_a_symbolic_link)
{
    char *dir = temp_dir();
    REQUIRE(dir);
    char *path = charta_path_join(dir, "a.json"), *link = charta_path_join(dir, "l.json");
    write_text(path, "{}");
    REQUIRE(symlink(path, link) == 0);
    char *data = NULL, why[300];
    size_t len;
    charta_read_opts o = {.name = "l.json", .no_follow = true};
    CHECK_INT(charta_read_input(link, &o, &data, &len, why, sizeof why), CHARTA_ERR_NOINPUT);
    CHECK_STR(why, "'l.json' is a symbolic link, not a regular file");
    CHECK(data == NULL);
    o.no_follow = false; /* the default follows it */
    CHECK_INT(charta_read_input(link, &o, &data, &len, why, sizeof why), CHARTA_OK);
    free(data);
    unlink(link);
    unlink(path);
    rmdir(dir);
    free(path);
    free(link);
    free(dir);
}

TEST_MAIN()
