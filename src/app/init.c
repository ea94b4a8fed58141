/* init.c: a new project from the template. */
#include "charta/init.h"

#include <dirent.h>
#include <errno.h>
#include <ftw.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "charta/engine.h"
#include "charta/util.h"

static charta_status
copy_file(const char *from, const char *to, const char *id, charta_diags *diags)
{
    size_t len;
    char *text = charta_read_file(from, &len);
    if (!text)
        return charta_diag_error(diags, CHARTA_ERR_NOINPUT, NULL, 0, 0, "cannot read %s: %s",
                                 from, strerror(errno));
    /* the template's id becomes the folder's name */
    const char *mark = "id = \"meinestadt\"";
    char *hit = id ? strstr(text, mark) : NULL;
    FILE *f = fopen(to, "wb");
    charta_status st = CHARTA_OK;
    if (!f) {
        st = charta_diag_error(diags, CHARTA_ERR_CANTCREATE, NULL, 0, 0, "cannot create %s: %s",
                               to, strerror(errno));
    } else {
        bool ok;
        if (hit) {
            size_t pre = (size_t)(hit - text), mlen = strlen(mark);
            char *line = charta_asprintf("id = \"%s\"", id);
            ok = line && fwrite(text, 1, pre, f) == pre &&
                 fwrite(line, 1, strlen(line), f) == strlen(line) &&
                 fwrite(hit + mlen, 1, len - pre - mlen, f) == len - pre - mlen;
            free(line);
        } else {
            ok = fwrite(text, 1, len, f) == len;
        }
        if (fclose(f) != 0)
            ok = false;
        if (!ok)
            st = charta_diag_error(diags, CHARTA_ERR_IO, NULL, 0, 0, "cannot write %s: %s", to,
                                   strerror(errno));
    }
    free(text);
    return st;
}

static charta_status
copy_tree(const char *from, const char *to, const char *id, charta_diags *diags)
{
    if (mkdir(to, 0755) != 0 && errno != EEXIST)
        return charta_diag_error(diags, CHARTA_ERR_CANTCREATE, NULL, 0, 0, "cannot create %s: %s",
                                 to, strerror(errno));
    struct dirent **names;
    int n = scandir(from, &names, NULL, alphasort);
    if (n < 0)
        return charta_diag_error(diags, CHARTA_ERR_NOINPUT, NULL, 0, 0, "cannot read %s: %s",
                                 from, strerror(errno));
    charta_status st = CHARTA_OK;
    for (int i = 0; i < n; i++) {
        const char *nm = names[i]->d_name;
        if (st == CHARTA_OK && nm[0] != '.') {
            char *src = charta_path_join(from, nm), *dst = charta_path_join(to, nm);
            struct stat sb;
            if (!src || !dst)
                st = CHARTA_ERR_NOMEM;
            else if (stat(src, &sb) == 0 && S_ISDIR(sb.st_mode))
                st = copy_tree(src, dst, id, diags);
            else
                st = copy_file(src, dst, strcmp(nm, "city.lua") == 0 ? id : NULL, diags);
            free(src);
            free(dst);
        }
        free(names[i]);
    }
    free(names);
    return st;
}

charta_status
charta_init_project(const char *dir, charta_diags *diags)
{
    int empty = charta_dir_empty(dir);
    if (!(empty == 1 || (empty < 0 && errno == ENOENT)))
        return charta_diag_error(diags, CHARTA_ERR_CANTCREATE, NULL, 0, 0,
                                 "%s exists and is not empty; choose a new folder", dir);
    char *lib = charta_library_dir();
    if (!lib)
        return charta_diag_error(diags, CHARTA_ERR_NOINPUT, NULL, 0, 0,
                                 "the shipped library was not found (set CHARTA_PATH to the "
                                 "'indicators' folder of charta)");
    char *tmpl = charta_path_join(lib, "templates/city");
    free(lib);
    char *copy = charta_strdup(dir);
    if (!tmpl || !copy) {
        free(tmpl);
        free(copy);
        return CHARTA_ERR_NOMEM;
    }
    size_t n = strlen(copy);
    while (n > 1 && copy[n - 1] == '/')
        copy[--n] = '\0';
    const char *base = basename(copy);
    bool valid = base[0] != '\0' && strlen(base) < 64;
    for (const char *c = base; *c && valid; c++)
        valid = (*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '-' || *c == '_';
    charta_status st = copy_tree(tmpl, dir, valid ? base : NULL, diags);
    free(tmpl);
    free(copy);
    return st;
}
