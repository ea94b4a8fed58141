/* verify.c: a report folder against its manifest.json (verify.h).
 *
 * Two sorted lists are merged: what the folder holds (walked once, nothing
 * followed, each entry with its lstat) and what the manifest lists. A listed
 * regular file is then opened component by component below the folder's
 * descriptor with O_NOFOLLOW, checked to be a regular file again (it may have
 * been swapped since the walk) and hashed from that descriptor, so no path
 * ever leads out of the folder. Differences are collected in path order, so
 * the diagnostics come out the same on every machine. */
#include "charta/verify.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "charta/hash.h"
#include "charta/i18n.h"
#include "charta/manifest.h"
#include "charta/util.h"

/* How deep the walk descends; charta writes three levels (opensdg/data/...). */
enum { WALK_DEPTH_MAX = 32 };

/* The biggest manifest.json read (charta's are a few hundred KB at most). */
#define MANIFEST_MAX ((size_t)64 << 20)

/* One entry found in the folder. */
typedef struct entry {
    char *path;     /* relative to the folder */
    mode_t mode;    /* lstat's; 0 when it could not be examined */
    long long size; /* lstat's */
    int err;        /* errno of a failed lstat or a folder that could not be read */
    bool too_deep;  /* a folder past WALK_DEPTH_MAX, not walked */
} entry;

typedef struct verify {
    const char *dir; /* as named, for messages */
    int dirfd;
    charta_diags *d;
    entry *e;
    size_t n, cap;
    bool oom, differs, io;
} verify;

