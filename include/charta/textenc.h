/* textenc.h: turn the bytes of a data file into checked UTF-8.
 *
 * Owns (src/base/textenc.c): nothing; the buffer charta_textenc_to_utf8 returns is
 * the caller's to free. Uses: status.h, util.h; glibc iconv for Latin-1 and
 * Windows-1252.
 * Every importer converts its input here first (RELIABILITY C2), so the
 * readers after it only ever see valid UTF-8 without a BOM or NUL bytes.
 * Problems come back with the 1-based line and byte column of the first bad
 * byte and an English message that says which `encoding` to try.
 */
#ifndef CHARTA_TEXTENC_H
#define CHARTA_TEXTENC_H

#include <stdbool.h>
#include <stddef.h>

#include "charta/status.h"

typedef enum charta_encoding {
    CHARTA_ENC_UTF8 = 0, /* a BOM is skipped */
    CHARTA_ENC_LATIN1,   /* ISO-8859-1; C1 control bytes 0x80-0x9F are refused */
    CHARTA_ENC_CP1252,   /* Windows-1252; its five undefined bytes are refused */
} charta_encoding;

/* The encoding named s into *out: "utf-8"/"utf8", "latin1"/"latin-1"/"iso-8859-1"/
 * "iso8859-1", "cp1252"/"windows-1252" (any case). false (*out untouched) otherwise. */
bool charta_encoding_parse(const char *s, charta_encoding *out);
/* The name to write in a project ("utf-8", "latin1", "cp1252"; "utf-8" for a value out
 * of range); a static string. */
const char *charta_encoding_name(charta_encoding e);

typedef struct charta_textenc_error {
    int line;      /* 1-based line of the bad byte */
    int col;       /* 1-based byte column in that line (a BOM is not counted) */
    unsigned byte; /* the first bad byte */
    char message[200];
} charta_textenc_error;

/* Convert in[0..n) from enc to UTF-8. On success *out is a malloc'd,
 * NUL-terminated copy without BOM (the caller frees it), *out_len its length
 * without the NUL, and CHARTA_OK is returned. Bad input (invalid UTF-8, a
 * byte the encoding lacks, a NUL byte, a UTF-8 file declared as Latin-1 or
 * cp1252) gives CHARTA_ERR_DATA and err is filled; out of memory gives
 * CHARTA_ERR_NOMEM; CHARTA_ERR_INTERNAL when iconv cannot convert at all. *out is NULL
 * on failure; nothing is reported (the caller reports err against its file). err may
 * be NULL. */
charta_status charta_textenc_to_utf8(charta_encoding enc, const char *in, size_t n, char **out,
                                     size_t *out_len, charta_textenc_error *err);

#endif
