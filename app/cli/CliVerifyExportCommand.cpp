#include "CliCommands.h"

#include "app/FhirExportVerifier.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

namespace medilock::app::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

QString resourceCount(qsizetype n)
{
    return QCoreApplication::translate("Cli", "%n resource(s)", nullptr, static_cast<int>(n));
}

constexpr qint64 kMaxExportBytes = qint64(512) << 20;
} // namespace

CommandResult commandVerifyExport(CliContext& ctx)
{
    if (ctx.args().words.size() != 2)
        return fail(tr("usage: medilock-cli --data DIR verify-export FILE [--json]"));
    const QString path = ctx.args().words[1];
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxExportBytes)
        return fail(tr("%1: larger than any export this node would check (512 MiB)").arg(path));
    auto report = FhirExportVerifier::verify(file.readAll());
    if (!report)
        return fail(QStringLiteral("%1: %2").arg(path, report.error()));
    auto session = ctx.unlock();
    if (!session)
        return std::move(session).takeError();
    if (auto r = FhirExportVerifier::resolveAuthors(**session, *report); !r)
        return r;
    int unknown = 0;
    // One signer (an author, or the node that signed the Composition): counted, listed in
    // JSON, and described in a line.
    const auto list = [&](const FhirExportVerifier::Author& a, QJsonArray& out, const QString& line) {
        unknown += a.known ? 0 : 1;
        out.append(QJsonObject{{QStringLiteral("key"), a.fingerprint},
                               {QStringLiteral("known"), a.known},
                               {QStringLiteral("name"), a.known ? a.name : a.claimedName},
                               {QStringLiteral("clinic"), a.clinic},
                               {QStringLiteral("resources"), a.resources}});
        if (!ctx.args().json())
            ctx.out() << line << '\n';
    };
    QJsonArray authors, nodes;
    for (const auto& a : report->authors)
        list(a, authors,
             a.known ? tr("  %1 signed by %2 of %3 (key %4)").arg(resourceCount(a.resources), a.name, a.clinic, a.fingerprint)
                     : tr("  %1 signed by an UNKNOWN key %2 (claims to be \"%3\")")
                           .arg(resourceCount(a.resources), a.fingerprint, a.claimedName));
    for (const auto& n : report->nodes)
        list(n, nodes,
             n.known ? tr("  the Composition signed by node %1 of %2 (key %3)").arg(n.name, n.clinic, n.fingerprint)
                     : tr("  the Composition signed by an UNKNOWN node key %1 (claims to be \"%2\")").arg(n.fingerprint, n.claimedName));
    if (ctx.args().json())
        ctx.printJson({{QStringLiteral("ok"), unknown == 0},
                       {QStringLiteral("resources"), report->resources},
                       {QStringLiteral("authors"), authors},
                       {QStringLiteral("nodes"), nodes}});
    else
        ctx.out() << tr("%1: %2, every signature valid").arg(path, resourceCount(report->resources)) << '\n';
    ctx.out().flush();
    if (unknown)
        return fail(tr("%1: signatures are valid but %2 signer keys are not known on this node's ledger (unknown authors or nodes)").arg(path).arg(unknown));
    return {};
}

} // namespace medilock::app::cli
