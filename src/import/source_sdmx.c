/* source_sdmx.c: the reader of SDMX-ML 2.1 data messages (format = "sdmx"):
 * GenericData (series or flat), GenericTimeSeriesData and StructureSpecificData
 * (series or flat), streamed through the hardened XML reader (xmlread.h).
 *
 * Every observation gets the dimension values of its series key (and, in a flat
 * message, of its own key); the area's dimension (`area`, default REF_AREA) names its
 * area through `area_codes`, the time dimension its period; FREQ is read from the
 * period itself; the other dimensions (and UNIT_MEASURE, which SDG data carry as an
 * attribute but which separates series that must not be added up) select the
 * variables (`series`) and break them down (source_keyed.c). OBS_STATUS becomes the
 * cell's status, UNIT_MULT multiplies the value by a power of ten.
 *
 * Without the data structure definition a structure-specific message does not say
 * which attributes of a series are dimensions: the attributes SDMX and the SDG
 * data structure define (below) are read as attributes, every other one as a
 * dimension.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charta/i18n.h"
#include "charta/xmlread.h"
#include "source_internal.h"
#include "source_keyed.h"

/* Attributes of the SDMX cross-domain concepts and the SDG data structure: never a
 * dimension. */
static const char *const known_attrs[] = {
    "OBS_STATUS", "OBS_CONF",   "OBS_PRE_BREAK", "OBS_COM",      "UNIT_MULT",   "DECIMALS",
    "TITLE",      "TITLE_COMPL", "COMMENT_OBS",  "COMMENT_TS",   "COMMENT_DSET", "NATURE",
    "TIME_DETAIL", "TIME_FORMAT", "SOURCE_DETAIL", "BASE_PER",   "COLL_METHOD", "CONF_STATUS",
    "CONF_STATUS_OBS", "UNIT_INDEX_BASE", "COMPILING_ORG", "DATA_COMP", "GEO_INFO_URL",
    "UPPER_BOUND", "LOWER_BOUND", "REPORTING_TYPE_ATTR", "action", "validFromDate",
    "validToDate", "type", NULL};

static bool
is_known_attr(const char *name)
{
    for (const char *const *a = known_attrs; *a; a++)
        if (strcmp(*a, name) == 0)
            return true;
    return false;
}

/* Name-value pairs, copied. */
typedef struct pairs {
    char **k, **v;
    size_t n, cap;
} pairs;

static bool
pairs_add(pairs *p, const char *k, const char *v)
{
    if (p->n == p->cap) {
        size_t cap = p->cap ? 2 * p->cap : 16;
        char **nk = realloc(p->k, cap * sizeof *nk);
        if (nk)
            p->k = nk;
        char **nv = nk ? realloc(p->v, cap * sizeof *nv) : NULL;
        if (nv)
            p->v = nv;
        if (!nk || !nv)
            return false;
        p->cap = cap;
    }
    char *a = charta_strdup(k), *b = charta_strdup(v ? v : "");
    if (!a || !b) {
        free(a);
        free(b);
        return false;
    }
    p->k[p->n] = a;
    p->v[p->n++] = b;
    return true;
}

static const char *
pairs_get(const pairs *p, const char *k)
{
    for (size_t i = p->n; i-- > 0;) /* the later (the observation's) wins */
        if (strcmp(p->k[i], k) == 0)
            return p->v[i];
    return NULL;
}

static void
pairs_clear(pairs *p)
{
    for (size_t i = 0; i < p->n; i++) {
        free(p->k[i]);
        free(p->v[i]);
    }
    p->n = 0;
}

static void
pairs_free(pairs *p)
{
    pairs_clear(p);
    free(p->k);
    free(p->v);
}

typedef enum where {
    IN_NONE,
    IN_SERIES_KEY,
    IN_SERIES_ATTRS,
    IN_OBS_KEY,
    IN_OBS_ATTRS,
} where;

typedef struct sx {
    kd_ctx k;
    charta_xml *x;
    char time_dim[64]; /* TIME_PERIOD */
    char obs_dim[64];  /* the dimension at the observation (dimensionAtObservation):
                          TIME_PERIOD for time series, another for cross-sections */
    const char *area_dim;
    bool generic, in_dataset, in_series, in_obs, in_group;
    where at;
    pairs skey, sattr; /* the series' key and attributes */
    pairs okey, oattr; /* the observation's key (a flat message) and attributes */
    char *period, *value;
    int obs_line, series_line;
    int *vars;
    bool told_status;
} sx;

static void
oom(sx *s)
{
    if (!s->k.stopped)
        charta_diag_error(s->k.diags, CHARTA_ERR_NOMEM, s->k.file, 0, 0, "out of memory");
    s->k.st = charta_status_worse(s->k.st, CHARTA_ERR_NOMEM);
    s->k.stopped = true;
}

