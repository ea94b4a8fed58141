/* report_pdf.c: the page engine of the PDF report and its entry point
 * (pdf.h, report_pdf.h): passes, pages, paragraphs, headings, figures,
 * tables, tags, outline, running headers and footers. */
#include "report_pdf.h"

#include <cairo-pdf.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


#include "charta/chart.h"
#include "charta/i18n.h"
#include "charta/progress.h"
#include "charta/textenc.h"

typedef struct style_def {
    double size, after, before, spacing;
    bool bold, italic, mono;
} style_def;

static const style_def styles[PS_COUNT] = {
    [PS_BODY] = {9.5, 6, 0, 1.25, false, false, false},
    [PS_SMALL] = {8, 4, 0, 1.2, false, false, false},
    [PS_NOTE] = {9, 6, 0, 1.25, false, true, false},
    [PS_CODE] = {7.5, 6, 0, 1.15, false, false, true},
    [PS_H1] = {18, 10, 0, 1.1, true, false, false},
    [PS_H2] = {12.5, 5, 16, 1.1, true, false, false},
    [PS_H3] = {9.5, 4, 8, 1.1, true, false, false},
    [PS_TITLE] = {26, 14, 0, 1.1, true, false, false},
    [PS_COVER] = {12, 6, 0, 1.25, false, false, false},
    [PS_TABLE] = {8, 0, 0, 1.15, false, false, false},
    [PS_TABLE_HEAD] = {8, 0, 0, 1.15, true, false, false},
    [PS_TOC1] = {10, 0, 6, 1.15, true, false, false},
    [PS_TOC2] = {9, 0, 1.5, 1.15, false, false, false},
};

void
charta_pdf_fail(pdf *P, charta_status st, const char *fmt, ...)
{
    if (P->st != CHARTA_OK)
        return;
    va_list ap;
    va_start(ap, fmt);
    charta_diag_addv(P->d, CHARTA_ERROR, st, NULL, 0, 0, fmt, ap);
    va_end(ap);
    P->st = st;
}

bool
charta_pdf_drawing(const pdf *P)
{
    return P->pass == 2 && P->cr && P->st == CHARTA_OK;
}

double
charta_pdf_bottom(void)
{
    return PDF_H - PDF_MB;
}

static charta_color
style_color(const pdf *P, pdf_style s)
{
    if (s == PS_H1 || s == PS_TITLE) /* the city's colour where it reads well */
        return charta_color_contrast(P->style.primary, P->style.background) >= 4.5
                   ? P->style.primary
                   : P->style.text;
    if (s == PS_SMALL)
        return P->style.muted;
    return P->style.text;
}

void
charta_pdf_source(cairo_t *cr, charta_color c)
{
    cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a);
}

enum { LONG_WORD_CHARS = 200 };

/* t with a zero-width space after every LONG_WORD_CHARS characters of a word
 * (into out) when it has a longer one, else t itself. Pango breaks a word too
 * wide for the line character by character, at a cost that grows with the
 * square of the word's length (a 20,000-character word: seconds); a URL or
 * a compound stays whole. */
static const char *
break_long_words(const char *t, charta_buf *out)
{
    if (!t)
        return t;
    size_t run = 0;
    bool need = false;
    for (const char *c = t; *c && !need; c++) {
        if (*c == ' ' || *c == '\n' || *c == '\t')
            run = 0;
        else if (((unsigned char)*c & 0xC0) != 0x80)
            need = ++run > LONG_WORD_CHARS;
    }
    if (!need)
        return t;
    run = 0;
    for (const char *c = t; *c; c++) {
        bool starts = ((unsigned char)*c & 0xC0) != 0x80;
        if (*c == ' ' || *c == '\n' || *c == '\t') {
            run = 0;
        } else if (starts && run++ == LONG_WORD_CHARS) {
            charta_buf_puts(out, "\u200B");
            run = 1;
        }
        charta_buf_append(out, c, 1);
    }
    return out->data && !out->oom ? out->data : t;
}

