/* report_csvout.c: writing the report's CSV files (report_csvout.h). */
#include "report_csvout.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "charta/i18n.h"
#include "charta/report.h"
#include "charta/textenc.h"

charta_status
charta_csvout_open(charta_csvout *c, const char *path, charta_diags *d)
{
    memset(c, 0, sizeof *c);
    c->path = path;
    c->d = d;
    c->f = fopen(path, "wbe");
    if (!c->f)
        return charta_diag_error(d, errno == ENOMEM ? CHARTA_ERR_NOMEM : CHARTA_ERR_CANTCREATE,
                                 path, 0, 0, "cannot create: %s", strerror(errno));
    return CHARTA_OK;
}

void
charta_csvout_text(charta_csvout *c, const char *s)
{
    const char *t = charta_text_clean(s ? s : "", CHARTA_TEXT_UTF8, &c->scratch, &c->repaired);
    if (!t) {
        c->row.oom = true;
        return;
    }
    charta_buf_csv_field(&c->row, t, true);
}

/* Write what the records hold so far. */
static charta_status
write_out(charta_csvout *c)
{
    if (c->row.oom)
        return charta_diag_error(c->d, CHARTA_ERR_NOMEM, c->path, 0, 0, "out of memory");
    if (c->row.len && fwrite(c->row.data, 1, c->row.len, c->f) != c->row.len)
        return charta_diag_error(c->d, CHARTA_ERR_IO, c->path, 0, 0, "cannot write: %s",
                                 strerror(errno));
    c->row.len = 0;
    return CHARTA_OK;
}

/* The records gather in c->row and go to the file in pieces of 64 KiB or more: one
 * fwrite (and its lock) per piece, not per record. */
charta_status
charta_csvout_flush(charta_csvout *c)
{
    if (c->row.len < 65536 && !c->row.oom)
        return CHARTA_OK;
    return write_out(c);
}

charta_status
charta_csvout_close(charta_csvout *c, charta_status st)
{
    if (c->f && st == CHARTA_OK)
        st = write_out(c); /* the last records */
    if (c->f) {
        const char *what = NULL;
        int err = 0;
        if (fflush(c->f) != 0)
            what = _("cannot write"), err = errno;
        /* EINVAL: the file does not support syncing (a pipe, a device) */
        else if (fsync(fileno(c->f)) != 0 && errno != EINVAL)
            what = _("cannot sync"), err = errno;
        if (fclose(c->f) != 0 && !what)
            what = _("cannot close"), err = errno;
        c->f = NULL;
        if (what && st == CHARTA_OK)
            st = charta_diag_error(c->d, CHARTA_ERR_IO, c->path, 0, 0, "%s: %s", what,
                                   strerror(err));
    }
    if (c->repaired)
        charta_diag_warning(c->d, c->path, 0, 0, "names with invalid UTF-8 are written with U+FFFD in "
                            "place of the bad bytes; if a data file is not UTF-8, give its "
                            "source the encoding (encoding = \"latin1\")");
    charta_buf_free(&c->row);
    charta_buf_free(&c->scratch);
    if (st != CHARTA_OK) {
        struct stat sb;
        if (lstat(c->path, &sb) == 0 && S_ISREG(sb.st_mode))
            unlink(c->path); /* a partial file is never useful */
    }
    return st;
}
