#include "charta/util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "charta/hashtab.h"
#include "charta/i18n.h"

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
charta_buf_csv_field(charta_buf *b, const char *s, bool defuse)
{
    bool quote = strpbrk(s, ",\"\r\n") != NULL;
    if (quote)
        charta_buf_puts(b, "\"");
    if (defuse && s[0] && strchr("=+-@\t\r", s[0]))
        charta_buf_puts(b, "'");
    for (const char *p = s; *p;) {
        const char *q = quote ? strchr(p, '"') : NULL;
        if (!q) {
            charta_buf_puts(b, p);
            break;
        }
        charta_buf_append(b, p, (size_t)(q - p) + 1);
        charta_buf_puts(b, "\"");
        p = q + 1;
    }
    if (quote)
        charta_buf_puts(b, "\"");
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

enum { EDIT_MAX = 255 };

/* The code points of UTF-8 s (a byte that starts no valid sequence stands for
 * itself), folded to lower case when fold (ASCII and Latin-1: "Ä" is "ä"), into
 * out; the count, or EDIT_MAX + 1 when s has more. */
static size_t
code_points(const char *s, bool fold, uint32_t out[EDIT_MAX])
{
    size_t n = 0;
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        if (n == EDIT_MAX)
            return EDIT_MAX + 1;
        uint32_t c = *p++;
        if (c >= 0xC2 && c <= 0xDF && (*p & 0xC0) == 0x80)
            c = ((c & 0x1F) << 6) | (*p++ & 0x3F);
        else if (c >= 0xE0 && c <= 0xEF && (p[0] & 0xC0) == 0x80 && (p[1] & 0xC0) == 0x80) {
            c = ((c & 0x0F) << 12) | ((uint32_t)(p[0] & 0x3F) << 6) | (p[1] & 0x3F);
            p += 2;
        } else if (c >= 0xF0 && c <= 0xF4 && (p[0] & 0xC0) == 0x80 && (p[1] & 0xC0) == 0x80 &&
                   (p[2] & 0xC0) == 0x80) {
            c = ((c & 0x07) << 18) | ((uint32_t)(p[0] & 0x3F) << 12) |
                ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
            p += 3;
        }
        if (fold && ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7)))
            c += 0x20;
        out[n++] = c;
    }
    return n;
}

/* Optimal string alignment: Levenshtein plus the transposition of two
 * neighbours, the commonest typo ("titel" for "title"), over code points. */