static void
set_str(sx *s, char **dst, const char *v)
{
    free(*dst);
    *dst = charta_strdup(v ? v : "");
    if (!*dst)
        oom(s);
}

/* A structure-specific element's attributes: dimensions into key, known attributes
 * into attr; on an observation the period and the value. */
static void
read_attrs(sx *s, pairs *key, pairs *attr, bool obs)
{
    const char *const *names, *const *vals;
    size_t n = charta_xml_attrs(s->x, &names, &vals);
    for (size_t i = 0; i < n && !s->k.stopped; i++) {
        bool ok = true;
        if (obs && strcmp(names[i], s->time_dim) == 0)
            set_str(s, &s->period, vals[i]);
        else if (obs && strcmp(names[i], "OBS_VALUE") == 0)
            set_str(s, &s->value, vals[i]);
        else if (is_known_attr(names[i]))
            ok = pairs_add(attr, names[i], vals[i]);
        else
            ok = pairs_add(key, names[i], vals[i]);
        if (!ok)
            oom(s);
    }
}

/* A number as SDMX writes it ("1.3413", "-11.4", "1e3"); "NaN" and "" are no value. */
static bool
parse_value(const char *t, double *out)
{
    if (!t[0] || strcmp(t, "NaN") == 0 || strcmp(t, "NA") == 0) {
        *out = NAN;
        return true;
    }
    for (const char *c = t; *c; c++)
        if (!strchr("0123456789+-.eE", *c))
            return false;
    char *end;
    errno = 0;
    double v = strtod(t, &end);
    if (*end || errno == ERANGE || !isfinite(v))
        return false;
    *out = v;
    return true;
}

static void
emit(sx *s)
{
    kd_ctx *k = &s->k;
    int line = s->obs_line;
    k->read++;
    const char *series_period = pairs_get(&s->skey, s->time_dim); /* a cross-section */
    if ((!s->period || !s->period[0]) && series_period)
        set_str(s, &s->period, series_period);
    if (!s->period || !s->period[0]) {
        charta_kd_error(k, line, 0, "an observation without its period (%s)", s->time_dim);
        return;
    }
    /* the series' key with the observation's own (a flat message) */
    const char *dims[64], *vals[64];
    size_t n = 0;
    const char *area_code = NULL;
    for (int pass = 0; pass < 2; pass++) {
        const pairs *p = pass ? &s->okey : &s->skey;
        for (size_t i = 0; i < p->n; i++) {
            if (strcmp(p->k[i], s->time_dim) == 0 || strcmp(p->k[i], "FREQ") == 0)
                continue;
            if (s->area_dim && strcmp(p->k[i], s->area_dim) == 0) {
                area_code = p->v[i];
                continue;
            }
            if (n < 64) {
                dims[n] = p->k[i];
                vals[n++] = p->v[i];
            }
        }
    }
    const char *um = pairs_get(&s->oattr, "UNIT_MEASURE");
    if (!um)
        um = pairs_get(&s->sattr, "UNIT_MEASURE");
    if (um && n < 64) {
        dims[n] = "UNIT_MEASURE";
        vals[n++] = um;
    }
    size_t m = charta_kd_match(k, dims, vals, n, line, s->vars);
    if (m == 0)
        return;
    int area;
    if (k->spec->area_value) {
        area = charta_kd_area(k, k->spec->area_value, false, line, 0);
    } else if (!area_code) {
        charta_kd_error(k, line, 0,
                        "the series has no dimension '%s' for its area; name it with area = "
                        "\"...\", or give the one area of the file with area_value = \"...\"",
                        s->area_dim);
        return;
    } else {
        area = charta_kd_area(k, area_code, true, line, 0);
    }
    if (area < 0) {
        k->other_areas += !k->stopped;
        return;
    }
    double v;
    if (!parse_value(s->value ? s->value : "", &v)) {
        charta_kd_error(k, line, 0, "OBS_VALUE '%s' is not a number", s->value);
        return;
    }
    const char *mult = pairs_get(&s->oattr, "UNIT_MULT");
    if (!mult)
        mult = pairs_get(&s->sattr, "UNIT_MULT");
    if (mult && mult[0]) {
        char *end;
        long e = strtol(mult, &end, 10);
        if (*end || e < -30 || e > 30) {
            charta_kd_error(k, line, 0, "UNIT_MULT '%s' is not a power of ten from -30 to 30",
                            mult);
            return;
        }
        v *= pow(10, (double)e);
    }
    char st = CHARTA_ST_NORMAL;
    const char *code = pairs_get(&s->oattr, "OBS_STATUS");
    if (!code)
        code = pairs_get(&s->sattr, "OBS_STATUS");
    if (code && code[0]) {
        charta_kd_count_sign(k, code);
        if (!charta_kd_sdmx_status(code, &st)) {
            st = CHARTA_ST_LOWREL;
            if (!s->told_status)
                charta_diag_warning(k->diags, k->file, line, 0,
                                    "OBS_STATUS '%s' is not a status SDMX defines; its values "
                                    "are marked as of low reliability (U)",
                                    code);
            s->told_status = true;
        }
    }
    if (isnan(v) && !charta_status_is_missing(st))
        st = CHARTA_ST_MISSING;
    for (size_t i = 0; i < m && !k->stopped; i++)
        if (!charta_kd_put(k, s->vars[i], dims, vals, n, area, s->period, v, st, line, 0))
            return;
}

