/* i18n.h: the message catalogue: diagnostics and command-line texts in the user's language.
 *
 * Owns (src/base/i18n.c): nothing; a translation is a static string of the catalogue
 * (gettext, text domain "charta", po/), valid for the whole run. Uses: the C library's
 * libintl. main.c picks the language (LANG, LC_ALL, LC_MESSAGES, LANGUAGE) and binds the
 * domain; until then, and in the unit tests, every lookup returns its English msgid.
 * Only what charta says to the user is translated: the report's own words (labels.h)
 * follow the report language and never the locale, so the outputs do not depend on it.
 * scripts/update-po extracts the msgids: charta_diag_error/warning/note and the other
 * wrappers whose format is translated where it is used, _(), N_() and charta_trn().
 */
#ifndef CHARTA_I18N_H
#define CHARTA_I18N_H

#define CHARTA_TEXTDOMAIN "charta"

/* The translation of msgid (a static string), or msgid itself when there is none. */
const char *charta_tr(const char *msgid) __attribute__((format_arg(1)));
/* The translation of the singular one or the plural other for the count n (the
 * catalogue's plural rule; English: one for n == 1); static, never NULL. */
const char *charta_trn(const char *one, const char *other, unsigned long n)
    __attribute__((format_arg(1), format_arg(2)));

/* _(s): s translated where it is used; N_(s): s marked for the catalogue only (a table
 * entry, a word passed as "%s"), translated later with _(). */
#define _(s) charta_tr(s)
#define N_(s) s

#endif
