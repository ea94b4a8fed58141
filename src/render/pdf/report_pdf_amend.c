/* report_pdf_amend.c: the accessibility revision of the PDF (pdf.h).
 *
 * Cairo 1.16 writes a tagged PDF but has no way to name the document's
 * language or to give a figure its alternative text. Both are dictionary
 * entries (/Lang on the catalog, /Alt on a structure element), so they are
 * added as an incremental update: the changed objects are appended under
 * their old numbers with a new cross-reference section whose trailer points
 * back (/Prev) to Cairo's. The original bytes stay as they are; readers take
 * the newest revision of each object (PDF 32000-1, 7.5.6).
 *
 * Only what Cairo 1.16 writes is parsed: uncompressed objects "N 0 obj <<
 * ... >> endobj", one classic xref table and trailer, a flat page tree.
 * Anything else leaves the file as it is, with a warning.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charta/pdf.h"
#include "charta/util.h"

typedef struct span {
    const char *p;
    size_t n;
} span;

static const char *
find_last(const char *hay, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = n >= k ? n - k + 1 : 0; i-- > 0;)
        if (memcmp(hay + i, needle, k) == 0)
            return hay + i;
    return NULL;
}

static const char *
find_in(const char *hay, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= n; i++)
        if (memcmp(hay + i, needle, k) == 0)
            return hay + i;
    return NULL;
}

/* The number after key (e.g. "/Size ") inside s, -1 if absent. */
static long
num_after(span s, const char *key)
{
    const char *k = find_in(s.p, s.n, key);
    if (!k)
        return -1;
    const char *c = k + strlen(key);
    while (c < s.p + s.n && (*c == ' ' || *c == '\n' || *c == '\r'))
        c++;
    long v = 0;
    bool any = false;
    while (c < s.p + s.n && *c >= '0' && *c <= '9' && v < 100000000) {
        v = v * 10 + (*c++ - '0');
        any = true;
    }
    return any ? v : -1;
}

/* Object num's dictionary "<< ... >>" (up to "endobj"), its offset. */
static bool
find_object(const charta_buf *b, long num, span *dict, size_t limit)
{
    char head[32];
    int hl = snprintf(head, sizeof head, "\n%ld 0 obj\n", num);
    const char *o = find_in(b->data, limit, head);
    if (!o)
        return false;
    const char *start = o + hl;
    const char *end = find_in(start, limit - (size_t)(start - b->data), "endobj");
    if (!end)
        return false;
    const char *close = find_last(start, (size_t)(end - start), ">>");
    if (!close || start[0] != '<')
        return false;
    dict->p = start;
    dict->n = (size_t)(close + 2 - start);
    return true;
}

typedef struct fig {
    long obj, page_index, mcid;
    span dict;
} fig;

static int
cmp_fig(const void *a, const void *b)
{
    const fig *x = a, *y = b;
    if (x->page_index != y->page_index)
        return x->page_index < y->page_index ? -1 : 1;
    return x->mcid < y->mcid ? -1 : x->mcid > y->mcid;
}

/* UTF-8 as a PDF text string: <FEFF...> in UTF-16BE; a byte that is not
 * UTF-8 (none is by now: declarations are checked, data files converted)
 * becomes U+FFFD. */
static void
text_string(charta_buf *out, const char *s)
{
    charta_buf_puts(out, "<FEFF");
    size_t n = strlen(s);
    for (size_t i = 0, k; i < n; i += k) {
        unsigned c;
        k = charta_utf8_decode(s + i, n - i, &c);
        if (!k)
            c = 0xFFFD, k = 1;
        if (c >= 0x10000) {
            c -= 0x10000;
            charta_buf_printf(out, "%04X%04X", 0xD800 + (c >> 10), 0xDC00 + (c & 0x3FF));
        } else {
            charta_buf_printf(out, "%04X", c);
        }
    }
    charta_buf_puts(out, ">");
}

typedef struct xref_entry {
    long obj;
    size_t off;
} xref_entry;

static int
cmp_xref(const void *a, const void *b)
{
    const xref_entry *x = a, *y = b;
    return x->obj < y->obj ? -1 : x->obj > y->obj;
}

static bool
lang_ok(const char *lang)
{
    if (!lang || !lang[0] || strlen(lang) > 35)
        return false;
    for (const char *c = lang; *c; c++)
        if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || *c == '-'))
            return false;
    return true;
}

