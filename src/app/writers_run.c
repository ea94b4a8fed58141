/* writers_run.c: the writers of a run on two threads (writers.h,
 * charta_writers_run): the first format wanted (the workbook, the longest, bound
 * by zlib inside libxlsxwriter) on a thread of its own, the others one after the
 * other on the calling thread, over the same read-only results. Each side records
 * its files and messages apart; they are joined in the order of the table, so that
 * the manifest, the messages and every file are those of a run one writer after
 * the other, byte for byte. Text is drawn by both sides: Pango keeps a font map
 * per thread (charta_chart_thread_done releases the worker's). */
#include "writers.h"

#include <pthread.h>
#include <stdlib.h>

#include "charta/chart.h"
#include "charta/util.h"

/* The files one side wrote, in order. */
typedef struct out_list {
    char **v;
    size_t n;
} out_list;

static charta_status
list_add(void *owner, const char *rel)
{
    out_list *l = owner;
    char **v = realloc(l->v, (l->n + 1) * sizeof *v);
    if (!v)
        return CHARTA_ERR_NOMEM;
    l->v = v;
    if (!(l->v[l->n] = charta_strdup(rel)))
        return CHARTA_ERR_NOMEM;
    l->n++;
    return CHARTA_OK;
}

/* One side: the writers of want, in the table's order, up to the first failure. */
typedef struct side {
    charta_writer_ctx w; /* the run's, recording into outs */
    bool want[CHARTA_WRITERS_MAX];
    out_list outs;
    charta_diags *d;
    charta_status st;
} side;

static void
run_side(side *s)
{
    s->st = CHARTA_OK;
    for (size_t f = 0; f < charta_writer_count() && s->st == CHARTA_OK; f++)
        if (s->want[f])
            s->st = charta_writer_at(f)->write(&s->w, s->d);
}

static void *
side_thread(void *arg)
{
    run_side(arg);
    charta_chart_thread_done();
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
    size_t n = charta_writer_count(), wanted = 0, first = n;
    for (size_t f = 0; f < n; f++)
        if (want[f] && wanted++ == 0)
            first = f;
    if (jobs < 2 || wanted < 2)
        return sequential(w, want, d);
    side a = {.w = *w}, b = {.w = *w};
    a.w.add_output = b.w.add_output = list_add;
    a.w.owner = &a.outs;
    b.w.owner = &b.outs;
    for (size_t f = 0; f < n; f++)
        (f == first ? a.want : b.want)[f] = want[f];
    a.d = charta_diags_new();
    b.d = charta_diags_new();
    charta_status st;
    pthread_t t;
    if (!a.d || !b.d) {
        st = CHARTA_ERR_NOMEM;
    } else {
        bool threaded = pthread_create(&t, NULL, side_thread, &a) == 0;
        if (!threaded)
            run_side(&a); /* no thread to be had: one after the other */
        if (!threaded && a.st != CHARTA_OK)
            b.st = CHARTA_OK; /* not run, as after a failure one after the other */
        else
            run_side(&b);
        if (threaded)
            pthread_join(t, NULL);
        /* in the table's order: the first writer's files and messages, then the
         * others' unless the first failed (one after the other they would not have
         * run) */
        st = a.st;
        charta_diags_move(d, a.d);
        if (st == CHARTA_OK) {
            charta_diags_move(d, b.d);
            st = b.st;
        }
        for (size_t i = 0; i < a.outs.n && st == CHARTA_OK; i++)
            st = w->add_output(w->owner, a.outs.v[i]);
        for (size_t i = 0; i < b.outs.n && st == CHARTA_OK; i++)
            st = w->add_output(w->owner, b.outs.v[i]);
    }
    for (size_t i = 0; i < a.outs.n; i++)
        free(a.outs.v[i]);
    for (size_t i = 0; i < b.outs.n; i++)
        free(b.outs.v[i]);
    free(a.outs.v);
    free(b.outs.v);
    charta_diags_free(a.d);
    charta_diags_free(b.d);
    return st;
}
