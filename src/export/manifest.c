/* manifest.c: hashes and manifest.json. */
#include "charta/manifest.h"

#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charta/i18n.h"
#include "charta/util.h"

static void
json_str(charta_buf *b, const char *s)
{
    charta_buf_puts(b, "\"");
    for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
        if (*c == '"' || *c == '\\')
            charta_buf_printf(b, "\\%c", *c);
        else if (*c < 0x20)
            charta_buf_printf(b, "\\u%04x", *c);
        else
            charta_buf_append(b, (const char *)c, 1);
    }
    charta_buf_puts(b, "\"");
}

charta_status
charta_manifest_write(const char *dir, const charta_project *p, const charta_dataset *ds,
                      const char *run_date, const char *const *outputs, size_t n_outputs,
                      charta_diags *diags)
{
    charta_buf b = {0};
    /* the signature by which a later run knows the folder as charta's */
    charta_buf_puts(&b, "{\n  \"generator\": ");
    json_str(&b, "charta " CHARTA_VERSION);
    charta_buf_puts(&b, ",\n  \"charta\": ");
    json_str(&b, CHARTA_VERSION);
    charta_buf_puts(&b, ",\n  \"run_date\": ");
    json_str(&b, run_date);
    charta_buf_puts(&b, ",\n  \"city\": ");
    json_str(&b, p->city.id ? p->city.id : "");
    charta_buf_puts(&b, ",\n  \"inputs\": [");
    for (size_t i = 0; i < charta_dataset_input_count(ds); i++) {
        const charta_input *in = charta_dataset_input(ds, i);
        char *path = charta_path_join(p->dir, in->path);
        char hex[65] = "";
        long long bytes = 0;
        charta_status hs = path ? charta_sha256_file(path, hex, &bytes) : CHARTA_ERR_NOMEM;
        if (hs != CHARTA_OK) {
            free(path);
            charta_buf_free(&b);
            return charta_diag_error(diags, hs, in->path, 0, 0,
                                     "cannot read the input again to hash it: %s",
                                     strerror(errno));
        }
        free(path);
        charta_buf_printf(&b, "%s\n    {\"path\": ", i ? "," : "");
        json_str(&b, in->path);
        charta_buf_puts(&b, ", \"source\": ");
        json_str(&b, in->source);
        charta_buf_printf(&b, ", \"rows\": %ld, \"bytes\": %lld, \"sha256\": \"%s\"", in->rows,
                          bytes, hex);
        if (in->as_of) {
            charta_buf_puts(&b, ", \"as_of\": ");
            json_str(&b, in->as_of);
        }
        charta_buf_puts(&b, "}");
    }
    charta_buf_puts(&b, "\n  ],\n  \"outputs\": [");
    for (size_t i = 0; i < n_outputs; i++) {
        char *path = charta_path_join(dir, outputs[i]);
        char hex[65] = "";
        long long bytes = 0;
        charta_status hs = path ? charta_sha256_file(path, hex, &bytes) : CHARTA_ERR_NOMEM;
        if (hs != CHARTA_OK) {
            free(path);
            charta_buf_free(&b);
            return charta_diag_error(diags, hs, NULL, 0, 0,
                                     "cannot read the output %s to hash it: %s", outputs[i],
                                     strerror(errno));
        }
        free(path);
        charta_buf_printf(&b, "%s\n    {\"path\": ", i ? "," : "");
        json_str(&b, outputs[i]);
        charta_buf_printf(&b, ", \"bytes\": %lld, \"sha256\": \"%s\"}", bytes, hex);
    }
    charta_buf_puts(&b, "\n  ]\n}\n");
    if (b.oom) {
        charta_buf_free(&b);
        return CHARTA_ERR_NOMEM;
    }
    char *path = charta_path_join(dir, "manifest.json");
    FILE *f = path ? fopen(path, "wb") : NULL;
    charta_status st = CHARTA_OK;
    if (!f) {
        st = charta_diag_error(diags, errno == ENOMEM ? CHARTA_ERR_NOMEM : CHARTA_ERR_CANTCREATE,
                               NULL, 0, 0, "cannot create %s: %s",
                               path ? path : "manifest.json", strerror(errno));
    } else {
        size_t w = fwrite(b.data, 1, b.len, f);
        int e1 = w == b.len ? 0 : errno;
        if (fflush(f) != 0 && !e1)
            e1 = errno;
        if (fclose(f) != 0 && !e1)
            e1 = errno;
        if (e1)
            st = charta_diag_error(diags, CHARTA_ERR_IO, NULL, 0, 0, "cannot write %s: %s", path,
                                   strerror(e1));
    }
    free(path);
    charta_buf_free(&b);
    return st;
}

