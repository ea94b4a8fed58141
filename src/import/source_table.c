/* source_table.c: the header of a table and how the project names columns.
 *
 * A column is named by its header path (the header rows' cells joined with
 * "/", e.g. "Kraftfahrzeugarten/Pkw"), by a run of whole '/'-segments of it
 * that only one column name holds ("Pkw"), or by position ("#4"). A date or
 * year in the first header row ("31.12.2015") makes the column part of that
 * year's group and is left out of the name, so "Insgesamt" selects the
 * Insgesamt column of every year; the full path "31.12.2015/Insgesamt"
 * still selects just one.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charta/util.h"
#include "source_internal.h"

#include "charta/i18n.h"

enum { LIST_MAX = 30 };

charta_status
charta_src_table_build(src_table *t, char ***rows, size_t *const *lens, size_t n_rows, size_t width)
{
    t->cols = calloc(width ? width : 1, sizeof *t->cols);
    if (!t->cols)
        return CHARTA_ERR_NOMEM;
    t->width = width;
    t->n_header_rows = (int)n_rows;
    bool keys = true;
    for (size_t j = 0; j < width; j++) {
        charta_buf path = {0}, name = {0};
        src_col *col = &t->cols[j];
        for (size_t i = 0; i < n_rows; i++) {
            size_t n = lens[i][j];
            const char *s = charta_src_trim(rows[i][j], &n);
            if (n == 0)
                continue;
            if (path.len)
                charta_buf_puts(&path, "/");
            charta_buf_append(&path, s, n);
            int y = i == 0 ? charta_src_parse_year(s, n) : 0;
            if (y) {
                col->year = y;
                continue;
            }
            if (name.len)
                charta_buf_puts(&name, "/");
            charta_buf_append(&name, s, n);
        }
        col->path = charta_buf_take(&path);
        col->name = charta_buf_take(&name);
        if (!col->path || !col->name)
            return CHARTA_ERR_NOMEM;
        if (keys && col->path[0] == '\0')
            t->n_keys++;
        else
            keys = false;
    }
    return CHARTA_OK;
}

/* Header rows, copied out of the reader (its records are borrowed). */
typedef struct src_rows {
    char ***fields;
    size_t **lens;
    size_t *n;
    int *line;
    size_t count;
} src_rows;

static bool
rows_add(src_rows *h, const charta_csv_record *rec)
{
    size_t k = h->count + 1;
    char ***fields = realloc(h->fields, k * sizeof *fields);
    if (!fields)
        return false;
    h->fields = fields;
    size_t **lens = realloc(h->lens, k * sizeof *lens);
    if (!lens)
        return false;
    h->lens = lens;
    size_t *n = realloc(h->n, k * sizeof *n);
    if (!n)
        return false;
    h->n = n;
    int *line = realloc(h->line, k * sizeof *line);
    if (!line)
        return false;
    h->line = line;
    char **f = calloc(rec->n + 1, sizeof *f);
    size_t *l = calloc(rec->n + 1, sizeof *l);
    if (!f || !l) {
        free(f);
        free(l);
        return false;
    }
    for (size_t i = 0; i < rec->n; i++) {
        f[i] = charta_strndup(rec->fields[i], rec->lens[i]);
        l[i] = rec->lens[i];
        if (!f[i]) {
            for (size_t j = 0; j < i; j++)
                free(f[j]);
            free(f);
            free(l);
            return false;
        }
    }
    h->fields[h->count] = f;
    h->lens[h->count] = l;
    h->n[h->count] = rec->n;
    h->line[h->count] = rec->line;
    h->count = k;
    return true;
}

static void
rows_free(src_rows *h)
{
    for (size_t i = 0; i < h->count; i++) {
        for (size_t j = 0; j < h->n[i]; j++)
            free(h->fields[i][j]);
        free(h->fields[i]);
        free(h->lens[i]);
    }
    free(h->fields);
    free(h->lens);
    free(h->n);
    free(h->line);
    memset(h, 0, sizeof *h);
}

