#pragma once

#include "Result.h"
#include "SecureBuffer.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <memory>

using EVP_PKEY = struct evp_pkey_st;

namespace medilock::crypto {

class SignerPool;

inline constexpr std::size_t kEd25519KeySize = 32;
inline constexpr std::size_t kEd25519SignatureSize = 64;

class Ed25519PublicKey
{
public:
    Ed25519PublicKey() = default;
    static Result<Ed25519PublicKey> fromBytes(ByteView bytes);
    static Result<Ed25519PublicKey> fromBytes(const QByteArray& bytes) { return fromBytes(asView(bytes)); }

    bool isNull() const { return !m_key; }
    QByteArray bytes() const;
    ByteView view() const { return {m_raw.data(), m_raw.size()}; }
    // Hex SHA-256 of the 32 raw public-key bytes: how keys are named to people.
    QString fingerprint() const;

    bool verify(ByteView message, ByteView signature) const;
    bool operator==(const Ed25519PublicKey& other) const;

private:
    std::array<std::uint8_t, kEd25519KeySize> m_raw{};
    std::shared_ptr<EVP_PKEY> m_key;
};

// A signing key. Its 32-byte seed lives in a SecureBuffer; the OpenSSL key object is kept
// so that signing does not re-derive the public key each time.
class Ed25519PrivateKey
{
public:
    Ed25519PrivateKey() = default;
    static Ed25519PrivateKey generate();
    static Result<Ed25519PrivateKey> fromSeed(ByteView seed);

    bool isNull() const { return !m_key; }
    const SecureBuffer& seed() const { return m_seed; }
    const Ed25519PublicKey& publicKey() const { return m_public; }
    QByteArray sign(ByteView message) const;
    Ed25519PrivateKey clone() const;

private:
    SecureBuffer m_seed;
    Ed25519PublicKey m_public;
    std::shared_ptr<EVP_PKEY> m_key;
    std::shared_ptr<SignerPool> m_signers;
};

QString fingerprintOf(ByteView publicKeyBytes);

// Verifies with a raw 32-byte public key; repeated keys (a ledger's few authors) are cheap.
bool ed25519Verify(ByteView publicKey, ByteView message, ByteView signature);

} // namespace medilock::crypto
