/* sdmxout.c: the SDMX messages of a report (sdmxout.h): SDMX-ML 2.1 GenericData and
 * StructureSpecificData, written with libxml2's xmlTextWriter (never by printf: it
 * escapes every text and attribute), and SDMX-CSV 2.0, all through a FILE whose every
 * write, flush and close is checked. The three walk the same series in the same
 * order; only the shape of a series and an observation differs.
 */
#include "charta/sdmxout.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <libxml/xmlwriter.h>

#include "charta/hashtab.h"
#include "charta/i18n.h"
#include "charta/textenc.h"
#include "charta/util.h"

#define NS_MESSAGE "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message"
#define NS_COMMON "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common"
#define NS_GENERIC "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic"
#define NS_XSI "http://www.w3.org/2001/XMLSchema-instance"

/* The data structure the message follows. */
#define DSD_AGENCY "IAEG-SDGs"
#define DSD_ID "SDG"
#define DSD_VERSION "1.14"
#define DSD_URN                                                                            \
    "urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=" DSD_AGENCY ":" DSD_ID        \
    "(" DSD_VERSION ")"
/* the namespace of the structure-specific schema derived from the DSD, observations
 * along TIME_PERIOD (SDMX 2.1 section 3, "Structure Specific Schemas") */
#define DSD_SS_NAMESPACE DSD_URN ":ObsLevelDim:TIME_PERIOD"

/* The dimensions of the key, in the DSD's order (project.h), by their index there. */
enum { DIM_FREQ, DIM_REPORTING_TYPE, DIM_SERIES, DIM_REF_AREA, DIM_FIRST_OTHER };

/* --- the file under the writer --------------------------------------------- */

typedef struct sink {
    FILE *f;
    bool failed; /* a write failed (disk full, I/O error) */
} sink;

static int
sink_write(void *ctx, const char *buf, int len)
{
    sink *s = ctx;
    if (len < 0 || fwrite(buf, 1, (size_t)len, s->f) != (size_t)len) {
        s->failed = true;
        return -1;
    }
    return len;
}

static int
sink_close(void *ctx)
{
    (void)ctx; /* the FILE is closed, and checked, by the caller */
    return 0;
}

/* The writer and whether every call so far succeeded: once one fails the rest are
 * skipped and the message is not written. */
typedef struct xw {
    charta_sdmx_shape shape;
    xmlTextWriterPtr w; /* the XML shapes */
    sink *s;            /* SDMX-CSV: rows go to row, then to the file */
    charta_buf row;
    bool silent; /* no warnings: another shape of the message gave them */
    bool ok;
    charta_buf scratch; /* charta_text_clean's copies */
} xw;

/* SDMX-CSV: one field of the row (cleaned like an XML attribute, quoted as RFC 4180
 * says), after a comma unless it is the first. */
static void
csv_field(xw *x, const char *v, bool first)
{
    const char *t = charta_text_clean(v, CHARTA_TEXT_UTF8, &x->scratch, NULL);
    if (!t) {
        x->row.oom = true;
        return;
    }
    if (!first)
        charta_buf_puts(&x->row, ",");
    charta_buf_csv_field(&x->row, t, false);
}

/* SDMX-CSV: end the row and hand it to the file. */
static void
csv_end_row(xw *x)
{
    charta_buf_puts(&x->row, "\n");
    if (x->row.oom) {
        x->ok = false;
        return;
    }
    x->ok = x->ok && sink_write(x->s, x->row.data, (int)x->row.len) >= 0;
    x->row.len = 0;
}

static void
start(xw *x, const char *name)
{
    x->ok = x->ok && xmlTextWriterStartElement(x->w, BAD_CAST name) >= 0;
}

static void
end(xw *x)
{
    x->ok = x->ok && xmlTextWriterEndElement(x->w) >= 0;
}

/* An attribute; its value cleaned of what XML cannot hold (U+FFFD instead). */
static void
attr(xw *x, const char *name, const char *value)
{
    const char *v = charta_text_clean(value, CHARTA_TEXT_XML, &x->scratch, NULL);
    x->ok = x->ok && v && xmlTextWriterWriteAttribute(x->w, BAD_CAST name, BAD_CAST v) >= 0;
}

