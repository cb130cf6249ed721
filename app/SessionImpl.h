#pragma once

// Session internals, for the app layer only: never included by ui/.

#include "Session.h"

#include "crypto/Ed25519.h"
#include "crypto/Keyring.h"
#include "crypto/TlsIdentity.h"
#include "ledger/store/Database.h"

namespace medilock::app {

struct Session::Impl
{
    NodePaths paths;
    NodeIdentity identity;
    UserInfo user;
    bool headless = false;
    crypto::SlotSecrets secrets;
    crypto::Ed25519PrivateKey signingKey;
    crypto::Ed25519PrivateKey clinicRoot; // null unless this user's slot holds it
    crypto::Ed25519PrivateKey nodeKey;
    crypto::TlsIdentity tls;
    ledger::Database db;
};

} // namespace medilock::app
