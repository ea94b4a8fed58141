/* progress_describe.c: the words of the progress assessment: category
 * labels, method titles, the sentence with the working, and the block that
 * `charta show` prints (progress.h). German and English; numbers in the
 * C locale, with a decimal comma in German.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "charta/numfmt.h"
#include "progress_internal.h"

/* --- labels ----------------------------------------------------------------- */

typedef struct label_row {
    const char *method, *code;
    int target; /* 1 with a target, 0 without, -1 either */
    const char *en, *de;
} label_row;

static const label_row labels[] = {
    {"eurostat", "significant_progress", 1, "significant progress towards the target",
     "deutliche Fortschritte zum Ziel"},
    {"eurostat", "significant_progress", 0, "significant progress", "deutliche Fortschritte"},
    {"eurostat", "moderate_progress", 1, "moderate progress towards the target",
     "mäßige Fortschritte zum Ziel"},
    {"eurostat", "moderate_progress", 0, "moderate progress", "mäßige Fortschritte"},
    {"eurostat", "insufficient_progress", -1, "insufficient progress towards the target",
     "unzureichende Fortschritte zum Ziel"},
    {"eurostat", "movement_away", -1, "movement away from the target", "Entfernung vom Ziel"},
    {"eurostat", "moderate_movement_away", -1, "moderate movement away",
     "leichte Entwicklung in die falsche Richtung"},
    {"eurostat", "significant_movement_away", -1, "significant movement away",
     "deutliche Entwicklung in die falsche Richtung"},
    {"unsd", "on_track", -1, "on track", "auf Kurs"},
    {"unsd", "substantial_progress", -1, "substantial progress", "deutliche Fortschritte"},
    {"unsd", "fair_progress", -1, "fair progress, acceleration needed",
     "Fortschritte, Beschleunigung nötig"},
    {"unsd", "stagnation_or_regression", -1, "stagnation or regression",
     "Stillstand oder Rückschritt"},
    {"statcan", "target_achieved", -1, "target achieved", "Ziel erreicht"},
    {"statcan", "substantial_progress", -1, "substantial progress", "deutliche Fortschritte"},
    {"statcan", "moderate_progress", -1, "moderate progress", "mäßige Fortschritte"},
    {"statcan", "limited_progress", -1, "limited progress", "geringe Fortschritte"},
    {"statcan", "deterioration", -1, "deterioration", "Verschlechterung"},
    {"statcan", "not_available", -1, "not available", "nicht verfügbar"},
    {"dns", "sun", -1, "sun", "Sonne"},
    {"dns", "partly_cloudy", -1, "partly cloudy", "leicht bewölkt"},
    {"dns", "cloudy", -1, "cloudy", "bewölkt"},
    {"dns", "thunderstorm", -1, "thunderstorm", "Gewitter"},
    {NULL, "not_assessable", -1, "not assessable", "nicht bewertbar"},
};

static bool
is_de(const char *lang)
{
    return lang && strcmp(lang, "de") == 0;
}

const char *
charta_progress_label(const char *method, const char *category, bool with_target, const char *lang)
{
    if (!category)
        return "";
    for (size_t i = 0; i < sizeof labels / sizeof *labels; i++) {
        const label_row *l = &labels[i];
        if ((l->method && (!method || strcmp(l->method, method) != 0)) ||
            strcmp(l->code, category) != 0 || (l->target >= 0 && l->target != with_target))
            continue;
        return is_de(lang) ? l->de : l->en;
    }
    return category;
}

const char *
charta_progress_method_title(const char *method, const char *lang)
{
    bool de = is_de(lang);
    if (!method)
        return "";
    if (!strcmp(method, "eurostat"))
        return de ? "Eurostat (EU-SDG-Monitoring)" : "Eurostat (EU SDG monitoring)";
    if (!strcmp(method, "unsd"))
        return de ? "UN-SDG-Fortschrittsdiagramm" : "UN SDG Progress Chart";
    if (!strcmp(method, "statcan"))
        return de ? "Open SDG (Statistics Canada)" : "Open SDG (Statistics Canada)";
    if (!strcmp(method, "dns"))
        return de ? "Deutsche Nachhaltigkeitsstrategie" : "German Sustainability Strategy";
    return method;
}

/* --- numbers ------------------------------------------------------------------ */

