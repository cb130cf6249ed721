#pragma once

#include "ledger/Entry.h"
#include "ledger/LedgerTypes.h"

#include "crypto/Result.h"

#include <vector>

namespace medilock::ledger {

class Database;

// The SQL of the queue of this node's own access entries (chart viewed, emergency access)
// that were signed by their author while the node could not seal them: restored from a
// backup, before it caught up with its own chain (RestoreMark). Rows are kept in the order
// they were queued and leave only in the transaction that seals them (Ledger::sealQueued).
// Runs inside the caller's transactions; knows nothing of validation.
class UnsealedQueue
{
public:
    // What may wait at the most: a restored clinic without a peer for days, and a bound that
    // a runaway writer cannot exceed.
    static constexpr qint64 kCapacity = 10000;

    struct Row
    {
        qint64 seq = 0;
        qint64 queuedAtMs = 0;
        Hash hash{};
        Id128 entryId{};
        QByteArray encoded; // the entry exactly as signed
    };

    static Result<qint64> count(Database& db);
    static Result<bool> holdsEntryId(Database& db, const Id128& id);
    // `reason` is what the access log shows (a purpose, a break-glass reason).
    static Result<void> push(Database& db, const Entry& entry, const QString& reason, qint64 queuedAtMs);
    // Every row, oldest first.
    static Result<std::vector<Row>> all(Database& db);
    // Removes the rows up to and including `lastSeq`.
    static Result<void> removeThrough(Database& db, qint64 lastSeq);
};

} // namespace medilock::ledger
