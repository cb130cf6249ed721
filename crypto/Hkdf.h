#pragma once

#include "SecureBuffer.h"

namespace medilock::crypto {

// HKDF-SHA256 (RFC 5869), extract and expand, `length` bytes (at most 255 * 32).
SecureBuffer hkdfSha256(ByteView inputKey, ByteView salt, ByteView info, std::size_t length);

} // namespace medilock::crypto
