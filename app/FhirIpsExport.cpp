// FhirExporter::exportIps: the International Patient Summary document.

#include "FhirExporter.h"

#include "ChartAccess.h"
#include "FhirCompositionSignature.h"
#include "FhirJsonBuilders.h"
#include "FhirProvenance.h"
#include "NodeLookup.h"
#include "PatientId.h"
#include "SessionImpl.h"

#include "ledger/query/ChartQuery.h"
#include "ledger/query/EmergencySummary.h"

#include "crypto/Sha256.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace medilock::app {

namespace {
struct Section
{
    const char* loinc;
    const char* loincDisplay;
    const char* title;
    std::vector<ledger::Hash> entries;
    QString emptyText; // narrative when there is nothing to list
};

QString escapeXhtml(const QString& text)
{
    return text.toHtmlEscaped();
}

QJsonObject narrative(const QStringList& lines)
{
    QString div = QStringLiteral("<div xmlns=\"http://www.w3.org/1999/xhtml\"><ul>");
    for (const QString& line : lines)
        div += QStringLiteral("<li>%1</li>").arg(escapeXhtml(line));
    div += QStringLiteral("</ul></div>");
    return {{QStringLiteral("status"), QStringLiteral("generated")}, {QStringLiteral("div"), div}};
}

// Nothing current to list: FHIR's list-empty-reason, and a narrative that says which case.
QJsonObject emptySection(const QString& text)
{
    return {{QStringLiteral("emptyReason"),
             QJsonObject{{QStringLiteral("coding"),
                          QJsonArray{fhirjson::coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/list-empty-reason"),
                                                      QStringLiteral("unavailable"), QStringLiteral("Unavailable"))}},
                         {QStringLiteral("text"), text}}},
            {QStringLiteral("text"), narrative({text})}};
}

QString tr(const char* text)
{
    return QCoreApplication::translate("FhirExporter", text);
}
} // namespace

