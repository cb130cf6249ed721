#pragma once

#include "Bytes.h"

namespace medilock::crypto {

// Equality of digests, tags, signatures and keys without an early exit (CRYPTO_memcmp).
// Lengths are public; contents are compared in constant time.
bool constantTimeEqual(ByteView a, ByteView b);

inline bool constantTimeEqual(const QByteArray& a, const QByteArray& b)
{
    return constantTimeEqual(asView(a), asView(b));
}

} // namespace medilock::crypto
