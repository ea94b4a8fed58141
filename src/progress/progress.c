/* progress.c: the progress stage: which target applies where, the points of
 * each series, the call of the report's method, the roll-ups
 * (progress.h). The methods themselves live in progress_eurostat_unsd.c,
 * progress_statcan.c and progress_dns.c; the words in
 * progress_describe.c.
 */
#include "charta/progress.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charta/coverage.h"
#include "progress_internal.h"

#include "charta/i18n.h"

/* --- shared helpers -------------------------------------------------------- */

static const char *const builtins[] = {"eurostat", "unsd", "statcan", "dns", NULL};

const char *const *
charta_progress_builtins(void)
{
    return builtins;
}

bool
charta_progress_is_builtin(const char *method)
{
    for (size_t i = 0; method && builtins[i]; i++)
        if (strcmp(method, builtins[i]) == 0)
            return true;
    return false;
}

const char *
charta_progress_na_code(const char *method)
{
    return method && strcmp(method, "statcan") == 0 ? "not_available" : "not_assessable";
}

void
charta_progress_clear(charta_assessment *a, const char *method)
{
    *a = (charta_assessment){
        .method = method,
        .category = charta_progress_na_code(method),
        .level = CHARTA_LEVEL_NONE,
        .base_value = NAN,
        .latest_value = NAN,
        .target_value = NAN,
        .cagr_actual = NAN,
        .cagr_required = NAN,
        .ratio = NAN,
        .score = NAN,
        .projected_value = NAN,
        .change_per_year = NAN,
        .change_last = NAN,
        .reason = "",
    };
}

/* The first words of an assessment (its reason is still not t's) start t
 * afresh. */
static void
reason_vadd(charta_assessment *a, charta_progress_text *t, const char *fmt, va_list ap)
{
    if (a->reason != t->s) {
        t->s[0] = '\0';
        a->reason = t->s;
    }
    size_t len = strlen(t->s);
    if (len + 3 >= sizeof t->s)
        return;
    if (len) {
        memcpy(t->s + len, "; ", 3);
        len += 2;
    }
    vsnprintf(t->s + len, sizeof t->s - len, fmt, ap);
}

void
charta_progress_na(charta_assessment *a, charta_progress_text *t, const char *code,
                   charta_progress_why why, const char *fmt, ...)
{
    a->category = code;
    a->level = CHARTA_LEVEL_NONE;
    a->why = why;
    va_list ap;
    va_start(ap, fmt);
    reason_vadd(a, t, fmt, ap);
    va_end(ap);
}

void
charta_progress_note(charta_assessment *a, charta_progress_text *t, unsigned note, const char *fmt,
                     ...)
{
    a->notes |= note;
    va_list ap;
    va_start(ap, fmt);
    reason_vadd(a, t, fmt, ap);
    va_end(ap);
}

const charta_band *
charta_band_pick(const charta_band *bands, double x, double eps)
{
    for (const charta_band *b = bands;; b++) {
        if (isinf(b->from) && b->from < 0)
            return b;
        if (b->strict ? x > b->from + eps : x >= b->from - eps)
            return b;
    }
}

long
charta_points_find(const charta_point *p, size_t n, int year)
{
    for (size_t i = 0; i < n; i++)
        if (p[i].year == year)
            return (long)i;
    return -1;
}

long
charta_points_from(const charta_point *p, size_t n, int year)
{
    for (size_t i = 0; i < n; i++)
        if (p[i].year >= year)
            return (long)i;
    return -1;
}

int
charta_dir_sign(charta_direction d)
{
    return d == CHARTA_DIR_UP ? 1 : d == CHARTA_DIR_DOWN ? -1 : 0;
}

/* --- methods ---------------------------------------------------------------- */

const charta_method_decl *
charta_progress_find_lua(const charta_project *p, const char *name)
{
    for (size_t i = 0; p && i < p->n_methods; i++)
        if (strcmp(p->methods[i].name, name) == 0)
            return &p->methods[i];
    return NULL;
}

