#include "NodeStats.h"

#include "SessionImpl.h"

#include "crypto/Ed25519.h"
#include "crypto/Hex.h"
#include "crypto/Sha256.h"
#include "ledger/store/Statement.h"

namespace medilock::app {

namespace {
Result<qint64> count(ledger::Database& db, const char* sql)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return std::move(stmt).takeError();
    auto row = stmt->step();
    if (!row)
        return std::move(row).takeError();
    return stmt->integer(0);
}
} // namespace

Result<NodeStats> NodeStats::collect(Session& session)
{
    ledger::Database& db = session.impl().db;
    NodeStats stats;
    struct Count
    {
        qint64* field;
        const char* sql;
    };
    const Count counts[] = {
        {&stats.entries, "SELECT count(*) FROM entries;"},
        {&stats.blocks, "SELECT count(*) FROM blocks;"},
        {&stats.patients, "SELECT count(DISTINCT patient_id) FROM entries WHERE patient_id != zeroblob(16);"},
        {&stats.users, "SELECT count(*) FROM node_users;"},
    };
    for (const Count& c : counts) {
        auto n = count(db, c.sql);
        if (!n)
            return std::move(n).takeError();
        *c.field = *n;
    }

    auto heads = db.prepare("SELECT origin, max(height), hash FROM blocks GROUP BY origin;");
    if (!heads)
        return std::move(heads).takeError();
    for (;;) {
        auto row = heads->step();
        if (!row)
            return std::move(row).takeError();
        if (!*row)
            break;
        stats.origins.insert(crypto::fingerprintOf(asView(heads->blob(0))),
                             Head{heads->integer(1), crypto::toHex(heads->blob(2))});
    }

    // Until the projection exists, the state is the ordered set of stored entries: a
    // deterministic fold over (authored-at, entry hash), equal on nodes holding the same entries.
    auto ordered = db.prepare("SELECT hash FROM entries ORDER BY authored_at, hash;");
    if (!ordered)
        return std::move(ordered).takeError();
    crypto::Sha256 hash;
    hash.update(QByteArrayLiteral("medilock/state/v0"));
    for (;;) {
        auto row = ordered->step();
        if (!row)
            return std::move(row).takeError();
        if (!*row)
            break;
        hash.update(ordered->blob(0));
    }
    stats.stateHash = crypto::toHex(crypto::digestBytes(hash.final()));
    return stats;
}

QJsonObject NodeStats::toJson() const
{
    QJsonObject heads;
    for (auto it = origins.begin(); it != origins.end(); ++it)
        heads.insert(it.key(), QJsonObject{{QStringLiteral("height"), it->height}, {QStringLiteral("head"), it->hash}});
    return {{QStringLiteral("entries"), entries},     {QStringLiteral("blocks"), blocks},
            {QStringLiteral("patients"), patients},   {QStringLiteral("users"), users},
            {QStringLiteral("state_hash"), stateHash}, {QStringLiteral("origins"), heads}};
}

} // namespace medilock::app
