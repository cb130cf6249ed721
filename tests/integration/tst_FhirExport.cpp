// Exports checked the way another node would: the IPS document's sections and references,
// the Provenance signatures (and that one altered resource or reference fails them), and
// validity against the official FHIR R4 JSON schema (tests/data/schema, checked with
// python3-jsonschema).

#include "FhirReferenceCheck.h"
#include "PhysicianNode.h"

#include "app/ChartAccess.h"
#include "app/FhirCompositionSignature.h"
#include "app/FhirExportVerifier.h"
#include "app/FhirExporter.h"
#include "app/FhirImporter.h"
#include "app/FhirProvenance.h"
#include "ledger/Entry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace medilock;

namespace {
const QString kIpsFile = QStringLiteral(MEDILOCK_TEST_DATA "/fhir/fhir-examples/Bundle-IPS-examples-Bundle-01.json");

QJsonObject section(const QJsonObject& composition, const QString& loinc)
{
    for (const QJsonValue& s : composition.value(QStringLiteral("section")).toArray()) {
        const QJsonObject o = s.toObject();
        const QJsonObject coding = o.value(QStringLiteral("code")).toObject().value(QStringLiteral("coding")).toArray().first().toObject();
        if (coding.value(QStringLiteral("system")) == QLatin1String("http://loinc.org") && coding.value(QStringLiteral("code")) == loinc)
            return o;
    }
    return {};
}

// The source ids of the resources a section lists, resolved inside the document.
QStringList sectionIds(const QJsonObject& bundle, const QJsonObject& s)
{
    QHash<QString, QJsonObject> byUrl;
    for (const QJsonValue& e : bundle.value(QStringLiteral("entry")).toArray())
        byUrl.insert(e.toObject().value(QStringLiteral("fullUrl")).toString(), e.toObject().value(QStringLiteral("resource")).toObject());
    QStringList ids;
    for (const QJsonValue& ref : s.value(QStringLiteral("entry")).toArray()) {
        const QString url = ref.toObject().value(QStringLiteral("reference")).toString();
        ids << (byUrl.contains(url) ? byUrl.value(url).value(QStringLiteral("id")).toString() : QStringLiteral("UNRESOLVED ") + url);
    }
    ids.sort();
    return ids;
}

QJsonObject parse(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

// A Provenance's signature.data, decoded, and the Provenance with other data.
QByteArray signatureData(const QJsonObject& prov)
{
    return QByteArray::fromBase64(prov.value(QStringLiteral("signature")).toArray().first().toObject().value(QStringLiteral("data")).toString().toLatin1());
}

QJsonObject withSignatureData(QJsonObject prov, const QByteArray& data)
{
    QJsonArray sigs = prov.value(QStringLiteral("signature")).toArray();
    QJsonObject sig = sigs.first().toObject();
    sig.insert(QStringLiteral("data"), QString::fromLatin1(data.toBase64()));
    sigs[0] = sig;
    prov.insert(QStringLiteral("signature"), sigs);
    return prov;
}

// The Provenance with its agent naming another key.
QJsonObject withAgentKey(QJsonObject prov, const QString& fingerprint)
{
    QJsonArray agents = prov.value(QStringLiteral("agent")).toArray();
    QJsonObject agent = agents.first().toObject();
    agent.insert(QStringLiteral("who"), QJsonObject{{QStringLiteral("identifier"),
                                                     QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:medilock:key-fingerprint")},
                                                                 {QStringLiteral("value"), fingerprint}}}});
    agents[0] = agent;
    prov.insert(QStringLiteral("agent"), agents);
    return prov;
}

// Bundle.entry[at] with another resource.
void replaceResource(QJsonArray& entries, qsizetype at, const QJsonObject& resource)
{
    QJsonObject item = entries[at].toObject();
    item.insert(QStringLiteral("resource"), resource);
    entries[at] = item;
}
} // namespace

