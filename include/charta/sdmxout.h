/* sdmxout.h: the report's indicators as an SDMX-ML 2.1 GenericData message in the SDG
 * data structure (IAEG-SDGs:SDG 1.14), for the UN's and the national SDG platforms.
 *
 * Owns (src/export/sdmxout.c): nothing beyond one call. Uses: results.h, dataset.h,
 * project.h (model); diag.h, util.h (base); libxml2's xmlTextWriter, which escapes
 * every text and attribute. The result set is borrowed and only read.
 *
 * What is written. One generic:Series per indicator with an SDMX series code
 * (`sdmx = { SERIES = ... }`, project.h) x area x part of its breakdown (the total
 * first), its SeriesKey in the order of the DSD's dimensions: FREQ A, REPORTING_TYPE N,
 * SERIES, REF_AREA (the project's area code: sub-national areas have no UN M49 code,
 * the header's Source says so), then SEX ... PRODUCT: the indicator's fixed code, its
 * mapped breakdown value, or _T. Its Attributes: UNIT_MEASURE when the indicator gives
 * one. One Obs per year of the window with a value: ObsDimension the year, ObsValue
 * the shortest text that reads back as the value (C locale), Attributes OBS_STATUS
 * (the cell's status letter), UNIT_MULT 0 and NATURE when the indicator gives one (all
 * attached to the observation by the DSD). Cells without a value (M) and confidential ones (C) are left out; a series
 * without an observation is left out. The header: ID, Test false, Prepared (the run
 * date at 00:00:00), Sender charta, Structure (SDG 1.14 of IAEG-SDGs, observations
 * along TIME_PERIOD), ReportingBegin and ReportingEnd (the window) and Source, in the
 * order of SDMXMessage.xsd. Same inputs, same bytes.
 */
#ifndef CHARTA_SDMXOUT_H
#define CHARTA_SDMXOUT_H

#include <stdbool.h>

#include "charta/diag.h"
#include "charta/results.h"

/* The shape of the message. */
typedef enum charta_sdmx_shape {
    CHARTA_SDMX_GENERIC = 0, /* SDMX-ML 2.1 GenericData */
    /* SDMX-ML 2.1 StructureSpecificData, as the Open SDG tools write it: unqualified
     * Series (the key and UNIT_MEASURE as attributes) and Obs (OBS_STATUS, UNIT_MULT,
     * NATURE when given, OBS_VALUE, TIME_PERIOD); the header names the DSD by URN and
     * the namespace of its structure-specific schema, which DataSet's xsi:type
     * refers to */
    CHARTA_SDMX_STRUCTURE_SPECIFIC,
    /* SDMX-CSV 2.0 (SDMX 3.0): STRUCTURE "datastructure", STRUCTURE_ID
     * IAEG-SDGs:SDG(1.14), ACTION I, the key's dimensions, TIME_PERIOD, OBS_VALUE,
     * UNIT_MEASURE, UNIT_MULT, OBS_STATUS, NATURE (blank when not given); one row
     * per observation */
    CHARTA_SDMX_CSV,
} charta_sdmx_shape;

/* Options; zero (or NULL) means the default. */
typedef struct charta_sdmx_opts {
    charta_sdmx_shape shape;
    int year_first, year_last; /* the window; 0 = the dataset's first or last year */
    const char *run_date;      /* "YYYY-MM-DD" (Prepared); NULL = today (UTC) */
    const char *id;            /* the message's ID (an IDType); NULL = "charta" */
    /* the format was asked for by name (--formats, report.formats): warn when no
     * indicator has an SDMX series code */
    bool named;
    /* where the format was named (the report declaration), for the warnings about the
     * whole file; NULL, 0 when named on the command line or not known */
    const char *decl_file;
    int decl_line;
    /* no warnings: the same series were written in another shape, which gave them */
    bool silent;
    /* A signal handler's flag (borrowed), NULL = none: once it is non-zero the writer
     * stops at its next indicator with CHARTA_ERR_LIMIT. */
    volatile const int *interrupted;
} charta_sdmx_opts;

/* Write the message to path (created or replaced). Warnings (at the indicator's
 * declaration): the parts of a breakdown dimension without an SDMX map, or whose
 * value has no code in it, are left out (one warning per indicator); a series key
 * that an earlier indicator already wrote is left out. o may be NULL.
 * Errors (a diagnostic each): CHARTA_ERR_USAGE (a bad window, run date or id),
 * CHARTA_ERR_CANTCREATE, CHARTA_ERR_IO (a failed write; the file is removed),
 * CHARTA_ERR_LIMIT (interrupted), CHARTA_ERR_NOMEM. */
charta_status charta_sdmx_write(const charta_results *r, const charta_sdmx_opts *o,
                                const char *path, charta_diags *d);

/* Set up libxml2 before a thread writes SDMX (xmlInitParser: once, from the thread
 * that starts the others). */
void charta_sdmx_writer_init(void);

#endif