/* --- reading a manifest back ----------------------------------------------- */

/* A strict reader of the JSON a manifest may hold: enough to find the
 * signature and the output paths, and to reject anything else. */
typedef struct jreader {
    const char *s, *end;
    int depth;
} jreader;

enum { JSON_DEPTH_MAX = 16 };

static void
skip_ws(jreader *r)
{
    while (r->s < r->end && (*r->s == ' ' || *r->s == '\n' || *r->s == '\r' || *r->s == '\t'))
        r->s++;
}

static bool
expect_char(jreader *r, char c)
{
    skip_ws(r);
    if (r->s < r->end && *r->s == c) {
        r->s++;
        return true;
    }
    return false;
}

/* A string into out (NULL: skipped); false when malformed. NUL, lone
 * surrogates and raw control characters make it malformed. */
static bool
read_string(jreader *r, charta_buf *out)
{
    if (!expect_char(r, '"'))
        return false;
    while (r->s < r->end && *r->s != '"') {
        unsigned char c = (unsigned char)*r->s++;
        if (c < 0x20)
            return false;
        if (c != '\\') {
            if (out)
                charta_buf_append(out, (const char *)&c, 1);
            continue;
        }
        if (r->s >= r->end)
            return false;
        char e = *r->s++;
        const char *simple = "\"\\/bfnrt", *value = "\"\\/\b\f\n\r\t";
        const char *k = strchr(simple, e);
        if (e && k) {
            if (out)
                charta_buf_append(out, value + (k - simple), 1);
            continue;
        }
        if (e != 'u' || r->end - r->s < 4)
            return false;
        unsigned cp = 0;
        for (int i = 0; i < 4; i++) {
            char h = *r->s++;
            int v = h >= '0' && h <= '9'   ? h - '0'
                    : h >= 'a' && h <= 'f' ? h - 'a' + 10
                    : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                           : -1;
            if (v < 0)
                return false;
            cp = cp * 16 + (unsigned)v;
        }
        if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        char u[3];
        size_t n;
        if (cp < 0x80)
            u[0] = (char)cp, n = 1;
        else if (cp < 0x800)
            u[0] = (char)(0xC0 | (cp >> 6)), u[1] = (char)(0x80 | (cp & 0x3F)), n = 2;
        else
            u[0] = (char)(0xE0 | (cp >> 12)), u[1] = (char)(0x80 | ((cp >> 6) & 0x3F)),
            u[2] = (char)(0x80 | (cp & 0x3F)), n = 3;
        if (out)
            charta_buf_append(out, u, n);
    }
    return expect_char(r, '"');
}

static bool skip_value(jreader *r);

/* Each member of an object (fn called with the key and the reader at the
 * value, which it must consume) or each element of an array (key NULL). */
static bool
each_member(jreader *r, bool object, bool (*fn)(jreader *, const char *, void *), void *ctx)
{
    if (!expect_char(r, object ? '{' : '['))
        return false;
    if (++r->depth > JSON_DEPTH_MAX)
        return false;
    if (expect_char(r, object ? '}' : ']')) {
        r->depth--;
        return true;
    }
    do {
        charta_buf key = {0};
        if (object && (!read_string(r, &key) || !expect_char(r, ':'))) {
            charta_buf_free(&key);
            return false;
        }
        bool ok = !key.oom && fn(r, object ? (key.data ? key.data : "") : NULL, ctx);
        charta_buf_free(&key);
        if (!ok)
            return false;
    } while (expect_char(r, ','));
    r->depth--;
    return expect_char(r, object ? '}' : ']');
}

static bool
skip_member(jreader *r, const char *key, void *ctx)
{
    (void)key;
    (void)ctx;
    return skip_value(r);
}

static bool
skip_value(jreader *r)
{
    skip_ws(r);
    if (r->s >= r->end)
        return false;
    if (*r->s == '{' || *r->s == '[')
        return each_member(r, *r->s == '{', skip_member, NULL);
    if (*r->s == '"')
        return read_string(r, NULL);
    const char *start = r->s;
    while (r->s < r->end && strchr("+-.0123456789eEtruefalsn", *r->s))
        r->s++;
    size_t n = (size_t)(r->s - start);
    return n && (strncmp(start, "true", n) == 0 || strncmp(start, "false", n) == 0 ||
                 strncmp(start, "null", n) == 0 || strspn(start, "+-.0123456789eE") >= n);
}

