/* util.h: small helpers shared by every module (strings, buffers, names, numbers).
 *
 * Owns (src/base/util.c): nothing global; a charta_buf owns its data, a
 * charta_strpool its texts. Uses: nothing above libc.
 * Functions returning char * return malloc'd strings the caller frees (NULL on
 * out of memory), except charta_format_double, which returns its out argument.
 * Pointer arguments must not be NULL unless a comment says so.
 */
#ifndef CHARTA_UTIL_H
#define CHARTA_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include "charta/status.h"

/* A malloc'd copy of s, or of the n bytes at s (which need no NUL) plus a NUL.
 * The caller frees it; NULL on out of memory. */
char *charta_strdup(const char *s);
char *charta_strndup(const char *s, size_t n);
/* printf into a malloc'd string the caller frees; NULL on out of memory or an
 * encoding error. */
char *charta_asprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *charta_vasprintf(const char *fmt, va_list ap);

/* A growable byte buffer. Zero-initialised is empty and valid. */
typedef struct charta_buf {
    char *data; /* always NUL-terminated when len > 0 or after any append */
    size_t len, cap;
    bool oom; /* sticky: an append failed */
} charta_buf;

/* Append n bytes of s, a NUL-terminated s, or printf output. Never fails: out of
 * memory sets b->oom, after which every append is ignored; check oom (or the NULL of
 * charta_buf_take) once at the end. */
