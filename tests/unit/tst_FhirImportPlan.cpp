#include "app/fhir/FhirImportPlan.h"

#include "crypto/Hex.h"
#include "crypto/Sha256.h"
#include "ledger/projection/ResourceSummary.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <functional>

using namespace medilock;
using namespace medilock::app::fhir;
using ledger::EntryKind;

namespace {

QString dataDir(const char* folder)
{
    return QString::fromUtf8(MEDILOCK_TEST_DATA) + QStringLiteral("/fhir/") + QString::fromLatin1(folder);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(path));
    return file.readAll();
}

QByteArray example(const char* name)
{
    return readFile(dataDir("fhir-examples") + QLatin1Char('/') + QString::fromLatin1(name));
}

QJsonObject exampleObject(const char* name)
{
    return QJsonDocument::fromJson(example(name)).object();
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

const QByteArray& clinicKey()
{
    static const QByteArray key
        = QByteArray::fromHex("8a88e3dd7409f195fd52db2d3cba5d72ca6709bf1d94121bf3748801b40f6f5c");
    return key;
}

QJsonObject ref(const QString& reference)
{
    return {{QStringLiteral("reference"), reference}};
}

QJsonObject entry(const QString& fullUrl, const QJsonObject& resource)
{
    QJsonObject e {{QStringLiteral("resource"), resource}};
    if (!fullUrl.isEmpty())
        e.insert(QStringLiteral("fullUrl"), fullUrl);
    return e;
}

QByteArray bundle(const QJsonArray& entries, const char* type = "collection")
{
    return compact({{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
        {QStringLiteral("type"), QString::fromLatin1(type)}, {QStringLiteral("entry"), entries}});
}

QJsonObject resource(const char* type, const char* id = nullptr)
{
    QJsonObject r {{QStringLiteral("resourceType"), QString::fromLatin1(type)}};
    if (id)
        r.insert(QStringLiteral("id"), QString::fromLatin1(id));
    return r;
}

// What the planner should do, worked out here from the JSON by the rule the design states:
// a resource is a patient's record when its subject/patient/beneficiary names a Patient
// entry of the file (Patients are their own records); everything else is skipped.
struct Expected
{
    QMap<QString, int> imported;
    QMap<QString, int> skipped;
    int unresolved = 0;
};

void countReferences(
    const QJsonValue& v, const QSet<QString>& fullUrls, const QSet<QString>& containedIds, int& unresolved)
{
    if (v.isArray()) {
        for (const auto& item : v.toArray())
            countReferences(item, fullUrls, containedIds, unresolved);
        return;
    }
    const QJsonObject o = v.toObject();
    for (const auto& child : o)
        countReferences(child, fullUrls, containedIds, unresolved);
    const QString reference = o.value(QStringLiteral("reference")).toString();
    if (reference.isEmpty())
        return;
    const bool resolves = reference.startsWith(QLatin1Char('#')) ? containedIds.contains(reference.mid(1))
                                                                 : fullUrls.contains(reference);
    if (!resolves)
        ++unresolved;
}

Expected expectedFor(const QByteArray& bundleBytes)
{
    const QJsonArray entries = QJsonDocument::fromJson(bundleBytes).object().value(QStringLiteral("entry")).toArray();
    QSet<QString> patients;
    QSet<QString> fullUrls;
    for (const auto& e : entries) {
        const QString url = e.toObject().value(QStringLiteral("fullUrl")).toString();
        fullUrls.insert(url);
        if (e.toObject().value(QStringLiteral("resource")).toObject().value(QStringLiteral("resourceType"))
            == QStringLiteral("Patient"))
            patients.insert(url);
    }
    Expected out;
    for (const auto& e : entries) {
        const QJsonObject r = e.toObject().value(QStringLiteral("resource")).toObject();
        const QString type = r.value(QStringLiteral("resourceType")).toString();
        bool owned = type == QLatin1String("Patient");
        for (const char* element : {"subject", "patient", "beneficiary"})
            owned = owned
                || patients.contains(
                    r.value(QLatin1String(element)).toObject().value(QStringLiteral("reference")).toString());
        if (!owned) {
            ++out.skipped[type];
            continue;
        }
        ++out.imported[type];
        QSet<QString> containedIds;
        for (const auto& c : r.value(QStringLiteral("contained")).toArray())
            containedIds.insert(c.toObject().value(QStringLiteral("id")).toString());
        countReferences(r, fullUrls, containedIds, out.unresolved);
    }
    return out;
}

QString patientRef(const ledger::Id128& id)
{
    return QStringLiteral("Patient/") + crypto::toHex(ledger::toBytes(id));
}

ledger::Id128 sha16(const QList<QByteArray>& parts)
{
    crypto::Sha256 sha;
    for (const QByteArray& part : parts)
        sha.update(part);
    const crypto::Digest d = sha.final();
    ledger::Id128 id {};
    std::copy_n(d.begin(), id.size(), id.begin());
    return id;
}

QJsonObject payloadOf(const ledger::EntryDraft& draft)
{
    return QJsonDocument::fromJson(draft.payload).object();
}

const ledger::EntryDraft* draftWithId(const ImportPlan& plan, const QString& resourceId)
{
    for (const ledger::EntryDraft& d : plan.drafts)
        if (payloadOf(d).value(QStringLiteral("id")).toString() == resourceId)
            return &d;
    return nullptr;
}

ledger::ResourceSummary summaryOf(const ledger::EntryDraft& draft)
{
    auto s = ledger::summarizeResource(draft.payload);
    return s ? std::move(s).value() : ledger::ResourceSummary {};
}

} // namespace

class tst_FhirImportPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsSynthea_data();
    void importsSynthea();
    void planIsDeterministic_data();
    void planIsDeterministic();
    void importsIpsDocuments_data();
    void importsIpsDocuments();
    void recognisesResolvedCondition();
    void importsSingleResources_data();
    void importsSingleResources();
    void resolvesReferenceForms();
    void refusesMalformedFiles_data();
    void refusesMalformedFiles();
    void refusesHugeStringQuickly();
    void mapsResourceTypesToKinds_data();
    void mapsResourceTypesToKinds();
};