typedef struct manifest_read {
    bool signed_by_charta, has_outputs, oom;
    bool strict;     /* each output needs "bytes" and "sha256"; no path twice */
    const char *why; /* the first reason the text is refused (static) */
    char *why_path;  /* the output path it is about, or NULL */
    size_t json_at;  /* for malformed JSON: the byte (from 1) where reading stopped */
    charta_manifest_output *outs;
    size_t n;
} manifest_read;

/* A path a report may hold: relative, no empty, "." or ".." component. */
static bool
report_path(const char *p)
{
    if (!*p || *p == '/')
        return false;
    while (*p) {
        size_t n = strcspn(p, "/");
        if (n == 0 || (n == 1 && p[0] == '.') || (n == 2 && p[0] == '.' && p[1] == '.'))
            return false;
        p += n;
        if (*p == '/' && !*++p)
            return false;
    }
    return true;
}

/* Keep the first reason only (path copied when given). */
static bool
refuse(manifest_read *m, const char *why, const char *path)
{
    if (!m->why) {
        m->why = why;
        m->why_path = path ? charta_strdup(path) : NULL;
    }
    return false;
}

/* A whole number of bytes: digits only, no sign, fraction or exponent. */
static bool
read_count(jreader *r, long long *out)
{
    skip_ws(r);
    long long v = 0;
    const char *start = r->s;
    while (r->s < r->end && *r->s >= '0' && *r->s <= '9') {
        if (v > (LLONG_MAX - 9) / 10)
            return false;
        v = v * 10 + (*r->s++ - '0');
    }
    if (r->s == start || (r->s - start > 1 && *start == '0'))
        return false;
    if (r->s < r->end && strchr(".eE", *r->s))
        return false;
    *out = v;
    return true;
}

/* The element being read and where it goes. */
typedef struct output_read {
    manifest_read *m;
    charta_manifest_output cur;
    bool has_path, has_bytes, has_sha;
} output_read;

static bool
output_member(jreader *r, const char *key, void *ctx)
{
    output_read *o = ctx;
    manifest_read *m = o->m;
    if (!m->strict && (strcmp(key, "bytes") == 0 || strcmp(key, "sha256") == 0))
        return skip_value(r); /* only the paths are wanted */
    if (strcmp(key, "bytes") == 0) {
        if (o->has_bytes || !read_count(r, &o->cur.bytes))
            return refuse(m, "an output's \"bytes\" is not a whole number", o->cur.path);
        o->has_bytes = true;
        return true;
    }
    if (strcmp(key, "sha256") == 0) {
        charta_buf b = {0};
        bool ok = !o->has_sha && read_string(r, &b) && !b.oom && b.len == 64 &&
                  strspn(b.data, "0123456789abcdef") == 64;
        if (ok)
            memcpy(o->cur.sha256, b.data, 65);
        charta_buf_free(&b);
        if (!ok)
            return refuse(m, "an output's \"sha256\" is not 64 lower-case hex digits", o->cur.path);
        o->has_sha = true;
        return true;
    }
    if (strcmp(key, "path") != 0)
        return skip_value(r);
    charta_buf b = {0};
    bool ok = !o->has_path && read_string(r, &b);
    char *path = ok ? charta_buf_take(&b) : NULL;
    charta_buf_free(&b);
    if (ok && !path) {
        m->oom = true;
        return false;
    }
    if (!ok) {
        free(path);
        return refuse(m, "an output's \"path\" is not one text", NULL);
    }
    if (!report_path(path)) {
        refuse(m,
               "an output path is not a relative path inside the report (empty, absolute, "
               "or with a \".\" or \"..\" part)",
               path);
        free(path);
        return false;
    }
    o->cur.path = path;
    o->has_path = true;
    return true;
}

static bool
output_element(jreader *r, const char *key, void *ctx)
{
    (void)key;
    manifest_read *m = ctx;
    output_read o = {.m = m, .cur = {.bytes = -1}};
    skip_ws(r);
    /* every output is an object with a path */
    bool ok = r->s < r->end && *r->s == '{' && each_member(r, true, output_member, &o);
    if (ok && !o.has_path)
        ok = refuse(m, "an output without a \"path\"", NULL);
    if (ok && m->strict && !(o.has_bytes && o.has_sha))
        ok = refuse(m, "an output without its \"bytes\" and \"sha256\"", o.cur.path);
    charta_manifest_output *no = ok ? realloc(m->outs, (m->n + 1) * sizeof *no) : NULL;
    if (ok && !no)
        m->oom = true;
    if (!no) {
        free(o.cur.path);
        return false;
    }
    m->outs = no;
    m->outs[m->n++] = o.cur;
    return true;
}

