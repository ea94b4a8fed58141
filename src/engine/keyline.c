/* keyline.c: the keys and values of table constructors in a script's text
 * (keyline.h).
 *
 * The text is cut into tokens once, the way Lua's lexer cuts it (llex.c): short
 * strings with their escapes, long strings and long comments of any level, line
 * ends "\n", "\r", "\r\n" and "\n\r" each counting one line. A query parses the
 * constructors from a line on: fields are `name = exp`, `[exp] = exp` or `exp`,
 * separated by ',' or ';'; an expression is passed over by counting brackets and the
 * keywords that open and close blocks (function, if, do, repeat / end, until), so a
 * function value with commas and tables inside is one value. Only chunks that
 * loaded are read; an unclosed string, comment or constructor ends a query with
 * what it found before.
 */
#include "charta/keyline.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Past these the document answers nothing: a script is a few KB. */
enum { KL_TEXT_MAX = 64 << 20, KL_DEPTH_MAX = 64, KL_CACHE = 8 };

enum tok_kind { T_NAME, T_STRING, T_LONGSTRING, T_NUMBER, T_PUNCT, T_EOF };

typedef struct token {
    size_t off, len; /* the token's bytes in the text */
    int line, col;
    enum tok_kind kind;
} token;

typedef struct arena_block {
    struct arena_block *next;
    size_t used, size;
    max_align_t data[];
} arena_block;

typedef struct cached {
    int line, span;
    size_t max;
    const charta_kl_table **tables;
    size_t n;
    bool used;
} cached;

struct charta_kl_doc {
    char *text;
    size_t len;
    token *toks; /* NULL until the first query; the last one is T_EOF */
    size_t n_toks;
    bool lexed, broken;
    arena_block *arena;
    cached cache[KL_CACHE];
    size_t next_cache;
};

/* --- memory ------------------------------------------------------------------ */

static void *
arena_alloc(charta_kl_doc *d, size_t size)
{
    size = (size + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
    arena_block *b = d->arena;
    if (!b || b->size - b->used < size) {
        size_t cap = size > 60000 ? size : 60000;
        b = malloc(sizeof *b + cap);
        if (!b)
            return NULL;
        b->next = d->arena;
        b->used = 0;
        b->size = cap;
        d->arena = b;
    }
    void *p = (char *)b->data + b->used;
    b->used += size;
    return p;
}

charta_kl_doc *
charta_kl_doc_new(const char *text, size_t len)
{
    charta_kl_doc *d = calloc(1, sizeof *d);
    if (!d)
        return NULL;
    d->text = malloc(len + 1);
    if (!d->text) {
        free(d);
        return NULL;
    }
    memcpy(d->text, text, len);
    d->text[len] = '\0';
    d->len = len;
    return d;
}

void
charta_kl_doc_free(charta_kl_doc *d)
{
    if (!d)
        return;
    while (d->arena) {
        arena_block *next = d->arena->next;
        free(d->arena);
        d->arena = next;
    }
    free(d->toks);
    free(d->text);
    free(d);
}

/* --- the lexer --------------------------------------------------------------- */

typedef struct lexer {
    const char *s;
    size_t len, i;
    int line;
    size_t line_start;
    size_t col_off; /* the column is known up to here */
    int col;
} lexer;

static bool
is_newline(char c)
{
    return c == '\n' || c == '\r';
}

/* Step over the byte at i, counting a line end as Lua does. */
static void
step(lexer *x)
{
    char c = x->s[x->i++];
    if (is_newline(c)) {
        if (x->i < x->len && is_newline(x->s[x->i]) && x->s[x->i] != c)
            x->i++;
        x->line++;
        x->line_start = x->col_off = x->i;
        x->col = 1;
    }
}

/* The column of the byte at i, on the current line. */
static int
column_here(lexer *x)
{
    for (; x->col_off < x->i; x->col_off++) {
        unsigned char b = (unsigned char)x->s[x->col_off];
        if (b == '\t')
            x->col = (x->col - 1) / 8 * 8 + 9;
        else if ((b & 0xC0) != 0x80 && x->col < INT_MAX)
            x->col++;
    }
    return x->col;
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
    if (j < x->len && x->s[j] == '[' && j - i - 1 < INT_MAX)
        return (int)(j - i - 1);
    return -1;
}

/* Step over a long bracket of level lvl opening at i; false when it is not closed. */
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

static bool
is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\f' || c == '\v';
}

/* Step over a short string opening at i; false when the line ends first. */
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
        if (c != '\\') {
            x->i++;
            continue;
        }
        x->i++;
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
push_token(charta_kl_doc *d, size_t *cap, token t)
{
    if (d->n_toks == *cap) {
        size_t nc = *cap ? 2 * *cap : 256;
        token *nt = realloc(d->toks, nc * sizeof *nt);
        if (!nt)
            return false;
        d->toks = nt;
        *cap = nc;
    }
    d->toks[d->n_toks++] = t;
    return true;
}

