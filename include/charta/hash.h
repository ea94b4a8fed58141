/* hash.h: SHA-256 of files (for the manifest and the workbook's inputs).
 *
 * Owns (src/base/hash.c): nothing; no allocation, no global state.
 * Uses: status.h; Nettle (sha2.h).
 */
#ifndef CHARTA_HASH_H
#define CHARTA_HASH_H

#include "charta/status.h"

/* Hex SHA-256 of a file into hex[65] and its size into *bytes (may be
 * NULL); CHARTA_ERR_IO with errno kept on failure, CHARTA_ERR_NOMEM. */
charta_status charta_sha256_file(const char *path, char hex[65], long long *bytes);

#endif