charta_status
charta_progress_check(const charta_project *p, const char *method, charta_diags *d)
{
    const char *name = method ? method : p->report.progress ? p->report.progress : "eurostat";
    if (charta_progress_is_builtin(name) || charta_progress_find_lua(p, name))
        return CHARTA_OK;
    size_t n = p->n_methods + 4;
    const char **names = calloc(n, sizeof *names);
    if (!names)
        return CHARTA_ERR_NOMEM;
    size_t k = 0;
    for (size_t i = 0; builtins[i]; i++)
        names[k++] = builtins[i];
    for (size_t i = 0; i < p->n_methods; i++)
        names[k++] = p->methods[i].name;
    const char *s = charta_suggest(name, names, k);
    charta_buf list = {0};
    for (size_t i = 0; i < k; i++)
        charta_buf_printf(&list, "%s%s", i ? ", " : "", names[i]);
    charta_status st;
    if (method)
        st = charta_diag_error(d, CHARTA_ERR_USAGE, NULL, 0, 0,
                               "unknown progress method '%s'%s%s%s (methods: %s)", name,
                               s ? _(" (did you mean '") : "", s ? s : "", s ? "'?)" : "",
                               list.data ? list.data : "");
    else
        st = charta_diag_error(d, CHARTA_ERR_SCRIPT, p->report.loc.file, p->report.loc.line, 0,
                               "report: unknown progress method '%s'%s%s%s (methods: %s; a "
                               "city's own is declared with progress_method \"name\" { ... })",
                               name, s ? _(" (did you mean '") : "", s ? s : "", s ? "'?)" : "",
                               list.data ? list.data : "");
    charta_buf_free(&list);
    free(names);
    return st;
}

/* --- targets ---------------------------------------------------------------- */

static bool
target_for(const charta_target *t, const char *area)
{
    return t->area ? strcmp(t->area, area) == 0 : false;
}

/* The milestone that applies to this area: the area's own targets if it has
 * any, else the general ones; of those the first not before latest_year,
 * else the last. NULL when none. */
static const charta_target *
pick_target(const charta_indicator *ind, const char *area, int latest_year)
{
    bool own = false;
    for (size_t i = 0; i < ind->n_targets && !own; i++)
        own = target_for(&ind->targets[i], area);
    const charta_target *last = NULL;
    for (size_t i = 0; i < ind->n_targets; i++) {
        const charta_target *t = &ind->targets[i];
        if (own ? !target_for(t, area) : t->area != NULL)
            continue;
        if (t->year >= latest_year)
            return t;
        last = t;
    }
    return last;
}

/* Every target's area must be one of the dataset's. */
static charta_status
check_target_areas(const charta_project *p, const charta_dataset *ds, charta_diags *d)
{
    charta_status st = CHARTA_OK;
    size_t na = charta_dataset_area_count(ds);
    for (size_t i = 0; i < p->n_indicators; i++) {
        const charta_indicator *ind = &p->indicators[i];
        for (size_t t = 0; t < ind->n_targets; t++) {
            const char *code = ind->targets[t].area;
            if (!code || charta_dataset_find_area(ds, code) >= 0)
                continue;
            const char **codes = calloc(na + 1, sizeof *codes);
            if (!codes)
                return CHARTA_ERR_NOMEM;
            for (size_t a = 0; a < na; a++)
                codes[a] = charta_dataset_area(ds, a)->code;
            const char *s = charta_suggest(code, codes, na);
            st = charta_diag_error(d, CHARTA_ERR_SCRIPT, ind->loc.file, ind->loc.line, 0,
                                   "indicator '%s': the target for %d names area '%s', which is "
                                   "not an area of the data%s%s%s",
                                   ind->id, ind->targets[t].year, code, s ? _(" (did you mean '") : "",
                                   s ? s : "", s ? "'?)" : "");
            free(codes);
        }
    }
    return st;
}

/* --- the stage ----------------------------------------------------------------- */

typedef struct stage {
    const charta_project *p;
    const charta_dataset *ds;
    const char *method; /* borrowed from builtins or the project */
    bool lua;
    int year_last;
    const charta_progress_opts *o;
    charta_diags *d;
    charta_point *points;
    charta_progress_text text; /* a method's reason, until kept */
    /* the current indicator's latest declared break up to the report year */
    int break_year;
    const charta_break_decl *brk;
} stage;

/* --- breaks in series -------------------------------------------------------- */

