#include "RestoreMark.h"

#include "Database.h"
#include "Statement.h"

#include "crypto/ByteReader.h"

namespace medilock::ledger {

namespace {
constexpr const char* kRestoredAt = "restored_own_head_unknown";
constexpr const char* kReportedHead = "restored_peer_reported_head";

Result<std::optional<QByteArray>> metaValue(Database& db, const char* key)
{
    auto stmt = db.prepare("SELECT value FROM node_meta WHERE key = ?;");
    if (!stmt)
        return std::move(stmt).takeError();
    stmt->bind(1, QString::fromLatin1(key));
    auto row = stmt->step();
    if (!row)
        return std::move(row).takeError();
    if (!*row)
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(stmt->blob(0));
}

Result<void> setMeta(Database& db, const char* key, const QByteArray& value)
{
    auto stmt = db.prepare("INSERT OR REPLACE INTO node_meta (key, value) VALUES (?, ?);");
    if (!stmt)
        return std::move(stmt).takeError();
    return stmt->bind(1, QString::fromLatin1(key)).bind(2, value).run();
}
} // namespace

Result<std::optional<RestoreMark::State>> RestoreMark::read(Database& db)
{
    auto since = metaValue(db, kRestoredAt);
    if (!since)
        return std::move(since).takeError();
    if (!*since)
        return std::optional<State>();
    State state;
    std::uint64_t ms = 0;
    ByteReader(**since).u64(ms);
    state.restoredAtMs = static_cast<qint64>(ms);
    auto reported = metaValue(db, kReportedHead);
    if (!reported)
        return std::move(reported).takeError();
    if (*reported) {
        ByteReader r(**reported);
        std::uint64_t height = 0;
        if (r.u64(height) && r.fixed(state.reportedHash) && r.atEnd())
            state.reportedHeight = height;
    }
    return std::optional<State>(state);
}

Result<void> RestoreMark::set(Database& db, qint64 restoredAtMs)
{
    QByteArray value;
    ByteWriter(value).u64(static_cast<std::uint64_t>(restoredAtMs));
    return setMeta(db, kRestoredAt, value);
}

Result<void> RestoreMark::noteReportedHead(Database& db, std::uint64_t height, const Hash& hash)
{
    auto state = read(db);
    if (!state)
        return std::move(state).takeError();
    if (!*state || ((*state)->reportedHeight && *(*state)->reportedHeight >= height))
        return {};
    QByteArray value;
    ByteWriter(value).u64(height).bytes(ByteView(hash));
    return setMeta(db, kReportedHead, value);
}

Result<void> RestoreMark::clear(Database& db)
{
    auto stmt = db.prepare("DELETE FROM node_meta WHERE key IN (?, ?);");
    if (!stmt)
        return std::move(stmt).takeError();
    return stmt->bind(1, QString::fromLatin1(kRestoredAt)).bind(2, QString::fromLatin1(kReportedHead)).run();
}

} // namespace medilock::ledger