typedef struct numtext {
    char s[48];
} numtext;

/* x in the style of the texts: a decimal comma in German, U+2212 for minus,
 * '+' when sign is asked for. */
static numtext
styled(double x, charta_numfmt_mode mode, int decimals, bool de, bool sign)
{
    numtext t;
    charta_numfmt f = {.decimal = de ? "," : ".",
                       .group = "",
                       .minus = "\xe2\x88\x92",
                       .plus = sign ? "+" : NULL,
                       .mode = mode};
    charta_numfmt_format(&f, x, decimals, t.s, sizeof t.s);
    return t;
}

/* About four significant digits, never an exponent for everyday sizes; "-"
 * for a missing number. */
static numtext
num(double x, bool de, bool sign)
{
    if (!isfinite(x))
        return (numtext){"-"};
    return styled(x, CHARTA_NUMFMT_SIGNIFICANT, 0, de, sign);
}

/* a percentage from a fraction: 66.4 %, 135 % */
static numtext
pct(double fraction, bool de)
{
    if (!isfinite(fraction))
        return num(fraction, de, false);
    double p = fraction * 100;
    numtext n;
    if (isinf(p)) { /* a fraction beyond 1.8e306 */
        snprintf(n.s, sizeof n.s, "%sinf %%", p < 0 ? "\xe2\x88\x92" : "");
        return n;
    }
    n = styled(p, CHARTA_NUMFMT_FIXED_FULL, fabs(p) >= 100 ? 0 : 1, de, false);
    size_t l = strlen(n.s);
    snprintf(n.s + l, sizeof n.s - l, " %%");
    return n;
}

/* percent per year, signed: +1.83 %, -12.4 %, -100 % */
static numtext
rate(double percent, bool de)
{
    if (!isfinite(percent))
        return num(percent, de, false);
    double a = fabs(percent);
    numtext n = styled(percent, CHARTA_NUMFMT_FIXED_FULL, a >= 100 ? 0 : a >= 10 ? 1 : 2, de, true);
    size_t l = strlen(n.s);
    snprintf(n.s + l, sizeof n.s - l, " %%");
    return n;
}

/* the short name inside parentheses */
static const char *
short_title(const char *method, bool de)
{
    if (!strcmp(method, "eurostat"))
        return "Eurostat";
    if (!strcmp(method, "unsd"))
        return de ? "UN-Fortschrittsdiagramm" : "UN Progress Chart";
    if (!strcmp(method, "statcan"))
        return "Open SDG";
    if (!strcmp(method, "dns"))
        return de ? "Nachhaltigkeitsstrategie" : "Sustainability Strategy";
    return method;
}

/* --- reasons in words ---------------------------------------------------------- */

static void
why_words(const charta_assessment *a, bool de, charta_buf *out)
{
    switch (a->why) {
    case CHARTA_WHY_NO_DIRECTION:
        charta_buf_puts(out, de ? "keine Richtung (direction = \"none\")"
                                : "no direction (direction = \"none\")");
        return;
    case CHARTA_WHY_NO_DATA:
        charta_buf_puts(out, de ? "keine Werte" : "no values");
        return;
    case CHARTA_WHY_NOT_POSITIVE:
        charta_buf_puts(out, de ? "eine Wachstumsrate braucht Werte über null"
                                : "a growth rate needs values above zero");
        return;
    case CHARTA_WHY_CROSSES_ZERO:
        charta_buf_puts(out, de ? "Basis- und letzter Wert haben verschiedene Vorzeichen"
                                : "the base and the latest value differ in sign");
        return;
    case CHARTA_WHY_BEFORE_BASE:
        charta_buf_puts(out, de ? "alle Werte liegen vor dem Basisjahr"
                                : "every value lies before the base year");
        return;
    case CHARTA_WHY_TARGET_YEAR_AT_BASE:
        charta_buf_puts(out,
                        de ? "das Zieljahr ist das Basisjahr" : "the target year is the base year");
        return;
    case CHARTA_WHY_TARGET_AT_BASE:
        charta_buf_puts(out,
                        de ? "der Zielwert ist der Basiswert" : "the target equals the base value");
        return;
    case CHARTA_WHY_NO_TARGET_BASE:
        charta_buf_puts(out, de ? "kein Wert im Basisjahr des Ziels"
                                : "no value in the target's base year");
        return;
    case CHARTA_WHY_OVERFLOW:
        charta_buf_puts(out, de ? "die Wachstumsrate läuft über" : "the growth rate overflows");
        return;
    case CHARTA_WHY_TOO_FEW:
        if (a->period_years)
            charta_buf_printf(out,
                              de ? "zu wenige Werte in den letzten %d Jahren"
                                 : "too few values in the last %d years",
                              a->period_years);
        else
            charta_buf_puts(out, de ? "zu wenige Werte" : "too few values");
        return;
    default:
        charta_buf_puts(out,
                        a->reason[0] ? a->reason : (de ? "nicht bewertbar" : "not assessable"));
        return;
    }
}

