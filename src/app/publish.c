/* publish.c: the lock, the staging folder and the swap (publish.h).
 *
 * Every name of the run (the report folder, its lock, its staging folder) is
 * taken relative to one opened descriptor of the folder they sit in, and none
 * of them is followed when it is a symbolic link: a run touches only what it
 * created. */
#include "publish.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "charta/util.h"

/* How deep a removal descends; charta writes two levels (charts/, data/). */
enum { RM_DEPTH_MAX = 32 };

/* Remove name under dirfd and, for a real folder, everything in it; symbolic
 * links are removed, never followed. Best effort: what cannot be removed stays. */
static void
rm_tree_at(int dirfd, const char *name, int depth)
{
    struct stat sb;
    if (fstatat(dirfd, name, &sb, AT_SYMLINK_NOFOLLOW) != 0)
        return;
    if (!S_ISDIR(sb.st_mode)) {
        unlinkat(dirfd, name, 0);
        return;
    }
    if (depth >= RM_DEPTH_MAX)
        return;
    int fd = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return;
    DIR *dir = fdopendir(fd);
    if (!dir) {
        close(fd);
        return;
    }
    struct dirent *de;
    while ((de = readdir(dir)))
        if (strcmp(de->d_name, ".") != 0 && strcmp(de->d_name, "..") != 0)
            rm_tree_at(fd, de->d_name, depth + 1);
    closedir(dir);
    unlinkat(dirfd, name, AT_REMOVEDIR);
}

