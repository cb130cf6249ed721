#include "ledger/projection/ResourceSummary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace medilock::ledger;

namespace {

QByteArray fixture(const QString& name)
{
    QFile file(QString::fromUtf8(MEDILOCK_TEST_DATA) + QStringLiteral("/fhir/fhir-examples/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

QJsonObject fixtureObject(const QString& name)
{
    return QJsonDocument::fromJson(fixture(name)).object();
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject coding(const char* system, const char* code, const char* display = nullptr)
{
    QJsonObject c {
        {QStringLiteral("system"), QString::fromLatin1(system)}, {QStringLiteral("code"), QString::fromLatin1(code)}};
    if (display)
        c.insert(QStringLiteral("display"), QString::fromLatin1(display));
    return c;
}

QJsonObject concept1(const QJsonObject& c, const char* text = nullptr)
{
    QJsonObject cc {{QStringLiteral("coding"), QJsonArray {c}}};
    if (text)
        cc.insert(QStringLiteral("text"), QString::fromLatin1(text));
    return cc;
}

QJsonObject quantity(double value, const char* unit)
{
    return {{QStringLiteral("value"), value}, {QStringLiteral("unit"), QString::fromLatin1(unit)},
        {QStringLiteral("system"), QStringLiteral("http://unitsofmeasure.org")},
        {QStringLiteral("code"), QString::fromLatin1(unit)}};
}

const char* const kLoinc = "http://loinc.org";
const char* const kSnomed = "http://snomed.info/sct";
const char* const kIpsAbsent = "http://hl7.org/fhir/uv/ips/CodeSystem/absent-unknown-uv-ips";

QJsonObject allergy(const QJsonObject& code, const char* clinical, const char* verification = nullptr)
{
    QJsonObject a {{QStringLiteral("resourceType"), QStringLiteral("AllergyIntolerance")},
        {QStringLiteral("code"), code},
        {QStringLiteral("patient"), QJsonObject {{QStringLiteral("reference"), QStringLiteral("Patient/p")}}}};
    if (clinical)
        a.insert(QStringLiteral("clinicalStatus"),
            concept1(coding("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", clinical)));
    if (verification)
        a.insert(QStringLiteral("verificationStatus"),
            concept1(coding("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", verification)));
    return a;
}

QJsonObject condition(const char* clinical, const char* verification)
{
    QJsonObject c = fixtureObject(QStringLiteral("Condition-example.json"));
    c.insert(QStringLiteral("clinicalStatus"),
        concept1(coding("http://terminology.hl7.org/CodeSystem/condition-clinical", clinical)));
    c.insert(QStringLiteral("verificationStatus"),
        concept1(coding("http://terminology.hl7.org/CodeSystem/condition-ver-status", verification)));
    return c;
}

// The vitals panel example, given the blood pressure components of the FHIR example
// Observation/blood-pressure.
QJsonObject bloodPressure()
{
    QJsonObject o = fixtureObject(QStringLiteral("Observation-vitals-panel.json"));
    o.remove(QStringLiteral("hasMember"));
    o.insert(QStringLiteral("code"), concept1(coding(kLoinc, "85354-9", "Blood pressure panel"), "Blood pressure"));
    o.insert(QStringLiteral("component"),
        QJsonArray {
            QJsonObject {{QStringLiteral("code"), concept1(coding(kLoinc, "8480-6", "Systolic blood pressure"))},
                {QStringLiteral("valueQuantity"), quantity(120, "mmHg")}},
            QJsonObject {{QStringLiteral("code"), concept1(coding(kLoinc, "8462-4", "Diastolic blood pressure"))},
                {QStringLiteral("valueQuantity"), quantity(80, "mmHg")}}});
    return o;
}

QJsonObject observation(const QJsonObject& code, const char* valueKey, const QJsonValue& value)
{
    QJsonObject o {{QStringLiteral("resourceType"), QStringLiteral("Observation")},
        {QStringLiteral("status"), QStringLiteral("final")}, {QStringLiteral("code"), code}};
    if (valueKey)
        o.insert(QString::fromLatin1(valueKey), value);
    return o;
}

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

} // namespace

class tst_ResourceSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summarizesRecords_data();
    void summarizesRecords();
    void readsEffectiveTimeInUtc_data();
    void readsEffectiveTimeInUtc();
    void refusesMalformedInput_data();
    void refusesMalformedInput();
    void summarizesPatient();
    void readsBloodGroupExtension();
    void refusesNonPatient_data();
    void refusesNonPatient();
    void readsBloodGroupObservations_data();
    void readsBloodGroupObservations();
    void keepsLoincOnlyForLoincShapedCodes_data();
    void keepsLoincOnlyForLoincShapedCodes();
    void namesPatientRecord();
};

void tst_ResourceSummary::summarizesRecords_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("criticality");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("reaction");
    QTest::addColumn<QString>("valueText");
    QTest::addColumn<bool>("noKnownAllergy");
    QTest::addColumn<bool>("implanted");

    const auto file = [](const char* name) { return fixture(QString::fromLatin1(name)); };
    const QString none;

    QTest::newRow("AllergyIntolerance-nka.json") << file("AllergyIntolerance-nka.json") << "AllergyIntolerance"
                                                 << "NKA"
                                                 << "716186003"
                                                 << "active" << none << none << none << none << true << false;
    QTest::newRow("AllergyIntolerance-example.json") << file("AllergyIntolerance-example.json") << "AllergyIntolerance"
                                                     << "Cashew nuts"
                                                     << "227493005"
                                                     << "active"
                                                     << "high"
                                                     << "food"
                                                     << "Anaphylactic reaction" << none << false << false;
    QTest::newRow("Condition-example.json")
        << file("Condition-example.json") << "Condition"
        << "Burnt Ear"
        << "39065001"
        << "active" << none << "encounter-diagnosis" << none << none << false << false;
    QTest::newRow("Encounter-example.json")
        << file("Encounter-example.json") << "Encounter"
        << "inpatient encounter" << none << "in-progress" << none << "IMP" << none << none << false << false;
    QTest::newRow("Immunization-example.json") << file("Immunization-example.json") << "Immunization"
                                               << "Fluvax (Influenza)"
                                               << "FLUVAX"
                                               << "completed" << none << none << none << none << false << false;
    QTest::newRow("MedicationStatement-example001.json (contained Medication)")
        << file("MedicationStatement-example001.json") << "MedicationStatement"
        << "Tylenol PM"
        << "50580-506-02"
        << "active" << none << "inpatient" << none << "1-2 tablets once daily at bedtime as needed for restless legs"
        << false << false;
    QTest::newRow("Observation-heart-rate.json")
        << file("Observation-heart-rate.json") << "Observation"
        << "Heart rate"
        << "8867-4"
        << "final" << none << "vital-signs" << none << "44 beats/minute" << false << false;
    QTest::newRow("Observation-vitals-panel.json")
        << file("Observation-vitals-panel.json") << "Observation"
        << "Vital signs Panel"
        << "85353-1"
        << "final" << none << "vital-signs" << none << none << false << false;
    QTest::newRow("vitals panel with blood pressure components")
        << compact(bloodPressure()) << "Observation"
        << "Blood pressure"
        << "85354-9"
        << "final" << none << "vital-signs" << none << "120/80 mmHg" << false << false;

    QTest::newRow("condition resolved") << compact(condition("resolved", "confirmed")) << "Condition"
                                        << "Burnt Ear"
                                        << "39065001"
                                        << "resolved" << none << "encounter-diagnosis" << none << none << false
                                        << false;
    QTest::newRow("condition in remission")
        << compact(condition("remission", "confirmed")) << "Condition"
        << "Burnt Ear"
        << "39065001"
        << "remission" << none << "encounter-diagnosis" << none << none << false << false;
    QTest::newRow("condition relapse reads active")
        << compact(condition("relapse", "confirmed")) << "Condition"
        << "Burnt Ear"
        << "39065001"
        << "active" << none << "encounter-diagnosis" << none << none << false << false;
    QTest::newRow("condition entered in error")
        << compact(condition("active", "entered-in-error")) << "Condition"
        << "Burnt Ear"
        << "39065001"
        << "entered-in-error" << none << "encounter-diagnosis" << none << none << false << false;
    QTest::newRow("condition refuted") << compact(condition("active", "refuted")) << "Condition"
                                       << "Burnt Ear"
                                       << "39065001"
                                       << "refuted" << none << "encounter-diagnosis" << none << none << false << false;

    const auto nka = [](const char* system, const char* code, const char* display) {
        return concept1(coding(system, code, display));
    };
    QTest::newRow("no known drug allergy")
        << compact(allergy(nka(kSnomed, "409137002", "No known drug allergy"), "active", "confirmed"))
        << "AllergyIntolerance"
        << "No known drug allergy"
        << "409137002"
        << "active" << none << "medication" << none << none << true << false;
    QTest::newRow("no known food allergy")
        << compact(allergy(nka(kSnomed, "429625007", "No known food allergy"), "active")) << "AllergyIntolerance"
        << "No known food allergy"
        << "429625007"
        << "active" << none << "food" << none << none << true << false;
    QTest::newRow("no known environmental allergy")
        << compact(allergy(nka(kSnomed, "428607008", "No known environmental allergy"), "active"))
        << "AllergyIntolerance"
        << "No known environmental allergy"
        << "428607008"
        << "active" << none << "environment" << none << none << true << false;
    QTest::newRow("no known allergy entered in error")
        << compact(allergy(nka(kSnomed, "716186003", "No known allergy"), "active", "entered-in-error"))
        << "AllergyIntolerance"
        << "No known allergy"
        << "716186003"
        << "entered-in-error" << none << none << none << none << false << false;
    QTest::newRow("no known allergy no longer holds")
        << compact(allergy(nka(kSnomed, "716186003", "No known allergy"), "inactive")) << "AllergyIntolerance"
        << "No known allergy"
        << "716186003"
        << "inactive" << none << none << none << none << false << false;
    QTest::newRow("NKA code from another system is not trusted")
        << compact(allergy(nka("http://example.org/codes", "716186003", "Peanut"), "active")) << "AllergyIntolerance"
        << "Peanut"
        << "716186003"
        << "active" << none << none << none << none << false << false;
    QTest::newRow("IPS no-known-allergies")
        << compact(allergy(nka(kIpsAbsent, "no-known-allergies", "No known allergies"), "active"))
        << "AllergyIntolerance"
        << "No known allergies"
        << "no-known-allergies"
        << "active" << none << none << none << none << true << false;
    QTest::newRow("IPS no-allergy-info means unknown, not none")
        << compact(allergy(nka(kIpsAbsent, "no-allergy-info", "No information about allergies"), "active"))
        << "AllergyIntolerance"
        << "No information about allergies"
        << "no-allergy-info"
        << "unknown" << none << none << none << none << false << false;

    QJsonObject request {{QStringLiteral("resourceType"), QStringLiteral("MedicationRequest")},
        {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("medicationCodeableConcept"),
            concept1(coding("http://www.nlm.nih.gov/research/umls/rxnorm", "197361", "Amlodipine 5 MG"))},
        {QStringLiteral("authoredOn"), QStringLiteral("2020-01-02")},
        {QStringLiteral("dosageInstruction"),
            QJsonArray {QJsonObject {{QStringLiteral("text"), QStringLiteral("5 mg once daily")}}}}};
    QTest::newRow("MedicationRequest") << compact(request) << "MedicationRequest"
                                       << "Amlodipine 5 MG"
                                       << "197361"
                                       << "active" << none << none << none << "5 mg once daily" << false << false;

    QJsonObject statement = request;
    statement.insert(QStringLiteral("resourceType"), QStringLiteral("MedicationStatement"));
    statement.remove(QStringLiteral("medicationCodeableConcept"));
    statement.remove(QStringLiteral("dosageInstruction"));
    statement.insert(QStringLiteral("medicationReference"),
        QJsonObject {{QStringLiteral("reference"), QStringLiteral("Medication/elsewhere")},
            {QStringLiteral("display"), QStringLiteral("Warfarin 5 mg")}});
    QTest::newRow("MedicationStatement by reference display")
        << compact(statement) << "MedicationStatement"
        << "Warfarin 5 mg" << none << "active" << none << none << none << none << false << false;

    QJsonObject device {{QStringLiteral("resourceType"), QStringLiteral("Device")},
        {QStringLiteral("meta"),
            QJsonObject {{QStringLiteral("profile"),
                QJsonArray {
                    QStringLiteral("http://hl7.org/fhir/us/core/StructureDefinition/us-core-implantable-device")}}}},
        {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("type"), concept1(coding(kSnomed, "72506001", "Implantable defibrillator"))}};
    QTest::newRow("implantable Device") << compact(device) << "Device"
                                        << "Implantable defibrillator"
                                        << "72506001"
                                        << "active" << none << none << none << none << false << true;

    QJsonObject pacemaker {{QStringLiteral("resourceType"), QStringLiteral("Device")},
        {QStringLiteral("id"), QStringLiteral("pm")},
        {QStringLiteral("deviceName"),
            QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("Cardiac pacemaker")},
                {QStringLiteral("type"), QStringLiteral("user-friendly-name")}}}}};
    QJsonObject use {{QStringLiteral("resourceType"), QStringLiteral("DeviceUseStatement")},
        {QStringLiteral("status"), QStringLiteral("active")}, {QStringLiteral("contained"), QJsonArray {pacemaker}},
        {QStringLiteral("device"), QJsonObject {{QStringLiteral("reference"), QStringLiteral("#pm")}}},
        {QStringLiteral("timingDateTime"), QStringLiteral("2019-05-01")}};
    QTest::newRow("DeviceUseStatement with contained pacemaker")
        << compact(use) << "DeviceUseStatement"
        << "Cardiac pacemaker" << none << "active" << none << none << none << none << false << true;

    QJsonObject consent {{QStringLiteral("resourceType"), QStringLiteral("Consent")},
        {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("scope"),
            concept1(coding("http://terminology.hl7.org/CodeSystem/consentscope", "patient-privacy"))},
        {QStringLiteral("category"), QJsonArray {concept1(coding(kLoinc, "59284-0", "Patient Consent"))}},
        {QStringLiteral("provision"), QJsonObject {{QStringLiteral("type"), QStringLiteral("deny")}}}};
    QTest::newRow("Consent") << compact(consent) << "Consent"
                             << "Patient Consent"
                             << "59284-0"
                             << "active" << none << "patient-privacy" << none << "deny" << false << false;

    QJsonObject flag {{QStringLiteral("resourceType"), QStringLiteral("Flag")},
        {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("code"), QJsonObject {{QStringLiteral("text"), QStringLiteral("Risk of falls")}}}};
    QTest::newRow("Flag") << compact(flag) << "Flag"
                          << "Risk of falls" << none << "active" << none << none << none << none << false << false;

    QJsonObject carePlan {{QStringLiteral("resourceType"), QStringLiteral("CarePlan")},
        {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("title"), QStringLiteral("Diabetes management")},
        {QStringLiteral("category"),
            QJsonArray {concept1(coding(kSnomed, "698360004", "Diabetes self management plan"))}}};
    QTest::newRow("CarePlan") << compact(carePlan) << "CarePlan"
                              << "Diabetes management"
                              << "698360004"
                              << "active" << none << "698360004" << none << none << false << false;

    QJsonObject goal {{QStringLiteral("resourceType"), QStringLiteral("Goal")},
        {QStringLiteral("text"),
            QJsonObject {{QStringLiteral("status"), QStringLiteral("generated")},
                {QStringLiteral("div"),
                    QStringLiteral("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Lose&#39;n <b>5 kg</b></p>"
                                   "<p>by &amp; June</p></div>")}}}};
    QTest::newRow("other type: narrative")
        << compact(goal) << "Goal"
        << "Lose'n 5 kg by & June" << none << none << none << none << none << none << false << false;

    QJsonObject basic {{QStringLiteral("resourceType"), QStringLiteral("Basic")},
        {QStringLiteral("code"), concept1(coding("http://example.org", "x1", "Referral note"))}};
    QTest::newRow("other type: code display") << compact(basic) << "Basic"
                                              << "Referral note"
                                              << "x1" << none << none << none << none << none << false << false;

    QTest::newRow("valueString") << compact(observation(concept1(coding(kLoinc, "8302-2"), "Height"), "valueString",
        QStringLiteral("tall"))) << "Observation"
                                 << "Height"
                                 << "8302-2"
                                 << "final" << none << none << none << "tall" << false << false;
    QTest::newRow("valueCodeableConcept") << compact(observation(concept1(coding(kLoinc, "945-6", "C Ab")),
        "valueCodeableConcept", concept1(coding(kSnomed, "10828004", "Positive"))))
                                          << "Observation"
                                          << "C Ab"
                                          << "945-6"
                                          << "final" << none << none << none << "Positive" << false << false;
    QTest::newRow("blood group result reads A+")
        << compact(observation(concept1(coding(kLoinc, "882-1", "ABO and Rh group")), "valueCodeableConcept",
               concept1(coding(kSnomed, "278149003", "Blood group A Rh(D) positive"))))
        << "Observation"
        << "ABO and Rh group"
        << "882-1"
        << "final" << none << none << none << "A+" << false << false;
}

