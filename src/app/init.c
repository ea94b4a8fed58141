/* init.c: a new project from the template or from another city's project. */
#include "charta/init.h"

#include <dirent.h>
#include <errno.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "charta/engine.h"
#include "charta/project.h"
#include "charta/util.h"

/* A text replaced in the files copied: `from` by `to`, every time (both owned). */
typedef struct swap {
    char *from, *to;
} swap;

enum { SWAPS_MAX = 8 };

typedef struct copy_job {
    swap swaps[SWAPS_MAX];
    size_t n_swaps;
    bool swap_all;    /* in every file (the template), else in city.lua only */
    bool skip_report; /* a project's report folders and locks stay behind */
    charta_diags *diags;
} copy_job;

static char *
apply_swaps(const copy_job *job, const char *text, size_t len, size_t *out_len)
{
    charta_buf b = {0};
    for (size_t i = 0; i < len;) {
        size_t k = 0;
        while (k < job->n_swaps && strncmp(text + i, job->swaps[k].from,
                                           strlen(job->swaps[k].from)) != 0)
            k++;
        if (k < job->n_swaps && job->swaps[k].from[0]) {
            charta_buf_puts(&b, job->swaps[k].to);
            i += strlen(job->swaps[k].from);
        } else {
            charta_buf_append(&b, text + i, 1);
            i++;
        }
    }
    *out_len = b.len;
    return charta_buf_take(&b);
}

static charta_status
write_all(const char *to, const char *text, size_t len, charta_diags *diags)
{
    FILE *f = fopen(to, "wb");
    if (!f)
        return charta_diag_error(diags, CHARTA_ERR_CANTCREATE, NULL, 0, 0, "cannot create %s: %s",
                                 to, strerror(errno));
    bool ok = fwrite(text, 1, len, f) == len;
    if (fclose(f) != 0)
        ok = false;
    if (!ok)
        return charta_diag_error(diags, CHARTA_ERR_IO, NULL, 0, 0, "cannot write %s: %s", to,
                                 strerror(errno));
    return CHARTA_OK;
}

static charta_status
copy_file(const copy_job *job, const char *from, const char *to, bool swap_here)
{
    size_t len;
    char *text = charta_read_file(from, &len);
    if (!text)
        return charta_diag_error(job->diags, CHARTA_ERR_NOINPUT, NULL, 0, 0, "cannot read %s: %s",
                                 from, strerror(errno));
    char *out = text;
    if (swap_here && !(out = apply_swaps(job, text, len, &len))) {
        free(text);
        return CHARTA_ERR_NOMEM;
    }
    charta_status st = write_all(to, out, len, job->diags);
    if (out != text)
        free(out);
    free(text);
    return st;
}

/* What a project folder holds that is not the project: reports, their staging and
 * locks (named after the report folder), hidden files. */
static bool
left_behind(const char *name, bool top)
{
    size_t n = strlen(name);
    if (name[0] == '.')
        return true;
    if (n > 5 && strcmp(name + n - 5, ".lock") == 0)
        return true;
    return top && strcmp(name, "report") == 0;
}

static charta_status
copy_tree(const copy_job *job, const char *from, const char *to, bool top)
{
    if (mkdir(to, 0755) != 0 && errno != EEXIST)
        return charta_diag_error(job->diags, CHARTA_ERR_CANTCREATE, NULL, 0, 0,
                                 "cannot create %s: %s", to, strerror(errno));
    struct dirent **names;
    int n = scandir(from, &names, NULL, alphasort);
    if (n < 0)
        return charta_diag_error(job->diags, CHARTA_ERR_NOINPUT, NULL, 0, 0,
                                 "cannot read %s: %s", from, strerror(errno));
    charta_status st = CHARTA_OK;
    for (int i = 0; i < n; i++) {
        const char *nm = names[i]->d_name;
        if (st == CHARTA_OK && !left_behind(nm, top && job->skip_report)) {
            char *src = charta_path_join(from, nm), *dst = charta_path_join(to, nm);
            struct stat sb;
            /* lstat: a link in a project copied from is not followed out of it */
            if (!src || !dst)
                st = CHARTA_ERR_NOMEM;
            else if (lstat(src, &sb) != 0 || S_ISLNK(sb.st_mode) ||
                     !(S_ISDIR(sb.st_mode) || S_ISREG(sb.st_mode)))
                ; /* links and special files stay behind */
            else if (S_ISDIR(sb.st_mode))
                st = copy_tree(job, src, dst, false);
            else
                st = copy_file(job, src, dst,
                               job->swap_all || (top && strcmp(nm, "city.lua") == 0));
            free(src);
            free(dst);
        }
        free(names[i]);
    }
    free(names);
    return st;
}

