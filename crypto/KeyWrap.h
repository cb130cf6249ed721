#pragma once

#include "Result.h"
#include "SecureBuffer.h"

#include <QByteArray>

namespace medilock::crypto {

// A 32-byte key wrapped to an X25519 public key, so that it can be re-wrapped for a
// recipient without the recipient's passphrase (docs/security.md, keyring version 2):
//   wrapped = ephemeral public (32) || nonce (12) || AES-256-GCM ciphertext (32) || tag (16)
//   kek     = HKDF-SHA256(X25519(ephemeral, recipient), salt = ephemeral public || recipient
//             public, info = "medilock/keyring/v2/wrap", 32 bytes)
// `context` is the AES-GCM associated data: what the wrap is bound to (slot, generation).
inline constexpr std::size_t kWrappedKeySize = 32 + 12 + 32 + 16;

Result<QByteArray> wrapKey(const SecureBuffer& key, ByteView recipientPublic, ByteView context);
// The same with the ephemeral private key and nonce given: for test vectors only.
Result<QByteArray> wrapKeyWith(const SecureBuffer& ephemeralPrivate, ByteView nonce, const SecureBuffer& key,
                               ByteView recipientPublic, ByteView context);
Result<SecureBuffer> unwrapKey(const SecureBuffer& recipientPrivate, ByteView wrapped, ByteView context);

} // namespace medilock::crypto
