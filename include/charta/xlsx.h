/* xlsx.h: the report's workbook, written with libxlsxwriter.
 *
 * Owns (src/render/xlsx/): nothing beyond one call; the file is written and
 * closed before the call returns, the result set is borrowed and only read.
 * Uses: report.h (options, cell rules, sheet names), labels.h, progress.h,
 * results.h (model), hash.h, diag.h, util.h (base); libxlsxwriter (only
 * inside src/render/xlsx/). Never Lua, never the importers. libxlsxwriter
 * prints its own "[ERROR]" lines to stderr when it rejects a call or cannot
 * write the file; charta checks names and values first, so only file-system
 * failures reach that.
 */
#ifndef CHARTA_XLSX_H
#define CHARTA_XLSX_H

#include "charta/diag.h"
#include "charta/report.h"
#include "charta/results.h"

/* Write the workbook to path (DESIGN §5). Sheets, in this order, every
 * label in the report language (labels.h):
 *
 *   Cover        report title, subject area, reporting period, run date,
 *                data as of (the latest input date), charta version, the
 *                contents with links, the legend of status marks and
 *                assessment colours, the sources with their licences
 *   Overview     one row per indicator grouped by action field: code (a
 *                link to its table), title, SDG, unit, latest year and
 *                value, previous year, value and change, the benchmarks'
 *                values in the latest year, target and target year, and
 *                (when the progress stage ran) the assessment and its level,
 *                coloured by conditional formatting on the level
 *   Coverage     the indicators per action field and SDG (coverage.h): a row
 *                per declared field (code, title), a column per goal 1-17
 *                (empty where none), the total row (every indicator once per
 *                goal), how many goals have an indicator and which have none
 *   <field>      one per action field with indicators: per indicator its
 *                title, a fact box (unit, latest and previous value,
 *                change, targets, assessment, direction, benchmarks) beside
 *                a native Excel chart (line: subject area, focus areas,
 *                benchmarks dashed, targets as lines; or bars of the areas
 *                for chart kind "areas"; none for "none"), then the table
 *                (areas x years; benchmark rows first, shaded; the subject
 *                area bold; hierarchy by indentation; status marks; a
 *                legend), a defined name `ind_<id>` over the table, a page
 *                break before every indicator
 *   Metadata     per indicator: title, definition, field, unit, decimals
 *                shown, direction, targets, SDG, framework tags, comment,
 *                origin (the library that ships it or that it extends) with
 *                file:line of the declaration, the compute source, the
 *                variables it reads, the assessment method; below, the
 *                shipped indicators left out for want of data (id, library,
 *                what the data lack, and the vocabulary's words for it)
 *   Inputs       per input file: source, path, SHA-256, rows read, areas
 *                and years with values, data as of, licence; per variable:
 *                unit, source, aggregation, coverage, the indicators using it
 *   Input values every input variable as a table like the indicators'
 *                (defined names `var_<name>`); see opts->input_values
 *   Chart data   hidden: the year axis and target lines of the charts
 *
 * Document properties: title, subject, author (the city), keywords,
 * category, comments, created (the run date at 00:00 UTC, so equal inputs
 * give equal bytes); custom properties "charta version", "run date", "data
 * as of", "reporting period". Result sets of more than
 * CHARTA_XLSX_STREAM_CELLS cells are written in constant-memory mode: no
 * Excel tables (one autofilter per sheet instead), everything else equal.
 * Errors: CHARTA_ERR_CANTCREATE (path or a temp file cannot be created),
 * CHARTA_ERR_IO (writing the zip failed, the partial file is removed; or
 * an input file cannot be read again for its SHA-256),
 * CHARTA_ERR_DATA (a sheet would exceed Excel's 1,048,576 rows),
 * CHARTA_ERR_USAGE (bad window or run date), CHARTA_ERR_NOMEM,
 * CHARTA_ERR_INTERNAL (libxlsxwriter refused a call), or the status of the
 * chart image hook. */
charta_status charta_report_xlsx_write(const charta_results *r, const charta_report_opts *o,
                                       const char *path, charta_diags *d);

#endif