void tst_ResourceSummary::summarizesRecords()
{
    QFETCH(QByteArray, json);
    const auto summary = summarizeResource(json);
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error()));
    QTEST(summary->resourceType, "type");
    QTEST(summary->display, "display");
    QTEST(summary->code, "code");
    QTEST(summary->status, "status");
    QTEST(summary->criticality, "criticality");
    QTEST(summary->category, "category");
    QFETCH(QString, reaction);
    QVERIFY2(summary->reaction.contains(reaction), qPrintable(summary->reaction));
    QTEST(summary->valueText, "valueText");
    QTEST(summary->noKnownAllergy, "noKnownAllergy");
    QTEST(summary->implantedDevice, "implanted");
}

void tst_ResourceSummary::readsEffectiveTimeInUtc_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QDateTime>("effective");
    QTest::addColumn<bool>("hasValue");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");

    QTest::newRow("year only") << fixture(QStringLiteral("AllergyIntolerance-example.json"))
                               << utc("2004-01-01T00:00:00Z") << false << 0.0 << QString();
    QTest::newRow("date") << fixture(QStringLiteral("Observation-heart-rate.json")) << utc("1999-07-02T00:00:00Z")
                          << true << 44.0 << QStringLiteral("beats/minute");
    QTest::newRow("offset") << fixture(QStringLiteral("AllergyIntolerance-nka.json")) << utc("2015-08-06T21:37:31Z")
                            << false << 0.0 << QString();
    QTest::newRow("none") << fixture(QStringLiteral("Encounter-example.json")) << QDateTime() << false << 0.0
                          << QString();
}

