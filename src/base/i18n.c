/* i18n.c: lookups in the message catalogue (gettext). */
#include "charta/i18n.h"

#include <libintl.h>

const char *
charta_tr(const char *msgid)
{
    /* the empty msgid is the catalogue's header, never a message */
    return msgid && msgid[0] ? dgettext(CHARTA_TEXTDOMAIN, msgid) : msgid;
}

const char *
charta_trn(const char *one, const char *other, unsigned long n)
{
    return dngettext(CHARTA_TEXTDOMAIN, one, other, n);
}