void tst_FhirImportPlan::importsSynthea_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(dataDir("synthea"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 6);
    for (const QString& f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void tst_FhirImportPlan::importsSynthea()
{
    QFETCH(QString, path);
    const QByteArray bytes = readFile(path);
    const auto plan = planImport(bytes, QFileInfo(path).fileName(), clinicKey());
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error()));

    const Expected expected = expectedFor(bytes);
    QCOMPARE(plan->imported, expected.imported);
    QCOMPARE(plan->skipped, expected.skipped);
    QCOMPARE(plan->unresolvedReferences, expected.unresolved);
    QVERIFY(plan->unresolvedReferences > 0); // conditional Practitioner/Organization/Location references
    QVERIFY(plan->skipped.contains(QStringLiteral("Provenance")));

    int total = 0;
    for (const int n : plan->imported)
        total += n;
    QCOMPARE(int(plan->drafts.size()), total);

    // One patient, registered first, with the id the design derives from its first identifier.
    const QJsonObject patient = QJsonDocument::fromJson(bytes)
                                    .object()
                                    .value(QStringLiteral("entry"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("resource"))
                                    .toObject();
    const QJsonObject identifier = patient.value(QStringLiteral("identifier")).toArray().first().toObject();
    const QString identity = identifier.value(QStringLiteral("system")).toString() + QLatin1Char('|')
        + identifier.value(QStringLiteral("value")).toString();
    const ledger::Id128 patientId
        = sha16({QByteArrayLiteral("medilock/fhir/patient/v1"), clinicKey(), identity.toUtf8()});
    QCOMPARE(plan->patientKeys, QList<QByteArray> {ledger::toBytes(patientId)});
    QCOMPARE(plan->drafts.front().kind, EntryKind::PatientRegistered);

    const QString patientUuid = patient.value(QStringLiteral("id")).toString();
    for (const ledger::EntryDraft& d : plan->drafts) {
        QCOMPARE(d.patientId, patientId);
        QVERIFY(!d.payload.contains('\n'));
        QVERIFY(d.payload.size() <= qsizetype(ledger::kMaxPayloadBytes));
        const QJsonObject r = payloadOf(d);
        const QString type = r.value(QStringLiteral("resourceType")).toString();
        QCOMPARE(d.kind, entryKindForResource(type));
        const QByteArray resourceId = r.value(QStringLiteral("id")).toString().toUtf8();
        QCOMPARE(d.entryId,
            sha16({QByteArrayLiteral("medilock/fhir/entry/v1"), clinicKey(), ledger::toBytes(patientId), type.toUtf8(),
                resourceId}));
        if (type != QLatin1String("Patient")) {
            // The patient is named by its ledger id; its bundle-local urn is gone.
            QVERIFY2(!d.payload.contains((QStringLiteral("urn:uuid:") + patientUuid).toUtf8()),
                d.payload.left(200).constData());
            QVERIFY(d.payload.contains(patientRef(patientId).toUtf8()));
        }
    }
    // Kinds follow the design's mapping for what Synthea holds.
    QSet<int> kinds;
    for (const ledger::EntryDraft& d : plan->drafts)
        kinds.insert(static_cast<int>(d.kind));
    for (const EntryKind kind : {EntryKind::Encounter, EntryKind::Document, EntryKind::Observation,
             EntryKind::Immunization, EntryKind::OtherResource /* Claim, ExplanationOfBenefit */})
        QVERIFY(kinds.contains(static_cast<int>(kind)));
}

void tst_FhirImportPlan::planIsDeterministic_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("synthea") << dataDir("synthea")
            + QStringLiteral("/Jeremiah751_Dach178_9785afad-19cc-02f6-de65-b2de2618c9ac.json");
    QTest::newRow("ips") << dataDir("fhir-examples") + QStringLiteral("/Bundle-IPS-examples-Bundle-01.json");
}

