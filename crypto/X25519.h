#pragma once

#include "Result.h"
#include "SecureBuffer.h"

#include <QByteArray>

namespace medilock::crypto {

inline constexpr std::size_t kX25519KeySize = 32;

// X25519 (RFC 7748) over OpenSSL: private keys are 32 bytes in a SecureBuffer, public keys
// 32 bytes in the clear.
SecureBuffer x25519GeneratePrivate();
// The public key of a 32-byte private key.
Result<QByteArray> x25519PublicKey(const SecureBuffer& privateKey);
// The shared secret; refuses a public key of small order (an all-zero result).
Result<SecureBuffer> x25519SharedSecret(const SecureBuffer& privateKey, ByteView peerPublicKey);

} // namespace medilock::crypto