/* The break in series an assessment starts at, as a sentence: "Assessed from
 * 2008 on: break in series — <the declared reason>." */
static void
break_words(const charta_assessment *a, bool de, charta_buf *out)
{
    const char *why = a->series_break
                          ? charta_text_get(&a->series_break->reason, de ? "de" : "en", "en")
                          : "";
    if (a->level == CHARTA_LEVEL_NONE)
        charta_buf_printf(out, de ? " Nur die Jahre ab %d zählen: Bruch in der Zeitreihe"
                                  : " Only the years from %d on count: break in series",
                          a->break_year);
    else
        charta_buf_printf(out, de ? " Bewertet ab %d: Bruch in der Zeitreihe"
                                  : " Assessed from %d on: break in series",
                          a->break_year);
    if (why[0])
        charta_buf_printf(out, " \xe2\x80\x94 %s", why);
    else
        charta_buf_puts(out, de ? " (in den Daten markiert)" : " (flagged in the data)");
    size_t n = out->len;
    if (!(n && out->data[n - 1] == '.'))
        charta_buf_puts(out, ".");
}

/* The short notes, as sentences. */
static void
note_words(const charta_assessment *a, bool de, charta_buf *out)
{
    if (a->notes & CHARTA_NOTE_TARGET_REACHED)
        charta_buf_printf(out, de ? " Das Ziel %s ist erreicht." : " The target %s is reached.",
                          num(a->target_value, de, false).s);
    if (a->notes & CHARTA_NOTE_AT_LIMIT)
        charta_buf_puts(out, de ? " Der Wert liegt an seiner natürlichen Grenze."
                                : " The value is at its natural limit.");
    if (a->notes & CHARTA_NOTE_FELL_BACK)
        charta_buf_puts(out, de ? " Das Ziel war schon erreicht, ist es aber nicht mehr."
                                : " The target had been met, but no longer is.");
    if (a->notes & CHARTA_NOTE_TARGET_PASSED)
        charta_buf_printf(out,
                          de ? " Das Zieljahr %d ist vorüber." : " The target year %d has passed.",
                          a->target_year);
    if (a->notes & CHARTA_NOTE_TARGET_BEFORE)
        charta_buf_puts(out, de ? " Das Zieljahr liegt vor dem Zeitraum: bewertet nach dem Trend."
                                : " The target year lies before the period: assessed by trend.");
    if (a->notes & CHARTA_NOTE_BASE_MOVED)
        charta_buf_printf(
            out, de ? " Kein Wert im Basisjahr: ab %d." : " No value in the base year: from %d.",
            a->base_year);
    if (a->notes & (CHARTA_NOTE_ZERO_BASE | CHARTA_NOTE_ZERO_TARGET))
        charta_buf_puts(out, de ? " Null wird, wie bei Open SDG, als 0,001 gerechnet."
                                : " Zero counts as 0.001, as in Open SDG.");
    if (a->notes & CHARTA_NOTE_SCORE_DIFFERS)
        charta_buf_printf(
            out,
            de ? " Aus dem Punktwert ergibt sich bei Open SDG: %s."
               : " From the score, Open SDG's indicator status is: %s.",
            charta_progress_label("statcan", a->score_category, true, de ? "de" : "en"));
    if (a->notes & CHARTA_NOTE_METHOD && a->reason[0])
        charta_buf_printf(out, " %s", a->reason);
    if (a->notes & CHARTA_NOTE_BREAK)
        break_words(a, de, out);
}

