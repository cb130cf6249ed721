#pragma once

#include "Session.h"

namespace medilock::app {

// Trusting another clinic (DESIGN §3, "Trust"): the administrator's clinic root signs a
// clinic-trusted entry carrying the other clinic's full root public key.
class ClinicTrust
{
public:
    // `rootPublicKeyHex`: 64 hex digits, the other clinic's root public key. Only a session
    // holding this clinic's root (an administrator's) can sign it.
    static Result<void> trust(Session& session, const QString& rootPublicKeyHex, const QString& name);
};

} // namespace medilock::app
