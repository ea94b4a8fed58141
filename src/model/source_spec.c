/* source_spec.c: releasing the declared source and areas specs.
 *
 * The specs are part of the project model (project.h owns them); the
 * importers that read them are a stage above.
 */
#include "charta/source_spec.h"

#include <stdlib.h>
#include <string.h>

static void
filter_free(charta_dim_filter *f, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(f[i].dim);
        for (size_t k = 0; k < f[i].n_values; k++)
            free(f[i].values[k]);
        free(f[i].values);
    }
    free(f);
}

void
charta_source_spec_clear(charta_source_spec *spec)
{
    if (!spec)
        return;
    free(spec->name);
    free(spec->file);
    free(spec->decl_file);
    free(spec->format);
    free(spec->preset);
    free(spec->area);
    free(spec->area_name);
    free(spec->area_value);
    free(spec->year);
    free(spec->variable);
    free(spec->value);
    free(spec->sheet);
    free(spec->range);
    for (size_t i = 0; i < spec->n_vars; i++) {
        free(spec->vars[i].name);
        free(spec->vars[i].column);
        free(spec->vars[i].unit);
        free(spec->vars[i].weight);
        filter_free(spec->vars[i].filter, spec->vars[i].n_filter);
    }
    free(spec->vars);
    for (size_t i = 0; i < spec->n_missing; i++)
        free(spec->missing[i]);
    free(spec->missing);
    free(spec->licence);
    for (size_t i = 0; i < spec->n_signs; i++)
        free(spec->signs[i].sign);
    free(spec->signs);
    for (size_t i = 0; i < spec->n_reported_with; i++) {
        free(spec->reported_with[i].area);
        free(spec->reported_with[i].with);
    }
    free(spec->reported_with);
    free(spec->publisher);
    free(spec->attribution);
    for (size_t i = 0; i < spec->title.n; i++) {
        free(spec->title.lang[i]);
        free(spec->title.text[i]);
    }
    free(spec->title.lang);
    free(spec->title.text);
    filter_free(spec->filter, spec->n_filter);
    for (size_t i = 0; i < spec->n_area_codes; i++) {
        free(spec->area_code_from[i]);
        free(spec->area_code_to[i]);
    }
    free(spec->area_code_from);
    free(spec->area_code_to);
    memset(spec, 0, sizeof *spec);
}

static const char *const sign_meanings[] = {"zero-or-not-reported", "zero", "missing",
                                            "confidential"};

bool
charta_sign_meaning_parse(const char *s, charta_sign_meaning *out)
{
    for (size_t i = 0; i < sizeof sign_meanings / sizeof sign_meanings[0]; i++)
        if (strcmp(s, sign_meanings[i]) == 0) {
            *out = (charta_sign_meaning)i;
            return true;
        }
    return false;
}

const char *
charta_sign_meaning_name(charta_sign_meaning m)
{
    return (unsigned)m < sizeof sign_meanings / sizeof sign_meanings[0] ? sign_meanings[m]
                                                                          : "?";
}

const char *
charta_sign_meaning_names(void)
{
    return "\"zero-or-not-reported\", \"zero\", \"missing\", \"confidential\"";
}

void
charta_areas_spec_clear(charta_areas_spec *spec)
{
    if (!spec)
        return;
    free(spec->file);
    free(spec->decl_file);
    free(spec->code);
    free(spec->name);
    free(spec->parent);
    for (size_t i = 0; i < spec->n_inline; i++) {
        if (spec->inline_code)
            free(spec->inline_code[i]);
        if (spec->inline_name)
            free(spec->inline_name[i]);
        if (spec->inline_parent)
            free(spec->inline_parent[i]);
    }
    free(spec->inline_code);
    free(spec->inline_name);
    free(spec->inline_parent);
    memset(spec, 0, sizeof *spec);
}

static const char *const period_rules[] = {"none", "mean", "sum", "min", "max", "last", "count"};

bool
charta_period_rule_parse(const char *s, charta_period_rule *out)
{
    for (size_t i = 1; i < sizeof period_rules / sizeof period_rules[0]; i++)
        if (strcmp(s, period_rules[i]) == 0) {
            *out = (charta_period_rule)i;
            return true;
        }
    return false;
}

const char *
charta_period_rule_name(charta_period_rule r)
{
    return (unsigned)r < sizeof period_rules / sizeof period_rules[0] ? period_rules[r] : "?";
}
