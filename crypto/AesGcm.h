#pragma once

#include "Result.h"
#include "SecureBuffer.h"

#include <QByteArray>

namespace medilock::crypto {

inline constexpr std::size_t kAesKeySize = 32;
inline constexpr std::size_t kGcmNonceSize = 12;
inline constexpr std::size_t kGcmTagSize = 16;

// AES-256-GCM. seal() draws a fresh random 96-bit nonce and returns nonce || ciphertext || tag;
// open() takes that same layout and refuses anything whose tag does not verify.
QByteArray aesGcmSeal(const SecureBuffer& key, ByteView plaintext, ByteView associatedData);
Result<SecureBuffer> aesGcmOpen(const SecureBuffer& key, ByteView sealed, ByteView associatedData);

// The primitive with an explicit nonce, for known-answer tests and callers that manage nonces.
QByteArray aesGcmSealWithNonce(const SecureBuffer& key, ByteView nonce, ByteView plaintext, ByteView associatedData);

} // namespace medilock::crypto