char
charta_src_guess_delim(const char *s, char declared)
{
    static const char cand[] = {';', ',', '\t', '|'};
    size_t best_n = 0;
    char best = 0;
    for (size_t i = 0; i < sizeof cand; i++) {
        if (cand[i] == declared)
            continue;
        size_t n = 0;
        for (const char *p = s; *p; p++)
            n += *p == cand[i];
        if (n > best_n) {
            best_n = n;
            best = cand[i];
        }
    }
    return best;
}

const char *
charta_src_delim_name(char d, char buf[8])
{
    if (d == '\t')
        return _("tab");
    snprintf(buf, 8, "'%c'", d);
    return buf;
}

/* Check the header rows (equal widths, a plausible delimiter) and build
 * c->table from them. false after reporting the problem. */
static bool
header_finish(src_ctx *c, const src_rows *h)
{
    size_t width = h->n[0];
    c->table.header_line = h->line[0];
    if (width == 1) {
        char guess = charta_src_guess_delim(h->fields[0][0], c->delim);
        if (guess) {
            char a[8], b[8];
            charta_src_fatal(c, CHARTA_ERR_DATA, h->line[0], 0,
                      "found 1 field in the header (is the delimiter %s? the source declares %s)",
                      charta_src_delim_name(guess, a), charta_src_delim_name(c->delim, b));
            return false;
        }
    }
    for (size_t i = 1; i < h->count; i++) {
        if (h->n[i] != width) {
            charta_src_fatal(c, CHARTA_ERR_DATA, h->line[i], 0,
                      charta_trn("header row has %zu field, the first header row (line %d) has %zu",
                                 "header row has %zu fields, the first header row (line %d) has "
                                 "%zu",
                                 h->n[i]),
                      h->n[i], h->line[0], width);
            return false;
        }
    }
    if (charta_src_table_build(&c->table, h->fields, (size_t *const *)h->lens, h->count, width) !=
        CHARTA_OK) {
        charta_src_fatal(c, CHARTA_ERR_NOMEM, 0, 0, "out of memory");
        return false;
    }
    c->table.header_line = h->line[0];
    return true;
}

static bool
first_cell_empty(const charta_csv_record *rec)
{
    size_t n = rec->lens[0];
    charta_src_trim(rec->fields[0], &n);
    return n == 0;
}

/* The header rows into h; false when the reading stopped (reported). */
static bool
read_rows(src_ctx *c, charta_csvread *r, int want, src_rows *h, const charta_csv_record **first,
          bool *footer)
{
    bool genesis = c->cell.genesis;
    while (genesis || (int)h->count < want) {
        if (genesis && charta_src_genesis_at_footer(r)) {
            *footer = true;
            return true;
        }
        const charta_csv_record *rec;
        charta_csv_error err;
        charta_csv_result res = charta_csvread_next(r, &rec, &err);
        if (res == CHARTA_CSV_EOF)
            return true;
        if (res != CHARTA_CSV_RECORD) {
            charta_src_csv_error(c, &err);
            if (c->stopped)
                return false;
            continue;
        }
        if (genesis && !(want > 0 ? (int)h->count < want : first_cell_empty(rec))) {
            *first = rec;
            return true;
        }
        if (!rows_add(h, rec)) {
            charta_src_fatal(c, CHARTA_ERR_NOMEM, 0, 0, "out of memory");
            return false;
        }
    }
    return true;
}

/* A GENESIS file without a header row: where the header would be, and the delimiter
 * the file seems to use, from the delimiters of its first lines. */
