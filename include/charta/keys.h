/* keys.h: the reference of charta's Lua language, as one table the code checks
 * against (issue 16): per declaration and per table nested in one, the keys it
 * accepts with their type, default and a line that says what each does; the
 * Series functions and methods, the built-in progress methods and the Lua functions
 * the sandbox allows, with what they do.
 *
 * Owns (src/engine/keys.c, keys_functions.c): static data only, nothing to free.
 * Uses: nothing. The declaration readers of the engine take their key lists from
 * here (decl_read.c: charta_decl_check_keyset), `charta help` prints it, and
 * tests/tools/reference_test.py holds docs/reference.md and docs/referenz.md to it.
 * The texts are English msgids (N_): print them through _() for the user's language;
 * names, types written as Lua and examples stay as they are.
 */
#ifndef CHARTA_KEYS_H
#define CHARTA_KEYS_H

#include <stddef.h>

/* One key of a declaration's table. */
typedef struct charta_key_doc {
    const char *name; /* as written in Lua */
    const char *type; /* msgid: "text", "number", "list of area codes", ... */
    const char *dflt; /* msgid or Lua value; NULL: none (unset, or required: doc says) */
    const char *doc;  /* msgid: one line, what it does */
} charta_key_doc;

/* A declaration (`indicator`) or a table inside one (`indicator.target`). */
typedef struct charta_keyset {
    const char *name;           /* the help keyword: "indicator", "indicator.target" */
    const char *syntax;         /* how it is written: "indicator \"id\" { ... }" */
    const char *doc;            /* msgid: what it does, a sentence or two */
    const char *example;        /* Lua text; a declaration's loads in a project */
    const charta_key_doc *keys; /* ends with a {NULL} entry; none for include, use, drop */
} charta_keyset;

/* Every keyset, declarations first in the order a city.lua uses them; *n their
 * number. */
const charta_keyset *charta_keysets(size_t *n);
/* The keyset named name ("indicator.target"), NULL when there is none. */
const charta_keyset *charta_keyset_find(const char *name);
/* The most keys a keyset has. */
enum { CHARTA_KEYS_MAX = 40 };
/* The number of keys of ks and their names into names (borrowed, static). */
size_t charta_keyset_names(const charta_keyset *ks, const char *names[CHARTA_KEYS_MAX]);

/* A function a script may call: a Series function (`per`), a Series method (`at`,
 * written s:at), a built-in progress method (`eurostat`) or one of Lua's own that
 * the sandbox lets scripts use (`pairs`, `string`). */
typedef enum charta_fn_kind {
    CHARTA_FN_FUNCTION,
    CHARTA_FN_METHOD,
    CHARTA_FN_PROGRESS,
    CHARTA_FN_LUA,
} charta_fn_kind;
typedef struct charta_fn_doc {
    const char *name;
    charta_fn_kind kind;
    const char *syntax;  /* "per(s, base, n)" */
    const char *doc;     /* msgid */
    const char *example; /* Lua text */
} charta_fn_doc;

/* Every documented function, method and progress method; *n their number. */
const charta_fn_doc *charta_fn_docs(size_t *n);
/* The entry for name of kind, NULL when there is none. */
const charta_fn_doc *charta_fn_doc_find(const char *name, charta_fn_kind kind);

#endif