/* A name or code that goes into a Lua string and a CSV field as it is. */
static bool
plain_text(const char *s)
{
    if (!s[0])
        return false;
    for (const unsigned char *c = (const unsigned char *)s; *c; c++)
        if (*c < ' ' || *c == '"' || *c == '\\' || *c == ';' || *c == 0x7f)
            return false;
    return true;
}

static charta_status
check_opts(const charta_init_opts *o, charta_diags *d)
{
    charta_status st = CHARTA_OK;
    charta_subject_kind k;
    if (o->name && !plain_text(o->name))
        st = charta_diag_error(d, CHARTA_ERR_USAGE, NULL, 0, 0,
                               "--name '%s': a name without quotes, backslashes, ';' or control "
                               "characters, please (change it in city.lua afterwards if needed)",
                               o->name);
    if (o->code) {
        bool ok = o->code[0] && strlen(o->code) <= 32;
        for (const char *c = o->code; *c && ok; c++)
            ok = (*c >= '0' && *c <= '9') || (*c >= 'A' && *c <= 'Z') || (*c >= 'a' && *c <= 'z');
        if (!ok)
            st = charta_diag_error(d, CHARTA_ERR_USAGE, NULL, 0, 0,
                                   "--code '%s': an area code of letters and digits, like the "
                                   "AGS \"09162000\"",
                                   o->code);
    }
    if (o->kind && !charta_subject_kind_parse(o->kind, &k))
        st = charta_diag_error(d, CHARTA_ERR_USAGE, NULL, 0, 0,
                               "--kind '%s': one of Stadt, Gemeinde, Kreis, Land, Staat", o->kind);
    return st;
}

static bool
add_swap(copy_job *job, char *from, char *to)
{
    if (!from || !to || job->n_swaps == SWAPS_MAX) {
        free(from);
        free(to);
        return false;
    }
    job->swaps[job->n_swaps++] = (swap){from, to};
    return true;
}

/* In city.lua of a project copied: `key = "old"` -> `key = "now"` (and more after it). */
static bool
add_key_swap(copy_job *job, const char *key, const char *old, const char *now, const char *more)
{
    if (!old || (!now && !more))
        return true;
    return add_swap(job, charta_asprintf("%s = \"%s\"", key, old),
                    charta_asprintf("%s = \"%s\"%s", key, now ? now : old, more ? more : ""));
}

/* The value of `kind = "..."` in the text, malloc'd; NULL when it has none. */
static char *
kind_written(const char *text)
{
    const char *k = text ? strstr(text, "kind = \"") : NULL;
    if (!k)
        return NULL;
    k += strlen("kind = \"");
    const char *q = strchr(k, '"');
    return q ? charta_strndup(k, (size_t)(q - k)) : NULL;
}

/* The swaps of city.lua of the project at from (loaded in src) for the new folder's
 * id (when valid) and the options. */
