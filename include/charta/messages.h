/* messages.h: the command line's own texts, in one table for translation.
 *
 * Owns (src/base/messages.c): constant strings only; nothing to free. Uses: i18n.h.
 * Diagnostics from the stages are English sentences built where the
 * problem is found (and translated by diag.c); the texts of the command line itself
 * (help, usage, summaries, what it says about the -o folder) live here, looked up by
 * key and translated on the way out (i18n.h).
 */
#ifndef CHARTA_MESSAGES_H
#define CHARTA_MESSAGES_H

typedef enum charta_msg {
    CHARTA_MSG_HELP,
    CHARTA_MSG_USAGE_HINT,
    CHARTA_MSG_UNKNOWN_COMMAND,
    CHARTA_MSG_UNKNOWN_OPTION,
    CHARTA_MSG_MISSING_VALUE,
    CHARTA_MSG_NEED_PROJECT,
    CHARTA_MSG_NEED_INDICATOR,
    CHARTA_MSG_BAD_LANG,
    CHARTA_MSG_BAD_YEAR,
    CHARTA_MSG_SUMMARY_ERRORS,
    CHARTA_MSG_SUMMARY_WARNINGS,
    CHARTA_MSG_CHECK_OK,
    CHARTA_MSG_NO_SUCH_INDICATOR,
    CHARTA_MSG_DROPPED,
    CHARTA_MSG_SRC_HEAD_ROWS,
    CHARTA_MSG_SRC_HEAD_OBSERVATIONS,
    CHARTA_MSG_SRC_PASSED,
    CHARTA_MSG_SRC_OTHER_AREAS,
    CHARTA_MSG_SRC_VAR,
    CHARTA_MSG_SRC_VAR_AREAS,
    CHARTA_MSG_SRC_VAR_VALUES,
    CHARTA_MSG_SRC_VAR_EMPTY,
    CHARTA_MSG_SRC_PARTS,
    CHARTA_MSG_SRC_SIGNS,
    CHARTA_MSG_NEED_REPORT,
    CHARTA_MSG_VERIFIED,
    CHARTA_MSG_OUT_CANNOT_MAKE,
    CHARTA_MSG_OUT_NOT_FOLDER,
    CHARTA_MSG_OUT_NOT_WRITABLE,
    CHARTA_MSG_LOG_INSIDE,
    CHARTA_MSG_LOG_CANNOT_OPEN,
    CHARTA_MSG_LOG_CANNOT_WRITE,
    CHARTA_MSG_COUNT
} charta_msg;

/* The text for key in the user's language (i18n.h; English without a catalogue), a
 * printf format where it takes arguments; a static string, "?" for a key out of range.
 * A text with a count (charta_message_n) gives its plural form here. */
const char *charta_message(charta_msg key);
/* The text for key in the form for the count n (singular or plural, by the catalogue's
 * rule), translated as charta_message; the count is an argument of the format too. */
const char *charta_message_n(charta_msg key, unsigned long n);

#endif
