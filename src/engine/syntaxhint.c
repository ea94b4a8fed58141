/* syntaxhint.c: Lua's syntax errors in plain words (syntaxhint.h).
 *
 * The text is cut into tokens as Lua's lexer (llex.c) cuts it, but an unclosed
 * string, long string or comment becomes one last "bad" token instead of a
 * failure. The token Lua names ("near 'target'", "near <eof>") is looked up on the
 * line of the message; the brackets and blocks before it are replayed on a stack
 * (Lua accepted them, so they nest), and the mistake is read from what is open
 * there, the token before and the token named. Anything else is left to Lua's own
 * message.
 */
#include "charta/syntaxhint.h"

#include "charta/i18n.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Lua's parser nests at most 200 levels (LUAI_MAXCCALLS); deeper is no script. */
enum { STACK_MAX = 256, QUOTE_MAX = 40 };

enum kind {
    K_NAME,
    K_KEYWORD,
    K_STRING,
    K_LONGSTRING,
    K_NUMBER,
    K_PUNCT,
    K_BADSTRING,  /* a short string the line (or the text) ends in */
    K_BADLONG,    /* a long string never closed */
    K_BADCOMMENT, /* a long comment never closed */
    K_EOF,
};

typedef struct pos {
    int line, col;
} pos;

typedef struct tok {
    size_t off, len;
    pos start, end; /* end: the column just after the last character */
    enum kind kind;
    int level; /* of a long bracket */
} tok;

typedef struct lexer {
    const char *s;
    size_t len, i;
    int line;
    size_t line_start;
    size_t col_off; /* the column is known up to here on the current line */
    int col;
    tok *toks;
    size_t n, cap;
} lexer;

/* --- the lexer --------------------------------------------------------------- */

static bool
is_newline(char c)
{
    return c == '\n' || c == '\r';
}

static bool
is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\f' || c == '\v';
}

static bool
is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static bool
is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Step over the byte at i, counting a line end as Lua does ("\n", "\r", "\r\n",
 * "\n\r" are one). */
static void
step(lexer *x)
{
    char c = x->s[x->i++];
    if (is_newline(c)) {
        if (x->i < x->len && is_newline(x->s[x->i]) && x->s[x->i] != c)
            x->i++;
        if (x->line < INT_MAX)
            x->line++;
        x->line_start = x->col_off = x->i;
        x->col = 1;
    }
}

/* The column of the byte at i on the current line: characters from 1, a tab to
 * the next multiple of 8 plus one. Counted on from the last call, so a long line
 * costs its length once. */
static int
column_here(lexer *x)
{
    for (; x->col_off < x->i && x->col_off < x->len; x->col_off++) {
        unsigned char b = (unsigned char)x->s[x->col_off];
        if (b == '\t')
            x->col = (x->col - 1) / 8 * 8 + 9;
        else if ((b & 0xC0) != 0x80 && x->col < INT_MAX - 8)
            x->col++;
    }
    return x->col;
}

static pos
here(lexer *x)
{
    return (pos){x->line, column_here(x)};
}

/* The level of a long bracket "[==[" at i, or -1. */
static int
long_level(const lexer *x, size_t i)
{
    if (i >= x->len || x->s[i] != '[')
        return -1;
    size_t j = i + 1;
    while (j < x->len && x->s[j] == '=')
        j++;
    if (j < x->len && x->s[j] == '[' && j - i - 1 < 1000)
        return (int)(j - i - 1);
    return -1;
}

/* Step over a long bracket of level lvl opening at i; false when the text ends
 * first. */
static bool
skip_long(lexer *x, int lvl)
{
    x->i += (size_t)lvl + 2;
    while (x->i < x->len) {
        if (x->s[x->i] == ']') {
            size_t j = x->i + 1;
            while (j < x->len && x->s[j] == '=')
                j++;
            if (j < x->len && x->s[j] == ']' && j - x->i - 1 == (size_t)lvl) {
                x->i = j + 1;
                return true;
            }
            x->i++;
        } else {
            step(x);
        }
    }
    return false;
}

