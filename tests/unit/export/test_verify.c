/* The report folder against its manifest: charta_verify_report on small folders
 * written here, and the strict manifest reader behind it. */
#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "charta/diag.h"
#include "charta/hash.h"
#include "charta/manifest.h"
#include "charta/util.h"
#include "charta/verify.h"

static void
write_text(const char *dir, const char *rel, const char *text)
{
    char *path = charta_path_join(dir, rel);
    FILE *f = path ? fopen(path, "wb") : NULL;
    if (f) {
        fputs(text, f);
        fclose(f);
    }
    free(path);
}

/* A report folder with a.txt, data/b.csv and data/deep/c.csv, and a manifest listing
 * them with their sizes and hashes; the caller frees the name (rm -rf by cleanup). */
static char *
make_report(void)
{
    char tmpl[] = "/tmp/charta-verify-XXXXXX";
    if (!mkdtemp(tmpl))
        return NULL;
    char *dir = charta_strdup(tmpl);
    char *sub = charta_path_join(dir, "data"), *deep = charta_path_join(dir, "data/deep");
    mkdir(sub, 0755);
    mkdir(deep, 0755);
    free(sub);
    free(deep);
    const char *files[] = {"a.txt", "data/b.csv", "data/deep/c.csv"};
    const char *texts[] = {"alpha\n", "x,y\n1,2\n", ""};
    charta_buf m = {0};
    charta_buf_puts(&m, "{\"generator\": \"charta 9.9\", \"outputs\": [");
    for (int i = 0; i < 3; i++) {
        write_text(dir, files[i], texts[i]);
        char *path = charta_path_join(dir, files[i]), hex[65];
        long long bytes = 0;
        charta_sha256_file(path, hex, &bytes);
        free(path);
        charta_buf_printf(&m, "%s{\"path\": \"%s\", \"bytes\": %lld, \"sha256\": \"%s\"}",
                          i ? ", " : "", files[i], bytes, hex);
    }
    charta_buf_puts(&m, "]}\n");
    write_text(dir, "manifest.json", m.data);
    charta_buf_free(&m);
    return dir;
}

static void
cleanup(char *dir)
{
    char *cmd = charta_asprintf("rm -rf '%s'", dir);
    if (cmd && system(cmd) != 0)
        fprintf(stderr, "cannot remove %s\n", dir);
    free(cmd);
    free(dir);
}

/* The messages of the diagnostics, each "file: message", '\n'-joined, with the
 * folder's name replaced by "R" so the expectations read plainly. */
static char *
lines(const charta_diags *d, const char *dir)
{
    charta_buf b = {0};
    size_t n = strlen(dir);
    for (size_t i = 0; i < charta_diags_count(d); i++) {
        const charta_diag *e = charta_diags_get(d, i);
        const char *f = e->file ? e->file : "-";
        if (strncmp(f, dir, n) == 0)
            charta_buf_printf(&b, "R%s: %s\n", f + n, e->message);
        else
            charta_buf_printf(&b, "%s: %s\n", f, e->message);
    }
    return charta_buf_take(&b);
}

TEST(verify_passes_a_folder_that_holds_exactly_its_manifest)
{
    char *dir = make_report();
    REQUIRE(dir);
    charta_diags *d = charta_diags_new();
    size_t n = 99;
    CHECK_INT(charta_verify_report(dir, &n, d), CHARTA_OK);
    CHECK_INT(n, 3);
    CHECK_INT(charta_diags_count(d), 0);
    charta_diags_free(d);
    cleanup(dir);
}

/* The SHA-256 of dir/rel into hex. */
static void
sha_of(const char *dir, const char *rel, char hex[65])
{
    char *path = charta_path_join(dir, rel);
    hex[0] = '\0';
    if (path)
        charta_sha256_file(path, hex, NULL);
    free(path);
}

