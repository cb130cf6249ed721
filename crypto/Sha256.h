#pragma once

#include "Bytes.h"

#include <openssl/evp.h>

#include <array>
#include <cstdint>

namespace medilock::crypto {

using Digest = std::array<std::uint8_t, 32>;

// Incremental SHA-256 over OpenSSL EVP. Reusable after final() through reset().
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    Sha256& update(ByteView bytes);
    Sha256& update(const QByteArray& bytes) { return update(asView(bytes)); }
    Sha256& update(std::uint8_t byte) { return update(ByteView(&byte, 1)); }
    Digest final();
    void reset();

    static Digest hash(ByteView bytes);
    static QByteArray hash(const QByteArray& bytes);

private:
    EVP_MD_CTX* m_ctx;
};

inline QByteArray digestBytes(const Digest& d)
{
    return toByteArray(ByteView(d.data(), d.size()));
}

} // namespace medilock::crypto
