#include "CliCommands.h"

#include "app/ClinicTrust.h"
#include "app/PeerHealth.h"
#include "app/PeerPairing.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace medilock::app::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}
} // namespace

CommandResult commandPeerAdd(CliContext& ctx)
{
    const QStringList& words = ctx.args().words;
    if (words.size() != 4)
        return fail(tr("usage: medilock-cli --data DIR peer add HOST:PORT TLS_FINGERPRINT"));
    auto session = ctx.unlock();
    if (!session)
        return std::move(session).takeError();
    if (auto r = PeerPairing::add(**session, words.at(2), words.at(3)); !r)
        return r;
    ctx.out() << tr("Paired with %1; a running node dials it within a second").arg(words.at(2)) << '\n';
    return {};
}

CommandResult commandPeers(CliContext& ctx)
{
    auto session = ctx.unlock();
    if (!session)
        return std::move(session).takeError();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto peers = PeerHealth::read(**session, now);
    if (!peers)
        return std::move(peers).takeError();
    if (ctx.args().json()) {
        QJsonArray list;
        for (const auto& p : *peers)
            list.append(PeerHealth::toJson(p, now));
        ctx.printJson({{QStringLiteral("peers"), list}});
        return {};
    }
    for (const auto& p : *peers)
        ctx.out() << p.tlsFingerprint.left(16) << '\t' << (p.address.isEmpty() ? QStringLiteral("-") : p.address) << '\t'
                  << (p.connected ? tr("connected") : tr("not connected")) << '\t'
                  << tr("behind %1, ahead %2, failed verifications %3, bans %4%5, equivocation alerts %6")
                         .arg(p.blocksBehind)
                         .arg(p.blocksAhead)
                         .arg(p.failedVerifications)
                         .arg(p.bans)
                         .arg(p.bannedUntilMs > now ? tr(" (banned now)") : QString())
                         .arg(p.equivocationAlerts)
                  << '\n';
    return {};
}

CommandResult commandTrustAdd(CliContext& ctx)
{
    const QStringList& words = ctx.args().words;
    if (words.size() != 3)
        return fail(tr("usage: medilock-cli --data DIR trust add CLINIC_ROOT_FINGERPRINT [--name NAME]"));
    auto session = ctx.unlock();
    if (!session)
        return std::move(session).takeError();
    if (auto r = ClinicTrust::trust(**session, words.at(2), ctx.args().value(QStringLiteral("name"))); !r)
        return r;
    ctx.out() << tr("This clinic now trusts the clinic with root fingerprint %1").arg(words.at(2)) << '\n';
    return {};
}

} // namespace medilock::app::cli
