/* provenance.c: how the report words where its data come from (report.h):
 * areas named with their codes, year ranges, the notes on missing cells,
 * licences and dates of the sources. Shared by the workbook and the PDF, so
 * both say the same thing in the same words. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charta/labels.h"
#include "charta/report.h"
#include "charta/util.h"

char *
charta_report_area_named(const charta_dataset *ds, const char *code)
{
    if (!code)
        return charta_strdup("");
    int a = charta_dataset_find_area(ds, code);
    const charta_area *ar = a >= 0 ? charta_dataset_area(ds, (size_t)a) : NULL;
    if (!ar || !ar->name || !ar->name[0] || strcmp(ar->name, code) == 0)
        return charta_strdup(code);
    return charta_asprintf("%s (%s)", ar->name, code);
}

void
charta_report_years(int first, int last, bool glue, char out[16])
{
    if (first == last)
        snprintf(out, 16, "%d", first);
    else /* U+2060 WORD JOINER: no line break after the dash */
        snprintf(out, 16, "%d\xE2\x80\x93%s%d", first, glue ? "\xE2\x81\xA0" : "", last);
}

char *
charta_report_note_text(const charta_dataset *ds, const charta_note *n, const char *lang)
{
    if (n->kind == CHARTA_NOTE_REPORTED_WITH) {
        char *other = charta_report_area_named(ds, n->arg);
        if (!other)
            return NULL;
        char *s = charta_asprintf(charta_label_get(CHARTA_LBL_NOTE_REPORTED_WITH, lang), other);
        free(other);
        return s;
    }
    return charta_strdup(charta_label_get(CHARTA_LBL_NOTE_NOT_REPORTED, lang));
}

/* The long names of the licences German and UN data come under, by their short
 * names (as in GovData's licence list), in German and in their official English. */
static const struct {
    const char *id, *de, *en;
} licences[] = {
    {"dl-de/by-2-0", "Datenlizenz Deutschland \xE2\x80\x93 Namensnennung \xE2\x80\x93 Version 2.0",
     "Data licence Germany \xE2\x80\x93 attribution \xE2\x80\x93 version 2.0"},
    {"dl-de/zero-2-0", "Datenlizenz Deutschland \xE2\x80\x93 Zero \xE2\x80\x93 Version 2.0",
     "Data licence Germany \xE2\x80\x93 Zero \xE2\x80\x93 version 2.0"},
    {"cc-by-4.0", "Creative Commons Namensnennung 4.0 International (CC BY 4.0)",
     "Creative Commons Attribution 4.0 International (CC BY 4.0)"},
    {"cc0-1.0", "Creative Commons Zero 1.0 (CC0 1.0)", "Creative Commons Zero 1.0 (CC0 1.0)"},
};

char *
charta_report_licence_text(const char *licence, const char *statement, const char *lang)
{
    bool de = lang && strncmp(lang, "de", 2) == 0;
    if (licence && licence[0])
        for (size_t i = 0; i < sizeof licences / sizeof licences[0]; i++)
            if (strcmp(licence, licences[i].id) == 0)
                return charta_asprintf("%s (%s)", de ? licences[i].de : licences[i].en, licence);
    if (statement && statement[0])
        return licence && licence[0] && !strstr(statement, licence)
                   ? charta_asprintf("%s (%s)", statement, licence)
                   : charta_strdup(statement);
    return licence && licence[0] ? charta_strdup(licence) : NULL;
}

void
charta_report_date_text(const char *iso, const char *lang, char out[32])
{
    int y, m, d;
    if (!iso || !charta_date_parse(iso, 1800, &y, &m, &d))
        snprintf(out, 32, "%s", iso ? iso : "");
    else if (lang && strncmp(lang, "de", 2) == 0)
        snprintf(out, 32, "%02d.%02d.%04d", d, m, y);
    else {
        static const char *const months[] = {"January", "February", "March",     "April",
                                             "May",     "June",     "July",      "August",
                                             "September", "October", "November", "December"};
        snprintf(out, 32, "%d %s %04d", d, months[m - 1], y);
    }
}

const char *
charta_report_input_title(const charta_project *p, const charta_input *in, const char *lang)
{
    for (size_t s = 0; p && in->source && s < p->n_sources; s++)
        if (p->sources[s].name && strcmp(p->sources[s].name, in->source) == 0 &&
            p->sources[s].title.n)
            return charta_text_get(&p->sources[s].title, lang, NULL);
    if (in->title && in->title[0])
        return in->title;
    if (in->publisher && in->publisher[0])
        return in->publisher;
    return in->source ? in->source : "";
}
