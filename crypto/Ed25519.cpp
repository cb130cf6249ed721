#include "Ed25519.h"

#include "ConstantTime.h"
#include "Hex.h"
#include "Random.h"
#include "Sha256.h"

#include <openssl/evp.h>

#include <QCoreApplication>

#include <cstring>

namespace medilock::crypto {

namespace {
std::shared_ptr<EVP_PKEY> wrap(EVP_PKEY* key)
{
    return {key, EVP_PKEY_free};
}

struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;
} // namespace

QString fingerprintOf(ByteView publicKeyBytes)
{
    return toHex(digestBytes(Sha256::hash(publicKeyBytes)));
}

Result<Ed25519PublicKey> Ed25519PublicKey::fromBytes(ByteView bytes)
{
    if (bytes.size() != kEd25519KeySize)
        return fail(QCoreApplication::translate("Ed25519", "an Ed25519 public key is 32 bytes, got %1").arg(bytes.size()));
    EVP_PKEY* raw = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes.data(), bytes.size());
    if (!raw)
        return fail(QCoreApplication::translate("Ed25519", "not a valid Ed25519 public key"));
    Ed25519PublicKey key;
    std::memcpy(key.m_raw.data(), bytes.data(), kEd25519KeySize);
    key.m_key = wrap(raw);
    return key;
}

QByteArray Ed25519PublicKey::bytes() const
{
    return isNull() ? QByteArray() : toByteArray(view());
}

QString Ed25519PublicKey::fingerprint() const
{
    return fingerprintOf(view());
}

bool Ed25519PublicKey::verify(ByteView message, ByteView signature) const
{
    if (!m_key || signature.size() != kEd25519SignatureSize)
        return false;
    MdCtx ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit_ex(ctx.get(), nullptr, nullptr, nullptr, nullptr, m_key.get(), nullptr) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), signature.data(), signature.size(), message.data(), message.size()) == 1;
}

bool Ed25519PublicKey::operator==(const Ed25519PublicKey& other) const
{
    return constantTimeEqual(view(), other.view());
}

Ed25519PrivateKey Ed25519PrivateKey::generate()
{
    const SecureBuffer seed = randomSecret(kEd25519KeySize);
    auto key = fromSeed(seed.view());
    Q_ASSERT(key.ok());
    return std::move(key).value();
}

Result<Ed25519PrivateKey> Ed25519PrivateKey::fromSeed(ByteView seed)
{
    if (seed.size() != kEd25519KeySize)
        return fail(QCoreApplication::translate("Ed25519", "an Ed25519 private key is 32 bytes"));
    EVP_PKEY* raw = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, seed.data(), seed.size());
    if (!raw)
        return fail(QCoreApplication::translate("Ed25519", "not a valid Ed25519 private key"));
    Ed25519PrivateKey key;
    key.m_key = wrap(raw);
    key.m_seed = SecureBuffer::fromView(seed);
    std::array<std::uint8_t, kEd25519KeySize> pub{};
    std::size_t length = pub.size();
    if (EVP_PKEY_get_raw_public_key(raw, pub.data(), &length) != 1 || length != pub.size())
        return fail(QCoreApplication::translate("Ed25519", "could not derive the Ed25519 public key"));
    auto publicKey = Ed25519PublicKey::fromBytes(ByteView(pub.data(), pub.size()));
    if (!publicKey)
        return std::move(publicKey).takeError();
    key.m_public = std::move(publicKey).value();
    return key;
}

QByteArray Ed25519PrivateKey::sign(ByteView message) const
{
    Q_ASSERT(m_key);
    QByteArray signature(kEd25519SignatureSize, Qt::Uninitialized);
    std::size_t length = kEd25519SignatureSize;
    MdCtx ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestSignInit_ex(ctx.get(), nullptr, nullptr, nullptr, nullptr, m_key.get(), nullptr) != 1
        || EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length, message.data(),
                          message.size())
               != 1
        || length != kEd25519SignatureSize)
        qFatal("medilock: Ed25519 signing failed");
    return signature;
}

Ed25519PrivateKey Ed25519PrivateKey::clone() const
{
    Ed25519PrivateKey copy;
    copy.m_seed = m_seed.clone();
    copy.m_public = m_public;
    copy.m_key = m_key;
    return copy;
}

} // namespace medilock::crypto