void tst_ResourceSummary::readsEffectiveTimeInUtc()
{
    QFETCH(QByteArray, json);
    QFETCH(QDateTime, effective);
    QFETCH(bool, hasValue);
    const auto summary = summarizeResource(json);
    QVERIFY(summary.ok());
    QCOMPARE(summary->effective.isValid(), effective.isValid());
    if (effective.isValid()) {
        QCOMPARE(summary->effective, effective);
        QCOMPARE(summary->effective.timeSpec(), Qt::UTC);
    }
    QCOMPARE(summary->value.has_value(), hasValue);
    if (hasValue)
        QTEST(*summary->value, "value");
    QTEST(summary->unit, "unit");
}

void tst_ResourceSummary::refusesMalformedInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << fixture(QStringLiteral("Condition-example.json")).left(200);
    QTest::newRow("array") << QByteArray("[{\"resourceType\":\"Condition\"}]");
    QTest::newRow("no resourceType") << QByteArray("{\"id\":\"x\"}");
    QTest::newRow("not UTF-8") << QByteArray("{\"resourceType\":\"Condition\",\"id\":\"\xff\xfe\"}");
}

void tst_ResourceSummary::refusesMalformedInput()
{
    QFETCH(QByteArray, json);
    const auto summary = summarizeResource(json);
    QVERIFY(!summary.ok());
    QVERIFY(!summary.error().isEmpty());
}

