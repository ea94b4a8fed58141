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

static bool
is_de(const char *lang)
{
    return lang && strcmp(lang, "de") == 0;
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
    char s[96];
} numtext;

#define MINUS "\xe2\x88\x92" /* U+2212 */

/* How a sentence writes the indicator's numbers. */
typedef struct say {
    bool de;
    const char *unit; /* "" when none */
    bool points;      /* the unit is "%": a change is in percentage points */
    int dec;          /* the table's decimals; -1: about four significant digits */
    int dir;          /* +1 up, -1 down, 0 unknown */
    const charta_project *p;
} say;

/* x in the style of the texts: a decimal comma in German, U+2212 for minus,
 * '+' when sign is asked for, thousands grouped as in the tables. */
static numtext
styled(double x, charta_numfmt_mode mode, int decimals, bool de, bool sign)
{
    numtext t;
    charta_numfmt f = charta_numfmt_for(de ? "de" : "en");
    f.minus = MINUS;
    f.plus = sign ? "+" : NULL;
    f.mode = mode;
    charta_numfmt_format(&f, x, decimals, t.s, sizeof t.s);
    return t;
}

/* A number without unit: the table's decimals, else about four significant
 * digits; "–" for a missing number. */
static numtext
num(const say *s, double x, bool sign)
{
    if (!isfinite(x))
        return (numtext){"\xe2\x80\x93"};
    if (s->dec < 0)
        return styled(x, CHARTA_NUMFMT_SIGNIFICANT, 0, s->de, sign);
    return styled(x, CHARTA_NUMFMT_FIXED, s->dec, s->de, sign);
}

/* A value with its unit: "413,8 kg/EW", "91,6 %". */
static numtext
value(const say *s, double x)
{
    numtext t = num(s, x, false);
    if (s->unit[0] && isfinite(x)) {
        size_t l = strlen(t.s);
        snprintf(t.s + l, sizeof t.s - l, " %s", s->unit);
    }
    return t;
}

/* A change with its sign and unit ("+9,2 kg/EW", "−0,3 Prozentpunkte"): the
 * table's decimals, more where they would show a change as zero. */
static numtext
change(const say *s, double x)
{
    say t = *s;
    if (t.dec >= 0 && x != 0 && isfinite(x))
        while (t.dec < s->dec + 3 && fabs(x) < 0.5 * pow(10, -t.dec))
            t.dec++;
    numtext n = num(&t, x, true);
    const char *unit = s->points ? (s->de ? "Prozentpunkte" : "percentage points") : s->unit;
    if (unit[0] && isfinite(x)) {
        size_t l = strlen(n.s);
        snprintf(n.s + l, sizeof n.s - l, " %s", unit);
    }
    return n;
}

/* A percentage from a fraction: 66,4 %, 135 %. */
static numtext
pct(double fraction, bool de)
{
    if (!isfinite(fraction))
        return (numtext){"\xe2\x80\x93"};
    double p = fraction * 100;
    numtext n = styled(p, CHARTA_NUMFMT_FIXED_FULL, fabs(p) >= 100 ? 0 : 1, de, false);
    size_t l = strlen(n.s);
    snprintf(n.s + l, sizeof n.s - l, " %%");
    return n;
}

/* Percent per year, signed: +1,83 %, −12,4 %, −100 %. */
static numtext
rate(double percent, bool de)
{
    if (!isfinite(percent))
        return (numtext){"\xe2\x80\x93"};
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
        charta_buf_puts(out, de ? "Für diesen Indikator ist weder ein höherer noch ein "
                                  "niedrigerer Wert besser"
                                : "For this indicator neither a higher nor a lower value is "
                                  "better");
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
note_words(const charta_assessment *a, const say *s, charta_buf *out)
{
    bool de = s->de;
    if (a->notes & CHARTA_NOTE_TARGET_REACHED)
        charta_buf_printf(out, de ? " Das Ziel %s ist erreicht." : " The target %s is met.",
                          value(s, a->target_value).s);
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
    } else if (!strncmp(s, "\xc3\xa4", 2) || !strncmp(s, "\xc3\xb6", 2) ||
               !strncmp(s, "\xc3\xbc", 2)) { /* ä ö ü */
        char c[2] = {s[0], (char)(s[1] - 0x20)};
        charta_buf_append(out, c, 2);
        charta_buf_puts(out, s + 2);
    } else {
        charta_buf_puts(out, s);
    }
}

/* --- the sentence ------------------------------------------------------------------ */