void charta_buf_append(charta_buf *b, const char *s, size_t n);
void charta_buf_puts(charta_buf *b, const char *s);
void charta_buf_printf(charta_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Append s as one CSV field (RFC 4180): in double quotes, with quotes doubled, when
 * it holds a comma, a quote or a line break. With defuse, a text that a spreadsheet
 * would run as a formula (it starts with = + - @, a tab or CR) gets a leading '. */
void charta_buf_csv_field(charta_buf *b, const char *s, bool defuse);
/* Free the data and reset b to empty (reusable; b itself is the caller's). */
void charta_buf_free(charta_buf *b);
/* Hand over the contents as a malloc'd NUL-terminated string the caller frees ("" for
 * an empty buffer); the buffer is reset. NULL (and the data freed) when b->oom is set
 * or memory runs out. */
char *charta_buf_take(charta_buf *b);

/* Edit distance of a and b in characters (UTF-8 code points; Levenshtein plus the
 * swap of two neighbours, each 1), capped: cap + 1 when it exceeds cap or a text is
 * longer than 255 characters. */
size_t charta_edit_distance(const char *a, const char *b, size_t cap);

/* The candidate that "did you mean" names for name: one equal to it but for case
 * (ASCII and Latin-1 letters: "PKW" finds "Pkw", "FLÄCHE" "Fläche"), else the closest
 * ignoring case within a third of name's characters (at least 1); the first of
 * equals. NULL when none is that close. Borrowed: an element of candidates. */
const char *charta_suggest(const char *name, const char *const *candidates, size_t n);

/* Shortest text that reads back as exactly x ("%.15g".."%.17g"), C locale,
 * into out (at least 32 bytes); -0 gives "0". x must be finite. Returns out. */
char *charta_format_double(double x, char out[32]);

/* Read a whole file into a malloc'd, NUL-terminated buffer the caller frees; *len gets
 * its size (without the NUL). On failure NULL with errno set (fopen's, EIO for a read
 * error, ENOMEM) and *len untouched. */
char *charta_read_file(const char *path, size_t *len);

/* How charta_read_input reads one input file. Zero (or a NULL pointer) means the
 * defaults. */
typedef struct charta_read_opts {
    size_t max_bytes;  /* larger files are refused; 0 = CHARTA_READ_MAX_DEFAULT */
    const char *limit; /* names that limit in the message ("the limit of 512 MB per
                          file; raise ..."); NULL = "the limit of N bytes" */
    const char *name;  /* the file as messages show it; NULL = path */
    volatile const int *interrupted; /* a signal handler's flag, checked between
                                        reads; NULL = none */
    bool no_follow; /* a symbolic link in the last component is refused (O_NOFOLLOW),
                       not followed; false = followed */
} charta_read_opts;

/* 512 MB: the default cap on one input file. */
#define CHARTA_READ_MAX_DEFAULT ((size_t)512 << 20)

/* Read a whole input file (a data file, a script, an image) into a malloc'd,
 * NUL-terminated buffer: *data gets it (the caller frees it), *len its size without the
 * NUL. Only a regular file is read: the open never blocks (O_NONBLOCK), so a FIFO, a
 * device, a directory or a socket is refused before any byte is read; a file larger
 * than the cap is refused before reading; a file whose size or modification time
 * changes while it is read (another program rewriting it) is refused after.
 * o may be NULL. Returns CHARTA_OK; CHARTA_ERR_NOINPUT when the file cannot be opened
 * or read or is not a regular file; CHARTA_ERR_DATA when it is too large or changed;
 * CHARTA_ERR_LIMIT when *o->interrupted became non-zero; CHARTA_ERR_NOMEM. On failure
 * *data is NULL, *len 0, and why (why_size bytes, at least 1) holds an English
 * sentence that names the file and the problem, e.g. "'data/a.csv' is a FIFO (named
 * pipe), not a regular file". */
charta_status charta_read_input(const char *path, const charta_read_opts *o, char **data,
                                size_t *len, char *why, size_t why_size);

/* "dir/rel" as a malloc'd string the caller frees (no doubled '/'); a copy of rel when
 * rel is absolute or dir is NULL or "". NULL on out of memory. */
char *charta_path_join(const char *dir, const char *rel);

/* True when s is a date "YYYY-MM-DD" of the calendar (leap days counted)
 * from the year min_year on; its parts into *year, *month, *day (each may be
 * NULL). A NULL s is no date. */
bool charta_date_parse(const char *s, int min_year, int *year, int *month, int *day);

/* 1 when dir is a folder with no entries, 0 when it has some, -1 when it
 * cannot be read (errno says why: ENOENT when it does not exist). */
int charta_dir_empty(const char *dir);

/* True when s[0..n) is valid UTF-8 (no overlong forms, surrogates or code points past
 * U+10FFFF). When false, *bad_offset (bad_offset may be NULL) gets the offset of the
 * first byte of the first bad sequence. */
bool charta_utf8_valid(const char *s, size_t n, size_t *bad_offset);

/* The UTF-8 character at s (at most n bytes): its length in bytes (1-4) and
 * its code point in *cp; 0 when the bytes there are not valid UTF-8 (an
 * overlong form, a surrogate, beyond U+10FFFF, cut short, or n == 0); *cp is untouched then. */
size_t charta_utf8_decode(const char *s, size_t n, unsigned *cp);

/* Hard caps, in characters, of the texts a report shows: a title, label or
 * name, and a comment or description. A text past its cap is absurd (a
 * generated megabyte); it is cut with a warning before any layout sees it. */
enum { CHARTA_LABEL_MAX_CHARS = 1000, CHARTA_PROSE_MAX_CHARS = 20000 };

/* The bytes of the first max_chars UTF-8 characters of s (NUL-terminated):
 * strlen(s) when it has no more; a cut never splits a character. */
size_t charta_utf8_prefix(const char *s, size_t max_chars);
/* The UTF-8 characters of s (NUL-terminated): its bytes that start one. */
size_t charta_utf8_chars(const char *s);

/* A pool of interned strings: each distinct text is stored once, in big
 * chunks, so a pointer it hands out stays valid until the pool is freed.
 * For many short texts that repeat (the reasons of the assessments). */
typedef struct charta_strpool charta_strpool;
/* An empty pool the caller frees with charta_strpool_free; NULL on out of memory. */
charta_strpool *charta_strpool_new(void);
/* Frees every text of the pool; NULL is a no-op. */
void charta_strpool_free(charta_strpool *p);
/* The pool's copy of s (s itself is not kept): borrowed from the pool, valid until
 * charta_strpool_free; equal texts give the same pointer. NULL on out of memory (the
 * pool stays usable). */
const char *charta_strpool_intern(charta_strpool *p, const char *s);

/* path made absolute and normal (no ".", "..", "//" or trailing '/'), the symbolic
 * links of the part that exists resolved: two names of one place compare equal
 * whether or not it exists yet. Malloc'd; NULL on out of memory. */
char *charta_path_full(const char *path);
/* True when file (a full path) is dir or below it. */
bool charta_path_below(const char *file, const char *dir);

#endif
