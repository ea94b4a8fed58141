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
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "charta/i18n.h"
#include "charta/manifest.h"
#include "charta/messages.h"
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

/* The biggest manifest.json a run reads back (charta's are a few KB). */
enum { MANIFEST_MAX = 64 << 20 };

/* The output paths of the charta manifest in the folder dirfd, sorted (see
 * charta_manifest_read_outputs); *paths NULL when there is none. */
static charta_status
read_manifest(int dirfd, char ***paths, size_t *n)
{
    *paths = NULL;
    *n = 0;
    int fd = openat(dirfd, "manifest.json", O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return CHARTA_OK;
    struct stat sb;
    char *text = NULL;
    charta_status st = CHARTA_OK;
    if (fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size <= MANIFEST_MAX) {
        size_t len = (size_t)sb.st_size;
        text = malloc(len + 1);
        if (!text)
            st = CHARTA_ERR_NOMEM;
        else if (pread(fd, text, len, 0) == (ssize_t)len) {
            text[len] = '\0';
            st = charta_manifest_read_outputs(text, len, paths, n);
            if (st == CHARTA_ERR_DATA)
                st = CHARTA_OK; /* not charta's: every file in the folder is foreign */
        }
    }
    free(text);
    close(fd);
    return st;
}

/* Is there a listed path below the folder rel ("rel/...")? paths sorted. */
static bool
lists_below(char *const *paths, size_t n, const char *rel)
{
    size_t len = strlen(rel), lo = 0, hi = n;
    while (lo < hi) { /* the first path not before "rel/" */
        size_t mid = lo + (hi - lo) / 2;
        int c = strncmp(paths[mid], rel, len);
        if (c < 0 || (c == 0 && paths[mid][len] < '/'))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && strncmp(paths[lo], rel, len) == 0 && paths[lo][len] == '/';
}

static int
cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Walk the folder fd (rel its path in the report, "" at the top) in name
 * order: every regular file must be listed (or be the top manifest.json of a
 * charta manifest), every folder must hold listed files. *foreign gets the
 * first entry that is neither (malloc'd), else stays NULL. */
static charta_status
find_foreign(int fd, const char *rel, char *const *paths, size_t n, bool signed_manifest,
             char **foreign)
{
    DIR *dir = fdopendir(fd);
    if (!dir) {
        close(fd);
        return CHARTA_ERR_CANTCREATE;
    }
    char **names = NULL;
    size_t nn = 0;
    charta_status st = CHARTA_OK;
    struct dirent *de;
    while ((de = readdir(dir))) {
        if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
            continue;
        char **nl = realloc(names, (nn + 1) * sizeof *nl);
        char *nm = charta_strdup(de->d_name);
        if (!nl || !nm) {
            free(nm);
            if (nl)
                names = nl;
            st = CHARTA_ERR_NOMEM;
            break;
        }
        names = nl;
        names[nn++] = nm;
    }
    if (nn)
        qsort(names, nn, sizeof *names, cmp_names);
    for (size_t i = 0; i < nn && st == CHARTA_OK && !*foreign; i++) {
        char *path = rel[0] ? charta_asprintf("%s/%s", rel, names[i]) : charta_strdup(names[i]);
        struct stat sb;
        if (!path) {
            st = CHARTA_ERR_NOMEM;
            break;
        }
        bool ours = false;
        if (fstatat(dirfd(dir), names[i], &sb, AT_SYMLINK_NOFOLLOW) != 0) {
            ours = false;
        } else if (S_ISREG(sb.st_mode)) {
            ours = (signed_manifest && !strcmp(path, "manifest.json")) ||
                   (n && bsearch(&path, paths, n, sizeof *paths, cmp_names) != NULL);
        } else if (S_ISDIR(sb.st_mode) && lists_below(paths, n, path)) {
            int sub = openat(dirfd(dir), names[i], O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            ours = true;
            st = sub >= 0 ? find_foreign(sub, path, paths, n, signed_manifest, foreign)
                          : CHARTA_ERR_CANTCREATE;
        }
        if (!ours)
            *foreign = path;
        else
            free(path);
    }
    for (size_t i = 0; i < nn; i++)
        free(names[i]);
    free(names);
    closedir(dir);
    return st;
}

/* Does the folder name under parentfd hold only what charta wrote (or nothing)?
 * *foreign gets the first file or folder in it that charta did not write. */
static charta_status
check_owned(int parentfd, const char *name, char **foreign)
{
    *foreign = NULL;
    int fd = openat(parentfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return CHARTA_ERR_CANTCREATE;
    char **paths = NULL;
    size_t n = 0;
    charta_status st = read_manifest(fd, &paths, &n);
    if (st == CHARTA_OK)
        st = find_foreign(fd, "", paths, n, paths != NULL, foreign);
    else
        close(fd);
    for (size_t i = 0; i < n; i++)
        free(paths[i]);
    free(paths);
    return st;
}

/* Is the folder dir (its stat) path itself or one of the folders above it? */
static bool
holds_path(const struct stat *dir, const char *path)
{
    char *real = realpath(path, NULL);
    if (!real)
        return false;
    bool found = false;
    for (;;) {
        struct stat sb;
        if (stat(real, &sb) == 0 && sb.st_dev == dir->st_dev && sb.st_ino == dir->st_ino) {
            found = true;
            break;
        }
        char *slash = strrchr(real, '/');
        if (!slash || !strcmp(real, "/"))
            break;
        slash[slash == real ? 1 : 0] = '\0';
    }
    free(real);
    return found;
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
                                 errno == ENOTDIR ? _("not a folder") : strerror(errno));
    return CHARTA_OK;
}

/* May the existing entry t->name be replaced? Only a real folder that holds
 * neither the project nor an input and nothing charta did not write. */
static charta_status
check_target(const target *t, const charta_publish_job *job, bool *exists, charta_diags *d)
{
    const char *out_dir = job->out_dir;
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
    if (!S_ISDIR(sb.st_mode))
        return charta_diag_error(d, CHARTA_ERR_CANTCREATE, NULL, 0, 0,
                                 "%s exists and is not a folder; choose another name with -o",
                                 out_dir);
    for (size_t i = 0; i < job->n_keep; i++)
        if (holds_path(&sb, job->keep[i]))
            return charta_diag_error(d, CHARTA_ERR_CANTCREATE, NULL, 0, 0,
                                     "cannot replace %s: it holds %s %s; choose a folder of "
                                     "its own with -o",
                                     out_dir, i == 0 ? _("the project folder") : _("the input"),
                                     job->keep[i]);
    char *foreign = NULL;
    charta_status st = check_owned(t->parentfd, t->name, &foreign);
    if (st == CHARTA_OK && foreign)
        st = charta_diag_error(d, CHARTA_ERR_CANTCREATE, NULL, 0, 0,
                               "cannot replace %s: %s/%s was not written by charta; move it "
                               "away or choose another folder with -o",
                               out_dir, out_dir, foreign);
    else if (st == CHARTA_ERR_CANTCREATE)
        st = charta_diag_error(d, st, NULL, 0, 0, "cannot read %s: %s", out_dir,
                               strerror(errno));
    free(foreign);
    return st;
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
                               shown, errno == ELOOP ? _("it is a symbolic link") : strerror(errno),
                               errno == ELOOP ? _("; charta does not follow it: remove it") : "");
        goto cleanup;
    }
    struct stat sb;
    if (fstat(*fd, &sb) != 0 || !S_ISREG(sb.st_mode) || sb.st_nlink != 1) {
        st = charta_diag_error(d, CHARTA_ERR_CANTCREATE, NULL, 0, 0,
                               "cannot use %s: it is not a lock file charta created (%s); "
                               "remove it",
                               shown, !S_ISREG(sb.st_mode) ? _("not a regular file")
                                                           : _("it has other names"));
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

/* text with every occurrence of from replaced by to; malloc'd, NULL on out
 * of memory. */
static char *
replace_all(const char *text, const char *from, const char *to)
{
    charta_buf b = {0};
    size_t n = strlen(from);
    const char *hit;
    while ((hit = strstr(text, from))) {
        charta_buf_append(&b, text, (size_t)(hit - text));
        charta_buf_puts(&b, to);
        text = hit + n;
    }
    charta_buf_puts(&b, text);
    return charta_buf_take(&b);
}

static void
add_diag(charta_diags *d, charta_severity sev, charta_status st, const char *file, int line,
         int col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    charta_diag_addv(d, sev, st, file, line, col, fmt, ap);
    va_end(ap);
}

/* The writers name files in the staging folder, which is gone when the run
 * ends: pass their diagnostics on naming the published report instead. */
static void
move_diags(const charta_diags *from, charta_diags *to, const char *staging, const char *out_dir)
{
    for (size_t i = 0; i < charta_diags_count(from); i++) {
        const charta_diag *e = charta_diags_get(from, i);
        char *file = e->file ? replace_all(e->file, staging, out_dir) : NULL;
        char *msg = replace_all(e->message, staging, out_dir);
        size_t before = charta_diags_count(to);
        add_diag(to, e->severity, e->status, file ? file : e->file, e->line, e->col, "%s",
                 msg ? msg : e->message);
        if (e->detail && charta_diags_count(to) > before)
            charta_diag_set_detail(to, e->detail);
        free(file);
        free(msg);
    }
}

void
charta_made_dirs_keep(charta_made_dirs *made)
{
    for (size_t i = 0; i < made->n; i++) {
        close(made->dirs[i].parentfd);
        free(made->dirs[i].name);
    }
    free(made->dirs);
    *made = (charta_made_dirs){0};
}

void
charta_made_dirs_undo(charta_made_dirs *made)
{
    for (size_t i = made->n; i-- > 0;) /* AT_REMOVEDIR: only an empty folder goes */
        unlinkat(made->dirs[i].parentfd, made->dirs[i].name, AT_REMOVEDIR);
    charta_made_dirs_keep(made);
}

static bool
made_add(charta_made_dirs *made, int fd, const char *name)
{
    charta_made_dir *dirs = realloc(made->dirs, (made->n + 1) * sizeof *dirs);
    if (!dirs)
        return false;
    made->dirs = dirs;
    int own = dup(fd);
    char *copy = charta_strdup(name);
    if (own < 0 || !copy) {
        if (own >= 0)
            close(own);
        free(copy);
        return false;
    }
    made->dirs[made->n++] = (charta_made_dir){.parentfd = own, .name = copy};
    return true;
}

/* Open every component of path, making the missing ones: a missing name is made in
 * the folder opened before it, and opened without following a link (a link put in
 * its place is refused). An existing component is followed as the system does (a
 * link to a folder is a user's choice); a dangling link is not made through. */
static charta_status
make_folders(const char *path, const char *out_dir, charta_made_dirs *made, charta_diags *d)
{
    char *buf = charta_strdup(path);
    if (!buf)
        return CHARTA_ERR_NOMEM;
    int fd = open(path[0] == '/' ? "/" : ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    charta_status st = CHARTA_OK;
    if (fd < 0)
        st = charta_diag_error(d, CHARTA_ERR_CANTCREATE, NULL, 0, 0,
                               charta_message(CHARTA_MSG_OUT_CANNOT_MAKE), path, strerror(errno));
    for (char *comp = buf; st == CHARTA_OK && *comp;) {
        char *end = comp + strcspn(comp, "/");
        bool last = *end == '\0';
        *end = '\0';
        if (!*comp) {
            comp = last ? end : end + 1;
            continue;
        }
        int next = openat(fd, comp, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        int err = errno;
        if (next < 0 && err == ENOENT) {
            if (mkdirat(fd, comp, 0755) != 0)
                err = errno;
            else if (!made_add(made, fd, comp))
                err = ENOMEM;
            else if ((next = openat(fd, comp, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)) < 0)
                err = errno;
        }
        if (next < 0) {
            /* the path as far as this component, for the message */
            char *shown = charta_strndup(path, (size_t)(end - buf));
            st = !shown || err == ENOMEM ? CHARTA_ERR_NOMEM
                 : err == ENOTDIR
                     ? charta_diag_error(d, CHARTA_ERR_CANTCREATE, NULL, 0, 0,
                                         charta_message(CHARTA_MSG_OUT_NOT_FOLDER), out_dir, shown)
                     : charta_diag_error(d, CHARTA_ERR_CANTCREATE, NULL, 0, 0,
                                         charta_message(CHARTA_MSG_OUT_CANNOT_MAKE), shown,
                                         strerror(err));
            free(shown);
            break;
        }
        close(fd);
        fd = next;
        comp = last ? end : end + 1;
    }
    if (fd >= 0)
        close(fd);
    free(buf);
    return st;
}

charta_status
charta_publish_prepare(const charta_publish_job *job, charta_made_dirs *made, charta_diags *d)
{
    const char *out_dir = job->out_dir;
    target t = {.parentfd = -1};
    bool exists = false;
    const char *slash = strrchr(out_dir, '/');
    charta_status st = CHARTA_OK;
    if (slash && slash != out_dir) {
        char *parent = charta_strndup(out_dir, (size_t)(slash - out_dir));
        st = parent ? make_folders(parent, out_dir, made, d) : CHARTA_ERR_NOMEM;
        free(parent);
    }
    if (st == CHARTA_OK)
        st = open_target(out_dir, &t, d);
    if (st == CHARTA_OK && faccessat(t.parentfd, ".", W_OK | X_OK, AT_EACCESS) != 0)
        st = charta_diag_error(d, CHARTA_ERR_CANTCREATE, NULL, 0, 0,
                               charta_message(CHARTA_MSG_OUT_NOT_WRITABLE), out_dir, t.parent,
                               strerror(errno));
    if (st == CHARTA_OK)
        st = check_target(&t, job, &exists, d);
    if (t.parentfd >= 0)
        close(t.parentfd);
    free(t.parent);
    free(t.name);
    return st;
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
        st = check_target(&t, job, &exists, d);
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
    st = check_target(&t, job, &exists, d);
    if (st != CHARTA_OK)
        goto cleanup;
    if (mkdirat(t.parentfd, staging_name, 0755) != 0) {
        st = charta_diag_error(d, errno == ENOSPC ? CHARTA_ERR_IO : CHARTA_ERR_CANTCREATE, NULL,
                               0, 0, "cannot create %s: %s", staging, strerror(errno));
        goto cleanup;
    }
    staged = true;
    charta_diags *wd = charta_diags_new();
    st = wd ? job->write(job->ctx, staging, wd) : CHARTA_ERR_NOMEM;
    if (wd) {
        move_diags(wd, d, staging, out_dir);
        charta_diags_free(wd);
    }
    if (job->interrupted && *job->interrupted && st == CHARTA_OK)
        st = charta_diag_error(d, CHARTA_ERR_INTERNAL, NULL, 0, 0, "interrupted");
    if (st == CHARTA_OK)
        st = check_target(&t, job, &exists, d);
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