/* "from 88.8 % in 2019 to 91.6 % in 2024, +0.62 % a year" */
static void
from_to(const charta_assessment *a, const say *s, charta_buf *out)
{
    charta_buf_printf(out,
                      s->de ? ": von %s (%d) auf %s (%d), %s pro Jahr"
                            : ": from %s in %d to %s in %d, %s a year",
                      value(s, a->base_value).s, a->base_year, value(s, a->latest_value).s,
                      a->latest_year, rate(a->cagr_actual, s->de).s);
}

/* Ratios beyond this are no measure a reader can use: "more than five times". */
#define RATIO_SHOWN_MAX 5.0

static bool
is(const charta_assessment *a, const char *code)
{
    return a->category && !strcmp(a->category, code);
}

static void
describe_eurostat(const charta_assessment *a, const say *s, charta_buf *out)
{
    bool de = s->de;
    const char *term = a->period_years == 15 ? (de ? "langfristig" : "long term")
                                             : (de ? "kurzfristig" : "short term");
    charta_buf_printf(out, " (Eurostat, %s %d\xe2\x80\x93%d%s)", term, a->base_year, a->latest_year,
                      a->with_target ? "" : (de ? ", ohne Ziel" : ", no target"));
    if (isnan(a->cagr_actual))
        return;
    from_to(a, s, out);
    if (a->notes & CHARTA_NOTE_TARGET_REACHED)
        return; /* the note says so */
    if (!isnan(a->ratio)) {
        if (a->ratio < 0 || is(a, "movement_away")) {
            charta_buf_printf(out,
                              de ? "; damit entfernt sich der Wert vom Ziel %s (%d), für das "
                                   "%s pro Jahr nötig wären"
                                 : "; that moves away from the target %s by %d, which needs "
                                   "%s a year",
                              value(s, a->target_value).s, a->target_year,
                              rate(a->cagr_required, de).s);
            return;
        }
        charta_buf_printf(out,
                          de ? "; für %s bis %d sind %s pro Jahr nötig"
                             : "; reaching %s by %d needs %s a year",
                          value(s, a->target_value).s, a->target_year,
                          rate(a->cagr_required, de).s);
        if (a->ratio <= RATIO_SHOWN_MAX)
            charta_buf_printf(out, de ? ", erreicht ist %s dieses Tempos" : ", the pace is %s of that",
                              pct(a->ratio, de).s);
        else
            charta_buf_puts(out, de ? ", das Tempo ist mehr als fünfmal so hoch"
                                    : ", the pace is more than five times that");
        if (is(a, "moderate_progress"))
            charta_buf_puts(out, de ? " (mäßig: 60 bis 95 %)" : " (moderate: 60 to 95 %)");
        else if (is(a, "insufficient_progress"))
            charta_buf_puts(out, de ? " (mäßig erst ab 60 %)" : " (moderate from 60 %)");
        else if (is(a, "significant_progress"))
            charta_buf_puts(out, de ? " (deutlich ab 95 %)" : " (significant from 95 %)");
    } else if (!a->with_target) {
        if (is(a, "significant_progress") && !(a->notes & CHARTA_NOTE_AT_LIMIT))
            charta_buf_puts(out, de ? " (deutlich ab 1 % pro Jahr)" : " (significant from 1 % a year)");
        else if (is(a, "moderate_progress"))
            charta_buf_puts(out, de ? " (deutlich erst ab 1 % pro Jahr)"
                                    : " (significant from 1 % a year)");
        else if (is(a, "moderate_movement_away"))
            charta_buf_puts(out, de ? ", in die falsche Richtung (deutlich ab 1 % pro Jahr)"
                                    : ", the wrong way (significant from 1 % a year)");
        else if (is(a, "significant_movement_away"))
            charta_buf_puts(out, de ? ", in die falsche Richtung" : ", the wrong way");
    }
}

