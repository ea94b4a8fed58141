/* pathfull.c: a path made full and normal, and whether one lies below another
 * (util.h): what --log compares with the report folder. */
#include "charta/util.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* path made absolute and normal (no ".", "..", "//" or trailing '/'), the symbolic
 * links of the part that exists resolved: two names of one place compare equal
 * whether or not it exists yet. NULL on out of memory. */
char *
charta_path_full(const char *path)
{
    char cwd[PATH_MAX];
    charta_buf abs = {0};
    if (path[0] != '/')
        charta_buf_puts(&abs, getcwd(cwd, sizeof cwd) ? cwd : ".");
    charta_buf_printf(&abs, "/%s", path);
    if (!abs.data)
        return NULL;
    /* lexically: components, "." dropped, ".." taking one back */
    char *norm = malloc(abs.len + 2);
    if (!norm) {
        charta_buf_free(&abs);
        return NULL;
    }
    size_t n = 0;
    char *save = NULL;
    for (char *tok = strtok_r(abs.data, "/", &save); tok; tok = strtok_r(NULL, "/", &save)) {
        if (!strcmp(tok, "."))
            continue;
        if (!strcmp(tok, "..")) {
            while (n > 0 && norm[n - 1] != '/')
                n--;
            if (n > 0)
                n--;
            continue;
        }
        norm[n++] = '/';
        size_t l = strlen(tok);
        memcpy(norm + n, tok, l);
        n += l;
    }
    if (!n)
        norm[n++] = '/';
    norm[n] = '\0';
    charta_buf_free(&abs);
    /* the longest prefix that exists, with its links resolved, then the rest */
    for (size_t cut = n;;) {
        char keep = norm[cut];
        norm[cut] = '\0';
        char real[PATH_MAX];
        bool found = realpath(cut ? norm : "/", real) != NULL;
        norm[cut] = keep;
        if (found) {
            char *out = charta_asprintf("%s%s", strcmp(real, "/") ? real : "", norm + cut);
            free(norm);
            if (out && !out[0]) {
                free(out);
                out = charta_strdup("/");
            }
            return out;
        }
        if (cut == 0)
            break;
        while (cut > 0 && norm[cut - 1] != '/')
            cut--;
        if (cut > 0)
            cut--;
    }
    return norm;
}

/* True when file (a full path) is dir or below it. */
bool
charta_path_below(const char *file, const char *dir)
{
    size_t n = strlen(dir);
    if (!strcmp(dir, "/"))
        return true;
    return !strncmp(file, dir, n) && (file[n] == '\0' || file[n] == '/');
}
