/* hash.c: SHA-256 of files with OpenSSL's libcrypto (EVP). */
#include "charta/hash.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>

#include <openssl/evp.h>

charta_status
charta_sha256_file(const char *path, char hex[65], long long *bytes)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return CHARTA_ERR_IO;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    if (!ctx || !EVP_DigestInit_ex(ctx, EVP_sha256(), NULL)) {
        EVP_MD_CTX_free(ctx);
        fclose(f);
        return CHARTA_ERR_NOMEM;
    }
    unsigned char buf[65536];
    size_t n;
    long long total = 0;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
        EVP_DigestUpdate(ctx, buf, n);
        total += (long long)n;
    }
    bool err = ferror(f);
    fclose(f);
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_DigestFinal_ex(ctx, md, &len);
    EVP_MD_CTX_free(ctx);
    if (err) {
        errno = EIO;
        return CHARTA_ERR_IO;
    }
    for (unsigned i = 0; i < len && i < 32; i++)
        snprintf(hex + 2 * i, 3, "%02x", md[i]);
    hex[64] = '\0';
    if (bytes)
        *bytes = total;
    return CHARTA_OK;
}