/* The values an observation may have with its series' (dimensions and attributes),
 * twice what a structure-specific message can give (the XML reader's cap on
 * attributes): each observation is read against all of them, so a generic message
 * without this bound would take time quadratic in its size. */
enum { SX_MAX_VALUES = 2 * CHARTA_XML_MAX_ATTRS };

/* True (after reporting an error that stops the file) when an observation with its
 * series has as many values as it may. */
static bool
too_many(sx *s)
{
    if (s->skey.n + s->sattr.n + s->okey.n + s->oattr.n < SX_MAX_VALUES)
        return false;
    charta_kd_error(&s->k, charta_xml_line(s->x), 0,
                    "a series with its observation has more than %d dimension and attribute "
                    "values",
                    SX_MAX_VALUES);
    s->k.stopped = true;
    return true;
}

static void
on_start(sx *s, const char *name)
{
    int depth = charta_xml_depth(s->x);
    if (depth == 0) {
        if (strcmp(name, "GenericData") == 0 || strcmp(name, "GenericTimeSeriesData") == 0)
            s->generic = true;
        else if (strcmp(name, "StructureSpecificData") != 0 &&
                 strcmp(name, "StructureSpecificTimeSeriesData") != 0) {
            charta_kd_error(&s->k, charta_xml_line(s->x), 0,
                            "this is not an SDMX-ML 2.1 data message: its root element is <%s>, "
                            "not GenericData, GenericTimeSeriesData or StructureSpecificData",
                            name);
            s->k.stopped = true;
        }
        return;
    }
    if (!s->in_dataset) {
        if (strcmp(name, "Structure") == 0) {
            const char *at = charta_xml_attr(s->x, "dimensionAtObservation");
            if (at && strcmp(at, "AllDimensions") != 0)
                snprintf(s->obs_dim, sizeof s->obs_dim, "%s", at);
        } else if (strcmp(name, "DataSet") == 0) {
            s->in_dataset = true;
        }
        return;
    }
    if (s->in_group)
        return;
    if (strcmp(name, "Group") == 0) {
        s->in_group = true;
    } else if (strcmp(name, "Series") == 0) {
        s->in_series = true;
        s->series_line = charta_xml_line(s->x);
        pairs_clear(&s->skey);
        pairs_clear(&s->sattr);
        if (!s->generic)
            read_attrs(s, &s->skey, &s->sattr, false);
    } else if (strcmp(name, "Obs") == 0) {
        s->in_obs = true;
        s->obs_line = charta_xml_line(s->x);
        pairs_clear(&s->okey);
        pairs_clear(&s->oattr);
        set_str(s, &s->period, "");
        set_str(s, &s->value, "");
        if (!s->generic)
            read_attrs(s, &s->okey, &s->oattr, true);
    } else if (s->generic) {
        if (strcmp(name, "SeriesKey") == 0)
            s->at = IN_SERIES_KEY;
        else if (strcmp(name, "ObsKey") == 0)
            s->at = IN_OBS_KEY;
        else if (strcmp(name, "Attributes") == 0)
            s->at = s->in_obs ? IN_OBS_ATTRS : IN_SERIES_ATTRS;
        else if (strcmp(name, "ObsDimension") == 0 && strcmp(s->obs_dim, s->time_dim) == 0)
            set_str(s, &s->period, charta_xml_attr(s->x, "value"));
        else if (strcmp(name, "ObsDimension") == 0 && !too_many(s) &&
                 !pairs_add(&s->okey, s->obs_dim, charta_xml_attr(s->x, "value")))
            oom(s);
        else if (strcmp(name, "ObsValue") == 0)
            set_str(s, &s->value, charta_xml_attr(s->x, "value"));
        else if (strcmp(name, "Value") == 0 && s->at != IN_NONE) {
            const char *id = charta_xml_attr(s->x, "id");
            char idc[128];
            snprintf(idc, sizeof idc, "%s", id ? id : "");
            const char *val = charta_xml_attr(s->x, "value");
            if (!idc[0]) {
                charta_kd_error(&s->k, charta_xml_line(s->x), 0,
                                "a <Value> without its 'id' (the dimension or attribute)");
                return;
            }
            if (too_many(s))
                return;
            bool ok = true;
            if (s->at == IN_OBS_KEY && strcmp(idc, s->time_dim) == 0)
                set_str(s, &s->period, val);
            else if (s->at == IN_SERIES_KEY)
                ok = pairs_add(&s->skey, idc, val);
            else if (s->at == IN_OBS_KEY)
                ok = pairs_add(&s->okey, idc, val);
            else if (s->at == IN_SERIES_ATTRS)
                ok = pairs_add(&s->sattr, idc, val);
            else
                ok = pairs_add(&s->oattr, idc, val);
            if (!ok)
                oom(s);
        }
    }
}

