#include "X25519.h"

#include "Random.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <QCoreApplication>

#include <memory>

namespace medilock::crypto {

namespace {
using Pkey = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)>;

QString tr(const char* text)
{
    return QCoreApplication::translate("X25519", text);
}

Pkey privateKey(const SecureBuffer& key)
{
    if (key.size() != kX25519KeySize)
        return {nullptr, EVP_PKEY_free};
    return {EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, key.data(), key.size()), EVP_PKEY_free};
}
} // namespace

SecureBuffer x25519GeneratePrivate()
{
    // RFC 7748 private keys are any 32 random bytes (clamped when used).
    return randomSecret(kX25519KeySize);
}

Result<QByteArray> x25519PublicKey(const SecureBuffer& key)
{
    const Pkey pkey = privateKey(key);
    QByteArray out(kX25519KeySize, Qt::Uninitialized);
    std::size_t length = kX25519KeySize;
    if (!pkey
        || EVP_PKEY_get_raw_public_key(pkey.get(), reinterpret_cast<unsigned char*>(out.data()), &length) != 1
        || length != kX25519KeySize)
        return fail(tr("an X25519 private key is 32 bytes"));
    return out;
}

Result<SecureBuffer> x25519SharedSecret(const SecureBuffer& key, ByteView peerPublicKey)
{
    const Pkey own = privateKey(key);
    if (!own || peerPublicKey.size() != kX25519KeySize)
        return fail(tr("an X25519 key is 32 bytes"));
    const Pkey peer(EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr, peerPublicKey.data(), peerPublicKey.size()),
                    EVP_PKEY_free);
    const PkeyCtx ctx(own ? EVP_PKEY_CTX_new_from_pkey(nullptr, own.get(), nullptr) : nullptr, EVP_PKEY_CTX_free);
    SecureBuffer secret(kX25519KeySize);
    std::size_t length = secret.size();
    const bool ok = peer && ctx && EVP_PKEY_derive_init(ctx.get()) == 1 && EVP_PKEY_derive_set_peer(ctx.get(), peer.get()) == 1
        && EVP_PKEY_derive(ctx.get(), secret.data(), &length) == 1 && length == kX25519KeySize;
    static const std::uint8_t zeros[kX25519KeySize] = {};
    // OpenSSL refuses an all-zero result itself; checked again since the wrap depends on it.
    if (!ok || CRYPTO_memcmp(secret.data(), zeros, kX25519KeySize) == 0)
        return fail(tr("X25519 key agreement failed (invalid public key)"));
    return secret;
}

} // namespace medilock::crypto