void tst_ResourceSummary::summarizesPatient()
{
    const auto patient = summarizePatient(fixture(QStringLiteral("Patient-example.json")));
    QVERIFY2(patient.ok(), patient.ok() ? "" : qPrintable(patient.error()));
    QCOMPARE(patient->family, QStringLiteral("Chalmers"));
    QCOMPARE(patient->given, (QStringList {QStringLiteral("Peter"), QStringLiteral("James")}));
    QCOMPARE(patient->displayName, QStringLiteral("Peter James Chalmers"));
    QCOMPARE(patient->birthDate, QDate(1974, 12, 25));
    QCOMPARE(patient->sex, QStringLiteral("male"));
    // The number marked "old" is left out.
    QCOMPARE(patient->phones, (QStringList {QStringLiteral("(03) 5555 6473"), QStringLiteral("(03) 3410 5613")}));
    QCOMPARE(patient->identifiers, QStringList {QStringLiteral("urn:oid:1.2.36.146.595.217.0.1|12345")});
    QCOMPARE(patient->address, QStringLiteral("534 Erewhon St PeasantVille, Rainbow, Vic  3999"));
    QVERIFY(patient->bloodGroup.isEmpty());
    QCOMPARE(patient->contacts.size(), 1);
    QCOMPARE(patient->contacts.first().name, QStringLiteral("B\u00e9n\u00e9dicte du March\u00e9"));
    QCOMPARE(patient->contacts.first().relationship, QStringLiteral("Next-of-Kin"));
    QCOMPARE(patient->contacts.first().phone, QStringLiteral("+33 (237) 998327"));
    QVERIFY(!patient->deceased);
}

