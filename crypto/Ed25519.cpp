#include "Ed25519.h"

#include "ConstantTime.h"
#include "Hex.h"
#include "Random.h"
#include "Sha256.h"

#include <openssl/evp.h>

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <cstring>
#include <mutex>
#include <vector>

namespace medilock::crypto {

namespace {
std::shared_ptr<EVP_PKEY> wrap(EVP_PKEY* key)
{
    return {key, EVP_PKEY_free};
}

// Initialising an EVP_MD_CTX for Ed25519 fetches the algorithm from the provider, which
// costs about as much as the signature itself. Like `openssl speed`, contexts are
// initialised once per key and reused for one-shot EVP_DigestSign / EVP_DigestVerify calls.
// Verification contexts (public keys only) are pooled per key for the whole process: a
// context is used by one thread at a time, and the pool is freed at exit, before OpenSSL's
// own clean-up (it is created after OpenSSL initialised).
class VerifierPool
{
public:
    ~VerifierPool() { clear(); }

    // An initialised context for `publicKey`; builds a key object only for a key not seen.
    EVP_MD_CTX* acquire(ByteView publicKey)
    {
        Key key{};
        std::copy(publicKey.begin(), publicKey.end(), key.begin());
        {
            std::lock_guard lock(m_mutex);
            auto it = m_idle.find(key);
            if (it != m_idle.end() && !it->second.empty()) {
                EVP_MD_CTX* ctx = it->second.back();
                it->second.pop_back();
                return ctx;
            }
        }
        EVP_PKEY* raw = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, publicKey.data(), publicKey.size());
        if (!raw)
            return nullptr;
        EVP_MD_CTX* ctx = EVP_MD_CTX_new();
        const bool ok = ctx && EVP_DigestVerifyInit_ex(ctx, nullptr, nullptr, nullptr, nullptr, raw, nullptr) == 1;
        EVP_PKEY_free(raw); // the context keeps its own reference
        if (!ok) {
            EVP_MD_CTX_free(ctx);
            return nullptr;
        }
        return ctx;
    }

    void release(ByteView publicKey, EVP_MD_CTX* ctx)
    {
        if (!ctx)
            return;
        Key key{};
        std::copy(publicKey.begin(), publicKey.end(), key.begin());
        std::lock_guard lock(m_mutex);
        if (m_idle.size() >= kMaxKeys && !m_idle.count(key)) {
            clearLocked(); // a ledger has few authors; an unusual spread just starts over
        }
        m_idle[key].push_back(ctx);
    }

private:
    using Key = std::array<std::uint8_t, kEd25519KeySize>;
    static constexpr std::size_t kMaxKeys = 4096;
    void clear()
    {
        std::lock_guard lock(m_mutex);
        clearLocked();
    }
    void clearLocked()
    {
        for (auto& [key, contexts] : m_idle)
            for (EVP_MD_CTX* ctx : contexts)
                EVP_MD_CTX_free(ctx);
        m_idle.clear();
    }
    std::mutex m_mutex;
    std::map<Key, std::vector<EVP_MD_CTX*>> m_idle;
};

VerifierPool& verifiers()
{
    static VerifierPool pool;
    return pool;
}

bool verifyWithPool(ByteView publicKey, ByteView message, ByteView signature)
{
    if (publicKey.size() != kEd25519KeySize || signature.size() != kEd25519SignatureSize)
        return false;
    EVP_MD_CTX* ctx = verifiers().acquire(publicKey);
    const bool ok = ctx && EVP_DigestVerify(ctx, signature.data(), signature.size(), message.data(), message.size()) == 1;
    verifiers().release(publicKey, ctx);
    return ok;
}
} // namespace

// Signing contexts of one private key, shared by the threads that sign with it and freed
// with the key (so no context holding a private key outlives it, unlike a per-thread cache).
class SignerPool
{
public:
    ~SignerPool()
    {
        for (EVP_MD_CTX* ctx : m_idle)
            EVP_MD_CTX_free(ctx);
    }
    EVP_MD_CTX* acquire(EVP_PKEY* key)
    {
        {
            std::lock_guard lock(m_mutex);
            if (!m_idle.empty()) {
                EVP_MD_CTX* ctx = m_idle.back();
                m_idle.pop_back();
                return ctx;
            }
        }
        EVP_MD_CTX* ctx = EVP_MD_CTX_new();
        if (ctx && EVP_DigestSignInit_ex(ctx, nullptr, nullptr, nullptr, nullptr, key, nullptr) == 1)
            return ctx;
        EVP_MD_CTX_free(ctx);
        return nullptr;
    }
    void release(EVP_MD_CTX* ctx)
    {
        if (!ctx)
            return;
        std::lock_guard lock(m_mutex);
        m_idle.push_back(ctx);
    }

private:
    std::mutex m_mutex;
    std::vector<EVP_MD_CTX*> m_idle;
};


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
    return m_key && verifyWithPool(view(), message, signature);
}

bool ed25519Verify(ByteView publicKey, ByteView message, ByteView signature)
{
    return verifyWithPool(publicKey, message, signature);
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
    key.m_signers = std::make_shared<SignerPool>();
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
    EVP_MD_CTX* ctx = m_signers->acquire(m_key.get());
    const bool ok = ctx
        && EVP_DigestSign(ctx, reinterpret_cast<unsigned char*>(signature.data()), &length, message.data(), message.size())
            == 1
        && length == kEd25519SignatureSize;
    m_signers->release(ctx);
    if (!ok)
        qFatal("medilock: Ed25519 signing failed");
    return signature;
}

Ed25519PrivateKey Ed25519PrivateKey::clone() const
{
    Ed25519PrivateKey copy;
    copy.m_seed = m_seed.clone();
    copy.m_public = m_public;
    copy.m_key = m_key;
    copy.m_signers = m_signers;
    return copy;
}

} // namespace medilock::crypto
