/* hash.h: SHA-256 of files (for the manifest and the workbook's inputs).
 *
 * Owns (src/base/hash.c): nothing; no allocation, no global state.
 * Uses: status.h; Nettle (sha2.h).
 */
#ifndef CHARTA_HASH_H
#define CHARTA_HASH_H

#include "charta/status.h"

/* The lower-case hex SHA-256 of the file at path into hex[65] (NUL-terminated) and its
 * size into *bytes (bytes may be NULL). CHARTA_OK; CHARTA_ERR_IO when the file cannot
 * be opened or read, CHARTA_ERR_NOMEM when the kernel says ENOMEM; errno is kept for
 * the caller's message, nothing is reported, *bytes is untouched on failure. */
charta_status charta_sha256_file(const char *path, char hex[65], long long *bytes);

/* As charta_sha256_file, but of what the open descriptor fd reads from its current
 * offset to the end; fd is borrowed (left open, its offset at the end). For a
 * caller that opened the file itself (openat, O_NOFOLLOW) and checked what it is. */
charta_status charta_sha256_fd(int fd, char hex[65], long long *bytes);

#endif
