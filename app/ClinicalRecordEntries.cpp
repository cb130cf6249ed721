// The clinical records a chart's authors add (allergies, conditions, medications, vitals,
// encounter notes, documents) and their corrections: each is a FHIR R4 resource signed into
// the ledger by the signed-in user. Reads, registration and access are in ClinicalRecords.cpp.

#include "ClinicalRecords.h"
#include "ClinicalRecordsInternal.h"

#include "ChartDocuments.h"
#include "ChartViewConversion.h"
#include "FhirJsonBuilders.h"
#include "SessionImpl.h"

#include "ledger/projection/AccessPayload.h"
#include "ledger/projection/NameTokens.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutexLocker>

#include <algorithm>

namespace medilock::app {

using namespace fhirjson;
using namespace viewconv;
using namespace records;

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ClinicalRecords", text);
}

// The significant words of a substance or drug name, folded.
QStringList keyWords(const QString& text)
{
    QStringList out;
    for (const QString& w : ledger::nameTokens(text))
        if (w.size() >= 4 && !w.front().isDigit())
            out << w;
    return out;
}

QJsonObject allergyBase(const ledger::Id128& id)
{
    return {{QStringLiteral("resourceType"), QStringLiteral("AllergyIntolerance")},
            {QStringLiteral("clinicalStatus"),
             codeableConcept(QStringLiteral("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"),
                     QStringLiteral("active"), QStringLiteral("Active"))},
            {QStringLiteral("verificationStatus"),
             codeableConcept(QStringLiteral("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification"),
                     QStringLiteral("confirmed"), QStringLiteral("Confirmed"))},
            {QStringLiteral("patient"), subject(id)},
            {QStringLiteral("recordedDate"), nowText()}};
}
} // namespace

Result<void> ClinicalRecords::addAllergy(const QByteArray& patientId, const NewAllergy& a)
{
    auto id = idFromBytes(patientId);
    if (!id)
        return std::move(id).takeError();
    if (a.substance.trimmed().isEmpty())
        return fail(tr("enter the substance the patient is allergic to"));
    QJsonObject r = allergyBase(*id);
    r.insert(QStringLiteral("code"), textConcept(a.substance.trimmed()));
    if (!a.criticality.isEmpty())
        r.insert(QStringLiteral("criticality"), a.criticality);
    if (!a.reaction.trimmed().isEmpty())
        r.insert(QStringLiteral("reaction"),
                 QJsonArray{QJsonObject{{QStringLiteral("manifestation"), QJsonArray{textConcept(a.reaction.trimmed())}}}});
    QMutexLocker lock(&m_mutex);
    return appendAll(*m_session, {{ledger::EntryKind::Allergy, *id, {}, compact(r), {}}});
}

Result<void> ClinicalRecords::confirmNoKnownAllergies(const QByteArray& patientId)
{
    auto id = idFromBytes(patientId);
    if (!id)
        return std::move(id).takeError();
    QJsonObject r = allergyBase(*id);
    r.insert(QStringLiteral("code"), codeableConcept(QStringLiteral("http://snomed.info/sct"), QStringLiteral("716186003"),
                                             QStringLiteral("No known allergy")));
    QMutexLocker lock(&m_mutex);
    return appendAll(*m_session, {{ledger::EntryKind::Allergy, *id, {}, compact(r), {}}});
}

Result<void> ClinicalRecords::addCondition(const QByteArray& patientId, const QString& icd10Code, const QString& display)
{
    auto id = idFromBytes(patientId);
    if (!id)
        return std::move(id).takeError();
    if (icd10Code.trimmed().isEmpty())
        return fail(tr("choose an ICD-10 code"));
    const QJsonObject r{
        {QStringLiteral("resourceType"), QStringLiteral("Condition")},
        {QStringLiteral("clinicalStatus"), codeableConcept(QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-clinical"),
                                                   QStringLiteral("active"), QStringLiteral("Active"))},
        {QStringLiteral("verificationStatus"),
         codeableConcept(QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-ver-status"), QStringLiteral("confirmed"),
                 QStringLiteral("Confirmed"))},
        {QStringLiteral("code"), codeableConcept(QStringLiteral("http://hl7.org/fhir/sid/icd-10-cm"), icd10Code.trimmed(), display)},
        {QStringLiteral("subject"), subject(*id)},
        {QStringLiteral("recordedDate"), nowText()}};
    QMutexLocker lock(&m_mutex);
    return appendAll(*m_session, {{ledger::EntryKind::Condition, *id, {}, compact(r), {}}});
}