Result<QByteArray> FhirExporter::exportIps(Session& session, const ledger::Id128& patient, const QDateTime& now)
{
    if (auto r = ChartAccess::recordAccess(session, patient, QStringLiteral("export")); !r)
        return std::move(r).takeError();
    auto rows = patientEntries(session, patient);
    if (!rows)
        return std::move(rows).takeError();
    if (rows->empty() || (rows->front().kind() != ledger::EntryKind::PatientRegistered &&
                           rows->front().kind() != ledger::EntryKind::DemographicsUpdated))
        return fail(tr("the patient has no registration to summarise"));
    auto chart = ledger::ChartQuery::load(session.impl().db, patient);
    if (!chart)
        return std::move(chart).takeError();
    if (!*chart)
        return fail(tr("no patient with that id on this node"));
    const ledger::EmergencySummary summary = ledger::EmergencySummary::fromChart(**chart);

    // What the summary lists, by entry hash. Allergies: the current ones, and every current
    // "no known allergy" statement (also those about one category, such as food).
    bool anyAllergyRecord = false, anyCondition = false, anyMedication = false;
    Section allergies{"48765-2", "Allergies and adverse reactions Document", "Allergies and Intolerances", {}, {}};
    Section problems{"11450-4", "Problem list - Reported", "Problem List", {}, {}};
    Section medications{"10160-0", "History of Medication use Narrative", "Medication Summary", {}, {}};
    for (const auto& a : summary.allergies)
        allergies.entries.push_back(a.hash);
    for (const ledger::RecordRow& r : (*chart)->records) {
        anyAllergyRecord |= r.kind == ledger::EntryKind::Allergy;
        anyCondition |= r.kind == ledger::EntryKind::Condition;
        anyMedication |= r.kind == ledger::EntryKind::Medication;
        if (r.kind == ledger::EntryKind::Allergy && r.noKnownAllergy && r.isCurrent() && r.signer.signedBeforeRevocation)
            allergies.entries.push_back(r.hash);
    }
    for (const auto& p : summary.problems)
        problems.entries.push_back(p.hash);
    for (const auto& m : summary.medications)
        medications.entries.push_back(m.hash);
    allergies.emptyText = anyAllergyRecord ? tr("No current allergy or intolerance recorded.")
                                           : tr("Allergies were never recorded for this patient.");
    problems.emptyText = anyCondition ? tr("No active problem recorded; earlier problems are resolved or inactive.")
                                      : tr("Problems were never recorded for this patient.");
    medications.emptyText = anyMedication ? tr("No current medication recorded.")
                                          : tr("Medications were never recorded for this patient.");

    std::map<QByteArray, const ledger::Entry*> byHash;
    for (const ledger::Entry& e : *rows)
        byHash.emplace(ledger::toBytes(e.hash()), &e);
    // What the document holds, in order: the Patient, then the listed resources, each once.
    std::vector<const ledger::Entry*> included;
    QSet<QByteArray> includedHashes;
    auto include = [&](const ledger::Entry& entry) {
        if (!includedHashes.contains(ledger::toBytes(entry.hash()))) {
            includedHashes.insert(ledger::toBytes(entry.hash()));
            included.push_back(&entry);
        }
        return fhirprov::entryUrl(entry);
    };
    const QString patientUrl = include(rows->front());

    QJsonArray sections;
    for (const Section* s : {&problems, &allergies, &medications}) {
        QJsonObject section{{QStringLiteral("title"), QString::fromLatin1(s->title)},
                            {QStringLiteral("code"), fhirjson::codeableConcept(fhirjson::kLoinc, QString::fromLatin1(s->loinc),
                                                                                QString::fromLatin1(s->loincDisplay))}};
        QJsonArray refs;
        QStringList lines;
        for (const ledger::Hash& h : s->entries) {
            const auto it = byHash.find(ledger::toBytes(h));
            if (it == byHash.end())
                continue; // a record of a linked registration: not this patient's export
            refs.append(QJsonObject{{QStringLiteral("reference"), include(*it->second)}});
            for (const auto& r : (*chart)->records)
                if (r.hash == h)
                    lines << (r.display.isEmpty() ? r.code : r.display);
        }
        if (refs.isEmpty()) {
            const QJsonObject empty = emptySection(s->emptyText);
            for (auto it = empty.begin(); it != empty.end(); ++it)
                section.insert(it.key(), it.value());
        } else {
            section.insert(QStringLiteral("text"), narrative(lines));
            section.insert(QStringLiteral("entry"), refs);
        }
        sections.append(section);
    }

    const QString stamp = now.toUTC().toString(Qt::ISODate);
    const QByteArray documentId =
        crypto::Sha256::hash(QByteArrayLiteral("medilock/ips/v1") + ledger::toBytes(patient) + stamp.toUtf8());
    const QJsonObject composition{
        {QStringLiteral("resourceType"), QStringLiteral("Composition")},
        {QStringLiteral("id"), QString::fromLatin1(documentId.toHex().left(32))},
        {QStringLiteral("status"), QStringLiteral("final")},
        {QStringLiteral("type"), fhirjson::codeableConcept(fhirjson::kLoinc, QStringLiteral("60591-5"),
                                                           QStringLiteral("Patient summary Document"))},
        {QStringLiteral("subject"), QJsonObject{{QStringLiteral("reference"), patientUrl}}},
        {QStringLiteral("date"), stamp},
        {QStringLiteral("author"),
         QJsonArray{QJsonObject{
             {QStringLiteral("identifier"), QJsonObject{{QStringLiteral("system"), fhirprov::kKeySystem},
                                                        {QStringLiteral("value"), session.identity().nodeFingerprint}}},
             {QStringLiteral("display"), session.identity().clinicName}}}},
        {QStringLiteral("title"), QStringLiteral("International Patient Summary")},
        {QStringLiteral("section"), sections},
    };
    auto signedEntries = signedBundleEntries(session, included);
    if (!signedEntries)
        return std::move(signedEntries).takeError();
    // The node signs the Composition it drew up: the exact bytes travel in its Provenance.
    const QString compositionUrl = fhirprov::urnUuid(documentId);
    auto nodeSigned = fhircomposition::sign(session.impl().nodeKey, QJsonDocument(composition).toJson(QJsonDocument::Compact));
    if (!nodeSigned)
        return std::move(nodeSigned).takeError();
    auto node = lookupNode(session, session.impl().nodeKey.publicKey().bytes());
    if (!node)
        return std::move(node).takeError();
    const QString nodeDisplay = node->known ? QStringLiteral("%1 (%2)").arg(node->name, node->clinic)
                                            : session.identity().clinicName;
    // The Composition first (a document's rule), the Patient second, the Composition's
    // Provenance last.
    QJsonArray bundleEntries{fhirprov::bundleEntry(compositionUrl, composition)};
    for (const QJsonValue& e : *signedEntries)
        bundleEntries.append(e);
    bundleEntries.append(fhirprov::bundleEntry(
        fhirprov::urnUuid(crypto::Sha256::hash(*nodeSigned)),
        fhirprov::compositionProvenance(*nodeSigned, compositionUrl, stamp, session.impl().nodeKey.publicKey().fingerprint(),
                                        nodeDisplay)));
    const QJsonObject bundle{
        {QStringLiteral("resourceType"), QStringLiteral("Bundle")},
        {QStringLiteral("type"), QStringLiteral("document")},
        {QStringLiteral("timestamp"), stamp},
        {QStringLiteral("identifier"), QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:ietf:rfc:3986")},
                                                   {QStringLiteral("value"), fhirprov::urnUuid(documentId.mid(16))}}},
        {QStringLiteral("entry"), bundleEntries},
    };
    return QJsonDocument(bundle).toJson(QJsonDocument::Indented);
}

} // namespace medilock::app
