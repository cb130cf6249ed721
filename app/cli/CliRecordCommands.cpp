#include "CliCommands.h"

#include "app/AccessReport.h"
#include "app/ChartAccess.h"
#include "app/FhirExporter.h"
#include "app/FhirImporter.h"
#include "app/PatientId.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cstdio>

namespace medilock::app::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

QJsonObject countsJson(const QMap<QString, int>& counts)
{
    QJsonObject o;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject patientJson(const ledger::PatientRow& p)
{
    QJsonArray identifiers;
    for (const QString& i : p.identifiers)
        identifiers.append(i);
    return {{QStringLiteral("id"), patientIdText(p.id)},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("birth_date"), p.birthDate.isValid() ? p.birthDate.toString(Qt::ISODate) : QString()},
            {QStringLiteral("sex"), p.sex},
            {QStringLiteral("identifiers"), identifiers}};
}

QJsonObject recordJson(const ledger::RecordRow& r)
{
    QJsonObject o{{QStringLiteral("display"), r.display},
                  {QStringLiteral("code"), r.code},
                  {QStringLiteral("system"), r.codeSystem},
                  {QStringLiteral("status"), r.status},
                  {QStringLiteral("signed_by"), r.signer.name},
                  {QStringLiteral("clinic"), r.signer.clinic},
                  {QStringLiteral("authored_at"),
                   QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(r.authoredAt.ms), Qt::UTC).toString(Qt::ISODate)}};
    if (!r.criticality.isEmpty())
        o.insert(QStringLiteral("criticality"), r.criticality);
    if (!r.reaction.isEmpty())
        o.insert(QStringLiteral("reaction"), r.reaction);
    if (!r.valueText.isEmpty())
        o.insert(QStringLiteral("value"), r.valueText);
    if (r.effective.isValid())
        o.insert(QStringLiteral("date"), r.effective.toString(Qt::ISODate));
    return o;
}

QJsonArray recordsJson(const std::vector<ledger::RecordRow>& rows)
{
    QJsonArray out;
    for (const auto& r : rows)
        out.append(recordJson(r));
    return out;
}

Result<ledger::Id128> patientArgument(CliContext& ctx)
{
    if (!ctx.args().has(QStringLiteral("patient")))
        return fail(tr("--patient ID is required"));
    return patientIdFromText(ctx.args().value(QStringLiteral("patient")));
}

// The --patient argument, checked before the node is unlocked, and the unlocked session.
Result<std::pair<ledger::Id128, std::unique_ptr<Session>>> patientSession(CliContext& ctx)
{
    auto id = patientArgument(ctx);
    if (!id)
        return std::move(id).takeError();
    auto session = ctx.unlock();
    if (!session)
        return std::move(session).takeError();
    return std::pair{*id, std::move(session).value()};
}
} // namespace

CommandResult commandImportFhir(CliContext& ctx)
{
    const QStringList files = ctx.args().words.mid(1);
    if (files.isEmpty())
        return fail(tr("usage: medilock-cli --data DIR import-fhir FILE... [--as USER] [--json]"));
    auto session = ctx.unlock();
    if (!session)
        return std::move(session).takeError();
    FhirImporter::Report total;
    QStringList failures;
    for (const QString& file : files) {
        auto report = FhirImporter::importFile(**session, file);
        if (!report) {
            failures << report.error();
            continue;
        }
        total.add(*report);
        if (!ctx.args().json()) {
            int added = 0;
            for (int n : report->imported)
                added += n;
            ctx.out() << tr("%1: %2 imported, %3 already present, %4")
                             .arg(file,
                                  QCoreApplication::translate("Cli", "%n resource(s)", nullptr, added),
                                  QString::number(report->alreadyPresent),
                                  QCoreApplication::translate("Cli", "%n unresolved reference(s)", nullptr,
                                                              report->unresolvedReferences))
                      << '\n';
        }
    }
    if (ctx.args().json())
        ctx.printJson({{QStringLiteral("imported"), countsJson(total.imported)},
                       {QStringLiteral("skipped"), countsJson(total.skipped)},
                       {QStringLiteral("already_present"), total.alreadyPresent},
                       {QStringLiteral("unresolved_references"), total.unresolvedReferences},
                       {QStringLiteral("failed_files"), static_cast<int>(failures.size())}});
    ctx.out().flush();
    if (!failures.isEmpty())
        return fail(failures.join(QStringLiteral("; ")));
    return {};
}

CommandResult commandSearch(CliContext& ctx)
{
    const QString text = ctx.args().words.mid(1).join(QLatin1Char(' '));
    if (text.trimmed().isEmpty())
        return fail(tr("usage: medilock-cli --data DIR search TEXT [--json]"));
    auto session = ctx.unlock();
    if (!session)
        return std::move(session).takeError();
    auto rows = ChartAccess::search(**session, text);
    if (!rows)
        return std::move(rows).takeError();
    if (ctx.args().json()) {
        QJsonArray list;
        for (const auto& p : *rows)
            list.append(patientJson(p));
        ctx.printJson({{QStringLiteral("patients"), list}});
    } else {
        for (const auto& p : *rows)
            ctx.out() << patientIdText(p.id) << '\t' << p.name << '\t' << p.birthDate.toString(Qt::ISODate) << '\n';
    }
    return {};
}