/* True when ind reads (directly or through the indicators it reads) a variable
 * that b covers. */
static bool
reads_break(const charta_project *p, const charta_dataset *ds, const charta_indicator *ind,
            const charta_break_decl *b, int depth)
{
    if (depth > 64)
        return false;
    for (size_t i = 0; i < ind->n_reads; i++) {
        int v = charta_dataset_find_variable(ds, ind->reads[i]);
        if (v >= 0) {
            const charta_variable *var = charta_dataset_variable(ds, (size_t)v);
            if (var && charta_break_covers(b, var->name, var->source))
                return true;
            continue;
        }
        const charta_indicator *sub = charta_project_find_indicator(p, ind->reads[i]);
        if (sub && sub != ind && reads_break(p, ds, sub, b, depth + 1))
            return true;
    }
    return false;
}

/* The latest declared break of ind up to the report year into s. */
static void
find_break(stage *s, const charta_indicator *ind)
{
    s->break_year = 0;
    s->brk = NULL;
    for (size_t i = 0; i < s->p->n_breaks; i++) {
        const charta_break_decl *b = &s->p->breaks[i];
        if (b->year <= s->year_last && b->year > s->break_year &&
            reads_break(s->p, s->ds, ind, b, 0)) {
            s->break_year = b->year;
            s->brk = b;
        }
    }
}

/* The declared break the indicator reads when it is the one of that year; NULL
 * for a break flagged B in the data only. */
static const charta_break_decl *
break_of_year(const stage *s, int year)
{
    if (s->brk && s->break_year == year)
        return s->brk;
    return NULL;
}

/* Note the break on an assessment made from the points from `from` on. */
static void
note_break(charta_assessment *a, charta_progress_text *t, int from, const charta_break_decl *b)
{
    const char *why = b ? charta_text_get(&b->reason, "en", NULL) : "";
    a->break_year = (short)from;
    a->series_break = b;
    charta_progress_note(a, t, CHARTA_NOTE_BREAK, "assessed from %d on: break in series%s%s", from,
                         why[0] ? " \xe2\x80\x94 " : " (flagged in the data)", why);
}

/* Whether the full series' assessment f used years before from (or could not be
 * made while the one from the break on r could not either for want of years). */
static bool
shortened(const charta_assessment *f, const charta_assessment *r, int from)
{
    if (f->base_year)
        return f->base_year < from;
    return r->why == CHARTA_WHY_TOO_FEW && f->why != CHARTA_WHY_NO_DIRECTION;
}

/* a's reason moved from the scratch into the result's pool. */
static charta_status
keep_reason(charta_result *res, charta_assessment *a)
{
    if (!a->reason[0]) {
        a->reason = "";
        return CHARTA_OK;
    }
    a->reason = charta_strpool_intern(res->assess_text, a->reason);
    if (!a->reason) {
        a->reason = "";
        return CHARTA_ERR_NOMEM;
    }
    return CHARTA_OK;
}

/* A built-in method on in into a (and lt for eurostat's long term), reasons in the
 * scratch (a's first copied out by the caller when it needs both). */
static void
run_builtin(stage *s, const charta_progress_input *in, charta_assessment *a,
            charta_assessment *lt)
{
    switch (s->method[0]) {
    case 'e':
        charta_progress_eurostat(in, 5, a, &s->text);
        if (lt) {
            /* the short term's reason is not needed here: only its base year */
            charta_progress_eurostat(in, 15, lt, &s->text);
        }
        return;
    case 'u':
        charta_progress_unsd(in, a, &s->text);
        return;
    case 's':
        charta_progress_statcan(in, a, &s->text);
        return;
    default:
        charta_progress_dns(in, a, &s->text);
        return;
    }
}

/* The method on in into a (and lt), each noted with the break at from (0: none),
 * reasons kept in the result's pool. */