Result<QList<RecordView>> ClinicalRecords::allergyConflicts(const QByteArray& patientId, const QString& medication)
{
    auto id = idFromBytes(patientId);
    if (!id)
        return std::move(id).takeError();
    QMutexLocker lock(&m_mutex);
    auto chart = ledger::ChartQuery::load(m_session->impl().db, *id);
    if (!chart)
        return std::move(chart).takeError();
    if (!*chart)
        return fail(tr("no patient with that id on this node"));
    const auto summary = ledger::EmergencySummary::fromChart(**chart);
    const QStringList drug = keyWords(medication);
    QList<RecordView> out;
    for (const auto& allergy : summary.allergies) {
        const QStringList substance = keyWords(allergy.display);
        const QString drugText = drug.join(QLatin1Char(' '));
        const QString substanceText = substance.join(QLatin1Char(' '));
        const bool matches = std::any_of(substance.begin(), substance.end(), [&](const QString& w) { return drugText.contains(w); })
            || std::any_of(drug.begin(), drug.end(), [&](const QString& w) { return substanceText.contains(w); });
        if (matches)
            out.append(toView(allergy));
    }
    return out;
}

Result<void> ClinicalRecords::addMedication(const QByteArray& patientId, const QString& medication, const QString& dosage)
{
    auto id = idFromBytes(patientId);
    if (!id)
        return std::move(id).takeError();
    if (medication.trimmed().isEmpty())
        return fail(tr("enter the medication"));
    QJsonObject r{{QStringLiteral("resourceType"), QStringLiteral("MedicationStatement")},
                  {QStringLiteral("status"), QStringLiteral("active")},
                  {QStringLiteral("medicationCodeableConcept"), textConcept(medication.trimmed())},
                  {QStringLiteral("subject"), subject(*id)},
                  {QStringLiteral("effectiveDateTime"), nowText()}};
    if (!dosage.trimmed().isEmpty())
        r.insert(QStringLiteral("dosage"), QJsonArray{QJsonObject{{QStringLiteral("text"), dosage.trimmed()}}});
    QMutexLocker lock(&m_mutex);
    return appendAll(*m_session, {{ledger::EntryKind::Medication, *id, {}, compact(r), {}}});
}

bool ClinicalRecords::Vitals::isEmpty() const
{
    return !systolic && !diastolic && !pulse && !temperature && !respiratoryRate && !spo2 && !weight && !height;
}

Result<void> ClinicalRecords::addVitals(const QByteArray& patientId, const Vitals& v)
{
    auto id = idFromBytes(patientId);
    if (!id)
        return std::move(id).takeError();
    if (v.isEmpty())
        return fail(tr("enter at least one measurement"));
    if (v.systolic.has_value() != v.diastolic.has_value())
        return fail(tr("enter both the systolic and the diastolic pressure"));
    std::vector<ledger::EntryDraft> drafts;
    const auto add = [&](QJsonObject o) { drafts.push_back({ledger::EntryKind::Observation, *id, {}, compact(o), {}}); };
    if (v.systolic) {
        QJsonObject bp = vitalSign(*id, QStringLiteral("85354-9"), QStringLiteral("Blood pressure panel"));
        const auto component = [&](const QString& code, const QString& display, double value) {
            return QJsonObject{{QStringLiteral("code"), codeableConcept(kLoinc, code, display)},
                               {QStringLiteral("valueQuantity"), quantity(value, QStringLiteral("mmHg"), QStringLiteral("mm[Hg]"))}};
        };
        bp.insert(QStringLiteral("component"),
                  QJsonArray{component(QStringLiteral("8480-6"), QStringLiteral("Systolic blood pressure"), *v.systolic),
                             component(QStringLiteral("8462-4"), QStringLiteral("Diastolic blood pressure"), *v.diastolic)});
        add(bp);
    }
    struct Single
    {
        const std::optional<double>& value;
        const char *loinc, *display, *unit, *ucum;
    };
    const Single singles[] = {
        {v.pulse, "8867-4", "Heart rate", "/min", "/min"},
        {v.temperature, "8310-5", "Body temperature", "Cel", "Cel"},
        {v.respiratoryRate, "9279-1", "Respiratory rate", "/min", "/min"},
        {v.spo2, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "%", "%"},
        {v.weight, "29463-7", "Body weight", "kg", "kg"},
        {v.height, "8302-2", "Body height", "cm", "cm"},
    };
    for (const Single& s : singles) {
        if (!s.value)
            continue;
        QJsonObject o = vitalSign(*id, QString::fromLatin1(s.loinc), QString::fromLatin1(s.display));
        o.insert(QStringLiteral("valueQuantity"), quantity(*s.value, QString::fromLatin1(s.unit), QString::fromLatin1(s.ucum)));
        add(o);
    }
    QMutexLocker lock(&m_mutex);
    return appendAll(*m_session, drafts);
}

