/* csvout.h: the CSV files of a report: data/indicators.csv (every value)
 * and data/progress.csv (the progress assessment with its working, one row
 * per indicator x area).
 *
 * Owns (src/render/csv/): nothing beyond one call; each file is written and
 * closed before the call returns, the result set is borrowed and only read.
 * Uses: report.h (options, the cell rules), progress.h, results.h (model),
 * diag.h, util.h (base). Never Lua, never the importers.
 */
#ifndef CHARTA_CSVOUT_H
#define CHARTA_CSVOUT_H

#include "charta/diag.h"
#include "charta/report.h"
#include "charta/results.h"

/* Write data/indicators.csv (DESIGN §5) to path: header
 * `indicator,area,area_name,year,value,status`, one row per indicator
 * (project order) x area (dataset display order) x year (window,
 * ascending). Values in full precision (shortest round-trip text, C locale),
 * empty for M and C. Text cells are RFC 4180 quoted where needed and
 * protected against CSV injection (a leading = + - @ TAB or CR gets a `'`);
 * numbers never are. UTF-8 without BOM, LF line ends; invalid UTF-8 in names
 * is replaced by U+FFFD (warning).
 * Errors: CHARTA_ERR_CANTCREATE (cannot open path), CHARTA_ERR_IO (a write,
 * flush, fsync or close failed; the partial file is removed),
 * CHARTA_ERR_USAGE (bad window), CHARTA_ERR_NOMEM. */
charta_status charta_report_csv_write(const charta_results *r, const charta_report_opts *o,
                                      const char *path, charta_diags *d);

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

/* Write the Open SDG files into dir (created; it must not exist): for each SDG
 * indicator code that the project's indicators give as their first `sdg` (goal.target.
 * indicator), data/indicator_<code>.csv (dots as dashes) and meta/<code>.md. The data:
 * header `Year`, [`Series` when several indicators share the code: their titles],
 * [the dimensions of their breakdowns], the area's name (column "Gebiet"/"Area"),
 * [`Units`], `GeoCode`, `OBS_STATUS`, `Value`; blank = total, the subject area's rows
 * blank in the area's name and GeoCode (the headline); one row per indicator (and
 * part) x area x year of the window that has a value (a confidential one with its
 * status and an empty Value); values as in data/indicators.csv. The metadata: YAML
 * front matter with indicator_number, indicator_name, target_name, reporting_status,
 * graph_type, computation_units and the sources. Indicators without such a code are
 * not written. *files gets the paths written, relative to dir (*n_files of them; the
 * caller frees each and the array, also after a failure).
 * Errors: as charta_report_csv_write. */
charta_status charta_report_opensdg_write(const charta_results *r, const charta_report_opts *o,
                                          const char *dir, char ***files, size_t *n_files,
                                          charta_diags *d);

#endif