static bool
top_member(jreader *r, const char *key, void *ctx)
{
    manifest_read *m = ctx;
    if (strcmp(key, "generator") == 0 || strcmp(key, "charta") == 0) {
        charta_buf b = {0};
        bool ok = read_string(r, &b);
        /* "charta <version>"; reports of charta before the key carry only "charta" */
        if (ok && (key[0] == 'c' || (b.data && strncmp(b.data, "charta ", 7) == 0)))
            m->signed_by_charta = true;
        charta_buf_free(&b);
        return ok;
    }
    if (strcmp(key, "outputs") == 0) {
        skip_ws(r);
        if (m->has_outputs || r->s >= r->end || *r->s != '[')
            return refuse(m, "\"outputs\" is not one list", NULL);
        m->has_outputs = true;
        return each_member(r, false, output_element, ctx);
    }
    return skip_value(r);
}

static int
cmp_outputs(const void *a, const void *b)
{
    return strcmp(((const charta_manifest_output *)a)->path,
                  ((const charta_manifest_output *)b)->path);
}

/* The whole reading; on CHARTA_ERR_DATA, m->why says why (when the reader knows). */
static charta_status
read_manifest(const char *text, size_t len, manifest_read *m)
{
    jreader r = {.s = text, .end = text + len};
    skip_ws(&r);
    bool ok = r.s < r.end && *r.s == '{' && each_member(&r, true, top_member, m);
    skip_ws(&r);
    if (ok && r.s != r.end)
        ok = refuse(m, "text after the JSON object", NULL);
    if (!ok && !m->why) {
        refuse(m, "malformed JSON", NULL);
        m->json_at = (size_t)(r.s - text) + 1;
    }
    if (ok && !m->signed_by_charta)
        ok = refuse(m, "no \"generator\" of charta", NULL);
    if (ok && !m->has_outputs)
        ok = refuse(m, "no \"outputs\"", NULL);
    if (ok && m->n)
        qsort(m->outs, m->n, sizeof *m->outs, cmp_outputs);
    for (size_t i = 1; ok && m->strict && i < m->n; i++)
        if (strcmp(m->outs[i - 1].path, m->outs[i].path) == 0)
            ok = refuse(m, "an output is listed twice", m->outs[i].path);
    if (ok && !m->oom)
        return CHARTA_OK;
    charta_manifest_outputs_free(m->outs, m->n);
    m->outs = NULL;
    m->n = 0;
    return m->oom ? CHARTA_ERR_NOMEM : CHARTA_ERR_DATA;
}

charta_status
charta_manifest_read_outputs(const char *text, size_t len, char ***outputs, size_t *n_outputs)
{
    *outputs = NULL;
    *n_outputs = 0;
    manifest_read m = {0};
    charta_status st = read_manifest(text, len, &m);
    free(m.why_path);
    if (st != CHARTA_OK || m.n == 0) {
        free(m.outs);
        return st;
    }
    char **paths = malloc(m.n * sizeof *paths);
    if (!paths) {
        charta_manifest_outputs_free(m.outs, m.n);
        return CHARTA_ERR_NOMEM;
    }
    for (size_t i = 0; i < m.n; i++)
        paths[i] = m.outs[i].path; /* handed over */
    free(m.outs);
    *outputs = paths;
    *n_outputs = m.n;
    return CHARTA_OK;
}

charta_status
charta_manifest_read(const char *text, size_t len, charta_manifest_output **outputs,
                     size_t *n_outputs, charta_buf *why)
{
    *outputs = NULL;
    *n_outputs = 0;
    manifest_read m = {.strict = true};
    charta_status st = read_manifest(text, len, &m);
    if (st == CHARTA_ERR_DATA && why) {
        /* the reasons are msgids (refuse's second argument, scripts/update-po) */
        charta_buf_puts(why, m.why ? _(m.why) : _("not a charta manifest"));
        if (m.json_at)
            charta_buf_printf(why, _(" at byte %zu (or nested more than %d levels deep)"), m.json_at,
                              JSON_DEPTH_MAX);
        if (m.why_path) {
            charta_buf_puts(why, ": ");
            charta_buf_puts(why, m.why_path);
        }
    }
    free(m.why_path);
    if (st == CHARTA_OK) {
        *outputs = m.outs;
        *n_outputs = m.n;
    }
    return st;
}

void
charta_manifest_outputs_free(charta_manifest_output *outputs, size_t n)
{
    for (size_t i = 0; outputs && i < n; i++)
        free(outputs[i].path);
    free(outputs);
}
