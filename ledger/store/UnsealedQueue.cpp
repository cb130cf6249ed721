#include "UnsealedQueue.h"

#include "Database.h"
#include "Statement.h"

namespace medilock::ledger {

Result<qint64> UnsealedQueue::count(Database& db)
{
    auto text = db.queryText("SELECT count(*) FROM unsealed_entries;");
    if (!text)
        return std::move(text).takeError();
    return text->toLongLong();
}

Result<bool> UnsealedQueue::holdsEntryId(Database& db, const Id128& id)
{
    auto stmt = db.prepare("SELECT 1 FROM unsealed_entries WHERE entry_id = ?;");
    if (!stmt)
        return std::move(stmt).takeError();
    stmt->bind(1, toBytes(id));
    return stmt->step();
}

Result<void> UnsealedQueue::push(Database& db, const Entry& entry, const QString& reason, qint64 queuedAtMs)
{
    auto stmt = db.prepare("INSERT INTO unsealed_entries (entry_id, hash, kind, patient_id, author, authored_ms, "
                           "authored_lc, reason, queued_at, encoded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?);");
    if (!stmt)
        return std::move(stmt).takeError();
    stmt->bind(1, toBytes(entry.entryId())).bind(2, toBytes(entry.hash()));
    stmt->bind(3, qint64(static_cast<int>(entry.kind()))).bind(4, toBytes(entry.patientId()));
    stmt->bind(5, toBytes(entry.author())).bind(6, static_cast<qint64>(entry.authoredAt().ms));
    stmt->bind(7, static_cast<qint64>(entry.authoredAt().logical)).bind(8, reason).bind(9, queuedAtMs);
    return stmt->bind(10, entry.encoded()).run();
}

Result<std::vector<UnsealedQueue::Row>> UnsealedQueue::all(Database& db)
{
    auto stmt = db.prepare("SELECT seq, queued_at, hash, entry_id, encoded FROM unsealed_entries ORDER BY seq;");
    if (!stmt)
        return std::move(stmt).takeError();
    std::vector<Row> rows;
    auto done = stmt->forEachRow([&](const Statement& s) {
        Row r;
        r.seq = s.integer(0);
        r.queuedAtMs = s.integer(1);
        fromBytes(s.blob(2), r.hash);
        fromBytes(s.blob(3), r.entryId);
        r.encoded = s.blob(4);
        rows.push_back(std::move(r));
    });
    if (!done)
        return std::move(done).takeError();
    return rows;
}

Result<void> UnsealedQueue::removeThrough(Database& db, qint64 lastSeq)
{
    auto stmt = db.prepare("DELETE FROM unsealed_entries WHERE seq <= ?;");
    if (!stmt)
        return std::move(stmt).takeError();
    return stmt->bind(1, lastSeq).run();
}

} // namespace medilock::ledger
