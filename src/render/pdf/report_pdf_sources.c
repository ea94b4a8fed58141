/* report_pdf_sources.c: where the PDF report's data come from, in the reader's
 * words: the sources line of an indicator and the annex's sources and area code
 * changes (report_pdf.h). Titles, publishers, dates, licences and footnotes;
 * never file names (the workbook's inputs sheet has them). */
#include "report_pdf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charta/report.h"

static const char *
L(const pdf *P, charta_label k)
{
    return charta_label_get(k, P->lang);
}

/* --- an indicator's sources ------------------------------------------------------ */

/* Mark the inputs that indicator ind's values come from: the inputs of the
 * sources of the variables it reads, and of the indicators it reads (depth-capped:
 * a chain of indicators is short, a cycle is refused at load). */
static void
mark_inputs(pdf *P, const charta_indicator *ind, bool *used, int depth)
{
    for (size_t k = 0; ind && k < ind->n_reads && depth < 16; k++) {
        int v = charta_dataset_find_variable(P->ds, ind->reads[k]);
        if (v < 0) {
            mark_inputs(P, charta_project_find_indicator(P->p, ind->reads[k]), used, depth + 1);
            continue;
        }
        const char *src = charta_dataset_variable(P->ds, (size_t)v)->source;
        for (size_t i = 0; src && i < charta_dataset_input_count(P->ds); i++) {
            const char *is = charta_dataset_input(P->ds, i)->source;
            if (is && strcmp(is, src) == 0)
                used[i] = true;
        }
    }
}

/* "Quelle: <title> (<publisher>), Datenstand 15.03.2025; ..." for the inputs of an
 * indicator, in the reader's words: titles, publishers and dates, never file
 * names or variable names (those are on the workbook's inputs sheet). */
void
charta_pdf_sources_line(pdf *P, const charta_indicator *ind, charta_buf *b)
{
    size_t n = charta_dataset_input_count(P->ds), shown = 0;
    bool *used = calloc(n ? n : 1, sizeof *used);
    if (!used) {
        b->oom = true;
        return;
    }
    mark_inputs(P, ind, used, 0);
    for (size_t i = 0; i < n; i++)
        shown += used[i];
    for (size_t i = 0, k = 0; i < n; i++) {
        if (!used[i])
            continue;
        const charta_input *in = charta_dataset_input(P->ds, i);
        const char *title = charta_report_input_title(P->p, in, P->lang);
        if (k++ == 0)
            charta_buf_printf(b, "%s: ",
                              L(P, shown > 1 ? CHARTA_LBL_PDF_SOURCES : CHARTA_LBL_PDF_SOURCE));
        else
            charta_buf_puts(b, "; ");
        charta_buf_puts(b, title);
        if (in->publisher && in->publisher[0] && strcmp(in->publisher, title) != 0)
            charta_buf_printf(b, " (%s)", in->publisher);
        if (in->as_of && in->as_of[0]) {
            char when[32];
            charta_report_date_text(in->as_of, P->lang, when);
            charta_buf_printf(b, ", %s %s", L(P, CHARTA_LBL_PDF_DATA_AS_OF), when);
        }
    }
    if (shown)
        charta_buf_puts(b, ".");
    free(used);
}

/* --- annex: sources ------------------------------------------------------------ */

/* Notes listed per source and kind before "and n more (in the workbook)". */
enum { PDF_NOTES_SHOWN = 12 };

static void
para_free(pdf *P, pdf_style s, char *text)
{
    if (!text) {
        charta_pdf_fail(P, CHARTA_ERR_NOMEM, "PDF: out of memory");
        return;
    }
    charta_pdf_para(P, s, text, "P");
    free(text);
}

/* The notes of input i of one kind, as one paragraph: "<what>: A (1) 2009–2016; B (2)
 * 1996–2000; and 3 more (...)". Notes of the same area and years for several
 * variables are said once. */
