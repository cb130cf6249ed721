#include "CliCommands.h"

#include "app/LedgerCheck.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <unistd.h>

namespace medilock::app::cli {

CommandResult commandVerify(CliContext& ctx)
{
    auto session = ctx.unlock();
    if (!session)
        return std::move(session).takeError();
    const bool terminal = ::isatty(STDERR_FILENO) != 0;
    QElapsedTimer timer;
    timer.start();
    auto report = LedgerCheck::verify(**session, [terminal](qint64 done, qint64 total) {
        if (terminal && total > 0)
            std::fprintf(stderr, "\rverifying: %lld / %lld entries (%d%%)", static_cast<long long>(done),
                         static_cast<long long>(total), static_cast<int>(done * 100 / total));
    });
    if (terminal)
        std::fputs("\n", stderr);
    if (!report)
        return fail(QCoreApplication::translate("Cli", "verification failed: %1").arg(report.error()));
    if (!report->ok())
        return fail(QCoreApplication::translate("Cli", "verification failed: %1").arg(report->firstProblem));
    const double seconds = std::max(0.001, static_cast<double>(timer.elapsed()) / 1000.0);
    if (ctx.args().json())
        ctx.printJson({{QStringLiteral("ok"), true},
                       {QStringLiteral("blocks"), report->blocks},
                       {QStringLiteral("entries"), report->entries},
                       {QStringLiteral("seconds"), seconds}});
    else
        ctx.out() << QCoreApplication::translate("Cli", "verified %1 blocks and %2 entries in %3 s")
                         .arg(report->blocks)
                         .arg(report->entries)
                         .arg(seconds, 0, 'f', 2)
                  << '\n';
    return {};
}

} // namespace medilock::app::cli