charta_status
charta_pdf_amend(charta_buf *b, const char *lang, char *const *alts, size_t n_alts, charta_diags *d)
{
    const char *why = NULL;
    size_t len = b->len;
    const char *sx = b->data ? find_last(b->data, len, "startxref") : NULL;
    const char *tr = sx ? find_last(b->data, (size_t)(sx - b->data), "trailer") : NULL;
    span trailer = {tr, tr ? (size_t)(sx - tr) : 0};
    long prev = sx ? num_after((span){sx, len - (size_t)(sx - b->data)}, "startxref") : -1;
    long size = tr ? num_after(trailer, "/Size") : -1;
    long root = tr ? num_after(trailer, "/Root") : -1;
    long info = tr ? num_after(trailer, "/Info") : -1;
    span cat, pages;
    if (prev < 0 || size < 1 || root < 0)
        why = "no trailer";
    else if (!find_object(b, root, &cat, len) || !find_in(cat.p, cat.n, "/Type /Catalog"))
        why = "no catalog";
    long pages_obj = why ? -1 : num_after(cat, "/Pages");
    if (!why && (pages_obj < 0 || !find_object(b, pages_obj, &pages, len)))
        why = "no page tree";
    if (why) {
        charta_diag_warning(d, NULL, 0, 0,
                            "PDF: cannot add the language and alternative texts (%s); the PDF "
                            "is written without them. Nothing to change in the project: this "
                            "is charta's fault, please report it",
                            why);
        return CHARTA_OK;
    }
    /* page objects in order */
    const char *kids = find_in(pages.p, pages.n, "/Kids [");
    long *page_objs = NULL;
    size_t n_pages = 0;
    if (kids) {
        const char *c = kids + 7, *end = pages.p + pages.n;
        page_objs = calloc(pages.n / 4 + 1, sizeof *page_objs);
        if (!page_objs)
            return CHARTA_ERR_NOMEM;
        while (c < end && *c != ']') {
            while (c < end && *c == ' ')
                c++;
            long v = 0;
            bool any = false;
            while (c < end && *c >= '0' && *c <= '9')
                v = v * 10 + (*c++ - '0'), any = true;
            if (!any)
                break;
            page_objs[n_pages++] = v;
            while (c < end && *c != 'R' && *c != ']')
                c++;
            if (c < end && *c == 'R')
                c++;
        }
    }
    /* Figure structure elements with their page and first marked content */
    size_t cap = 16, n_figs = 0;
    fig *figs = malloc(cap * sizeof *figs);
    if (!figs) {
        free(page_objs);
        return CHARTA_ERR_NOMEM;
    }
    for (const char *s = b->data; (s = find_in(s, len - (size_t)(s - b->data), "/S /Figure"));
         s += 10) {
        const char *o = find_last(b->data, (size_t)(s - b->data), " 0 obj\n");
        if (!o)
            continue;
        const char *nstart = o;
        while (nstart > b->data && nstart[-1] >= '0' && nstart[-1] <= '9')
            nstart--;
        long obj = strtol(nstart, NULL, 10);
        span dict;
        if (!find_object(b, obj, &dict, len))
            continue;
        long pg = num_after(dict, "/Pg"), mcid = num_after(dict, "/MCID");
        if (mcid < 0)
            mcid = num_after(dict, "/K");
        long pi = -1;
        for (size_t k = 0; k < n_pages; k++)
            if (page_objs[k] == pg)
                pi = (long)k;
        if (n_figs == cap) {
            fig *f = realloc(figs, 2 * cap * sizeof *figs);
            if (!f) {
                free(figs);
                free(page_objs);
                return CHARTA_ERR_NOMEM;
            }
            figs = f;
            cap *= 2;
        }
        figs[n_figs++] = (fig){obj, pi, mcid, dict};
    }
    free(page_objs);
    qsort(figs, n_figs, sizeof *figs, cmp_fig);
    bool with_alts = n_figs == n_alts;
    for (size_t k = 0; with_alts && k < n_figs; k++)
        with_alts = figs[k].page_index >= 0 && figs[k].mcid >= 0;
    if (!with_alts && n_alts)
        charta_diag_warning(d, NULL, 0, 0,
                            "PDF: %zu figures but %zu alternative texts; the figures go without "
                            "them. Nothing to change in the project: this is charta's fault, "
                            "please report it",
                            n_figs, n_alts);

    /* the update */
    charta_buf up = {0};
    xref_entry *xr = calloc(n_figs + 1, sizeof *xr);
    if (!xr) {
        free(figs);
        return CHARTA_ERR_NOMEM;
    }
    size_t nx = 0, base = len;
    if (len && b->data[len - 1] != '\n')
        charta_buf_puts(&up, "\n");
    xr[nx++] = (xref_entry){root, base + up.len};
    charta_buf_printf(&up, "%ld 0 obj\n", root);
    charta_buf_append(&up, cat.p, cat.n - 2);
    if (lang_ok(lang))
        charta_buf_printf(&up, "   /Lang (%s)\n", lang);
    charta_buf_puts(&up, "   /ViewerPreferences << /DisplayDocTitle true >>\n>>\nendobj\n");
    for (size_t k = 0; with_alts && k < n_figs; k++) {
        xr[nx++] = (xref_entry){figs[k].obj, base + up.len};
        charta_buf_printf(&up, "%ld 0 obj\n", figs[k].obj);
        charta_buf_append(&up, figs[k].dict.p, figs[k].dict.n - 2);
        charta_buf_puts(&up, "   /Alt ");
        text_string(&up, alts[k]);
        charta_buf_puts(&up, "\n>>\nendobj\n");
    }
    qsort(xr, nx, sizeof *xr, cmp_xref);
    size_t xref_at = base + up.len;
    charta_buf_puts(&up, "xref\n0 1\n0000000000 65535 f \n");
    for (size_t k = 0; k < nx; k++)
        charta_buf_printf(&up, "%ld 1\n%010zu 00000 n \n", xr[k].obj, xr[k].off);
    charta_buf_printf(&up, "trailer\n<< /Size %ld\n   /Root %ld 0 R\n", size, root);
    if (info >= 0)
        charta_buf_printf(&up, "   /Info %ld 0 R\n", info);
    charta_buf_printf(&up, "   /Prev %ld\n>>\nstartxref\n%zu\n%%%%EOF\n", prev, xref_at);
    free(xr);
    free(figs);
    charta_status st = CHARTA_OK;
    if (up.oom)
        st = CHARTA_ERR_NOMEM;
    else
        charta_buf_append(b, up.data, up.len);
    if (b->oom)
        st = CHARTA_ERR_NOMEM;
    charta_buf_free(&up);
    return st;
}
