#pragma once

#include "SecureBuffer.h"

#include <QByteArray>

namespace medilock::crypto {

// Bytes from OpenSSL's CSPRNG. A failing generator is not recoverable: the process stops
// rather than hand out predictable keys.
QByteArray randomBytes(qsizetype count);
SecureBuffer randomSecret(std::size_t count);
void fillRandom(std::uint8_t* out, std::size_t count);

} // namespace medilock::crypto
