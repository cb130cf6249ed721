#include "PeerHealthModel.h"

#include <QFont>
#include <QLocale>

namespace medilock::ui {

QStringList PeerHealthModel::headers() const
{
    return {tr("Peer"),       tr("State"),       tr("Last contact"), tr("Blocks behind"),
            tr("Blocks ahead"), tr("Failed verifications"), tr("Bans"), tr("Equivocation alerts")};
}

QVariant PeerHealthModel::cell(const app::PeerHealthView& p, int column, int role) const
{
    if (role == Qt::FontRole && (p.failedVerifications > 0 || p.equivocationAlerts > 0 || p.bannedUntil)) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole && column == PeerColumn)
        return tr("TLS %1\nnode %2").arg(p.tlsFingerprint, p.nodeFingerprint.isEmpty() ? tr("not known yet") : p.nodeFingerprint);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (column) {
    case PeerColumn: return p.address.isEmpty() ? p.tlsFingerprint.left(16) : p.address;
    case StateColumn:
        if (p.bannedUntil)
            return tr("banned until %1").arg(locale.toString(p.bannedUntil->toLocalTime(), QLocale::ShortFormat));
        return p.connected ? tr("connected") : tr("not connected");
    case LastContactColumn:
        return p.lastContact.isValid() ? locale.toString(p.lastContact.toLocalTime(), QLocale::ShortFormat) : tr("never");
    case BehindColumn: return locale.toString(p.blocksBehind);
    case AheadColumn: return locale.toString(p.blocksAhead);
    case FailedColumn: return locale.toString(p.failedVerifications);
    case BansColumn: return locale.toString(p.bans);
    case EquivocationColumn: return locale.toString(p.equivocationAlerts);
    default: return {};
    }
}

} // namespace medilock::ui