static void
no_genesis_header(src_ctx *c)
{
    const src_delim_probe *p = &c->probe;
    char decl_buf[8], seen_buf[8], best_buf[8]; /* the names point here or to "tab" */
    size_t best = 0, own = 0;
    for (size_t k = 0; k < sizeof charta_src_probe_delims; k++) {
        if (p->with[k] > p->with[best])
            best = k;
        if (charta_src_probe_delims[k] == c->delim)
            own = k;
    }
    const char *decl = charta_src_delim_name(c->delim, decl_buf);
    char b = charta_src_probe_delims[best];
    char b_text[2] = {b, '\0'};
    const char *best_name = charta_src_delim_name(b, best_buf);
    if (b == c->delim || !p->with[best]) {
        charta_src_fatal(c, CHARTA_ERR_DATA, 0, 0,
                         "no GENESIS header rows: after the title block a header row starts with "
                         "an empty cell (is the delimiter %s?)",
                         decl);
        return;
    }
    if (!p->start_line) { /* no line starts with a delimiter: no GENESIS header at all */
        charta_src_fatal(c, CHARTA_ERR_DATA, 0, 0,
                         "no GENESIS header rows: after the title block a header row starts with "
                         "an empty cell, and no line does; the file seems to use %s, not %s (on "
                         "%d of its first %d lines, %s on %d)",
                         best_name, decl, p->with[best], p->lines_seen, decl, p->with[own]);
        return;
    }
    const char *seen = charta_src_delim_name(p->start_delim, seen_buf);
    charta_src_fatal(c, CHARTA_ERR_DATA, p->start_line, 0,
                     "no GENESIS header row: none starts with %s (an empty first cell); the "
                     "header seems to be this line, which starts with %s, and the file seems to "
                     "use %s (on %d of its first %d lines, %s on %d): set delimiter = \"%s\"",
                     decl, seen, best_name, p->with[best], p->lines_seen, decl, p->with[own],
                     b == '\t' ? _("tab") : b_text);
}

bool
charta_src_header_read(src_ctx *c, charta_csvread *r, int want, const charta_csv_record **first,
                       bool *footer)
{
    *first = NULL;
    *footer = false;
    src_rows h = {0};
    bool ok = read_rows(c, r, want, &h, first, footer);
    if (ok && c->cell.genesis && h.count == 0) {
        no_genesis_header(c);
        ok = false;
    } else if (ok && !c->cell.genesis && (int)h.count < want) {
        charta_src_fatal(c, CHARTA_ERR_DATA, 0, 0, "no data rows: the file ends %s",
                         h.count ? _("within the header") : _("before the header"));
        ok = false;
    }
    ok = ok && header_finish(c, &h);
    rows_free(&h);
    return ok;
}

void
charta_src_table_free(src_table *t)
{
    for (size_t j = 0; j < t->width; j++) {
        free(t->cols[j].path);
        free(t->cols[j].name);
    }
    free(t->cols);
    memset(t, 0, sizeof *t);
}

/* True when the '/'-segments of ref appear, whole and in order, as a run of
 * the segments of name. */
static bool
segment_match(const char *name, const char *ref)
{
    size_t rn = strlen(ref);
    if (rn == 0)
        return false;
    const char *p = name;
    for (;;) {
        if (strncmp(p, ref, rn) == 0 && (p[rn] == '\0' || p[rn] == '/'))
            return true;
        p = strchr(p, '/');
        if (!p)
            return false;
        p++;
    }
}

/* The column the ref "#n" names (0-based), -1 when ref is not of that form,
 * -2 when n is out of range. */
static int
position_ref(const src_ctx *c, const char *ref)
{
    if (ref[0] != '#' || !ref[1])
        return -1;
    char *end;
    long n = strtol(ref + 1, &end, 10);
    if (*end)
        return -1;
    if (n < 1 || (size_t)n > c->table.width)
        return -2;
    return (int)n - 1;
}

static bool
is_key(const src_ctx *c, size_t j)
{
    return (int)j == c->area_col || (int)j == c->name_col || (int)j == c->year_col ||
           (int)j == c->var_col || (int)j == c->value_col;
}

static bool
listed(const char *const *list, size_t n, const char *s)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(list[i], s) == 0)
            return true;
    return false;
}

/* "'a', 'b', 'c'": the distinct non-empty column names (paths for date-only
 * headers), skipping key columns. */
