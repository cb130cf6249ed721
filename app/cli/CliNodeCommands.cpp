#include "CliCommands.h"

#include "app/NodeSetup.h"
#include "app/NodeStats.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace medilock::app::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

// The `id --json` object (README, "JSON output"); init prints the same.
QJsonObject identityJson(const NodeIdentity& id)
{
    return {{QStringLiteral("node"), id.nodeFingerprint},
            {QStringLiteral("tls"), id.tlsFingerprint},
            {QStringLiteral("clinic"), id.clinicFingerprint}};
}
} // namespace

CommandResult commandInit(CliContext& ctx)
{
    const QString clinic = ctx.args().value(QStringLiteral("clinic"));
    const QString admin = ctx.args().value(QStringLiteral("admin"));
    if (clinic.isEmpty() || admin.isEmpty())
        return fail(tr("usage: medilock-cli --data DIR init --clinic NAME --admin USER"));
    auto pass = ctx.passphrase();
    if (!pass)
        return std::move(pass).takeError();
    if (auto r = NodeSetup::initialize(ctx.paths(), clinic, admin, *pass); !r)
        return r;
    auto session = Session::unlock(ctx.paths(), admin, *pass);
    if (!session)
        return std::move(session).takeError();
    const NodeIdentity& id = (*session)->identity();
    if (ctx.args().json()) {
        ctx.printJson(identityJson(id));
    } else {
        ctx.out() << tr("Created node for clinic '%1' in %2; administrator: %3").arg(id.clinicName, ctx.paths().directory, admin)
                  << '\n';
    }
    return {};
}

CommandResult commandId(CliContext& ctx)
{
    auto session = ctx.unlock();
    if (!session)
        return std::move(session).takeError();
    const NodeIdentity& id = (*session)->identity();
    if (ctx.args().json()) {
        ctx.printJson(identityJson(id));
    } else {
        ctx.out() << tr("clinic name: %1").arg(id.clinicName) << '\n'
                  << tr("clinic root: %1").arg(id.clinicFingerprint) << '\n'
                  << tr("node key:    %1").arg(id.nodeFingerprint) << '\n'
                  << tr("tls cert:    %1").arg(id.tlsFingerprint) << '\n';
    }
    return {};
}

CommandResult commandStats(CliContext& ctx)
{
    auto session = ctx.unlock();
    if (!session)
        return std::move(session).takeError();
    auto stats = NodeStats::collect(**session);
    if (!stats)
        return std::move(stats).takeError();
    if (ctx.args().json()) {
        ctx.printJson(stats->toJson());
    } else {
        ctx.out() << tr("entries: %1, blocks: %2, patients: %3, users: %4").arg(stats->entries).arg(stats->blocks)
                         .arg(stats->patients).arg(stats->users)
                  << '\n'
                  << tr("state hash: %1").arg(stats->stateHash) << '\n';
    }
    return {};
}

} // namespace medilock::app::cli