static charta_status
run_methods(stage *s, charta_result *res, const charta_progress_input *in, charta_assessment *a,
            charta_assessment *lt, int from, const charta_break_decl *b)
{
    if (s->lua) {
        charta_progress_clear(a, s->method);
        charta_status st = s->o->custom(s->o->custom_ctx, s->method, in, a, &s->text, s->d);
        if (st != CHARTA_OK)
            return st;
        if (from)
            note_break(a, &s->text, from, b);
        return keep_reason(res, a);
    }
    switch (s->method[0]) {
    case 'e':
        /* one scratch for both: the short term's reason is kept first */
        charta_progress_eurostat(in, 5, a, &s->text);
        if (from)
            note_break(a, &s->text, from, b);
        if (keep_reason(res, a) != CHARTA_OK)
            return CHARTA_ERR_NOMEM;
        charta_progress_eurostat(in, 15, lt, &s->text);
        if (from)
            note_break(lt, &s->text, from, b);
        if (keep_reason(res, lt) != CHARTA_OK)
            return CHARTA_ERR_NOMEM;
        a->long_term = lt;
        return CHARTA_OK;
    case 'u':
        charta_progress_unsd(in, a, &s->text);
        break;
    case 's':
        charta_progress_statcan(in, a, &s->text);
        break;
    default:
        charta_progress_dns(in, a, &s->text);
        break;
    }
    if (from)
        note_break(a, &s->text, from, b);
    return keep_reason(res, a);
}

/* Replace a (or eurostat's long term lt) with the assessment of the whole series:
 * the break lies before the span the method uses. */
static charta_status
keep_whole(stage *s, charta_result *res, const charta_progress_input *in, charta_assessment *a,
           charta_assessment *lt)
{
    if (a) {
        charta_assessment *keep_lt = a->long_term;
        if (s->method[0] == 'e')
            charta_progress_eurostat(in, 5, a, &s->text);
        else
            run_builtin(s, in, a, NULL);
        a->long_term = keep_lt;
        return keep_reason(res, a);
    }
    charta_progress_eurostat(in, 15, lt, &s->text);
    return keep_reason(res, lt);
}

/* One (indicator, area): a (and, for eurostat, its long-term twin lt). */
static charta_status
assess_one(stage *s, charta_result *res, size_t area, charta_assessment *a, charta_assessment *lt)
{
    const charta_indicator *ind = res->indicator;
    const charta_area *ar = charta_dataset_area(s->ds, area);
    size_t ny = charta_dataset_year_count(s->ds);
    int y0 = charta_dataset_year_first(s->ds);
    size_t n = 0;
    for (size_t y = 0; y < ny && y0 + (int)y <= s->year_last; y++) {
        size_t c = area * ny + y;
        if (charta_status_is_missing(res->status[c]) || !isfinite(res->values[c]))
            continue;
        s->points[n++] = (charta_point){y0 + (int)y, res->values[c]};
    }
    charta_progress_input in = {
        .points = s->points,
        .n_points = n,
        .direction = ind->direction,
        .has_limit = ind->has_limit,
        .limit = ind->limit,
        .indicator = ind->id,
        .area = ar->code,
        .area_name = ar->name,
        .unit = ind->unit,
    };
    const charta_target *t = pick_target(ind, ar->code, n ? s->points[n - 1].year : 0);
    bool unresolved = false;
    if (t) {
        in.target = t;
        in.has_target = true;
        in.target_year = t->year;
        /* a value target's base year starts the assessment (unsd, statcan); a
         * change target's base is only the reference of the change */
        in.base_year = t->has_value ? t->base : 0;
        if (t->has_value) {
            in.target_value = t->value;
        } else {
            long b = charta_points_find(s->points, n, t->base);
            if (b >= 0)
                in.target_value = s->points[b].value * (1.0 + t->change / 100.0);
            else
                unresolved = true;
        }
    }
    if (unresolved) {
        charta_progress_clear(a, s->method);
        a->with_target = true;
        a->target_year = t->year;
        if (n) {
            a->latest_year = s->points[n - 1].year;
            a->latest_value = s->points[n - 1].value;
        }
        charta_progress_na(
            a, &s->text, charta_progress_na_code(s->method), CHARTA_WHY_NO_TARGET_BASE,
            "the target is %+g %% from %d, which has no value here", t->change, t->base);
        charta_status st = keep_reason(res, a);
        if (lt) {
            *lt = *a;
            lt->period_years = 15;
            lt->term = "long";
            a->period_years = 5;
            a->term = "short";
            a->long_term = lt;
        }
        return st;
    }
    /* the unbroken stretch: from the latest break on */
    int from = s->break_year;
    for (size_t y = 0; y < ny && y0 + (int)y <= s->year_last; y++)
        if (res->status[area * ny + y] == CHARTA_ST_BREAK && y0 + (int)y > from)
            from = y0 + (int)y;
    long k = from ? charta_points_from(s->points, n, from) : 0;
    if (k < 0)
        k = (long)n; /* no value from the break on */
    if (k == 0)
        return run_methods(s, res, &in, a, lt, 0, NULL);
    charta_progress_input cut = in;
    cut.points = s->points + k;
    cut.n_points = n - (size_t)k;
    const charta_break_decl *b = break_of_year(s, from);
    if (s->lua)
        return run_methods(s, res, &cut, a, lt, from, b);
    /* the built-ins are pure: assess the whole series too, to see whether the break
     * shortens the span the method uses */
    charta_assessment full[2];
    run_builtin(s, &in, &full[0], lt ? &full[1] : NULL);
    charta_status st = run_methods(s, res, &cut, a, lt, from, b);
    if (st != CHARTA_OK)
        return st;
    if (!shortened(&full[0], a, from))
        st = keep_whole(s, res, &in, a, NULL);
    if (st == CHARTA_OK && lt && !shortened(&full[1], lt, from))
        st = keep_whole(s, res, &in, NULL, lt);
    return st;
}

