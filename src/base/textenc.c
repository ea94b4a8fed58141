#include "charta/textenc.h"

#include <errno.h>
#include <iconv.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "charta/i18n.h"
#include "charta/util.h"

bool
charta_encoding_parse(const char *s, charta_encoding *out)
{
    static const struct {
        const char *name;
        charta_encoding enc;
    } names[] = {
        {"utf-8", CHARTA_ENC_UTF8},        {"utf8", CHARTA_ENC_UTF8},
        {"latin1", CHARTA_ENC_LATIN1},     {"latin-1", CHARTA_ENC_LATIN1},
        {"iso-8859-1", CHARTA_ENC_LATIN1}, {"iso8859-1", CHARTA_ENC_LATIN1},
        {"cp1252", CHARTA_ENC_CP1252},     {"windows-1252", CHARTA_ENC_CP1252},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (strcasecmp(s, names[i].name) == 0) {
            *out = names[i].enc;
            return true;
        }
    }
    return false;
}

const char *
charta_encoding_name(charta_encoding e)
{
    switch (e) {
    case CHARTA_ENC_LATIN1:
        return "latin1";
    case CHARTA_ENC_CP1252:
        return "cp1252";
    default:
        return "utf-8";
    }
}

/* Bytes 0x80-0x9F that Windows-1252 leaves undefined. */
static bool
cp1252_undefined(unsigned char c)
{
    return c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D;
}

static charta_status report(charta_textenc_error *err, const char *text, size_t off,
                            const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* Fill err with the line and column of text[off] and the message. LF, CRLF
 * and a lone CR each end a line, as in the CSV reader (csvread.h). */
static charta_status
report(charta_textenc_error *err, const char *text, size_t off, const char *fmt, ...)
{
    if (!err)
        return CHARTA_ERR_DATA;
    int line = 1;
    size_t line_start = 0;
    for (size_t i = 0; i < off; i++) {
        if (text[i] == '\n' || (text[i] == '\r' && text[i + 1] != '\n')) {
            line++;
            line_start = i + 1;
        }
    }
    err->line = line;
    err->col = (int)(off - line_start + 1);
    err->byte = (unsigned char)text[off];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, charta_tr(fmt), ap); /* a msgid: i18n.h */
    va_end(ap);
    return CHARTA_ERR_DATA;
}

/* The hint for bytes that are not UTF-8: Windows-1252 when the file holds
 * bytes only that code page gives meaning to (0x80-0x9F), else Latin-1. */
static const char *
legacy_hint(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80 && c <= 0x9F && !cp1252_undefined(c))
            return _("the file may be Windows-1252: set encoding = \"cp1252\"");
    }
    return _("the file may be Latin-1: set encoding = \"latin1\"");
}

static charta_status
copy_out(const char *s, size_t n, char **out, size_t *out_len)
{
    char *p = charta_strndup(s, n);
    if (!p)
        return CHARTA_ERR_NOMEM;
    *out = p;
    *out_len = n;
    return CHARTA_OK;
}

