/* textenc.h: turn the bytes of a data file into checked UTF-8, and text
 * into what a writer may put in its output.
 *
 * Owns (src/base/textenc.c): nothing; the buffers charta_textenc_to_utf8 and
 * charta_text_clean return are the caller's to free. Uses: status.h, util.h
 * (charta_buf); glibc iconv for Latin-1 and
 * Windows-1252.
 * Every importer converts its input here first (RELIABILITY C2), so the
 * readers after it only ever see valid UTF-8 without a BOM or NUL bytes.
 * Problems come back with the 1-based line and byte column of the first bad
 * byte and an English message that says which `encoding` to try.
 * Every writer of XML (the workbook, SVG, later SDMX) and of text for Pango
 * and Cairo passes its texts through charta_text_clean at its boundary.
 */
#ifndef CHARTA_TEXTENC_H
#define CHARTA_TEXTENC_H

#include <stdbool.h>
#include <stddef.h>

#include "charta/status.h"
#include "charta/util.h"

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

/* --- text for the writers ------------------------------------------------ */

/* What charta_text_clean replaces. */
typedef enum charta_text_rule {
    CHARTA_TEXT_UTF8 = 0, /* bytes that are not valid UTF-8 (for the CSV outputs) */
    CHARTA_TEXT_XML,      /* those, and every character charta_text_xml_char refuses */
} charta_text_rule;

/* True when code point c may be written in XML text, in the workbook, in
 * SVG and through Pango and Cairo: false for the C0 controls but tab, LF
 * and CR, for DEL and the C1 controls U+007F-U+009F, for the surrogates,
 * and for the noncharacters U+FDD0-U+FDEF and U+xFFFE/U+xFFFF of every
 * plane. That is what XML 1.0 forbids (section 2.2: C0 controls, the
 * surrogates, U+FFFE, U+FFFF) and what it discourages (the other
 * controls and noncharacters); Cairo refuses every noncharacter as invalid
 * UTF-8, which would fail the PDF. */
bool charta_text_xml_char(unsigned c);

/* s with every unwritable part replaced by U+FFFD: invalid UTF-8 byte by
 * byte, and under CHARTA_TEXT_XML each character charta_text_xml_char
 * refuses. U+FFFD and not removal, because it shows the reader where the
 * source text is damaged, never joins two words into one, and never makes
 * two different names equal; invalid UTF-8 was already repaired that way.
 * Returns s itself when nothing needs replacing (no copy, same bytes), else
 * a copy in scratch (owned by the caller's buffer, valid until its next use)
 * and sets *repaired (when repaired is not NULL). NULL s gives "". Returns
 * NULL only when the copy runs out of memory. */
const char *charta_text_clean(const char *s, charta_text_rule rule, charta_buf *scratch,
                              bool *repaired);

#endif