static void
text_element(xw *x, const char *name, const char *text)
{
    const char *v = charta_text_clean(text, CHARTA_TEXT_XML, &x->scratch, NULL);
    x->ok = x->ok && v && xmlTextWriterWriteElement(x->w, BAD_CAST name, BAD_CAST v) >= 0;
}

/* <generic:Value id="..." value="..."/> */
static void
value(xw *x, const char *id, const char *v)
{
    start(x, "generic:Value");
    attr(x, "id", id);
    attr(x, "value", v);
    end(x);
}

/* --- the header ------------------------------------------------------------ */

static void
write_header(xw *x, const charta_results *r, const char *id, const char *prepared, int first,
             int last)
{
    const charta_project *p = charta_results_project(r);
    const char *city = p->city.name && p->city.name[0] ? p->city.name : p->city.id;
    char year[16];
    start(x, "message:Header");
    text_element(x, "message:ID", id);
    text_element(x, "message:Test", "false");
    text_element(x, "message:Prepared", prepared);
    start(x, "message:Sender");
    attr(x, "id", "charta");
    end(x);
    start(x, "message:Structure");
    attr(x, "structureID", DSD_ID);
    if (x->shape == CHARTA_SDMX_STRUCTURE_SPECIFIC)
        attr(x, "namespace", DSD_SS_NAMESPACE);
    attr(x, "dimensionAtObservation", "TIME_PERIOD");
    start(x, "common:Structure");
    if (x->shape == CHARTA_SDMX_STRUCTURE_SPECIFIC) {
        text_element(x, "URN", DSD_URN);
    } else {
        start(x, "Ref");
        attr(x, "agencyID", DSD_AGENCY);
        attr(x, "id", DSD_ID);
        attr(x, "version", DSD_VERSION);
        end(x);
    }
    end(x);
    end(x);
    if (first <= last) {
        snprintf(year, sizeof year, "%04d", first);
        text_element(x, "message:ReportingBegin", year);
        snprintf(year, sizeof year, "%04d", last);
        text_element(x, "message:ReportingEnd", year);
    }
    /* The areas of a city have no UN M49 code (CL_AREA knows countries and regions of
     * the world): REF_AREA holds the project's own codes, and the message says so. */
    charta_buf src = {0};
    charta_buf_printf(&src,
                      "Written by charta %s from the report of %s. REF_AREA: the area codes "
                      "of %s (official codes of the statistics office), not UN M49. "
                      "TIME_PERIOD: the calendar year.",
                      CHARTA_VERSION, city ? city : "", city ? city : "");
    start(x, "message:Source");
    attr(x, "xml:lang", "en");
    const char *v =
        src.oom ? NULL : charta_text_clean(src.data, CHARTA_TEXT_XML, &x->scratch, NULL);
    x->ok = x->ok && v && xmlTextWriterWriteString(x->w, BAD_CAST v) >= 0;
    end(x);
    charta_buf_free(&src);
    end(x);
}

/* --- the series ------------------------------------------------------------ */

/* The series keys written so far (the codes joined by the control character U+001F,
 * not by SDMX's dot, which an area code may hold), so that a key two indicators share
 * is written once. */
typedef struct keyset {
    char **keys;
    size_t n, cap;
    charta_hashtab index;
} keyset;

static const char *
keyset_key(const void *ctx, size_t i)
{
    return ((const keyset *)ctx)->keys[i];
}

/* Add key (copied): 1 added, 0 already there, -1 out of memory. */
static int
keyset_add(keyset *k, const char *key)
{
    size_t at;
    if (k->n && charta_hashtab_find(&k->index, key, &at))
        return 0;
    if (k->n == k->cap) {
        size_t cap = k->cap ? 2 * k->cap : 64;
        char **nk = realloc(k->keys, cap * sizeof *nk);
        if (!nk)
            return -1;
        k->keys = nk;
        k->cap = cap;
    }
    if (!(k->keys[k->n] = charta_strdup(key)))
        return -1;
    k->n++;
    if (!charta_hashtab_add(&k->index, k->n - 1, k->n)) {
        free(k->keys[--k->n]);
        return -1;
    }
    return 1;
}

static void
keyset_free(keyset *k)
{
    for (size_t i = 0; i < k->n; i++)
        free(k->keys[i]);
    free(k->keys);
    charta_hashtab_free(&k->index);
}