/* Step over a short string opening at i; false when its line or the text ends
 * first (a backslash before a line end continues it, as "\z" does). */
static bool
skip_short(lexer *x)
{
    char q = x->s[x->i++];
    while (x->i < x->len) {
        char c = x->s[x->i];
        if (c == q) {
            x->i++;
            return true;
        }
        if (is_newline(c))
            return false;
        x->i++;
        if (c != '\\')
            continue;
        if (x->i >= x->len)
            return false;
        if (is_newline(x->s[x->i])) {
            step(x);
        } else if (x->s[x->i] == 'z') {
            x->i++;
            while (x->i < x->len && (is_space(x->s[x->i]) || is_newline(x->s[x->i])))
                step(x);
        } else {
            x->i++;
        }
    }
    return false;
}

static bool
push(lexer *x, tok t)
{
    if (x->n == x->cap) {
        size_t nc = x->cap ? 2 * x->cap : 256;
        tok *nt = realloc(x->toks, nc * sizeof *nt);
        if (!nt)
            return false;
        x->toks = nt;
        x->cap = nc;
    }
    x->toks[x->n++] = t;
    return true;
}

static bool
is_keyword(const char *s, size_t n)
{
    static const char *const kw[] = {"and",   "break", "do",       "else",  "elseif", "end",
                                     "false", "for",   "function", "goto",  "if",     "in",
                                     "local", "nil",   "not",      "or",    "repeat", "return",
                                     "then",  "true",  "until",    "while", NULL};
    for (const char *const *k = kw; *k; k++)
        if (strlen(*k) == n && memcmp(*k, s, n) == 0)
            return true;
    return false;
}

/* Cut the whole text into tokens, the last one K_EOF; the first unclosed string
 * or comment is the last token before it. False on out of memory. */
static bool
lex(lexer *x)
{
    while (x->i < x->len) {
        char c = x->s[x->i];
        if (is_newline(c) || is_space(c)) {
            step(x);
            continue;
        }
        tok t = {.off = x->i, .start = here(x)};
        if (c == '-' && x->i + 1 < x->len && x->s[x->i + 1] == '-') {
            x->i += 2;
            int lvl = long_level(x, x->i);
            if (lvl < 0) {
                while (x->i < x->len && !is_newline(x->s[x->i]))
                    x->i++;
                continue;
            }
            if (skip_long(x, lvl))
                continue;
            t.kind = K_BADCOMMENT;
            t.level = lvl;
        } else if (long_level(x, x->i) >= 0) {
            t.level = long_level(x, x->i);
            t.kind = skip_long(x, t.level) ? K_LONGSTRING : K_BADLONG;
        } else if (c == '"' || c == '\'') {
            t.kind = skip_short(x) ? K_STRING : K_BADSTRING;
        } else if (is_digit(c) || (c == '.' && x->i + 1 < x->len && is_digit(x->s[x->i + 1]))) {
            t.kind = K_NUMBER;
            x->i++;
            while (x->i < x->len) {
                char n = x->s[x->i], p = x->s[x->i - 1];
                bool sign =
                    (n == '+' || n == '-') && (p == 'e' || p == 'E' || p == 'p' || p == 'P');
                if (!(is_alpha(n) || is_digit(n) || n == '.' || sign))
                    break;
                x->i++;
            }
        } else if (is_alpha(c)) {
            while (x->i < x->len && (is_alpha(x->s[x->i]) || is_digit(x->s[x->i])))
                x->i++;
            t.kind = is_keyword(x->s + t.off, x->i - t.off) ? K_KEYWORD : K_NAME;
        } else {
            static const char *const multi[] = {
                "...", "..", "==", "~=", "<=", ">=", "//", "::", "<<", ">>", NULL};
            size_t n = 1;
            for (const char *const *m = multi; *m; m++)
                if (x->len - x->i >= strlen(*m) && memcmp(x->s + x->i, *m, strlen(*m)) == 0) {
                    n = strlen(*m);
                    break;
                }
            x->i += n;
            t.kind = K_PUNCT;
        }
        t.len = x->i - t.off;
        t.end = here(x);
        if (!push(x, t))
            return false;
        if (t.kind == K_BADSTRING || t.kind == K_BADLONG || t.kind == K_BADCOMMENT)
            break; /* Lua stops at the first of them */
    }
    return push(x, (tok){.off = x->i, .start = here(x), .end = here(x), .kind = K_EOF});
}