class tst_FhirExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<app::Session> m_session;
    QStringList m_exports; // files written for the schema check

    ledger::Id128 patient(const QString& name)
    {
        auto found = app::ChartAccess::search(*m_session, name);
        if (!found || found->size() != 1)
            qFatal("expected one patient named %s", qPrintable(name));
        return found->front().id;
    }

    QString keep(const QString& name, const QByteArray& json)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size())
            qFatal("cannot write %s", qPrintable(path));
        m_exports << path;
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        ::umask(077);
        QVERIFY(m_dir.isValid());
        auto session = testing::physicianNode(m_dir.filePath(QStringLiteral("node")), QStringLiteral("Export Clinic"));
        QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error()));
        m_session = std::move(session).value();
        for (const QString& file : {kIpsFile, QStringLiteral(MEDILOCK_TEST_DATA "/fhir/fhir-examples/Patient-example.json"),
                                    QStringLiteral(MEDILOCK_TEST_DATA "/fhir/synthea/Frederica279_Olson653_2c46dae0-0a31-a67e-ed20-ee23cedc72c3.json")}) {
            auto report = app::FhirImporter::importFile(*m_session, file);
            QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error()));
        }
    }

    void ipsDocumentHasTheRequiredSections()
    {
        auto exported = app::FhirExporter::exportIps(*m_session, patient(QStringLiteral("DeLarosa")));
        QVERIFY2(exported.ok(), qPrintable(exported.ok() ? QString() : exported.error()));
        keep(QStringLiteral("ips-delarosa.json"), *exported);
        const QJsonObject bundle = parse(*exported);
        QCOMPARE(bundle.value(QStringLiteral("type")).toString(), QStringLiteral("document"));
        QVERIFY(bundle.contains(QStringLiteral("identifier")) && bundle.contains(QStringLiteral("timestamp")));
        const QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
        const QJsonObject composition = entries.first().toObject().value(QStringLiteral("resource")).toObject();
        QCOMPARE(composition.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Composition"));
        QCOMPARE(composition.value(QStringLiteral("type")).toObject().value(QStringLiteral("coding")).toArray().first().toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("60591-5"));
        // The subject is the document's Patient.
        const QString subject = composition.value(QStringLiteral("subject")).toObject().value(QStringLiteral("reference")).toString();
        QCOMPARE(entries[1].toObject().value(QStringLiteral("fullUrl")).toString(), subject);
        QCOMPARE(entries[1].toObject().value(QStringLiteral("resource")).toObject().value(QStringLiteral("resourceType")).toString(),
                 QStringLiteral("Patient"));

        // Problems: the active one; the breast cancer in remission is not listed as active.
        QCOMPARE(sectionIds(bundle, section(composition, QStringLiteral("11450-4"))),
                 QStringList{QStringLiteral("c64139e7-f02d-409c-bf34-75e8bf23bc80")});
        // Allergies: penicillin, and the explicit "no known food allergy" statement.
        QCOMPARE(sectionIds(bundle, section(composition, QStringLiteral("48765-2"))),
                 (QStringList{QStringLiteral("72884cad-ebe6-4f43-a51a-2f978275f132"), QStringLiteral("c7781f44-6df8-4a8b-9e06-0b34263a47c5")}));
        QCOMPARE(sectionIds(bundle, section(composition, QStringLiteral("10160-0"))),
                 (QStringList{QStringLiteral("47524493-846a-4a26-bae2-4ab03e60f02e"), QStringLiteral("c220e36c-eb67-4fc4-9ba1-2fabc52acec6")}));
        for (const char* code : {"11450-4", "48765-2", "10160-0"}) {
            const QJsonObject s = section(composition, QLatin1String(code));
            QVERIFY(!s.contains(QStringLiteral("emptyReason")));
            QVERIFY(s.value(QStringLiteral("text")).toObject().value(QStringLiteral("div")).toString().startsWith(QLatin1String("<div xmlns=")));
        }
        for (const QJsonValue& e : entries) {
            const QJsonObject r = e.toObject().value(QStringLiteral("resource")).toObject();
            QVERIFY2(r.value(QStringLiteral("id")).toString() != QLatin1String("c4597aa2-688a-401b-a658-70acc6de28c6"),
                     "a resolved or remitted problem is not part of the summary");
        }
        // Every reference of the Composition names an entry of the document, and the
        // references between the resources it holds resolve inside it too.
        QHash<QString, QString> compositionRefs;
        testing::collectReferences(composition, QString(), compositionRefs);
        QCOMPARE(compositionRefs.size(), 6); // subject and five section entries
        for (const QString& ref : std::as_const(compositionRefs))
            QVERIFY2(testing::resolveInBundle(entries, ref, 0).size() == 1, qPrintable(ref));
        const auto references = testing::checkReferences(parse([] { QFile f(kIpsFile); f.open(QIODevice::ReadOnly); return f.readAll(); }()), bundle);
        QVERIFY(references.checked >= 5); // each listed resource's patient or subject
        QVERIFY2(references.dangling.isEmpty(), qPrintable(references.dangling.join(QLatin1Char('\n'))));
        // The document checks like any export: every resource is signed, the Composition by the node.
        auto checked = app::FhirExportVerifier::verify(*exported);
        QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error()));
        QCOMPARE(checked->resources, 6); // Patient, 1 problem, 2 allergies, 2 medications
    }

    // Nothing recorded: each section says so with an emptyReason and a narrative.
    void ipsSectionsNeverRecordedHaveEmptyReason()
    {
        auto exported = app::FhirExporter::exportIps(*m_session, patient(QStringLiteral("Chalmers")));
        QVERIFY2(exported.ok(), qPrintable(exported.ok() ? QString() : exported.error()));
        keep(QStringLiteral("ips-chalmers.json"), *exported);
        const QJsonObject composition =
            parse(*exported).value(QStringLiteral("entry")).toArray().first().toObject().value(QStringLiteral("resource")).toObject();
        for (const char* code : {"11450-4", "48765-2", "10160-0"}) {
            const QJsonObject s = section(composition, QLatin1String(code));
            QVERIFY2(!s.isEmpty(), code);
            QVERIFY(!s.contains(QStringLiteral("entry")));
            QCOMPARE(s.value(QStringLiteral("emptyReason")).toObject().value(QStringLiteral("coding")).toArray().first().toObject().value(QStringLiteral("code")).toString(),
                     QStringLiteral("unavailable"));
            QVERIFY(s.value(QStringLiteral("text")).toObject().value(QStringLiteral("div")).toString().contains(QLatin1String("never recorded")));
        }
    }

    void patientExportVerifies()
    {
        auto exported = app::FhirExporter::exportPatient(*m_session, patient(QStringLiteral("Olson653")));
        QVERIFY(exported.ok());
        keep(QStringLiteral("bundle-olson.json"), *exported);
        auto checked = app::FhirExportVerifier::verify(*exported);
        QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error()));
        QCOMPARE(checked->authors.size(), qsizetype(1));
        QVERIFY(app::FhirExportVerifier::resolveAuthors(*m_session, *checked).ok());
        const auto& author = checked->authors.first();
        QVERIFY(author.known);
        QCOMPARE(author.name, QStringLiteral("doctor"));
        QCOMPARE(author.clinic, QStringLiteral("Export Clinic"));
        QCOMPARE(author.fingerprint, m_session->user().keyFingerprint);
    }

    // Each way of tampering with one resource, its Provenance or the signature is caught.
    void tamperingFails_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("expected");
        QTest::newRow("altered resource") << QStringLiteral("resource") << QStringLiteral("differs from what its author signed");
        QTest::newRow("provenance removed") << QStringLiteral("drop-provenance") << QStringLiteral("no Provenance");
        QTest::newRow("signature byte") << QStringLiteral("signature") << QStringLiteral("does not verify");
        QTest::newRow("author swapped") << QStringLiteral("author") << QStringLiteral("not the key that signed");
        QTest::newRow("resource added") << QStringLiteral("add") << QStringLiteral("no Provenance");
        // References are written as fullUrls by a rule the verifier repeats: pointing one
        // elsewhere, or back to what the payload says, is a change like any other.
        QTest::newRow("reference redirected") << QStringLiteral("redirect") << QStringLiteral("differs from what its author signed");
        QTest::newRow("reference as signed") << QStringLiteral("unrewrite") << QStringLiteral("differs from what its author signed");
    }

    void tamperingFails()
    {
        QFETCH(QString, how);
        QFETCH(QString, expected);
        auto exported = app::FhirExporter::exportPatient(*m_session, patient(QStringLiteral("DeLarosa")));
        QVERIFY(exported.ok());
        QJsonObject bundle = parse(*exported);
        QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
        // Entries come in pairs: resource, then its Provenance. Pick the first allergy.
        qsizetype at = -1;
        for (qsizetype i = 0; i < entries.size() && at < 0; ++i)
            if (entries[i].toObject().value(QStringLiteral("resource")).toObject().value(QStringLiteral("resourceType")) == QLatin1String("AllergyIntolerance"))
                at = i;
        QVERIFY(at >= 0);
        QJsonObject item = entries[at].toObject();
        QJsonObject resource = item.value(QStringLiteral("resource")).toObject();
        QJsonObject prov = entries[at + 1].toObject().value(QStringLiteral("resource")).toObject();
        if (how == QLatin1String("resource")) {
            resource.insert(QStringLiteral("criticality"), QStringLiteral("low"));
            item.insert(QStringLiteral("resource"), resource);
            entries[at] = item;
        } else if (how == QLatin1String("drop-provenance")) {
            entries.removeAt(at + 1);
        } else if (how == QLatin1String("signature")) {
            QByteArray data = signatureData(prov);
            data[data.size() - 1] = char(data[data.size() - 1] ^ 1);
            prov = withSignatureData(prov, data);
        } else if (how == QLatin1String("author")) {
            prov = withAgentKey(prov, QString(64, QLatin1Char('a')));
        } else if (how == QLatin1String("redirect") || how == QLatin1String("unrewrite")) {
            // The allergy's patient is the export's Patient entry (the first one).
            QJsonObject patientRef = resource.value(QStringLiteral("patient")).toObject();
            QCOMPARE(patientRef.value(QStringLiteral("reference")).toString(), entries[0].toObject().value(QStringLiteral("fullUrl")).toString());
            QString other;
            if (how == QLatin1String("redirect")) {
                QVERIFY(at + 2 < entries.size());
                other = entries[at + 2].toObject().value(QStringLiteral("fullUrl")).toString(); // the next resource
            } else {
                const QByteArray signedEntry = QByteArray::fromBase64(prov.value(QStringLiteral("signature")).toArray().first().toObject().value(QStringLiteral("data")).toString().toLatin1());
                // The payload sits between the fixed fields and the 64-byte signature.
                constexpr qsizetype kHead = qsizetype(ledger::Entry::kFixedSize) - 64;
                const QJsonObject payload = parse(signedEntry.mid(kHead, signedEntry.size() - qsizetype(ledger::Entry::kFixedSize)));
                other = payload.value(QStringLiteral("patient")).toObject().value(QStringLiteral("reference")).toString();
                QVERIFY(other.startsWith(QLatin1String("Patient/")));
            }
            QVERIFY(!other.isEmpty() && other != patientRef.value(QStringLiteral("reference")).toString());
            patientRef.insert(QStringLiteral("reference"), other);
            resource.insert(QStringLiteral("patient"), patientRef);
            item.insert(QStringLiteral("resource"), resource);
            entries[at] = item;
        } else if (how == QLatin1String("add")) {
            resource.insert(QStringLiteral("id"), QStringLiteral("smuggled"));
            entries.append(QJsonObject{{QStringLiteral("fullUrl"), QStringLiteral("urn:uuid:00000000-0000-0000-0000-000000000001")},
                                       {QStringLiteral("resource"), resource}});
        }
        if (how == QLatin1String("signature") || how == QLatin1String("author"))
            replaceResource(entries, at + 1, prov);
        bundle.insert(QStringLiteral("entry"), entries);
        auto checked = app::FhirExportVerifier::verify(QJsonDocument(bundle).toJson());
        QVERIFY(!checked.ok());
        QVERIFY2(checked.error().contains(expected), qPrintable(checked.error()));
    }

    // The IPS Composition is signed by the exporting node, which this node knows.
    void ipsCompositionIsSignedByTheNode()
    {
        auto exported = app::FhirExporter::exportIps(*m_session, patient(QStringLiteral("DeLarosa")));
        QVERIFY(exported.ok());
        auto checked = app::FhirExportVerifier::verify(*exported);
        QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error()));
        QCOMPARE(checked->nodes.size(), qsizetype(1));
        QVERIFY(app::FhirExportVerifier::resolveAuthors(*m_session, *checked).ok());
        const auto& node = checked->nodes.first();
        QVERIFY(node.known);
        QCOMPARE(node.clinic, QStringLiteral("Export Clinic"));
        QCOMPARE(node.fingerprint, m_session->identity().nodeFingerprint);
        QCOMPARE(node.resources, 1);
    }

    // A Composition signed by a node this ledger does not certify: the signature is valid,
    // the node is reported unknown with the name it claims (verify-export then exits 1).
    void compositionOfAnUnknownNode()
    {
        auto exported = app::FhirExporter::exportIps(*m_session, patient(QStringLiteral("DeLarosa")));
        QVERIFY(exported.ok());
        QJsonObject bundle = parse(*exported);
        QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
        const QJsonObject composition = entries.first().toObject().value(QStringLiteral("resource")).toObject();
        const auto rogue = crypto::Ed25519PrivateKey::generate();
        auto blob = app::fhircomposition::sign(rogue, QJsonDocument(composition).toJson(QJsonDocument::Compact));
        QVERIFY(blob.ok());
        replaceResource(entries, entries.size() - 1,
                        app::fhirprov::compositionProvenance(*blob, entries.first().toObject().value(QStringLiteral("fullUrl")).toString(),
                                                             composition.value(QStringLiteral("date")).toString(),
                                                             rogue.publicKey().fingerprint(), QStringLiteral("Rogue node")));
        bundle.insert(QStringLiteral("entry"), entries);
        auto checked = app::FhirExportVerifier::verify(QJsonDocument(bundle).toJson());
        QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error()));
        QVERIFY(app::FhirExportVerifier::resolveAuthors(*m_session, *checked).ok());
        QCOMPARE(checked->nodes.size(), qsizetype(1));
        const auto& node = checked->nodes.first();
        QVERIFY(!node.known);
        QCOMPARE(node.fingerprint, rogue.publicKey().fingerprint());
        QCOMPARE(node.claimedName, QStringLiteral("Rogue node"));
        QVERIFY(checked->authors.first().known); // the resources' authors are still known
    }

    // Each change to the Composition, or to its Provenance, is caught and named.
    void compositionTamperingFails_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("expected");
        QTest::newRow("section entry dropped") << QStringLiteral("drop-entry") << QStringLiteral("Bundle.entry[0] (Composition): the Composition differs from what the exporting node signed");
        QTest::newRow("narrative changed") << QStringLiteral("narrative") << QStringLiteral("Bundle.entry[0] (Composition): the Composition differs from what the exporting node signed");
        QTest::newRow("subject changed") << QStringLiteral("subject") << QStringLiteral("Bundle.entry[0] (Composition): the Composition differs from what the exporting node signed");
        QTest::newRow("provenance removed") << QStringLiteral("drop-provenance") << QStringLiteral("Bundle.entry[0] (Composition): no Provenance of the exporting node signs the Composition");
        QTest::newRow("blob truncated") << QStringLiteral("truncate") << QStringLiteral("(Provenance): the Composition's node signature is invalid");
        QTest::newRow("blob extended") << QStringLiteral("extend") << QStringLiteral("(Provenance): the Composition's node signature is invalid");
        QTest::newRow("node swapped") << QStringLiteral("node") << QStringLiteral("the node named is not the key that signed the Composition");
    }

    void compositionTamperingFails()
    {
        QFETCH(QString, how);
        QFETCH(QString, expected);
        auto exported = app::FhirExporter::exportIps(*m_session, patient(QStringLiteral("DeLarosa")));
        QVERIFY(exported.ok());
        QJsonObject bundle = parse(*exported);
        QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
        QJsonObject composition = entries.first().toObject().value(QStringLiteral("resource")).toObject();
        QJsonObject prov = entries.last().toObject().value(QStringLiteral("resource")).toObject();
        QCOMPARE(prov.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Provenance"));
        QByteArray blob = signatureData(prov);
        QJsonArray sections = composition.value(QStringLiteral("section")).toArray();
        QJsonObject allergies = sections[1].toObject();
        if (how == QLatin1String("drop-entry")) {
            QJsonArray refs = allergies.value(QStringLiteral("entry")).toArray();
            QCOMPARE(refs.size(), 2);
            refs.removeAt(0);
            allergies.insert(QStringLiteral("entry"), refs);
        } else if (how == QLatin1String("narrative")) {
            allergies.insert(QStringLiteral("text"), QJsonObject{{QStringLiteral("status"), QStringLiteral("generated")},
                                                                 {QStringLiteral("div"), QStringLiteral("<div xmlns=\"http://www.w3.org/1999/xhtml\">No allergies</div>")}});
        } else if (how == QLatin1String("subject")) {
            composition.insert(QStringLiteral("subject"), QJsonObject{{QStringLiteral("reference"), entries[2].toObject().value(QStringLiteral("fullUrl"))}});
        } else if (how == QLatin1String("truncate")) {
            blob.chop(1);
        } else if (how == QLatin1String("extend")) {
            blob += '\0';
        } else if (how == QLatin1String("node")) {
            prov = withAgentKey(prov, QString(64, QLatin1Char('a')));
        }
        sections[1] = allergies;
        composition.insert(QStringLiteral("section"), sections);
        replaceResource(entries, 0, composition);
        if (how == QLatin1String("drop-provenance"))
            entries.removeLast();
        else
            replaceResource(entries, entries.size() - 1, withSignatureData(prov, blob));
        bundle.insert(QStringLiteral("entry"), entries);
        auto checked = app::FhirExportVerifier::verify(QJsonDocument(bundle).toJson());
        QVERIFY(!checked.ok());
        QVERIFY2(checked.error().contains(expected), qPrintable(checked.error()));
    }

    // One bit flipped anywhere in the node's blob: refused, never a crash. Every bit of the
    // fixed fields, and a bit of every byte of the Composition's JSON.
    void compositionBlobBitFlipsFail()
    {
        auto exported = app::FhirExporter::exportIps(*m_session, patient(QStringLiteral("DeLarosa")));
        QVERIFY(exported.ok());
        QJsonObject bundle = parse(*exported);
        QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
        const QJsonObject prov = entries.last().toObject().value(QStringLiteral("resource")).toObject();
        const QByteArray blob = signatureData(prov);
        const qsizetype jsonEnd = blob.size() - 64;
        int tried = 0;
        for (qsizetype at = 0; at < blob.size(); ++at) {
            const bool fixed = at < 37 || at >= jsonEnd;
            for (int bit = 0; bit < (fixed ? 8 : 1); ++bit) {
                QByteArray flipped = blob;
                flipped[at] = char(flipped[at] ^ (1 << ((at + bit) % 8)));
                replaceResource(entries, entries.size() - 1, withSignatureData(prov, flipped));
                bundle.insert(QStringLiteral("entry"), entries);
                auto checked = app::FhirExportVerifier::verify(QJsonDocument(bundle).toJson(QJsonDocument::Compact));
                QVERIFY2(!checked.ok(), qPrintable(QStringLiteral("byte %1 bit %2 accepted").arg(at).arg(bit)));
                ++tried;
            }
        }
        QVERIFY(tried > 1000);
    }

    // The official FHIR R4 JSON schema accepts every export of this suite, and the checker
    // really checks: a broken copy is refused.
    void exportsValidateAgainstFhirSchema()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        QVERIFY(m_exports.size() >= 3);
        const QString schema = QStringLiteral(MEDILOCK_TEST_DATA "/schema/fhir.schema.json");
        const QString script = QStringLiteral(MEDILOCK_TEST_SOURCE "/fhir_schema_check.py");
        auto run = [&](const QStringList& files) {
            QProcess p;
            p.start(python, QStringList{script, schema} + files);
            p.waitForFinished(300000);
            return std::pair{p.exitCode(), QString::fromLocal8Bit(p.readAllStandardError())};
        };
        const auto [code, errors] = run(m_exports);
        if (code == 2)
            QSKIP("python3-jsonschema is not installed (scripts/deps.sh installs it)");
        QVERIFY2(code == 0, qPrintable(errors));

        QJsonObject broken = parse([&] { QFile f(m_exports.first()); f.open(QIODevice::ReadOnly); return f.readAll(); }());
        QJsonArray entries = broken.value(QStringLiteral("entry")).toArray();
        QJsonObject first = entries.first().toObject();
        QJsonObject composition = first.value(QStringLiteral("resource")).toObject();
        composition.insert(QStringLiteral("status"), QStringLiteral("finished")); // not a Composition status
        first.insert(QStringLiteral("resource"), composition);
        entries[0] = first;
        broken.insert(QStringLiteral("entry"), entries);
        const QString brokenPath = m_dir.filePath(QStringLiteral("broken.json"));
        QFile out(brokenPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(broken).toJson());
        out.close();
        QCOMPARE(run({brokenPath}).first, 1);
    }
};

QTEST_GUILESS_MAIN(tst_FhirExport)
#include "tst_FhirExport.moc"
