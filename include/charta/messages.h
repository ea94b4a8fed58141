/* messages.h: the command line's own texts, in one table for translation.
 *
 * Owns (src/base/messages.c): constant strings only; nothing to free. Uses: nothing.
 * Diagnostics from the stages are English sentences built where the
 * problem is found; the texts of the command line itself (help, usage,
 * summaries, what it says about the -o folder) live here, looked up by key.
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
    CHARTA_MSG_SUMMARY_OK,
    CHARTA_MSG_WROTE,
    CHARTA_MSG_CHECK_OK,
    CHARTA_MSG_WATCHDOG,
    CHARTA_MSG_NO_SUCH_INDICATOR,
    CHARTA_MSG_DROPPED,
    CHARTA_MSG_SRC_HEAD,
    CHARTA_MSG_SRC_PASSED,
    CHARTA_MSG_SRC_OTHER_AREAS,
    CHARTA_MSG_SRC_VAR,
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

/* The English text for key, a printf format where it takes arguments; a static string,
 * "?" for a key out of range. */
const char *charta_message(charta_msg key);

#endif
