#include "charta/diag.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charta/i18n.h"
#include "charta/printable.h"
#include "charta/util.h"

/* A file name and a detail (a traceback) are cut at these many bytes. */
enum { FILE_MAX = 1000, DETAIL_MAX = 4 * CHARTA_MESSAGE_MAX };

struct charta_diags {
    charta_diag *items;
    size_t n, cap;
    size_t errors, warnings, dropped;
    charta_status first_error;
};

charta_diags *
charta_diags_new(void)
{
    return calloc(1, sizeof(charta_diags));
}

void
charta_diags_free(charta_diags *d)
{
    if (!d)
        return;
    for (size_t i = 0; i < d->n; i++) {
        free(d->items[i].file);
        free(d->items[i].message);
        free(d->items[i].detail);
    }
    free(d->items);
    free(d);
}

charta_status
charta_diag_addv(charta_diags *d, charta_severity sev, charta_status status, const char *file,
                 int line, int col, const char *fmt, va_list ap)
{
    if (sev == CHARTA_ERROR) {
        if (status == CHARTA_OK)
            status = CHARTA_ERR_INTERNAL;
        d->errors++;
        if (d->first_error == CHARTA_OK)
            d->first_error = status;
    } else {
        status = CHARTA_OK;
        if (sev == CHARTA_WARNING)
            d->warnings++;
    }
    if (d->n >= CHARTA_DIAGS_MAX) {
        d->dropped++;
        return status;
    }
    if (d->n == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 16;
        charta_diag *items = realloc(d->items, cap * sizeof *items);
        if (!items) {
            d->dropped++;
            return status;
        }
        d->items = items;
        d->cap = cap;
    }
    charta_diag *e = &d->items[d->n];
    memset(e, 0, sizeof *e);
    e->severity = sev;
    e->status = status;
    /* what a message quotes comes from scripts and data: printable and
     * capped before it can reach a terminal */
    e->file = file ? charta_printable(file, strlen(file), FILE_MAX) : NULL;
    e->line = line;
    e->col = col;
    /* every diagnostic's format is a msgid of the catalogue (i18n.h): translated here,
     * so that the call sites stay plain English */
    char *raw = charta_vasprintf(charta_tr(fmt), ap);
    e->message = raw ? charta_printable(raw, strlen(raw), CHARTA_MESSAGE_MAX) : NULL;
    free(raw);
    if (!e->message || (file && !e->file)) {
        free(e->file);
        free(e->message);
        d->dropped++;
        return status;
    }
    d->n++;
    return status;
}

charta_status
charta_diag_error(charta_diags *d, charta_status status, const char *file, int line, int col,
                  const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    charta_status s = charta_diag_addv(d, CHARTA_ERROR, status, file, line, col, fmt, ap);
    va_end(ap);
    return s;
}

void
charta_diag_warning(charta_diags *d, const char *file, int line, int col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    charta_diag_addv(d, CHARTA_WARNING, CHARTA_OK, file, line, col, fmt, ap);
    va_end(ap);
}

void
charta_diag_note(charta_diags *d, const char *file, int line, int col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    charta_diag_addv(d, CHARTA_NOTE, CHARTA_OK, file, line, col, fmt, ap);
    va_end(ap);
}

void
charta_diag_set_detail(charta_diags *d, const char *detail)
{
    if (!d->n || !detail)
        return;
    charta_diag *e = &d->items[d->n - 1];
    free(e->detail);
    charta_buf b = {0};
    charta_buf_put_printable(&b, detail, strlen(detail), DETAIL_MAX, true);
    e->detail = charta_buf_take(&b);
}

size_t
charta_diags_count(const charta_diags *d)
{
    return d->n;
}

const charta_diag *
charta_diags_get(const charta_diags *d, size_t i)
{
    return i < d->n ? &d->items[i] : NULL;
}

size_t
charta_diags_errors(const charta_diags *d)
{
    return d->errors;
}

size_t
charta_diags_warnings(const charta_diags *d)
{
    return d->warnings;
}

size_t
charta_diags_dropped(const charta_diags *d)
{
    return d->dropped;
}

charta_status
charta_diags_status(const charta_diags *d)
{
    return d->first_error;
}

void
charta_diags_move(charta_diags *dst, charta_diags *src)
{
    for (size_t i = 0; i < src->n; i++) {
        charta_diag *e = &src->items[i];
        if (dst->n == dst->cap && dst->n < CHARTA_DIAGS_MAX) {
            size_t cap = dst->cap ? dst->cap * 2 : 16;
            charta_diag *items = realloc(dst->items, cap * sizeof *items);
            if (items) {
                dst->items = items;
                dst->cap = cap;
            }
        }
        if (dst->n < dst->cap && dst->n < CHARTA_DIAGS_MAX) {
            dst->items[dst->n++] = *e;
        } else {
            dst->dropped++;
            free(e->file);
            free(e->message);
            free(e->detail);
        }
    }
    src->n = 0;
    dst->errors += src->errors;
    dst->warnings += src->warnings;
    dst->dropped += src->dropped;
    if (dst->first_error == CHARTA_OK)
        dst->first_error = src->first_error;
    src->errors = src->warnings = src->dropped = 0;
    src->first_error = CHARTA_OK;
}