void tst_ResourceSummary::readsBloodGroupExtension()
{
    QJsonObject patient = fixtureObject(QStringLiteral("Patient-example.json"));
    QJsonArray extensions;
    extensions.append(QJsonObject {{QStringLiteral("url"), QString::fromLatin1(kBloodGroupExtensionUrl)},
        {QStringLiteral("valueCodeableConcept"),
            concept1(coding(kSnomed, "278148006", "Blood group O Rh(D) negative"))}});
    patient.insert(QStringLiteral("extension"), extensions);
    patient.insert(QStringLiteral("deceasedDateTime"), QStringLiteral("2020-01-01"));
    patient.remove(QStringLiteral("deceasedBoolean"));
    auto summary = summarizePatient(compact(patient));
    QVERIFY(summary.ok());
    QCOMPARE(summary->bloodGroup, QStringLiteral("O-"));
    QVERIFY(summary->deceased);

    patient.insert(QStringLiteral("extension"),
        QJsonArray {QJsonObject {{QStringLiteral("url"), QStringLiteral("http://example.org/fhir/bloodType")},
            {QStringLiteral("valueString"), QStringLiteral("AB pos")}}});
    summary = summarizePatient(compact(patient));
    QVERIFY(summary.ok());
    QCOMPARE(summary->bloodGroup, QStringLiteral("AB+"));
}