/* The cell (area, year) of a result's matrices: its status, with the value in *v; M
 * for a year outside the dataset, and M with *bad set for a status letter charta does
 * not know or a value that is not finite (the results' invariant broken). */
static char
cell(const charta_dataset *ds, const double *values, const char *status, size_t area, int year,
     double *v, bool *bad)
{
    int yf = charta_dataset_year_first(ds);
    size_t yc = charta_dataset_year_count(ds);
    if (year < yf || (size_t)(year - yf) >= yc)
        return CHARTA_ST_MISSING;
    size_t i = area * yc + (size_t)(year - yf);
    char st = status[i];
    if (!charta_status_valid(st)) {
        *bad = true;
        return CHARTA_ST_MISSING;
    }
    /* M has no value. C (confidential) has none either, and SDMX's OBS_STATUS
     * codelist has no code for it (confidentiality is another attribute, which the
     * SDG structure lacks): neither is written, as an observation without a value
     * would be read as a missing one. */
    if (charta_status_is_missing(st))
        return st;
    if (!isfinite(values[i])) {
        *bad = true;
        return CHARTA_ST_MISSING;
    }
    *v = values[i];
    return st;
}

/* One series: the key codes[0..CHARTA_SDMX_DIMS) over the window, unless it has no
 * observation. */
static void
write_series(xw *x, const charta_dataset *ds, const char *const *codes, const char *unit,
             const char *nature, const double *values, const char *status, size_t area, int first, int last, bool *bad)
{
    double v;
    bool any = false;
    for (int y = first; y <= last && !any; y++)
        any = !charta_status_is_missing(cell(ds, values, status, area, y, &v, bad));
    if (!any)
        return;
    switch (x->shape) {
    case CHARTA_SDMX_GENERIC:
        start(x, "generic:Series");
        start(x, "generic:SeriesKey");
        for (size_t i = 0; i < CHARTA_SDMX_DIMS; i++)
            value(x, charta_sdmx_dimension(i), codes[i]);
        end(x);
        if (unit) {
            start(x, "generic:Attributes");
            value(x, "UNIT_MEASURE", unit);
            end(x);
        }
        break;
    case CHARTA_SDMX_STRUCTURE_SPECIFIC:
        start(x, "Series");
        for (size_t i = 0; i < CHARTA_SDMX_DIMS; i++)
            attr(x, charta_sdmx_dimension(i), codes[i]);
        if (unit)
            attr(x, "UNIT_MEASURE", unit);
        break;
    case CHARTA_SDMX_CSV:
        break;
    }
    for (int y = first; y <= last && x->ok; y++) {
        char st = cell(ds, values, status, area, y, &v, bad);
        if (charta_status_is_missing(st))
            continue;
        char num[32], year[16], code[2] = {st, '\0'};
        snprintf(year, sizeof year, "%04d", y);
        charta_format_double(v, num);
        switch (x->shape) {
        case CHARTA_SDMX_GENERIC:
            start(x, "generic:Obs");
            start(x, "generic:ObsDimension");
            attr(x, "value", year);
            end(x);
            start(x, "generic:ObsValue");
            attr(x, "value", num);
            end(x);
            start(x, "generic:Attributes");
            value(x, "OBS_STATUS", code);
            value(x, "UNIT_MULT", "0"); /* charta's values are in the indicator's unit */
            if (nature)
                value(x, "NATURE", nature);
            end(x);
            end(x);
            break;
        case CHARTA_SDMX_STRUCTURE_SPECIFIC:
            start(x, "Obs");
            attr(x, "OBS_STATUS", code);
            attr(x, "UNIT_MULT", "0");
            if (nature)
                attr(x, "NATURE", nature);
            attr(x, "OBS_VALUE", num);
            attr(x, "TIME_PERIOD", year);
            end(x);
            break;
        case CHARTA_SDMX_CSV:
            csv_field(x, "datastructure", true);
            csv_field(x, DSD_AGENCY ":" DSD_ID "(" DSD_VERSION ")", false);
            csv_field(x, "I", false);
            for (size_t i = 0; i < CHARTA_SDMX_DIMS; i++)
                csv_field(x, codes[i], false);
            csv_field(x, year, false);
            csv_field(x, num, false);
            csv_field(x, unit ? unit : "", false);
            csv_field(x, "0", false);
            csv_field(x, code, false);
            csv_field(x, nature ? nature : "", false);
            csv_end_row(x);
            break;
        }
    }
    if (x->shape != CHARTA_SDMX_CSV)
        end(x);
}

