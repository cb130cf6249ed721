#pragma once

#include "crypto/Result.h"
#include "crypto/SecureBuffer.h"

namespace medilock::app::cli {

// Asks for a passphrase on the controlling terminal with echo off. Fails when standard
// input is not a terminal, so scripts must use a file or the environment.
Result<crypto::SecureBuffer> promptPassphrase(const char* prompt);

} // namespace medilock::app::cli