void tst_ResourceSummary::refusesNonPatient_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("Condition") << fixture(QStringLiteral("Condition-example.json"));
    QTest::newRow("truncated Patient") << fixture(QStringLiteral("Patient-example.json")).left(100);
    QTest::newRow("string") << QByteArray("\"Patient\"");
}

void tst_ResourceSummary::refusesNonPatient()
{
    QFETCH(QByteArray, json);
    QVERIFY(!summarizePatient(json).ok());
}

void tst_ResourceSummary::readsBloodGroupObservations_data()
{
    QTest::addColumn<QJsonObject>("observation");
    QTest::addColumn<QString>("group");

    const QJsonObject aboRh = concept1(coding(kLoinc, "882-1", "ABO and Rh group [Type] in Blood"));
    const QJsonObject abo = concept1(coding(kLoinc, "883-9", "ABO group [Type] in Blood"));
    const QJsonObject rh = concept1(coding(kLoinc, "10331-7", "Rh [Type] in Blood"));
    const auto cc = [](const char* system, const char* code, const char* display) {
        return QJsonValue(concept1(coding(system, code, display)));
    };

    // The IPS example's own result, as it arrives.
    const QJsonArray ips = QJsonDocument::fromJson(fixture(QStringLiteral("Bundle-IPS-examples-Bundle-01.json")))
                               .object()
                               .value(QStringLiteral("entry"))
                               .toArray();
    QJsonObject ipsResult;
    for (const auto& e : ips) {
        const QJsonObject r = e.toObject().value(QStringLiteral("resource")).toObject();
        if (r.value(QStringLiteral("id")).toString() == QLatin1String("aa11a2be-3e36-4be7-b58a-6fc3dace2741"))
            ipsResult = r;
    }
    QVERIFY(!ipsResult.isEmpty());
    QTest::newRow("IPS example") << ipsResult << QStringLiteral("A+");
    QTest::newRow("SNOMED O neg") << observation(aboRh, "valueCodeableConcept", cc(kSnomed, "278148006", "x"))
                                  << QStringLiteral("O-");
    QTest::newRow("SNOMED AB pos") << observation(aboRh, "valueCodeableConcept", cc(kSnomed, "278151004", "x"))
                                   << QStringLiteral("AB+");
    QTest::newRow("text only") << observation(aboRh, "valueString", QStringLiteral("Group B neg"))
                               << QStringLiteral("B-");
    QTest::newRow("ABO only") << observation(
        abo, "valueCodeableConcept", cc("http://loinc.org", "LA19709-7", "Group B"))
                              << QStringLiteral("B");
    QTest::newRow("Rh only") << observation(rh, "valueCodeableConcept", cc("http://loinc.org", "LA6576-8", "Positive"))
                             << QStringLiteral("Rh+");
    QJsonObject panel = observation(aboRh, nullptr, {});
    panel.insert(QStringLiteral("component"),
        QJsonArray {QJsonObject {{QStringLiteral("code"), abo},
                        {QStringLiteral("valueCodeableConcept"), cc(kSnomed, "112144000", "Blood group A")}},
            QJsonObject {{QStringLiteral("code"), rh},
                {QStringLiteral("valueCodeableConcept"), cc(kSnomed, "165746003", "RhD negative")}}});
    QTest::newRow("components") << panel << QStringLiteral("A-");
    QJsonObject wrong = observation(aboRh, "valueCodeableConcept", cc(kSnomed, "278149003", "x"));
    wrong.insert(QStringLiteral("status"), QStringLiteral("entered-in-error"));
    QTest::newRow("entered in error") << wrong << QString();
    QTest::newRow("not a blood group") << fixtureObject(QStringLiteral("Observation-heart-rate.json")) << QString();
    QTest::newRow("ambiguous text kept as written")
        << observation(aboRh, "valueString", QStringLiteral("A2B weak")) << QStringLiteral("A2B weak");
}

