/* source_opensdg.c: the reader of Open SDG data files (format = "opensdg"), the tidy
 * CSV of the national SDG platforms (sdg-indikatoren.de, the UK's, ...).
 *
 * The layout is fixed: `Year` first, `Value` last, every column between them a
 * disaggregation (blank = the total) except the area's column (`area`, default
 * `GeoCode`: blank = the headline area `area_value`), the observation attributes
 * `OBS_STATUS` (SDMX codes) and `COMMENT_OBS*` (the footnote signs of the German
 * official statistics), all read as source_keyed.c does. The signs:
 *   .  unknown or secret -> missing (M)     …  published later -> missing (M)
 *   x  blocked, not meaningful -> M          r  revised -> the value, as it is
 *   p  provisional -> P                      s  estimated -> E
 *   |  break in the series -> B              0  less than half the unit -> the value
 *   ‒ or -  nothing -> zero when the value is blank
 * Any other text in COMMENT_OBS is a comment, not a sign, and leaves the status alone.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charta/csvread.h"
#include "charta/i18n.h"
#include "charta/numparse.h"
#include "source_internal.h"
#include "source_keyed.h"

/* What a footnote sign does to a cell. */
typedef struct sign_rule {
    const char *sign;
    char status;   /* the status it gives; 0 = the value's own */
    bool zero;     /* a blank value is a true zero */
} sign_rule;

static const sign_rule sign_rules[] = {
    {".", CHARTA_ST_MISSING, false},
    {"\xE2\x80\xA6", CHARTA_ST_MISSING, false}, /* … */
    {"...", CHARTA_ST_MISSING, false},
    {"x", CHARTA_ST_MISSING, false}, /* as in GENESIS tables: blocked, no value */
    {"r", 0, false},
    {"p", CHARTA_ST_PROVISIONAL, false},
    {"s", CHARTA_ST_ESTIMATED, false},
    {"|", CHARTA_ST_BREAK, false},
    {"0", 0, false},
    {"\xE2\x80\x92", 0, true}, /* ‒ figure dash */
    {"-", 0, true},
};

static const sign_rule *
find_sign(const char *s)
{
    for (size_t i = 0; i < sizeof sign_rules / sizeof sign_rules[0]; i++)
        if (strcmp(sign_rules[i].sign, s) == 0)
            return &sign_rules[i];
    return NULL;
}

typedef enum col_role {
    COL_DIM = 0,
    COL_YEAR,
    COL_VALUE,
    COL_AREA,
    COL_STATUS,  /* OBS_STATUS (codes) or "Observation status" (their names) */
    COL_MULT,    /* UNIT_MULT (a power of ten) or "Unit multiplier" (its name) */
    COL_COMMENT, /* COMMENT_OBS... */
    COL_ATTR,    /* another observation attribute: kept out of the key */
} col_role;

/* The SDMX code of an observation status by its name in SDMX's code list
 * (CL_OBS_STATUS), as Open SDG files write it in "Observation status"; the code
 * itself is taken too. NULL when unknown. */
static const char *
status_code_of(const char *s)
{
    static const char *const names[][2] = {
        {"Normal value", "A"},        {"Time series break", "B"},   {"Break", "B"},
        {"Definition differs", "D"},  {"Estimated value", "E"},     {"Forecast value", "F"},
        {"Experimental value", "G"},  {"Imputed value", "I"},       {"Derogation", "J"},
        {"Not significant", "N"},     {"Provisional value", "P"},   {"Low reliability", "U"},
        {"Unvalidated value", "V"},   {"Strike and other special events", "S"},
        {"Missing value", "M"},       {"Missing value; data cannot exist", "M"},
        {"Missing value; data exist but were not collected", "L"},
        {"Missing value; holiday or weekend", "H"},
        {"Missing value; suppressed", "Q"}, {"Confidential value", "C"},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(names[i][0], s) == 0)
            return names[i][1];
    char st;
    return charta_kd_sdmx_status(s, &st) ? s : NULL;
}

/* The power of ten of a unit multiplier: "0".."12" or its name ("Units",
 * "Thousands", ...); false when unknown. */
static bool
unit_mult_of(const char *s, int *out)
{
    static const struct {
        const char *name;
        int e;
    } names[] = {{"Units", 0},     {"Tens", 1},  {"Hundreds", 2},
                 {"Thousands", 3}, {"Tens of thousands", 4},
                 {"Hundreds of thousands", 5}, {"Millions", 6}, {"Tens of millions", 7},
                 {"Hundreds of millions", 8},  {"Billions", 9}, {"Trillions", 12}};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(names[i].name, s) == 0) {
            *out = names[i].e;
            return true;
        }
    char *end;
    long e = strtol(s, &end, 10);
    if (!s[0] || *end || e < -30 || e > 30)
        return false;
    *out = (int)e;
    return true;
}

