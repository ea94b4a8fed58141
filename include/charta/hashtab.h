/* hashtab.h: a hash index from strings to entry numbers.
 *
 * Owns: its slot array only. Uses: nothing above libc.
 * The table does not hold the entries: their owner keeps them in its own
 * array, numbered from 0, and names each entry's key through a callback, so
 * an entry that moves (a realloc'd array) or gets its key later costs
 * nothing. Open addressing with linear probing in a power-of-two table kept
 * at most half full. Among entries with equal keys, find returns the one
 * indexed first (after a rebuild: the lowest number).
 */
#ifndef CHARTA_HASHTAB_H
#define CHARTA_HASHTAB_H

#include <stdbool.h>
#include <stddef.h>

/* The key of entry i of ctx (borrowed), or NULL when it has none. */
typedef const char *(*charta_hashtab_key_fn)(const void *ctx, size_t i);

/* Zero slots and cap is empty; fill key and ctx, e.g.
 * (charta_hashtab){.key = area_code, .ctx = ds}. */
typedef struct charta_hashtab {
    size_t *slots; /* entry number + 1; 0 = free */
    size_t cap;    /* slots: a power of two, 0 before the first entry */
    charta_hashtab_key_fn key;
    const void *ctx;
} charta_hashtab;

/* Index entry i, one of the n entries there are now (i < n, its key not
 * NULL). When that would fill more than half the table it doubles, and
 * entries 0..n-1 are indexed afresh in order. false on out of memory (the
 * table is then unchanged). */
bool charta_hashtab_add(charta_hashtab *t, size_t i, size_t n);

/* Index entries 0..n-1 (those with a key) afresh, in a table of 64 slots or
 * the least power of two above that which keeps it at most half full. false
 * on out of memory (the table is then empty). */
bool charta_hashtab_rebuild(charta_hashtab *t, size_t n);

/* The entry whose key is key into *i; false when there is none. */
bool charta_hashtab_find(const charta_hashtab *t, const char *key, size_t *i);

/* Free the slots; key and ctx stay, so the table can be filled again. */
void charta_hashtab_free(charta_hashtab *t);

#endif