static void differ(verify *v, charta_status st, const char *path, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* One difference (st CHARTA_ERR_DATA) or trouble reading (CHARTA_ERR_IO) at path
 * ("" the folder itself). */
static void
differ(verify *v, charta_status st, const char *path, const char *fmt, ...)
{
    char *file = path[0] ? charta_path_join(v->dir, path) : charta_strdup(v->dir);
    if (!file) {
        v->oom = true;
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    charta_diag_addv(v->d, CHARTA_ERROR, st, file, 0, 0, fmt, ap);
    va_end(ap);
    free(file);
    if (st == CHARTA_ERR_IO)
        v->io = true;
    else
        v->differs = true;
}

static const char *
kind_of(mode_t mode)
{
    if (S_ISDIR(mode))
        return _("a folder");
    if (S_ISLNK(mode))
        return _("a symbolic link");
    if (S_ISFIFO(mode))
        return _("a FIFO (named pipe)");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return _("a device");
    if (S_ISSOCK(mode))
        return _("a socket");
    return _("not a plain file");
}

/* Append an entry (path taken); false on out of memory (path freed). */
static entry *
add_entry(verify *v, char *path)
{
    if (v->n == v->cap) {
        size_t cap = v->cap ? 2 * v->cap : 256;
        entry *ne = realloc(v->e, cap * sizeof *ne);
        if (!ne) {
            free(path);
            v->oom = true;
            return NULL;
        }
        v->e = ne;
        v->cap = cap;
    }
    entry *e = &v->e[v->n++];
    *e = (entry){.path = path};
    return e;
}

/* Record every entry of the folder fd (taken; rel its path, "" at the top) and,
 * depth first, of the folders in it. Nothing is reported here: trouble is kept in
 * the entry, so that the differences come out in path order. */
static void
walk_dir(verify *v, int fd, const char *rel, int depth, int *open_err)
{
    DIR *dir = fdopendir(fd);
    if (!dir) {
        *open_err = errno;
        close(fd);
        return;
    }
    for (;;) {
        errno = 0;
        struct dirent *de = readdir(dir);
        if (!de) {
            if (errno)
                *open_err = errno;
            break;
        }
        const char *name = de->d_name;
        if (!strcmp(name, ".") || !strcmp(name, ".."))
            continue;
        if (!rel[0] && !strcmp(name, "manifest.json"))
            continue; /* read already, as a regular file */
        char *path = rel[0] ? charta_asprintf("%s/%s", rel, name) : charta_strdup(name);
        entry *e = path ? add_entry(v, path) : NULL;
        if (!e) {
            v->oom = true;
            break;
        }
        struct stat sb;
        if (fstatat(dirfd(dir), name, &sb, AT_SYMLINK_NOFOLLOW) != 0) {
            e->err = errno;
            continue;
        }
        e->mode = sb.st_mode;
        e->size = (long long)sb.st_size;
        if (!S_ISDIR(sb.st_mode))
            continue;
        if (depth + 1 >= WALK_DEPTH_MAX) {
            e->too_deep = true;
            continue;
        }
        int sub = openat(dirfd(dir), name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (sub < 0) {
            e->err = errno;
            continue;
        }
        /* e may move when the array grows: keep its index */
        size_t at = (size_t)(e - v->e);
        int err = 0;
        walk_dir(v, sub, path, depth + 1, &err);
        if (err)
            v->e[at].err = err;
        if (v->oom)
            break;
    }
    closedir(dir);
}

/* Open path below the folder, following no symbolic link on the way: a read-only
 * descriptor, or -1 with errno (ELOOP for a link). */
static int
open_below(int dirfd, const char *path)
{
    char *copy = charta_strdup(path);
    if (!copy) {
        errno = ENOMEM;
        return -1;
    }
    int cur = dirfd;
    char *part = copy;
    int fd = -1;
    for (;;) {
        char *slash = strchr(part, '/');
        if (slash)
            *slash = '\0';
        int flags = slash ? O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC
                          : O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC;
        int next = openat(cur, part, flags);
        int err = errno;
        if (cur != dirfd)
            close(cur);
        errno = err;
        if (next < 0 || !slash) {
            fd = next;
            break;
        }
        cur = next;
        part = slash + 1;
    }
    int err = errno;
    free(copy);
    errno = err;
    return fd;
}

/* A listed output that the walk found as a regular file: its size and SHA-256. */
static void
check_file(verify *v, const entry *e, const charta_manifest_output *o)
{
    if (e->size != o->bytes) {
        differ(v, CHARTA_ERR_DATA, o->path, "size %lld, expected %lld", e->size, o->bytes);
        return;
    }
    int fd = open_below(v->dirfd, o->path);
    if (fd < 0) {
        if (errno == ENOMEM)
            v->oom = true;
        else if (errno == ENOENT)
            differ(v, CHARTA_ERR_DATA, o->path, "missing");
        else if (errno == ELOOP)
            differ(v, CHARTA_ERR_DATA, o->path, "a symbolic link, not a file");
        else
            differ(v, CHARTA_ERR_IO, o->path, "cannot be read: %s", strerror(errno));
        return;
    }
    struct stat sb;
    char hex[65] = "";
    long long bytes = -1;
    if (fstat(fd, &sb) != 0) {
        differ(v, CHARTA_ERR_IO, o->path, "cannot be read: %s", strerror(errno));
    } else if (!S_ISREG(sb.st_mode)) { /* swapped since the walk */
        differ(v, CHARTA_ERR_DATA, o->path, "%s, not a file", kind_of(sb.st_mode));
    } else if (charta_sha256_fd(fd, hex, &bytes) != CHARTA_OK) {
        if (errno == ENOMEM)
            v->oom = true;
        else
            differ(v, CHARTA_ERR_IO, o->path, "cannot be read: %s", strerror(errno));
    } else if (bytes != o->bytes) {
        differ(v, CHARTA_ERR_DATA, o->path, "size %lld, expected %lld", bytes, o->bytes);
    } else if (strcmp(hex, o->sha256) != 0) {
        differ(v, CHARTA_ERR_DATA, o->path, "changed: SHA-256 %s, expected %s", hex, o->sha256);
    }
    close(fd);
}

/* An entry of the folder: o the output listed under its path, or NULL. */
static void
check_entry(verify *v, const entry *e, const charta_manifest_output *o)
{
    if (e->mode == 0) {
        if (e->err == ENOENT && o) /* gone since the walk */
            differ(v, CHARTA_ERR_DATA, e->path, "missing");
        else if (e->err != ENOENT)
            differ(v, CHARTA_ERR_IO, e->path, "cannot be examined: %s", strerror(e->err));
        return;
    }
    if (S_ISDIR(e->mode)) {
        /* a folder is no output; what it holds is checked entry by entry */
        if (o)
            differ(v, CHARTA_ERR_DATA, e->path, "a folder, not a file");
        if (e->too_deep)
            differ(v, CHARTA_ERR_DATA, e->path,
                   "a folder nested more than %d levels deep, not checked", WALK_DEPTH_MAX);
        else if (e->err)
            differ(v, CHARTA_ERR_IO, e->path, "cannot be read: %s", strerror(e->err));
        return;
    }
    if (!o)
        differ(v, CHARTA_ERR_DATA, e->path, "not listed in the manifest");
    else if (!S_ISREG(e->mode))
        differ(v, CHARTA_ERR_DATA, e->path, "%s, not a file", kind_of(e->mode));
    else
        check_file(v, e, o);
}

static int
cmp_entries(const void *a, const void *b)
{
    return strcmp(((const entry *)a)->path, ((const entry *)b)->path);
}

/* The manifest's outputs, or a diagnostic and the failure. */
static charta_status
load_manifest(const char *dir, charta_manifest_output **outs, size_t *n, charta_diags *d)
{
    char *path = charta_path_join(dir, "manifest.json");
    if (!path)
        return CHARTA_ERR_NOMEM;
    charta_read_opts ro = {
        .max_bytes = MANIFEST_MAX, .limit = _("the limit of 64 MB for a manifest"), .no_follow = true};
    char *text = NULL, why[512];
    size_t len = 0;
    charta_status st = charta_read_input(path, &ro, &text, &len, why, sizeof why);
    if (st == CHARTA_ERR_NOINPUT)
        charta_diag_error(d, st, NULL, 0, 0, "%s; is '%s' a report folder written by 'charta run'?",
                          why, dir);
    else if (st != CHARTA_OK && st != CHARTA_ERR_NOMEM)
        charta_diag_error(d, st, NULL, 0, 0, "%s", why);
    if (st == CHARTA_OK) {
        charta_buf reason = {0};
        st = charta_manifest_read(text, len, outs, n, &reason);
        if (st == CHARTA_ERR_DATA)
            charta_diag_error(d, st, path, 0, 0, "not a manifest of charta: %s",
                              reason.data ? reason.data : _("malformed"));
        charta_buf_free(&reason);
    }
    free(text);
    free(path);
    return st;
}

charta_status
charta_verify_report(const char *dir, size_t *n_files, charta_diags *diags)
{
    *n_files = 0;
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        int err = errno;
        if (err == ENOMEM)
            return CHARTA_ERR_NOMEM;
        if (err == ENOTDIR)
            return charta_diag_error(diags, CHARTA_ERR_NOINPUT, NULL, 0, 0,
                                     "'%s' is not a folder; verify checks a report folder", dir);
        return charta_diag_error(diags, CHARTA_ERR_NOINPUT, NULL, 0, 0,
                                 "cannot open the report folder '%s': %s", dir, strerror(err));
    }
    charta_manifest_output *outs = NULL;
    size_t n_outs = 0;
    verify v = {.dir = dir, .dirfd = fd, .d = diags};
    charta_status st = load_manifest(dir, &outs, &n_outs, diags);
    if (st != CHARTA_OK)
        goto cleanup;
    *n_files = n_outs;
    int dup_fd = dup(fd);
    int top_err = 0;
    if (dup_fd < 0)
        top_err = errno;
    else
        walk_dir(&v, dup_fd, "", 0, &top_err);
    if (v.oom)
        goto cleanup;
    if (top_err)
        differ(&v, CHARTA_ERR_IO, "", "cannot be read: %s", strerror(top_err));
    if (v.n)
        qsort(v.e, v.n, sizeof *v.e, cmp_entries);
    size_t i = 0, j = 0;
    while ((i < v.n || j < n_outs) && !v.oom) {
        int c = i < v.n && j < n_outs ? strcmp(v.e[i].path, outs[j].path) : i < v.n ? -1 : 1;
        if (c > 0)
            differ(&v, CHARTA_ERR_DATA, outs[j].path, "missing");
        else
            check_entry(&v, &v.e[i], c == 0 ? &outs[j] : NULL);
        i += c <= 0;
        j += c >= 0;
    }
cleanup:
    if (v.oom)
        st = CHARTA_ERR_NOMEM;
    else if (st == CHARTA_OK)
        st = v.io ? CHARTA_ERR_IO : v.differs ? CHARTA_ERR_DATA : CHARTA_OK;
    for (size_t k = 0; k < v.n; k++)
        free(v.e[k].path);
    free(v.e);
    charta_manifest_outputs_free(outs, n_outs);
    close(fd);
    return st;
}
