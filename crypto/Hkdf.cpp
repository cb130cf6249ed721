#include "Hkdf.h"

#include <openssl/core_names.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <QtGlobal>

namespace medilock::crypto {

SecureBuffer hkdfSha256(ByteView inputKey, ByteView salt, ByteView info, std::size_t length)
{
    Q_ASSERT(length > 0 && length <= 255 * 32);
    EVP_KDF* kdf = EVP_KDF_fetch(nullptr, "HKDF", nullptr);
    EVP_KDF_CTX* ctx = kdf ? EVP_KDF_CTX_new(kdf) : nullptr;
    EVP_KDF_free(kdf);
    // OpenSSL takes non-const pointers but does not write through them.
    auto octets = [](const char* name, ByteView bytes) {
        return OSSL_PARAM_construct_octet_string(name, const_cast<std::uint8_t*>(bytes.data()), bytes.size());
    };
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
                                 octets(OSSL_KDF_PARAM_KEY, inputKey), octets(OSSL_KDF_PARAM_SALT, salt),
                                 octets(OSSL_KDF_PARAM_INFO, info), OSSL_PARAM_construct_end()};
    SecureBuffer out(length);
    const bool ok = ctx && EVP_KDF_derive(ctx, out.data(), out.size(), params) == 1;
    EVP_KDF_CTX_free(ctx);
    if (!ok)
        qFatal("medilock: HKDF-SHA256 failed");
    return out;
}

} // namespace medilock::crypto
