#include "SyntheticClinic.h"

#include "app/PatientId.h"

#include "crypto/Sha256.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <iterator>

namespace medilock::app {

namespace {
const char* const kFamilies[] = {
    "Müller", "García", "Nguyễn", "O'Brien", "Schmidt", "Kowalski", "Dubois", "Rossi", "Smith", "Johnson",
    "Sharma", "Patel", "Kim", "Tanaka", "Hansen", "Jensen", "Novák", "Horváth", "Silva", "Santos",
    "Fernández", "López", "Ivanov", "Petrov", "Yılmaz", "Öztürk", "Cohen", "Levi", "Okafor", "Mensah",
    "Andersson", "Nilsson", "Virtanen", "Papadopoulos", "Costa", "Martin", "Bernard", "Weber", "Fischer", "Meyer",
    "Wagner", "Becker", "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
};
const char* const kGivens[] = {
    "Anna", "José", "Zoë", "Mohammed", "Léa", "Lukas", "Sofia", "Noah", "Mia", "Elias",
    "Aarav", "Priya", "Hiroshi", "Yuki", "Chloé", "Jürgen", "Ingrid", "Olga", "Kwame", "Amara",
    "Mateo", "Lucía", "Emma", "Liam", "Hannah", "Felix", "Clara", "Jonas", "Lena", "Paul",
    "Marie", "Ben", "Emilia", "Leon", "Lina", "Finn", "Ella", "Anton", "Ida", "Theo",
};
struct Coded
{
    const char *code, *display;
};
const Coded kConditions[] = {
    {"G40.909", "Epilepsy, unspecified"}, {"I10", "Essential hypertension"}, {"E11.9", "Type 2 diabetes mellitus"},
    {"J45.909", "Asthma, unspecified"},   {"N18.3", "Chronic kidney disease, stage 3"}, {"F32.9", "Depressive episode"},
};
const Coded kAllergies[] = {
    {"7980", "Penicillin G"}, {"1191", "Aspirin"}, {"2670", "Codeine"}, {"733", "Ampicillin"},
};
const Coded kMedications[] = {
    {"197361", "Amlodipine 5 MG Oral Tablet"}, {"860975", "Metformin 500 MG Oral Tablet"},
    {"311989", "Levetiracetam 500 MG Oral Tablet"}, {"745679", "Albuterol 0.09 MG/ACTUAT Inhaler"},
};

QJsonObject coding(const char* system, const char* code, const char* display)
{
    return {{QStringLiteral("system"), QLatin1String(system)},
            {QStringLiteral("code"), QLatin1String(code)},
            {QStringLiteral("display"), QString::fromUtf8(display)}};
}

QJsonObject codeable(const char* system, const char* code, const char* display)
{
    return {{QStringLiteral("coding"), QJsonArray{coding(system, code, display)}},
            {QStringLiteral("text"), QString::fromUtf8(display)}};
}

QJsonObject subject(const SyntheticClinic::Patient& p)
{
    return {{QStringLiteral("reference"), QStringLiteral("Patient/") + patientIdText(p.id)}};
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

SyntheticClinic::SyntheticClinic(std::uint64_t seed)
    : m_random(seed)
{
}

QString SyntheticClinic::pick(const char* const* list, std::size_t size)
{
    return QString::fromUtf8(list[m_random() % size]);
}

QString SyntheticClinic::when()
{
    const QDateTime base(QDate(2015, 1, 1), QTime(8, 0), Qt::UTC);
    return base.addSecs(static_cast<qint64>(m_random() % (10ull * 365 * 24 * 3600))).toString(Qt::ISODate);
}

ledger::EntryDraft SyntheticClinic::registerPatient()
{
    Patient p;
    const QByteArray seed = QByteArray::number(static_cast<qulonglong>(m_counter++)) + QByteArray::number(static_cast<qulonglong>(m_random()));
    const QByteArray digest = crypto::Sha256::hash(seed);
    std::copy_n(digest.begin(), p.id.size(), p.id.begin());
    p.family = pick(kFamilies, std::size(kFamilies));
    p.given = pick(kGivens, std::size(kGivens));
    p.birthDate = QDate(1930, 1, 1).addDays(static_cast<qint64>(m_random() % (90 * 365))).toString(Qt::ISODate);
    p.phone = QStringLiteral("+49 30 %1").arg(m_random() % 100000000, 8, 10, QLatin1Char('0'));
    const QString mrn = QStringLiteral("%1").arg(m_random() % 100000000, 8, 10, QLatin1Char('0'));
    const QJsonObject patient{
        {QStringLiteral("resourceType"), QStringLiteral("Patient")},
        {QStringLiteral("identifier"), QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:medilock:bench:mrn")},
                                                               {QStringLiteral("value"), mrn}}}},
        {QStringLiteral("name"), QJsonArray{QJsonObject{{QStringLiteral("family"), p.family},
                                                         {QStringLiteral("given"), QJsonArray{p.given}}}}},
        {QStringLiteral("gender"), (m_random() & 1) ? QStringLiteral("female") : QStringLiteral("male")},
        {QStringLiteral("birthDate"), p.birthDate},
        {QStringLiteral("telecom"), QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("phone")},
                                                            {QStringLiteral("value"), p.phone}}}},
    };
    m_patients.push_back(p);
    return {ledger::EntryKind::PatientRegistered, p.id, {}, compact(patient), {}};
}

