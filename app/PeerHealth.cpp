#include "PeerHealth.h"

#include "SessionImpl.h"

#include "crypto/Hex.h"
#include "ledger/sync/PeerRecords.h"
#include "ledger/sync/PeerTable.h"

namespace medilock::app {

Result<std::vector<ledger::sync::PeerStatus>> PeerHealth::read(Session& session, qint64 nowMs)
{
    ledger::Database& db = session.impl().db;
    auto records = ledger::sync::PeerRecords::load(db);
    if (!records)
        return std::move(records).takeError();
    auto paired = ledger::sync::PeerTable::list(db);
    if (!paired)
        return std::move(paired).takeError();
    for (const ledger::sync::ConfiguredPeer& p : *paired) {
        ledger::sync::PeerStatus& s = (*records)[p.tlsFingerprint];
        if (s.tlsFingerprint.isEmpty())
            s.tlsFingerprint = crypto::toHex(ledger::toBytes(p.tlsFingerprint));
        if (s.address.isEmpty())
            s.address = p.address;
    }
    std::vector<ledger::sync::PeerStatus> out;
    for (auto& [fp, s] : *records) {
        // A node that stopped (or was killed) left its last word behind: not connected now.
        s.connected = s.connected && nowMs - s.recordedAtMs <= kFreshMs;
        out.push_back(std::move(s));
    }
    return out;
}

QJsonObject PeerHealth::toJson(const ledger::sync::PeerStatus& s, qint64 nowMs)
{
    return {{QStringLiteral("address"), s.address},
            {QStringLiteral("tls_fingerprint"), s.tlsFingerprint},
            {QStringLiteral("node_fingerprint"), s.nodeFingerprint},
            {QStringLiteral("connected"), s.connected},
            {QStringLiteral("last_contact_ms"), s.lastContactMs},
            {QStringLiteral("blocks_behind"), static_cast<qint64>(s.blocksBehind)},
            {QStringLiteral("blocks_ahead"), static_cast<qint64>(s.blocksAhead)},
            {QStringLiteral("failed_verifications"), s.failedVerifications},
            {QStringLiteral("bans"), s.bans},
            {QStringLiteral("banned"), s.bannedUntilMs > nowMs},
            {QStringLiteral("banned_until_ms"), s.bannedUntilMs},
            {QStringLiteral("equivocation_alerts"), s.equivocationAlerts},
            {QStringLiteral("recorded_ms"), s.recordedAtMs}};
}

} // namespace medilock::app
