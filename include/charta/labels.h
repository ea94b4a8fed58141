/* labels.h: every fixed text of the reports, in German and English.
 *
 * Owns (src/render/labels.c): one constant table (key, English, German); nothing
 * allocated, nothing to free. Uses: project.h (the subject's kind).
 * Renderers never spell a heading, column head, legend or status explanation
 * themselves: they ask for CHARTA_LBL_<key> in the report language. A
 * language other than German falls back to English, so a city reporting in
 * French gets English labels until a column is added to the table. Adding a
 * language means one more column in src/render/labels.c; adding a label means one
 * enum value and one row (a _Static_assert keeps them in step).
 */
#ifndef CHARTA_LABELS_H
#define CHARTA_LABELS_H

#include "charta/project.h"

typedef enum charta_label {
    /* sheets and titles */
    CHARTA_LBL_SHEET_OVERVIEW = 0,
    CHARTA_LBL_REPORT_TITLE,  /* used when the project's report has no title */
    CHARTA_LBL_OTHER_FIELD,   /* sheet of indicators without an action field */
    CHARTA_LBL_REPORT_PERIOD, /* "Reporting period" */
    /* column heads */
    CHARTA_LBL_COL_FIELD,
    CHARTA_LBL_COL_CODE, /* indicator code */
    CHARTA_LBL_COL_INDICATOR,
    CHARTA_LBL_COL_SDG,
    CHARTA_LBL_COL_UNIT,
    CHARTA_LBL_COL_LATEST_YEAR,
    CHARTA_LBL_COL_LATEST_VALUE,
    CHARTA_LBL_COL_AREA_CODE,
    CHARTA_LBL_COL_AREA_NAME,
    /* lines under an indicator title */
    CHARTA_LBL_UNIT,
    CHARTA_LBL_SDG,
    /* legend: what a mark or an empty cell means */
    CHARTA_LBL_LEGEND,             /* "Notes", leading the legend line */
    CHARTA_LBL_MARK_ESTIMATED,     /* e */
    CHARTA_LBL_MARK_PROVISIONAL,   /* p */
    CHARTA_LBL_MARK_BREAK,         /* b */
    CHARTA_LBL_MARK_LOWREL,        /* u */
    CHARTA_LBL_EMPTY_MISSING,      /* an empty cell */
    CHARTA_LBL_EMPTY_CONFIDENTIAL, /* a shaded empty cell */
    /* charts (chart_*.c); "%s" marks where a formatted number goes */
    CHARTA_LBL_CHART_NO_DATA,
    CHARTA_LBL_CHART_TOO_LARGE, /* values whose axis no double can span (near 1.8e308) */
    CHARTA_LBL_CHART_TARGET,      /* "Target" in "Target 2030: 95" */
    CHARTA_LBL_CHART_TARGET_PATH, /* legend: the dotted path to the target */
    CHARTA_LBL_CHART_VALUE,       /* legend: a filled point */
    CHARTA_LBL_CHART_HOLLOW,      /* legend: a hollow point */
    CHARTA_LBL_CHART_GAP,         /* legend: a gap in a line */
    CHARTA_LBL_CHART_BENCHMARK,   /* legend: a dashed line */
    CHARTA_LBL_CHART_AXIS_NOT_ZERO, /* note: the value axis does not start at zero */
    CHARTA_LBL_CHART_HIGHER_BETTER,
    CHARTA_LBL_CHART_LOWER_BETTER,
    CHARTA_LBL_CHART_NO_VALUE_AREAS, /* "%s areas without a value" */
    CHARTA_LBL_CHART_TOP_BOTTOM,     /* "the %s highest and %s lowest of %s areas" */
    CHARTA_LBL_CHART_MORE_SERIES,    /* "%s further areas not shown" */
    CHARTA_LBL_CHART_ALT_LINE,       /* alternative texts */
    CHARTA_LBL_CHART_ALT_BARS,
    CHARTA_LBL_CHART_ALT_TILES,
    CHARTA_LBL_CHART_ALT_MULTIPLES,
    CHARTA_LBL_CHART_TO,             /* "from 6.45 (2012) to 4.78 (2024)" */
    CHARTA_LBL_CHART_HIGHEST,
    CHARTA_LBL_CHART_LOWEST,
    CHARTA_LBL_OVERVIEW_BY_FIELD,
    CHARTA_LBL_OVERVIEW_BY_SDG,
    /* progress levels (progress.h), 3 down to -2, then "not assessed" */
    CHARTA_LBL_LEVEL_3,
    CHARTA_LBL_LEVEL_2,
    CHARTA_LBL_LEVEL_1,
    CHARTA_LBL_LEVEL_0,
    CHARTA_LBL_LEVEL_M1,
    CHARTA_LBL_LEVEL_M2,
    CHARTA_LBL_LEVEL_NONE,
    /* the 17 SDGs' short names, CHARTA_LBL_SDG_1 + (goal - 1) */
    CHARTA_LBL_SDG_1,
    CHARTA_LBL_SDG_17 = CHARTA_LBL_SDG_1 + 16,
    /* the PDF report (report_pdf*.c) */
    CHARTA_LBL_PDF_CONTENTS,
    CHARTA_LBL_PDF_ANNEX,
    CHARTA_LBL_PDF_METHODS,
    CHARTA_LBL_PDF_SOURCES,
    CHARTA_LBL_PDF_LICENCES,
    CHARTA_LBL_PDF_PAGE_OF,       /* "Page %s of %s" */
    CHARTA_LBL_PDF_CREATED,       /* "Created on" */
    CHARTA_LBL_PDF_DATA_AS_OF,
    CHARTA_LBL_PDF_CONTINUED,
    CHARTA_LBL_PDF_AREA_COMPARISON,
    CHARTA_LBL_PDF_LAST_YEARS,
    CHARTA_LBL_PDF_NO_RECENT_VALUES, /* "No values for %s." (the years) */
    CHARTA_LBL_PDF_CALCULATION,
    CHARTA_LBL_PDF_INPUTS,
    CHARTA_LBL_PDF_SOURCE,
    CHARTA_LBL_PDF_ASSESSMENT,
    CHARTA_LBL_PDF_METHOD,
    CHARTA_LBL_PDF_BASE,
    CHARTA_LBL_PDF_LATEST,
    CHARTA_LBL_PDF_CAGR,
    CHARTA_LBL_PDF_CAGR_REQUIRED,
    CHARTA_LBL_PDF_RATIO,
    CHARTA_LBL_PDF_DIRECTION,
    CHARTA_LBL_PDF_STATUS,
    CHARTA_LBL_PDF_FILE,
    CHARTA_LBL_PDF_ROWS,
    CHARTA_LBL_PDF_INDICATOR_OF,  /* "indicator" as read by compute: "indicator %s" */
    CHARTA_LBL_PDF_OVERVIEW_INTRO,
    CHARTA_LBL_PDF_READING,       /* heading: how to read the charts */
    CHARTA_LBL_PDF_READING_TEXT,  /* "%s" twice = the subject (accusative, nominative) */
    CHARTA_LBL_PDF_PROGRESS_TEXT,
    CHARTA_LBL_PDF_LICENCE_TEXT,  /* "%s" = charta's version */
    CHARTA_LBL_PDF_NOT_ASSESSED_TEXT,
    CHARTA_LBL_PDF_MISSING,       /* a table cell without a value */
    CHARTA_LBL_PDF_CONFIDENTIAL,  /* a confidential table cell */
    CHARTA_LBL_PDF_SUMMARY,       /* heading of the overview table */
    CHARTA_LBL_PDF_MISSING_TEXT,
    CHARTA_LBL_PDF_CONFIDENTIAL_TEXT,
    /* the workbook (report_xlsx*.c) */
    CHARTA_LBL_SHEET_COVER,
    CHARTA_LBL_SHEET_METADATA,
    CHARTA_LBL_SHEET_INPUTS,
    CHARTA_LBL_SHEET_INPUT_VALUES,
    CHARTA_LBL_SHEET_BREAKDOWNS,
    CHARTA_LBL_SHEET_CHART_DATA,
    CHARTA_LBL_XL_AREA,
    CHARTA_LBL_XL_CREATED,
    CHARTA_LBL_XL_DATA_AS_OF,
    CHARTA_LBL_XL_NOT_STATED,
    CHARTA_LBL_XL_CREATED_WITH,
    CHARTA_LBL_XL_N_INDICATORS,
    CHARTA_LBL_XL_N_FIELDS,
    CHARTA_LBL_XL_CONTENTS,
    CHARTA_LBL_XL_MARKS,
    CHARTA_LBL_XL_BOLD_ROW,
    CHARTA_LBL_XL_BENCH_ROW,
    CHARTA_LBL_XL_ASSESSMENT_LEGEND,
    CHARTA_LBL_XL_METHOD,
    CHARTA_LBL_XL_SOURCES,
    CHARTA_LBL_XL_SOURCE,
    CHARTA_LBL_XL_FILE,
    CHARTA_LBL_XL_LICENCE,
    CHARTA_LBL_XL_PRECISION,
    CHARTA_LBL_XL_DESC_OVERVIEW,
    CHARTA_LBL_XL_DESC_FIELD,
    CHARTA_LBL_XL_DESC_METADATA,
    CHARTA_LBL_XL_DESC_INPUTS,
    CHARTA_LBL_XL_DESC_INPUT_VALUES,
    CHARTA_LBL_XL_DESC_BREAKDOWNS,
    CHARTA_LBL_XL_BREAKDOWN_OF,
    CHARTA_LBL_XL_COL_PREV_YEAR,
    CHARTA_LBL_XL_COL_PREV_VALUE,
    CHARTA_LBL_XL_COL_CHANGE,
    CHARTA_LBL_XL_COL_TARGET,
    CHARTA_LBL_XL_COL_TARGET_YEAR,
    CHARTA_LBL_XL_COL_ASSESSMENT,
    CHARTA_LBL_XL_COL_LEVEL,
    CHARTA_LBL_XL_LEVEL_LEGEND, /* leads "3 = ... · -2 = ..." under the overview */
    CHARTA_LBL_XL_ALL_AREAS,    /* heading of the tables of every area (not printed) */
    CHARTA_LBL_XL_ALL_AREAS_NOTE,
    CHARTA_LBL_XL_OVERVIEW_HINT,
    CHARTA_LBL_XL_FACT_VALUE,
    CHARTA_LBL_XL_FACT_DIRECTION,
    CHARTA_LBL_XL_DIR_NONE,
    CHARTA_LBL_XL_FACT_BACK,
    CHARTA_LBL_XL_NO_VALUE,
    CHARTA_LBL_XL_COL_DECIMALS,
    CHARTA_LBL_XL_COL_TARGETS,
    CHARTA_LBL_XL_COL_TAGS,
    CHARTA_LBL_XL_COL_COMMENT,
    CHARTA_LBL_XL_COL_COMPUTE,
    CHARTA_LBL_XL_COL_READS,
    CHARTA_LBL_XL_COL_METHOD,
    CHARTA_LBL_XL_AGAINST,
    CHARTA_LBL_XL_META_NOTE,
    CHARTA_LBL_XL_INPUT_FILES,
    CHARTA_LBL_XL_VARIABLES,
    CHARTA_LBL_XL_COL_SHA256,
    CHARTA_LBL_XL_COL_ROWS,
    CHARTA_LBL_XL_COL_AREAS,
    CHARTA_LBL_XL_COL_FIRST_YEAR,
    CHARTA_LBL_XL_COL_LAST_YEAR,
    CHARTA_LBL_XL_COL_VARIABLE,
    CHARTA_LBL_XL_COL_AGGREGATE,
    CHARTA_LBL_XL_COL_VALUES,
    CHARTA_LBL_XL_COL_USED_BY,
    CHARTA_LBL_XL_AGG_SUM,
    CHARTA_LBL_XL_AGG_MEAN,
    CHARTA_LBL_XL_AGG_WEIGHTED,
    CHARTA_LBL_XL_AGG_MIN,
    CHARTA_LBL_XL_AGG_MAX,
    CHARTA_LBL_XL_AGG_NONE,
    CHARTA_LBL_XL_INPUTS_NOTE,
    CHARTA_LBL_XL_VALUES_HERE,
    CHARTA_LBL_XL_VALUES_OMITTED,
    CHARTA_LBL_XL_YEAR,
    CHARTA_LBL_XL_DOC_SUBJECT,
    CHARTA_LBL_XL_DOC_KEYWORDS,
    CHARTA_LBL_XL_DATE_FORMAT,
    /* provenance: sources, notes on the data, reforms, breaks (report.h) */
    CHARTA_LBL_SRC_PUBLISHER,      /* "Publisher" */
    CHARTA_LBL_SRC_TABLE,          /* "Table" */
    CHARTA_LBL_SRC_TITLE,          /* "Title" */
    CHARTA_LBL_SRC_ATTRIBUTION,    /* "Attribution" */
    CHARTA_LBL_SRC_FOOTNOTES,      /* "Footnotes of the source" */
    CHARTA_LBL_SRC_DATA_NOTES,     /* "Notes on the data" */
    CHARTA_LBL_NOTE_NOT_REPORTED,  /* "did not report" ... */
    CHARTA_LBL_NOTE_REPORTED_WITH, /* "%s" = the other area, named */
    CHARTA_LBL_NOTE_MORE,          /* "%zu" more, "%s" = the workbook's sheet */
    CHARTA_LBL_SRC_CHANGES,        /* heading: area code changes */
    CHARTA_LBL_SRC_CHANGE,         /* "%s" old, "%s" new, "%d" first year under the new code */
    CHARTA_LBL_SRC_CHANGE_DIFFER,  /* "%zu" cells, "%d" year, "%d" year */
    CHARTA_LBL_SRC_BREAK,          /* "%d" year, "%s" reason */
    CHARTA_LBL_SRC_ROWS_AS_OF,     /* "%s" rows, "%s" date */
    CHARTA_LBL_XL_COL_YEARS,
    CHARTA_LBL_XL_COL_NOTE,
    CHARTA_LBL_XL_COL_OLD_CODE,
    CHARTA_LBL_XL_COL_NEW_CODE,
    CHARTA_LBL_XL_COL_FROM_YEAR,
    CHARTA_LBL_XL_COL_REASON,
    CHARTA_LBL_XL_COL_VARIABLES,
    CHARTA_LBL_XL_BREAKS,          /* heading: breaks in series */
    CHARTA_LBL_XL_COL_TAKEN,
    CHARTA_LBL_XL_COL_DIFFER,
    CHARTA_LBL_XL_COL_ITEM,
    CHARTA_LBL_XL_COL_TEXT,
    CHARTA_LBL_XL_PROVENANCE,      /* heading: the sources' provenance */
    /* the coverage sheet: indicators per action field and SDG (coverage.h) */
    CHARTA_LBL_SHEET_COVERAGE,
    CHARTA_LBL_XL_DESC_COVERAGE,
    CHARTA_LBL_XL_COVERAGE_NOTE,
    CHARTA_LBL_XL_COVERAGE_TOTAL,   /* the total row */
    CHARTA_LBL_XL_SDGS_COVERED,     /* "%d" goals with an indicator */
    CHARTA_LBL_XL_SDGS_WITHOUT,     /* leads the list of the goals without one */
    CHARTA_LBL_XL_NONE,             /* that list when it is empty */
    /* the metadata sheet: definition, origin, the shipped indicators left out */
    CHARTA_LBL_XL_COL_DEFINITION,
    CHARTA_LBL_XL_COL_ORIGIN,
    CHARTA_LBL_XL_ORIGIN_SHIPPED,   /* "%s" = the library */
    CHARTA_LBL_XL_ORIGIN_EXTENDS,   /* "%s" = the shipped indicator, library/id */
    CHARTA_LBL_XL_UNAVAILABLE,      /* heading */
    CHARTA_LBL_XL_UNAVAILABLE_NOTE,
    CHARTA_LBL_XL_COL_LIBRARY,
    CHARTA_LBL_XL_COL_LACKS,
    CHARTA_LBL_XL_COL_GENESIS,      /* "GENESIS table", before a table code */
    CHARTA_LBL_XL_COL_WHERE,        /* the vocabulary's words for what the data lack */
    CHARTA_LABEL_COUNT
} charta_label;

/* The label in lang ("de", "de-DE", "de_AT" give German; anything else,
 * NULL included, English). Never NULL; a static string, "" for a key out of
 * range. */
const char *charta_label_get(charta_label key, const char *lang);

/* The grammatical case a sentence needs its subject in (German declines the article). */
typedef enum charta_grammar_case {
    CHARTA_CASE_NOMINATIVE = 0,
    CHARTA_CASE_ACCUSATIVE,
    CHARTA_CASE_DATIVE,
} charta_grammar_case;

/* The report's subject as a sentence names it, by its kind: "the district",
 * "den Kreis" (German for lang "de..."). Never NULL; a static string; an
 * unknown kind or case gives the city's nominative. */
const char *charta_label_subject(charta_subject_kind kind, charta_grammar_case gc,
                                 const char *lang);

/* The stable key name of a label ("sheet.overview"), for tests and for
 * messages; a static string, NULL for an out-of-range key. */
const char *charta_label_key(charta_label key);

#endif
