#pragma once

#include "UserInfo.h"

#include "crypto/Result.h"
#include "crypto/SecureBuffer.h"

#include <cstdint>

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
    struct Revocation
    {
        bool slotRemoved = false;     // whether this node held a keyring slot of theirs
        bool rekeyed = false;
        std::uint32_t generation = 0; // the keyring's key generation after the re-key
    };
    enum class AfterRevocation { Rekey, KeepDatabaseKey };
    // Revokes `name`'s key on the ledger with `reason`, removes their keyring slot here and
    // re-keys the database (DatabaseRekey), so the database key they held opens nothing
    // written from now on. Refused, with nothing changed, while other programs have the node
    // open. Fails after the revocation if the re-key cannot run (a version 1 slot remains).
    // KeepDatabaseKey skips the re-key (for a caller that cannot give up the node, like the
    // desktop application with its own sync node): then run DatabaseRekey later.
    static Result<Revocation> revoke(Session& session, const QString& name, const QString& reason,
                                     AfterRevocation after = AfterRevocation::Rekey);
};

} // namespace medilock::app
