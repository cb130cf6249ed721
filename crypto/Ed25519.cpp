#include "Ed25519.h"

#include "ConstantTime.h"
#include "Hex.h"
#include "Random.h"
#include "Sha256.h"

#include <openssl/evp.h>

#include <QCoreApplication>

#include <algorithm>
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
// Verification contexts (public keys only) live in a small per-thread cache, since a
// context is never shared between threads.
class ContextCache
{
public:
    enum class Purpose { Verify };
    ~ContextCache()
    {
        for (Item& item : m_items)
            release(item);
    }
    // The cached context for this key, or (given the key object) a new one; null when absent.
    EVP_MD_CTX* get(ByteView publicKey, EVP_PKEY* key, Purpose purpose)
    {
        for (Item& item : m_items)
            if (item.purpose == purpose && std::equal(publicKey.begin(), publicKey.end(), item.publicKey.begin()))
                return item.ctx;
        if (!key)
            return nullptr;
        EVP_MD_CTX* ctx = EVP_MD_CTX_new();
        const int ok = !ctx ? 0
                        : EVP_DigestVerifyInit_ex(ctx, nullptr, nullptr, nullptr, nullptr, key, nullptr);
        if (ok != 1) {
            EVP_MD_CTX_free(ctx);
            return nullptr;
        }
        if (m_items.size() >= kCapacity) {
            release(m_items.front());
            m_items.erase(m_items.begin());
        }
        Item item{{}, purpose, ctx};
        std::copy(publicKey.begin(), publicKey.end(), item.publicKey.begin());
        m_items.push_back(item);
        return ctx;
    }

private:
    static constexpr std::size_t kCapacity = 64;
    struct Item
    {
        std::array<std::uint8_t, kEd25519KeySize> publicKey;
        Purpose purpose;
        EVP_MD_CTX* ctx;
    };
    static void release(Item& item) { EVP_MD_CTX_free(item.ctx); } // the context holds its own key reference
    std::vector<Item> m_items;
};

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

namespace {
ContextCache& contexts()
{
    thread_local ContextCache cache;
    return cache;
}
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
    EVP_MD_CTX* ctx = contexts().get(view(), m_key.get(), ContextCache::Purpose::Verify);
    return ctx && EVP_DigestVerify(ctx, signature.data(), signature.size(), message.data(), message.size()) == 1;
}

bool ed25519Verify(ByteView publicKey, ByteView message, ByteView signature)
{
    if (publicKey.size() != kEd25519KeySize || signature.size() != kEd25519SignatureSize)
        return false;
    // Known keys skip building a key object; only a key not yet cached on this thread does.
    EVP_MD_CTX* ctx = nullptr;
    {
        EVP_PKEY* raw = nullptr;
        ctx = contexts().get(publicKey, nullptr, ContextCache::Purpose::Verify);
        if (!ctx) {
            raw = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, publicKey.data(), publicKey.size());
            if (!raw)
                return false;
            ctx = contexts().get(publicKey, raw, ContextCache::Purpose::Verify);
            EVP_PKEY_free(raw);
        }
    }
    return ctx && EVP_DigestVerify(ctx, signature.data(), signature.size(), message.data(), message.size()) == 1;
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
