/* writers_run.c: the writers of a run on two threads (writers.h,
 * charta_writers_run), over the same read-only results: those that draw text with
 * Cairo and Pango (the workbook with its chart pictures, the charts, the PDF) on the
 * calling thread, one after the other, the others (the CSV files, Open SDG, SDMX)
 * on a thread of their own. The drawing stays on one thread because glib, Pango and
 * fontconfig keep caches that are shared across threads, which the other writers
 * never touch. Each writer records its files and messages apart; they are joined in
 * the order of the table, up to the first writer that failed, so that the manifest,
 * the messages and every file are those of a run one writer after the other, byte
 * for byte. */
#include "writers.h"

#include <pthread.h>
#include <stdlib.h>

#include "charta/sdmxout.h"
#include "charta/util.h"

/* What one writer recorded: its files in order, its messages, its status. */
typedef struct slot {
    char **v;
    size_t n;
    charta_diags *d;
    charta_status st;
    bool ran;
} slot;

static charta_status
slot_add(void *owner, const char *rel)
{
    slot *s = owner;
    char **v = realloc(s->v, (s->n + 1) * sizeof *v);
    if (!v)
        return CHARTA_ERR_NOMEM;
    s->v = v;
    if (!(s->v[s->n] = charta_strdup(rel)))
        return CHARTA_ERR_NOMEM;
    s->n++;
    return CHARTA_OK;
}

/* One thread's share: the wanted writers that draw (draws) or do not, in the
 * table's order, up to the first failure among them. */
typedef struct side {
    const charta_writer_ctx *w;
    const bool *want;
    bool draws;
    slot *slots;
} side;

static void *
run_side(void *arg)
{
    const side *s = arg;
    for (size_t f = 0; f < charta_writer_count(); f++) {
        const charta_writer *wr = charta_writer_at(f);
        if (!s->want[f] || wr->draws != s->draws)
            continue;
        slot *sl = &s->slots[f];
        charta_writer_ctx w = *s->w;
        w.add_output = slot_add;
        w.owner = sl;
        sl->ran = true;
        sl->st = wr->write(&w, sl->d);
        if (sl->st != CHARTA_OK)
            break;
    }
    return NULL;
}

static charta_status
sequential(const charta_writer_ctx *w, const bool want[CHARTA_WRITERS_MAX], charta_diags *d)
{
    charta_status st = CHARTA_OK;
    for (size_t f = 0; f < charta_writer_count() && st == CHARTA_OK; f++)
        if (want[f])
            st = charta_writer_at(f)->write(w, d);
    return st;
}

charta_status
charta_writers_run(const charta_writer_ctx *w, const bool want[CHARTA_WRITERS_MAX], int jobs,
                   charta_diags *d)
{
    size_t n = charta_writer_count(), drawing = 0, other = 0;
    for (size_t f = 0; f < n; f++) {
        if (want[f] && charta_writer_at(f)->draws)
            drawing++;
        else if (want[f])
            other++;
    }
    if (jobs < 2 || !drawing || !other)
        return sequential(w, want, d);
    slot slots[CHARTA_WRITERS_MAX] = {0};
    charta_status st = CHARTA_OK;
    for (size_t f = 0; f < n && st == CHARTA_OK; f++)
        if (want[f] && !(slots[f].d = charta_diags_new()))
            st = CHARTA_ERR_NOMEM;
    if (st == CHARTA_OK) {
        charta_sdmx_writer_init(); /* libxml2 is set up once, before any thread uses it */
        side main_side = {.w = w, .want = want, .draws = true, .slots = slots};
        side other_side = {.w = w, .want = want, .draws = false, .slots = slots};
        pthread_t t;
        bool threaded = pthread_create(&t, NULL, run_side, &other_side) == 0;
        run_side(&main_side);
        if (threaded)
            pthread_join(t, NULL);
        else
            run_side(&other_side); /* no thread to be had: after the others */
        /* in the table's order, up to the first failure: one after the other, the
         * writers after it would not have run */
        for (size_t f = 0; f < n && st == CHARTA_OK; f++) {
            if (!want[f])
                continue;
            charta_diags_move(d, slots[f].d);
            st = slots[f].ran ? slots[f].st : CHARTA_ERR_INTERNAL;
            for (size_t i = 0; i < slots[f].n && st == CHARTA_OK; i++)
                st = w->add_output(w->owner, slots[f].v[i]);
        }
    }
    for (size_t f = 0; f < n; f++) {
        for (size_t i = 0; i < slots[f].n; i++)
            free(slots[f].v[i]);
        free(slots[f].v);
        charta_diags_free(slots[f].d);
    }
    return st;
}
