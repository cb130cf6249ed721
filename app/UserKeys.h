#pragma once

#include "UserInfo.h"

#include "crypto/Result.h"
#include "crypto/SecureBuffer.h"

namespace medilock::app {

class Session;

// A user's key lifecycle after enrolment, by an administrator holding the clinic root key.
// Entries a key signed before its revocation stay valid: validation judges each entry
// against the revocation's time on the ledger (docs/security.md, "Revocation across nodes").
class UserKeys
{
public:
    // A new signing key for `name`: the new key is enrolled with the same role and the old
    // one revoked with reason "rotated", both in one block; the user's keyring slot on this
    // node is re-sealed with the new key under `newPassphrase` (the user's next passphrase,
    // handed over as at enrolment).
    static Result<UserInfo> rotate(Session& session, const QString& name, const crypto::SecureBuffer& newPassphrase);
    // Revokes `name`'s key on the ledger with `reason` and removes their keyring slot here.
    static Result<void> revoke(Session& session, const QString& name, const QString& reason);
};

} // namespace medilock::app