void tst_FhirImportPlan::planIsDeterministic()
{
    QFETCH(QString, path);
    const QByteArray bytes = readFile(path);
    const auto first = planImport(bytes, QStringLiteral("a.json"), clinicKey());
    const auto second = planImport(bytes, QStringLiteral("a.json"), clinicKey());
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(first->drafts.size(), second->drafts.size());
    QSet<QByteArray> ids;
    for (std::size_t i = 0; i < first->drafts.size(); ++i) {
        const ledger::EntryDraft& a = first->drafts[i];
        const ledger::EntryDraft& b = second->drafts[i];
        QCOMPARE(a.kind, b.kind);
        QCOMPARE(a.patientId, b.patientId);
        QCOMPARE(a.entryId, b.entryId);
        QCOMPARE(a.payload, b.payload);
        QVERIFY(a.entryId != ledger::kZeroId);
        ids.insert(ledger::toBytes(a.entryId));
    }
    QCOMPARE(ids.size(), qsizetype(first->drafts.size())); // no two drafts share an id
    QCOMPARE(first->imported, second->imported);
    QCOMPARE(first->unresolvedReferences, second->unresolvedReferences);

    // Another clinic's namespace gives other ids for the same content.
    const auto other = planImport(bytes, QStringLiteral("a.json"), QByteArray(32, '\x01'));
    QVERIFY(other.ok());
    QVERIFY(other->drafts.front().entryId != first->drafts.front().entryId);
    QVERIFY(other->drafts.front().patientId != first->drafts.front().patientId);
    QCOMPARE(other->drafts.back().payload.size(), first->drafts.back().payload.size());
}

void tst_FhirImportPlan::importsIpsDocuments_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("allergies");
    QTest::addColumn<int>("conditions");
    QTest::addColumn<int>("medications");
    QTest::newRow("Bundle-IPS-examples-Bundle-01.json")
        << QStringLiteral("Bundle-IPS-examples-Bundle-01.json") << 2 << 2 << 2;
    QTest::newRow("Bundle-bundle-minimal.json") << QStringLiteral("Bundle-bundle-minimal.json") << 1 << 1 << 1;
}

