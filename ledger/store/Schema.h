#pragma once

#include "crypto/Result.h"

namespace medilock::ledger {

class Database;

// Brings a node database to the current schema version (PRAGMA user_version), applying each
// pending migration in its own transaction. A database newer than this program is refused.
class Schema
{
public:
    static int currentVersion();
    static Result<void> migrate(Database& db);
    // Up to `target` only (tests of a migration start from the version before it).
    static Result<void> migrate(Database& db, int target);
    static Result<int> version(Database& db);
};

} // namespace medilock::ledger