static void
source_notes(pdf *P, size_t input, charta_note_kind kind)
{
    charta_buf b = {0};
    size_t shown = 0, more = 0;
    const charta_note *prev = NULL;
    for (size_t k = 0; k < charta_dataset_note_count(P->ds); k++) {
        const charta_note *n = charta_dataset_note(P->ds, k);
        if (n->input != (int)input || n->kind != kind || n->year_last < P->first ||
            n->year_first > P->last)
            continue;
        if (prev && prev->area == n->area && prev->year_first == n->year_first &&
            prev->year_last == n->year_last)
            continue;
        prev = n;
        if (shown == PDF_NOTES_SHOWN) {
            more++;
            continue;
        }
        if (!shown) {
            char *what = charta_report_note_text(P->ds, n, P->lang);
            charta_buf_printf(&b, "%s%s: ", L(P, CHARTA_LBL_SRC_DATA_NOTES), "");
            if (what)
                charta_buf_printf(&b, "%s \xE2\x80\x93 ", what);
            free(what);
        }
        const charta_area *a = charta_dataset_area(P->ds, (size_t)n->area);
        char *named = a ? charta_report_area_named(P->ds, a->code) : NULL;
        char years[16];
        charta_report_years(n->year_first < P->first ? P->first : n->year_first,
                            n->year_last > P->last ? P->last : n->year_last, true, years);
        charta_buf_printf(&b, "%s%s %s", shown ? "; " : "", named ? named : "?", years);
        free(named);
        shown++;
    }
    if (!shown)
        return;
    if (more) {
        char *m = charta_asprintf(L(P, CHARTA_LBL_NOTE_MORE), more, L(P, CHARTA_LBL_SHEET_INPUTS));
        charta_buf_printf(&b, "; %s", m ? m : "");
        free(m);
    }
    charta_buf_append(&b, ".", 2);
    para_free(P, PS_SMALL, b.oom ? (charta_buf_free(&b), NULL) : charta_buf_take(&b));
}

/* The breaks declared for the variables of a source. */
static void
source_breaks(pdf *P, const char *source)
{
    for (size_t k = 0; k < P->p->n_breaks; k++) {
        const charta_break_decl *br = &P->p->breaks[k];
        bool covers = false;
        for (size_t v = 0; v < charta_dataset_variable_count(P->ds) && !covers; v++) {
            const charta_variable *var = charta_dataset_variable(P->ds, v);
            covers = var->source && strcmp(var->source, source) == 0 &&
                     charta_break_covers(br, var->name, var->source);
        }
        if (!covers)
            continue;
        const char *why = charta_text_get(&br->reason, P->lang, "en");
        size_t wl = strlen(why);
        char *head = charta_asprintf(L(P, CHARTA_LBL_SRC_BREAK), br->year,
                                     wl ? why : "\xE2\x80\x93");
        if (head && wl && why[wl - 1] != '.') {
            char *dot = charta_asprintf("%s.", head);
            free(head);
            head = dot;
        }
        para_free(P, PS_SMALL, head);
    }
}

/* Every input: what it is, who publishes it under which licence, what its
 * footnotes say and where cells are missing for a reason. */