Result<void> ClinicalRecords::addEncounterNote(const QByteArray& patientId, const QString& encounterType, const QString& note)
{
    auto id = idFromBytes(patientId);
    if (!id)
        return std::move(id).takeError();
    if (note.trimmed().isEmpty())
        return fail(tr("write the note before signing it"));
    const QString now = nowText();
    const QJsonObject encounter{
        {QStringLiteral("resourceType"), QStringLiteral("Encounter")},
        {QStringLiteral("status"), QStringLiteral("finished")},
        {QStringLiteral("class"), coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ActCode"),
                                         QStringLiteral("AMB"), QStringLiteral("ambulatory"))},
        {QStringLiteral("type"), QJsonArray{textConcept(encounterType)}},
        {QStringLiteral("subject"), subject(*id)},
        {QStringLiteral("period"), QJsonObject{{QStringLiteral("start"), now}}}};
    const QString firstLine = note.trimmed().section(QLatin1Char('\n'), 0, 0);
    const QJsonObject document{
        {QStringLiteral("resourceType"), QStringLiteral("DocumentReference")},
        {QStringLiteral("status"), QStringLiteral("current")},
        {QStringLiteral("type"), codeableConcept(kLoinc, QStringLiteral("11506-3"), QStringLiteral("Progress note"))},
        {QStringLiteral("subject"), subject(*id)},
        {QStringLiteral("date"), now},
        {QStringLiteral("description"), firstLine},
        {QStringLiteral("content"),
         QJsonArray{QJsonObject{{QStringLiteral("attachment"),
                                 QJsonObject{{QStringLiteral("contentType"), QStringLiteral("text/plain; charset=utf-8")},
                                             {QStringLiteral("data"), QString::fromLatin1(note.toUtf8().toBase64())}}}}}}};
    QMutexLocker lock(&m_mutex);
    return appendAll(*m_session, {{ledger::EntryKind::Encounter, *id, {}, compact(encounter), {}},
                                  {ledger::EntryKind::Note, *id, {}, compact(document), {}}});
}

Result<void> ClinicalRecords::addDocument(const QByteArray& patientId, const QString& title, const QString& fileName,
                                          const QByteArray& data)
{
    auto id = idFromBytes(patientId);
    if (!id)
        return std::move(id).takeError();
    if (!maySign(RecordType::Document))
        return fail(tr("your role does not attach documents"));
    auto resource = ChartDocuments::resource(*id, title, fileName, data);
    if (!resource)
        return std::move(resource).takeError();
    QMutexLocker lock(&m_mutex);
    return appendAll(*m_session, {{ledger::EntryKind::Document, *id, {}, *resource, {}}});
}

Result<ClinicalRecords::Document> ClinicalRecords::document(const QByteArray& patientId, const QByteArray& recordHash)
{
    auto id = idFromBytes(patientId);
    if (!id)
        return std::move(id).takeError();
    ledger::Hash hash{};
    if (!ledger::fromBytes(recordHash, hash))
        return fail(tr("choose a document"));
    if (!mayReadCharts())
        return fail(tr("your role does not open clinical documents"));
    QMutexLocker lock(&m_mutex);
    if (auto allowed = requireConsentOrGrant(*m_session, *id); !allowed)
        return std::move(allowed).takeError();
    auto content = ChartDocuments::read(*m_session, *id, hash);
    if (!content)
        return std::move(content).takeError();
    return Document{content->title, content->contentType, std::move(content->data)};
}

Result<void> ClinicalRecords::markEnteredInError(const QByteArray& patientId, const QByteArray& recordHash, const QString& reason)
{
    auto id = idFromBytes(patientId);
    if (!id)
        return std::move(id).takeError();
    ledger::Hash hash{};
    if (!ledger::fromBytes(recordHash, hash))
        return fail(tr("choose the record to correct"));
    if (reason.trimmed().isEmpty())
        return fail(tr("say why the record is wrong"));
    const ledger::AmendmentPayload payload{QStringLiteral("entered-in-error"), reason.trimmed()};
    QMutexLocker lock(&m_mutex);
    return appendAll(*m_session, {{ledger::EntryKind::Amendment, *id, hash, payload.encode(), {}}});
}

} // namespace medilock::app
