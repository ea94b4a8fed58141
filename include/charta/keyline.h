/* keyline.h: where the keys and values of a table constructor are written in a
 * script.
 *
 * Lua keeps no line for a table's keys: a declaration's error could only name the
 * line of the call. This module reads the script's text with a small Lua lexer
 * (strings, long strings, comments, line ends as Lua counts them) and parses the
 * table constructors of a statement into a tree of fields, each with the line and
 * column of its key and of its value. It knows no Lua state: the engine matches the
 * tree against the tables a declaration received (decl_where.c).
 *
 * Owns (src/engine/keyline.c): a document (a copy of the script's text and an index
 * of its lines) and the trees it parses, freed with it. Uses: util.h. Columns count
 * characters from 1, a tab advancing to the next multiple of 8 plus one (the GNU
 * coding standards' rule, which editors and compilation modes follow).
 */
#ifndef CHARTA_KEYLINE_H
#define CHARTA_KEYLINE_H

#include <stdbool.h>
#include <stddef.h>

typedef struct charta_kl_pos {
    int line; /* 1-based; 0 = unknown */
    int col;  /* 1-based characters; 0 = unknown */
} charta_kl_pos;

typedef struct charta_kl_table charta_kl_table;

/* One field of a constructor: `name = value`, `["name"] = value`, `[3] = value`
 * or a positional `value`. */
typedef struct charta_kl_field {
    const char *name;       /* a name or string key (NUL-terminated), else NULL */
    long index;             /* positional number (1-based) or integer key, else 0 */
    charta_kl_pos key;      /* where the key is written (the value for a positional one) */
    charta_kl_pos value;    /* where the value starts */
    charta_kl_table *table; /* the value when it is a constructor itself, else NULL */
    const char *string;     /* the value when it is a plain string literal, else NULL */
} charta_kl_field;

struct charta_kl_table {
    charta_kl_pos open; /* the '{' */
    charta_kl_field *fields;
    size_t n;
};

typedef struct charta_kl_doc charta_kl_doc;

/* A document over a copy of text (len bytes, any bytes); NULL on out of memory.
 * Freed with charta_kl_doc_free (NULL is a no-op), which frees every tree it made. */
charta_kl_doc *charta_kl_doc_new(const char *text, size_t len);
void charta_kl_doc_free(charta_kl_doc *doc);

/* The table constructors that are no part of another constructor, from the first
 * token on line `line` on, in the order written: at most max of them, and none
 * that opens more than `span` lines after `line`. *n gets their number; the array
 * and the trees are the document's (valid until it is freed). NULL with *n 0 when
 * there is none, the text ends in a broken constructor first, or memory runs out.
 * Constructors nested deeper than 64 levels are not parsed (their fields are not
 * listed); a function body in a value is passed over whole. */
const charta_kl_table *const *charta_kl_tables_at(charta_kl_doc *doc, int line, size_t max,
                                                  int span, size_t *n);

/* The field of t named name, or the positional/integer field index when name is
 * NULL; NULL when t has none (the last one when a name is written twice). */
const charta_kl_field *charta_kl_find(const charta_kl_table *t, const char *name, long index);

#endif
