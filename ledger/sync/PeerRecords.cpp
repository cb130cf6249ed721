#include "PeerRecords.h"

#include "ledger/store/Database.h"
#include "ledger/store/Statement.h"
#include "ledger/store/Transaction.h"

namespace medilock::ledger::sync {

Result<std::map<Hash, PeerStatus>> PeerRecords::load(Database& db)
{
    auto stmt = db.prepare("SELECT tls_fingerprint, address, node_fingerprint, connected, last_contact_ms, "
                           "blocks_behind, blocks_ahead, failed_verifications, bans, banned_until_ms, "
                           "equivocation_alerts, recorded_ms FROM peer_status;");
    if (!stmt)
        return std::move(stmt).takeError();
    std::map<Hash, PeerStatus> out;
    auto rows = stmt->forEachRow([&out](const Statement& row) {
        Hash fp{};
        if (!fromBytes(row.blob(0), fp))
            return;
        PeerStatus& s = out[fp];
        s.tlsFingerprint = QString::fromLatin1(row.blob(0).toHex());
        s.address = row.text(1);
        s.nodeFingerprint = row.text(2);
        s.connected = row.integer(3) != 0;
        s.lastContactMs = row.integer(4);
        s.blocksBehind = static_cast<std::uint64_t>(row.integer(5));
        s.blocksAhead = static_cast<std::uint64_t>(row.integer(6));
        s.failedVerifications = static_cast<int>(row.integer(7));
        s.bans = static_cast<int>(row.integer(8));
        s.bannedUntilMs = row.integer(9);
        s.equivocationAlerts = static_cast<int>(row.integer(10));
        s.recordedAtMs = row.integer(11);
    });
    if (!rows)
        return std::move(rows).takeError();
    return out;
}

Result<void> PeerRecords::save(Database& db, const std::map<Hash, PeerStatus>& peers, qint64 nowMs)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return std::move(tx).takeError();
    auto stmt = db.prepare(
        "INSERT OR REPLACE INTO peer_status (tls_fingerprint, address, node_fingerprint, connected, last_contact_ms, "
        "blocks_behind, blocks_ahead, failed_verifications, bans, banned_until_ms, equivocation_alerts, recorded_ms) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);");
    if (!stmt)
        return std::move(stmt).takeError();
    for (const auto& [fp, s] : peers) {
        stmt->reset();
        stmt->bind(1, toBytes(fp)).bind(2, s.address).bind(3, s.nodeFingerprint).bind(4, qint64(s.connected ? 1 : 0));
        stmt->bind(5, s.lastContactMs).bind(6, static_cast<qint64>(s.blocksBehind)).bind(7, static_cast<qint64>(s.blocksAhead));
        stmt->bind(8, qint64(s.failedVerifications)).bind(9, qint64(s.bans)).bind(10, s.bannedUntilMs);
        stmt->bind(11, qint64(s.equivocationAlerts)).bind(12, nowMs);
        if (auto r = stmt->run(); !r)
            return r;
    }
    return tx->commit();
}

} // namespace medilock::ledger::sync
