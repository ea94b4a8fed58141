/* messages.c: texts of the command line (English msgids; translated by the catalogue). */
#include "charta/messages.h"

#include <stddef.h>

#include "charta/i18n.h"

/* A text, and for a text with a count its plural (NULL for the others). */
typedef struct text {
    const char *one, *other;
} text;

/* T(s): a text; TN(one, other): a text with a count (the catalogue's msgid and
 * msgid_plural: scripts/update-po knows both macros). */
#define T(s) {s, NULL}
#define TN(one, other) {one, other}

static const text texts[] = {
    [CHARTA_MSG_HELP] = T(
        "charta - indicator reports for smart cities and the SDGs\n"
        "\n"
        "usage:\n"
        "  charta run <project> [options]     load, import, compute and write the report\n"
        "  charta check <project>             the same without writing: report all problems\n"
        "  charta list <project> [--coverage] action fields, indicators, SDGs, coverage;\n"
        "                                     with --coverage the action fields x SDGs\n"
        "  charta show <project> <indicator>  one indicator's values in the terminal;\n"
        "                                     --areas 01051,01,DG: only these areas\n"
        "  charta init <folder> [--name N] [--code AGS] [--kind K] [--from PROJECT]\n"
        "                                     a new city project from the template (or a\n"
        "                                     copy of another city's project to adapt)\n"
        "  charta verify <report>             check a report folder against its manifest.json:\n"
        "                                     every file there, unchanged, and no other\n"
        "  charta help [KEYWORD | --keys]     the Lua language: a declaration's keys, a\n"
        "                                     function; --keys: the table of every key\n"
        "  charta --help | --version\n"
        "\n"
        "options:\n"
        "  -o, --output DIR     report folder (default: <project>/report)\n"
        "  --formats LIST       formats to write, comma-separated (default: all: %s)\n"
        "  --lang de|en         report language (default: the city's first language)\n"
        "  --year YEAR          report year (default: the last year of the window)\n"
        "  --date YYYY-MM-DD    the run date printed in the report (default: today)\n"
        "  --dpi N              resolution of the chart PNGs (default 96; 300 for print)\n"
        "  -j, --jobs N         writers at once (default: the machine's cores; 1: one after\n"
        "                       the other); the report is the same bytes either way\n"
        "  -q, --quiet          print errors only: no warnings, notes or summary (for cron;\n"
        "                       the exit code is the same)\n"
        "  --log FILE           append every diagnostic, warnings and notes too, to FILE, one\n"
        "                       line each after its UTC time (2026-12-01T06:15:03Z); also\n"
        "                       with --quiet. FILE may not be inside the report folder\n"
        "  --timings            print the time of each stage and the peak memory\n"
        "\n"
        "exit codes:\n"
        "  0 success (warnings allowed)   64 usage        65 bad input data (verify:\n"
        "    the report differs from its manifest, or the manifest is malformed)\n"
        "  66 an input is missing         70 internal error   71 out of memory\n"
        "  73 cannot create the output    74 I/O error    75 another run holds the lock\n"
        "  78 project or script error (syntax, runtime, limits, unknown names)\n"),
    [CHARTA_MSG_USAGE_HINT] = T("run 'charta --help' for the commands and options"),
    [CHARTA_MSG_UNKNOWN_COMMAND] = T("unknown command '%s'"),
    [CHARTA_MSG_UNKNOWN_OPTION] = T("unknown option '%s'"),
    [CHARTA_MSG_MISSING_VALUE] = T("option '%s' needs a value"),
    [CHARTA_MSG_NEED_PROJECT] = T("'%s' needs a project folder"),
    [CHARTA_MSG_NEED_INDICATOR] = T("'show' needs a project folder and an indicator id"),
    [CHARTA_MSG_BAD_LANG] = T("--lang '%s' is not a report language (de, en)"),
    [CHARTA_MSG_BAD_YEAR] = T("--year '%s' is not a year"),
    /* the closing count: "<errors>, <warnings>" */
    [CHARTA_MSG_SUMMARY_ERRORS] = TN("%zu error", "%zu errors"),
    [CHARTA_MSG_SUMMARY_WARNINGS] = TN("%zu warning", "%zu warnings"),
    [CHARTA_MSG_CHECK_OK] = T("no problems found"),
    [CHARTA_MSG_NO_SUCH_INDICATOR] = T("no indicator '%s' in this project%s%s%s"),
    [CHARTA_MSG_DROPPED] = TN("%zu more diagnostic not shown", "%zu more diagnostics not shown"),
    /* charta check: what each source brought */
    [CHARTA_MSG_SRC_HEAD_ROWS] = TN("source '%s' (%s, %s): %ld row read",
                                    "source '%s' (%s, %s): %ld rows read"),
    [CHARTA_MSG_SRC_HEAD_OBSERVATIONS] = TN("source '%s' (%s, %s): %ld observation read",
                                            "source '%s' (%s, %s): %ld observations read"),
    [CHARTA_MSG_SRC_PASSED] = TN("  %ld observation in series that no variable selects",
                                 "  %ld observations in series that no variable selects"),
    [CHARTA_MSG_SRC_OTHER_AREAS] =
        TN("  %ld observation of areas that area_codes does not list",
           "  %ld observations of areas that area_codes does not list"),
    /* "  <variable>: <areas>, <first>-<last>, <values> (<status counts>)" */
    [CHARTA_MSG_SRC_VAR] = T("  %s: %s, %d-%d, %s (%s)"),
    [CHARTA_MSG_SRC_VAR_AREAS] = TN("%zu area", "%zu areas"),
    [CHARTA_MSG_SRC_VAR_VALUES] = TN("%zu value", "%zu values"),
    [CHARTA_MSG_SRC_VAR_EMPTY] = T("  %s: no values"),
    [CHARTA_MSG_SRC_PARTS] = TN("    broken down into %zu part by %s",
                                "    broken down into %zu parts by %s"),
    [CHARTA_MSG_SRC_SIGNS] = T("  signs and status codes in the file: %s"),
    /* charta verify */
    [CHARTA_MSG_NEED_REPORT] = T("'verify' needs one report folder (the -o of 'charta run')"),
    [CHARTA_MSG_VERIFIED] = TN("%s: %zu file verified", "%s: %zu files verified"),
    /* -o: the report folder's place, checked before the data are read */
    [CHARTA_MSG_OUT_CANNOT_MAKE] = T("cannot create the folder %s for the report: %s"),
    [CHARTA_MSG_OUT_NOT_FOLDER] = T("cannot create the report in %s: %s is not a folder; "
                                    "choose another place with -o"),
    [CHARTA_MSG_OUT_NOT_WRITABLE] = T("cannot create the report %s: cannot write in %s (%s); "
                                      "choose another folder with -o"),
    /* --log: outside the report, opened before the data are read */
    [CHARTA_MSG_LOG_INSIDE] = T("--log '%s' is inside the report folder %s, which a run "
                                "replaces as a whole; put the log beside it or elsewhere"),
    [CHARTA_MSG_LOG_CANNOT_OPEN] = T("cannot open the log file %s: %s"),
    [CHARTA_MSG_LOG_CANNOT_WRITE] = T("cannot write the log file %s: %s"),
};

_Static_assert(sizeof texts / sizeof texts[0] == CHARTA_MSG_COUNT,
               "message table out of step with charta_msg");

const char *
charta_message(charta_msg key)
{
    return charta_message_n(key, 2);
}

const char *
charta_message_n(charta_msg key, unsigned long n)
{
    if ((unsigned)key >= CHARTA_MSG_COUNT || !texts[key].one)
        return "?";
    if (!texts[key].other)
        return charta_tr(texts[key].one);
    return charta_trn(texts[key].one, texts[key].other, n);
}
