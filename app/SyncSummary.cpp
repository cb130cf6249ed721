#include "SyncSummary.h"

#include "NodeRestore.h"
#include "PeerHealth.h"

#include <QCoreApplication>
#include <QDateTime>

namespace medilock::app {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("SyncSummary", text);
}
} // namespace

Result<SyncSummary> SyncSummary::read(Session& session, qint64 nowMs)
{
    auto peers = PeerHealth::read(session, nowMs);
    if (!peers)
        return std::move(peers).takeError();
    SyncSummary s;
    auto waiting = NodeRestore::waiting(session);
    if (!waiting)
        return std::move(waiting).takeError();
    s.awaitingOwnHead = waiting->has_value();
    for (const ledger::sync::PeerStatus& p : *peers) {
        ++s.peers;
        s.connected += p.connected ? 1 : 0;
        s.blocksBehind += p.blocksBehind;
        s.failedVerifications += p.failedVerifications;
        s.bannedNow += p.bannedUntilMs > nowMs ? 1 : 0;
        s.equivocationAlerts += p.equivocationAlerts;
        const QString name = p.address.isEmpty() ? p.tlsFingerprint.left(16) : p.address;
        const QString contact = p.lastContactMs > 0
            ? QDateTime::fromMSecsSinceEpoch(p.lastContactMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
            : tr("never");
        s.perPeer << tr("%1: %2, last contact %3, %4 blocks behind, %5 ahead")
                         .arg(name, p.connected ? tr("connected") : tr("not connected"), contact)
                         .arg(p.blocksBehind)
                         .arg(p.blocksAhead);
    }
    return s;
}

QString SyncSummary::text() const
{
    if (peers == 0 && !awaitingOwnHead)
        return {};
    // Counted texts through QCoreApplication::translate with a plain int, as lupdate needs
    // to see them to give them plural forms.
    const int behind = static_cast<int>(std::min<quint64>(blocksBehind, 1u << 30));
    QStringList parts;
    if (awaitingOwnHead)
        parts << tr("restored from a backup: no record is signed until this node's own chain is back from a peer; "
                    "chart openings are kept and sealed then");
    if (peers == 0)
        return tr("Sync: %1").arg(parts.join(QStringLiteral(" · ")));
    parts << QCoreApplication::translate("SyncSummary", "%1 of %n peer(s) connected", nullptr, peers).arg(connected);
    if (blocksBehind > 0)
        parts << QCoreApplication::translate("SyncSummary", "%n block(s) behind", nullptr, behind);
    else if (connected > 0)
        parts << tr("up to date");
    if (equivocationAlerts > 0)
        parts << QCoreApplication::translate("SyncSummary", "%n equivocation alert(s)", nullptr, equivocationAlerts);
    if (bannedNow > 0)
        parts << QCoreApplication::translate("SyncSummary", "%n peer(s) banned", nullptr, bannedNow);
    if (failedVerifications > 0)
        parts << QCoreApplication::translate("SyncSummary", "%n failed verification(s)", nullptr, failedVerifications);
    return tr("Sync: %1").arg(parts.join(QStringLiteral(" · ")));
}

} // namespace medilock::app