void tst_FhirImportPlan::importsIpsDocuments()
{
    QFETCH(QString, file);
    const QByteArray bytes = readFile(dataDir("fhir-examples") + QLatin1Char('/') + file);
    const auto plan = planImport(bytes, file, clinicKey());
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error()));
    const Expected expected = expectedFor(bytes);
    QCOMPARE(plan->imported, expected.imported);
    QCOMPARE(plan->skipped, expected.skipped);
    QFETCH(int, allergies);
    QFETCH(int, conditions);
    QFETCH(int, medications);
    QCOMPARE(plan->imported.value(QStringLiteral("AllergyIntolerance")), allergies);
    QCOMPARE(plan->imported.value(QStringLiteral("Condition")), conditions);
    QCOMPARE(plan->imported.value(QStringLiteral("MedicationStatement")), medications);
    QCOMPARE(plan->imported.value(QStringLiteral("Composition")), 1);
    QVERIFY(plan->skipped.value(QStringLiteral("Medication")) > 0);
    QCOMPARE(plan->patientKeys.size(), 1);

    bool sawPenicillin = false;
    bool sawAnastrozole = false;
    bool sawActiveCondition = false;
    for (const ledger::EntryDraft& d : plan->drafts) {
        const ledger::ResourceSummary s = summaryOf(d);
        if (d.kind == EntryKind::PatientRegistered) {
            const auto p = ledger::summarizePatient(d.payload);
            QVERIFY(p.ok());
            QCOMPARE(p->family, QStringLiteral("DeLarosa"));
            QCOMPARE(p->birthDate, QDate(1972, 5, 1));
            QCOMPARE(p->contacts.size(), 1);
            QCOMPARE(p->contacts.first().relationship, QStringLiteral("mother")); // v3 RoleCode MTH
        } else if (d.kind == EntryKind::Allergy && s.code == QLatin1String("764146007")) {
            sawPenicillin = true;
            QCOMPARE(s.criticality, QStringLiteral("high"));
            QCOMPARE(s.status, QStringLiteral("active"));
            QCOMPARE(s.category, QStringLiteral("medication"));
            QVERIFY(!s.noKnownAllergy);
        } else if (d.kind == EntryKind::Allergy) {
            QCOMPARE(s.code, QStringLiteral("429625007")); // no known food allergy
            QVERIFY(s.noKnownAllergy);
            QCOMPARE(s.category, QStringLiteral("food"));
        } else if (d.kind == EntryKind::Condition && s.code == QLatin1String("198436008")) {
            sawActiveCondition = true;
            QCOMPARE(s.status, QStringLiteral("active"));
            QCOMPARE(s.display, QStringLiteral("Menopausal flushing (finding)"));
        } else if (d.kind == EntryKind::Condition) {
            QCOMPARE(s.code, QStringLiteral("254837009"));
            QCOMPARE(s.status, QStringLiteral("remission"));
        } else if (d.kind == EntryKind::Medication) {
            // The Medication entry travels inside the statement, so the drug keeps its name.
            const QJsonObject r = payloadOf(d);
            QCOMPARE(r.value(QStringLiteral("contained")).toArray().size(), 1);
            QVERIFY(r.value(QStringLiteral("medicationReference"))
                        .toObject()
                        .value(QStringLiteral("reference"))
                        .toString()
                        .startsWith(QLatin1Char('#')));
            QCOMPARE(s.status, QStringLiteral("active"));
            QVERIFY(!s.display.isEmpty());
            if (s.code == QLatin1String("108774000")) {
                sawAnastrozole = true;
                QCOMPARE(s.display, QStringLiteral("Product containing anastrozole (medicinal product)"));
            }
        } else if (d.kind == EntryKind::Observation && s.code == QLatin1String("882-1")) {
            QCOMPARE(s.valueText, QStringLiteral("A+"));
        } else if (d.kind == EntryKind::OtherResource) {
            QCOMPARE(s.resourceType, QStringLiteral("Composition"));
            QCOMPARE(
                payloadOf(d).value(QStringLiteral("subject")).toObject().value(QStringLiteral("reference")).toString(),
                patientRef(d.patientId));
        }
    }
    QVERIFY(sawPenicillin);
    QVERIFY(sawAnastrozole);
    QVERIFY(sawActiveCondition);
}

void tst_FhirImportPlan::recognisesResolvedCondition()
{
    QJsonObject document = exampleObject("Bundle-IPS-examples-Bundle-01.json");
    QJsonArray entries = document.value(QStringLiteral("entry")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QJsonObject e = entries.at(i).toObject();
        QJsonObject r = e.value(QStringLiteral("resource")).toObject();
        if (r.value(QStringLiteral("id")).toString() != QLatin1String("c4597aa2-688a-401b-a658-70acc6de28c6"))
            continue;
        r.insert(QStringLiteral("clinicalStatus"),
            QJsonObject {{QStringLiteral("coding"),
                QJsonArray {
                    QJsonObject {{QStringLiteral("system"),
                                     QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-clinical")},
                        {QStringLiteral("code"), QStringLiteral("resolved")}}}}});
        e.insert(QStringLiteral("resource"), r);
        entries.replace(i, e);
    }
    document.insert(QStringLiteral("entry"), entries);
    const auto plan = planImport(compact(document), QStringLiteral("ips-resolved.json"), clinicKey());
    QVERIFY(plan.ok());
    const ledger::EntryDraft* condition = draftWithId(*plan, QStringLiteral("c4597aa2-688a-401b-a658-70acc6de28c6"));
    QVERIFY(condition);
    QCOMPARE(condition->kind, EntryKind::Condition);
    QCOMPARE(summaryOf(*condition).status, QStringLiteral("resolved"));
}

void tst_FhirImportPlan::importsSingleResources_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("drafts");
    QTest::addColumn<QString>("skippedType");
    QTest::addColumn<int>("unresolved");
    // Alone in a file, a record's patient is not there to attach it to.
    QTest::newRow("AllergyIntolerance-nka.json")
        << QStringLiteral("AllergyIntolerance-nka.json") << 0 << QStringLiteral("AllergyIntolerance") << 1;
    QTest::newRow("Condition-example.json")
        << QStringLiteral("Condition-example.json") << 0 << QStringLiteral("Condition") << 1;
    QTest::newRow("Observation-vitals-panel.json")
        << QStringLiteral("Observation-vitals-panel.json") << 0 << QStringLiteral("Observation") << 1;
    QTest::newRow("Patient-example.json") << QStringLiteral("Patient-example.json") << 1 << QString() << 1;
}