/* What one indicator left out, for its warnings. */
typedef struct left_out {
    unsigned unmapped;       /* bit k: parts by breakdown dimension k (no map) */
    size_t uncoded;          /* parts with a value the map has no code for */
    const char *uncoded_dim; /* the first such: its SDMX dimension and value */
    const char *uncoded_value;
    size_t duplicates; /* series whose key an earlier indicator wrote */
    bool bad;          /* a broken cell (not finite, unknown status) */
} left_out;

/* The key codes of part pt (NULL: the total) into codes from base; false when the
 * part cannot be written (noted in lo). */
static bool
part_codes(const charta_indicator *ind, const charta_result_part *pt, const char *const *base,
           const char **codes, left_out *lo)
{
    memcpy(codes, base, CHARTA_SDMX_DIMS * sizeof *codes);
    for (size_t k = 0; pt && k < ind->n_breakdown; k++) {
        const char *val = pt->dim_vals[k];
        if (!val || !val[0])
            continue; /* this dimension's total */
        const charta_sdmx_map *map = NULL;
        for (size_t m = 0; m < ind->n_sdmx_maps && !map; m++)
            if (ind->sdmx_maps[m].breakdown == k)
                map = &ind->sdmx_maps[m];
        if (!map) {
            lo->unmapped |= 1u << (k & 31);
            return false;
        }
        const char *code = charta_sdmx_map_code(map, val);
        if (!code) {
            if (!lo->uncoded++) {
                lo->uncoded_dim = map->dim;
                lo->uncoded_value = val;
            }
            return false;
        }
        for (size_t i = DIM_FIRST_OTHER; i < CHARTA_SDMX_DIMS; i++)
            if (strcmp(charta_sdmx_dimension(i), map->dim) == 0)
                codes[i] = code;
    }
    return true;
}

static void
warn_left_out(const charta_indicator *ind, const left_out *lo, charta_diags *d)
{
    const char *file = ind->loc.file;
    int line = ind->loc.line;
    if (lo->unmapped) {
        charta_buf dims = {0};
        size_t n = 0, first = 0;
        for (size_t k = ind->n_breakdown; k-- > 0;)
            if (lo->unmapped & (1u << (k & 31)))
                first = k;
        for (size_t k = 0; k < ind->n_breakdown; k++)
            if (lo->unmapped & (1u << (k & 31)))
                charta_buf_printf(&dims, "%s'%s'", n++ ? ", " : "", ind->breakdown[k]);
        /* the hint names the SDMX dimension when the breakdown's has its name */
        const char *sdmx_dim = NULL;
        for (size_t i = DIM_FIRST_OTHER; i < CHARTA_SDMX_DIMS && !sdmx_dim; i++)
            if (strcasecmp(charta_sdmx_dimension(i), ind->breakdown[first]) == 0)
                sdmx_dim = charta_sdmx_dimension(i);
        if (sdmx_dim)
            charta_diag_warning(d, file, line, 0,
                                "indicator '%s': its parts by %s are not in the SDMX file: map "
                                "the values to SDMX codes in sdmx, like %s = { [\"...\"] = "
                                "\"...\" }",
                                ind->id, dims.data ? dims.data : "?", sdmx_dim);
        else
            charta_diag_warning(d, file, line, 0,
                                "indicator '%s': its parts by %s are not in the SDMX file: map "
                                "the values to an SDMX dimension's codes in sdmx, like AGE = { "
                                "dimension = \"%s\", codes = { [\"...\"] = \"...\" } }",
                                ind->id, dims.data ? dims.data : "?", ind->breakdown[first]);
        charta_buf_free(&dims);
    }
    if (lo->uncoded)
        charta_diag_warning(d, file, line, 0,
                            charta_trn("indicator '%s': %zu part is not in the SDMX file: sdmx "
                                       "%s has no code for '%s'",
                                       "indicator '%s': %zu parts are not in the SDMX file: sdmx "
                                       "%s has no code for '%s' (and maybe other values)",
                                       lo->uncoded),
                            ind->id, lo->uncoded, lo->uncoded_dim, lo->uncoded_value);
    if (lo->duplicates)
        charta_diag_warning(d, file, line, 0,
                            "indicator '%s': %zu series not in the SDMX file: an indicator "
                            "before it has the same series key (SERIES and the other codes "
                            "of sdmx)",
                            ind->id, lo->duplicates);
    if (lo->bad)
        charta_diag_warning(d, file, line, 0,
                            "indicator '%s': values that are no finite number are left out of "
                            "the SDMX file, as missing ones are; nothing to do",
                            ind->id);
}