QByteArray SyntheticClinic::observation(const Patient& p)
{
    QJsonObject o{{QStringLiteral("resourceType"), QStringLiteral("Observation")},
                  {QStringLiteral("status"), QStringLiteral("final")},
                  {QStringLiteral("category"), QJsonArray{codeable("http://terminology.hl7.org/CodeSystem/observation-category",
                                                                   "vital-signs", "Vital Signs")}},
                  {QStringLiteral("subject"), subject(p)},
                  {QStringLiteral("effectiveDateTime"), when()}};
    if (m_random() % 2) {
        o.insert(QStringLiteral("code"), codeable("http://loinc.org", "85354-9", "Blood pressure panel"));
        const auto component = [&](const char* code, const char* display, int value) {
            return QJsonObject{{QStringLiteral("code"), codeable("http://loinc.org", code, display)},
                               {QStringLiteral("valueQuantity"),
                                QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("unit"), QStringLiteral("mmHg")},
                                            {QStringLiteral("system"), QStringLiteral("http://unitsofmeasure.org")},
                                            {QStringLiteral("code"), QStringLiteral("mm[Hg]")}}}};
        };
        o.insert(QStringLiteral("component"),
                 QJsonArray{component("8480-6", "Systolic blood pressure", 100 + static_cast<int>(m_random() % 60)),
                            component("8462-4", "Diastolic blood pressure", 60 + static_cast<int>(m_random() % 35))});
    } else {
        o.insert(QStringLiteral("code"), codeable("http://loinc.org", "8867-4", "Heart rate"));
        o.insert(QStringLiteral("valueQuantity"),
                 QJsonObject{{QStringLiteral("value"), 50 + static_cast<int>(m_random() % 70)},
                             {QStringLiteral("unit"), QStringLiteral("/min")},
                             {QStringLiteral("system"), QStringLiteral("http://unitsofmeasure.org")},
                             {QStringLiteral("code"), QStringLiteral("/min")}});
    }
    return compact(o);
}

QByteArray SyntheticClinic::condition(const Patient& p)
{
    const Coded& c = kConditions[m_random() % std::size(kConditions)];
    return compact({{QStringLiteral("resourceType"), QStringLiteral("Condition")},
                    {QStringLiteral("clinicalStatus"),
                     codeable("http://terminology.hl7.org/CodeSystem/condition-clinical", "active", "Active")},
                    {QStringLiteral("code"), codeable("http://hl7.org/fhir/sid/icd-10-cm", c.code, c.display)},
                    {QStringLiteral("subject"), subject(p)},
                    {QStringLiteral("onsetDateTime"), when()}});
}

QByteArray SyntheticClinic::allergy(const Patient& p)
{
    const Coded& a = kAllergies[m_random() % std::size(kAllergies)];
    return compact({{QStringLiteral("resourceType"), QStringLiteral("AllergyIntolerance")},
                    {QStringLiteral("clinicalStatus"),
                     codeable("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", "Active")},
                    {QStringLiteral("criticality"), QStringLiteral("high")},
                    {QStringLiteral("code"), codeable("http://www.nlm.nih.gov/research/umls/rxnorm", a.code, a.display)},
                    {QStringLiteral("patient"), subject(p)},
                    {QStringLiteral("reaction"),
                     QJsonArray{QJsonObject{{QStringLiteral("manifestation"),
                                             QJsonArray{codeable("http://snomed.info/sct", "39579001", "Anaphylaxis")}}}}}});
}

QByteArray SyntheticClinic::medication(const Patient& p)
{
    const Coded& m = kMedications[m_random() % std::size(kMedications)];
    return compact({{QStringLiteral("resourceType"), QStringLiteral("MedicationStatement")},
                    {QStringLiteral("status"), QStringLiteral("active")},
                    {QStringLiteral("medicationCodeableConcept"),
                     codeable("http://www.nlm.nih.gov/research/umls/rxnorm", m.code, m.display)},
                    {QStringLiteral("subject"), subject(p)},
                    {QStringLiteral("effectiveDateTime"), when()}});
}

QByteArray SyntheticClinic::encounter(const Patient& p)
{
    return compact({{QStringLiteral("resourceType"), QStringLiteral("Encounter")},
                    {QStringLiteral("status"), QStringLiteral("finished")},
                    {QStringLiteral("class"), coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB", "ambulatory")},
                    {QStringLiteral("type"), QJsonArray{codeable("http://snomed.info/sct", "185349003",
                                                                 "Encounter for check up")}},
                    {QStringLiteral("subject"), subject(p)},
                    {QStringLiteral("period"), QJsonObject{{QStringLiteral("start"), when()}}}});
}

ledger::EntryDraft SyntheticClinic::record(const Patient& patient)
{
    const std::uint64_t roll = m_random() % 20;
    if (roll < 11)
        return {ledger::EntryKind::Observation, patient.id, {}, observation(patient), {}};
    if (roll < 14)
        return {ledger::EntryKind::Encounter, patient.id, {}, encounter(patient), {}};
    if (roll < 17)
        return {ledger::EntryKind::Condition, patient.id, {}, condition(patient), {}};
    if (roll < 19)
        return {ledger::EntryKind::Medication, patient.id, {}, medication(patient), {}};
    return {ledger::EntryKind::Allergy, patient.id, {}, allergy(patient), {}};
}

} // namespace medilock::app
