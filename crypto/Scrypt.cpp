#include "Scrypt.h"

#include <openssl/core_names.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <QCoreApplication>
#include <QElapsedTimer>

#include <memory>

namespace medilock::crypto {

namespace {
constexpr std::uint8_t kMinLogN = 10;
constexpr std::uint8_t kMaxLogN = 22;
constexpr std::uint64_t kMaxMemory = 1ull << 30;
} // namespace

bool ScryptParams::withinBounds() const
{
    return logN >= kMinLogN && logN <= kMaxLogN && r >= 1 && r <= 32 && p >= 1 && p <= 16
        && memoryBytes() * p <= kMaxMemory;
}

Result<SecureBuffer> scrypt(ByteView passphrase, ByteView salt, const ScryptParams& params, std::size_t outputLength)
{
    // The known-answer test uses N = 16, below the stored-parameter floor, so only the
    // memory cap is enforced here; parsers check withinBounds().
    // r and p are bounded first so that the memory product cannot overflow.
    if (params.logN < 1 || params.logN > kMaxLogN || params.r == 0 || params.p == 0 || params.r > 1024
        || params.p > 1024 || params.memoryBytes() * params.p > kMaxMemory)
        return fail(QCoreApplication::translate("Scrypt", "scrypt parameters out of bounds"));
    std::unique_ptr<EVP_KDF, decltype(&EVP_KDF_free)> kdf(EVP_KDF_fetch(nullptr, "SCRYPT", nullptr), EVP_KDF_free);
    if (!kdf)
        return fail(QCoreApplication::translate("Scrypt", "scrypt is not available in this OpenSSL"));
    std::unique_ptr<EVP_KDF_CTX, decltype(&EVP_KDF_CTX_free)> ctx(EVP_KDF_CTX_new(kdf.get()), EVP_KDF_CTX_free);
    if (!ctx)
        return fail(QCoreApplication::translate("Scrypt", "out of memory"));

    std::uint64_t n = 1ull << params.logN;
    std::uint32_t r = params.r;
    std::uint32_t p = params.p;
    std::uint64_t maxmem = params.memoryBytes() * p + (1u << 20);
    // OpenSSL takes non-const pointers but does not modify the inputs.
    auto* pass = const_cast<std::uint8_t*>(passphrase.data());
    auto* saltBytes = const_cast<std::uint8_t*>(salt.data());
    static const std::uint8_t empty = 0;
    const OSSL_PARAM ossl[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, passphrase.empty() ? const_cast<std::uint8_t*>(&empty) : pass,
                                          passphrase.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, salt.empty() ? const_cast<std::uint8_t*>(&empty) : saltBytes,
                                          salt.size()),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxmem),
        OSSL_PARAM_construct_end(),
    };
    SecureBuffer out(outputLength);
    if (EVP_KDF_derive(ctx.get(), out.data(), out.size(), ossl) != 1)
        return fail(QCoreApplication::translate("Scrypt", "scrypt key derivation failed"));
    return out;
}

ScryptParams calibrateScrypt(int targetMs)
{
    ScryptParams params;
    params.logN = 14;
    const std::uint8_t salt[16] = {};
    const std::uint8_t pass[1] = {'x'};
    QElapsedTimer timer;
    timer.start();
    (void)scrypt(ByteView(pass, 1), ByteView(salt, sizeof salt), params, 32);
    double ms = static_cast<double>(std::max<qint64>(1, timer.elapsed()));
    // Cost doubles with each step of logN; stop at the step closest to the target.
    while (params.logN < 20 && ms * 1.5 < targetMs) {
        ++params.logN;
        ms *= 2;
    }
    return params;
}

} // namespace medilock::crypto