void tst_FhirImportPlan::importsSingleResources()
{
    QFETCH(QString, file);
    QFETCH(QString, skippedType);
    const auto plan = planImport(readFile(dataDir("fhir-examples") + QLatin1Char('/') + file), file, clinicKey());
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error()));
    QTEST(int(plan->drafts.size()), "drafts");
    QTEST(plan->unresolvedReferences, "unresolved"); // Patient-example: managingOrganization
    if (!skippedType.isEmpty())
        QCOMPARE(plan->skipped, (QMap<QString, int> {{skippedType, 1}}));
    if (file == QLatin1String("Patient-example.json")) {
        const ledger::Id128 expected = sha16({QByteArrayLiteral("medilock/fhir/patient/v1"), clinicKey(),
            QByteArrayLiteral("urn:oid:1.2.36.146.595.217.0.1|12345")});
        QCOMPARE(plan->drafts.front().patientId, expected);
        QCOMPARE(plan->drafts.front().kind, EntryKind::PatientRegistered);
    }
}

void tst_FhirImportPlan::resolvesReferenceForms()
{
    // Patient "mom" by relative reference (the NKA example names Patient/mom), by absolute
    // fullUrl, by urn:uuid, through a Device, plus references that cannot resolve.
    QJsonObject mom = exampleObject("Patient-example.json");
    mom.insert(QStringLiteral("id"), QStringLiteral("mom"));
    mom.remove(QStringLiteral("managingOrganization"));
    QJsonObject nka = exampleObject("AllergyIntolerance-nka.json");
    nka.remove(QStringLiteral("recorder")); // Practitioner/example: not in the file

    QJsonObject condition = resource("Condition", "c1");
    condition.insert(QStringLiteral("subject"), ref(QStringLiteral("http://example.org/fhir/Patient/mom")));
    condition.insert(
        QStringLiteral("asserter"), ref(QStringLiteral("Practitioner?identifier=http://x|1"))); // unresolved
    condition.insert(QStringLiteral("recorder"), ref(QStringLiteral("Practitioner/p1"))); // in the file
    condition.insert(QStringLiteral("evidence"),
        QJsonArray {QJsonObject {{QStringLiteral("detail"), QJsonArray {ref(QStringLiteral("#obs"))}}}});
    QJsonObject containedObs = resource("Observation", "obs");
    containedObs.insert(QStringLiteral("status"), QStringLiteral("final"));
    containedObs.insert(
        QStringLiteral("subject"), ref(QStringLiteral("urn:uuid:5f1e0000-0000-4000-8000-000000000001")));
    condition.insert(QStringLiteral("contained"), QJsonArray {containedObs});

    QJsonObject device = resource("Device", "d1");
    device.insert(QStringLiteral("patient"), ref(QStringLiteral("Patient/mom")));
    QJsonObject measured = resource("Observation", "o1");
    measured.insert(QStringLiteral("status"), QStringLiteral("final"));
    measured.insert(QStringLiteral("subject"), ref(QStringLiteral("Device/d1")));

    QJsonObject stranger = resource("Condition", "c2");
    stranger.insert(QStringLiteral("subject"), ref(QStringLiteral("Patient/not-here")));

    const QByteArray file = bundle({entry(QStringLiteral("http://example.org/fhir/Patient/mom"), mom),
        entry(QStringLiteral("urn:uuid:5f1e0000-0000-4000-8000-000000000001"), nka),
        entry(QStringLiteral("urn:uuid:5f1e0000-0000-4000-8000-000000000002"), condition),
        entry(QString(), resource("Practitioner", "p1")), entry(QString(), device), entry(QString(), measured),
        entry(QString(), stranger)});
    // The urn of the NKA entry stands in for a patient reference in the contained
    // observation: it resolves, but not to a Patient, so it stays as it is.
    const auto plan = planImport(file, QStringLiteral("forms.json"), clinicKey());
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error()));
    QCOMPARE(plan->imported,
        (QMap<QString, int> {{QStringLiteral("Patient"), 1}, {QStringLiteral("AllergyIntolerance"), 1},
            {QStringLiteral("Condition"), 1}, {QStringLiteral("Device"), 1}, {QStringLiteral("Observation"), 1}}));
    QCOMPARE(
        plan->skipped, (QMap<QString, int> {{QStringLiteral("Practitioner"), 1}, {QStringLiteral("Condition"), 1}}));
    QCOMPARE(plan->unresolvedReferences, 2); // the conditional asserter, and Patient/not-here

    const ledger::Id128 patientId = plan->drafts.front().patientId;
    const ledger::EntryDraft* allergy = draftWithId(*plan, QStringLiteral("nka"));
    QVERIFY(allergy);
    QCOMPARE(
        payloadOf(*allergy).value(QStringLiteral("patient")).toObject().value(QStringLiteral("reference")).toString(),
        patientRef(patientId));
    QVERIFY(summaryOf(*allergy).noKnownAllergy);
    const ledger::EntryDraft* c1 = draftWithId(*plan, QStringLiteral("c1"));
    QVERIFY(c1);
    const QJsonObject c1Json = payloadOf(*c1);
    QCOMPARE(c1Json.value(QStringLiteral("subject")).toObject().value(QStringLiteral("reference")).toString(),
        patientRef(patientId));
    QCOMPARE(c1Json.value(QStringLiteral("recorder")).toObject().value(QStringLiteral("reference")).toString(),
        QStringLiteral("Practitioner/p1")); // in-file, not a patient: left as it is
    QCOMPARE(c1Json.value(QStringLiteral("asserter")).toObject().value(QStringLiteral("reference")).toString(),
        QStringLiteral("Practitioner?identifier=http://x|1"));
    const ledger::EntryDraft* o1 = draftWithId(*plan, QStringLiteral("o1"));
    QVERIFY(o1);
    QCOMPARE(o1->patientId, patientId);
}

