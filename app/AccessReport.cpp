#include "AccessReport.h"

#include "ChartAccess.h"
#include "PatientId.h"
#include "SessionImpl.h"

#include "ledger/query/ChartQuery.h"
#include "ledger/query/PatientSearch.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace medilock::app {

namespace {
QString isoUtc(const ledger::HlcTime& t)
{
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(t.ms), Qt::UTC).toString(Qt::ISODateWithMs);
}
} // namespace

Result<AccessReport::Data> AccessReport::write(Session& session, const ledger::Id128& patient)
{
    if (auto r = ChartAccess::recordAccess(session, patient, QStringLiteral("report")); !r)
        return std::move(r).takeError();
    auto row = ledger::PatientSearch::patient(session.impl().db, patient);
    if (!row)
        return std::move(row).takeError();
    if (!*row)
        return fail(QCoreApplication::translate("ChartAccess", "no patient with that id on this node"));
    auto access = ledger::ChartQuery::access(session.impl().db, patient);
    if (!access)
        return std::move(access).takeError();
    return Data{std::move(**row), std::move(access).value(), QDateTime::currentDateTimeUtc(), session.user().name,
                session.identity().clinicName};
}

QJsonObject AccessReport::toJson(const Data& report)
{
    QJsonArray access;
    for (const ledger::AccessRow& a : report.access) {
        const bool breakGlass = a.kind == ledger::EntryKind::EmergencyAccess;
        access.append(QJsonObject{{QStringLiteral("at"), isoUtc(a.at)},
                                  {QStringLiteral("user"), a.viewer.name},
                                  {QStringLiteral("role"), a.viewer.role},
                                  {QStringLiteral("clinic"), a.viewer.clinic},
                                  {QStringLiteral("key"), a.viewer.keyFingerprint},
                                  {QStringLiteral("break_glass"), breakGlass},
                                  {QStringLiteral("purpose"), breakGlass ? QStringLiteral("break-glass") : a.reason},
                                  {QStringLiteral("reason"), breakGlass ? QJsonValue(a.reason) : QJsonValue()},
                                  {QStringLiteral("sealed"), a.sealed}});
    }
    return {{QStringLiteral("patient"),
             QJsonObject{{QStringLiteral("id"), patientIdText(report.patient.id)},
                         {QStringLiteral("name"), report.patient.name},
                         {QStringLiteral("birth_date"), report.patient.birthDate.toString(Qt::ISODate)},
                         {QStringLiteral("home_clinic"), report.patient.homeClinic}}},
            {QStringLiteral("written_at"), report.writtenAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("written_by"), report.writtenBy},
            {QStringLiteral("clinic"), report.clinic},
            {QStringLiteral("access"), access}};
}

} // namespace medilock::app
