#pragma once

#include "ledger/LedgerTypes.h"

#include "crypto/Result.h"

#include <optional>

namespace medilock::ledger {

class Database;

// A node restored from a backup does not know whether it sealed blocks after the backup was
// taken; sealing again from the restored head could sign a second block at a height its
// peers already hold (an equivocation). The mark, in node_meta, stays until the sync node
// holds the head a peer reports for this node's own chain, or an administrator overrides.
// While it is there the ledger seals nothing (DESIGN §3).
class RestoreMark
{
public:
    struct State
    {
        qint64 restoredAtMs = 0;
        // The highest head of this node's own chain a peer has reported since the restore.
        std::optional<std::uint64_t> reportedHeight;
        Hash reportedHash{};
    };

    static Result<std::optional<State>> read(Database& db);
    static Result<void> set(Database& db, qint64 restoredAtMs);
    // Remembers a peer's head of the own chain when it is higher than any reported before.
    static Result<void> noteReportedHead(Database& db, std::uint64_t height, const Hash& hash);
    static Result<void> clear(Database& db);
};

} // namespace medilock::ledger
