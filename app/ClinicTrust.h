#pragma once

#include "AdminViews.h"
#include "Session.h"

#include <QList>

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
    // Stops trusting a clinic this clinic trusts: a clinic-untrusted entry signed by the root.
    // Blocks already stored stay; new blocks of that clinic's nodes are refused from then on.
    static Result<void> untrust(Session& session, const QString& rootFingerprintHex);
    // The other clinics this clinic trusts now, in the order it came to trust them.
    static Result<QList<TrustedClinicView>> trusted(Session& session);
};

} // namespace medilock::app
