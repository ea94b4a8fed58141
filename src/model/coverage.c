/* coverage.c: the indicators per action field and SDG (coverage.h). */
#include "charta/coverage.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

int
charta_sdg_goal(const char *code)
{
    if (!code)
        return 0;
    int g = 0;
    const char *c = code;
    for (; *c >= '0' && *c <= '9' && c - code < 2; c++)
        g = g * 10 + (*c - '0');
    return c > code && (*c == '.' || !*c) && g >= 1 && g <= CHARTA_SDG_GOALS ? g : 0;
}

charta_coverage *
charta_coverage_new(const charta_project *p)
{
    charta_coverage *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->n_fields = p->n_fields;
    c->counts = calloc(p->n_fields ? p->n_fields * CHARTA_SDG_GOALS : 1, sizeof *c->counts);
    if (!c->counts) {
        free(c);
        return NULL;
    }
    for (size_t i = 0; i < p->n_indicators; i++) {
        const charta_indicator *ind = &p->indicators[i];
        size_t f = 0;
        while (f < p->n_fields && !(ind->field && strcmp(p->fields[f].id, ind->field) == 0))
            f++;
        bool seen[CHARTA_SDG_GOALS + 1] = {false};
        for (size_t s = 0; s < ind->n_sdgs; s++) {
            int g = charta_sdg_goal(ind->sdgs[s]);
            if (!g || seen[g])
                continue;
            seen[g] = true;
            if (f < p->n_fields)
                c->counts[f * CHARTA_SDG_GOALS + (size_t)(g - 1)]++;
            c->total[g - 1]++;
        }
    }
    for (int g = 1; g <= CHARTA_SDG_GOALS; g++)
        if (!c->total[g - 1])
            c->missing[c->n_missing++] = g;
    return c;
}

void
charta_coverage_free(charta_coverage *c)
{
    if (!c)
        return;
    free(c->counts);
    free(c);
}

size_t
charta_coverage_at(const charta_coverage *c, size_t f, int goal)
{
    if (f >= c->n_fields || goal < 1 || goal > CHARTA_SDG_GOALS)
        return 0;
    return c->counts[f * CHARTA_SDG_GOALS + (size_t)(goal - 1)];
}
