/* report_progress.h: data/progress.csv, the progress assessment with its
 * working, one row per indicator x area (report.h's rules for CSV files).
 *
 * Owns (src/render/csv/report_progress_csv.c): nothing beyond one call; the file is
 * written and closed before it returns, the result set is borrowed and only read.
 * Uses: report.h (options, the CSV writing rules), progress.h, results.h (model),
 * diag.h, util.h (base). Reads only the frozen result set after
 * charta_progress_assess.
 */
#ifndef CHARTA_REPORT_PROGRESS_H
#define CHARTA_REPORT_PROGRESS_H

#include "charta/diag.h"
#include "charta/report.h"
#include "charta/results.h"

/* Write data/progress.csv to path. Header:
 *   indicator,area,method,category,level,base_year,base_value,latest_year,
 *   latest_value,target_year,target_value,cagr_actual,cagr_required,ratio,
 *   score,reason,term,projected_value,change_per_year,score_category
 * One row per indicator (project order) x area (dataset display order);
 * with eurostat a second row per pair for the long term (term "long"; the
 * headline row has term "short"). Numbers in full precision (shortest
 * round-trip text, C locale), empty when not used (NaN) or not assessable
 * (level), years empty when 0; cagr_* in percent per year, ratio as the
 * method's own measure (RR and Q as fractions). reason is English.
 * Text is quoted and defused as in data/indicators.csv. Indicators whose
 * assessment did not run have no rows. o is not used (the assessment already took
 * the report year) and may be NULL.
 * Errors: CHARTA_ERR_INTERNAL (the progress stage has not run at all),
 * CHARTA_ERR_CANTCREATE, CHARTA_ERR_IO (the partial file is removed),
 * CHARTA_ERR_NOMEM. */
charta_status charta_report_progress_csv_write(const charta_results *r, const charta_report_opts *o,
                                               const char *path, charta_diags *d);

#endif