static void
capitalized(charta_buf *out, const char *s)
{
    if (s[0] >= 'a' && s[0] <= 'z') {
        char c = (char)(s[0] - 'a' + 'A');
        charta_buf_append(out, &c, 1);
        charta_buf_puts(out, s + 1);
    } else {
        charta_buf_puts(out, s);
    }
}

/* --- the sentence ------------------------------------------------------------------ */

static void
describe_eurostat(const charta_assessment *a, bool de, charta_buf *out)
{
    const char *term = a->period_years == 15 ? (de ? "langfristig" : "long term")
                                             : (de ? "kurzfristig" : "short term");
    charta_buf_printf(out, " (Eurostat, %s %d\xe2\x80\x93%d%s)", term, a->base_year, a->latest_year,
                      a->with_target ? "" : (de ? ", ohne Ziel" : ", no target"));
    if (isnan(a->cagr_actual))
        return;
    charta_buf_printf(
        out,
        de ? ": von %s (%d) auf %s (%d), %s pro Jahr" : ": from %s in %d to %s in %d is %s a year",
        num(a->base_value, de, false).s, a->base_year, num(a->latest_value, de, false).s,
        a->latest_year, rate(a->cagr_actual, de).s);
    if (!isnan(a->ratio)) {
        charta_buf_printf(out,
                          de ? "; für %s bis %d wären %s pro Jahr nötig, erreicht ist %s dieses "
                               "Tempos (deutlich ab 95 %%, mäßig ab 60 %%)"
                             : "; %s by %d needed %s a year, the pace is %s of that "
                               "(significant from 95 %%, moderate from 60 %%)",
                          num(a->target_value, de, false).s, a->target_year,
                          rate(a->cagr_required, de).s, pct(a->ratio, de).s);
    } else if (!a->with_target) {
        charta_buf_puts(out, de ? " (deutlich ab 1 % in die gewünschte Richtung)"
                                : " (significant from 1 % in the desired direction)");
    }
}

static void
describe_unsd(const charta_assessment *a, bool de, charta_buf *out)
{
    charta_buf_printf(out, " (%s%s)", short_title("unsd", de),
                      a->with_target ? "" : (de ? ", ohne Ziel" : ", no target"));
    if (isnan(a->cagr_actual))
        return;
    charta_buf_printf(
        out,
        de ? ": von %s (%d) auf %s (%d), %s pro Jahr" : ": from %s in %d to %s in %d is %s a year",
        num(a->base_value, de, false).s, a->base_year, num(a->latest_value, de, false).s,
        a->latest_year, rate(a->cagr_actual, de).s);
    if (a->with_target && !isnan(a->projected_value)) {
        charta_buf_printf(out, de ? "; so fortgesetzt %s im Jahr %d" : "; carried on, %s in %d",
                          num(a->projected_value, de, false).s, a->target_year);
        if (!isnan(a->ratio))
            charta_buf_printf(out,
                              de ? ", %s des Wegs zum Ziel %s (auf Kurs ab 95 %%, Fortschritte ab "
                                   "10 %%)"
                                 : ", %s of the way to the target %s (on track from 95 %%, fair "
                                   "from 10 %%)",
                              pct(a->ratio, de).s, num(a->target_value, de, false).s);
    } else if (!a->with_target) {
        charta_buf_puts(out, de ? " (deutlich ab 2 %, Fortschritte ab 0,5 %)"
                                : " (substantial from 2 %, fair from 0.5 %)");
    }
}

static void
describe_statcan(const charta_assessment *a, bool de, charta_buf *out)
{
    if (!isnan(a->score))
        charta_buf_printf(out, de ? " (Open SDG, Punktwert %s)" : " (Open SDG, score %s)",
                          num(a->score, de, false).s);
    else
        charta_buf_puts(out, " (Open SDG)");
    if (isnan(a->cagr_actual))
        return;
    charta_buf_printf(
        out,
        de ? ": von %s (%d) auf %s (%d), %s pro Jahr" : ": from %s in %d to %s in %d is %s a year",
        num(a->base_value, de, false).s, a->base_year, num(a->latest_value, de, false).s,
        a->latest_year, rate(a->cagr_actual, de).s);
    if (a->with_target && !isnan(a->cagr_required))
        charta_buf_printf(
            out, de ? "; für %s bis %d wären %s pro Jahr nötig" : "; %s by %d needs %s a year",
            num(a->target_value, de, false).s, a->target_year, rate(a->cagr_required, de).s);
    if (!isnan(a->ratio))
        charta_buf_printf(out, de ? "; Fortschrittswert %s" : "; progress value %s",
                          num(a->ratio, de, false).s);
}