static charta_status
from_utf8(const char *in, size_t n, char **out, size_t *out_len, charta_textenc_error *err)
{
    size_t skip = n >= 3 && memcmp(in, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    size_t off;
    if (!charta_utf8_valid(in + skip, n - skip, &off))
        return report(err, in + skip, off, "invalid UTF-8 at byte 0x%02X; %s",
                      (unsigned char)in[skip + off], legacy_hint(in + skip, n - skip));
    return copy_out(in + skip, n - skip, out, out_len);
}

/* A file declared Latin-1 or cp1252 whose non-ASCII bytes all form UTF-8
 * sequences is UTF-8: decoding it as a code page would garble every umlaut
 * ("Ã¶" for "ö") and then fail to match area names. */
static bool
is_utf8_text(const char *in, size_t n, size_t *first_multibyte)
{
    size_t i = 0;
    while (i < n && (unsigned char)in[i] < 0x80)
        i++;
    if (i == n)
        return false;
    *first_multibyte = i;
    return charta_utf8_valid(in, n, NULL);
}

static charta_status
from_codepage(charta_encoding enc, const char *in, size_t n, char **out, size_t *out_len,
              charta_textenc_error *err)
{
    const char *name = charta_encoding_name(enc);
    size_t mb;
    if (is_utf8_text(in, n, &mb))
        return report(err, in, mb,
                      "the file is UTF-8, but the source declares encoding = \"%s\": "
                      "set encoding = \"utf-8\"",
                      name);
    if (enc == CHARTA_ENC_LATIN1) {
        for (size_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)in[i];
            if (c >= 0x80 && c <= 0x9F)
                return report(err, in, i, "byte 0x%02X is a control character in Latin-1; %s", c,
                              cp1252_undefined(c)
                                  ? _("check the `encoding` setting of the source")
                                  : _("the file may be Windows-1252: set encoding = \"cp1252\""));
        }
    }

    iconv_t cd = iconv_open("UTF-8", enc == CHARTA_ENC_LATIN1 ? "ISO-8859-1" : "WINDOWS-1252");
    if (cd == (iconv_t)-1)
        return errno == ENOMEM ? CHARTA_ERR_NOMEM : CHARTA_ERR_INTERNAL;
    charta_status st = CHARTA_OK;
    size_t cap = n + n / 2 + 16;
    char *buf = malloc(cap + 1);
    if (!buf) {
        st = CHARTA_ERR_NOMEM;
        goto cleanup;
    }
    char *ip = (char *)in, *op = buf;
    size_t il = n, ol = cap;
    while (il > 0) {
        if (iconv(cd, &ip, &il, &op, &ol) != (size_t)-1)
            continue;
        if (errno == E2BIG) {
            size_t used = (size_t)(op - buf);
            size_t ncap = cap * 2;
            char *nb = realloc(buf, ncap + 1);
            if (!nb) {
                st = CHARTA_ERR_NOMEM;
                goto cleanup;
            }
            buf = nb;
            cap = ncap;
            op = buf + used;
            ol = cap - used;
        } else if (errno == EILSEQ || errno == EINVAL) {
            size_t off = (size_t)(ip - in);
            st = report(err, in, off,
                        "byte 0x%02X is not a character in Windows-1252; check the `encoding` "
                        "setting of the source (utf-8, latin1 or cp1252)",
                        (unsigned char)in[off]);
            goto cleanup;
        } else {
            st = CHARTA_ERR_INTERNAL;
            goto cleanup;
        }
    }
    *op = '\0';
    *out_len = (size_t)(op - buf);
    *out = buf;
    buf = NULL;
cleanup:
    free(buf);
    iconv_close(cd);
    return st;
}

charta_status
charta_textenc_to_utf8(charta_encoding enc, const char *in, size_t n, char **out, size_t *out_len,
                       charta_textenc_error *err)
{
    *out = NULL;
    *out_len = 0;
    const char *nul = memchr(in, '\0', n);
    if (nul)
        return report(err, in, (size_t)(nul - in),
                      "NUL byte in the file; this is not a text file (or it is UTF-16)");
    switch (enc) {
    case CHARTA_ENC_LATIN1:
    case CHARTA_ENC_CP1252:
        return from_codepage(enc, in, n, out, out_len, err);
    default:
        return from_utf8(in, n, out, out_len, err);
    }
}

/* --- text for the writers ------------------------------------------------ */

bool
charta_text_xml_char(unsigned c)
{
    if (c < 0x20)
        return c == '\t' || c == '\n' || c == '\r';
    if (c >= 0x7F && c <= 0x9F)
        return false;
    if (c >= 0xD800 && c <= 0xDFFF)
        return false;
    if (c >= 0xFDD0 && c <= 0xFDEF)
        return false;
    if ((c & 0xFFFE) == 0xFFFE)
        return false;
    return c <= 0x10FFFF;
}

const char *
charta_text_clean(const char *s, charta_text_rule rule, charta_buf *scratch, bool *repaired)
{
    if (!s)
        return "";
    size_t n = strlen(s), i = 0, kept = 0; /* s[kept..i) is still to copy */
    bool copying = false;
    while (i < n) {
        unsigned char b = (unsigned char)s[i];
        if (b >= 0x20 && b < 0x7F) { /* printable ASCII: the common case */
            i++;
            continue;
        }
        unsigned c = 0;
        size_t k = charta_utf8_decode(s + i, n - i, &c);
        if (k && (rule != CHARTA_TEXT_XML || charta_text_xml_char(c))) {
            i += k;
            continue;
        }
        if (!copying) {
            copying = true;
            scratch->len = 0;
        }
        charta_buf_append(scratch, s + kept, i - kept);
        charta_buf_puts(scratch, "\xEF\xBF\xBD"); /* U+FFFD */
        i += k ? k : 1;
        kept = i;
    }
    if (!copying)
        return s;
    if (repaired)
        *repaired = true;
    charta_buf_append(scratch, s + kept, n - kept);
    charta_buf_append(scratch, "", 0);
    return scratch->oom ? NULL : scratch->data;
}