/* Put text in style s, wrapped at w (<= 0: no wrapping), into the layout. */
void
charta_pdf_set_text(pdf *P, PangoLayout *lay, pdf_style s, const char *text, double w)
{
    pango_layout_set_font_description(lay, P->fonts[s]);
    pango_layout_set_width(lay, w > 0 ? (int)(w * PANGO_SCALE) : -1);
    pango_layout_set_wrap(lay, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_line_spacing(lay, (float)styles[s].spacing);
    pango_layout_set_alignment(lay, PANGO_ALIGN_LEFT);
    /* Pango takes valid UTF-8 only, and Cairo's PDF text no noncharacter */
    charta_buf scratch = {0}, broken = {0};
    const char *t = charta_text_clean(text, CHARTA_TEXT_XML, &scratch, NULL);
    t = break_long_words(t, &broken);
    pango_layout_set_text(lay, t ? t : "", -1);
    charta_buf_free(&scratch);
    charta_buf_free(&broken);
}

double
charta_pdf_layout_height(PangoLayout *lay)
{
    PangoRectangle r;
    pango_layout_get_extents(lay, NULL, &r);
    return (double)r.height / PANGO_SCALE;
}

double
charta_pdf_layout_width(PangoLayout *lay)
{
    PangoRectangle r;
    pango_layout_get_extents(lay, NULL, &r);
    return (double)r.width / PANGO_SCALE;
}

double
charta_pdf_text_height(pdf *P, pdf_style s, const char *text, double w)
{
    charta_pdf_set_text(P, P->lay, s, text, w);
    return charta_pdf_layout_height(P->lay);
}

/* Draw the whole layout with its top-left at (x, y). */
void
charta_pdf_show(pdf *P, PangoLayout *lay, double x, double y, charta_color c)
{
    if (!charta_pdf_drawing(P))
        return;
    cairo_move_to(P->cr, x, y);
    charta_pdf_source(P->cr, c);
    pango_cairo_update_layout(P->cr, lay);
    pango_cairo_show_layout(P->cr, lay);
}

void
charta_pdf_tag(pdf *P, const char *name, const char *attrs, bool begin)
{
    if (!charta_pdf_drawing(P))
        return;
    if (begin)
        cairo_tag_begin(P->cr, name, attrs);
    else
        cairo_tag_end(P->cr, name);
}

double
charta_pdf_style_before(pdf_style s)
{
    return styles[s].before;
}

const char *
charta_pdf_date(const pdf *P, char out[32])
{
    struct tm tm;
    gmtime_r(&P->run_time, &tm);
    char iso[32];
    snprintf(iso, sizeof iso, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    charta_report_date_text(iso, P->lang, out);
    return out;
}

/* --- pages ------------------------------------------------------------------- */

static void
header_footer(pdf *P)
{
    if (!charta_pdf_drawing(P) || P->page <= 1) /* the cover has neither */
        return;
    cairo_t *cr = P->cr;
    PangoLayout *lay = pango_layout_new(P->ctx);
    if (!lay) {
        charta_pdf_fail(P, CHARTA_ERR_NOMEM, "PDF: out of memory");
        return;
    }
    charta_color muted = P->style.muted;
    const char *title = charta_text_get(&P->p->report.title, P->lang, "en");
    if (!title[0])
        title = charta_label_get(CHARTA_LBL_REPORT_TITLE, P->lang);
    charta_pdf_set_text(P, lay, PS_SMALL, title, PDF_CW * 0.62);
    pango_layout_set_ellipsize(lay, PANGO_ELLIPSIZE_END);
    charta_pdf_show(P, lay, PDF_ML, 36, muted);
    if (P->section) {
        pango_layout_set_ellipsize(lay, PANGO_ELLIPSIZE_NONE);
        charta_pdf_set_text(P, lay, PS_SMALL, P->section, PDF_CW * 0.36);
        pango_layout_set_ellipsize(lay, PANGO_ELLIPSIZE_END);
        pango_layout_set_alignment(lay, PANGO_ALIGN_RIGHT);
        charta_pdf_show(P, lay, PDF_ML + PDF_CW * 0.64, 36, muted);
    }
    pango_layout_set_ellipsize(lay, PANGO_ELLIPSIZE_NONE);
    cairo_set_line_width(cr, 0.5);
    charta_pdf_source(cr, P->style.grid);
    cairo_move_to(cr, PDF_ML, 50);
    cairo_line_to(cr, PDF_W - PDF_MR, 50);
    cairo_move_to(cr, PDF_ML, PDF_H - 44);
    cairo_line_to(cr, PDF_W - PDF_MR, PDF_H - 44);
    cairo_stroke(cr);
    char date[32], a[16], b[16], text[200];
    snprintf(text, sizeof text, "%s %s \xC2\xB7 %s",
             charta_label_get(CHARTA_LBL_PDF_CREATED, P->lang), charta_pdf_date(P, date),
             P->p->city.name ? P->p->city.name : "");
    charta_pdf_set_text(P, lay, PS_SMALL, text, PDF_CW * 0.6);
    charta_pdf_show(P, lay, PDF_ML, PDF_H - 38, muted);
    snprintf(a, sizeof a, "%d", P->page);
    snprintf(b, sizeof b, "%d", P->pages);
    char *page = charta_asprintf(charta_label_get(CHARTA_LBL_PDF_PAGE_OF, P->lang), a, b);
    charta_pdf_set_text(P, lay, PS_SMALL, page ? page : "", PDF_CW * 0.38);
    pango_layout_set_alignment(lay, PANGO_ALIGN_RIGHT);
    charta_pdf_show(P, lay, PDF_ML + PDF_CW * 0.62, PDF_H - 38, muted);
    free(page);
    g_object_unref(lay);
}

static void
end_page(pdf *P)
{
    if (P->page == 0)
        return;
    header_footer(P);
    if (charta_pdf_drawing(P))
        cairo_show_page(P->cr);
}

void
charta_pdf_new_page(pdf *P)
{
    end_page(P);
    P->page++;
    P->y = PDF_MT;
}

void
charta_pdf_need(pdf *P, double h)
{
    if (P->page == 0 || (P->y + h > charta_pdf_bottom() && P->y > PDF_MT + 0.5))
        charta_pdf_new_page(P);
}

void
charta_pdf_space(pdf *P, double h)
{
    if (P->y > PDF_MT + 0.5)
        P->y += h;
}

/* --- text -------------------------------------------------------------------- */

void
charta_pdf_para_at(pdf *P, pdf_style s, const char *text, double x, double w, const char *tag)
{
    if (P->st != CHARTA_OK || !text || !text[0])
        return;
    charta_pdf_set_text(P, P->lay, s, text, w);
    charta_color c = style_color(P, s);
    PangoLayoutIter *it = pango_layout_get_iter(P->lay);
    if (!it) {
        charta_pdf_fail(P, CHARTA_ERR_NOMEM, "PDF: out of memory");
        return;
    }
    double consumed = 0; /* layout height already placed on earlier pages */
    bool open = false;
    if (P->page == 0)
        charta_pdf_new_page(P);
    do {
        PangoRectangle lr;
        pango_layout_iter_get_line_extents(it, NULL, &lr);
        double ly = (double)lr.y / PANGO_SCALE, lh = (double)lr.height / PANGO_SCALE;
        double base = (double)pango_layout_iter_get_baseline(it) / PANGO_SCALE;
        if (P->y + (ly - consumed) + lh > charta_pdf_bottom() && P->y + (ly - consumed) > PDF_MT + 0.5) {
            if (open && tag)
                charta_pdf_tag(P, tag, NULL, false);
            open = false;
            charta_pdf_new_page(P);
            consumed = ly;
        }
        if (charta_pdf_drawing(P)) {
            if (!open && tag)
                charta_pdf_tag(P, tag, NULL, true);
            open = true;
            cairo_move_to(P->cr, x + (double)lr.x / PANGO_SCALE, P->y + base - consumed);
            charta_pdf_source(P->cr, c);
            pango_cairo_update_layout(P->cr, P->lay);
            pango_cairo_show_layout_line(P->cr, pango_layout_iter_get_line_readonly(it));
        }
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
    if (open && tag)
        charta_pdf_tag(P, tag, NULL, false);
    P->y += charta_pdf_layout_height(P->lay) - consumed + styles[s].after;
}

void
charta_pdf_para(pdf *P, pdf_style s, const char *text, const char *tag)
{
    charta_pdf_para_at(P, s, text, PDF_ML, PDF_CW, tag);
}

static const char *
anchor_dest(const void *ctx, size_t i)
{
    const pdf *P = ctx;
    return P->anchors[i].dest;
}

static void
record_anchor(pdf *P, const char *dest)
{
    if (P->pass != 1 || !dest)
        return;
    pdf_anchor *a = P->anchors;
    if (P->n_anchors == P->cap_anchors) {
        size_t cap = P->cap_anchors ? 2 * P->cap_anchors : 64;
        a = realloc(P->anchors, cap * sizeof *a);
        if (!a) {
            charta_pdf_fail(P, CHARTA_ERR_NOMEM, "PDF: out of memory");
            return;
        }
        P->anchors = a;
        P->cap_anchors = cap;
    }
    a[P->n_anchors].dest = charta_strdup(dest);
    a[P->n_anchors].page = P->page;
    if (!a[P->n_anchors].dest) {
        charta_pdf_fail(P, CHARTA_ERR_NOMEM, "PDF: out of memory");
        return;
    }
    P->n_anchors++;
    P->anchor_index.key = anchor_dest;
    P->anchor_index.ctx = P;
    if (!charta_hashtab_add(&P->anchor_index, P->n_anchors - 1, P->n_anchors))
        charta_pdf_fail(P, CHARTA_ERR_NOMEM, "PDF: out of memory");
}

int
charta_pdf_dest_page(const pdf *P, const char *dest)
{
    size_t i;
    return charta_hashtab_find(&P->anchor_index, dest, &i) ? P->anchors[i].page : 0;
}

static void
add_entry(pdf *P, int level, const char *title, const char *dest)
{
    if (P->pass != 0 || !dest)
        return;
    pdf_entry *e = P->entries;
    if (P->n_entries == P->cap_entries) {
        size_t cap = P->cap_entries ? 2 * P->cap_entries : 64;
        e = realloc(P->entries, cap * sizeof *e);
        if (!e) {
            charta_pdf_fail(P, CHARTA_ERR_NOMEM, "PDF: out of memory");
            return;
        }
        P->entries = e;
        P->cap_entries = cap;
    }
    e[P->n_entries] = (pdf_entry){level, charta_strdup(title), charta_strdup(dest)};
    if (!e[P->n_entries].title || !e[P->n_entries].dest) {
        free(e[P->n_entries].title);
        free(e[P->n_entries].dest);
        charta_pdf_fail(P, CHARTA_ERR_NOMEM, "PDF: out of memory");
        return;
    }
    P->n_entries++;
}

/* A quoted attribute value for cairo_tag_begin ('...' with \ and ' escaped,
 * what Cairo cannot take replaced). */
char *
charta_pdf_tag_attr(const char *key, const char *value)
{
    charta_buf b = {0}, scratch = {0};
    value = charta_text_clean(value, CHARTA_TEXT_XML, &scratch, NULL);
    if (!value) {
        charta_buf_free(&scratch);
        return NULL;
    }
    charta_buf_printf(&b, "%s='", key);
    for (const char *c = value; *c; c++) {
        if (*c == '\'' || *c == '\\')
            charta_buf_append(&b, "\\", 1);
        charta_buf_append(&b, c, 1);
    }
    charta_buf_puts(&b, "'");
    charta_buf_free(&scratch);
    return charta_buf_take(&b);
}

void
charta_pdf_heading(pdf *P, pdf_style s, const char *text, const char *dest, int outline, bool toc,
            double keep)
{
    if (P->st != CHARTA_OK)
        return;
    if (s == PS_H1) {
        charta_pdf_new_page(P);
        free((char *)P->section);
        P->section = charta_strdup(text);
    }
    double h = charta_pdf_text_height(P, s, text, PDF_CW);
    charta_pdf_need(P, styles[s].before + h + styles[s].after + keep);
    charta_pdf_space(P, styles[s].before);
    add_entry(P, s == PS_H1 ? 1 : 2, text, toc ? dest : NULL);
    record_anchor(P, dest);
    const char *tag = s == PS_H1 ? "H1" : s == PS_H2 ? "H2" : "H3";
    if (charta_pdf_drawing(P)) {
        charta_pdf_tag(P, tag, NULL, true);
        char *attr = dest ? charta_pdf_tag_attr("name", dest) : NULL;
        if (dest && !attr) {
            charta_pdf_fail(P, CHARTA_ERR_NOMEM, "PDF: out of memory");
            return;
        }
        if (attr)
            cairo_tag_begin(P->cr, CAIRO_TAG_DEST, attr);
        charta_pdf_set_text(P, P->lay, s, text, PDF_CW);
        charta_pdf_show(P, P->lay, PDF_ML, P->y, style_color(P, s));
        if (attr)
            cairo_tag_end(P->cr, CAIRO_TAG_DEST);
        charta_pdf_tag(P, tag, NULL, false);
        if (outline >= 1 && outline <= 3 && attr) {
            free(attr);
            attr = charta_pdf_tag_attr("dest", dest);
            int parent = outline == 1 ? CAIRO_PDF_OUTLINE_ROOT : P->outline[outline - 1];
            charta_buf scratch = {0};
            const char *t = charta_text_clean(text, CHARTA_TEXT_XML, &scratch, NULL);
            if (attr && t)
                P->outline[outline] = cairo_pdf_surface_add_outline(
                    P->surf, parent, t, attr, outline == 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : 0);
            else
                charta_pdf_fail(P, CHARTA_ERR_NOMEM, "PDF: out of memory");
            charta_buf_free(&scratch);
        }
        free(attr);
    }
    if (s == PS_H1) { /* a rule under the section title */
        if (charta_pdf_drawing(P)) {
            cairo_set_line_width(P->cr, 1.5);
            charta_pdf_source(P->cr, P->style.primary);
            cairo_move_to(P->cr, PDF_ML, P->y + h + 4);
            cairo_line_to(P->cr, PDF_ML + 60, P->y + h + 4);
            cairo_stroke(P->cr);
        }
        P->y += 6;
    }
    P->y += h + styles[s].after;
}

/* --- figures --------------------------------------------------------------------- */

double
charta_pdf_figure_height(const charta_dl *dl)
{
    if (!dl || dl->height <= 0 || dl->width <= 0)
        return 0;
    double scale = fmin(0.75, PDF_CW / dl->width);
    double max_h = charta_pdf_bottom() - PDF_MT - 4;
    if (dl->height * scale > max_h)
        scale = max_h / dl->height;
    return dl->height * scale;
}

charta_dl *
charta_pdf_cached_figure(pdf *P)
{
    return P->i_fig < P->n_figs ? P->figs[P->i_fig] : NULL;
}

void
charta_pdf_figure(pdf *P, charta_dl *dl)
{
    if (!dl) {
        charta_pdf_fail(P, CHARTA_ERR_NOMEM, "PDF: out of memory in a chart");
        return;
    }
    if (P->i_fig < P->n_figs && P->figs[P->i_fig] == dl) {
        P->i_fig++;
    } else {
        charta_dl **f = realloc(P->figs, (P->n_figs + 1) * sizeof *f);
        if (!f) {
            charta_dl_free(dl);
            charta_pdf_fail(P, CHARTA_ERR_NOMEM, "PDF: out of memory");
            return;
        }
        P->figs = f;
        P->figs[P->n_figs++] = dl;
        P->i_fig = P->n_figs;
    }
    if (P->st != CHARTA_OK)
        return;
    charta_status st = charta_dl_status(dl);
    if (st != CHARTA_OK) {
        charta_pdf_fail(P, st, "PDF: a chart could not be laid out");
        return;
    }
    double h = charta_pdf_figure_height(dl), scale = h / dl->height, w = dl->width * scale;
    charta_pdf_need(P, h + 4);
    if (charta_pdf_drawing(P)) {
        charta_pdf_tag(P, "Figure", NULL, true);
        cairo_save(P->cr);
        cairo_translate(P->cr, PDF_ML + (PDF_CW - w) / 2, P->y);
        cairo_scale(P->cr, scale, scale);
        st = charta_chart_render(P->cr, dl, P->ct);
        cairo_restore(P->cr);
        charta_pdf_tag(P, "Figure", NULL, false);
        if (st != CHARTA_OK)
            charta_pdf_fail(P, st, "PDF: Cairo could not draw a chart on page %d: %s", P->page,
                     cairo_status_to_string(cairo_status(P->cr)));
        char **a = realloc(P->alts, (P->n_alts + 1) * sizeof *a);
        if (!a) {
            charta_pdf_fail(P, CHARTA_ERR_NOMEM, "PDF: out of memory");
            return;
        }
        P->alts = a;
        P->alts[P->n_alts] = charta_strdup(dl->alt ? dl->alt : "");
        if (!P->alts[P->n_alts])
            charta_pdf_fail(P, CHARTA_ERR_NOMEM, "PDF: out of memory");
        else
            P->n_alts++;
    }
    P->y += h + 8;
}

/* --- the entry point ---------------------------------------------------------------- */

static cairo_status_t
append(void *closure, const unsigned char *data, unsigned int length)
{
    charta_buf *b = closure;
    charta_buf_append(b, (const char *)data, length);
    return b->oom ? CAIRO_STATUS_WRITE_ERROR : CAIRO_STATUS_SUCCESS;
}

/* A PNG in memory, for cairo_image_surface_create_from_png_stream. */
typedef struct png_source {
    const unsigned char *data;
    size_t len, at;
} png_source;

static cairo_status_t
png_read(void *closure, unsigned char *out, unsigned int length)
{
    png_source *src = closure;
    if (src->len - src->at < length)
        return CAIRO_STATUS_READ_ERROR;
    memcpy(out, src->data + src->at, length);
    src->at += length;
    return CAIRO_STATUS_SUCCESS;
}

enum { LOGO_MAX_BYTES = 10 << 20, LOGO_MAX_SIDE = 4096 };

/* Why the PNG's header rules it out (its size in pixels is read from the IHDR
 * chunk before anything is decoded: a small file can unpack to gigabytes), or NULL. */
static const char *
png_header_problem(const unsigned char *d, size_t n, char *buf, size_t size)
{
    static const unsigned char sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    if (n < 24 || memcmp(d, sig, 8) != 0 || memcmp(d + 12, "IHDR", 4) != 0)
        return _("is not a PNG image");
    unsigned long w = (unsigned long)d[16] << 24 | (unsigned long)d[17] << 16 |
                      (unsigned long)d[18] << 8 | d[19];
    unsigned long h = (unsigned long)d[20] << 24 | (unsigned long)d[21] << 16 |
                      (unsigned long)d[22] << 8 | d[23];
    if (w > LOGO_MAX_SIDE || h > LOGO_MAX_SIDE) {
        snprintf(buf, size, _("is %lu x %lu pixels, larger than %d x %d"), w, h, LOGO_MAX_SIDE,
                 LOGO_MAX_SIDE);
        return buf;
    }
    return NULL;
}

static void
load_logo(pdf *P)
{
    const charta_report_spec *rs = &P->p->report;
    if (!rs->logo)
        return;
    char *path = charta_path_join(P->p->dir, rs->logo);
    if (!path) {
        charta_pdf_fail(P, CHARTA_ERR_NOMEM, "PDF: out of memory");
        return;
    }
    char *data = NULL, why[600], sizebuf[80];
    size_t len = 0;
    const char *problem = NULL;
    charta_read_opts ro = {.max_bytes = LOGO_MAX_BYTES,
                           .limit = _("the limit of 10 MB for a logo"),
                           .name = rs->logo};
    charta_status st = charta_read_input(path, &ro, &data, &len, why, sizeof why);
    if (st == CHARTA_ERR_NOMEM) {
        charta_pdf_fail(P, CHARTA_ERR_NOMEM, "PDF: out of memory");
        goto cleanup;
    }
    if (st == CHARTA_OK) {
        const char *bad = png_header_problem((const unsigned char *)data, len, sizebuf,
                                             sizeof sizebuf);
        if (!bad) {
            png_source src = {(const unsigned char *)data, len, 0};
            P->logo = cairo_image_surface_create_from_png_stream(png_read, &src);
            if (cairo_surface_status(P->logo) != CAIRO_STATUS_SUCCESS)
                bad = _("is not a PNG image Cairo can read");
        }
        if (bad) {
            if (P->logo)
                cairo_surface_destroy(P->logo);
            P->logo = NULL;
            snprintf(why, sizeof why, "'%s' %s", rs->logo, bad);
        }
        problem = bad ? why : NULL;
    } else {
        problem = why;
    }
    if (problem)
        charta_diag_warning(P->d, rs->loc.file, rs->loc.line, 0,
                            "report: the logo %s; the PDF goes without it", problem);
cleanup:
    free(data);
    free(path);
}

static bool
setup(pdf *P)
{
    P->ctx = pango_font_map_create_context(charta_chart_font_map());
    P->fopts = cairo_font_options_create();
    if (!P->ctx || cairo_font_options_status(P->fopts) != CAIRO_STATUS_SUCCESS)
        return false;
    cairo_font_options_set_hint_metrics(P->fopts, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(P->fopts, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(P->ctx, P->fopts);
    pango_context_set_language(P->ctx, pango_language_from_string(P->lang));
    P->lay = pango_layout_new(P->ctx);
    if (!P->lay)
        return false;
    for (int s = 0; s < PS_COUNT; s++) {
        P->fonts[s] =
            pango_font_description_from_string(styles[s].mono ? "DejaVu Sans Mono" : P->style.font);
        if (!P->fonts[s])
            return false;
        pango_font_description_set_absolute_size(P->fonts[s], styles[s].size * PANGO_SCALE);
        pango_font_description_set_weight(P->fonts[s],
                                          styles[s].bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
        pango_font_description_set_style(P->fonts[s], styles[s].italic ? PANGO_STYLE_ITALIC
                                                                       : PANGO_STYLE_NORMAL);
    }
    P->ct = charta_chart_text_new(P->style.font);
    P->ov = charta_overview_gather(P->r, P->o);
    return P->ct && P->ov;
}

static void
teardown(pdf *P)
{
    if (P->lay)
        g_object_unref(P->lay);
    if (P->ctx)
        g_object_unref(P->ctx);
    for (int s = 0; s < PS_COUNT; s++)
        if (P->fonts[s])
            pango_font_description_free(P->fonts[s]);
    if (P->fopts)
        cairo_font_options_destroy(P->fopts);
    charta_chart_text_free(P->ct);
    charta_overview_data_free(P->ov);
    if (P->logo)
        cairo_surface_destroy(P->logo);
    for (size_t i = 0; i < P->n_entries; i++) {
        free(P->entries[i].title);
        free(P->entries[i].dest);
    }
    free(P->entries);
    for (size_t i = 0; i < P->n_anchors; i++)
        free(P->anchors[i].dest);
    free(P->anchors);
    charta_hashtab_free(&P->anchor_index);
    for (size_t i = 0; i < P->n_figs; i++)
        charta_dl_free(P->figs[i]);
    free(P->figs);
    for (size_t i = 0; i < P->n_alts; i++)
        free(P->alts[i]);
    free(P->alts);
    free((char *)P->section);
}

static void
run_pass(pdf *P, int pass)
{
    P->pass = pass;
    P->page = 0;
    P->y = PDF_MT;
    P->i_fig = 0;
    free((char *)P->section);
    P->section = NULL;
    charta_pdf_tag(P, "Document", NULL, true);
    charta_pdf_document(P);
    charta_pdf_tag(P, "Document", NULL, false);
    end_page(P);
    if (pass == 1)
        P->pages = P->page;
}

/* One metadata entry; Cairo refuses text with a noncharacter. */
static void
set_meta(pdf *P, cairo_pdf_metadata_t key, const char *text)
{
    charta_buf scratch = {0};
    const char *t = charta_text_clean(text, CHARTA_TEXT_XML, &scratch, NULL);
    if (t)
        cairo_pdf_surface_set_metadata(P->surf, key, t);
    else
        charta_pdf_fail(P, CHARTA_ERR_NOMEM, "PDF: out of memory");
    charta_buf_free(&scratch);
}

static void
set_metadata(pdf *P)
{
    const charta_project *p = P->p;
    const char *title = charta_text_get(&p->report.title, P->lang, "en");
    if (!title[0])
        title = charta_label_get(CHARTA_LBL_REPORT_TITLE, P->lang);
    char date[64], subject[300];
    struct tm tm;
    gmtime_r(&P->run_time, &tm);
    snprintf(date, sizeof date, "%04d-%02d-%02dT00:00:00Z", tm.tm_year + 1900, tm.tm_mon + 1,
             tm.tm_mday);
    snprintf(subject, sizeof subject, "%s %d\xE2\x80\x93%d", p->city.name ? p->city.name : "",
             P->first, P->last);
    set_meta(P, CAIRO_PDF_METADATA_TITLE, title);
    set_meta(P, CAIRO_PDF_METADATA_AUTHOR, p->city.name ? p->city.name : "");
    set_meta(P, CAIRO_PDF_METADATA_SUBJECT, subject);
    cairo_pdf_surface_set_metadata(P->surf, CAIRO_PDF_METADATA_KEYWORDS,
                                   "SDG, Smart City, indicators, Indikatoren");
    cairo_pdf_surface_set_metadata(P->surf, CAIRO_PDF_METADATA_CREATOR, "charta " CHARTA_VERSION);
    cairo_pdf_surface_set_metadata(P->surf, CAIRO_PDF_METADATA_CREATE_DATE, date);
    cairo_pdf_surface_set_metadata(P->surf, CAIRO_PDF_METADATA_MOD_DATE, date);
}

charta_status
charta_report_pdf_write(const charta_results *r, const charta_report_opts *o, const char *path,
                        charta_diags *d)
{
    pdf P = {
        .r = r, .o = o, .path = path, .d = d, .p = charta_results_project(r),
        .ds = charta_results_dataset(r)};
    P.lang = charta_project_lang(P.p, o ? o->lang : NULL);
    P.nf = charta_numfmt_for(P.lang);
    P.style = charta_chart_style_for(P.p);
    charta_status st = charta_report_window(r, o, &P.first, &P.last, d);
    if (st == CHARTA_OK)
        st = charta_report_run_time(o ? o->run_date : NULL, &P.run_time, d);
    if (st != CHARTA_OK)
        return st;
    charta_buf out = {0};
    if (!setup(&P)) {
        P.st = charta_diag_error(d, CHARTA_ERR_NOMEM, NULL, 0, 0,
                                 "PDF: cannot set up Pango and Cairo (out of memory)");
        goto cleanup;
    }
    load_logo(&P);
    run_pass(&P, 0);
    run_pass(&P, 1);
    if (P.st != CHARTA_OK)
        goto cleanup;
    P.surf = cairo_pdf_surface_create_for_stream(append, &out, PDF_W, PDF_H);
    P.cr = cairo_create(P.surf);
    set_metadata(&P);
    if (cairo_status(P.cr) != CAIRO_STATUS_SUCCESS) {
        charta_pdf_fail(&P, CHARTA_ERR_NOMEM, "PDF: Cairo cannot create the document");
    } else {
        run_pass(&P, 2);
        cairo_status_t cs = cairo_status(P.cr);
        cairo_destroy(P.cr);
        P.cr = NULL;
        cairo_surface_finish(P.surf);
        if (cs == CAIRO_STATUS_SUCCESS)
            cs = cairo_surface_status(P.surf);
        if (cs != CAIRO_STATUS_SUCCESS)
            charta_pdf_fail(&P,
                     out.oom || cs == CAIRO_STATUS_NO_MEMORY ? CHARTA_ERR_NOMEM
                                                             : CHARTA_ERR_INTERNAL,
                     "PDF: Cairo failed: %s", cairo_status_to_string(cs));
    }
    if (P.cr)
        cairo_destroy(P.cr);
    cairo_surface_destroy(P.surf);
    if (P.st == CHARTA_OK && P.pages != P.page)
        charta_pdf_fail(&P, CHARTA_ERR_INTERNAL, "PDF: %d pages drawn, %d laid out", P.page, P.pages);
    if (P.st == CHARTA_OK)
        P.st = charta_pdf_amend(&out, P.lang, P.alts, P.n_alts, d);
    if (P.st == CHARTA_OK)
        P.st = charta_chart_write_file(path, &out, d);
cleanup:
    st = P.st;
    teardown(&P);
    charta_buf_free(&out);
    return st;
}