/* Cut the whole text into tokens; false on out of memory or a text Lua would not
 * load (then no query finds anything). */
static bool
lex(charta_kl_doc *d)
{
    lexer x = {.s = d->text, .len = d->len, .line = 1, .col = 1};
    size_t cap = 0;
    while (x.i < x.len) {
        char c = x.s[x.i];
        if (is_newline(c) || is_space(c)) {
            step(&x);
            continue;
        }
        if (c == '-' && x.i + 1 < x.len && x.s[x.i + 1] == '-') {
            x.i += 2;
            int lvl = long_level(&x, x.i);
            if (lvl >= 0) {
                if (!skip_long(&x, lvl))
                    return false;
            } else {
                while (x.i < x.len && !is_newline(x.s[x.i]))
                    x.i++;
            }
            continue;
        }
        token t = {.off = x.i, .line = x.line, .col = column_here(&x)};
        int lvl = long_level(&x, x.i);
        if (lvl >= 0) {
            t.kind = T_LONGSTRING;
            if (!skip_long(&x, lvl))
                return false;
        } else if (c == '"' || c == '\'') {
            t.kind = T_STRING;
            if (!skip_short(&x))
                return false;
        } else if (is_digit(c) || (c == '.' && x.i + 1 < x.len && is_digit(x.s[x.i + 1]))) {
            t.kind = T_NUMBER;
            while (x.i < x.len) {
                char n = x.s[x.i], p = x.s[x.i - 1];
                bool sign =
                    (n == '+' || n == '-') && (p == 'e' || p == 'E' || p == 'p' || p == 'P');
                if (!(is_alpha(n) || is_digit(n) || n == '.' || sign))
                    break;
                x.i++;
            }
        } else if (is_alpha(c)) {
            t.kind = T_NAME;
            while (x.i < x.len && (is_alpha(x.s[x.i]) || is_digit(x.s[x.i])))
                x.i++;
        } else {
            t.kind = T_PUNCT;
            static const char *const two[] = {
                "...", "..", "==", "~=", "<=", ">=", "//", "::", "<<", ">>", NULL};
            size_t n = 1;
            for (const char *const *p = two; *p; p++)
                if (strncmp(x.s + x.i, *p, strlen(*p)) == 0) {
                    n = strlen(*p);
                    break;
                }
            x.i += n;
        }
        t.len = x.i - t.off;
        if (!push_token(d, &cap, t))
            return false;
    }
    return push_token(d, &cap, (token){.off = x.len, .line = x.line, .kind = T_EOF});
}

/* --- strings ----------------------------------------------------------------- */