static void
drop_all(charta_results *r)
{
    for (size_t i = 0; i < charta_results_count(r); i++) {
        charta_result *res = charta_results_slot(r, i);
        free(res->assess);
        res->assess = NULL;
        charta_strpool_free(res->assess_text);
        res->assess_text = NULL;
    }
}

charta_status
charta_progress_assess(charta_results *r, const charta_progress_opts *o, charta_diags *d)
{
    static const charta_progress_opts none = {0};
    if (!o)
        o = &none;
    const charta_project *p = charta_results_project(r);
    const charta_dataset *ds = charta_results_dataset(r);
    charta_status st = charta_progress_check(p, o->method, d);
    if (st != CHARTA_OK)
        return st;
    const char *name = o->method ? o->method : p->report.progress ? p->report.progress : "eurostat";
    stage s = {.p = p, .ds = ds, .o = o, .d = d};
    for (size_t i = 0; builtins[i]; i++)
        if (strcmp(name, builtins[i]) == 0)
            s.method = builtins[i];
    if (!s.method) {
        s.method = charta_progress_find_lua(p, name)->name;
        s.lua = true;
        if (!o->custom)
            return charta_diag_error(d, CHARTA_ERR_INTERNAL, NULL, 0, 0,
                                     "progress method '%s' is written in Lua, but the stage was "
                                     "given no engine to run it",
                                     name);
    }
    if ((st = check_target_areas(p, ds, d)) != CHARTA_OK)
        return st;
    size_t ny = charta_dataset_year_count(ds), na = charta_dataset_area_count(ds);
    int last = charta_dataset_year_first(ds) + (int)ny - 1;
    s.year_last = o->year_last && o->year_last < last ? o->year_last : last;
    s.points = malloc((ny ? ny : 1) * sizeof *s.points);
    if (!s.points)
        return CHARTA_ERR_NOMEM;
    bool two = strcmp(s.method, "eurostat") == 0;
    drop_all(r);
    for (size_t i = 0; i < charta_results_count(r) && st == CHARTA_OK; i++) {
        charta_result *res = charta_results_slot(r, i);
        res->assess = calloc((na ? na : 1) * (two ? 2 : 1), sizeof *res->assess);
        res->assess_text = charta_strpool_new();
        if (!res->assess || !res->assess_text) {
            st = CHARTA_ERR_NOMEM;
            break;
        }
        find_break(&s, res->indicator);
        for (size_t a = 0; a < na && st == CHARTA_OK; a++)
            st = assess_one(&s, res, a, &res->assess[a], two ? &res->assess[na + a] : NULL);
    }
    free(s.points);
    if (st != CHARTA_OK)
        drop_all(r);
    return st;
}

