#include "PeerTable.h"

#include "ledger/store/Database.h"
#include "ledger/store/Statement.h"

namespace medilock::ledger::sync {

Result<std::vector<ConfiguredPeer>> PeerTable::list(Database& db)
{
    auto stmt = db.prepare("SELECT address, tls_fingerprint, added_at FROM peers ORDER BY added_at, address;");
    if (!stmt)
        return std::move(stmt).takeError();
    std::vector<ConfiguredPeer> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return std::move(row).takeError();
        if (!*row)
            break;
        ConfiguredPeer peer;
        peer.address = stmt->text(0);
        if (!fromBytes(stmt->blob(1), peer.tlsFingerprint))
            continue;
        peer.addedAtMs = stmt->integer(2);
        out.push_back(std::move(peer));
    }
    return out;
}

Result<void> PeerTable::add(Database& db, const QString& address, const Hash& tlsFingerprint, qint64 nowMs)
{
    auto stmt = db.prepare("INSERT OR IGNORE INTO peers (address, tls_fingerprint, added_at) VALUES (?, ?, ?);");
    if (!stmt)
        return std::move(stmt).takeError();
    stmt->bind(1, address).bind(2, toBytes(tlsFingerprint)).bind(3, nowMs);
    return stmt->run();
}

bool PeerTable::parseAddress(const QString& address, QString* host, quint16* port, bool allowPortZero)
{
    const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == address.size() - 1)
        return false;
    QString h = address.left(colon);
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    else if (h.contains(QLatin1Char(':')))
        return false;
    bool ok = false;
    const uint p = address.mid(colon + 1).toUInt(&ok);
    if (!ok || (p == 0 && !allowPortZero) || p > 65535 || h.isEmpty())
        return false;
    if (host)
        *host = h;
    if (port)
        *port = static_cast<quint16>(p);
    return true;
}

} // namespace medilock::ledger::sync