static bool
from_swaps(copy_job *job, const charta_city *c, const char *from, const char *id,
           const charta_init_opts *o)
{
    char *path = charta_path_join(from, "city.lua");
    size_t len;
    char *text = path ? charta_read_file(path, &len) : NULL;
    free(path);
    char *old_kind = kind_written(text);
    free(text);
    char *more = o->kind && !old_kind ? charta_asprintf(", kind = \"%s\"", o->kind) : NULL;
    bool ok = (!o->kind || old_kind || more) && add_key_swap(job, "id", c->id, id, NULL) &&
              add_key_swap(job, "name", c->name, o->name, more) &&
              add_key_swap(job, "code", c->code, o->code, NULL) &&
              add_key_swap(job, "kind", old_kind, o->kind, NULL);
    free(old_kind);
    free(more);
    return ok;
}

/* data/README.md of a new project: for each variable of the shipped vocabulary that
 * an indicator of the project needs, where to get it. */
static charta_status
write_data_readme(const char *dir, charta_diags *diags)
{
    charta_diags *quiet = charta_diags_new();
    charta_engine *e = quiet ? charta_engine_new(NULL, quiet) : NULL;
    charta_status st = e ? charta_engine_load(e, dir) : CHARTA_ERR_NOMEM;
    if (st != CHARTA_OK) {
        /* the template does not load: say so, the project is there all the same */
        for (size_t i = 0; quiet && i < charta_diags_count(quiet); i++) {
            const charta_diag *g = charta_diags_get(quiet, i);
            charta_diag_warning(diags, g->file, g->line, g->col, "%s", g->message);
        }
        charta_engine_free(e);
        charta_diags_free(quiet);
        return st == CHARTA_ERR_NOMEM ? st : CHARTA_OK;
    }
    const charta_project *p = charta_engine_project(e);
    charta_buf b = {0};
    const char *sel = p->city.kind == CHARTA_KIND_DISTRICT ? "Kreise und krfr. Städte"
                      : p->city.kind == CHARTA_KIND_STATE  ? "Bundesländer"
                                                           : "Gemeinden";
    charta_buf_printf(&b,
                      "# Daten\n\n"
                      "Die mitgelieferten Indikatoren dieses Projekts werden aus den Variablen "
                      "unten berechnet. Ein Indikator erscheint im Bericht, sobald eine Quelle "
                      "in `city.lua` alle Variablen liefert, die er braucht (`charta list` "
                      "nennt die fehlenden). Die meisten gibt es in der Regionalstatistik "
                      "(https://www.regionalstatistik.de): Tabelle aufrufen, Auswahl "
                      "\"%s\" und alle Jahre, Format \"CSV (flat)\" oder \"CSV\"; in "
                      "`city.lua` dann `preset = \"genesis\", encoding = \"latin1\"`. "
                      "Daten der Regionalstatistik stehen unter der Datenlizenz Deutschland – "
                      "Namensnennung – Version 2.0.\n\n"
                      "| Variable | Bedeutung | Einheit | GENESIS-Tabelle | Woher |\n"
                      "|---|---|---|---|---|\n",
                      sel);
    size_t listed = 0;
    for (size_t v = 0; v < p->n_vocab; v++) {
        const charta_vocab *w = &p->vocab[v];
        bool needed = false;
        for (size_t i = 0; i < p->n_indicators && !needed; i++)
            for (size_t k = 0; k < p->indicators[i].n_needs && !needed; k++)
                needed = strcmp(p->indicators[i].needs[k], w->name) == 0;
        if (!needed)
            continue;
        charta_buf_printf(&b, "| `%s` | %s | %s | %s | %s |\n", w->name,
                          charta_text_get(&w->title, "de", "en"),
                          charta_text_get(&w->unit, "de", "en"), w->genesis ? w->genesis : "–",
                          charta_text_get(&w->where, "de", "en"));
        listed++;
    }
    charta_buf_printf(&b,
                      "\n# Data\n\n"
                      "The shipped indicators of this project are computed from the variables "
                      "above: an indicator is in the report as soon as a source in `city.lua` "
                      "gives every variable it needs (`charta list` names the missing ones). "
                      "Most are in the Regionalstatistik (https://www.regionalstatistik.de): "
                      "open the table, choose the areas and all years, format \"CSV\"; then "
                      "`preset = \"genesis\", encoding = \"latin1\"` in `city.lua`.\n");
    charta_engine_free(e);
    charta_diags_free(quiet);
    if (b.oom) {
        charta_buf_free(&b);
        return CHARTA_ERR_NOMEM;
    }
    st = CHARTA_OK;
    if (listed) {
        char *path = charta_path_join(dir, "data/README.md");
        st = path ? write_all(path, b.data, b.len, diags) : CHARTA_ERR_NOMEM;
        free(path);
    }
    charta_buf_free(&b);
    return st;
}

