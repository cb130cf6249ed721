#include "FhirExporter.h"

#include "ChartAccess.h"
#include "PatientId.h"
#include "SessionImpl.h"

#include "ledger/store/Statement.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace medilock::app {

Result<QByteArray> FhirExporter::exportPatient(Session& session, const ledger::Id128& patient)
{
    if (auto r = ChartAccess::recordAccess(session, patient, QStringLiteral("export")); !r)
        return std::move(r).takeError();
    ledger::Database& db = session.impl().db;
    // Patient: the latest demographics; then clinical kinds (32..47) in authored order.
    auto stmt = db.prepare("SELECT e.entry_id, e.kind, e.encoded FROM entries e WHERE e.patient_id = ? AND "
                           "((e.kind BETWEEN 32 AND 47) OR (e.kind IN (16, 17) AND e.hash = (SELECT source_hash FROM "
                           "patients WHERE id = e.patient_id))) ORDER BY e.kind NOT IN (16, 17), e.authored_ms, "
                           "e.authored_lc, e.hash;");
    if (!stmt)
        return std::move(stmt).takeError();
    stmt->bind(1, ledger::toBytes(patient));
    QJsonArray entries;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return std::move(row).takeError();
        if (!*row)
            break;
        auto entry = ledger::Entry::decode(asView(stmt->blob(2)));
        if (!entry)
            return std::move(entry).takeError();
        const QJsonObject resource = QJsonDocument::fromJson(entry->payload()).object();
        const QByteArray id = ledger::toBytes(entry->entryId()).toHex();
        const QString uuid = QStringLiteral("urn:uuid:%1-%2-%3-%4-%5")
                                 .arg(QString::fromLatin1(id.mid(0, 8)), QString::fromLatin1(id.mid(8, 4)),
                                      QString::fromLatin1(id.mid(12, 4)), QString::fromLatin1(id.mid(16, 4)),
                                      QString::fromLatin1(id.mid(20, 12)));
        entries.append(QJsonObject{{QStringLiteral("fullUrl"), uuid}, {QStringLiteral("resource"), resource}});
    }
    const QJsonObject bundle{
        {QStringLiteral("resourceType"), QStringLiteral("Bundle")},
        {QStringLiteral("type"), QStringLiteral("collection")},
        {QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("identifier"), QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:medilock:patient")},
                                                   {QStringLiteral("value"), patientIdText(patient)}}},
        {QStringLiteral("entry"), entries},
    };
    return QJsonDocument(bundle).toJson(QJsonDocument::Indented);
}

} // namespace medilock::app
