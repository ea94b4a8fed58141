/* printable.c: text made safe to print (printable.h). */
#include "charta/printable.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char ellipsis[] = "\xe2\x80\xa6"; /* … */
enum { ELLIPSIS_LEN = sizeof ellipsis - 1, PIECE_MAX = 16 };

/* Where the printable text goes: a growing buffer or a fixed array. */
typedef struct sink {
    charta_buf *b;
    char *out;
    size_t len;
} sink;

static void
put(sink *k, const char *s, size_t n)
{
    if (k->b)
        charta_buf_append(k->b, s, n);
    else
        memcpy(k->out + k->len, s, n);
    k->len += n;
}

/* Length of the valid UTF-8 sequence at s[0..n) (2 to 4), or 0. */
static size_t
utf8_seq(const unsigned char *s, size_t n)
{
    unsigned char c = s[0];
    size_t len;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
        len = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0)
            lo = 0xA0; /* overlong */
        else if (c == 0xED)
            hi = 0x9F; /* surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0)
            lo = 0x90; /* overlong */
        else if (c == 0xF4)
            hi = 0x8F; /* beyond U+10FFFF */
    } else
        return 0;
    if (n < len || s[1] < lo || s[1] > hi)
        return 0;
    for (size_t i = 2; i < len; i++)
        if (s[i] < 0x80 || s[i] > 0xBF)
            return 0;
    return len;
}

/* The printable piece for the character at s[0..n): its bytes or an
 * escape, in piece; returns the bytes of s it stands for. */
static size_t
next_piece(const unsigned char *s, size_t n, bool multiline, char piece[PIECE_MAX], size_t *plen)
{
    unsigned char c = s[0];
    if (c >= 0x20 && c < 0x7F) {
        piece[0] = (char)c;
        *plen = 1;
        return 1;
    }
    if (c < 0x80) {
        const char *esc = c == '\n'   ? (multiline ? "\n" : "\\n")
                          : c == '\t' ? (multiline ? "\t" : "\\t")
                          : c == '\r' ? "\\r"
                          : c == 0    ? "\\0"
                                      : NULL;
        if (esc)
            *plen = (size_t)snprintf(piece, PIECE_MAX, "%s", esc);
        else
            *plen = (size_t)snprintf(piece, PIECE_MAX, "\\x%02x", c);
        return 1;
    }
    size_t len = utf8_seq(s, n);
    if (!len) {
        *plen = (size_t)snprintf(piece, PIECE_MAX, "\\x%02x", c);
        return 1;
    }
    if (len == 2 && c == 0xC2 && s[1] <= 0x9F) { /* C1 control */
        *plen = (size_t)snprintf(piece, PIECE_MAX, "\\u{%x}", s[1]);
        return 2;
    }
    memcpy(piece, s, len);
    *plen = len;
    return len;
}

/* The length of the whole printable form of s. */
static size_t
printable_len(const unsigned char *s, size_t n, bool multiline)
{
    size_t total = 0, i = 0, plen;
    char piece[PIECE_MAX];
    while (i < n) {
        i += next_piece(s + i, n - i, multiline, piece, &plen);
        total += plen;
    }
    return total;
}

static void
write_printable(sink *k, const char *text, size_t n, size_t max, bool multiline)
{
    const unsigned char *s = (const unsigned char *)text;
    bool cut = max && printable_len(s, n, multiline) > max;
    size_t limit = !cut ? SIZE_MAX : max > ELLIPSIS_LEN ? max - ELLIPSIS_LEN : 0;
    size_t i = 0, written = 0, plen;
    char piece[PIECE_MAX];
    while (i < n) {
        size_t used = next_piece(s + i, n - i, multiline, piece, &plen);
        if (written + plen > limit)
            break;
        put(k, piece, plen);
        written += plen;
        i += used;
    }
    if (cut && max >= ELLIPSIS_LEN)
        put(k, ellipsis, ELLIPSIS_LEN);
}

void
charta_buf_put_printable(charta_buf *b, const char *s, size_t n, size_t max, bool multiline)
{
    sink k = {.b = b};
    write_printable(&k, s, n, max, multiline);
    if (!b->data) /* an empty text is an empty string, not NULL */
        charta_buf_append(b, "", 0);
}

char *
charta_printable(const char *s, size_t n, size_t max)
{
    charta_buf b = {0};
    charta_buf_put_printable(&b, s, n, max, false);
    if (b.oom) {
        charta_buf_free(&b);
        return NULL;
    }
    return charta_buf_take(&b);
}

char *
charta_printable_into(char *out, size_t size, const char *s, size_t n)
{
    sink k = {.out = out};
    write_printable(&k, s, n, size - 1, false);
    out[k.len] = '\0';
    return out;
}