static void
describe_dns(const charta_assessment *a, bool de, charta_buf *out)
{
    charta_buf_printf(out, " (%s%s)", short_title("dns", de),
                      a->with_target ? "" : (de ? ", ohne Ziel" : ", no target"));
    if (isnan(a->change_per_year))
        return;
    charta_buf_printf(out,
                      de ? ": seit %d im Mittel %s pro Jahr" : ": since %d, %s a year on average",
                      a->base_year, num(a->change_per_year, de, true).s);
    if (!a->with_target) {
        charta_buf_printf(out, de ? ", zuletzt %s pro Jahr" : ", lately %s a year",
                          num(a->change_last, de, true).s);
        return;
    }
    charta_buf_printf(out,
                      de ? "; von %s (%d) fortgeschrieben %s im Jahr %d"
                         : "; carried on from %s in %d, %s in %d",
                      num(a->latest_value, de, false).s, a->latest_year,
                      num(a->projected_value, de, false).s, a->target_year);
    if (!isnan(a->ratio) && a->ratio > 0 && a->level >= 0)
        charta_buf_printf(out,
                          de ? ", das Ziel %s würde um %s der Lücke verfehlt (Sonne unter 5 %%, "
                               "leicht bewölkt bis 20 %%)"
                             : ", missing the target %s by %s of the gap (sun below 5 %%, "
                               "partly cloudy up to 20 %%)",
                          num(a->target_value, de, false).s, pct(a->ratio, de).s);
    else if (a->level >= 3)
        charta_buf_printf(out, de ? ", das Ziel %s würde erreicht" : ", reaching the target %s",
                          num(a->target_value, de, false).s);
    else
        charta_buf_printf(out, de ? ", weg vom Ziel %s" : ", away from the target %s",
                          num(a->target_value, de, false).s);
}

void
charta_progress_describe(const charta_assessment *a, const char *lang, charta_buf *out)
{
    bool de = is_de(lang);
    const char *code = lang && is_de(lang) ? "de" : "en";
    capitalized(out, charta_progress_label(a->method, a->category, a->with_target, code));
    if (a->level == CHARTA_LEVEL_NONE) {
        charta_buf_printf(out, " (%s): ", short_title(a->method, de));
        why_words(a, de, out);
        charta_buf_puts(out, ".");
        note_words(a, de, out);
        return;
    }
    if (!strcmp(a->method, "eurostat"))
        describe_eurostat(a, de, out);
    else if (!strcmp(a->method, "unsd"))
        describe_unsd(a, de, out);
    else if (!strcmp(a->method, "statcan"))
        describe_statcan(a, de, out);
    else if (!strcmp(a->method, "dns"))
        describe_dns(a, de, out);
    else
        charta_buf_printf(out, " (%s)", a->method);
    charta_buf_puts(out, ".");
    note_words(a, de, out);
}

/* --- charta show ------------------------------------------------------------------ */

/* pad to width characters (UTF-8 aware), cutting what is longer */
static void
padded(charta_buf *out, const char *s, size_t width)
{
    size_t chars = 0, i = 0;
    for (; s[i]; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80) {
            if (chars == width)
                break;
            chars++;
        }
    }
    charta_buf_append(out, s, i);
    for (; chars < width; chars++)
        charta_buf_puts(out, " ");
}

