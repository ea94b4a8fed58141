#include "charta/util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *
charta_strdup(const char *s)
{
    return charta_strndup(s, strlen(s));
}

char *
charta_strndup(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *
charta_vasprintf(const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        return NULL;
    char *p = malloc((size_t)n + 1);
    if (!p)
        return NULL;
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    return p;
}

char *
charta_asprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *p = charta_vasprintf(fmt, ap);
    va_end(ap);
    return p;
}

static bool
buf_reserve(charta_buf *b, size_t extra)
{
    if (b->oom)
        return false;
    if (b->len + extra + 1 <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra + 1)
        cap *= 2;
    char *d = realloc(b->data, cap);
    if (!d) {
        b->oom = true;
        return false;
    }
    b->data = d;
    b->cap = cap;
    return true;
}

void
charta_buf_append(charta_buf *b, const char *s, size_t n)
{
    if (!buf_reserve(b, n))
        return;
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void
charta_buf_puts(charta_buf *b, const char *s)
{
    charta_buf_append(b, s, strlen(s));
}

void
charta_buf_printf(charta_buf *b, const char *fmt, ...)
{
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n >= 0 && buf_reserve(b, (size_t)n)) {
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap2);
        b->len += (size_t)n;
    }
    va_end(ap2);
}

void
charta_buf_free(charta_buf *b)
{
    free(b->data);
    memset(b, 0, sizeof *b);
}

char *
charta_buf_take(charta_buf *b)
{
    if (b->oom) {
        charta_buf_free(b);
        return NULL;
    }
    if (!b->data && !buf_reserve(b, 0))
        return NULL;
    if (b->len == 0)
        b->data[0] = '\0';
    char *d = b->data;
    memset(b, 0, sizeof *b);
    return d;
}

size_t
charta_edit_distance(const char *a, const char *b, size_t cap)
{
    /* Optimal string alignment: Levenshtein plus transposition of two
     * neighbours, the commonest typo ("titel" for "title"). */
    size_t la = strlen(a), lb = strlen(b);
    if ((la > lb ? la - lb : lb - la) > cap || lb > 255)
        return cap + 1;
    size_t rows[3][256];
    size_t *prev2 = rows[0], *prev = rows[1], *cur = rows[2];
    for (size_t j = 0; j <= lb; j++)
        prev[j] = j;
    for (size_t i = 1; i <= la; i++) {
        cur[0] = i;
        size_t rowmin = cur[0];
        for (size_t j = 1; j <= lb; j++) {
            size_t sub = prev[j - 1] + (a[i - 1] != b[j - 1]);
            size_t del = prev[j] + 1, ins = cur[j - 1] + 1;
            size_t m = sub < del ? sub : del;
            m = m < ins ? m : ins;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
                prev2[j - 2] + 1 < m)
                m = prev2[j - 2] + 1;
            cur[j] = m;
            if (m < rowmin)
                rowmin = m;
        }
        if (rowmin > cap)
            return cap + 1;
        size_t *t = prev2;
        prev2 = prev;
        prev = cur;
        cur = t;
    }
    return prev[lb] > cap ? cap + 1 : prev[lb];
}

const char *
charta_suggest(const char *name, const char *const *candidates, size_t n)
{
    size_t cap = strlen(name) / 3;
    if (cap < 1)
        cap = 1;
    const char *best = NULL;
    size_t best_d = cap + 1;
    for (size_t i = 0; i < n; i++) {
        size_t d = charta_edit_distance(name, candidates[i], cap);
        if (d < best_d) {
            best_d = d;
            best = candidates[i];
        }
    }
    return best;
}

char *
charta_format_double(double x, char out[32])
{
    if (x == 0) { /* also turns -0 into 0 */
        strcpy(out, "0");
        return out;
    }
    for (int prec = 15; prec <= 17; prec++) {
        snprintf(out, 32, "%.*g", prec, x);
        if (strtod(out, NULL) == x)
            break;
    }
    return out;
}

char *
charta_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    charta_buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        charta_buf_append(&b, chunk, n);
    int err = ferror(f) ? EIO : 0;
    fclose(f);
    if (err || b.oom) {
        charta_buf_free(&b);
        errno = err ? err : ENOMEM;
        return NULL;
    }
    *len = b.len;
    return charta_buf_take(&b);
}