TEST(verify_names_every_difference_in_path_order)
{
    char *dir = make_report();
    REQUIRE(dir);
    char before[65], after[65];
    sha_of(dir, "a.txt", before);
    write_text(dir, "a.txt", "alphA\n"); /* same size, other bytes */
    sha_of(dir, "a.txt", after);
    write_text(dir, "data/b.csv", "x,y\n1,2,3\n"); /* two bytes more */
    char *c = charta_path_join(dir, "data/deep/c.csv");
    unlink(c);
    REQUIRE(symlink("/etc/hostname", c) == 0); /* a link where a file should be */
    free(c);
    write_text(dir, "data/extra.csv", "1\n");
    write_text(dir, "zz.txt", "1\n");
    char *link = charta_path_join(dir, "data/deep/link");
    REQUIRE(symlink("..", link) == 0); /* never followed, only named */
    free(link);
    char *empty = charta_path_join(dir, "empty");
    REQUIRE(mkdir(empty, 0755) == 0); /* a folder is no file: not a difference */
    free(empty);
    charta_diags *d = charta_diags_new();
    size_t n = 0;
    CHECK_INT(charta_verify_report(dir, &n, d), CHARTA_ERR_DATA);
    CHECK_INT(n, 3);
    char *got = lines(d, dir);
    char *want = charta_asprintf("R/a.txt: changed: SHA-256 %s, expected %s\n"
                                 "R/data/b.csv: size 10, expected 8\n"
                                 "R/data/deep/c.csv: a symbolic link, not a file\n"
                                 "R/data/deep/link: not listed in the manifest\n"
                                 "R/data/extra.csv: not listed in the manifest\n"
                                 "R/zz.txt: not listed in the manifest\n",
                                 after, before);
    CHECK_STR(got, want);
    CHECK_INT(charta_diags_status(d), CHARTA_ERR_DATA);
    free(want);
    free(got);
    charta_diags_free(d);
    cleanup(dir);
}

TEST(verify_reports_a_missing_file_and_a_folder_where_a_file_was)
{
    char *dir = make_report();
    REQUIRE(dir);
    char *a = charta_path_join(dir, "a.txt"), *b = charta_path_join(dir, "data/b.csv");
    unlink(a);
    unlink(b);
    REQUIRE(mkdir(b, 0755) == 0);
    write_text(dir, "data/b.csv/inner", "1");
    free(a);
    free(b);
    charta_diags *d = charta_diags_new();
    size_t n = 0;
    CHECK_INT(charta_verify_report(dir, &n, d), CHARTA_ERR_DATA);
    char *got = lines(d, dir);
    CHECK_STR(got, "R/a.txt: missing\n"
                   "R/data/b.csv: a folder, not a file\n"
                   "R/data/b.csv/inner: not listed in the manifest\n");
    free(got);
    charta_diags_free(d);
    cleanup(dir);
}

TEST(verify_does_not_follow_a_linked_folder)
{
    char *dir = make_report();
    REQUIRE(dir);
    /* data/ moved out and linked back: the same bytes, but not in the folder */
    char *data = charta_path_join(dir, "data"), *moved = charta_asprintf("%s.data", dir);
    REQUIRE(rename(data, moved) == 0);
    REQUIRE(symlink(moved, data) == 0);
    charta_diags *d = charta_diags_new();
    size_t n = 0;
    CHECK_INT(charta_verify_report(dir, &n, d), CHARTA_ERR_DATA);
    char *got = lines(d, dir);
    CHECK_STR(got, "R/data: not listed in the manifest\n"
                   "R/data/b.csv: missing\n"
                   "R/data/deep/c.csv: missing\n");
    free(got);
    charta_diags_free(d);
    cleanup(moved);
    free(data);
    cleanup(dir);
}

TEST(verify_without_a_folder_or_manifest_is_no_input)
{
    charta_diags *d = charta_diags_new();
    size_t n = 7;
    CHECK_INT(charta_verify_report("/nonexistent/report", &n, d), CHARTA_ERR_NOINPUT);
    CHECK_INT(n, 0);
    char *dir = make_report();
    REQUIRE(dir);
    char *m = charta_path_join(dir, "manifest.json");
    char *moved = charta_path_join(dir, "a.json");
    REQUIRE(rename(m, moved) == 0);
    CHECK_INT(charta_verify_report(dir, &n, d), CHARTA_ERR_NOINPUT);
    REQUIRE(symlink(moved, m) == 0); /* a link is not read */
    CHECK_INT(charta_verify_report(dir, &n, d), CHARTA_ERR_NOINPUT);
    CHECK_INT(charta_diags_count(d), 3);
    const charta_diag *e = charta_diags_get(d, 2);
    CHECK(e && strstr(e->message, "is a symbolic link, not a regular file") != NULL);
    free(m);
    free(moved);
    charta_diags_free(d);
    cleanup(dir);
}

