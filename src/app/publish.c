/* publish.c: the lock, the staging folder and the swap (publish.h). */
#include "publish.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "charta/util.h"

#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif

static int
rm_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
    (void)sb;
    (void)flag;
    (void)ftw;
    return remove(path);
}

static int
rm_tree(const char *path)
{
    return nftw(path, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

static charta_status
fsync_dir(const char *path, charta_diags *d)
{
    int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return charta_diag_error(d, CHARTA_ERR_IO, NULL, 0, 0, "cannot open %s: %s", path,
                                 strerror(errno));
    int rc = fsync(fd);
    int err = errno;
    close(fd);
    if (rc != 0 && err != EINVAL)
        return charta_diag_error(d, CHARTA_ERR_IO, NULL, 0, 0, "cannot sync %s: %s", path,
                                 strerror(err));
    return CHARTA_OK;
}

/* Remove `.<name>.staging-*` left by runs that were killed. */
static void
remove_stale(const char *parent, const char *name)
{
    DIR *dir = opendir(parent);
    if (!dir)
        return;
    char prefix[512];
    snprintf(prefix, sizeof prefix, ".%s.staging-", name);
    struct dirent *de;
    while ((de = readdir(dir))) {
        if (strncmp(de->d_name, prefix, strlen(prefix)) != 0)
            continue;
        char *p = charta_path_join(parent, de->d_name);
        if (p)
            rm_tree(p);
        free(p);
    }
    closedir(dir);
}

static bool
is_report_dir(const char *dir)
{
    /* replace only a report charta wrote (or an empty folder) */
    char *m = charta_path_join(dir, "manifest.json");
    bool ok = m && access(m, F_OK) == 0;
    free(m);
    if (ok)
        return true;
    DIR *d = opendir(dir);
    if (!d)
        return false;
    struct dirent *de;
    bool empty = true;
    while ((de = readdir(d)))
        if (strcmp(de->d_name, ".") && strcmp(de->d_name, ".."))
            empty = false;
    closedir(d);
    return empty;
}

charta_status
charta_publish(const charta_publish_job *job, charta_diags *d)
{
    char *tmp1 = charta_strdup(job->out_dir), *tmp2 = charta_strdup(job->out_dir);
    if (!tmp1 || !tmp2) {
        free(tmp1);
        free(tmp2);
        return CHARTA_ERR_NOMEM;
    }
    char *parent = charta_strdup(dirname(tmp1)), *name = charta_strdup(basename(tmp2));
    free(tmp1);
    free(tmp2);
    char *lock = NULL, *staging = NULL;
    int lockfd = -1;
    charta_status st = CHARTA_OK;
    if (!parent || !name) {
        st = CHARTA_ERR_NOMEM;
        goto cleanup;
    }
    struct stat sb;
    if (stat(parent, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
        st = charta_diag_error(d, CHARTA_ERR_CANTCREATE, NULL, 0, 0,
                               "cannot create the report in %s: %s", parent,
                               errno ? strerror(errno) : "not a folder");
        goto cleanup;
    }
    if (stat(job->out_dir, &sb) == 0 && (!S_ISDIR(sb.st_mode) || !is_report_dir(job->out_dir))) {
        st = charta_diag_error(d, CHARTA_ERR_CANTCREATE, NULL, 0, 0,
                               "%s exists and is not a charta report (no manifest.json); "
                               "choose another folder with -o",
                               job->out_dir);
        goto cleanup;
    }
    lock = charta_asprintf("%s/%s.lock", parent, name);
    staging = charta_asprintf("%s/.%s.staging-%ld", parent, name, (long)getpid());
    if (!lock || !staging) {
        st = CHARTA_ERR_NOMEM;
        goto cleanup;
    }
    lockfd = open(lock, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (lockfd < 0) {
        st = charta_diag_error(d, CHARTA_ERR_CANTCREATE, NULL, 0, 0, "cannot create %s: %s", lock,
                               strerror(errno));
        goto cleanup;
    }
    if (flock(lockfd, LOCK_EX | LOCK_NB) != 0) {
        char pid[32] = "";
        ssize_t n = pread(lockfd, pid, sizeof pid - 1, 0);
        pid[n > 0 ? n : 0] = '\0';
        pid[strcspn(pid, "\n")] = '\0';
        st = charta_diag_error(d, CHARTA_ERR_LOCKED, NULL, 0, 0,
                               "another run (pid %s) is writing %s; try again later",
                               pid[0] ? pid : "?", job->out_dir);
        goto cleanup;
    }
    {
        char pid[32];
        int n = snprintf(pid, sizeof pid, "%ld\n", (long)getpid());
        if (ftruncate(lockfd, 0) == 0 && pwrite(lockfd, pid, (size_t)n, 0) != n) {
            /* the pid is only a courtesy for the message of a second run */
        }
    }
    remove_stale(parent, name);
    if (mkdir(staging, 0755) != 0) {
        st = charta_diag_error(d, errno == ENOSPC ? CHARTA_ERR_IO : CHARTA_ERR_CANTCREATE, NULL,
                               0, 0, "cannot create %s: %s", staging, strerror(errno));
        goto cleanup;
    }
    st = job->write(job->ctx, staging, d);
    if (job->interrupted && *job->interrupted && st == CHARTA_OK)
        st = charta_diag_error(d, CHARTA_ERR_INTERNAL, NULL, 0, 0, "interrupted");
    if (st != CHARTA_OK) {
        rm_tree(staging);
        goto cleanup;
    }
    if (access(job->out_dir, F_OK) == 0) {
        if (syscall(SYS_renameat2, AT_FDCWD, staging, AT_FDCWD, job->out_dir, RENAME_EXCHANGE) !=
            0) {
            st = charta_diag_error(d, CHARTA_ERR_IO, NULL, 0, 0, "cannot swap in %s: %s",
                                   job->out_dir, strerror(errno));
            rm_tree(staging);
            goto cleanup;
        }
        rm_tree(staging); /* now the previous report */
    } else if (rename(staging, job->out_dir) != 0) {
        st = charta_diag_error(d, CHARTA_ERR_IO, NULL, 0, 0, "cannot publish %s: %s",
                               job->out_dir, strerror(errno));
        rm_tree(staging);
        goto cleanup;
    }
    st = fsync_dir(parent, d);
cleanup:
    if (lockfd >= 0)
        close(lockfd);
    free(lock);
    free(staging);
    free(parent);
    free(name);
    return st;
}
