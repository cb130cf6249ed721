#include "CliCommands.h"

#include "app/NodeBackup.h"
#include "app/NodeRestore.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace medilock::app::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

void showPercent(const char* what, qint64 done, qint64 total)
{
    if (total > 0 && ::isatty(STDERR_FILENO))
        std::fprintf(stderr, "\r%s: %d%%", what, static_cast<int>(done * 100 / total));
}

void endProgressLine()
{
    if (::isatty(STDERR_FILENO))
        std::fputs("\n", stderr);
}
} // namespace

CommandResult commandBackup(CliContext& ctx)
{
    const QString out = ctx.args().value(QStringLiteral("out"));
    if (out.isEmpty())
        return fail(tr("usage: medilock-cli --data DIR backup --out FILE [--json]"));
    auto session = ctx.unlock();
    if (!session)
        return std::move(session).takeError();
    auto backupPass = ctx.backupPassphrase();
    if (!backupPass)
        return std::move(backupPass).takeError();
    auto report = NodeBackup::create(**session, out, *backupPass, NodeBackup::Options{},
                                     [](int phase, qint64 done, qint64 total) {
                                         showPercent(phase == 0 ? "snapshot" : "writing", done, total);
                                     });
    endProgressLine();
    if (!report)
        return fail(tr("backup failed: %1").arg(report.error()));
    if (ctx.args().json())
        ctx.printJson({{QStringLiteral("archive"), out},
                       {QStringLiteral("bytes"), report->archiveBytes},
                       {QStringLiteral("database_bytes"), report->databaseBytes}});
    else
        ctx.out() << tr("backup written to %1 (%2 bytes)").arg(out).arg(report->archiveBytes) << '\n';
    return {};
}

CommandResult commandRestore(CliContext& ctx)
{
    const QString from = ctx.args().value(QStringLiteral("from"));
    if (from.isEmpty() || !ctx.args().has(QStringLiteral("data")))
        return fail(tr("usage: medilock-cli --data NEW_DIR [--as USER] restore --from FILE [--json]"));
    auto backupPass = ctx.backupPassphrase();
    if (!backupPass)
        return std::move(backupPass).takeError();
    auto pass = ctx.passphrase();
    if (!pass)
        return std::move(pass).takeError();
    auto report = NodeRestore::restore(from, *backupPass, ctx.paths(), ctx.actingUser(), *pass,
                                       [](NodeRestore::Phase phase, qint64 done, qint64 total) {
                                           showPercent(phase == NodeRestore::Phase::Extracting ? "restoring" : "verifying",
                                                       done, total);
                                       });
    endProgressLine();
    if (!report)
        return fail(tr("restore failed: %1").arg(report.error()));
    if (ctx.args().json()) {
        ctx.printJson({{QStringLiteral("node"), report->nodeFingerprint},
                       {QStringLiteral("blocks"), report->blocks},
                       {QStringLiteral("entries"), report->entries},
                       {QStringLiteral("awaiting_own_head"), true}});
        return {};
    }
    // The count as a plain int first: lupdate skips a numerus argument written with '->'.
    const int blocks = static_cast<int>(report->blocks);
    ctx.out() << QCoreApplication::translate("Cli", "restored and verified %n block(s) into %1", nullptr, blocks)
                     .arg(ctx.paths().directory)
              << '\n'
              << tr("the node signs nothing until it has caught up with its own chain from a peer (start it with "
                    "its peers), or an administrator of a clinic without peers runs 'medilock-cli resume-signing'")
              << '\n';
    return {};
}

CommandResult commandResumeSigning(CliContext& ctx)
{
    auto session = ctx.unlock();
    if (!session)
        return std::move(session).takeError();
    auto resumed = NodeRestore::resumeSigning(**session, ctx.args().flags.contains(QStringLiteral("despite-peer-head")));
    if (!resumed)
        return std::move(resumed).takeError();
    ctx.out() << tr("the restored node signs again from its restored head") << '\n';
    // A plain int, for lupdate to see the counted text.
    const int sealed = static_cast<int>(resumed->sealedAccesses);
    if (sealed > 0)
        ctx.out() << QCoreApplication::translate("Cli", "sealed %n chart access(es) recorded since the restore", nullptr, sealed)
                  << '\n';
    if (!resumed->queueProblem.isEmpty())
        ctx.out() << tr("chart accesses recorded since the restore stay unsealed: %1").arg(resumed->queueProblem)
                  << '\n';
    return {};
}

} // namespace medilock::app::cli