/* Every series of one indicator (its SERIES given). */
static charta_status
write_indicator(xw *x, const charta_results *r, const charta_result *res, int first, int last,
                keyset *keys, charta_diags *d)
{
    const charta_dataset *ds = charta_results_dataset(r);
    const charta_indicator *ind = res->indicator;
    const char *base[CHARTA_SDMX_DIMS], *codes[CHARTA_SDMX_DIMS];
    for (size_t i = 0; i < CHARTA_SDMX_DIMS; i++) {
        const char *fixed = charta_indicator_sdmx(ind, charta_sdmx_dimension(i));
        base[i] = fixed ? fixed : "_T";
    }
    base[DIM_FREQ] = "A";
    base[DIM_REPORTING_TYPE] = "N";
    const char *unit = charta_indicator_sdmx(ind, "UNIT_MEASURE");
    const char *nature = charta_indicator_sdmx(ind, "NATURE");
    left_out lo = {0};
    charta_buf key = {0};
    charta_status st = CHARTA_OK;
    for (size_t p = 0; p <= res->n_parts && x->ok && st == CHARTA_OK; p++) {
        const charta_result_part *pt = p ? &res->parts[p - 1] : NULL;
        if (!part_codes(ind, pt, base, codes, &lo))
            continue;
        for (size_t a = 0; a < charta_dataset_area_count(ds) && x->ok; a++) {
            codes[DIM_REF_AREA] = charta_dataset_area(ds, a)->code;
            key.len = 0;
            for (size_t i = 0; i < CHARTA_SDMX_DIMS; i++)
                charta_buf_printf(&key, "%s%s", i ? "\x1f" : "", codes[i]);
            if (key.oom) {
                st = CHARTA_ERR_NOMEM;
                break;
            }
            int added = keyset_add(keys, key.data);
            if (added < 0) {
                st = CHARTA_ERR_NOMEM;
                break;
            }
            if (!added) {
                lo.duplicates++;
                continue;
            }
            write_series(x, ds, codes, unit, nature, pt ? pt->values : res->values,
                         pt ? pt->status : res->status, a, first, last, &lo.bad);
        }
    }
    charta_buf_free(&key);
    if (st == CHARTA_OK && !x->silent)
        warn_left_out(ind, &lo, d);
    return st;
}

/* --- the message ----------------------------------------------------------- */

static charta_status
check_opts(const charta_results *r, const charta_sdmx_opts *o, int *first, int *last,
           char prepared[64], charta_diags *d)
{
    const charta_dataset *ds = charta_results_dataset(r);
    int yf = charta_dataset_year_first(ds), yc = (int)charta_dataset_year_count(ds);
    *first = o && o->year_first ? o->year_first : yf;
    *last = o && o->year_last ? o->year_last : yf + yc - 1;
    if (!yc && !(o && (o->year_first || o->year_last)))
        *first = 1, *last = 0; /* no years at all: no observation */
    else if (*first > *last || *last - *first >= 1000)
        return charta_diag_error(d, CHARTA_ERR_USAGE, NULL, 0, 0,
                                 "reporting window %d-%d: not a window of 1 to 1000 years", *first,
                                 *last);
    int y, m, day;
    if (o && o->run_date) {
        if (!charta_date_parse(o->run_date, 1980, &y, &m, &day))
            return charta_diag_error(d, CHARTA_ERR_USAGE, NULL, 0, 0,
                                     "run date '%s' is not a date YYYY-MM-DD from 1980 on",
                                     o->run_date);
    } else {
        time_t now = time(NULL);
        struct tm tm;
        gmtime_r(&now, &tm);
        y = tm.tm_year + 1900, m = tm.tm_mon + 1, day = tm.tm_mday;
    }
    snprintf(prepared, 64, "%04d-%02d-%02dT00:00:00", y, m, day);
    if (o && o->id && !charta_sdmx_code_valid(o->id))
        return charta_diag_error(d, CHARTA_ERR_USAGE, NULL, 0, 0,
                                 "SDMX message id '%s' is not an SDMX code (letters, digits and "
                                 "_ @ $ - only)",
                                 o->id);
    return CHARTA_OK;
}

