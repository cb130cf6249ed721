#include "AesGcm.h"

#include "Random.h"

#include <openssl/evp.h>

#include <QCoreApplication>

#include <memory>

namespace medilock::crypto {

namespace {
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

CipherCtx newCtx()
{
    CipherCtx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    if (!ctx)
        qFatal("medilock: out of memory creating a cipher context");
    return ctx;
}

int asInt(std::size_t size)
{
    Q_ASSERT(size <= static_cast<std::size_t>(INT_MAX));
    return static_cast<int>(size);
}
} // namespace

QByteArray aesGcmSealWithNonce(const SecureBuffer& key, ByteView nonce, ByteView plaintext, ByteView associatedData)
{
    Q_ASSERT(key.size() == kAesKeySize && nonce.size() == kGcmNonceSize);
    QByteArray out(static_cast<qsizetype>(kGcmNonceSize + plaintext.size() + kGcmTagSize), Qt::Uninitialized);
    auto* bytes = reinterpret_cast<unsigned char*>(out.data());
    std::copy(nonce.begin(), nonce.end(), bytes);
    CipherCtx ctx = newCtx();
    int length = 0;
    bool ok = EVP_EncryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), key.data(), nonce.data(), nullptr) == 1;
    ok = ok && (associatedData.empty()
                || EVP_EncryptUpdate(ctx.get(), nullptr, &length, associatedData.data(), asInt(associatedData.size())) == 1);
    ok = ok && EVP_EncryptUpdate(ctx.get(), bytes + kGcmNonceSize, &length, plaintext.data(), asInt(plaintext.size())) == 1;
    ok = ok && EVP_EncryptFinal_ex(ctx.get(), bytes + kGcmNonceSize + length, &length) == 1;
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kGcmTagSize,
                                   bytes + kGcmNonceSize + plaintext.size()) == 1;
    if (!ok)
        qFatal("medilock: AES-256-GCM encryption failed");
    return out;
}

QByteArray aesGcmSeal(const SecureBuffer& key, ByteView plaintext, ByteView associatedData)
{
    const QByteArray nonce = randomBytes(kGcmNonceSize);
    return aesGcmSealWithNonce(key, asView(nonce), plaintext, associatedData);
}

Result<SecureBuffer> aesGcmOpen(const SecureBuffer& key, ByteView sealed, ByteView associatedData)
{
    if (key.size() != kAesKeySize)
        return fail(QCoreApplication::translate("AesGcm", "an AES-256 key is 32 bytes"));
    if (sealed.size() < kGcmNonceSize + kGcmTagSize)
        return fail(QCoreApplication::translate("AesGcm", "sealed data is too short"));
    const std::size_t textSize = sealed.size() - kGcmNonceSize - kGcmTagSize;
    const std::uint8_t* nonce = sealed.data();
    const std::uint8_t* text = sealed.data() + kGcmNonceSize;
    std::uint8_t tag[kGcmTagSize];
    std::copy_n(text + textSize, kGcmTagSize, tag);

    SecureBuffer plain(textSize);
    CipherCtx ctx = newCtx();
    int length = 0;
    bool ok = EVP_DecryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), key.data(), nonce, nullptr) == 1;
    ok = ok && (associatedData.empty()
                || EVP_DecryptUpdate(ctx.get(), nullptr, &length, associatedData.data(), asInt(associatedData.size())) == 1);
    ok = ok && EVP_DecryptUpdate(ctx.get(), plain.data(), &length, text, asInt(textSize)) == 1;
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kGcmTagSize, tag) == 1;
    // The tag comparison inside EVP_DecryptFinal_ex is constant-time (CRYPTO_memcmp).
    ok = ok && EVP_DecryptFinal_ex(ctx.get(), plain.data() + length, &length) == 1;
    if (!ok)
        return fail(QCoreApplication::translate("AesGcm", "authentication failed: wrong key or altered data"));
    return plain;
}

} // namespace medilock::crypto
