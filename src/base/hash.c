/* hash.c: SHA-256 of files with Nettle (no global state, no allocation, so
 * it cannot fail half-initialised when memory is short). */
#include "charta/hash.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <nettle/sha2.h>

charta_status
charta_sha256_fd(int fd, char hex[65], long long *bytes)
{
    struct sha256_ctx ctx;
    sha256_init(&ctx);
    unsigned char buf[65536];
    long long total = 0;
    ssize_t n;
    while ((n = read(fd, buf, sizeof buf)) != 0) {
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno == ENOMEM ? CHARTA_ERR_NOMEM : CHARTA_ERR_IO;
        }
        sha256_update(&ctx, (size_t)n, buf);
        total += n;
    }
    unsigned char md[SHA256_DIGEST_SIZE];
    sha256_digest(&ctx, sizeof md, md);
    for (unsigned i = 0; i < SHA256_DIGEST_SIZE; i++)
        snprintf(hex + 2 * i, 3, "%02x", md[i]);
    hex[64] = '\0';
    if (bytes)
        *bytes = total;
    return CHARTA_OK;
}

charta_status
charta_sha256_file(const char *path, char hex[65], long long *bytes)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOMEM ? CHARTA_ERR_NOMEM : CHARTA_ERR_IO;
    charta_status st = charta_sha256_fd(fd, hex, bytes);
    int err = errno;
    close(fd);
    errno = err;
    return st;
}