TEST(verify_refuses_a_manifest_with_a_path_out_of_the_folder)
{
    char *dir = make_report();
    REQUIRE(dir);
    const char *bad[] = {"../x", "/etc/passwd", "data/../a.txt", "./a.txt", "data//b.csv", ""};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char *text = charta_asprintf("{\"generator\": \"charta 9\", \"outputs\": [{\"path\": "
                                     "\"%s\", \"bytes\": 1, \"sha256\": \"%064d\"}]}",
                                     bad[i], 0);
        write_text(dir, "manifest.json", text);
        free(text);
        charta_diags *d = charta_diags_new();
        size_t n = 0;
        CHECK_INT(charta_verify_report(dir, &n, d), CHARTA_ERR_DATA);
        CHECK_INT(charta_diags_count(d), 1);
        const charta_diag *e = charta_diags_get(d, 0);
        CHECK(e && e->file && strstr(e->file, "manifest.json") != NULL);
        CHECK(e && strstr(e->message, "not a relative path inside the report") != NULL);
        charta_diags_free(d);
    }
    cleanup(dir);
}

/* charta_manifest_read on text: its status, and the reason when refused. */
static charta_status
read_text(const char *text, char **why, size_t *n)
{
    charta_manifest_output *o = NULL;
    charta_buf b = {0};
    charta_status st = charta_manifest_read(text, strlen(text), &o, n, &b);
    *why = charta_buf_take(&b);
    charta_manifest_outputs_free(o, *n);
    return st;
}

TEST(manifest_read_wants_size_and_hash_of_each_output_once)
{
    const char *h =
        "\"sha256\": \"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\"";
    char *why = NULL, *t;
    size_t n = 0;
    t = charta_asprintf("{\"generator\": \"charta 1\", \"outputs\": [{\"path\": \"b\", "
                        "\"bytes\": 2, %s}, {\"path\": \"a\", \"bytes\": 0, %s}]}",
                        h, h);
    CHECK_INT(read_text(t, &why, &n), CHARTA_OK);
    CHECK_INT(n, 2);
    free(t);
    free(why);
    t = charta_asprintf("{\"generator\": \"charta 1\", \"outputs\": [{\"path\": \"a\", "
                        "\"bytes\": 2, %s}, {\"path\": \"a\", \"bytes\": 2, %s}]}",
                        h, h);
    CHECK_INT(read_text(t, &why, &n), CHARTA_ERR_DATA);
    CHECK_STR(why, "an output is listed twice: a");
    free(t);
    free(why);
    CHECK_INT(
        read_text("{\"generator\": \"charta 1\", \"outputs\": [{\"path\": \"a\"}]}", &why, &n),
        CHARTA_ERR_DATA);
    CHECK_STR(why, "an output without its \"bytes\" and \"sha256\": a");
    free(why);
    t = charta_asprintf("{\"generator\": \"charta 1\", \"outputs\": [{\"path\": \"a\", "
                        "\"bytes\": 1.5, %s}]}",
                        h);
    CHECK_INT(read_text(t, &why, &n), CHARTA_ERR_DATA);
    CHECK_STR(why, "an output's \"bytes\" is not a whole number: a");
    free(t);
    free(why);
    CHECK_INT(read_text("{\"generator\": \"charta 1\", \"outputs\": [{\"path\": \"a\", "
                        "\"bytes\": 1, \"sha256\": \"ABC\"}]}",
                        &why, &n),
              CHARTA_ERR_DATA);
    CHECK_STR(why, "an output's \"sha256\" is not 64 lower-case hex digits: a");
    free(why);
    CHECK_INT(read_text("{\"generator\": \"other 1\", \"outputs\": []}", &why, &n),
              CHARTA_ERR_DATA);
    CHECK_STR(why, "no \"generator\" of charta");
    free(why);
    CHECK_INT(read_text("{\"generator\": \"charta 1\", \"outputs\": [", &why, &n), CHARTA_ERR_DATA);
    CHECK(why && strncmp(why, "malformed JSON at byte ", 23) == 0);
    free(why);
    /* the lenient reader of the ownership check still takes what it took */
    char **paths = NULL;
    const char *old = "{\"charta\": \"0.1\", \"outputs\": [{\"path\": \"a\"}]}";
    CHECK_INT(charta_manifest_read_outputs(old, strlen(old), &paths, &n), CHARTA_OK);
    CHECK_INT(n, 1);
    if (paths)
        free(paths[0]);
    free(paths);
}

TEST_MAIN()