/* True when an indicator of r has an SDMX series code. */
static bool
has_series(const charta_results *r)
{
    for (size_t i = 0; i < charta_results_count(r); i++)
        if (charta_indicator_sdmx(charta_results_get(r, i)->indicator, "SERIES"))
            return true;
    return false;
}

/* One warning for the first area code that is no SDMX code, when any series is
 * written: REF_AREA takes it as it is (the generic message holds any text), a
 * registry would refuse it. */
static void
warn_area_codes(const charta_results *r, const charta_sdmx_opts *o, charta_diags *d)
{
    if (!has_series(r))
        return;
    const charta_dataset *ds = charta_results_dataset(r);
    size_t bad = 0;
    charta_buf list = {0};
    for (size_t a = 0; a < charta_dataset_area_count(ds); a++) {
        const charta_area *ar = charta_dataset_area(ds, a);
        if (!charta_sdmx_code_valid(ar->code) && bad++ < 3)
            charta_buf_printf(&list, "%s'%s' %s", bad > 1 ? "; " : "", ar->code, ar->name);
    }
    if (bad > 3)
        charta_buf_printf(&list, _(" and %zu more"), bad - 3);
    if (bad)
        charta_diag_warning(d, o ? o->decl_file : NULL, o ? o->decl_line : 0, 0,
                            charta_trn("%zu area code is not an SDMX code (letters, digits and _ "
                                       "@ $ - only): %s; the SDMX files' REF_AREA holds it as it "
                                       "is. Nothing to do unless the receiver checks REF_AREA "
                                       "against a code list; then give the area such a code",
                                       "%zu area codes are not SDMX codes (letters, digits and _ "
                                       "@ $ - only): %s; the SDMX files' REF_AREA hold them as "
                                       "they are. Nothing to do unless the receiver checks "
                                       "REF_AREA against a code list; then give the areas such "
                                       "codes",
                                       bad),
                            bad, list.data ? list.data : "");
    charta_buf_free(&list);
}

/* The body: every indicator with a SERIES, until the first failure. */
static void
write_indicators(xw *x, const charta_results *r, const charta_sdmx_opts *o, int first,
                 int last, keyset *keys, charta_status *st, charta_diags *d)
{
    for (size_t i = 0; i < charta_results_count(r) && x->ok && *st == CHARTA_OK; i++) {
        if (o && o->interrupted && *o->interrupted) {
            *st = charta_diag_error(d, CHARTA_ERR_LIMIT, NULL, 0, 0,
                                    "writing stopped: interrupted by a signal; the report was "
                                    "not changed");
            break;
        }
        const charta_result *res = charta_results_get(r, i);
        if (charta_indicator_sdmx(res->indicator, "SERIES"))
            *st = write_indicator(x, r, res, first, last, keys, d);
    }
}