static void
list_columns(const src_ctx *c, charta_buf *b, bool skip_keys)
{
    const char **seen = calloc(c->table.width + 1, sizeof *seen);
    if (!seen)
        return;
    size_t n = 0, shown = 0;
    int ymin = 0, ymax = 0;
    for (size_t j = 0; j < c->table.width; j++) {
        const src_col *col = &c->table.cols[j];
        if (skip_keys && is_key(c, j))
            continue;
        if (col->year) {
            ymin = ymin && ymin < col->year ? ymin : col->year;
            ymax = ymax > col->year ? ymax : col->year;
        }
        const char *s = col->name[0] ? col->name : col->path;
        if (!s[0] || listed(seen, n, s))
            continue;
        seen[n++] = s;
        if (shown < LIST_MAX) {
            charta_buf_printf(b, "%s'%s'", shown ? ", " : "", s);
            shown++;
        }
    }
    if (n > shown)
        charta_buf_printf(b, _(", ... (%zu more)"), n - shown);
    if (n == 0)
        charta_buf_puts(b, _("none with a name (use \"#n\")"));
    if (ymin && ymin != ymax)
        charta_buf_printf(b, _(" (for each date in the first header row, %d-%d)"), ymin, ymax);
    free(seen);
}

/* A close name among the column names and their segments, or NULL. */
static char *
suggest_column(const src_ctx *c, const char *ref)
{
    size_t cap = 0, n = 0;
    for (size_t j = 0; j < c->table.width; j++) {
        cap += 2;
        for (const char *p = c->table.cols[j].name; *p; p++)
            cap += *p == '/';
    }
    char **cand = calloc(cap + 1, sizeof *cand);
    char *best = NULL;
    if (!cand)
        return NULL;
    for (size_t j = 0; j < c->table.width; j++) {
        const char *name = c->table.cols[j].name;
        if (is_key(c, j) || !name[0])
            continue;
        cand[n++] = charta_strdup(name);
        for (const char *p = name; p;) {
            const char *e = strchr(p, '/');
            size_t len = e ? (size_t)(e - p) : strlen(p);
            if (e || p != name)
                cand[n++] = charta_strndup(p, len);
            p = e ? e + 1 : NULL;
        }
    }
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (cand[i])
            cand[m++] = cand[i];
    const char *s = charta_suggest(ref, (const char *const *)cand, m);
    if (s)
        best = charta_strdup(s);
    for (size_t i = 0; i < m; i++)
        free(cand[i]);
    free(cand);
    return best;
}

/* A column the script names (at `at`) that the header does not have: the script's
 * mistake (78), though found while reading the data. */
static void
not_found(src_ctx *c, const char *ref, const char *what, charta_script_pos at)
{
    charta_buf b = {0};
    char *hint = suggest_column(c, ref);
    if (hint)
        charta_buf_printf(&b, _("; did you mean '%s'? The header (line %d) has: "), hint,
                          c->table.header_line);
    else
        charta_buf_printf(&b, _("; the header (line %d) has: "), c->table.header_line);
    list_columns(c, &b, true);
    charta_src_script_fatal(c, CHARTA_ERR_SCRIPT, at, "source '%s': no column '%s' (%s) in %s%s",
                            c->spec->name, ref, what, c->file, b.data ? b.data : "");
    free(hint);
    charta_buf_free(&b);
}

static void
ambiguous(src_ctx *c, const char *ref, const char *what, charta_script_pos at,
          const char *const *names, size_t n)
{
    charta_buf b = {0};
    for (size_t i = 0; i < n && i < LIST_MAX; i++)
        charta_buf_printf(&b, "%s'%s'", i ? ", " : "", names[i]);
    charta_src_script_fatal(c, CHARTA_ERR_SCRIPT, at,
                            "source '%s': column '%s' (%s) is ambiguous in %s: it matches %s; "
                            "write more of the header path",
                            c->spec->name, ref, what, c->file, b.data ? b.data : "");
    charta_buf_free(&b);
}

bool
charta_src_resolve_one(src_ctx *c, const char *ref, const char *what, charta_script_pos at,
                       int *col)
{
    if (!ref[0]) {
        not_found(c, ref, what, at);
        return false;
    }
    int pos = position_ref(c, ref);
    if (pos == -2) {
        charta_src_script_fatal(c, CHARTA_ERR_SCRIPT, at,
                                "source '%s': column '%s' (%s) is beyond the %zu columns of %s",
                                c->spec->name, ref, what, c->table.width, c->file);
        return false;
    }
    if (pos >= 0) {
        *col = pos;
        return true;
    }
    /* exact path, then exact name, then a run of segments */
    for (int pass = 0; pass < 3; pass++) {
        int found = -1;
        const char *names[LIST_MAX];
        size_t n = 0;
        for (size_t j = 0; j < c->table.width; j++) {
            const src_col *cl = &c->table.cols[j];
            bool hit = pass == 0   ? strcmp(cl->path, ref) == 0
                       : pass == 1 ? strcmp(cl->name, ref) == 0
                                   : segment_match(cl->name, ref);
            if (!hit)
                continue;
            if (found < 0)
                found = (int)j;
            if (n < LIST_MAX)
                names[n++] = cl->path;
        }
        if (n > 1) {
            ambiguous(c, ref, what, at, names, n);
            return false;
        }
        if (found >= 0) {
            *col = found;
            return true;
        }
    }
    not_found(c, ref, what, at);
    return false;
}

