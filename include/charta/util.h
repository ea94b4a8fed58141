/* util.h: small helpers shared by every module (strings, buffers, names, numbers).
 *
 * Owns: nothing global. Uses: nothing above libc.
 * Functions returning char* return malloc'd strings the caller frees; NULL on
 * out of memory.
 */
#ifndef CHARTA_UTIL_H
#define CHARTA_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

char *charta_strdup(const char *s);
char *charta_strndup(const char *s, size_t n);
char *charta_asprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *charta_vasprintf(const char *fmt, va_list ap);

/* A growable byte buffer. Zero-initialised is empty and valid. */
typedef struct charta_buf {
    char *data; /* always NUL-terminated when len > 0 or after any append */
    size_t len, cap;
    bool oom; /* sticky: an append failed */
} charta_buf;

void charta_buf_append(charta_buf *b, const char *s, size_t n);
void charta_buf_puts(charta_buf *b, const char *s);
void charta_buf_printf(charta_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void charta_buf_free(charta_buf *b);
/* Hand over the contents (never NULL unless oom); the buffer is reset. */
char *charta_buf_take(charta_buf *b);

/* Levenshtein distance, capped: returns cap+1 when the distance exceeds cap. */
size_t charta_edit_distance(const char *a, const char *b, size_t cap);

/* The candidate closest to name (distance <= max(1, strlen(name)/3)), or NULL.
 * Returns a pointer into candidates. */
const char *charta_suggest(const char *name, const char *const *candidates, size_t n);

/* Shortest text that reads back as exactly x ("%.15g".."%.17g"), C locale,
 * into out (at least 32 bytes). x must be finite. Returns out. */
char *charta_format_double(double x, char out[32]);

/* Read a whole file. On failure returns NULL and sets errno. *len gets the size. */
char *charta_read_file(const char *path, size_t *len);

/* Join a directory and a relative path ("dir/rel"; rel absolute stays as is). */
char *charta_path_join(const char *dir, const char *rel);

/* True when s is valid UTF-8; *bad_offset gets the first bad byte's offset. */
bool charta_utf8_valid(const char *s, size_t n, size_t *bad_offset);

/* The UTF-8 character at s (at most n bytes): its length in bytes (1-4) and
 * its code point in *cp; 0 when the bytes there are not valid UTF-8 (an
 * overlong form, a surrogate, beyond U+10FFFF, cut short, or n == 0). */
size_t charta_utf8_decode(const char *s, size_t n, unsigned *cp);

/* A pool of interned strings: each distinct text is stored once, in big
 * chunks, so a pointer it hands out stays valid until the pool is freed.
 * For many short texts that repeat (the reasons of the assessments). */
typedef struct charta_strpool charta_strpool;
/* NULL on out of memory. */
charta_strpool *charta_strpool_new(void);
/* Frees every text of the pool; NULL is a no-op. */
void charta_strpool_free(charta_strpool *p);
/* The pool's copy of s (borrowed from the pool; equal texts give the same
 * pointer). NULL on out of memory. */
const char *charta_strpool_intern(charta_strpool *p, const char *s);

#endif