static void
on_end(sx *s, const char *name)
{
    if (!s->in_dataset)
        return;
    if (s->in_group) {
        if (strcmp(name, "Group") == 0)
            s->in_group = false;
        return;
    }
    if (strcmp(name, "Obs") == 0) {
        emit(s);
        s->in_obs = false;
        s->at = IN_NONE;
    } else if (strcmp(name, "Series") == 0) {
        s->in_series = false;
        pairs_clear(&s->skey);
        pairs_clear(&s->sattr);
    } else if (strcmp(name, "DataSet") == 0) {
        s->in_dataset = false;
    } else if (strcmp(name, "SeriesKey") == 0 || strcmp(name, "ObsKey") == 0 ||
               strcmp(name, "Attributes") == 0) {
        s->at = IN_NONE;
    }
}

charta_status
charta_src_sdmx_load(const charta_source_spec *spec, const char *project_dir,
                     charta_dataset *ds, charta_import_ctx *ix, charta_diags *diags)
{
    sx s = {.area_dim = spec->area ? spec->area : "REF_AREA"};
    snprintf(s.time_dim, sizeof s.time_dim, "TIME_PERIOD");
    snprintf(s.obs_dim, sizeof s.obs_dim, "TIME_PERIOD");
    int input = charta_dataset_add_input(ds, spec->file, spec->name);
    char *owner = charta_asprintf(_("source '%s'"), spec->name);
    s.vars = calloc(spec->n_vars ? spec->n_vars : 1, sizeof *s.vars);
    if (input < 0 || !owner || !s.vars) {
        free(owner);
        free(s.vars);
        return charta_diag_error(diags, CHARTA_ERR_NOMEM, spec->file, 0, 0, "out of memory");
    }
    if (!charta_kd_begin(&s.k, spec, ds, diags, input)) {
        free(owner);
        free(s.vars);
        return CHARTA_ERR_NOMEM;
    }
    charta_src_set_provenance(spec, ds, input);
    char *raw = NULL;
    size_t len = 0;
    charta_status st = CHARTA_OK;
    if (!charta_src_load_bytes(diags, project_dir, spec->file, spec->decl_file, spec->decl_line,
                               owner, ix, &raw, &len, &st)) {
        s.k.st = charta_status_worse(s.k.st, st);
        s.k.stopped = true;
    } else if (!(s.x = charta_xml_open(raw, len, spec->file))) {
        oom(&s);
    }
    long events = 0;
    while (s.x && !s.k.stopped) {
        charta_xml_event ev = charta_xml_next(s.x);
        if (ev == CHARTA_XML_DONE)
            break;
        if (ev == CHARTA_XML_ERROR) {
            int line, col;
            const char *why = charta_xml_error(s.x, &line, &col);
            charta_kd_error(&s.k, line, col, "%s", why);
            s.k.stopped = true;
            break;
        }
        if (ix && ix->interrupted && *ix->interrupted && (++events & 1023) == 0) {
            s.k.st = charta_diag_error(diags, CHARTA_ERR_LIMIT, spec->file, 0, 0,
                                       "interrupted by a signal");
            s.k.stopped = true;
            break;
        }
        if (ev == CHARTA_XML_START)
            on_start(&s, charta_xml_name(s.x));
        else if (ev == CHARTA_XML_END)
            on_end(&s, charta_xml_name(s.x));
    }
    charta_status out = charta_kd_finish(&s.k);
    charta_dataset_set_input_rows(ds, input, s.k.read);
    charta_xml_close(s.x);
    free(raw);
    free(owner);
    free(s.vars);
    free(s.period);
    free(s.value);
    pairs_free(&s.skey);
    pairs_free(&s.sattr);
    pairs_free(&s.okey);
    pairs_free(&s.oattr);
    charta_kd_end(&s.k);
    return out;
}