static void
describe_unsd(const charta_assessment *a, const say *s, charta_buf *out)
{
    bool de = s->de;
    charta_buf_printf(out, " (%s%s)", short_title("unsd", de),
                      a->with_target ? "" : (de ? ", ohne Ziel" : ", no target"));
    if (isnan(a->cagr_actual))
        return;
    from_to(a, s, out);
    if (a->notes & CHARTA_NOTE_TARGET_REACHED)
        return;
    if (a->with_target && !isnan(a->projected_value)) {
        charta_buf_printf(out, de ? "; so fortgesetzt %s im Jahr %d" : "; carried on, %s in %d",
                          value(s, a->projected_value).s, a->target_year);
        if (isnan(a->ratio))
            return;
        if (a->ratio < 0) {
            charta_buf_printf(out, de ? ": damit entfernt sich der Wert vom Ziel %s"
                                      : ": moving away from the target %s",
                              value(s, a->target_value).s);
            return;
        }
        if (a->ratio <= RATIO_SHOWN_MAX)
            charta_buf_printf(out, de ? ", %s des Wegs zum Ziel %s" : ", %s of the way to the target %s",
                              pct(a->ratio, de).s, value(s, a->target_value).s);
        else
            charta_buf_printf(out, de ? ", weit über das Ziel %s hinaus" : ", far beyond the target %s",
                              value(s, a->target_value).s);
        if (is(a, "on_track"))
            charta_buf_puts(out, de ? " (auf Kurs ab 95 %)" : " (on track from 95 %)");
        else if (is(a, "fair_progress"))
            charta_buf_puts(out, de ? " (Fortschritte ab 10 %, auf Kurs ab 95 %)"
                                    : " (fair from 10 %, on track from 95 %)");
        else
            charta_buf_puts(out, de ? " (Fortschritte erst ab 10 %)" : " (fair from 10 %)");
    } else if (!a->with_target) {
        bool wrong = s->dir && a->cagr_actual * s->dir < 0;
        if (is(a, "substantial_progress"))
            charta_buf_puts(out, de ? " (deutlich ab 2 % pro Jahr)" : " (substantial from 2 % a year)");
        else if (is(a, "fair_progress"))
            charta_buf_puts(out, de ? " (Fortschritte ab 0,5 %, deutlich ab 2 % pro Jahr)"
                                    : " (fair from 0.5 %, substantial from 2 % a year)");
        else if (wrong)
            charta_buf_puts(out, de ? ", in die falsche Richtung" : ", the wrong way");
        else
            charta_buf_puts(out, de ? " (Fortschritte erst ab 0,5 % pro Jahr)"
                                    : " (fair from 0.5 % a year)");
    }
}

static void
describe_statcan(const charta_assessment *a, const say *s, charta_buf *out)
{
    bool de = s->de;
    if (!isnan(a->score))
        charta_buf_printf(out, de ? " (Open SDG, Punktwert %s)" : " (Open SDG, score %s)",
                          styled(a->score, CHARTA_NUMFMT_FIXED, 2, de, false).s);
    else
        charta_buf_puts(out, " (Open SDG)");
    if (isnan(a->cagr_actual))
        return;
    from_to(a, s, out);
    if (a->notes & CHARTA_NOTE_TARGET_REACHED)
        return;
    if (a->with_target && !isnan(a->cagr_required))
        charta_buf_printf(out,
                          de ? "; für %s bis %d sind %s pro Jahr nötig"
                             : "; reaching %s by %d needs %s a year",
                          value(s, a->target_value).s, a->target_year,
                          rate(a->cagr_required, de).s);
}

static void
describe_dns(const charta_assessment *a, const say *s, charta_buf *out)
{
    bool de = s->de;
    charta_buf_printf(out, " (%s%s)", short_title("dns", de),
                      a->with_target ? "" : (de ? ", ohne Ziel" : ", no target"));
    if (isnan(a->change_per_year))
        return;
    if (!a->with_target) {
        charta_buf_printf(out,
                          de ? ": seit %d im Mittel %s pro Jahr, zuletzt %s pro Jahr"
                             : ": since %d, %s a year on average, lately %s a year",
                          a->base_year, change(s, a->change_per_year).s,
                          change(s, a->change_last).s);
        return;
    }
    if (a->notes & CHARTA_NOTE_TARGET_REACHED) {
        charta_buf_printf(out, de ? ": seit %d im Mittel %s pro Jahr" : ": since %d, %s a year on average",
                          a->base_year, change(s, a->change_per_year).s);
        return;
    }
    int years = a->target_year - a->latest_year;
    if (a->level < 0 || (!isnan(a->ratio) && a->ratio > 1)) { /* the wrong way */
        if (de)
            charta_buf_printf(out, ": entfernt sich vom Ziel %s (%d), seit %d im Mittel %s pro Jahr",
                              value(s, a->target_value).s, a->target_year, a->base_year,
                              change(s, a->change_per_year).s);
        else
            charta_buf_printf(out,
                              ": moving away from the target %s (%d), %s a year on average since %d",
                              value(s, a->target_value).s, a->target_year,
                              change(s, a->change_per_year).s, a->base_year);
        if (years > 0 && isfinite(a->latest_value))
            charta_buf_printf(out, de ? " statt der nötigen %s" : " instead of the %s needed",
                              change(s, (a->target_value - a->latest_value) / years).s);
        return;
    }
    charta_buf_printf(out,
                      de ? ": seit %d im Mittel %s pro Jahr; fortgeschrieben %s im Jahr %d"
                         : ": since %d, %s a year on average; carried on, %s in %d",
                      a->base_year, change(s, a->change_per_year).s,
                      value(s, a->projected_value).s, a->target_year);
    if (isnan(a->ratio) || a->ratio <= 0) {
        charta_buf_printf(out, de ? ", das Ziel %s würde erreicht" : ", reaching the target %s",
                          value(s, a->target_value).s);
        return;
    }
    charta_buf_printf(out,
                      de ? ", das Ziel %s würde um %s der Lücke verfehlt"
                         : ", missing the target %s by %s of the gap",
                      value(s, a->target_value).s, pct(a->ratio, de).s);
    if (is(a, "sun"))
        charta_buf_puts(out, de ? " (Sonne unter 5 %)" : " (sun below 5 %)");
    else if (is(a, "partly_cloudy"))
        charta_buf_puts(out, de ? " (leicht bewölkt: 5 bis 20 %)" : " (partly cloudy: 5 to 20 %)");
    else if (is(a, "cloudy"))
        charta_buf_puts(out, de ? " (bewölkt: über 20 %)" : " (cloudy: over 20 %)");
}