void tst_ResourceSummary::readsBloodGroupObservations()
{
    QFETCH(QJsonObject, observation);
    QTEST(bloodGroupFromObservation(observation), "group");
}

void tst_ResourceSummary::keepsLoincOnlyForLoincShapedCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("system");
    QTest::newRow("LOINC") << QStringLiteral("8867-4") << QStringLiteral("http://loinc.org");
    QTest::newRow("LOINC answer") << QStringLiteral("LA6576-8") << QStringLiteral("http://loinc.org");
    // Synthea's CIEL concept ids arrive labelled as LOINC.
    QTest::newRow("CIEL id labelled LOINC") << QStringLiteral("5089AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA") << QString();
}

void tst_ResourceSummary::keepsLoincOnlyForLoincShapedCodes()
{
    QFETCH(QString, code);
    QJsonObject o = fixtureObject(QStringLiteral("Observation-heart-rate.json"));
    o.insert(QStringLiteral("code"),
        QJsonObject {{QStringLiteral("coding"),
            QJsonArray {QJsonObject {{QStringLiteral("system"), QStringLiteral("http://loinc.org")},
                {QStringLiteral("code"), code}, {QStringLiteral("display"), QStringLiteral("Weight")}}}}});
    const auto summary = summarizeResource(compact(o));
    QVERIFY(summary.ok());
    QCOMPARE(summary->code, code);
    QTEST(summary->codeSystem, "system");
    QCOMPARE(summary->display, QStringLiteral("Weight"));
}

void tst_ResourceSummary::namesPatientRecord()
{
    const auto summary = summarizeResource(fixture(QStringLiteral("Patient-example.json")));
    QVERIFY(summary.ok());
    QCOMPARE(summary->resourceType, QStringLiteral("Patient"));
    QCOMPARE(summary->display, QStringLiteral("Peter James Chalmers"));
}

QTEST_GUILESS_MAIN(tst_ResourceSummary)
#include "tst_ResourceSummary.moc"
