#include "NodeStats.h"

#include "SessionImpl.h"

#include "crypto/Ed25519.h"
#include "crypto/Hex.h"
#include "crypto/Sha256.h"
#include "ledger/projection/Projection.h"
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
        {&stats.patients, "SELECT count(*) FROM patients;"},
        {&stats.users, "SELECT count(*) FROM users WHERE revoked_ms IS NULL;"},
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
    auto rows = heads->forEachRow([&](const auto&) {
        stats.origins.insert(crypto::fingerprintOf(asView(heads->blob(0))),
                             Head{heads->integer(1), crypto::toHex(heads->blob(2))});
    });
    if (!rows)
        return std::move(rows).takeError();

    auto state = ledger::Projection::stateHash(db);
    if (!state)
        return std::move(state).takeError();
    stats.stateHash = crypto::toHex(ledger::toBytes(*state));
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