/* --- what is open ------------------------------------------------------------ */

enum what {
    W_PAREN = '(',
    W_BRACE = '{',
    W_BRACKET = '[',
    W_FUNCTION = 'f',
    W_IF = 'i',
    W_DO = 'd',
    W_WHILE = 'w',
    W_FOR = 'o',
    W_REPEAT = 'r'
};

typedef struct open {
    size_t tok;
    enum what what;
    bool await_do; /* a while or for before its 'do' */
} open;

typedef struct replay {
    open stack[STACK_MAX];
    size_t depth;
    /* the first bracket closed on a line of its own that is indented otherwise
     * than the line that opened it: where a bracket went missing, the brackets
     * after it pair up wrongly */
    bool odd;
    size_t odd_open, odd_close;
} replay;

static bool
is(const lexer *x, const tok *t, enum kind kind, const char *text)
{
    return t->kind == kind && t->len == strlen(text) && memcmp(x->s + t->off, text, t->len) == 0;
}

static bool
punct(const lexer *x, const tok *t, const char *text)
{
    return is(x, t, K_PUNCT, text);
}

static bool
keyword(const lexer *x, const tok *t, const char *text)
{
    return is(x, t, K_KEYWORD, text);
}

static bool
is_block(enum what w)
{
    return w != W_PAREN && w != W_BRACE && w != W_BRACKET;
}

static bool
open_one(replay *r, size_t i, enum what w)
{
    if (r->depth == STACK_MAX)
        return false;
    r->stack[r->depth++] = (open){.tok = i, .what = w, .await_do = w == W_WHILE || w == W_FOR};
    return true;
}

static bool
first_on_line(const lexer *x, size_t i)
{
    return i == 0 || x->toks[i - 1].end.line < x->toks[i].start.line;
}

/* The column of the first token on the line of token i. */
static int
indent_of(const lexer *x, size_t i)
{
    while (!first_on_line(x, i))
        i--;
    return x->toks[i].start.col;
}

/* The brackets and blocks open before token `upto`; false when they do not nest
 * (the text is not what Lua read) or nest too deep. */
static bool
replay_to(const lexer *x, size_t upto, replay *r)
{
    r->depth = 0;
    r->odd = false;
    for (size_t i = 0; i < upto; i++) {
        const tok *t = &x->toks[i];
        open *top = r->depth ? &r->stack[r->depth - 1] : NULL;
        if (t->kind == K_PUNCT && t->len == 1 && strchr("({[", x->s[t->off])) {
            if (!open_one(r, i, (enum what)x->s[t->off]))
                return false;
        } else if (t->kind == K_PUNCT && t->len == 1 && strchr(")}]", x->s[t->off])) {
            char c = x->s[t->off];
            enum what want = c == ')' ? W_PAREN : c == '}' ? W_BRACE : W_BRACKET;
            if (!top || top->what != want)
                return false;
            if (!r->odd && first_on_line(x, i) && t->start.col != indent_of(x, top->tok)) {
                r->odd = true;
                r->odd_open = top->tok;
                r->odd_close = i;
            }
            r->depth--;
        } else if (keyword(x, t, "function")) {
            if (!open_one(r, i, W_FUNCTION))
                return false;
        } else if (keyword(x, t, "if")) {
            if (!open_one(r, i, W_IF))
                return false;
        } else if (keyword(x, t, "while")) {
            if (!open_one(r, i, W_WHILE))
                return false;
        } else if (keyword(x, t, "for")) {
            if (!open_one(r, i, W_FOR))
                return false;
        } else if (keyword(x, t, "repeat")) {
            if (!open_one(r, i, W_REPEAT))
                return false;
        } else if (keyword(x, t, "do")) {
            if (top && top->await_do)
                top->await_do = false;
            else if (!open_one(r, i, W_DO))
                return false;
        } else if (keyword(x, t, "end")) {
            if (!top || !is_block(top->what) || top->what == W_REPEAT)
                return false;
            r->depth--;
        } else if (keyword(x, t, "until")) {
            if (!top || top->what != W_REPEAT)
                return false;
            r->depth--;
        }
    }
    return true;
}

