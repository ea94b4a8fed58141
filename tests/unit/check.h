/* check.h: the tiny test harness of the unit tests.
 *
 * A test file defines cases with TEST(name) { ... } and ends with
 * TEST_MAIN(); each case is a sentence (csv_keeps_missing_sign_as_status_m).
 * CHECK(cond) records a failure and goes on; REQUIRE(cond) ends the case.
 * Run one case with `test_x NAME`; SKIP("why") marks a case skipped, which is
 * a failure when the environment variable CI is "true".
 *
 * The exit code is 1 when a check failed, else 77 when a case was skipped
 * (ctest's SKIP_RETURN_CODE: the executable is reported as not run, with the
 * reasons in its output), else 0.
 */
#ifndef CHARTA_TEST_CHECK_H
#define CHARTA_TEST_CHECK_H

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef void (*check_fn)(void);
struct check_case {
    const char *name;
    check_fn fn;
};
extern struct check_case check_cases[];
extern int check_ncases;
extern int check_failed;
extern int check_skipped;

#define CHECK_MAX_CASES 512

#define TEST(name)                                                                                 \
    static void name(void);                                                                        \
    __attribute__((constructor)) static void register_##name(void)                                 \
    {                                                                                              \
        if (check_ncases < CHECK_MAX_CASES)                                                        \
            check_cases[check_ncases++] = (struct check_case){#name, name};                        \
    }                                                                                              \
    static void name(void)

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);               \
            check_failed++;                                                                        \
        }                                                                                          \
    } while (0)

#define REQUIRE(cond)                                                                              \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "%s:%d: requirement failed: %s\n", __FILE__, __LINE__, #cond);         \
            check_failed++;                                                                        \
            return;                                                                                \
        }                                                                                          \
    } while (0)

#define CHECK_STR(a, b)                                                                            \
    do {                                                                                           \
        const char *check_a_ = (a), *check_b_ = (b);                                               \
        if (!check_a_ || !check_b_ || strcmp(check_a_, check_b_) != 0) {                           \
            fprintf(stderr, "%s:%d: expected \"%s\", got \"%s\" (%s)\n", __FILE__, __LINE__,       \
                    check_b_ ? check_b_ : "(null)", check_a_ ? check_a_ : "(null)", #a);           \
            check_failed++;                                                                        \
        }                                                                                          \
    } while (0)

#define CHECK_NUM(a, b, tol)                                                                       \
    do {                                                                                           \
        double check_a_ = (a), check_b_ = (b);                                                     \
        if (!(fabs(check_a_ - check_b_) <= (tol))) {                                               \
            fprintf(stderr, "%s:%d: expected %.17g, got %.17g (%s)\n", __FILE__, __LINE__,         \
                    check_b_, check_a_, #a);                                                       \
            check_failed++;                                                                        \
        }                                                                                          \
    } while (0)

#define CHECK_INT(a, b)                                                                            \
    do {                                                                                           \
        long long check_a_ = (long long)(a), check_b_ = (long long)(b);                            \
        if (check_a_ != check_b_) {                                                                \
            fprintf(stderr, "%s:%d: expected %lld, got %lld (%s)\n", __FILE__, __LINE__, check_b_, \
                    check_a_, #a);                                                                 \
            check_failed++;                                                                        \
        }                                                                                          \
    } while (0)

/* Skip the rest of the case; under CI=true a skip is a failure. */
#define SKIP(why)                                                                                  \
    do {                                                                                           \
        const char *check_ci_ = getenv("CI");                                                      \
        if (check_ci_ && strcmp(check_ci_, "true") == 0) {                                         \
            fprintf(stderr, "%s:%d: cannot skip under CI=true: %s\n", __FILE__, __LINE__, why);    \
            check_failed++;                                                                        \
        } else {                                                                                   \
            fprintf(stderr, "%s:%d: skipped: %s\n", __FILE__, __LINE__, why);                      \
            check_skipped++;                                                                       \
        }                                                                                          \
        return;                                                                                    \
    } while (0)

/* The folder of the shared real data (../shared/data/real relative to the
 * source tree), or NULL when it is absent. */
const char *check_real_dir(void);
/* The source tree's root. */
const char *check_source_dir(void);

#define TEST_MAIN()                                                                                \
    struct check_case check_cases[CHECK_MAX_CASES];                                                \
    int check_ncases, check_failed, check_skipped;                                                 \
    const char *check_source_dir(void)                                                             \
    {                                                                                              \
        return CHARTA_SOURCE_DIR;                                                                  \
    }                                                                                              \
    const char *check_real_dir(void)                                                               \
    {                                                                                              \
        static char path[4096];                                                                    \
        const char *env = getenv("CHARTA_SHARED");                                                 \
        snprintf(path, sizeof path, "%s/data/real", env ? env : CHARTA_SOURCE_DIR "/../shared");   \
        FILE *f = fopen(path, "r");                                                                \
        if (!f)                                                                                    \
            return NULL;                                                                           \
        fclose(f);                                                                                 \
        return path;                                                                               \
    }                                                                                              \
    int main(int argc, char **argv)                                                                \
    {                                                                                              \
        int ran = 0;                                                                               \
        for (int i = 0; i < check_ncases; i++) {                                                   \
            if (argc > 1 && strcmp(argv[1], check_cases[i].name) != 0)                             \
                continue;                                                                          \
            int failed = check_failed, skipped = check_skipped;                                    \
            check_cases[i].fn();                                                                   \
            ran++;                                                                                 \
            fprintf(stderr, "%s %s\n",                                                             \
                    check_failed > failed     ? "FAIL"                                             \
                    : check_skipped > skipped ? "skip"                                             \
                                              : "ok  ",                                            \
                    check_cases[i].name);                                                          \
        }                                                                                          \
        if (argc > 1 && !ran) {                                                                    \
            fprintf(stderr, "no test named %s\n", argv[1]);                                        \
            return 1;                                                                              \
        }                                                                                          \
        fprintf(stderr, "%d cases, %d failed checks, %d skipped\n", ran, check_failed,             \
                check_skipped);                                                                    \
        return check_failed ? 1 : check_skipped ? 77 : 0;                                          \
    }

#endif
