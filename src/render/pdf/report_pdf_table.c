/* report_pdf_table.c: tables and contents lines of the PDF report
 * (report_pdf.h): rows that never split, heads repeated on every page a
 * table reaches, group rows that never end a page, status chips; contents
 * entries with dotted leaders and linked page numbers. */
#include "report_pdf.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charta/chart.h"
#include "charta/progress.h"

/* --- tables ----------------------------------------------------------------------- */

enum { CELL_PAD = 3, CHIP = 9, HEAD_ROW = -1000, NO_CHIP = -1001, TERM_CHIP = -1002 };

static bool
has_chip(int chip)
{
    return chip == CHARTA_LEVEL_NONE || chip == TERM_CHIP || (chip >= -2 && chip <= 3);
}

static double
row_height(pdf *P, const char *const *cells, pdf_style s, int chip)
{
    double h = 0;
    for (size_t c = 0; c < P->ncols; c++) {
        double w = P->cols[c].width - 2 * CELL_PAD;
        if (has_chip(chip) && c + 1 == P->ncols)
            w -= CHIP + 4;
        h = fmax(h, charta_pdf_text_height(P, s, cells[c] ? cells[c] : "", w));
    }
    return h + 2 * CELL_PAD;
}

static void
draw_cells(pdf *P, const char *const *cells, pdf_style s, double h, const char *tag, int chip)
{
    double x = P->table_x;
    for (size_t c = 0; c < P->ncols; c++) {
        const char *text = cells[c] ? cells[c] : "";
        double cw = P->cols[c].width - 2 * CELL_PAD, tx = x + CELL_PAD;
        if (tag)
            charta_pdf_tag(P, tag, NULL, true);
        if (has_chip(chip) && c + 1 == P->ncols) {
            double sz = CHIP;
            if (charta_pdf_drawing(P)) {
                bool term = chip == TERM_CHIP;
                charta_color lc = term ? charta_color_rgb(P->chip_colour) : charta_level_color(chip);
                cairo_rectangle(P->cr, tx, P->y + CELL_PAD + 0.5, sz, sz);
                charta_pdf_source(P->cr, lc);
                cairo_fill(P->cr);
                charta_pdf_set_text(P, P->lay, PS_TABLE_HEAD,
                                    term ? P->chip_symbol : charta_level_symbol(chip), -1);
                double sw = charta_pdf_layout_width(P->lay), sh = charta_pdf_layout_height(P->lay);
                charta_pdf_show(P, P->lay, tx + (sz - sw) / 2, P->y + CELL_PAD + 0.5 + (sz - sh) / 2,
                         charta_chart_text_on(lc));
            }
            tx += sz + 4, cw -= sz + 4;
        }
        charta_pdf_set_text(P, P->lay, s, text, cw);
        if (P->cols[c].right)
            pango_layout_set_alignment(P->lay, PANGO_ALIGN_RIGHT);
        charta_pdf_show(P, P->lay, tx, P->y + CELL_PAD, P->style.text);
        if (tag)
            charta_pdf_tag(P, tag, NULL, false);
        x += P->cols[c].width;
    }
    bool head = chip == HEAD_ROW;
    if (charta_pdf_drawing(P)) {
        double tw = x - P->table_x;
        cairo_set_line_width(P->cr, head ? 0.8 : 0.3);
        charta_pdf_source(P->cr, head ? P->style.muted : P->style.grid);
        cairo_move_to(P->cr, P->table_x, P->y + h);
        cairo_line_to(P->cr, P->table_x + tw, P->y + h);
        cairo_stroke(P->cr);
    }
    (void)h;
}

static void
table_head(pdf *P, bool tagged)
{
    const char *heads[16];
    for (size_t c = 0; c < P->ncols && c < 16; c++)
        heads[c] = P->cols[c].head;
    double h = row_height(P, heads, PS_TABLE_HEAD, HEAD_ROW);
    if (tagged)
        charta_pdf_tag(P, "TR", NULL, true);
    /* a head repeated on the next page is not content: untagged */
    draw_cells(P, heads, PS_TABLE_HEAD, h, tagged ? "TH" : NULL, HEAD_ROW);
    if (tagged)
        charta_pdf_tag(P, "TR", NULL, false);
    P->y += h;
}

void
charta_pdf_table_begin(pdf *P, const pdf_col *cols, size_t n)
{
    P->cols = cols;
    P->ncols = n > 16 ? 16 : n;
    P->table_x = PDF_ML;
    const char *heads[16];
    for (size_t c = 0; c < P->ncols; c++)
        heads[c] = cols[c].head;
    charta_pdf_need(P, row_height(P, heads, PS_TABLE_HEAD, HEAD_ROW) * 2.5);
    charta_pdf_tag(P, "Table", NULL, true);
    table_head(P, true);
}

