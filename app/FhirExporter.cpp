#include "FhirExporter.h"

#include "ChartAccess.h"
#include "FhirProvenance.h"
#include "FhirReferenceMap.h"
#include "PatientId.h"
#include "SessionImpl.h"

#include "ledger/query/SignerDirectory.h"
#include "ledger/store/Statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace medilock::app {

Result<std::vector<ledger::Entry>> FhirExporter::patientEntries(Session& session, const ledger::Id128& patient)
{
    // Patient: the latest demographics; then clinical kinds (32..47) in authored order.
    auto stmt = session.impl().db.prepare(
        "SELECT e.encoded FROM entries e WHERE e.patient_id = ? AND "
        "((e.kind BETWEEN 32 AND 47) OR (e.kind IN (16, 17) AND e.hash = (SELECT source_hash FROM "
        "patients WHERE id = e.patient_id))) ORDER BY e.kind NOT IN (16, 17), e.authored_ms, e.authored_lc, e.hash;");
    if (!stmt)
        return std::move(stmt).takeError();
    stmt->bind(1, ledger::toBytes(patient));
    std::vector<ledger::Entry> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return std::move(row).takeError();
        if (!*row)
            break;
        auto entry = ledger::Entry::decode(asView(stmt->blob(0)));
        if (!entry)
            return std::move(entry).takeError();
        out.push_back(std::move(entry).value());
    }
    return out;
}

Result<QJsonArray> FhirExporter::signedBundleEntries(Session& session, const std::vector<const ledger::Entry*>& included)
{
    std::vector<QJsonObject> resources;
    FhirReferenceMap references;
    for (const ledger::Entry* entry : included) {
        resources.push_back(QJsonDocument::fromJson(entry->payload()).object());
        references.add(*entry, resources.back());
    }
    ledger::SignerDirectory signers(session.impl().db);
    QJsonArray entries;
    for (std::size_t i = 0; i < included.size(); ++i) {
        const ledger::Entry& entry = *included[i];
        auto signer = signers.signer(ledger::toBytes(entry.author()), entry.authoredAt());
        if (!signer)
            return std::move(signer).takeError();
        const QString url = fhirprov::entryUrl(entry);
        entries.append(fhirprov::bundleEntry(url, references.rewrite(resources[i])));
        entries.append(fhirprov::bundleEntry(fhirprov::urnUuid(ledger::toBytes(entry.hash())),
                                             fhirprov::provenance(entry, url, *signer)));
    }
    return entries;
}

Result<QByteArray> FhirExporter::exportPatient(Session& session, const ledger::Id128& patient)
{
    if (auto r = ChartAccess::recordAccess(session, patient, QStringLiteral("export")); !r)
        return std::move(r).takeError();
    auto rows = patientEntries(session, patient);
    if (!rows)
        return std::move(rows).takeError();
    std::vector<const ledger::Entry*> included;
    for (const ledger::Entry& entry : *rows)
        included.push_back(&entry);
    auto entries = signedBundleEntries(session, included);
    if (!entries)
        return std::move(entries).takeError();
    const QJsonObject bundle{
        {QStringLiteral("resourceType"), QStringLiteral("Bundle")},
        {QStringLiteral("type"), QStringLiteral("collection")},
        {QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("identifier"), QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:medilock:patient")},
                                                   {QStringLiteral("value"), patientIdText(patient)}}},
        {QStringLiteral("entry"), *entries},
    };
    return QJsonDocument(bundle).toJson(QJsonDocument::Indented);
}

} // namespace medilock::app
