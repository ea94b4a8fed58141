/* pdf.h: the printable report, <city>-<year>.pdf (DESIGN §5).
 *
 * Owns (src/render/pdf/): nothing beyond one call; the file is written and closed
 * before the call returns (a failed one is removed). The result set, its dataset
 * and project are borrowed and only read.
 * Uses: chart.h (every chart in the PDF is the same display list as the PNG and SVG
 * files) and, for the field multiples, chart kinds, file writing and the font map,
 * render/chart's private chart_internal.h; report.h (options, window, cells),
 * labels.h (render); progress.h (assessments, read only); results.h (model);
 * numfmt.h, util.h, diag.h (base); Cairo's PDF surface and Pango.
 *
 * The document (A4 portrait, Pango text in DejaVu Sans):
 *   cover        title, city, reporting period, run date, data as of, logo
 *   contents     every section and indicator with its page number; each
 *                entry links to its page
 *   overview     status tiles (by SDG when indicators name SDGs, else by
 *                action field) and a short table: latest value, target,
 *                assessment
 *   per field    title and description, small multiples, then per
 *                indicator: title, its definition (when declared), unit,
 *                SDG, direction and target; the
 *                city's comment; the time series; the area comparison; the
 *                values of the last five years for the city, the focus
 *                areas and the benchmarks; the calculation and its input
 *                data with their sources; the assessment
 *   annex        how to read the charts, methods, sources, licences
 * Pages carry a header (city, report title, section) and a footer
 * ("Page x of y", run date). Page numbers come from a layout pass before
 * the drawing pass, so the contents and "of y" are exact. Tables break
 * between rows and repeat their head; a heading is never left alone at the
 * foot of a page; a figure or row that does not fit starts a new page.
 *
 * Accessibility (BITV 2.0, as far as Cairo 1.16 goes): a tagged PDF with a
 * structure tree (Document, Sect, H1-H3, P, Figure, Table/TR/TH/TD, TOC,
 * TOCI, Link); outline (bookmarks) for sections and indicators; internal
 * links. Cairo 1.16 cannot set the document language or figures'
 * alternative texts, so the finished file gets an incremental update (an
 * appended revision, the original bytes untouched) adding /Lang to the
 * catalog, /DisplayDocTitle, and /Alt to every Figure (the chart's
 * generated description).
 *
 * Same inputs, same bytes: the creation and modification dates are the run
 * date (o->run_date) at 00:00 UTC; Cairo 1.16 writes no /ID and its font
 * subset names are derived from the glyphs, so two runs give equal files.
 */
#ifndef CHARTA_PDF_H
#define CHARTA_PDF_H

#include "charta/diag.h"
#include "charta/report.h"
#include "charta/results.h"

/* Write the PDF report of r to path, in o's language (o may be NULL: the defaults),
 * dated o->run_date. Errors, each a diagnostic: CHARTA_ERR_USAGE (bad window or run
 * date), CHARTA_ERR_CANTCREATE
 * (path cannot be created), CHARTA_ERR_IO (a write failed, e.g. disk full;
 * the partial file is removed), CHARTA_ERR_NOMEM, CHARTA_ERR_INTERNAL
 * (Cairo reported an error). A logo that cannot be read is a warning and
 * the cover goes without it. */
charta_status charta_report_pdf_write(const charta_results *r, const charta_report_opts *o,
                                      const char *path, charta_diags *d);

/* Append an incremental update to the PDF in buf (as Cairo 1.16 writes
 * it): /Lang (lang, when it is a plain language tag) and /ViewerPreferences
 * << /DisplayDocTitle true >> on the catalog and /Alt on the Figure structure
 * elements, alts[k] (borrowed) for the k-th figure in page and content order
 * (skipped with a warning when the count differs). A buf that is not such a PDF
 * is left as it is with a warning, and CHARTA_OK. CHARTA_ERR_NOMEM (not reported)
 * leaves buf's bytes as they were. */
charta_status charta_pdf_amend(charta_buf *buf, const char *lang, char *const *alts, size_t n_alts,
                               charta_diags *d);

#endif