const char *
charta_progress_method_of(const charta_results *r)
{
    for (size_t i = 0; i < charta_results_count(r); i++) {
        const charta_result *res = charta_results_get(r, i);
        if (res->assess && charta_dataset_area_count(charta_results_dataset(r)))
            return res->assess[0].method;
    }
    return NULL;
}

/* --- categories and roll-ups ---------------------------------------------------- */

static const char *const eurostat_codes[] = {
    "significant_progress",   "moderate_progress",         "insufficient_progress", "movement_away",
    "moderate_movement_away", "significant_movement_away", "not_assessable",        NULL};
static const char *const unsd_codes[] = {"on_track",       "substantial_progress",
                                         "fair_progress",  "stagnation_or_regression",
                                         "not_assessable", NULL};
static const char *const statcan_codes[] = {"target_achieved",
                                            "substantial_progress",
                                            "moderate_progress",
                                            "limited_progress",
                                            "deterioration",
                                            "not_available",
                                            NULL};
static const char *const dns_codes[] = {"sun",          "partly_cloudy",  "cloudy",
                                        "thunderstorm", "not_assessable", NULL};

size_t
charta_progress_categories(const charta_project *p, const char *method, const char **codes,
                           size_t cap)
{
    const char *const *list = NULL;
    if (!method)
        return 0;
    if (!strcmp(method, "eurostat"))
        list = eurostat_codes;
    else if (!strcmp(method, "unsd"))
        list = unsd_codes;
    else if (!strcmp(method, "statcan"))
        list = statcan_codes;
    else if (!strcmp(method, "dns"))
        list = dns_codes;
    size_t n = 0;
    if (list) {
        for (; list[n]; n++)
            if (n < cap)
                codes[n] = list[n];
        return n;
    }
    const charta_method_decl *m = charta_progress_find_lua(p, method);
    for (size_t i = 0; m && i < m->n_categories; i++, n++)
        if (n < cap)
            codes[n] = m->categories[i];
    if (n < cap)
        codes[n] = "not_assessable";
    return n + 1;
}

static charta_status
group_init(charta_progress_group *g, const char *key, size_t n_codes)
{
    g->key = charta_strdup(key);
    g->counts = calloc(n_codes ? n_codes : 1, sizeof *g->counts);
    g->mean_score = NAN;
    return g->key && g->counts ? CHARTA_OK : CHARTA_ERR_NOMEM;
}

static void
group_free(charta_progress_group *g)
{
    free(g->key);
    free(g->counts);
}

void
charta_progress_rollup_free(charta_progress_rollup *ru)
{
    if (!ru)
        return;
    group_free(&ru->all);
    for (size_t i = 0; i < ru->n_fields; i++)
        group_free(&ru->fields[i]);
    for (size_t i = 0; i < ru->n_sdgs; i++)
        group_free(&ru->sdgs[i]);
    free(ru->fields);
    free(ru->sdgs);
    free(ru->codes);
    charta_hashtab_free(&ru->code_index);
    free(ru);
}

static const char *
rollup_code(const void *ctx, size_t i)
{
    const char *const *codes = ctx;
    return codes[i];
}

/* Add one assessment to a group; scores summed in sum/n for the mean. */
static void
group_add(charta_progress_group *g, const charta_progress_rollup *ru, const charta_assessment *a,
          double *sum, size_t *n, bool *all_achieved)
{
    g->n_indicators++;
    size_t c;
    if (charta_hashtab_find(&ru->code_index, a->category, &c))
        g->counts[c]++;
    if (!isnan(a->score)) {
        *sum += a->score;
        (*n)++;
        if (!(a->notes & CHARTA_NOTE_TARGET_REACHED))
            *all_achieved = false;
    }
}

static void
group_close(charta_progress_group *g, const char *method, double sum, size_t n, bool achieved)
{
    if (strcmp(method, "statcan") != 0)
        return;
    g->mean_score = n ? sum / (double)n : NAN;
    g->score_category = charta_progress_statcan_status(g->mean_score, n && achieved);
}

