/* xlsxzip.c: the zip container of a workbook, read with minizip from memory.
 *
 * minizip reads through a table of file functions; these read the bytes the
 * caller holds, so the file is read once under the run's caps and a file that
 * changes meanwhile cannot make the zip say two things. A part is inflated in
 * blocks and given up as soon as it passes the size cap or the ratio cap (a few
 * kilobytes of deflated zeros can claim gigabytes): the sizes in the zip's
 * directory are what the file claims, so only the bytes actually inflated count.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unzip.h>

#include "charta/i18n.h"
#include "xlsx_internal.h"

enum { BLOCK = 64 << 10, RATIO_FLOOR = 1 << 20 };

typedef struct mem_stream {
    const char *data;
    size_t len, pos;
} mem_stream;

struct xlsx_zip {
    mem_stream m;
    unzFile uf;
    size_t max_part;
    unsigned max_ratio;
};

void
charta_xlsx_set_error(charta_xlsx_error *err, charta_status st, int row, const char *cell,
                      const char *fmt, ...)
{
    if (!err)
        return;
    err->status = st;
    err->row = row;
    snprintf(err->cell, sizeof err->cell, "%s", cell ? cell : "");
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, charta_tr(fmt), ap);
    va_end(ap);
}

static voidpf ZCALLBACK
mem_open(voidpf opaque, const void *filename, int mode)
{
    (void)filename;
    if ((mode & ZLIB_FILEFUNC_MODE_READWRITEFILTER) != ZLIB_FILEFUNC_MODE_READ)
        return NULL;
    mem_stream *m = opaque;
    m->pos = 0;
    return m;
}

static uLong ZCALLBACK
mem_read(voidpf opaque, voidpf stream, void *buf, uLong size)
{
    (void)opaque;
    mem_stream *m = stream;
    size_t n = m->len - m->pos < size ? m->len - m->pos : size;
    memcpy(buf, m->data + m->pos, n);
    m->pos += n;
    return (uLong)n;
}

static uLong ZCALLBACK
mem_write(voidpf opaque, voidpf stream, const void *buf, uLong size)
{
    (void)opaque, (void)stream, (void)buf, (void)size;
    return 0;
}

static ZPOS64_T ZCALLBACK
mem_tell(voidpf opaque, voidpf stream)
{
    (void)opaque;
    return ((mem_stream *)stream)->pos;
}

static long ZCALLBACK
mem_seek(voidpf opaque, voidpf stream, ZPOS64_T offset, int origin)
{
    (void)opaque;
    mem_stream *m = stream;
    ZPOS64_T base = origin == ZLIB_FILEFUNC_SEEK_SET   ? 0
                    : origin == ZLIB_FILEFUNC_SEEK_CUR ? m->pos
                                                       : m->len;
    if (offset > m->len - base && origin != ZLIB_FILEFUNC_SEEK_CUR)
        return -1;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR && offset > m->len - m->pos)
        return -1;
    m->pos = (size_t)(base + offset);
    return 0;
}

static int ZCALLBACK
mem_close(voidpf opaque, voidpf stream)
{
    (void)opaque, (void)stream;
    return 0;
}

static int ZCALLBACK
mem_error(voidpf opaque, voidpf stream)
{
    (void)opaque, (void)stream;
    return 0;
}

xlsx_zip *
charta_xlsx_zip_open(const char *data, size_t len, size_t max_part, unsigned max_ratio,
                     charta_xlsx_error *err)
{
    xlsx_zip *z = calloc(1, sizeof *z);
    if (!z) {
        charta_xlsx_set_error(err, CHARTA_ERR_NOMEM, 0, NULL, "out of memory");
        return NULL;
    }
    z->m = (mem_stream){.data = data, .len = len};
    z->max_part = max_part;
    z->max_ratio = max_ratio;
    zlib_filefunc64_def f = {
        .zopen64_file = mem_open,
        .zread_file = mem_read,
        .zwrite_file = mem_write,
        .ztell64_file = mem_tell,
        .zseek64_file = mem_seek,
        .zclose_file = mem_close,
        .zerror_file = mem_error,
        .opaque = &z->m,
    };
    z->uf = unzOpen2_64(&z->m, &f);
    if (!z->uf) {
        charta_xlsx_set_error(err, CHARTA_ERR_DATA, 0, NULL,
                              "not an Excel workbook (.xlsx): no zip directory was found "
                              "(is the file truncated, or an old .xls?)");
        free(z);
        return NULL;
    }
    return z;
}

void
charta_xlsx_zip_close(xlsx_zip *z)
{
    if (!z)
        return;
    unzClose(z->uf);
    free(z);
}

int
charta_xlsx_zip_read(xlsx_zip *z, const char *name, char **out, size_t *len,
                     charta_xlsx_error *err)
{
    *out = NULL;
    *len = 0;
    if (unzLocateFile(z->uf, name, 2) != UNZ_OK)
        return 0;
    unz_file_info64 info;
    if (unzGetCurrentFileInfo64(z->uf, &info, NULL, 0, NULL, 0, NULL, 0) != UNZ_OK ||
        unzOpenCurrentFile(z->uf) != UNZ_OK) {
        charta_xlsx_set_error(err, CHARTA_ERR_DATA, 0, NULL,
                              "the part '%s' of the workbook is damaged", name);
        return -1;
    }
    /* the ratio is taken against the compressed size the directory claims, which
     * is bounded by the file's own size */
    size_t csize = info.compressed_size < z->m.len ? (size_t)info.compressed_size : z->m.len;
    size_t ratio_cap = csize > (size_t)-1 / z->max_ratio ? (size_t)-1 : csize * z->max_ratio;
    if (ratio_cap < RATIO_FLOOR)
        ratio_cap = RATIO_FLOOR;
    char *buf = NULL;
    size_t n = 0, cap = 0;
    int rc = -1;
    for (;;) {
        if (cap - n < BLOCK + 1) {
            size_t ncap = cap ? cap * 2 : BLOCK * 2;
            char *nb = realloc(buf, ncap);
            if (!nb) {
                charta_xlsx_set_error(err, CHARTA_ERR_NOMEM, 0, NULL, "out of memory");
                goto done;
            }
            buf = nb;
            cap = ncap;
        }
        int k = unzReadCurrentFile(z->uf, buf + n, BLOCK);
        if (k < 0) {
            if (k == UNZ_CRCERROR)
                charta_xlsx_set_error(err, CHARTA_ERR_DATA, 0, NULL,
                                      "the part '%s' of the workbook is damaged (its checksum "
                                      "does not match)",
                                      name);
            else
                charta_xlsx_set_error(err, CHARTA_ERR_DATA, 0, NULL,
                                      "the part '%s' of the workbook is damaged or cut short "
                                      "(is the file truncated?)",
                                      name);
            goto done;
        }
        if (k == 0)
            break;
        n += (size_t)k;
        if (n > z->max_part) {
            charta_xlsx_set_error(err, CHARTA_ERR_DATA, 0, NULL,
                                  "the part '%s' of the workbook unpacks to more than %zu MiB: "
                                  "refused as a zip bomb",
                                  name, z->max_part >> 20);
            goto done;
        }
        if (n > ratio_cap) {
            charta_xlsx_set_error(err, CHARTA_ERR_DATA, 0, NULL,
                                  "the part '%s' of the workbook unpacks to more than %u times "
                                  "its packed size: refused as a zip bomb",
                                  name, z->max_ratio);
            goto done;
        }
    }
    buf[n] = '\0';
    rc = 1;
done:
    if (unzCloseCurrentFile(z->uf) == UNZ_CRCERROR && rc == 1) {
        charta_xlsx_set_error(err, CHARTA_ERR_DATA, 0, NULL,
                              "the part '%s' of the workbook is damaged (its checksum does not "
                              "match)",
                              name);
        rc = -1;
    }
    if (rc == 1) {
        *out = buf;
        *len = n;
    } else {
        free(buf);
    }
    return rc;
}
