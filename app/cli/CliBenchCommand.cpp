#include "CliCommands.h"

#include "app/bench/LedgerBench.h"

#include <QCoreApplication>

#include <cstdio>

namespace medilock::app::cli {

CommandResult commandBench(CliContext& ctx)
{
    bool ok = true;
    const qint64 entries = ctx.args().has(QStringLiteral("entries"))
        ? ctx.args().value(QStringLiteral("entries")).toLongLong(&ok)
        : 100000;
    if (!ok || entries < 2500 || entries > 20000000)
        return fail(QCoreApplication::translate("Cli", "--entries takes a number from 2500 to 20000000"));
    auto figures = LedgerBench::run(entries, [](const QString& stage) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(stage));
    });
    if (!figures)
        return std::move(figures).takeError();
    if (ctx.args().json()) {
        ctx.printJson(figures->toJson());
    } else {
        const QJsonObject o = figures->toJson();
        for (auto it = o.begin(); it != o.end(); ++it)
            ctx.out() << it.key() << ": " << it.value().toVariant().toString() << '\n';
    }
    return {};
}

} // namespace medilock::app::cli
