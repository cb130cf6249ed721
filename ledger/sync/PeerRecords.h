#pragma once

#include "PeerStatus.h"

#include "ledger/LedgerTypes.h"

#include "crypto/Result.h"

#include <map>
#include <vector>

namespace medilock::ledger {
class Database;
}

namespace medilock::ledger::sync {

// The `peer_status` table: what a node records about each peer (bans with their expiry,
// counters, last contact), written by the running node and read back at its next start and
// by `medilock-cli peers`.
class PeerRecords
{
public:
    static Result<std::map<Hash, PeerStatus>> load(Database& db);
    // Upserts every row in one transaction, stamped with `nowMs`.
    static Result<void> save(Database& db, const std::map<Hash, PeerStatus>& peers, qint64 nowMs);
};

} // namespace medilock::ledger::sync
