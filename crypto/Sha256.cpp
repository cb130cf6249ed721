#include "Sha256.h"

#include <QtGlobal>

namespace medilock::crypto {

namespace {
const EVP_MD* sha256Method()
{
    // Fetched once: an implicit fetch per call costs more than hashing a small entry.
    static EVP_MD* md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    Q_ASSERT(md);
    return md;
}
} // namespace

Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new())
{
    if (!m_ctx)
        qFatal("medilock: out of memory creating a digest context");
    reset();
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_ctx);
}

void Sha256::reset()
{
    if (EVP_DigestInit_ex(m_ctx, sha256Method(), nullptr) != 1)
        qFatal("medilock: SHA-256 is unavailable");
}

Sha256& Sha256::update(ByteView bytes)
{
    if (!bytes.empty() && EVP_DigestUpdate(m_ctx, bytes.data(), bytes.size()) != 1)
        qFatal("medilock: SHA-256 update failed");
    return *this;
}

Digest Sha256::final()
{
    Digest out{};
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_ctx, out.data(), &length) != 1 || length != out.size())
        qFatal("medilock: SHA-256 final failed");
    reset();
    return out;
}

Digest Sha256::hash(ByteView bytes)
{
    Digest out{};
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), out.data(), &length, sha256Method(), nullptr) != 1)
        qFatal("medilock: SHA-256 failed");
    return out;
}

QByteArray Sha256::hash(const QByteArray& bytes)
{
    return digestBytes(hash(asView(bytes)));
}

} // namespace medilock::crypto