/* The project's city as declared, loaded (its scripts run in the sandbox). */
static charta_status
load_city(const char *from, charta_engine **out, charta_diags *diags)
{
    *out = charta_engine_new(NULL, diags);
    if (!*out)
        return CHARTA_ERR_NOMEM;
    return charta_engine_load(*out, from);
}

charta_status
charta_init_project(const char *dir, const charta_init_opts *opts, charta_diags *diags)
{
    charta_init_opts none = {0};
    const charta_init_opts *o = opts ? opts : &none;
    charta_status st = check_opts(o, diags);
    if (st != CHARTA_OK)
        return st;
    int empty = charta_dir_empty(dir);
    if (!(empty == 1 || (empty < 0 && errno == ENOENT)))
        return charta_diag_error(diags, CHARTA_ERR_CANTCREATE, NULL, 0, 0,
                                 "%s exists and is not empty; choose a new folder", dir);
    char *copy = charta_strdup(dir);
    if (!copy)
        return CHARTA_ERR_NOMEM;
    size_t n = strlen(copy);
    while (n > 1 && copy[n - 1] == '/')
        copy[--n] = '\0';
    const char *base = basename(copy);
    bool valid = base[0] != '\0' && strlen(base) < 64;
    for (const char *c = base; *c && valid; c++)
        valid = (*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '-' || *c == '_';
    copy_job job = {.diags = diags};
    charta_engine *src = NULL;
    char *root = NULL;
    bool ok = true;
    if (o->from) {
        st = load_city(o->from, &src, diags);
        if (st == CHARTA_OK) {
            job.skip_report = true;
            ok = from_swaps(&job, &charta_engine_project(src)->city, o->from,
                            valid ? base : NULL, o);
            root = charta_strdup(o->from);
        }
    } else {
        char *lib = charta_library_dir();
        if (!lib)
            st = charta_diag_error(diags, CHARTA_ERR_NOINPUT, NULL, 0, 0,
                                   "the shipped library was not found (set CHARTA_PATH to the "
                                   "'indicators' folder of charta)");
        else
            root = charta_path_join(lib, "templates/city");
        free(lib);
        job.swap_all = true;
        if (st == CHARTA_OK && valid)
            ok = add_swap(&job, charta_strdup("id = \"meinestadt\""),
                          charta_asprintf("id = \"%s\"", base));
        if (st == CHARTA_OK && ok && o->name)
            ok = add_swap(&job, charta_strdup("Meine Stadt"), charta_strdup(o->name));
        if (st == CHARTA_OK && ok && o->code)
            ok = add_swap(&job, charta_strdup("00000000"), charta_strdup(o->code));
        if (st == CHARTA_OK && ok && o->kind)
            ok = add_swap(&job, charta_strdup("kind = \"Stadt\""),
                          charta_asprintf("kind = \"%s\"", o->kind));
    }
    if (st == CHARTA_OK && (!ok || !root))
        st = CHARTA_ERR_NOMEM;
    if (st == CHARTA_OK)
        st = copy_tree(&job, root, dir, true);
    if (st == CHARTA_OK && !o->from)
        st = write_data_readme(dir, diags);
    for (size_t i = 0; i < job.n_swaps; i++) {
        free(job.swaps[i].from);
        free(job.swaps[i].to);
    }
    charta_engine_free(src);
    free(root);
    free(copy);
    return st;
}
