#pragma once

#include "Session.h"

namespace medilock::app {

// Trusting another clinic (DESIGN §3, "Trust"): the administrator's clinic root signs a
// clinic-trusted entry naming the other clinic by its root key's fingerprint.
class ClinicTrust
{
public:
    // `rootFingerprintHex`: 64 hex digits, the other clinic's root fingerprint as
    // `medilock-cli id` prints it. Only a session holding this clinic's root (an
    // administrator's) can sign it.
    static Result<void> trust(Session& session, const QString& rootFingerprintHex, const QString& name);
};

} // namespace medilock::app
