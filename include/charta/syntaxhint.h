/* syntaxhint.h: Lua's syntax errors said in plain words, at the place to fix.
 *
 * Lua reports where its parser gave up, in the parser's words: a comma missing at
 * the end of line 4 reads "line 5: '}' expected (to close '{' at line 1) near
 * 'target'". This module reads the chunk's text again with a tolerant lexer (an
 * unclosed string or comment ends the text instead of failing), replays the
 * brackets and blocks Lua accepted before the token it names, and recognises the
 * common mistakes: a missing comma between the fields or items of a table or the
 * values of a call, a '{', '(' or '[' never closed, a string or long string never
 * closed, '=' written for '==' in a condition, an 'end', '}' or ')' too many, a
 * function (or if, for, while, do, repeat) without its 'end', a forgotten 'then'.
 *
 * Owns nothing past a call (src/engine/syntaxhint.c). Uses: nothing but the C
 * library; no Lua state. Columns count characters from 1, a tab advancing to the
 * next multiple of 8 plus one, as keyline.h does.
 */
#ifndef CHARTA_SYNTAXHINT_H
#define CHARTA_SYNTAXHINT_H

#include <stdbool.h>
#include <stddef.h>

enum { CHARTA_SYNTAX_HINT_MAX = 400 };

typedef struct charta_syntax_hint {
    int line, col; /* the place to fix, 1-based */
    char message[CHARTA_SYNTAX_HINT_MAX];
} charta_syntax_hint;

/* Explain the syntax error msg that Lua raised at line (msg without its "chunk:line: "
 * prefix, as "'}' expected (to close '{' at line 1) near 'target'") in the chunk text
 * (len bytes, any bytes). True with *out filled when the mistake is one of those
 * above; false when it is not, the text does not match the message, or memory runs
 * out: then Lua's message is the best there is. Token texts quoted in the message
 * are cut to 40 bytes and may hold any bytes (the caller makes them printable). */
bool charta_syntax_explain(const char *text, size_t len, const char *msg, int line,
                           charta_syntax_hint *out);

#endif
