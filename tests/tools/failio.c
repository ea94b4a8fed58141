/* failio.c: an LD_PRELOAD shim for the I/O fault test. It fails the
 * FAIL_AT-th call of fwrite, write, fsync or rename, renameat, renameat2
 * (counted from main's first setlocale call) with EIO, and with FAIL_COUNT
 * set prints how many there were at exit. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static long count, fail_at = -1;
static int armed;

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
should_fail(int fd)
{
    if (!armed || fd == 2) /* messages to stderr are not the report */
        return 0;
    /* atomic: the writers of a run share the count from two threads, and each
     * number must fail exactly one call */
    long n = __atomic_add_fetch(&count, 1, __ATOMIC_RELAXED);
    return fail_at > 0 && n == fail_at;
}

ssize_t
write(int fd, const void *buf, size_t n)
{
    static ssize_t (*real)(int, const void *, size_t);
    if (!real)
        real = (ssize_t (*)(int, const void *, size_t))dlsym(RTLD_NEXT, "write");
    if (should_fail(fd)) {
        errno = EIO;
        return -1;
    }
    return real(fd, buf, n);
}

size_t
fwrite(const void *p, size_t size, size_t n, FILE *f)
{
    static size_t (*real)(const void *, size_t, size_t, FILE *);
    if (!real)
        real = (size_t (*)(const void *, size_t, size_t, FILE *))dlsym(RTLD_NEXT, "fwrite");
    if (f != stderr && f != stdout && should_fail(-1)) {
        errno = EIO;
        return 0;
    }
    return real(p, size, n, f);
}

int
fsync(int fd)
{
    static int (*real)(int);
    if (!real)
        real = (int (*)(int))dlsym(RTLD_NEXT, "fsync");
    if (should_fail(fd)) {
        errno = EIO;
        return -1;
    }
    return real(fd);
}

int
rename(const char *a, const char *b)
{
    static int (*real)(const char *, const char *);
    if (!real)
        real = (int (*)(const char *, const char *))dlsym(RTLD_NEXT, "rename");
    if (should_fail(-1)) {
        errno = EIO;
        return -1;
    }
    return real(a, b);
}

int
renameat2(int da, const char *a, int db, const char *b, unsigned flags)
{
    static int (*real)(int, const char *, int, const char *, unsigned);
    if (!real)
        real = (int (*)(int, const char *, int, const char *, unsigned))dlsym(RTLD_NEXT,
                                                                               "renameat2");
    if (should_fail(-1)) {
        errno = EIO;
        return -1;
    }
    return real(da, a, db, b, flags);
}

int
renameat(int da, const char *a, int db, const char *b)
{
    static int (*real)(int, const char *, int, const char *);
    if (!real)
        real = (int (*)(int, const char *, int, const char *))dlsym(RTLD_NEXT, "renameat");
    if (should_fail(-1)) {
        errno = EIO;
        return -1;
    }
    return real(da, a, db, b);
}

__attribute__((destructor)) static void
report(void)
{
    if (getenv("FAIL_COUNT")) {
        char b[64];
        int n = snprintf(b, sizeof b, "calls: %ld\n", count);
        ssize_t (*real)(int, const void *, size_t) =
            (ssize_t (*)(int, const void *, size_t))dlsym(RTLD_NEXT, "write");
        ssize_t w = real(2, b, (size_t)n);
        (void)w;
    }
}
