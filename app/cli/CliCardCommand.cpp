#include "CliCommands.h"

#include "app/EmergencyCardIssuer.h"
#include "app/EmergencyCardRender.h"
#include "app/PatientId.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

#include <cstdio>

namespace medilock::app::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

QJsonArray jsonList(const QStringList& items)
{
    QJsonArray out;
    for (const QString& i : items)
        out.append(i);
    return out;
}

QString allergyStatusId(EmergencyCardContent::Allergies status)
{
    switch (status) {
    case EmergencyCardContent::Allergies::Recorded: return QStringLiteral("recorded");
    case EmergencyCardContent::Allergies::NoneKnown: return QStringLiteral("none-known");
    case EmergencyCardContent::Allergies::NeverRecorded: return QStringLiteral("unknown");
    }
    return {};
}

// The card's text: the TEXT argument, or --in FILE ("-" for stdin), e.g. from zbarimg --raw.
Result<QByteArray> cardText(CliContext& ctx)
{
    const QStringList words = ctx.args().words.mid(2);
    if (ctx.args().has(QStringLiteral("in")) == !words.isEmpty())
        return fail(tr("usage: medilock-cli --data DIR card verify (TEXT | --in FILE) [--json]"));
    if (!words.isEmpty())
        return words.join(QLatin1Char(' ')).toUtf8();
    const QString path = ctx.args().value(QStringLiteral("in"));
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return fail(tr("cannot read %1: %2").arg(path, file.errorString()));
    // A card is at most 1,200 bytes; read a little more so that an oversize input is refused.
    return file.read(EmergencyCard::kMaxTextBytes + 64);
}

CommandResult commandCardVerify(CliContext& ctx)
{
    auto text = cardText(ctx);
    if (!text)
        return std::move(text).takeError();
    auto session = ctx.unlock();
    if (!session)
        return std::move(session).takeError();
    auto check = EmergencyCardIssuer::check(**session, *text);
    if (!check)
        return std::move(check).takeError();
    const EmergencyCardContent& c = check->card.content;
    const QString issued = c.issuedAt.toString(Qt::ISODate);
    if (ctx.args().json()) {
        ctx.printJson({{QStringLiteral("signature_valid"), true},
                       {QStringLiteral("known_node"), check->knownNode},
                       {QStringLiteral("node"), check->nodeFingerprint},
                       {QStringLiteral("node_name"), check->knownNode ? QJsonValue(check->nodeName) : QJsonValue()},
                       {QStringLiteral("clinic"), check->knownNode ? QJsonValue(check->clinicName) : QJsonValue()},
                       {QStringLiteral("issued_at"), issued},
                       {QStringLiteral("name"), c.name},
                       {QStringLiteral("birth_date"), c.birthDate},
                       {QStringLiteral("sex"), c.sex},
                       {QStringLiteral("blood_group"), c.bloodGroup.isEmpty() ? QJsonValue() : QJsonValue(c.bloodGroup)},
                       {QStringLiteral("allergies_status"), allergyStatusId(c.allergyStatus)},
                       {QStringLiteral("allergies"), jsonList(c.allergies)},
                       {QStringLiteral("problems"), jsonList(c.problems)},
                       {QStringLiteral("medications"), jsonList(c.medications)}});
    } else if (check->knownNode) {
        ctx.out() << tr("VALID: signed by node \"%1\" of clinic \"%2\" on %3 (node %4)")
                         .arg(check->nodeName, check->clinicName, issued, check->nodeFingerprint)
                  << '\n';
    } else {
        ctx.out() << tr("SIGNATURE VALID BUT NOT FROM A KNOWN NODE: key %1 is not certified on this node's "
                        "ledger; do not rely on this card's content (issued %2)")
                         .arg(check->nodeFingerprint, issued)
                  << '\n';
    }
    ctx.out().flush();
    // The signature held; an unknown signer is still a failure for scripts.
    if (!check->knownNode)
        return fail(tr("the card is not from a node known here"));
    return {};
}

CommandResult commandCardIssue(CliContext& ctx)
{
    if (ctx.args().words.size() != 1 || !ctx.args().has(QStringLiteral("patient")) || !ctx.args().has(QStringLiteral("out")))
        return fail(tr("usage: medilock-cli --data DIR card --patient ID --out FILE.pdf [--png FILE.png] [--json]"));
    auto id = patientIdFromText(ctx.args().value(QStringLiteral("patient")));
    if (!id)
        return std::move(id).takeError();
    auto session = ctx.unlock();
    if (!session)
        return std::move(session).takeError();
    const QString pdf = ctx.args().value(QStringLiteral("out"));
    auto card = EmergencyCardIssuer::issuePdf(**session, *id, pdf);
    if (!card)
        return std::move(card).takeError();
    if (ctx.args().has(QStringLiteral("png")))
        if (auto r = EmergencyCardRender::writeQrPng(card->text, ctx.args().value(QStringLiteral("png"))); !r)
            return r;
    if (ctx.args().json())
        ctx.printJson({{QStringLiteral("pdf"), pdf},
                       {QStringLiteral("png"), ctx.args().value(QStringLiteral("png"))},
                       {QStringLiteral("text"), QString::fromUtf8(card->text)},
                       {QStringLiteral("bytes"), static_cast<int>(card->text.size())}});
    else
        ctx.out() << QString::fromUtf8(card->text) << '\n';
    ctx.out().flush();
    return {};
}
} // namespace

CommandResult commandCard(CliContext& ctx)
{
    if (ctx.args().words.value(1) == QLatin1String("verify"))
        return commandCardVerify(ctx);
    return commandCardIssue(ctx);
}

} // namespace medilock::app::cli