static int
hex_value(char c)
{
    if (is_digit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static size_t
put_utf8(char *out, unsigned long cp)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* The value of a short string token (escapes decoded), in the arena; NULL when it
 * holds a NUL byte, an escape beyond the Basic Multilingual and supplementary
 * planes, or memory runs out. */
static const char *
short_string(charta_kl_doc *d, const token *t)
{
    const char *s = d->text + t->off + 1, *end = d->text + t->off + t->len - 1;
    char *out = arena_alloc(d, t->len + 4), *o = out;
    if (!out)
        return NULL;
    while (s < end) {
        if (*s != '\\') {
            *o++ = *s++;
            continue;
        }
        s++;
        char c = *s++;
        static const char from[] = "abfnrtv\\\"'", to[] = "\a\b\f\n\r\t\v\\\"'";
        const char *k = strchr(from, c);
        if (c && k) {
            *o++ = to[k - from];
        } else if (is_newline(c)) {
            if (s < end && is_newline(*s) && *s != c)
                s++;
            *o++ = '\n';
        } else if (c == 'z') {
            while (s < end && (is_space(*s) || is_newline(*s)))
                s++;
        } else if (c == 'x' && end - s >= 2 && hex_value(s[0]) >= 0 && hex_value(s[1]) >= 0) {
            *o++ = (char)(hex_value(s[0]) * 16 + hex_value(s[1]));
            s += 2;
        } else if (is_digit(c)) {
            int v = c - '0';
            for (int k2 = 0; k2 < 2 && s < end && is_digit(*s); k2++)
                v = v * 10 + (*s++ - '0');
            if (v > 255)
                return NULL;
            *o++ = (char)v;
        } else if (c == 'u' && s < end && *s == '{') {
            unsigned long cp = 0;
            s++;
            while (s < end && hex_value(*s) >= 0 && cp < 0x110000)
                cp = cp * 16 + (unsigned long)hex_value(*s++);
            if (s >= end || *s != '}' || cp >= 0x110000)
                return NULL;
            s++;
            o += put_utf8(o, cp);
        } else {
            return NULL;
        }
    }
    *o = '\0';
    return memchr(out, '\0', (size_t)(o - out)) ? NULL : out;
}

/* The value of a long string token: its text, without a first line end. */
static const char *
long_string(charta_kl_doc *d, const token *t)
{
    size_t lvl = 0;
    while (d->text[t->off + 1 + lvl] == '=')
        lvl++;
    size_t from = t->off + lvl + 2, to = t->off + t->len - lvl - 2;
    if (from < to && is_newline(d->text[from])) {
        char c = d->text[from++];
        if (from < to && is_newline(d->text[from]) && d->text[from] != c)
            from++;
    }
    char *out = arena_alloc(d, to - from + 1);
    if (!out)
        return NULL;
    memcpy(out, d->text + from, to - from);
    out[to - from] = '\0';
    return memchr(out, '\0', to - from) ? NULL : out;
}

/* --- the parser -------------------------------------------------------------- */

typedef struct parser {
    charta_kl_doc *d;
    size_t p;
} parser;

static const token *
tok(const parser *ps, size_t ahead)
{
    size_t i = ps->p + ahead;
    return &ps->d->toks[i < ps->d->n_toks ? i : ps->d->n_toks - 1];
}

static bool
is_punct(const parser *ps, const token *t, const char *s)
{
    return t->kind == T_PUNCT && t->len == strlen(s) &&
           memcmp(ps->d->text + t->off, s, t->len) == 0;
}

static bool
is_word(const parser *ps, const token *t, const char *s)
{
    return t->kind == T_NAME && t->len == strlen(s) && memcmp(ps->d->text + t->off, s, t->len) == 0;
}

static bool
is_keyword(const parser *ps, const token *t)
{
    static const char *const words[] = {"and",   "break", "do",       "else",  "elseif", "end",
                                        "false", "for",   "function", "goto",  "if",     "in",
                                        "local", "nil",   "not",      "or",    "repeat", "return",
                                        "then",  "true",  "until",    "while", NULL};
    for (const char *const *w = words; *w; w++)
        if (is_word(ps, t, *w))
            return true;
    return false;
}

static bool
ends_field(const parser *ps, const token *t)
{
    return is_punct(ps, t, ",") || is_punct(ps, t, ";") || is_punct(ps, t, "}");
}

/* Pass over an expression up to the ',', ';' or '}' that ends its field (not
 * consumed); false when the text ends first or brackets do not match. */
static bool
skip_expr(parser *ps)
{
    long depth = 0;
    for (;;) {
        const token *t = tok(ps, 0);
        if (t->kind == T_EOF)
            return false;
        if (depth == 0 && ends_field(ps, t))
            return true;
        if (is_punct(ps, t, "(") || is_punct(ps, t, "[") || is_punct(ps, t, "{") ||
            is_word(ps, t, "function") || is_word(ps, t, "if") || is_word(ps, t, "do") ||
            is_word(ps, t, "repeat"))
            depth++;
        else if (is_punct(ps, t, ")") || is_punct(ps, t, "]") || is_punct(ps, t, "}") ||
                 is_word(ps, t, "end") || is_word(ps, t, "until"))
            depth--;
        if (depth < 0)
            return false;
        ps->p++;
    }
}

static charta_kl_table *parse_table(parser *ps, int depth);

/* The value of field f at the current token. */
static bool
parse_value(parser *ps, charta_kl_field *f, int depth)
{
    const token *t = tok(ps, 0);
    f->value = (charta_kl_pos){t->line, t->col};
    if (is_punct(ps, t, "{") && depth < KL_DEPTH_MAX) {
        charta_kl_table *sub = parse_table(ps, depth + 1);
        if (!sub)
            return false;
        if (ends_field(ps, tok(ps, 0))) {
            f->table = sub;
            return true;
        }
        return skip_expr(ps);
    }
    if ((t->kind == T_STRING || t->kind == T_LONGSTRING) && ends_field(ps, tok(ps, 1))) {
        f->string = t->kind == T_STRING ? short_string(ps->d, t) : long_string(ps->d, t);
        ps->p++;
        return true;
    }
    return skip_expr(ps);
}

/* An integer literal (decimal) as a positive key, else 0. */
static long
integer_key(const parser *ps, const token *t)
{
    if (t->kind != T_NUMBER || t->len > 9)
        return 0;
    long v = 0;
    for (size_t i = 0; i < t->len; i++) {
        char c = ps->d->text[t->off + i];
        if (!is_digit(c))
            return 0;
        v = v * 10 + (c - '0');
    }
    return v;
}

/* The constructor at the current '{', up to and past its '}'. */
static charta_kl_table *
parse_table(parser *ps, int depth)
{
    charta_kl_table *t = arena_alloc(ps->d, sizeof *t);
    if (!t)
        return NULL;
    const token *open = tok(ps, 0);
    *t = (charta_kl_table){.open = {open->line, open->col}};
    ps->p++;
    charta_kl_field *fields = NULL;
    size_t n = 0, cap = 0;
    long positional = 0;
    bool ok = false;
    for (;;) {
        const token *k = tok(ps, 0);
        if (is_punct(ps, k, "}")) {
            ps->p++;
            ok = true;
            break;
        }
        if (k->kind == T_EOF)
            break;
        if (n == cap) {
            size_t nc = cap ? 2 * cap : 8;
            charta_kl_field *nf = realloc(fields, nc * sizeof *nf);
            if (!nf)
                break;
            fields = nf;
            cap = nc;
        }
        charta_kl_field *f = &fields[n];
        *f = (charta_kl_field){.key = {k->line, k->col}};
        if (k->kind == T_NAME && !is_keyword(ps, k) && is_punct(ps, tok(ps, 1), "=")) {
            char *name = arena_alloc(ps->d, k->len + 1);
            if (!name)
                break;
            memcpy(name, ps->d->text + k->off, k->len);
            name[k->len] = '\0';
            f->name = name;
            ps->p += 2;
        } else if (is_punct(ps, k, "[")) {
            const token *in = tok(ps, 1);
            if (is_punct(ps, tok(ps, 2), "]") && is_punct(ps, tok(ps, 3), "=")) {
                if (in->kind == T_STRING)
                    f->name = short_string(ps->d, in);
                else if (in->kind == T_LONGSTRING)
                    f->name = long_string(ps->d, in);
                else
                    f->index = integer_key(ps, in);
                ps->p += 4;
            } else { /* a computed key: pass over it to its '=' */
                long depth_b = 0;
                do {
                    const token *b = tok(ps, 0);
                    if (b->kind == T_EOF)
                        goto done;
                    depth_b += is_punct(ps, b, "[") - is_punct(ps, b, "]");
                    ps->p++;
                } while (depth_b > 0);
                if (!is_punct(ps, tok(ps, 0), "="))
                    break;
                ps->p++;
            }
        } else {
            f->index = ++positional;
        }
        if (!parse_value(ps, f, depth))
            break;
        n++;
        const token *sep = tok(ps, 0);
        if (is_punct(ps, sep, ",") || is_punct(ps, sep, ";"))
            ps->p++;
        else if (!is_punct(ps, sep, "}"))
            break;
    }
done:
    if (ok && n) {
        t->fields = arena_alloc(ps->d, n * sizeof *fields);
        if (t->fields)
            memcpy(t->fields, fields, n * sizeof *fields);
        else
            ok = false;
        t->n = n;
    }
    free(fields);
    return ok ? t : NULL;
}

/* The first token on line `line` or after it. */
static size_t
first_token_at(const charta_kl_doc *d, int line)
{
    size_t lo = 0, hi = d->n_toks - 1; /* the last one is T_EOF */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (d->toks[mid].line < line)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

const charta_kl_table *const *
charta_kl_tables_at(charta_kl_doc *d, int line, size_t max, int span, size_t *n)
{
    *n = 0;
    if (!d || d->len > KL_TEXT_MAX || line <= 0 || max == 0)
        return NULL;
    if (!d->lexed) {
        d->lexed = true;
        d->broken = !lex(d);
    }
    if (d->broken)
        return NULL;
    for (size_t i = 0; i < KL_CACHE; i++) {
        const cached *c = &d->cache[i];
        if (c->used && c->line == line && c->span == span && c->max == max) {
            *n = c->n;
            return c->tables;
        }
    }
    const charta_kl_table **tables = arena_alloc(d, max * sizeof *tables);
    if (!tables)
        return NULL;
    size_t count = 0;
    parser ps = {.d = d, .p = first_token_at(d, line)};
    while (count < max) {
        const token *t = tok(&ps, 0);
        if (t->kind == T_EOF || (long)t->line - line > span)
            break;
        if (!is_punct(&ps, t, "{")) {
            ps.p++;
            continue;
        }
        const charta_kl_table *tb = parse_table(&ps, 0);
        if (!tb)
            break;
        tables[count++] = tb;
    }
    cached *c = &d->cache[d->next_cache++ % KL_CACHE];
    *c = (cached){
        .line = line, .span = span, .max = max, .tables = tables, .n = count, .used = true};
    *n = count;
    return count ? tables : NULL;
}

const charta_kl_field *
charta_kl_find(const charta_kl_table *t, const char *name, long index)
{
    const charta_kl_field *found = NULL;
    for (size_t i = 0; t && i < t->n; i++) {
        const charta_kl_field *f = &t->fields[i];
        if (name ? f->name && strcmp(f->name, name) == 0 : !f->name && f->index == index)
            found = f;
    }
    return found;
}