void
charta_pdf_sources(pdf *P)
{
    charta_pdf_heading(P, PS_H2, L(P, CHARTA_LBL_PDF_SOURCES), "annex-sources", 2, true, 40);
    for (size_t i = 0; i < charta_dataset_input_count(P->ds) && P->st == CHARTA_OK; i++) {
        const charta_input *in = charta_dataset_input(P->ds, i);
        const char *title = charta_report_input_title(P->p, in, P->lang);
        /* nothing says what the data are: the id stands in, and the author is told */
        if (P->pass == 2 && in->source && title == in->source)
            for (size_t s = 0; s < P->p->n_sources; s++)
                if (strcmp(P->p->sources[s].name, in->source) == 0)
                    charta_diag_warning(P->d, P->p->sources[s].decl_file,
                                        P->p->sources[s].decl_line, 0,
                                        "source '%s' has neither a title nor a publisher, so "
                                        "the PDF can only name it by its id; say what the data "
                                        "are: title = { de = \"...\", en = \"...\" }, "
                                        "publisher = \"...\"",
                                        in->source);
        charta_pdf_heading(P, PS_H3, title, NULL, 0, false, 30);
        charta_buf b = {0};
        if (in->publisher && in->publisher[0])
            charta_buf_printf(&b, "%s: %s. ", L(P, CHARTA_LBL_SRC_PUBLISHER), in->publisher);
        if (in->table && in->table[0])
            charta_buf_printf(&b, "%s %s. ", L(P, CHARTA_LBL_SRC_TABLE), in->table);
        /* no file name: the workbook's inputs sheet has the file, its rows and
         * its checksum */
        if (in->as_of) {
            char date[32];
            charta_report_date_text(in->as_of, P->lang, date);
            charta_buf_printf(&b, "%s: %s.", L(P, CHARTA_LBL_PDF_DATA_AS_OF), date);
        }
        while (b.len && b.data[b.len - 1] == ' ')
            b.data[--b.len] = '\0';
        if (b.oom || b.len)
            para_free(P, PS_SMALL, b.oom ? (charta_buf_free(&b), NULL) : charta_buf_take(&b));
        else
            charta_buf_free(&b);
        char *licence = charta_report_licence_text(in->licence, in->licence_text, P->lang);
        if (licence || (in->attribution && in->attribution[0])) {
            charta_buf a = {0};
            if (in->attribution && in->attribution[0])
                charta_buf_printf(&a, "%s%s", in->attribution,
                                  licence ? " " : "");
            if (licence)
                charta_buf_printf(&a, "%s: %s%s", L(P, CHARTA_LBL_XL_LICENCE), licence,
                                  licence[strlen(licence) - 1] == '.' ? "" : ".");
            charta_buf_append(&a, "", 1);
            para_free(P, PS_SMALL, a.oom ? (charta_buf_free(&a), NULL) : charta_buf_take(&a));
        }
        free(licence);
        for (size_t f = 0; f < in->n_footnotes && P->st == CHARTA_OK; f++) {
            char *t = f == 0 ? charta_asprintf("%s: %s", L(P, CHARTA_LBL_SRC_FOOTNOTES),
                                               in->footnotes[f])
                             : charta_strdup(in->footnotes[f]);
            para_free(P, PS_SMALL, t);
        }
        source_notes(P, i, CHARTA_NOTE_NOT_REPORTED);
        source_notes(P, i, CHARTA_NOTE_REPORTED_WITH);
        if (in->source)
            source_breaks(P, in->source);
    }
}

/* The declared area code changes that the data needed. */
void
charta_pdf_changes(pdf *P)
{
    bool any = false;
    for (size_t k = 0; k < charta_dataset_area_change_count(P->ds) && P->st == CHARTA_OK; k++) {
        const charta_area_change *c = charta_dataset_area_change(P->ds, k);
        if (!c->applied)
            continue;
        if (!any)
            charta_pdf_heading(P, PS_H3, L(P, CHARTA_LBL_SRC_CHANGES), NULL, 0, false, 30);
        any = true;
        char *old = c->old_name && strcmp(c->old_name, c->old_code) != 0
                        ? charta_asprintf("%s (%s)", c->old_name, c->old_code)
                        : charta_strdup(c->old_code);
        char *nw = charta_report_area_named(P->ds, c->new_code);
        char *text = old && nw ? charta_asprintf(L(P, CHARTA_LBL_SRC_CHANGE), old, nw, c->year)
                               : NULL;
        free(old);
        free(nw);
        charta_buf b = {0};
        charta_buf_printf(&b, "%s", text ? text : "");
        free(text);
        const char *why = k < P->p->n_changes ? charta_text_get(&P->p->changes[k].reason, P->lang, "en") : "";
        if (why[0])
            charta_buf_printf(&b, " %s%s", why, why[strlen(why) - 1] == '.' ? "" : ".");
        if (c->differ) {
            char *d = charta_asprintf(L(P, CHARTA_LBL_SRC_CHANGE_DIFFER), c->differ, c->year,
                                      c->year);
            charta_buf_printf(&b, " %s", d ? d : "");
            free(d);
        }
        charta_buf_append(&b, "", 1);
        para_free(P, PS_SMALL, b.oom ? (charta_buf_free(&b), NULL) : charta_buf_take(&b));
    }
}