/* --- Lua's message ----------------------------------------------------------- */

static bool
starts_with(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* Lua's "'then' expected ..." for what = "then". */
static bool
expected(const char *msg, const char *what)
{
    size_t n = strlen(what);
    return msg[0] == '\'' && strncmp(msg + 1, what, n) == 0 &&
           starts_with(msg + 1 + n, "' expected");
}

/* The tokens the message names ("near 'x'", "near <eof>") on the message's line, in
 * the order written, into at[] (at most max); their number. Lua quotes a string with
 * its escapes already read: failing the text, any string on the line is one. */
static size_t
find_named(const lexer *x, const char *msg, int line, size_t *at, size_t max)
{
    const char *near = NULL;
    for (const char *p = strstr(msg, " near "); p; p = strstr(p + 1, " near "))
        near = p + 6;
    if (!near || max == 0)
        return 0;
    if (starts_with(near, "<eof>")) {
        at[0] = x->n - 1;
        return 1;
    }
    size_t nl = strlen(near);
    if (nl < 2 || near[0] != '\'' || near[nl - 1] != '\'')
        return 0;
    near++;
    nl -= 2;
    size_t n = 0;
    for (int pass = 0; pass < 2 && n == 0; pass++) {
        for (size_t i = 0; i + 1 < x->n && n < max; i++) {
            const tok *t = &x->toks[i];
            if (t->start.line > line)
                break;
            if (t->end.line < line)
                continue;
            if (pass == 0 && t->len == nl && memcmp(x->s + t->off, near, nl) == 0)
                at[n++] = i;
            else if (pass == 1 && t->kind == K_STRING && nl && near[0] == x->s[t->off])
                at[n++] = i;
        }
    }
    return n;
}

/* --- the words --------------------------------------------------------------- */

static bool
is_value_end(const lexer *x, const tok *t)
{
    switch (t->kind) {
    case K_NAME:
    case K_STRING:
    case K_LONGSTRING:
    case K_NUMBER:
        return true;
    case K_KEYWORD:
        return keyword(x, t, "end") || keyword(x, t, "true") || keyword(x, t, "false") ||
               keyword(x, t, "nil");
    case K_PUNCT:
        return punct(x, t, ")") || punct(x, t, "}") || punct(x, t, "]") || punct(x, t, "...");
    default:
        return false;
    }
}

static bool
is_value_start(const lexer *x, const tok *t, enum what in)
{
    switch (t->kind) {
    case K_NAME:
    case K_STRING:
    case K_LONGSTRING:
    case K_NUMBER:
        return true;
    case K_KEYWORD:
        return keyword(x, t, "function") || keyword(x, t, "true") || keyword(x, t, "false") ||
               keyword(x, t, "nil") || keyword(x, t, "not");
    case K_PUNCT:
        return punct(x, t, "{") || punct(x, t, "...") || (in == W_BRACE && punct(x, t, "["));
    default:
        return false;
    }
}

static const char *
closer_of(enum what w)
{
    switch (w) {
    case W_PAREN:
        return ")";
    case W_BRACE:
        return "}";
    case W_BRACKET:
        return "]";
    case W_REPEAT:
        return "until";
    default:
        return "end";
    }
}

/* "the '{' opened on line 1 (column 15)", "the function that starts on line 2 ...". */
static void
describe(const lexer *x, const open *o, char *buf, size_t n)
{
    const tok *t = &x->toks[o->tok];
    if (o->what == W_FUNCTION) {
        snprintf(buf, n, _("the function that starts on line %d (column %d)"), t->start.line,
                 t->start.col);
        return;
    }
    const char *fmt = !is_block(o->what) ? _("the '%.*s' opened on line %d (column %d)")
                      : o->what == W_WHILE || o->what == W_FOR
                          ? _("the '%.*s' loop on line %d (column %d)")
                          : _("the '%.*s' on line %d (column %d)");
    snprintf(buf, n, fmt, (int)t->len, x->s + t->off, t->start.line, t->start.col);
}

static bool hint(charta_syntax_hint *out, pos at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static bool
hint(charta_syntax_hint *out, pos at, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(out->message, sizeof out->message, _(fmt), ap);
    va_end(ap);
    out->line = at.line;
    out->col = at.col;
    return true;
}

/* The token's text for a message, cut to QUOTE_MAX bytes. */
#define QUOTED(x, t) (int)((t)->len < QUOTE_MAX ? (t)->len : QUOTE_MAX), (x)->s + (t)->off

static bool
explain_unfinished(const lexer *x, charta_syntax_hint *out)
{
    const tok *t = x->n >= 2 ? &x->toks[x->n - 2] : NULL;
    if (!t)
        return false;
    char brackets[2][32];
    int lvl = t->level < 16 ? t->level : 16;
    snprintf(brackets[0], sizeof brackets[0], "[%.*s[", lvl, "================");
    snprintf(brackets[1], sizeof brackets[1], "]%.*s]", lvl, "================");
    switch (t->kind) {
    case K_BADSTRING:
        return hint(out, t->start,
                    "the text in quotes that starts here has no closing %c: add it where the "
                    "text ends, on the same line",
                    x->s[t->off]);
    case K_BADLONG:
        return hint(out, t->start,
                    "the long text that starts here with '%s' is never closed with '%s'",
                    brackets[0], brackets[1]);
    case K_BADCOMMENT:
        return hint(out, t->start,
                    "the comment that starts here with '--%s' is never closed with '%s'",
                    brackets[0], brackets[1]);
    default:
        return false;
    }
}

/* The value that starts at token i as written, as far as it is a name with its
 * fields ("d.area_km2", "s:latest"), cut to QUOTE_MAX bytes. */
static void
quote_value(const lexer *x, size_t i, char *buf, size_t n)
{
    size_t end = i + 1;
    while (end + 1 < x->n) {
        const tok *a = &x->toks[end - 1], *b = &x->toks[end];
        bool joined = b->start.line == a->end.line && b->start.col == a->end.col;
        bool link = punct(x, b, ".") || punct(x, b, ":");
        if (!joined || !(link || (b->kind == K_NAME && (punct(x, a, ".") || punct(x, a, ":")))))
            break;
        end++;
    }
    if (end > i + 1 && (punct(x, &x->toks[end - 1], ".") || punct(x, &x->toks[end - 1], ":")))
        end--;
    size_t len = x->toks[end - 1].off + x->toks[end - 1].len - x->toks[i].off;
    if (x->toks[i].kind != K_NAME)
        len = x->toks[i].len;
    snprintf(buf, n, "%.*s", (int)(len < QUOTE_MAX ? len : QUOTE_MAX), x->s + x->toks[i].off);
}

/* The last `if` or `elseif` before token i. */
static const tok *
last_condition(const lexer *x, size_t i)
{
    while (i-- > 0)
        if (keyword(x, &x->toks[i], "if") || keyword(x, &x->toks[i], "elseif"))
            return &x->toks[i];
    return NULL;
}

static bool explain_at(const lexer *x, const char *msg, size_t i, charta_syntax_hint *out);

/* The file ends with top open, and a bracket inside it was closed on a line indented
 * otherwise than its own: that one is the bracket left open, its closer missing
 * before the first line indented no deeper than its own. */
static bool
explain_by_indent(const lexer *x, const replay *r, const open *top, charta_syntax_hint *out)
{
    size_t o = r->odd_open;
    int indent = indent_of(x, o);
    for (size_t j = o + 1; j < r->odd_close; j++) {
        if (!first_on_line(x, j) || x->toks[j].start.col > indent)
            continue;
        const tok *last = &x->toks[j - 1];
        if ((punct(x, last, ",") || punct(x, last, ";")) && j - 1 > o)
            last = &x->toks[j - 2];
        const tok *open_tok = &x->toks[o], *outer = &x->toks[top->tok];
        return hint(out, last->end,
                    "'%s' is missing here, judging by the indentation: the '%c' opened on line "
                    "%d (column %d) is not closed, and the file ends with the '%c' of line %d "
                    "open",
                    closer_of(top->what), x->s[open_tok->off], open_tok->start.line,
                    open_tok->start.col, x->s[outer->off], outer->start.line);
    }
    return false;
}

static bool
explain(const lexer *x, const char *msg, int line, charta_syntax_hint *out)
{
    if (starts_with(msg, "unfinished "))
        return explain_unfinished(x, out);
    /* the first of the tokens that could be the one Lua names that explains it
     * (Lua read the ones before it on the line without a complaint) */
    size_t at[16];
    size_t n = find_named(x, msg, line, at, sizeof at / sizeof at[0]);
    for (size_t k = 0; k < n; k++)
        if (at[k] > 0 && explain_at(x, msg, at[k], out))
            return true;
    return false;
}

/* Explain the message as raised at token i (i > 0). */
static bool
explain_at(const lexer *x, const char *msg, size_t i, charta_syntax_hint *out)
{
    replay r;
    if (!replay_to(x, i, &r))
        return false;
    const tok *t = &x->toks[i], *prev = &x->toks[i - 1];
    const open *top = r.depth ? &r.stack[r.depth - 1] : NULL;
    /* the last value before a stray ',' or ';': where a missing 'end' goes */
    const tok *last = prev;
    if ((punct(x, last, ",") || punct(x, last, ";")) && i >= 2)
        last = &x->toks[i - 2];
    char what[160] = "";
    if (top)
        describe(x, top, what, sizeof what);

    /* '=' in a condition */
    if (punct(x, t, "=") && top && is_value_end(x, prev) &&
        ((expected(msg, "then") && top->what == W_IF) ||
         (expected(msg, "do") && top->what == W_WHILE && top->await_do)))
        return hint(out, t->start,
                    "'=' gives a value: to compare two values, write '==' (as in "
                    "'if x == 1 then')");
    /* a forgotten 'then' or 'do' */
    if (expected(msg, "then") && top && top->what == W_IF) {
        const tok *cond = last_condition(x, i);
        return hint(out, prev->end,
                    "'then' is missing here, after the condition of the '%.*s' "
                    "on line %d",
                    QUOTED(x, cond ? cond : &x->toks[top->tok]),
                    (cond ? cond : &x->toks[top->tok])->start.line);
    }
    if (expected(msg, "do") && top && top->await_do && !punct(x, t, "="))
        return hint(out, prev->end, "'do' is missing here: %s needs 'do' after its head", what);
    /* the file ends with something open */
    if (t->kind == K_EOF && top && !is_block(top->what) && r.odd && r.odd_open > top->tok &&
        x->s[x->toks[r.odd_open].off] == (char)top->what && explain_by_indent(x, &r, top, out))
        return true;
    if (t->kind == K_EOF && top)
        return hint(out, (is_block(top->what) ? last : prev)->end,
                    "'%s' is missing at the end of the file: %s is not closed",
                    closer_of(top->what), what);
    /* an 'end' or 'until' too many, or one that comes before a bracket is closed */
    if (keyword(x, t, "end") || keyword(x, t, "until")) {
        bool block_open = false;
        for (size_t k = 0; k < r.depth; k++)
            block_open |= is_block(r.stack[k].what);
        if (!block_open && keyword(x, t, "end"))
            return hint(out, t->start,
                        "this 'end' has nothing to close: delete it (or the 'function', 'if', "
                        "'for' or 'while' it should end is missing)");
        if (!block_open)
            return hint(out, t->start, "this 'until' has no 'repeat' to close: delete it");
        if (top && !is_block(top->what))
            return hint(out, prev->end, "'%s' is missing here: %s is not closed",
                        closer_of(top->what), what);
        return false;
    }
    /* a '}', ')' or ']' too many, or one that comes before a block or another
     * bracket is closed */
    if (punct(x, t, "}") || punct(x, t, ")") || punct(x, t, "]")) {
        char c = x->s[t->off];
        char o = c == ')' ? '(' : c == '}' ? '{' : '[';
        if (!top)
            return hint(out, t->start, "this '%c' has no '%c' to close: delete it", c, o);
        if (is_block(top->what))
            return hint(out, last->end, "'%s' is missing here: %s is not closed",
                        closer_of(top->what), what);
        if ((char)top->what != o)
            return hint(out, prev->end, "'%s' is missing here: %s is not closed",
                        closer_of(top->what), what);
        return false;
    }
    /* a missing comma between the fields of a table or the values of a call */
    if (top && (top->what == W_BRACE || top->what == W_PAREN) &&
        expected(msg, closer_of(top->what)) && is_value_end(x, prev) &&
        is_value_start(x, t, top->what)) {
        /* "Kaputt, en = "Broken": a string without its closing quote ran on to
         * the next one, and the word after it is glued to it */
        if (prev->kind == K_STRING && (t->kind == K_NAME || t->kind == K_NUMBER) &&
            t->start.line == prev->end.line && t->start.col == prev->end.col)
            return hint(out, prev->start,
                        "the text in quotes that starts here has no closing %c: it runs on to "
                        "the %c on column %d",
                        x->s[prev->off], x->s[prev->off], prev->end.col - 1);
        char next[QUOTE_MAX + 32], on[32] = "";
        quote_value(x, i, next, sizeof next);
        if (t->start.line != prev->end.line)
            snprintf(on, sizeof on, _(" on line %d"), t->start.line);
        if (top->what == W_PAREN)
            return hint(out, prev->end,
                        "',' is missing here, before '%s'%s: the values between '(' and ')' "
                        "are separated by commas",
                        next, on);
        if (t->kind == K_NAME && i + 1 < x->n && punct(x, &x->toks[i + 1], "="))
            return hint(out, prev->end,
                        "',' is missing here, before the field '%s'%s: the fields of a table "
                        "are separated by commas",
                        next, on);
        return hint(out, prev->end,
                    "',' is missing here, before the next entry%s: the entries of a table are "
                    "separated by commas",
                    on);
    }
    /* a block without its 'end' before the next statement */
    if ((expected(msg, "end") || expected(msg, "until")) && top && is_block(top->what))
        return hint(out, last->end, "'%s' is missing here: %s is not closed", closer_of(top->what),
                    what);
    return false;
}

bool
charta_syntax_explain(const char *text, size_t len, const char *msg, int line,
                      charta_syntax_hint *out)
{
    if (!text || !msg || !out || line <= 0)
        return false;
    lexer x = {.s = text, .len = len, .line = 1, .col = 1};
    bool ok = lex(&x) && explain(&x, msg, line, out);
    free(x.toks);
    return ok;
}