static bool
add_target(src_var *v, size_t j, int year)
{
    size_t *cols = realloc(v->cols, (v->n_cols + 1) * sizeof *cols);
    if (!cols)
        return false;
    v->cols = cols;
    int *years = realloc(v->years, (v->n_cols + 1) * sizeof *years);
    if (!years)
        return false;
    v->years = years;
    v->cols[v->n_cols] = j;
    v->years[v->n_cols] = year;
    v->n_cols++;
    return true;
}

/* Columns sharing a name must differ by year, or the name is ambiguous. */
static bool
check_group(src_ctx *c, src_var *v, const char *ref, const char *what)
{
    for (size_t a = 0; a < v->n_cols; a++) {
        for (size_t b = a + 1; b < v->n_cols; b++) {
            if (v->years[a] == v->years[b]) {
                charta_src_fatal(c, CHARTA_ERR_DATA, c->table.header_line, (int)v->cols[b] + 1,
                          "column '%s' (%s) matches fields %zu and %zu%s; name one by its "
                          "position (\"#%zu\")",
                          ref, what, v->cols[a] + 1, v->cols[b] + 1,
                          v->years[a] ? _(" of the same year") : "", v->cols[a] + 1);
                return false;
            }
        }
    }
    return true;
}

bool
charta_src_resolve_var(src_ctx *c, src_var *v, const char *ref)
{
    char what[200];
    snprintf(what, sizeof what, _("variable '%s'"), v->spec->name);
    charta_script_pos at = v->spec->column_at;
    int pos = position_ref(c, ref);
    if (pos == -2) {
        charta_src_script_fatal(c, CHARTA_ERR_SCRIPT, at,
                                "source '%s': column '%s' (%s) is beyond the %zu columns of %s",
                                c->spec->name, ref, what, c->table.width, c->file);
        return false;
    }
    if (pos >= 0) {
        if (!add_target(v, (size_t)pos, c->table.cols[pos].year))
            goto nomem;
        return true;
    }
    for (int pass = 0; pass < 2; pass++) {
        for (size_t j = 0; j < c->table.width; j++) {
            const src_col *cl = &c->table.cols[j];
            if (is_key(c, j))
                continue;
            if (strcmp(pass == 0 ? cl->path : cl->name, ref) == 0 && !add_target(v, j, cl->year))
                goto nomem;
        }
        if (v->n_cols)
            return check_group(c, v, ref, what);
    }
    /* a run of segments: all columns of the one name that holds it */
    const char *names[LIST_MAX];
    size_t n = 0;
    for (size_t j = 0; j < c->table.width; j++) {
        const src_col *cl = &c->table.cols[j];
        if (is_key(c, j) || !segment_match(cl->name, ref) || listed(names, n, cl->name))
            continue;
        if (n < LIST_MAX)
            names[n++] = cl->name;
    }
    if (n > 1) {
        ambiguous(c, ref, what, at, names, n);
        return false;
    }
    if (n == 0) {
        not_found(c, ref, what, at);
        return false;
    }
    for (size_t j = 0; j < c->table.width; j++)
        if (!is_key(c, j) && strcmp(c->table.cols[j].name, names[0]) == 0 &&
            !add_target(v, j, c->table.cols[j].year))
            goto nomem;
    return check_group(c, v, ref, what);
nomem:
    charta_src_fatal(c, CHARTA_ERR_NOMEM, 0, 0, "out of memory");
    return false;
}
