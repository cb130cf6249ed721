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
    if (ctx.args().json()) {
        ctx.printJson({{QStringLiteral("ok"), true},
                       {QStringLiteral("blocks"), report->blocks},
                       {QStringLiteral("entries"), report->entries},
                       {QStringLiteral("seconds"), seconds}});
        return {};
    }
    // Counts as plain ints first: lupdate skips a numerus argument written with '->'.
    const int blockCount = static_cast<int>(report->blocks);
    const int entryCount = static_cast<int>(report->entries);
    const QString blocks = QCoreApplication::translate("Cli", "%n block(s)", nullptr, blockCount);
    const QString entries = QCoreApplication::translate("Cli", "%n entry(ies)", nullptr, entryCount);
    ctx.out() << QCoreApplication::translate("Cli", "verified %1 and %2 in %3 s").arg(blocks, entries).arg(seconds, 0, 'f', 2)
              << '\n';
    return {};
}

} // namespace medilock::app::cli