charta_progress_rollup *
charta_progress_rollup_new(const charta_results *r, size_t area)
{
    const char *method = charta_progress_method_of(r);
    const charta_project *p = charta_results_project(r);
    const charta_dataset *ds = charta_results_dataset(r);
    if (!method || area >= charta_dataset_area_count(ds))
        return NULL;
    charta_progress_rollup *ru = calloc(1, sizeof *ru);
    if (!ru)
        return NULL;
    ru->method = method;
    ru->area = area;
    ru->n_codes = charta_progress_categories(p, method, NULL, 0);
    ru->codes = calloc(ru->n_codes ? ru->n_codes : 1, sizeof *ru->codes);
    ru->fields = calloc(p->n_fields ? p->n_fields : 1, sizeof *ru->fields);
    ru->sdgs = calloc(17, sizeof *ru->sdgs);
    if (!ru->codes || !ru->fields || !ru->sdgs ||
        group_init(&ru->all, "", ru->n_codes) != CHARTA_OK)
        goto fail;
    charta_progress_categories(p, method, ru->codes, ru->n_codes);
    ru->code_index = (charta_hashtab){.key = rollup_code, .ctx = ru->codes};
    if (!charta_hashtab_rebuild(&ru->code_index, ru->n_codes))
        goto fail;
    size_t ni = charta_results_count(r);
    /* per field, in project order; per goal, 1..17; only groups with indicators */
    for (size_t f = 0; f < p->n_fields; f++) {
        double sum = 0;
        size_t n = 0;
        bool ach = true;
        charta_progress_group g = {0};
        for (size_t i = 0; i < ni; i++) {
            const charta_result *res = charta_results_get(r, i);
            if (!res->assess || !res->indicator->field ||
                strcmp(res->indicator->field, p->fields[f].id) != 0)
                continue;
            if (!g.key && group_init(&g, p->fields[f].id, ru->n_codes) != CHARTA_OK) {
                group_free(&g);
                goto fail;
            }
            group_add(&g, ru, &res->assess[area], &sum, &n, &ach);
        }
        if (g.key) {
            group_close(&g, method, sum, n, ach);
            ru->fields[ru->n_fields++] = g;
        }
    }
    for (int goal = 1; goal <= 17; goal++) {
        double sum = 0;
        size_t n = 0;
        bool ach = true;
        charta_progress_group g = {0};
        for (size_t i = 0; i < ni; i++) {
            const charta_result *res = charta_results_get(r, i);
            bool in = false;
            for (size_t k = 0; k < res->indicator->n_sdgs && !in; k++)
                in = charta_sdg_goal(res->indicator->sdgs[k]) == goal;
            if (!res->assess || !in)
                continue;
            if (!g.key) {
                char key[4];
                snprintf(key, sizeof key, "%d", goal);
                if (group_init(&g, key, ru->n_codes) != CHARTA_OK) {
                    group_free(&g);
                    goto fail;
                }
            }
            group_add(&g, ru, &res->assess[area], &sum, &n, &ach);
        }
        if (g.key) {
            group_close(&g, method, sum, n, ach);
            ru->sdgs[ru->n_sdgs++] = g;
        }
    }
    {
        double sum = 0;
        size_t n = 0;
        bool ach = true;
        for (size_t i = 0; i < ni; i++) {
            const charta_result *res = charta_results_get(r, i);
            if (res->assess)
                group_add(&ru->all, ru, &res->assess[area], &sum, &n, &ach);
        }
        group_close(&ru->all, method, sum, n, ach);
    }
    return ru;
fail:
    charta_progress_rollup_free(ru);
    return NULL;
}

int
charta_progress_start(const charta_progress_input *in, charta_assessment *a,
                      charta_progress_text *t, const char *na)
{
    int dir = charta_dir_sign(in->direction);
    if (in->has_target) {
        a->with_target = true;
        a->target_year = (short)in->target_year;
        a->target_value = in->target_value;
    }
    if (in->n_points) {
        a->latest_year = (short)in->points[in->n_points - 1].year;
        a->latest_value = in->points[in->n_points - 1].value;
    }
    if (!dir) {
        charta_progress_na(a, t, na, CHARTA_WHY_NO_DIRECTION, "direction is none");
        return 0;
    }
    if (!in->n_points) {
        charta_progress_na(a, t, na, CHARTA_WHY_NO_DATA, "no value");
        return 0;
    }
    return dir;
}