void tst_FhirImportPlan::refusesMalformedFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fragment");

    const QByteArray synthea = readFile(
        dataDir("synthea") + QStringLiteral("/Jeremiah751_Dach178_9785afad-19cc-02f6-de65-b2de2618c9ac.json"));
    QJsonObject syntheaJson = QJsonDocument::fromJson(synthea).object();
    const QJsonArray syntheaEntries = syntheaJson.value(QStringLiteral("entry")).toArray();
    const auto patched = [&](const QString& type, const std::function<void(QJsonObject&)>& change) {
        QJsonArray entries = syntheaEntries;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QJsonObject e = entries.at(i).toObject();
            QJsonObject r = e.value(QStringLiteral("resource")).toObject();
            if (r.value(QStringLiteral("resourceType")).toString() != type)
                continue;
            change(r);
            e.insert(QStringLiteral("resource"), r);
            entries.replace(i, e);
            break;
        }
        QJsonObject b = syntheaJson;
        b.insert(QStringLiteral("entry"), entries);
        return compact(b);
    };
    const auto firstIndexOf = [&](const char* type) {
        for (qsizetype i = 0; i < syntheaEntries.size(); ++i)
            if (syntheaEntries.at(i)
                    .toObject()
                    .value(QStringLiteral("resource"))
                    .toObject()
                    .value(QStringLiteral("resourceType"))
                == QLatin1String(type))
                return i;
        return qsizetype(-1);
    };

    QTest::newRow("truncated JSON") << synthea.left(synthea.size() / 2) << QStringLiteral("not valid JSON");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("not an object") << QByteArray("[1,2]") << QStringLiteral("does not hold a FHIR resource");
    QTest::newRow("trailing bytes") << QByteArray("{\"resourceType\":\"Patient\"} {}")
                                    << QStringLiteral("not valid JSON");
    QTest::newRow("no resourceType") << QByteArray("{\"id\":\"x\"}") << QStringLiteral("has no resourceType");
    QTest::newRow("wrong resourceType") << QByteArray("{\"resourceType\":\"patient\"}")
                                        << QStringLiteral("resourceType 'patient' is not a FHIR resource type");
    QTest::newRow("wrong resourceType in an entry") << patched(QStringLiteral("Immunization"), [](QJsonObject& r) {
        r.insert(QStringLiteral("resourceType"), QStringLiteral("Immunization2"));
    }) << QStringLiteral("Bundle.entry[%1].resource: resourceType 'Immunization2'").arg(firstIndexOf("Immunization"));
    QTest::newRow("date 2021-13-45")
        << patched(QStringLiteral("Observation"),
               [](QJsonObject& r) { r.insert(QStringLiteral("effectiveDateTime"), QStringLiteral("2021-13-45")); })
        << QStringLiteral("Bundle.entry[%1].resource (Observation): effectiveDateTime '2021-13-45' is not a valid date")
               .arg(firstIndexOf("Observation"));
    QTest::newRow("date 2021-02-30 in a period") << patched(QStringLiteral("Encounter"), [](QJsonObject& r) {
        r.insert(QStringLiteral("period"), QJsonObject {{QStringLiteral("start"), QStringLiteral("2021-02-30")}});
    }) << QStringLiteral("(Encounter): period.start '2021-02-30' is not a valid date");
    QTest::newRow("time without zone") << patched(QStringLiteral("Patient"), [](QJsonObject& r) {
        r.insert(QStringLiteral("deceasedDateTime"), QStringLiteral("2020-01-01T10:00:00"));
    }) << QStringLiteral("deceasedDateTime '2020-01-01T10:00:00' is not a valid date");
    QTest::newRow("invalid base64 attachment") << patched(QStringLiteral("DocumentReference"), [](QJsonObject& r) {
        QJsonArray content = r.value(QStringLiteral("content")).toArray();
        QJsonObject c = content.first().toObject();
        QJsonObject a = c.value(QStringLiteral("attachment")).toObject();
        a.insert(QStringLiteral("data"), QStringLiteral("SGVsbG8@d29ybGQ="));
        c.insert(QStringLiteral("attachment"), a);
        content.replace(0, c);
        r.insert(QStringLiteral("content"), content);
    }) << QStringLiteral("(DocumentReference): content[0].attachment.data is not valid base64");
    QTest::newRow("base64 with a bad length") << patched(QStringLiteral("DiagnosticReport"), [](QJsonObject& r) {
        r.insert(QStringLiteral("presentedForm"),
            QJsonArray {QJsonObject {{QStringLiteral("contentType"), QStringLiteral("text/plain")},
                {QStringLiteral("data"), QStringLiteral("SGVsbG8")}}});
    }) << QStringLiteral("(DiagnosticReport): presentedForm[0].data is not valid base64");
    QTest::newRow("bad resource id") << patched(QStringLiteral("Immunization"), [](QJsonObject& r) {
        r.insert(QStringLiteral("id"), QStringLiteral("no spaces allowed"));
    }) << QStringLiteral("(Immunization): id 'no spaces allowed' is not a valid resource id");

    QJsonObject a = resource("Observation", "a");
    a.insert(QStringLiteral("subject"), ref(QStringLiteral("urn:uuid:00000000-0000-4000-8000-00000000000b")));
    QJsonObject b = resource("Observation", "b");
    b.insert(QStringLiteral("subject"), ref(QStringLiteral("urn:uuid:00000000-0000-4000-8000-00000000000a")));
    QTest::newRow("reference loop")
        << bundle({entry(QStringLiteral("urn:uuid:00000000-0000-4000-8000-000000000001"), resource("Patient", "p")),
               entry(QStringLiteral("urn:uuid:00000000-0000-4000-8000-00000000000a"), a),
               entry(QStringLiteral("urn:uuid:00000000-0000-4000-8000-00000000000b"), b)})
        << QStringLiteral("Bundle.entry[1].resource (Observation): subject reference "
                          "'urn:uuid:00000000-0000-4000-8000-00000000000b' leads into a reference loop");
    QJsonObject self = resource("Observation", "self");
    self.insert(QStringLiteral("subject"), ref(QStringLiteral("Observation/self")));
    QTest::newRow("reference to itself") << bundle({entry(QString(), self)}) << QStringLiteral("reference loop");

    QTest::newRow("entry without resource") << bundle({entry(QString(), resource("Patient", "p")),
        QJsonObject {{QStringLiteral("fullUrl"), QStringLiteral("urn:uuid:x")}}})
                                            << QStringLiteral("Bundle.entry[1] has no resource");
    QTest::newRow("HL7 transaction with DELETE and GET entries")
        << example("Bundle-bundle-transaction.json") << QStringLiteral("Bundle.entry[5] has no resource");
    QTest::newRow("history bundle") << bundle({entry(QString(), resource("Patient", "p"))}, "history")
                                    << QStringLiteral("Bundle.type 'history' cannot be imported");
    QTest::newRow("duplicate fullUrl") << bundle({entry(QStringLiteral("urn:uuid:1"), resource("Patient", "p")),
        entry(QStringLiteral("urn:uuid:1"), resource("Patient", "q"))})
                                       << QStringLiteral("fullUrl 'urn:uuid:1' is used by two entries");
    QTest::newRow("duplicate key") << QByteArray("{\"resourceType\":\"Patient\",\"id\":\"a\",\"id\":\"b\"}")
                                   << QStringLiteral("id: the key appears twice");

    QByteArray deep = "{\"resourceType\":\"Patient\",\"extension\":";
    for (int i = 0; i < 70; ++i)
        deep += "[";
    for (int i = 0; i < 70; ++i)
        deep += "]";
    deep += "}";
    QTest::newRow("nesting deeper than 64") << deep << QStringLiteral("nested deeper than 64 levels");
    QTest::newRow("file larger than 64 MiB")
        << QByteArray(kMaxImportFileBytes + 1, ' ') << QStringLiteral("larger than 64 MiB");
}

