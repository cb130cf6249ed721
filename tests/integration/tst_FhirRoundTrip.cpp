// The six Synthea histories and the HL7 examples: import on a real node, verify the
// ledger, export each patient again and compare what went in with what came out.

#include "FhirReferenceCheck.h"

#include "app/ChartAccess.h"
#include "app/FhirExportVerifier.h"
#include "app/FhirExporter.h"
#include "app/FhirImporter.h"
#include "app/LedgerCheck.h"
#include "app/NodeSetup.h"
#include "app/Passphrase.h"
#include "app/PatientId.h"
#include "app/Session.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace medilock;

namespace {
QJsonObject readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Per resource type, the resources of a Synthea bundle that are the patient's records:
// everything but Practitioner, Organization, Location and Provenance, which are nobody's.
QMap<QString, int> patientResourceCounts(const QJsonObject& bundle)
{
    static const QStringList notRecords = {QStringLiteral("Practitioner"), QStringLiteral("Organization"),
                                           QStringLiteral("Location"), QStringLiteral("Provenance"),
                                           QStringLiteral("PractitionerRole"), QStringLiteral("Medication")};
    QMap<QString, int> counts;
    for (const QJsonValue& e : bundle.value(QStringLiteral("entry")).toArray()) {
        const QString type = e.toObject().value(QStringLiteral("resource")).toObject().value(QStringLiteral("resourceType")).toString();
        if (!notRecords.contains(type))
            counts[type] += 1;
    }
    return counts;
}

// Per type, without the Provenance the export adds to each resource (counted apart).
QMap<QString, int> exportedCounts(const QJsonObject& bundle, int* provenances = nullptr)
{
    QMap<QString, int> counts;
    for (const QJsonValue& e : bundle.value(QStringLiteral("entry")).toArray())
        counts[e.toObject().value(QStringLiteral("resource")).toObject().value(QStringLiteral("resourceType")).toString()] += 1;
    if (provenances)
        *provenances = counts.value(QStringLiteral("Provenance"));
    counts.remove(QStringLiteral("Provenance"));
    return counts;
}

// Resources by their id, for comparing key fields one by one.
QHash<QString, QJsonObject> byId(const QJsonObject& bundle)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonValue& e : bundle.value(QStringLiteral("entry")).toArray()) {
        const QJsonObject r = e.toObject().value(QStringLiteral("resource")).toObject();
        out.insert(r.value(QStringLiteral("resourceType")).toString() + QLatin1Char('/') + r.value(QStringLiteral("id")).toString(), r);
    }
    return out;
}
} // namespace

class tst_FhirRoundTrip : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<app::Session> m_session;