/* The measure of one assessment, compact. */
static void
measure(const charta_assessment *a, bool de, charta_buf *out)
{
    if (a->level == CHARTA_LEVEL_NONE) {
        why_words(a, de, out);
        return;
    }
    const char *yr = de ? "/Jahr" : "/yr";
    if (!strcmp(a->method, "dns")) {
        charta_buf_printf(out, "%d\xe2\x80\x93%d %s%s", a->base_year, a->latest_year,
                          num(a->change_per_year, de, true).s, yr);
        if (a->with_target) {
            charta_buf_printf(
                out, de ? " \xe2\x86\x92 %s (%d), Ziel %s" : " \xe2\x86\x92 %s (%d), target %s",
                num(a->projected_value, de, false).s, a->target_year,
                num(a->target_value, de, false).s);
            if (!isnan(a->ratio) && a->ratio > 0)
                charta_buf_printf(out, de ? ", verfehlt um %s" : ", missed by %s",
                                  pct(a->ratio, de).s);
        } else
            charta_buf_printf(out, de ? ", zuletzt %s%s" : ", last %s%s",
                              num(a->change_last, de, true).s, yr);
        return;
    }
    if (a->base_year && !isnan(a->cagr_actual))
        charta_buf_printf(out, "%d\xe2\x80\x93%d %s%s", a->base_year, a->latest_year,
                          rate(a->cagr_actual, de).s, yr);
    else if (a->latest_year)
        charta_buf_printf(out, "%d %s", a->latest_year, num(a->latest_value, de, false).s);
    if (!strcmp(a->method, "eurostat") && !isnan(a->ratio))
        charta_buf_printf(out, de ? ", nötig %s%s: %s" : ", needed %s%s: %s",
                          rate(a->cagr_required, de).s, yr, pct(a->ratio, de).s);
    else if (!strcmp(a->method, "unsd") && !isnan(a->ratio))
        charta_buf_printf(out, " \xe2\x86\x92 %s (%d): Q %s", num(a->projected_value, de, false).s,
                          a->target_year, num(a->ratio, de, false).s);
    else if (!strcmp(a->method, "statcan") && !isnan(a->score))
        charta_buf_printf(out, de ? ", Wert %s, Punkte %s" : ", value %s, score %s",
                          num(a->ratio, de, false).s, num(a->score, de, false).s);
    else if (!isnan(a->ratio))
        charta_buf_printf(out, ", %s", num(a->ratio, de, false).s);
    if (a->notes & CHARTA_NOTE_TARGET_REACHED)
        charta_buf_puts(out, de ? ", Ziel erreicht" : ", target reached");
    if (a->notes & CHARTA_NOTE_AT_LIMIT)
        charta_buf_puts(out, de ? ", an der Grenze" : ", at the limit");
}

void
charta_progress_show(const charta_results *r, size_t indicator, const char *lang, charta_buf *out)
{
    const charta_result *res = charta_results_get(r, indicator);
    if (!res || !res->assess)
        return;
    bool de = is_de(lang);
    const char *code = de ? "de" : "en";
    const charta_dataset *ds = charta_results_dataset(r);
    const char *method = res->assess[0].method;
    bool eu = !strcmp(method, "eurostat");
    charta_buf_printf(out, "%s: %s", de ? "Fortschritt" : "Progress",
                      charta_progress_method_title(method, code));
    if (eu)
        charta_buf_puts(out, de ? ", kurzfristig (5 Jahre), langfristig (15 Jahre) in [ ]"
                                : ", short term (5 years), long term (15 years) in [ ]");
    charta_buf_puts(out, "\n");
    for (size_t i = 0; i < charta_dataset_area_count(ds); i++) {
        const charta_area *ar = charta_dataset_area(ds, i);
        const charta_assessment *a = &res->assess[i];
        charta_buf label = {0};
        charta_buf_printf(&label, "%*s%s %s", ar->level * 2, "", ar->code, ar->name);
        padded(out, label.data ? label.data : "", 34);
        charta_buf_free(&label);
        charta_buf_puts(out, " ");
        padded(out, charta_progress_label(method, a->category, a->with_target, code), 40);
        charta_buf_puts(out, " ");
        measure(a, de, out);
        if (eu && a->long_term)
            charta_buf_printf(out, "  [%s]",
                              charta_progress_label(method, a->long_term->category,
                                                    a->long_term->with_target, code));
        charta_buf_puts(out, "\n");
    }
    int root = charta_dataset_root(ds);
    if (root >= 0) {
        charta_buf_printf(out, "\n%s: ", charta_dataset_area(ds, (size_t)root)->name);
        charta_progress_describe(&res->assess[root], lang, out);
        if (eu && res->assess[root].long_term) {
            charta_buf_puts(out, " ");
            charta_progress_describe(res->assess[root].long_term, lang, out);
        }
        charta_buf_puts(out, "\n");
    }
}
