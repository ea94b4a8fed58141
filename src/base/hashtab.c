/* hashtab.c: the hash index of hashtab.h (FNV-1a, linear probing). */
#include "charta/hashtab.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static size_t
hash_str(const char *s)
{
    uint64_t h = 14695981039346656037ULL; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return (size_t)h;
}

/* The first free slot on key's probe path. */
static size_t
free_slot(const size_t *slots, size_t cap, const char *key)
{
    size_t j = hash_str(key) & (cap - 1);
    while (slots[j])
        j = (j + 1) & (cap - 1);
    return j;
}

/* Twice the slots (64 at first), more if n entries need it, and entries
 * 0..n-1 indexed in order. false on out of memory, the table unchanged. */
static bool
grow(charta_hashtab *t, size_t n)
{
    size_t cap = t->cap ? t->cap * 2 : 64;
    while (cap < 2 * n)
        cap *= 2;
    size_t *slots = calloc(cap, sizeof *slots);
    if (!slots)
        return false;
    for (size_t i = 0; i < n; i++) {
        const char *key = t->key(t->ctx, i);
        if (key)
            slots[free_slot(slots, cap, key)] = i + 1;
    }
    free(t->slots);
    t->slots = slots;
    t->cap = cap;
    return true;
}

bool
charta_hashtab_add(charta_hashtab *t, size_t i, size_t n)
{
    if (n * 2 > t->cap)
        return grow(t, n); /* indexes i with the others */
    t->slots[free_slot(t->slots, t->cap, t->key(t->ctx, i))] = i + 1;
    return true;
}

bool
charta_hashtab_rebuild(charta_hashtab *t, size_t n)
{
    charta_hashtab_free(t);
    return grow(t, n);
}

bool
charta_hashtab_find(const charta_hashtab *t, const char *key, size_t *i)
{
    if (!t->cap)
        return false;
    for (size_t j = hash_str(key) & (t->cap - 1); t->slots[j]; j = (j + 1) & (t->cap - 1)) {
        const char *k = t->key(t->ctx, t->slots[j] - 1);
        if (k && strcmp(k, key) == 0) {
            *i = t->slots[j] - 1;
            return true;
        }
    }
    return false;
}

void
charta_hashtab_free(charta_hashtab *t)
{
    free(t->slots);
    t->slots = NULL;
    t->cap = 0;
}