static bool
starts_with(const char *s, const char *p)
{
    return strncmp(s, p, strlen(p)) == 0;
}

static void
read_rows(kd_ctx *k, charta_csvread *r, int *vars)
{
    const charta_source_spec *spec = k->spec;
    const char *area_col = spec->area ? spec->area : "GeoCode";
    const charta_csv_record *rec;
    charta_csv_error err;
    charta_csv_result res = charta_csvread_next(r, &rec, &err);
    if (res != CHARTA_CSV_RECORD) {
        charta_kd_error(k, res == CHARTA_CSV_EOF ? 1 : err.line, err.field,
                        res == CHARTA_CSV_EOF ? "the file is empty: no header row"
                                              : "%s", err.message);
        return;
    }
    size_t width = rec->n;
    char **names = calloc(width, sizeof *names);
    col_role *role = calloc(width, sizeof *role);
    const char **dims = calloc(width, sizeof *dims), **vals = calloc(width, sizeof *vals);
    if (!names || !role || !dims || !vals)
        goto nomem;
    int year_col = -1, value_col = -1, area_idx = -1;
    for (size_t i = 0; i < width; i++) {
        if (!(names[i] = charta_strdup(rec->fields[i])))
            goto nomem;
        const char *n = names[i];
        if (strcmp(n, "Year") == 0)
            role[i] = COL_YEAR, year_col = (int)i;
        else if (strcmp(n, "Value") == 0)
            role[i] = COL_VALUE, value_col = (int)i;
        else if (strcmp(n, area_col) == 0)
            role[i] = COL_AREA, area_idx = (int)i;
        else if (strcmp(n, "OBS_STATUS") == 0 || strcmp(n, "Observation status") == 0)
            role[i] = COL_STATUS;
        else if (strcmp(n, "UNIT_MULT") == 0 || strcmp(n, "Unit multiplier") == 0)
            role[i] = COL_MULT;
        else if (starts_with(n, "COMMENT_OBS"))
            role[i] = COL_COMMENT;
        else if (strcmp(n, "OBS_CONF") == 0 ||
                 strcmp(n, "NATURE") == 0 || strcmp(n, "TIME_DETAIL") == 0 ||
                 strcmp(n, "SOURCE_DETAIL") == 0 || strcmp(n, "COMMENT_TS") == 0)
            role[i] = COL_ATTR;
        else if (!n[0]) {
            charta_kd_error(k, rec->line, (int)i + 1,
                            "column %zu has no name (an Open SDG file names every column)",
                            i + 1);
            goto out;
        }
    }
    if (year_col != 0 || value_col != (int)width - 1) {
        charta_kd_error(k, rec->line, 0,
                        "this is not an Open SDG data file: its first column must be 'Year' "
                        "and its last 'Value' (found '%s' and '%s')",
                        names[0], names[width - 1]);
        goto out;
    }
    if (spec->area && area_idx < 0) {
        charta_kd_error(k, rec->line, 0, "no column '%s' for the area (area = \"%s\")",
                        spec->area, spec->area);
        goto out;
    }
    bool told_blank = false;
    while (!k->stopped) {
        res = charta_csvread_next(r, &rec, &err);
        if (res == CHARTA_CSV_EOF)
            break;
        if (res != CHARTA_CSV_RECORD) {
            if (res == CHARTA_CSV_E_NOMEM)
                goto nomem;
            charta_kd_error(k, err.line, err.field, "%s", err.message);
            continue;
        }
        if (rec->n == 1 && rec->lens[0] == 0)
            continue; /* a blank line */
        k->read++;
        if (rec->n != width) {
            charta_kd_error(k, rec->line, 0, "%zu fields where the header has %zu", rec->n,
                            width);
            continue;
        }
        size_t nd = 0;
        const char *area_code = NULL, *status_code = NULL, *mult = NULL;
        int mult_col = 0;
        char status = 0;
        bool zero = false;
        for (size_t i = 0; i < width; i++) {
            const char *f = rec->fields[i];
            switch (role[i]) {
            case COL_DIM:
                dims[nd] = names[i];
                vals[nd++] = f;
                break;
            case COL_AREA: area_code = f; break;
            case COL_STATUS: status_code = f[0] ? f : NULL; break;
            case COL_MULT:
                mult = f[0] ? f : NULL;
                mult_col = (int)i + 1;
                break;
            case COL_COMMENT:
                if (f[0]) {
                    const sign_rule *sr = find_sign(f);
                    if (sr) {
                        charta_kd_count_sign(k, f);
                        if (sr->status)
                            status = status ? charta_status_worst(status, sr->status)
                                            : sr->status;
                        zero = zero || sr->zero;
                    }
                }
                break;
            default: break;
            }
        }
        size_t m = charta_kd_match(k, dims, vals, nd, rec->line, vars);
        if (m == 0)
            continue;
        int area;
        if (area_code && area_code[0]) {
            area = charta_kd_area(k, area_code, true, rec->line, area_idx + 1);
        } else if (spec->area_value) {
            area = charta_kd_area(k, spec->area_value, false, rec->line, area_idx + 1);
        } else {
            if (!told_blank)
                charta_kd_error(k, rec->line, area_idx + 1,
                                "a row without an area code (the headline, usually the whole "
                                "country): say which area it is with area_value = \"...\"");
            told_blank = true;
            continue;
        }
        if (area < 0) {
            k->other_areas += !k->stopped;
            continue;
        }
        char st = CHARTA_ST_NORMAL;
        if (status_code) {
            charta_kd_count_sign(k, status_code);
            const char *code = status_code_of(status_code);
            if (!code || !charta_kd_sdmx_status(code, &st)) {
                charta_kd_error(k, rec->line, 0,
                                "observation status '%s' is not a status SDMX defines (A, B, E, "
                                "M, P, U, ... or their names, like \"Normal value\")",
                                status_code);
                continue;
            }
        }
        int e = 0;
        if (mult && !unit_mult_of(mult, &e)) {
            charta_kd_error(k, rec->line, mult_col,
                            "unit multiplier '%s' is not a power of ten (0, 3, ... or "
                            "\"Units\", \"Thousands\", \"Millions\", ...)",
                            mult);
            continue;
        }
        if (status)
            st = charta_status_worst(st, status);
        double v = NAN;
        const char *vf = rec->fields[value_col];
        if (vf[0]) {
            char why[160];
            if (charta_num_parse(vf, rec->lens[value_col], NULL, &v, why, sizeof why) !=
                CHARTA_NUM_OK) {
                charta_kd_error(k, rec->line, value_col + 1, "Value '%s': %s", vf, why);
                continue;
            }
            if (e)
                v *= pow(10, (double)e);
        } else if (zero && !charta_status_is_missing(st)) {
            v = 0;
        } else if (!charta_status_is_missing(st)) {
            st = CHARTA_ST_MISSING;
        }
        for (size_t i = 0; i < m && !k->stopped; i++)
            if (!charta_kd_put(k, vars[i], dims, vals, nd, area, rec->fields[year_col], v, st,
                               rec->line, year_col + 1))
                goto out;
    }
    goto out;
nomem:
    charta_diag_error(k->diags, CHARTA_ERR_NOMEM, k->file, 0, 0, "out of memory");
    k->st = charta_status_worse(k->st, CHARTA_ERR_NOMEM);
    k->stopped = true;
out:
    for (size_t i = 0; names && i < width; i++)
        free(names[i]);
    free(names);
    free(role);
    free(dims);
    free(vals);
}