static void
write_message(xw *x, const charta_results *r, const charta_sdmx_opts *o, const char *prepared,
              int first, int last, keyset *keys, charta_status *st, charta_diags *d)
{
    if (!x->silent)
        warn_area_codes(r, o, d);
    if (x->shape == CHARTA_SDMX_CSV) {
        /* SDMX-CSV 2.0: the structure, the action (I: information), the dimensions in
         * the DSD's order, the measure, the attributes */
        csv_field(x, "STRUCTURE", true);
        csv_field(x, "STRUCTURE_ID", false);
        csv_field(x, "ACTION", false);
        for (size_t i = 0; i < CHARTA_SDMX_DIMS; i++)
            csv_field(x, charta_sdmx_dimension(i), false);
        csv_field(x, "TIME_PERIOD", false);
        csv_field(x, "OBS_VALUE", false);
        csv_field(x, "UNIT_MEASURE", false);
        csv_field(x, "UNIT_MULT", false);
        csv_field(x, "OBS_STATUS", false);
        csv_field(x, "NATURE", false);
        csv_end_row(x);
        write_indicators(x, r, o, first, last, keys, st, d);
        return;
    }
    bool ss = x->shape == CHARTA_SDMX_STRUCTURE_SPECIFIC;
    x->ok = x->ok && xmlTextWriterSetIndent(x->w, 1) >= 0 &&
            xmlTextWriterSetIndentString(x->w, BAD_CAST "  ") >= 0 &&
            xmlTextWriterStartDocument(x->w, "1.0", "UTF-8", NULL) >= 0;
    start(x, ss ? "message:StructureSpecificData" : "message:GenericData");
    attr(x, "xmlns:message", NS_MESSAGE);
    attr(x, "xmlns:common", NS_COMMON);
    if (ss) {
        attr(x, "xmlns:xsi", NS_XSI);
        attr(x, "xmlns:ns1", DSD_SS_NAMESPACE);
    } else {
        attr(x, "xmlns:generic", NS_GENERIC);
    }
    write_header(x, r, o && o->id ? o->id : "charta", prepared, first, last);
    start(x, "message:DataSet");
    attr(x, "structureRef", DSD_ID);
    if (ss)
        attr(x, "xsi:type", "ns1:DataSetType");
    write_indicators(x, r, o, first, last, keys, st, d);
    end(x); /* DataSet */
    end(x); /* the message */
    x->ok = x->ok && xmlTextWriterEndDocument(x->w) >= 0 && xmlTextWriterFlush(x->w) >= 0;
}

charta_status
charta_sdmx_write(const charta_results *r, const charta_sdmx_opts *o, const char *path,
                  charta_diags *d)
{
    int first, last;
    char prepared[64];
    charta_status st = check_opts(r, o, &first, &last, prepared, d);
    if (st != CHARTA_OK)
        return st;
    if (o && o->named && !o->silent && !has_series(r))
        charta_diag_warning(d, o->decl_file, o->decl_line, 0,
                            "no indicator has an SDMX series code, so the SDMX files hold no "
                            "series: give the indicators one, like sdmx = { SERIES = "
                            "\"SP_TRN_PUBL\", UNIT_MEASURE = \"PT\" }, or leave \"sdmx\" out "
                            "of the formats (report { formats = ... } or --formats)");
    sink s = {.f = fopen(path, "wbe")};
    if (!s.f)
        return charta_diag_error(d, CHARTA_ERR_CANTCREATE, path, 0, 0, "cannot create: %s",
                                 strerror(errno));
    keyset keys = {.index = {.key = keyset_key}};
    keys.index.ctx = &keys;
    xw x = {.shape = o ? o->shape : CHARTA_SDMX_GENERIC,
            .s = &s,
            .silent = o && o->silent,
            .ok = true};
    if (x.shape == CHARTA_SDMX_CSV) {
        write_message(&x, r, o, prepared, first, last, &keys, &st, d);
        if (x.row.oom)
            x.ok = false;
    } else {
        xmlOutputBufferPtr out = xmlOutputBufferCreateIO(sink_write, sink_close, &s, NULL);
        x.w = out ? xmlNewTextWriter(out) : NULL; /* owns out from here on */
        if (out && !x.w)
            xmlOutputBufferClose(out);
        x.ok = x.w != NULL;
        if (x.w)
            write_message(&x, r, o, prepared, first, last, &keys, &st, d);
        if (x.w)
            xmlFreeTextWriter(x.w);
    }
    keyset_free(&keys);
    charta_buf_free(&x.row);
    charta_buf_free(&x.scratch);
    bool io_ok = fflush(s.f) == 0 && !s.failed; /* the pipeline syncs every output */
    io_ok = fclose(s.f) == 0 && io_ok;
    if (st == CHARTA_OK && (!x.ok || !io_ok))
        st = s.failed || !io_ok
                 ? charta_diag_error(d, CHARTA_ERR_IO, path, 0, 0, "cannot write")
                 : charta_diag_error(d, CHARTA_ERR_NOMEM, path, 0, 0, "out of memory");
    if (st != CHARTA_OK)
        remove(path);
    return st;
}

void
charta_sdmx_writer_init(void)
{
    xmlInitParser();
}
