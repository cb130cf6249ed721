#pragma once

// Session internals, for the app layer only: never included by ui/.

#include "NodeLock.h"
#include "Session.h"

#include "crypto/Ed25519.h"
#include "crypto/Keyring.h"
#include "crypto/TlsIdentity.h"
#include "ledger/Ledger.h"
#include "ledger/store/Database.h"

#include <memory>

namespace medilock::app {

struct Session::Impl
{
    NodePaths paths;
    NodeIdentity identity;
    UserInfo user;
    bool headless = false;
    LoginThrottle::Record failedLoginsBefore;
    crypto::SlotSecrets secrets;
    crypto::Ed25519PrivateKey signingKey;
    crypto::Ed25519PrivateKey clinicRoot; // null unless this user's slot holds it
    crypto::Ed25519PrivateKey nodeKey;
    crypto::TlsIdentity tls;
    NodeLock lock; // shared for the session's life; declared before db: released after it closes
    ledger::Database db;
    std::unique_ptr<ledger::Ledger> ledger; // declared after db: destroyed before it
    ledger::PublicKeyBytes clinicRootKey{};

    // Opens (or reopens) the node database with `key`, which becomes the session's database
    // key; then openLedger() once the identity (the clinic root) is known.
    Result<void> openDatabase(crypto::SecureBuffer key);
    Result<void> openLedger();
    void closeDatabase()
    {
        ledger.reset();
        db = ledger::Database();
    }

    // Signs the drafts as the signed-in user and seals them with the node's key.
    Result<ledger::Ledger::AppendResult> append(std::span<const ledger::EntryDraft> drafts)
    {
        return ledger->append(drafts, signingKey, nodeKey);
    }
};

} // namespace medilock::app