CommandResult commandEmergency(CliContext& ctx)
{
    auto target = patientSession(ctx);
    if (!target)
        return std::move(target).takeError();
    auto& [id, session] = *target;
    auto summary = ChartAccess::openEmergency(*session, id);
    if (!summary)
        return std::move(summary).takeError();
    const auto& s = *summary;
    QJsonArray contacts;
    for (const auto& c : s.patient.contacts)
        contacts.append(QJsonObject{{QStringLiteral("name"), c.name},
                                    {QStringLiteral("relationship"), c.relationship},
                                    {QStringLiteral("phone"), c.phone}});
    QJsonObject out{{QStringLiteral("patient"), patientJson(s.patient)},
                    {QStringLiteral("allergies"), recordsJson(s.allergies)},
                    {QStringLiteral("allergies_status"), ledger::EmergencySummary::allergyStatusId(s.allergyStatus)},
                    {QStringLiteral("problems"), recordsJson(s.problems)},
                    {QStringLiteral("medications"), recordsJson(s.medications)},
                    {QStringLiteral("devices"), recordsJson(s.devices)},
                    {QStringLiteral("blood_group"), s.bloodGroup.isEmpty() ? QJsonValue() : QJsonValue(s.bloodGroup)},
                    {QStringLiteral("contacts"), contacts}};
    if (s.noKnownAllergyRecord)
        out.insert(QStringLiteral("no_known_allergies_confirmed"), recordJson(*s.noKnownAllergyRecord));
    if (s.lastEncounter)
        out.insert(QStringLiteral("last_encounter"), recordJson(*s.lastEncounter));
    if (ctx.args().json()) {
        ctx.printJson(out);
        return {};
    }
    ctx.out() << tr("EMERGENCY SUMMARY — %1 (born %2, %3)").arg(s.patient.name, s.patient.birthDate.toString(Qt::ISODate), s.patient.sex)
              << '\n';
    ctx.out() << tr("Blood group: %1").arg(s.bloodGroup.isEmpty() ? tr("not recorded") : s.bloodGroup) << '\n';
    switch (s.allergyStatus) {
    case ledger::EmergencySummary::AllergyStatus::Unknown:
        ctx.out() << tr("Allergies: NEVER RECORDED — ask before giving any drug") << '\n';
        break;
    case ledger::EmergencySummary::AllergyStatus::NoneKnown:
        ctx.out() << tr("Allergies: no known allergies (confirmed by %1)").arg(s.noKnownAllergyRecord->signer.name) << '\n';
        break;
    case ledger::EmergencySummary::AllergyStatus::Recorded:
        ctx.out() << tr("Allergies:") << '\n';
        for (const auto& a : s.allergies)
            ctx.out() << "  - " << a.display << (a.criticality.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(a.criticality))
                      << (a.reaction.isEmpty() ? QString() : QStringLiteral(": %1").arg(a.reaction)) << '\n';
        break;
    }
    ctx.out() << tr("Active problems:") << '\n';
    for (const auto& p : s.problems)
        ctx.out() << "  - " << p.display << '\n';
    ctx.out() << tr("Current medications:") << '\n';
    for (const auto& m : s.medications)
        ctx.out() << "  - " << m.display << '\n';
    return {};
}

CommandResult commandAccessReport(CliContext& ctx)
{
    auto target = patientSession(ctx);
    if (!target)
        return std::move(target).takeError();
    auto& [id, session] = *target;
    auto report = AccessReport::write(*session, id);
    if (!report)
        return std::move(report).takeError();
    if (ctx.args().json()) {
        ctx.printJson(AccessReport::toJson(*report));
        return {};
    }
    ctx.out() << tr("ACCESS REPORT — %1 (born %2)").arg(report->patient.name, report->patient.birthDate.toString(Qt::ISODate))
              << '\n';
    for (const ledger::AccessRow& a : report->access) {
        const QString when = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(a.at.ms), Qt::UTC).toString(Qt::ISODate);
        QString what = a.kind == ledger::EntryKind::EmergencyAccess ? tr("BREAK-GLASS: %1").arg(a.reason) : a.reason;
        if (!a.sealed)
            what += QLatin1Char(' ') + tr("(not sealed yet: this node waits for its own chain after a restore)");
        ctx.out() << when << "  " << a.viewer.name << " (" << a.viewer.role << ", " << a.viewer.clinic << ")  " << what << '\n';
    }
    ctx.out() << tr("Written by %1 at %2; this report is itself recorded as an access.").arg(report->writtenBy, report->clinic)
              << '\n';
    return {};
}

CommandResult commandExportFhir(CliContext& ctx)
{
    auto target = patientSession(ctx);
    if (!target)
        return std::move(target).takeError();
    auto& [id, session] = *target;
    auto bundle = ctx.args().flags.contains(QStringLiteral("ips")) ? FhirExporter::exportIps(*session, id)
                                                                    : FhirExporter::exportPatient(*session, id);
    if (!bundle)
        return std::move(bundle).takeError();
    std::fwrite(bundle->constData(), 1, static_cast<std::size_t>(bundle->size()), stdout);
    return {};
}

} // namespace medilock::app::cli