void
charta_pdf_table_row(pdf *P, const char *const *cells, bool bold, int chip)
{
    if (P->st != CHARTA_OK)
        return;
    pdf_style s = bold ? PS_TABLE_HEAD : PS_TABLE;
    double h = row_height(P, cells, s, chip);
    if (P->y + h > charta_pdf_bottom()) {
        charta_pdf_new_page(P);
        table_head(P, false);
    }
    charta_pdf_tag(P, "TR", NULL, true);
    draw_cells(P, cells, s, h, "TD", chip);
    charta_pdf_tag(P, "TR", NULL, false);
    P->y += h;
}

void
charta_pdf_table_row_term(pdf *P, const char *const *cells, const char *symbol, unsigned colour)
{
    P->chip_symbol = symbol ? symbol : "";
    P->chip_colour = colour;
    charta_pdf_table_row(P, cells, false, TERM_CHIP);
}

void
charta_pdf_table_group(pdf *P, const char *title)
{
    if (P->st != CHARTA_OK)
        return;
    double tw = 0;
    for (size_t c = 0; c < P->ncols; c++)
        tw += P->cols[c].width;
    double h = charta_pdf_text_height(P, PS_TABLE_HEAD, title, tw - 2 * CELL_PAD) + 2 * CELL_PAD;
    if (P->y + h + 30 > charta_pdf_bottom()) { /* never the last line of a page */
        charta_pdf_new_page(P);
        table_head(P, false);
    }
    if (charta_pdf_drawing(P)) {
        cairo_rectangle(P->cr, P->table_x, P->y, tw, h);
        charta_pdf_source(P->cr, charta_color_tint(P->style.primary, 0.9));
        cairo_fill(P->cr);
        charta_pdf_tag(P, "TR", NULL, true);
        charta_pdf_tag(P, "TH", NULL, true);
        charta_pdf_set_text(P, P->lay, PS_TABLE_HEAD, title, tw - 2 * CELL_PAD);
        charta_pdf_show(P, P->lay, P->table_x + CELL_PAD, P->y + CELL_PAD, P->style.text);
        charta_pdf_tag(P, "TH", NULL, false);
        charta_pdf_tag(P, "TR", NULL, false);
    }
    P->y += h;
}

void
charta_pdf_table_end(pdf *P)
{
    charta_pdf_tag(P, "Table", NULL, false);
    P->y += 10;
}

/* --- contents --------------------------------------------------------------------- */

void
charta_pdf_toc_line(pdf *P, const pdf_entry *e)
{
    if (P->st != CHARTA_OK)
        return;
    pdf_style s = e->level == 1 ? PS_TOC1 : PS_TOC2;
    double indent = e->level == 1 ? 0 : 14, numw = 28;
    double h = charta_pdf_text_height(P, s, e->title, PDF_CW - indent - numw - 12);
    charta_pdf_need(P, charta_pdf_style_before(s) + h);
    charta_pdf_space(P, charta_pdf_style_before(s));
    char num[16];
    snprintf(num, sizeof num, "%d", charta_pdf_dest_page(P, e->dest));
    if (charta_pdf_drawing(P)) {
        char *attr = charta_pdf_tag_attr("dest", e->dest);
        charta_pdf_tag(P, "TOCI", NULL, true);
        if (attr)
            cairo_tag_begin(P->cr, CAIRO_TAG_LINK, attr);
        charta_pdf_set_text(P, P->lay, s, e->title, PDF_CW - indent - numw - 12);
        charta_pdf_show(P, P->lay, PDF_ML + indent, P->y, P->style.text);
        /* the last line's end, for the dotted leader */
        PangoLayoutIter *it = pango_layout_get_iter(P->lay);
        PangoRectangle lr = {0};
        double base = 0;
        if (it) {
            while (pango_layout_iter_next_line(it))
                ;
            pango_layout_iter_get_line_extents(it, NULL, &lr);
            base = (double)pango_layout_iter_get_baseline(it) / PANGO_SCALE;
            pango_layout_iter_free(it);
        }
        double x0 = PDF_ML + indent + (double)(lr.x + lr.width) / PANGO_SCALE + 4;
        charta_pdf_set_text(P, P->lay, s, num, -1);
        double nw = charta_pdf_layout_width(P->lay);
        charta_pdf_show(P, P->lay, PDF_W - PDF_MR - nw, P->y + (double)lr.y / PANGO_SCALE, P->style.text);
        if (attr)
            cairo_tag_end(P->cr, CAIRO_TAG_LINK);
        charta_pdf_tag(P, "TOCI", NULL, false);
        free(attr);
        double x1 = PDF_W - PDF_MR - nw - 4;
        if (x1 > x0 + 4) {
            double dash[2] = {0.01, 3};
            cairo_save(P->cr);
            cairo_set_dash(P->cr, dash, 2, 0);
            cairo_set_line_cap(P->cr, CAIRO_LINE_CAP_ROUND);
            cairo_set_line_width(P->cr, 0.8);
            charta_pdf_source(P->cr, P->style.muted);
            cairo_move_to(P->cr, x0, P->y + base);
            cairo_line_to(P->cr, x1, P->y + base);
            cairo_stroke(P->cr);
            cairo_restore(P->cr);
        }
    }
    P->y += h;
}