void tst_FhirImportPlan::refusesMalformedFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fragment);
    const QString fileName = QStringLiteral("bad-input.json");
    const auto plan = planImport(bytes, fileName, clinicKey());
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error().startsWith(fileName + QLatin1String(": ")), qPrintable(plan.error()));
    QVERIFY2(plan.error().contains(fragment), qPrintable(plan.error()));
}

void tst_FhirImportPlan::refusesHugeStringQuickly()
{
    QByteArray huge = "{\"resourceType\":\"Patient\",\"id\":\"x\",\"text\":{\"status\":\"generated\",\"div\":\"";
    huge += QByteArray(50 << 20, 'A');
    huge += "\"}}";
    QElapsedTimer timer;
    timer.start();
    const auto plan = planImport(huge, QStringLiteral("huge.json"), clinicKey());
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error().startsWith(QLatin1String("huge.json: text.div: a string is longer than 8 MiB")),
        qPrintable(plan.error()));
    // Only the first 8 MiB are looked at; a parser would first copy all 50 MB.
    QVERIFY2(elapsed < 1500, qPrintable(QString::number(elapsed)));
}

void tst_FhirImportPlan::mapsResourceTypesToKinds_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<EntryKind>("kind");
    QTest::newRow("Patient") << QStringLiteral("Patient") << EntryKind::PatientRegistered;
    QTest::newRow("Encounter") << QStringLiteral("Encounter") << EntryKind::Encounter;
    QTest::newRow("Condition") << QStringLiteral("Condition") << EntryKind::Condition;
    QTest::newRow("AllergyIntolerance") << QStringLiteral("AllergyIntolerance") << EntryKind::Allergy;
    QTest::newRow("MedicationStatement") << QStringLiteral("MedicationStatement") << EntryKind::Medication;
    QTest::newRow("MedicationRequest") << QStringLiteral("MedicationRequest") << EntryKind::Medication;
    QTest::newRow("Observation") << QStringLiteral("Observation") << EntryKind::Observation;
    QTest::newRow("Immunization") << QStringLiteral("Immunization") << EntryKind::Immunization;
    QTest::newRow("Procedure") << QStringLiteral("Procedure") << EntryKind::Procedure;
    QTest::newRow("DiagnosticReport") << QStringLiteral("DiagnosticReport") << EntryKind::Document;
    QTest::newRow("DocumentReference") << QStringLiteral("DocumentReference") << EntryKind::Document;
    QTest::newRow("Consent") << QStringLiteral("Consent") << EntryKind::ConsentDirective;
    for (const char* other : {"Composition", "Device", "DeviceUseStatement", "Flag", "CarePlan", "Claim"})
        QTest::newRow(other) << QString::fromLatin1(other) << EntryKind::OtherResource;
}

void tst_FhirImportPlan::mapsResourceTypesToKinds()
{
    QFETCH(QString, type);
    QTEST(entryKindForResource(type), "kind");
}

QTEST_GUILESS_MAIN(tst_FhirImportPlan)
#include "tst_FhirImportPlan.moc"