char *
charta_path_join(const char *dir, const char *rel)
{
    if (rel[0] == '/' || !dir || !dir[0])
        return charta_strdup(rel);
    size_t n = strlen(dir);
    if (n && dir[n - 1] == '/')
        return charta_asprintf("%s%s", dir, rel);
    return charta_asprintf("%s/%s", dir, rel);
}

size_t
charta_utf8_decode(const char *s, size_t n, unsigned *cp)
{
    const unsigned char *p = (const unsigned char *)s;
    if (n == 0)
        return 0;
    unsigned c = p[0], min;
    size_t k;
    if (c < 0x80) {
        *cp = c;
        return 1;
    } else if ((c & 0xE0) == 0xC0) {
        k = 1, min = 0x80, c &= 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        k = 2, min = 0x800, c &= 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        k = 3, min = 0x10000, c &= 0x07;
    } else {
        return 0;
    }
    if (k >= n)
        return 0;
    for (size_t j = 1; j <= k; j++) {
        if ((p[j] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (p[j] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *cp = c;
    return k + 1;
}

bool
charta_utf8_valid(const char *s, size_t n, size_t *bad_offset)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        if (p[i] < 0x80) { /* the common case, without a call */
            i++;
            continue;
        }
        unsigned c;
        size_t k = charta_utf8_decode(s + i, n - i, &c);
        if (!k) {
            if (bad_offset)
                *bad_offset = i;
            return false;
        }
        i += k;
    }
    return true;
}

/* --- interned strings --------------------------------------------------------- */

enum { STRPOOL_CHUNK = 16 * 1024 };

typedef struct strpool_chunk {
    struct strpool_chunk *next;
    size_t used, cap;
    char text[]; /* cap bytes */
} strpool_chunk;

struct charta_strpool {
    strpool_chunk *chunks; /* newest first; the texts */
    const char **slots;    /* open addressing, linear probing; NULL = free */
    size_t n_slots;        /* a power of two */
    size_t n;              /* texts stored */
};

static size_t
strpool_hash(const char *s, size_t len)
{
    size_t h = (size_t)14695981039346656037ULL; /* FNV-1a */
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * (size_t)1099511628211ULL;
    return h;
}

charta_strpool *
charta_strpool_new(void)
{
    charta_strpool *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->n_slots = 64;
    p->slots = calloc(p->n_slots, sizeof *p->slots);
    if (!p->slots) {
        free(p);
        return NULL;
    }
    return p;
}

void
charta_strpool_free(charta_strpool *p)
{
    if (!p)
        return;
    for (strpool_chunk *c = p->chunks, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    free(p->slots);
    free(p);
}

/* Twice the slots, every text rehashed. False on out of memory (the pool
 * is unchanged). */
static bool
strpool_grow(charta_strpool *p)
{
    size_t n = p->n_slots * 2;
    const char **slots = calloc(n, sizeof *slots);
    if (!slots)
        return false;
    for (size_t i = 0; i < p->n_slots; i++) {
        const char *s = p->slots[i];
        if (!s)
            continue;
        size_t k = strpool_hash(s, strlen(s)) & (n - 1);
        while (slots[k])
            k = (k + 1) & (n - 1);
        slots[k] = s;
    }
    free(p->slots);
    p->slots = slots;
    p->n_slots = n;
    return true;
}

const char *
charta_strpool_intern(charta_strpool *p, const char *s)
{
    size_t len = strlen(s);
    size_t k = strpool_hash(s, len) & (p->n_slots - 1);
    for (; p->slots[k]; k = (k + 1) & (p->n_slots - 1))
        if (strcmp(p->slots[k], s) == 0)
            return p->slots[k];
    if (2 * (p->n + 1) > p->n_slots) {
        if (!strpool_grow(p))
            return NULL;
        k = strpool_hash(s, len) & (p->n_slots - 1);
        while (p->slots[k])
            k = (k + 1) & (p->n_slots - 1);
    }
    strpool_chunk *c = p->chunks;
    if (!c || c->cap - c->used < len + 1) {
        size_t cap = len + 1 > STRPOOL_CHUNK ? len + 1 : STRPOOL_CHUNK;
        c = malloc(sizeof *c + cap);
        if (!c)
            return NULL;
        c->used = 0;
        c->cap = cap;
        c->next = p->chunks;
        p->chunks = c;
    }
    char *t = c->text + c->used;
    memcpy(t, s, len + 1);
    c->used += len + 1;
    p->slots[k] = t;
    p->n++;
    return t;
}