private Q_SLOTS:
    void initTestCase()
    {
        ::umask(077);
        QVERIFY(m_dir.isValid());
        const app::NodePaths paths{m_dir.filePath(QStringLiteral("node"))};
        const auto adminPass = app::passphraseFromString(QStringLiteral("round-trip-admin"));
        const auto doctorPass = app::passphraseFromString(QStringLiteral("round-trip-doctor"));
        auto init = app::NodeSetup::initialize(paths, QStringLiteral("Round Trip Clinic"), QStringLiteral("admin"), adminPass);
        QVERIFY2(init.ok(), qPrintable(init.ok() ? QString() : init.error()));
        {
            auto admin = app::Session::unlock(paths, QStringLiteral("admin"), adminPass);
            QVERIFY(admin.ok());
            QVERIFY((*admin)->addUser(QStringLiteral("doctor"), app::Role::Physician, doctorPass).ok());
        }
        auto doctor = app::Session::unlock(paths, QStringLiteral("doctor"), doctorPass);
        QVERIFY(doctor.ok());
        m_session = std::move(doctor).value();
    }

    void synthea_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(MEDILOCK_TEST_DATA "/fhir/synthea"));
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name.section(QLatin1Char('_'), 0, 1))) << dir.filePath(name);
    }

    void synthea()
    {
        QFETCH(QString, file);
        auto report = app::FhirImporter::importFile(*m_session, file);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error()));
        const QJsonObject source = readJson(file);
        QCOMPARE(report->imported, patientResourceCounts(source));
        QVERIFY(report->unresolvedReferences > 0); // conditional Practitioner?identifier=... references

        // Importing the same file again adds nothing.
        auto again = app::FhirImporter::importFile(*m_session, file);
        QVERIFY(again.ok());
        QVERIFY(again->imported.isEmpty());
        QCOMPARE(again->alreadyPresent, report->imported.value(QStringLiteral("Patient"))
                                            + [&] { int n = 0; for (int c : report->imported) n += c; return n; }()
                                            - report->imported.value(QStringLiteral("Patient")));

        // Export: the same resources per type, with the same key fields.
        QString family;
        for (const QJsonValue& e : source.value(QStringLiteral("entry")).toArray()) {
            const QJsonObject r = e.toObject().value(QStringLiteral("resource")).toObject();
            if (r.value(QStringLiteral("resourceType")) == QLatin1String("Patient"))
                family = r.value(QStringLiteral("name")).toArray().first().toObject().value(QStringLiteral("family")).toString();
        }
        auto found = app::ChartAccess::search(*m_session, family);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), std::size_t(1));
        auto exported = app::FhirExporter::exportPatient(*m_session, found->front().id);
        QVERIFY2(exported.ok(), qPrintable(exported.ok() ? QString() : exported.error()));
        const QJsonObject bundle = QJsonDocument::fromJson(*exported).object();
        QCOMPARE(bundle.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Bundle"));
        int provenances = 0;
        QCOMPARE(exportedCounts(bundle, &provenances), patientResourceCounts(source));
        // Every exported resource is signed, and the whole export checks offline.
        int resources = 0;
        for (int n : patientResourceCounts(source))
            resources += n;
        QCOMPARE(provenances, resources);
        auto checked = app::FhirExportVerifier::verify(*exported);
        QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error()));
        QCOMPARE(checked->resources, resources);
        // What the source's references pointed at, the export's point at too, inside it.
        const auto references = testing::checkReferences(source, bundle);
        QVERIFY(references.checked > resources);
        QVERIFY2(references.dangling.isEmpty(), qPrintable(references.dangling.mid(0, 5).join(QLatin1Char('\n'))));

        const auto in = byId(source);
        const auto out = byId(bundle);
        for (auto it = in.begin(); it != in.end(); ++it) {
            if (!out.contains(it.key()))
                continue; // not a patient record (Practitioner, Organization, ...)
            const QJsonObject& a = it.value();
            const QJsonObject& b = out.value(it.key());
            for (const char* field : {"code", "status", "effectiveDateTime", "valueQuantity", "birthDate", "gender",
                                      "clinicalStatus", "vaccineCode", "occurrenceDateTime", "period"})
                QCOMPARE(b.value(QLatin1String(field)), a.value(QLatin1String(field)));
        }
    }

    void officialExamples_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(MEDILOCK_TEST_DATA "/fhir/fhir-examples"));
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }

    // Each official example imports (or is refused with a reason naming the file) and never
    // leaves a partial import behind.
    void officialExamples()
    {
        QFETCH(QString, file);
        auto report = app::FhirImporter::importFile(*m_session, file);
        if (!report.ok())
            QVERIFY2(report.error().contains(QFileInfo(file).fileName()), qPrintable(report.error()));
    }

    // The HL7 IPS example (imported by officialExamples): exported as a whole record, its
    // references (Condition.encounter, MedicationStatement.subject, ...) resolve inside the
    // export, and the export still verifies.
    void ipsExampleReferencesResolveAfterExport()
    {
        const QString file = QStringLiteral(MEDILOCK_TEST_DATA "/fhir/fhir-examples/Bundle-IPS-examples-Bundle-01.json");
        const QJsonObject source = readJson(file);
        auto found = app::ChartAccess::search(*m_session, QStringLiteral("DeLarosa"));
        QVERIFY(found.ok());
        QCOMPARE(found->size(), std::size_t(1));
        auto exported = app::FhirExporter::exportPatient(*m_session, found->front().id);
        QVERIFY2(exported.ok(), qPrintable(exported.ok() ? QString() : exported.error()));
        const QJsonObject bundle = QJsonDocument::fromJson(*exported).object();
        const auto references = testing::checkReferences(source, bundle);
        QVERIFY(references.checked >= 13);
        QVERIFY2(references.dangling.isEmpty(), qPrintable(references.dangling.join(QLatin1Char('\n'))));
        auto checked = app::FhirExportVerifier::verify(*exported);
        QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error()));
    }

    void ledgerVerifiesAfterImports()
    {
        auto report = app::LedgerCheck::verify(*m_session, {});
        QVERIFY(report.ok());
        QVERIFY2(report->ok(), qPrintable(report->firstProblem));
        QVERIFY(report->entries > 2700);
    }

    void ipsEmergencySummary()
    {
        auto report = app::FhirImporter::importFile(*m_session, QStringLiteral(MEDILOCK_TEST_DATA "/fhir/fhir-examples/Bundle-IPS-examples-Bundle-01.json"));
        QVERIFY(report.ok());
        const QJsonObject source = readJson(QStringLiteral(MEDILOCK_TEST_DATA "/fhir/fhir-examples/Bundle-IPS-examples-Bundle-01.json"));
        QString family;
        for (const QJsonValue& e : source.value(QStringLiteral("entry")).toArray()) {
            const QJsonObject r = e.toObject().value(QStringLiteral("resource")).toObject();
            if (r.value(QStringLiteral("resourceType")) == QLatin1String("Patient"))
                family = r.value(QStringLiteral("name")).toArray().first().toObject().value(QStringLiteral("family")).toString();
        }
        auto found = app::ChartAccess::search(*m_session, family);
        QVERIFY(found.ok() && !found->empty());
        auto summary = app::ChartAccess::openEmergency(*m_session, found->front().id);
        QVERIFY(summary.ok());
        QCOMPARE(summary->allergyStatus, ledger::EmergencySummary::AllergyStatus::Recorded);
        QVERIFY(!summary->allergies.empty());
        QVERIFY(!summary->medications.empty());
        for (const auto& problem : summary->problems)
            QVERIFY2(problem.status != QLatin1String("resolved"), qPrintable(problem.display));
        // The emergency view was itself recorded, and so is this chart opening.
        auto chart = app::ChartAccess::openChart(*m_session, found->front().id);
        QVERIFY(chart.ok());
        QStringList purposes;
        for (const auto& a : chart->access)
            purposes << a.reason;
        QVERIFY(purposes.contains(QStringLiteral("emergency")));
        QVERIFY(purposes.contains(QStringLiteral("chart")));
        QCOMPARE(chart->access.front().viewer.name, QStringLiteral("doctor"));
    }
};

QTEST_GUILESS_MAIN(tst_FhirRoundTrip)
#include "tst_FhirRoundTrip.moc"
