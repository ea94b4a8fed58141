/* inputfault.c: an LD_PRELOAD shim for the input fault test. When the
 * process reads or maps the file whose path ends with INPUT_FAULT_FILE, it
 * acts once, as INPUT_FAULT says:
 *   truncate  truncates the file to 0 bytes after the first read of it (or
 *             right after it is mapped): another program rewriting the file
 *             during the import;
 *   sigterm   sends SIGTERM to the process when a read of it reaches the end
 *             (or right after it is mapped): a stop request during the import.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/types.h>
#include <unistd.h>

static int done;

/* The path of fd into path when it ends with INPUT_FAULT_FILE. */
static int
is_target(int fd, char *path, size_t size)
{
    const char *want = getenv("INPUT_FAULT_FILE");
    if (done || !want || fd < 0)
        return 0;
    char link[64];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, path, size - 1);
    if (n <= 0)
        return 0;
    path[n] = '\0';
    size_t lw = strlen(want), lp = (size_t)n;
    return lp >= lw && strcmp(path + lp - lw, want) == 0;
}

static void
act(const char *path, int at_end)
{
    const char *what = getenv("INPUT_FAULT");
    if (!what)
        return;
    if (strcmp(what, "truncate") == 0) {
        done = 1;
        if (truncate(path, 0) != 0)
            perror("inputfault: truncate");
    } else if (strcmp(what, "sigterm") == 0 && at_end) {
        done = 1;
        kill(getpid(), SIGTERM);
    }
}

ssize_t
read(int fd, void *buf, size_t n)
{
    static ssize_t (*real)(int, void *, size_t);
    if (!real)
        real = (ssize_t(*)(int, void *, size_t))dlsym(RTLD_NEXT, "read");
    ssize_t got = real(fd, buf, n);
    char path[4096];
    if (got >= 0 && is_target(fd, path, sizeof path))
        act(path, got == 0);
    return got;
}

void *
mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
    static void *(*real)(void *, size_t, int, int, int, off_t);
    if (!real)
        real = (void *(*)(void *, size_t, int, int, int, off_t))dlsym(RTLD_NEXT, "mmap");
    void *p = real(addr, len, prot, flags, fd, off);
    char path[4096];
    if (p != MAP_FAILED && is_target(fd, path, sizeof path))
        act(path, 1);
    return p;
}
