#pragma once

#include "crypto/Result.h"
#include "crypto/SecureBuffer.h"

#include <QString>

namespace medilock::app {

using crypto::SecureBuffer;

// Where passphrases come from: a file (one line; a trailing newline is dropped) or an
// environment variable, never the command line. Passphrases stay in wiped buffers.
Result<SecureBuffer> readPassphraseFile(const QString& path);
Result<SecureBuffer> passphraseFromEnvironment(const char* variable);
SecureBuffer passphraseFromString(const QString& text);

// A passphrase for a new slot: at least 10 characters.
Result<void> checkNewPassphrase(const SecureBuffer& passphrase);
constexpr std::size_t kMinimumPassphraseLength = 10;

} // namespace medilock::app