static say
say_for(const charta_project *p, const charta_indicator *ind, int decimals, const char *lang)
{
    say s = {.de = is_de(lang), .unit = "", .dec = decimals, .p = p};
    if (ind) {
        s.unit = charta_indicator_unit(ind, lang);
        s.points = !strcmp(s.unit, "%");
        if (s.dec < 0)
            s.dec = ind->decimals;
        s.dir = ind->direction == CHARTA_DIR_UP ? 1 : ind->direction == CHARTA_DIR_DOWN ? -1 : 0;
    }
    if (s.dec > CHARTA_NUMFMT_MAX_DECIMALS)
        s.dec = CHARTA_NUMFMT_MAX_DECIMALS;
    return s;
}

/* "Not assessable (Eurostat): too few values ..." or, without a direction, the
 * reason alone. */
static void
describe_na(const charta_assessment *a, const say *s, const char *words, charta_buf *out)
{
    capitalized(out, words);
    if (a->why == CHARTA_WHY_NO_DIRECTION)
        charta_buf_puts(out, ": ");
    else
        charta_buf_printf(out, " (%s): ", short_title(a->method, s->de));
    charta_buf reason = {0};
    why_words(a, s->de, &reason);
    charta_buf_puts(out, reason.data ? reason.data : "");
    charta_buf_free(&reason);
    charta_buf_puts(out, ".");
}

static void
describe_one(const say *s, const charta_assessment *a, charta_buf *out)
{
    charta_progress_term t = charta_progress_term_of(s->p, a);
    const char *words = charta_progress_term_words(&t, s->de ? "de" : "en");
    if (a->level == CHARTA_LEVEL_NONE) {
        describe_na(a, s, words, out);
        note_words(a, s, out);
        return;
    }
    capitalized(out, words);
    if (!strcmp(a->method, "eurostat"))
        describe_eurostat(a, s, out);
    else if (!strcmp(a->method, "unsd"))
        describe_unsd(a, s, out);
    else if (!strcmp(a->method, "statcan"))
        describe_statcan(a, s, out);
    else if (!strcmp(a->method, "dns"))
        describe_dns(a, s, out);
    else
        charta_buf_printf(out, " (%s)", a->method);
    charta_buf_puts(out, ".");
    note_words(a, s, out);
}

void
charta_progress_describe(const charta_assessment *a, const char *lang, charta_buf *out)
{
    say s = say_for(NULL, NULL, -1, lang);
    describe_one(&s, a, out);
}

