#pragma once

#include "crypto/Scrypt.h"

namespace medilock::app {

// scrypt parameters for new keyring slots: calibrated once per process to about a quarter
// of a second on this machine, never below N = 2^15.
crypto::ScryptParams slotKdfParams();

} // namespace medilock::app
