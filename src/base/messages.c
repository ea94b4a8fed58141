/* messages.c: texts of the command line (English; the table to translate). */
#include "charta/messages.h"

static const char *const texts[] = {
    [CHARTA_MSG_HELP] =
        "charta - indicator reports for smart cities and the SDGs\n"
        "\n"
        "usage:\n"
        "  charta run <project> [options]     load, import, compute and write the report\n"
        "  charta check <project>             the same without writing: report all problems\n"
        "  charta list <project>              action fields, indicators, SDGs, coverage\n"
        "  charta show <project> <indicator>  one indicator's values in the terminal\n"
        "  charta init <folder>               a new city project from the template\n"
        "  charta verify <report>             check a report folder against its manifest.json:\n"
        "                                     every file there, unchanged, and no other\n"
        "  charta --help | --version\n"
        "\n"
        "options:\n"
        "  -o, --output DIR     report folder (default: <project>/report)\n"
        "  --formats LIST       formats to write, comma-separated (default: all: %s)\n"
        "  --lang de|en         report language (default: the city's first language)\n"
        "  --year YEAR          report year (default: the last year of the window)\n"
        "  --date YYYY-MM-DD    the run date printed in the report (default: today)\n"
        "  --dpi N              resolution of the chart PNGs (default 96; 300 for print)\n"
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
        "  78 project or script error (syntax, runtime, limits, unknown names)\n",
    [CHARTA_MSG_USAGE_HINT] = "run 'charta --help' for the commands and options",
    [CHARTA_MSG_UNKNOWN_COMMAND] = "unknown command '%s'",
    [CHARTA_MSG_UNKNOWN_OPTION] = "unknown option '%s'",
    [CHARTA_MSG_MISSING_VALUE] = "option '%s' needs a value",
    [CHARTA_MSG_NEED_PROJECT] = "'%s' needs a project folder",
    [CHARTA_MSG_NEED_INDICATOR] = "'show' needs a project folder and an indicator id",
    [CHARTA_MSG_BAD_LANG] = "--lang '%s' is not a report language (de, en)",
    [CHARTA_MSG_BAD_YEAR] = "--year '%s' is not a year",
    [CHARTA_MSG_SUMMARY_ERRORS] = "%zu error%s, %zu warning%s",
    [CHARTA_MSG_SUMMARY_OK] = "%zu indicator%s over %zu area%s and %zu year%s",
    [CHARTA_MSG_WROTE] = "wrote %s",
    [CHARTA_MSG_CHECK_OK] = "no problems found",
    [CHARTA_MSG_WATCHDOG] = "time limit of %g s for the run exceeded while running %s (a "
                            "string pattern that backtracks?); the report was not changed",
    [CHARTA_MSG_NO_SUCH_INDICATOR] = "no indicator '%s' in this project%s%s%s",
    [CHARTA_MSG_DROPPED] = "%zu more diagnostics not shown",
    /* charta check: what each source brought */
    [CHARTA_MSG_SRC_HEAD] = "source '%s' (%s, %s): %ld %s read",
    [CHARTA_MSG_SRC_PASSED] = "  %ld observations in series that no variable selects",
    [CHARTA_MSG_SRC_OTHER_AREAS] = "  %ld observations of areas that area_codes does not list",
    [CHARTA_MSG_SRC_VAR] = "  %s: %zu area%s, %d-%d, %zu value%s (%s)",
    [CHARTA_MSG_SRC_VAR_EMPTY] = "  %s: no values",
    [CHARTA_MSG_SRC_PARTS] = "    broken down into %zu part%s by %s",
    [CHARTA_MSG_SRC_SIGNS] = "  signs and status codes in the file: %s",
    /* charta verify */
    [CHARTA_MSG_NEED_REPORT] = "'verify' needs one report folder (the -o of 'charta run')",
    [CHARTA_MSG_VERIFIED] = "%s: %zu file%s verified",
    /* -o: the report folder's place, checked before the data are read */
    [CHARTA_MSG_OUT_CANNOT_MAKE] = "cannot create the folder %s for the report: %s",
    [CHARTA_MSG_OUT_NOT_FOLDER] = "cannot create the report in %s: %s is not a folder; choose "
                                  "another place with -o",
    [CHARTA_MSG_OUT_NOT_WRITABLE] = "cannot create the report %s: cannot write in %s (%s); "
                                    "choose another folder with -o",
    /* --log: outside the report, opened before the data are read */
    [CHARTA_MSG_LOG_INSIDE] = "--log '%s' is inside the report folder %s, which a run replaces "
                              "as a whole; put the log beside it or elsewhere",
    [CHARTA_MSG_LOG_CANNOT_OPEN] = "cannot open the log file %s: %s",
    [CHARTA_MSG_LOG_CANNOT_WRITE] = "cannot write the log file %s: %s",
};

_Static_assert(sizeof texts / sizeof texts[0] == CHARTA_MSG_COUNT,
               "message table out of step with charta_msg");

const char *
charta_message(charta_msg key)
{
    if ((unsigned)key >= CHARTA_MSG_COUNT || !texts[key])
        return "?";
    return texts[key];
}