void
charta_progress_describe_for(const charta_project *p, const charta_indicator *ind, int decimals,
                             const charta_assessment *a, bool long_term, const char *lang,
                             charta_buf *out)
{
    say s = say_for(p, ind, decimals, lang);
    describe_one(&s, a, out);
    const charta_assessment *lt = a->long_term;
    if (!long_term || !lt || lt == a)
        return;
    if (a->level == CHARTA_LEVEL_NONE && lt->level == CHARTA_LEVEL_NONE) {
        charta_buf x = {0}, y = {0};
        why_words(a, s.de, &x);
        why_words(lt, s.de, &y);
        bool same = x.data && y.data && !strcmp(x.data, y.data) &&
                    !((a->notes | lt->notes) & CHARTA_NOTE_BREAK);
        charta_buf_free(&x);
        charta_buf_free(&y);
        if (same)
            return; /* said once */
    }
    charta_buf_puts(out, " ");
    describe_one(&s, lt, out);
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
measure(const charta_assessment *a, const say *s, charta_buf *out)
{
    bool de = s->de;
    if (a->level == CHARTA_LEVEL_NONE) {
        why_words(a, de, out);
        return;
    }
    const char *yr = de ? "/Jahr" : "/yr";
    if (!strcmp(a->method, "dns")) {
        charta_buf_printf(out, "%d\xe2\x80\x93%d %s%s", a->base_year, a->latest_year,
                          change(s, a->change_per_year).s, yr);
        if (a->with_target) {
            charta_buf_printf(
                out, de ? " \xe2\x86\x92 %s (%d), Ziel %s" : " \xe2\x86\x92 %s (%d), target %s",
                value(s, a->projected_value).s, a->target_year, value(s, a->target_value).s);
            if (!isnan(a->ratio) && a->ratio > 0 && a->ratio <= 1 && a->level >= 0)
                charta_buf_printf(out, de ? ", verfehlt um %s der Lücke" : ", missed by %s of the gap",
                                  pct(a->ratio, de).s);
        } else
            charta_buf_printf(out, de ? ", zuletzt %s%s" : ", last %s%s",
                              change(s, a->change_last).s, yr);
        return;
    }
    if (a->base_year && !isnan(a->cagr_actual))
        charta_buf_printf(out, "%d\xe2\x80\x93%d %s%s", a->base_year, a->latest_year,
                          rate(a->cagr_actual, de).s, yr);
    else if (a->latest_year)
        charta_buf_printf(out, "%d %s", a->latest_year, value(s, a->latest_value).s);
    if (!strcmp(a->method, "eurostat") && !isnan(a->ratio)) {
        charta_buf_printf(out, de ? ", nötig %s%s" : ", needed %s%s", rate(a->cagr_required, de).s,
                          yr);
        if (a->ratio >= 0 && a->ratio <= RATIO_SHOWN_MAX)
            charta_buf_printf(out, ": %s", pct(a->ratio, de).s);
    } else if (!strcmp(a->method, "unsd") && !isnan(a->ratio))
        charta_buf_printf(out, " \xe2\x86\x92 %s (%d)", value(s, a->projected_value).s,
                          a->target_year);
    else if (!strcmp(a->method, "statcan") && !isnan(a->score))
        charta_buf_printf(out, de ? ", Punkte %s" : ", score %s",
                          styled(a->score, CHARTA_NUMFMT_FIXED, 2, de, false).s);
}

/* "✔ target met" for a list */
static void
term_text(const say *s, const charta_assessment *a, charta_buf *out)
{
    charta_progress_term t = charta_progress_term_of(s->p, a);
    charta_buf_printf(out, "%s %s", t.symbol, charta_progress_term_words(&t, s->de ? "de" : "en"));
}

void
charta_progress_show(const charta_results *r, size_t indicator, const char *lang,
                     const bool *shown, charta_buf *out)
{
    const charta_result *res = charta_results_get(r, indicator);
    if (!res || !res->assess)
        return;
    const charta_project *p = charta_results_project(r);
    say s = say_for(p, res->indicator, -1, lang);
    bool de = s.de;
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
        if (shown && !shown[i])
            continue;
        const charta_area *ar = charta_dataset_area(ds, i);
        const charta_assessment *a = &res->assess[i];
        charta_buf label = {0};
        charta_buf_printf(&label, "%*s%s %s", ar->level * 2, "", ar->code, ar->name);
        padded(out, label.data ? label.data : "", 34);
        label.len = 0;
        charta_buf_puts(out, " ");
        term_text(&s, a, &label);
        padded(out, label.data ? label.data : "", 42);
        charta_buf_puts(out, " ");
        measure(a, &s, out);
        if (eu && a->long_term) {
            label.len = 0;
            term_text(&s, a->long_term, &label);
            charta_buf_printf(out, "  [%s]", label.data ? label.data : "");
        }
        charta_buf_free(&label);
        charta_buf_puts(out, "\n");
    }
    int root = charta_dataset_root(ds);
    if (root >= 0) {
        charta_buf_printf(out, "\n%s: ", charta_dataset_area(ds, (size_t)root)->name);
        charta_progress_describe_for(p, res->indicator, -1, &res->assess[root], true, lang, out);
        charta_buf_puts(out, "\n");
    }
}