charta_status
charta_src_opensdg_load(const charta_source_spec *spec, const char *project_dir,
                        charta_dataset *ds, charta_import_ctx *ix, charta_diags *diags)
{
    int input = charta_dataset_add_input(ds, spec->file, spec->name);
    char *owner = charta_asprintf(_("source '%s'"), spec->name);
    int *vars = calloc(spec->n_vars ? spec->n_vars : 1, sizeof *vars);
    kd_ctx k;
    if (input < 0 || !owner || !vars || !charta_kd_begin(&k, spec, ds, diags, input)) {
        free(owner);
        free(vars);
        return charta_diag_error(diags, CHARTA_ERR_NOMEM, spec->file, 0, 0, "out of memory");
    }
    charta_src_set_provenance(spec, ds, input);
    src_text text = {0};
    charta_status st = CHARTA_OK;
    charta_csvread *r = NULL;
    if (!charta_src_load_text(diags, project_dir, spec->file, spec->encoding, spec->decl_file,
                              spec->decl_line, owner, ix, &text, &st)) {
        k.st = charta_status_worse(k.st, st);
        k.stopped = true;
    } else if (!(r = charta_csvread_new(text.data, text.len, 1, NULL))) {
        k.st = charta_diag_error(diags, CHARTA_ERR_NOMEM, spec->file, 0, 0, "out of memory");
        k.stopped = true;
    } else {
        read_rows(&k, r, vars);
    }
    charta_status out = charta_kd_finish(&k);
    charta_dataset_set_input_rows(ds, input, k.read);
    charta_csvread_free(r);
    charta_src_text_free(&text);
    free(owner);
    free(vars);
    charta_kd_end(&k);
    return out;
}