/* Remove the `.<name>.staging-<pid>` folders of runs that were killed. */
static void
remove_stale(int parentfd, const char *name)
{
    int fd = dup(parentfd);
    DIR *dir = fd >= 0 ? fdopendir(fd) : NULL;
    if (!dir) {
        if (fd >= 0)
            close(fd);
        return;
    }
    char *prefix = charta_asprintf(".%s.staging-", name);
    size_t plen = prefix ? strlen(prefix) : 0;
    struct dirent *de;
    while (prefix && (de = readdir(dir))) {
        const char *pid = de->d_name + plen;
        struct stat sb;
        if (strncmp(de->d_name, prefix, plen) != 0 || !*pid || strspn(pid, "0123456789") !=
                                                                    strlen(pid))
            continue;
        /* only a folder: that is what a run creates under this name */
        if (fstatat(parentfd, de->d_name, &sb, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(sb.st_mode))
            rm_tree_at(parentfd, de->d_name, 0);
    }
    free(prefix);
    closedir(dir);
}

/* True when the folder name under dirfd is empty or holds a manifest.json. */
static bool
is_report_dir(int dirfd, const char *name)
{
    int fd = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct stat sb;
    if (fstatat(fd, "manifest.json", &sb, AT_SYMLINK_NOFOLLOW) == 0) {
        close(fd);
        return true;
    }
    DIR *dir = fdopendir(fd);
    if (!dir) {
        close(fd);
        return false;
    }
    struct dirent *de;
    bool empty = true;
    while (empty && (de = readdir(dir)))
        if (strcmp(de->d_name, ".") && strcmp(de->d_name, ".."))
            empty = false;
    closedir(dir);
    return empty;
}

/* The report folder job->out_dir split into its parent (opened) and its name. */
typedef struct target {
    char *parent; /* as named, for messages and for the writers' paths */
    char *name;   /* the last component */
    int parentfd;
} target;

static charta_status
open_target(const char *out_dir, target *t, charta_diags *d)
{
    const char *slash = strrchr(out_dir, '/');
    t->parent = slash ? charta_strndup(out_dir, slash == out_dir ? 1 : (size_t)(slash - out_dir))
                      : charta_strdup(".");
    t->name = charta_strdup(slash ? slash + 1 : out_dir);
    if (!t->parent || !t->name)
        return CHARTA_ERR_NOMEM;
    if (!t->name[0] || !strcmp(t->name, ".") || !strcmp(t->name, ".."))
        return charta_diag_error(d, CHARTA_ERR_CANTCREATE, NULL, 0, 0,
                                 "-o %s does not name a report folder of its own; name one, for "
                                 "example -o %s/report",
                                 out_dir, out_dir);
    t->parentfd = open(t->parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (t->parentfd < 0)
        return charta_diag_error(d, CHARTA_ERR_CANTCREATE, NULL, 0, 0,
                                 "cannot create the report in %s: %s", t->parent,
                                 errno == ENOTDIR ? "not a folder" : strerror(errno));
    return CHARTA_OK;
}

/* May the existing entry t->name be replaced? */
static charta_status
check_target(const target *t, const char *out_dir, bool *exists, charta_diags *d)
{
    struct stat sb;
    *exists = false;
    if (fstatat(t->parentfd, t->name, &sb, AT_SYMLINK_NOFOLLOW) != 0) {
        if (errno == ENOENT)
            return CHARTA_OK;
        return charta_diag_error(d, CHARTA_ERR_CANTCREATE, NULL, 0, 0, "cannot read %s: %s",
                                 out_dir, strerror(errno));
    }
    *exists = true;
    if (S_ISLNK(sb.st_mode))
        return charta_diag_error(d, CHARTA_ERR_CANTCREATE, NULL, 0, 0,
                                 "%s is a symbolic link; charta replaces only a real folder: "
                                 "give the folder it points to with -o",
                                 out_dir);
    if (!S_ISDIR(sb.st_mode) || !is_report_dir(t->parentfd, t->name))
        return charta_diag_error(d, CHARTA_ERR_CANTCREATE, NULL, 0, 0,
                                 "%s exists and is not a charta report (no manifest.json); "
                                 "choose another folder with -o",
                                 out_dir);
    return CHARTA_OK;
}

/* Open and take the lock `<name>.lock` beside the report: a regular file
 * charta created (never a link, a hard link or another kind of file), held
 * with flock for the whole run. *fd is the open lock, or -1. */
static charta_status
take_lock(const target *t, const char *out_dir, int *fd, charta_diags *d)
{
    char *lock = charta_asprintf("%s.lock", t->name);
    char *shown = charta_asprintf("%s.lock", out_dir);
    charta_status st = CHARTA_OK;
    *fd = -1;
    if (!lock || !shown) {
        st = CHARTA_ERR_NOMEM;
        goto cleanup;
    }
    *fd = openat(t->parentfd, lock, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC,
                 0644);
    if (*fd < 0) {
        st = charta_diag_error(d, CHARTA_ERR_CANTCREATE, NULL, 0, 0, "cannot create %s: %s%s",
                               shown, errno == ELOOP ? "it is a symbolic link" : strerror(errno),
                               errno == ELOOP ? "; charta does not follow it: remove it" : "");
        goto cleanup;
    }
    struct stat sb;
    if (fstat(*fd, &sb) != 0 || !S_ISREG(sb.st_mode) || sb.st_nlink != 1) {
        st = charta_diag_error(d, CHARTA_ERR_CANTCREATE, NULL, 0, 0,
                               "cannot use %s: it is not a lock file charta created (%s); "
                               "remove it",
                               shown, !S_ISREG(sb.st_mode) ? "not a regular file"
                                                           : "it has other names");
        goto cleanup;
    }
    char pid[32] = "";
    if (flock(*fd, LOCK_EX | LOCK_NB) != 0) {
        ssize_t n = pread(*fd, pid, sizeof pid - 1, 0);
        pid[n > 0 ? n : 0] = '\0';
        pid[strcspn(pid, "\n")] = '\0';
        st = charta_diag_error(d, CHARTA_ERR_LOCKED, NULL, 0, 0,
                               "another run (pid %s) is writing %s; try again later",
                               pid[0] ? pid : "?", out_dir);
        goto cleanup;
    }
    /* a lock charta wrote holds a pid or nothing; anything else is a user's file */
    ssize_t n = sb.st_size < (off_t)sizeof pid ? pread(*fd, pid, sizeof pid - 1, 0) : -1;
    pid[n > 0 ? n : 0] = '\0';
    if (n < 0 || strspn(pid, "0123456789\n") != (size_t)n) {
        st = charta_diag_error(d, CHARTA_ERR_CANTCREATE, NULL, 0, 0,
                               "cannot use %s: it holds something other than a run's pid, so "
                               "charta did not create it; remove it",
                               shown);
        goto cleanup;
    }
    int len = snprintf(pid, sizeof pid, "%ld\n", (long)getpid());
    if (ftruncate(*fd, 0) == 0 && pwrite(*fd, pid, (size_t)len, 0) != len) {
        /* the pid is only a courtesy for the message of a second run */
    }
cleanup:
    if (st != CHARTA_OK && *fd >= 0) {
        close(*fd);
        *fd = -1;
    }
    free(lock);
    free(shown);
    return st;
}

/* Put the staging folder in place of the report: exchanged with an existing
 * one (then removed, it is the previous report), renamed when there is none. */
static charta_status
swap_in(const target *t, const char *staging_name, const char *out_dir, bool exists,
        charta_diags *d)
{
    if (exists) {
        if (renameat2(t->parentfd, staging_name, t->parentfd, t->name, RENAME_EXCHANGE) != 0)
            return charta_diag_error(d, CHARTA_ERR_IO, NULL, 0, 0, "cannot swap in %s: %s",
                                     out_dir, strerror(errno));
        rm_tree_at(t->parentfd, staging_name, 0); /* now the previous report */
    } else {
        int rc = renameat2(t->parentfd, staging_name, t->parentfd, t->name, RENAME_NOREPLACE);
        if (rc != 0 && errno == EINVAL) /* a file system without the flag */
            rc = renameat(t->parentfd, staging_name, t->parentfd, t->name);
        if (rc != 0)
            return charta_diag_error(d, CHARTA_ERR_IO, NULL, 0, 0, "cannot publish %s: %s",
                                     out_dir, strerror(errno));
    }
    if (fsync(t->parentfd) != 0 && errno != EINVAL)
        return charta_diag_error(d, CHARTA_ERR_IO, NULL, 0, 0, "cannot sync %s: %s", t->parent,
                                 strerror(errno));
    return CHARTA_OK;
}

charta_status
charta_publish(const charta_publish_job *job, charta_diags *d)
{
    const char *out_dir = job->out_dir;
    target t = {.parentfd = -1};
    char *staging_name = NULL, *staging = NULL;
    int lockfd = -1;
    bool exists = false, staged = false;
    charta_status st = open_target(out_dir, &t, d);
    if (st == CHARTA_OK)
        st = check_target(&t, out_dir, &exists, d);
    if (st == CHARTA_OK)
        st = take_lock(&t, out_dir, &lockfd, d);
    if (st != CHARTA_OK)
        goto cleanup;
    staging_name = charta_asprintf(".%s.staging-%ld", t.name, (long)getpid());
    staging = staging_name ? charta_path_join(t.parent, staging_name) : NULL;
    if (!staging) {
        st = CHARTA_ERR_NOMEM;
        goto cleanup;
    }
    remove_stale(t.parentfd, t.name);
    /* under the lock: what the check saw may have changed while waiting */
    st = check_target(&t, out_dir, &exists, d);
    if (st != CHARTA_OK)
        goto cleanup;
    if (mkdirat(t.parentfd, staging_name, 0755) != 0) {
        st = charta_diag_error(d, errno == ENOSPC ? CHARTA_ERR_IO : CHARTA_ERR_CANTCREATE, NULL,
                               0, 0, "cannot create %s: %s", staging, strerror(errno));
        goto cleanup;
    }
    staged = true;
    st = job->write(job->ctx, staging, d);
    if (job->interrupted && *job->interrupted && st == CHARTA_OK)
        st = charta_diag_error(d, CHARTA_ERR_INTERNAL, NULL, 0, 0, "interrupted");
    if (st == CHARTA_OK)
        st = check_target(&t, out_dir, &exists, d);
    if (st == CHARTA_OK)
        st = swap_in(&t, staging_name, out_dir, exists, d);
cleanup:
    if (staged && st != CHARTA_OK)
        rm_tree_at(t.parentfd, staging_name, 0);
    if (lockfd >= 0)
        close(lockfd);
    if (t.parentfd >= 0)
        close(t.parentfd);
    free(staging_name);
    free(staging);
    free(t.parent);
    free(t.name);
    return st;
}
