/* printable.h: text made safe to print on a terminal or into a log.
 *
 * Owns: nothing. Uses: util.h (charta_buf).
 * Messages quote what scripts and data files hold (ids, codes, a script's
 * own error text): a control character there would reach the terminal of
 * whoever reads the run's output (an escape sequence can rewrite the
 * screen), a NUL would cut the text short, and a script can raise an error
 * of any length. So every text on its way to a diagnostic passes through
 * here: each C0 control character, DEL, C1 control character (U+0080 to
 * U+009F) and each byte that is not part of valid UTF-8 is written as a
 * Lua escape (\n, \t, \0, \x1b, \u{9b}), which is printable, unambiguous
 * to a reader and can be pasted into a script; a text longer than its
 * limit is cut at a character boundary and ends in "…". Printable text
 * passes unchanged, so the functions can be applied twice.
 */
#ifndef CHARTA_PRINTABLE_H
#define CHARTA_PRINTABLE_H

#include <stdbool.h>
#include <stddef.h>

#include "charta/util.h"

/* The longest message of a diagnostic, in bytes (with its "…"). */
enum { CHARTA_MESSAGE_MAX = 2000 };

/* Append the printable form of s (n bytes, NULs included) to b, at most
 * max bytes of it (0: no limit); multiline keeps '\n' and '\t' as they are
 * (tracebacks, the print log). Sets b->oom on out of memory. */
void charta_buf_put_printable(charta_buf *b, const char *s, size_t n, size_t max, bool multiline);

/* The printable form of s (n bytes) in a new string of at most max bytes
 * (0: no limit), '\n' and '\t' escaped; the caller frees it. NULL on out of memory. */
char *charta_printable(const char *s, size_t n, size_t max);

/* The printable form of s (n bytes) into out, at most size - 1 bytes and a
 * NUL, '\n' and '\t' escaped; no allocation (signal handlers, fixed buffers).
 * Returns out; size must be at least 4. */
char *charta_printable_into(char *out, size_t size, const char *s, size_t n);

#endif