static size_t
osa(const uint32_t *a, size_t la, const uint32_t *b, size_t lb, size_t cap)
{
    if ((la > lb ? la - lb : lb - la) > cap)
        return cap + 1;
    size_t rows[3][EDIT_MAX + 1];
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

size_t
charta_edit_distance(const char *a, const char *b, size_t cap)
{
    uint32_t ca[EDIT_MAX], cb[EDIT_MAX];
    size_t la = code_points(a, false, ca), lb = code_points(b, false, cb);
    if (la > EDIT_MAX || lb > EDIT_MAX)
        return cap + 1;
    return osa(ca, la, cb, lb, cap);
}

const char *
charta_suggest(const char *name, const char *const *candidates, size_t n)
{
    uint32_t cn[EDIT_MAX], cc[EDIT_MAX];
    size_t ln = code_points(name, true, cn);
    if (ln > EDIT_MAX || ln == 0)
        return NULL;
    size_t cap = ln / 3 < 1 ? 1 : ln / 3;
    const char *best = NULL;
    size_t best_d = cap + 1;
    bool best_exact = false; /* equal to name but for case: "PKW" for "Pkw" */
    for (size_t i = 0; i < n; i++) {
        size_t lc = code_points(candidates[i], true, cc);
        if (lc > EDIT_MAX)
            continue;
        size_t d = osa(cn, ln, cc, lc, cap);
        if (d == 0 && !best_exact) {
            best = candidates[i];
            best_d = 0;
            best_exact = true;
        } else if (d < best_d) {
            best_d = d;
            best = candidates[i];
        }
    }
    return best;
}

/* The fast way to what "%.15g" writes, for the numbers statistics are made of: x is
 * the double nearest to n / 10^k for an integer n of at most 15 digits (1514.7,
 * 0.25, 132917), 1e-4 <= |x| < 1e15. Then n with k decimals (trailing zeros cut)
 * reads back as x (strtod rounds correctly, as the division does), and it is the
 * text "%.15g" writes: x lies within half an ulp (2^-53 relative) of n / 10^k, far
 * below half a unit of the 15th digit (5e-16 relative), and %g writes fixed-point
 * digits in that range. False (out untouched) for every other x. */
static bool
format_decimal(double x, char out[32])
{
    static const double p10[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    double ax = x < 0 ? -x : x;
    if (!(ax >= 1e-4 && ax < 1e15)) /* also NaN */
        return false;
    for (int k = 0; k < 16; k++) {
        double s = ax * p10[k]; /* only a guess of n: the test below is exact */
        if (s >= 1e15)
            return false;
        uint64_t n = (uint64_t)(s + 0.5);
        if ((double)n / p10[k] != ax)
            continue;
        int dec = k;
        while (dec > 0 && n % 10 == 0)
            n /= 10, dec--;
        char digits[24];
        int nd = 0;
        do
            digits[nd++] = (char)('0' + n % 10);
        while ((n /= 10) != 0);
        char *p = out;
        if (x < 0)
            *p++ = '-';
        if (nd <= dec) { /* 0.000123 */
            *p++ = '0';
            *p++ = '.';
            for (int i = 0; i < dec - nd; i++)
                *p++ = '0';
            for (int i = nd - 1; i >= 0; i--)
                *p++ = digits[i];
        } else {
            for (int i = nd - 1; i >= dec; i--)
                *p++ = digits[i];
            if (dec)
                *p++ = '.';
            for (int i = dec - 1; i >= 0; i--)
                *p++ = digits[i];
        }
        *p = '\0';
        return true;
    }
    return false;
}

/* d (prec digits, the first nonzero) times 10^e as "%.<prec>g" writes it:
 * fixed-point when -4 <= e < prec, else d.ddde+XX; trailing zeros cut. */
static void
write_g(bool neg, const char *d, int prec, int e, char out[32])
{
    int p = prec;
    while (p > 1 && d[p - 1] == '0')
        p--;
    char *o = out;
    if (neg)
        *o++ = '-';
    if (e >= -4 && e < prec) {
        if (e < 0) {
            *o++ = '0';
            *o++ = '.';
            for (int i = -1; i > e; i--)
                *o++ = '0';
            memcpy(o, d, (size_t)p);
            o += p;
        } else {
            memcpy(o, d, (size_t)e + 1);
            o += e + 1;
            if (p > e + 1) {
                *o++ = '.';
                memcpy(o, d + e + 1, (size_t)(p - e - 1));
                o += p - e - 1;
            }
        }
        *o = '\0';
        return;
    }
    *o++ = d[0];
    if (p > 1) {
        *o++ = '.';
        memcpy(o, d + 1, (size_t)p - 1);
        o += p - 1;
    }
    /* e+05, e-123: at least two digits of the exponent, as printf writes it */
    int ae = e < 0 ? -e : e;
    *o++ = 'e';
    *o++ = e < 0 ? '-' : '+';
    if (ae >= 100)
        *o++ = (char)('0' + ae / 100 % 10);
    *o++ = (char)('0' + ae / 10 % 10);
    *o++ = (char)('0' + ae % 10);
    *o = '\0';
}

/* The "%.15g".."%.17g" loop with one printf: the 17 correctly rounded digits of x
 * ("%.16e"), rounded on as text to 15 and 16 digits, each tried with strtod. Rounding
 * the text again gives the correct rounding except at a tie of the text (a '5' and
 * nothing after it), where the 17 digits do not tell which way x lies: false then,
 * as for a number that is not finite. */
static bool
format_digits(double x, char out[32])
{
    char e17[40];
    double ax = x < 0 ? -x : x;
    if (!(ax - ax == 0)) /* inf, NaN */
        return false;
    snprintf(e17, sizeof e17, "%.16e", ax); /* d.dddddddddddddddde+XX */
    char digits[17];
    digits[0] = e17[0];
    memcpy(digits + 1, e17 + 2, 16);
    int e = atoi(e17 + 19);
    for (int p = 15; p <= 17; p++) {
        char d[18];
        int ep = e;
        memcpy(d, digits, (size_t)p);
        if (p < 17) {
            char next = digits[p];
            bool rest = false; /* a nonzero digit after the next one */
            for (int i = p + 1; i < 17; i++)
                rest = rest || digits[i] != '0';
            if (next == '5' && !rest)
                return false; /* a tie of the text */
            if (next >= '5') { /* round up, carrying */
                int i = p - 1;
                while (i >= 0 && d[i] == '9')
                    d[i--] = '0';
                if (i >= 0) {
                    d[i]++;
                } else { /* 99..9 -> 100..0 */
                    d[0] = '1';
                    ep++;
                }
            }
        }
        write_g(x < 0, d, p, ep, out);
        if (strtod(out, NULL) == x)
            return true;
    }
    return false;
}

char *
charta_format_double(double x, char out[32])
{
    if (x == 0) { /* also turns -0 into 0 */
        strcpy(out, "0");
        return out;
    }
    if (format_decimal(x, out) || format_digits(x, out))
        return out;
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

/* What a file that is not a regular one is, for messages. */
static const char *
file_kind(mode_t mode)
{
    if (S_ISDIR(mode))
        return _("a directory");
    if (S_ISFIFO(mode))
        return _("a FIFO (named pipe)");
    if (S_ISCHR(mode))
        return _("a character device");
    if (S_ISBLK(mode))
        return _("a block device");
    if (S_ISSOCK(mode))
        return _("a socket");
    return _("not a plain file");
}

enum { READ_STEP = 1 << 20 }; /* bytes per read(): the interrupt flag is checked between */

charta_status
charta_read_input(const char *path, const charta_read_opts *o, char **data, size_t *len,
                  char *why, size_t why_size)
{
    static const charta_read_opts defaults = {0};
    if (!o)
        o = &defaults;
    const char *name = o->name ? o->name : path;
    size_t cap = o->max_bytes ? o->max_bytes : CHARTA_READ_MAX_DEFAULT;
    charta_status st = CHARTA_OK;
    char *buf = NULL;
    size_t size = 0, got = 0;
    struct stat before, after;
    *data = NULL;
    *len = 0;
    why[0] = '\0';
    /* O_NONBLOCK: opening a FIFO without a writer must not wait for one */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | (o->no_follow ? O_NOFOLLOW : 0));
    if (fd < 0 && o->no_follow && errno == ELOOP) {
        snprintf(why, why_size, _("'%s' is a symbolic link, not a regular file"), name);
        return CHARTA_ERR_NOINPUT;
    }
    if (fd < 0) {
        snprintf(why, why_size, _("cannot open '%s': %s"), name, strerror(errno));
        return CHARTA_ERR_NOINPUT;
    }
    if (fstat(fd, &before) != 0) {
        snprintf(why, why_size, _("cannot read '%s': %s"), name, strerror(errno));
        st = CHARTA_ERR_NOINPUT;
        goto cleanup;
    }
    if (!S_ISREG(before.st_mode)) {
        snprintf(why, why_size, _("'%s' is %s, not a regular file"), name, file_kind(before.st_mode));
        st = CHARTA_ERR_NOINPUT;
        goto cleanup;
    }
    if (before.st_size < 0 || (unsigned long long)before.st_size > cap) {
        char dflt[64];
        snprintf(dflt, sizeof dflt, _("the limit of %zu bytes"), cap);
        snprintf(why, why_size, _("'%s' has %lld bytes, more than %s"), name,
                 (long long)before.st_size, o->limit ? o->limit : dflt);
        st = CHARTA_ERR_DATA;
        goto cleanup;
    }
    size = (size_t)before.st_size;
    /* one byte more than the size: a file that grows shows it by filling it */
    buf = malloc(size + 2);
    if (!buf) {
        snprintf(why, why_size, _("out of memory reading '%s'"), name);
        st = CHARTA_ERR_NOMEM;
        goto cleanup;
    }
    while (got < size + 1) {
        if (o->interrupted && *o->interrupted) {
            snprintf(why, why_size, _("reading '%s' was interrupted by a signal"), name);
            st = CHARTA_ERR_LIMIT;
            goto cleanup;
        }
        size_t want = size + 1 - got;
        ssize_t n = read(fd, buf + got, want < READ_STEP ? want : READ_STEP);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            snprintf(why, why_size, _("cannot read '%s': %s"), name, strerror(errno));
            st = CHARTA_ERR_NOINPUT;
            goto cleanup;
        }
        if (n == 0)
            break;
        got += (size_t)n;
    }
    if (fstat(fd, &after) != 0) {
        snprintf(why, why_size, _("cannot read '%s': %s"), name, strerror(errno));
        st = CHARTA_ERR_NOINPUT;
        goto cleanup;
    }
    if (got != size || after.st_size != before.st_size ||
        after.st_mtim.tv_sec != before.st_mtim.tv_sec ||
        after.st_mtim.tv_nsec != before.st_mtim.tv_nsec) {
        snprintf(why, why_size,
                 _("'%s' changed while it was read (its size or modification time is not the "
                 "same); is another program writing it? Run again once it is complete"),
                 name);
        st = CHARTA_ERR_DATA;
        goto cleanup;
    }
    buf[got] = '\0';
    *data = buf;
    *len = got;
    buf = NULL;
cleanup:
    free(buf);
    close(fd);
    return st;
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

bool
charta_date_parse(const char *s, int min_year, int *year, int *month, int *day)
{
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int y, m, d, n = 0;
    if (!s || strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 || n != 10 ||
        s[4] != '-' || s[7] != '-' || y < min_year || m < 1 || m > 12 || d < 1 ||
        d > mdays[m - 1] || (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)))
        return false;
    if (year)
        *year = y;
    if (month)
        *month = m;
    if (day)
        *day = d;
    return true;
}

int
charta_dir_empty(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return -1;
    struct dirent *de;
    int empty = 1;
    while (empty && (de = readdir(d)))
        if (strcmp(de->d_name, ".") && strcmp(de->d_name, ".."))
            empty = 0;
    closedir(d);
    return empty;
}

size_t
charta_utf8_decode(const char *s, size_t n, unsigned *cp)
{
    const unsigned char *p = (const unsigned char *)s;
    if (n == 0)
        return 0;
    size_t k;
    unsigned c = p[0], min;
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

size_t
charta_utf8_prefix(const char *s, size_t max_chars)
{
    size_t i = 0, chars = 0;
    for (; s[i]; i++) {
        if (((unsigned char)s[i] & 0xC0) == 0x80)
            continue; /* a continuation byte */
        if (chars == max_chars)
            return i;
        chars++;
    }
    return i;
}

size_t
charta_utf8_chars(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

bool
charta_utf8_valid(const char *s, size_t n, size_t *bad_offset)
{
    unsigned cp;
    for (size_t i = 0, k; i < n; i += k) {
        k = charta_utf8_decode(s + i, n - i, &cp);
        if (!k) {
            if (bad_offset)
                *bad_offset = i;
            return false;
        }
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
    const char **texts;    /* in the order they came; the index's entries */
    size_t n, cap;         /* texts stored, room in texts */
    charta_hashtab index;  /* text -> its number in texts */
};

static const char *
strpool_text(const void *ctx, size_t i)
{
    const charta_strpool *p = ctx;
    return p->texts[i];
}

charta_strpool *
charta_strpool_new(void)
{
    charta_strpool *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->index = (charta_hashtab){.key = strpool_text, .ctx = p};
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
    free(p->texts);
    charta_hashtab_free(&p->index);
    free(p);
}

const char *
charta_strpool_intern(charta_strpool *p, const char *s)
{
    size_t i;
    if (charta_hashtab_find(&p->index, s, &i))
        return p->texts[i];
    if (p->n == p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 32;
        const char **texts = realloc(p->texts, cap * sizeof *texts);
        if (!texts)
            return NULL;
        p->texts = texts;
        p->cap = cap;
    }
    size_t len = strlen(s);
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
    p->texts[p->n] = t;
    if (!charta_hashtab_add(&p->index, p->n, p->n + 1))
        return NULL; /* the copy's bytes stay free for the next text */
    c->used += len + 1;
    p->n++;
    return t;
}
