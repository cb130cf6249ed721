#include "CliCommands.h"

#include "app/ClinicTrust.h"
#include "app/PeerPairing.h"

#include <QCoreApplication>

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
