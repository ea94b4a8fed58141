/* failmalloc.c: an LD_PRELOAD shim for the out-of-memory test. It fails
 * the FAIL_AT-th malloc, calloc or realloc counted from main's first call
 * to setlocale (the library constructors before main are not charta's),
 * and with FAIL_COUNT set prints how many there were at exit. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static long count, fail_at = -1;
static int armed;
extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);

char *
setlocale(int cat, const char *loc)
{
    static char *(*real)(int, const char *);
    if (!real)
        real = (char *(*)(int, const char *))dlsym(RTLD_NEXT, "setlocale");
    if (!armed) {
        const char *e = getenv("FAIL_AT");
        fail_at = e ? atol(e) : -1;
        armed = 1;
    }
    return real(cat, loc);
}

static int
should_fail(void)
{
    if (!armed)
        return 0;
    /* atomic: the writers of a run share the count from two threads, and each
     * number must fail exactly one call */
    long n = __atomic_add_fetch(&count, 1, __ATOMIC_RELAXED);
    return fail_at > 0 && n == fail_at;
}

void *
malloc(size_t n)
{
    if (should_fail()) {
        errno = ENOMEM;
        return NULL;
    }
    return __libc_malloc(n);
}

void *
calloc(size_t a, size_t b)
{
    if (should_fail()) {
        errno = ENOMEM;
        return NULL;
    }
    return __libc_calloc(a, b);
}

void *
realloc(void *p, size_t n)
{
    if (n && should_fail()) {
        errno = ENOMEM;
        return NULL;
    }
    return __libc_realloc(p, n);
}

__attribute__((destructor)) static void
report(void)
{
    if (getenv("FAIL_COUNT")) {
        char b[64];
        int n = snprintf(b, sizeof b, "allocations: %ld\n", count);
        ssize_t w = write(2, b, (size_t)n);
        (void)w;
    }
}
