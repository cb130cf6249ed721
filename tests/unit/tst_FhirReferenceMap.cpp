// How an export writes references (FhirReferenceMap), and that the verifier repeats exactly
// that rule: on a Bundle drawn up here from signed entries, in any order.

#include "app/FhirExportVerifier.h"
#include "app/FhirProvenance.h"
#include "app/FhirReferenceMap.h"
#include "app/PatientId.h"

#include "crypto/Ed25519.h"
#include "ledger/Entry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <algorithm>

using namespace medilock;

namespace {

const ledger::Id128 kPatient{0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff, 0x01};
const QString kUuid = QStringLiteral("c64139e7-f02d-409c-bf34-75e8bf23bc80");

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QJsonObject ref(const QString& to)
{
    return {{QStringLiteral("reference"), to}};
}

} // namespace

class tst_FhirReferenceMap : public QObject
{
    Q_OBJECT

private:
    crypto::Ed25519PrivateKey m_key = crypto::Ed25519PrivateKey::generate();

    ledger::Entry sign(ledger::EntryKind kind, const QJsonObject& resource, std::uint64_t ms)
    {
        ledger::Entry::Fields f;
        f.kind = kind;
        f.patientId = kPatient;
        f.authoredAt = {ms, 0};
        f.payload = QJsonDocument(resource).toJson(QJsonDocument::Compact);
        auto entry = ledger::Entry::sign(std::move(f), m_key);
        if (!entry)
            qFatal("cannot sign: %s", qPrintable(entry.error()));
        return std::move(entry).value();
    }

    QJsonObject resourceOf(const ledger::Entry& e) { return QJsonDocument::fromJson(e.payload()).object(); }

    // A Patient, a Condition and its corrected copy (same id, authored later), and an
    // Observation naming the patient as import writes it and the condition by Type/id.
    std::vector<ledger::Entry> record()
    {
        std::vector<ledger::Entry> out;
        out.push_back(sign(ledger::EntryKind::PatientRegistered,
                           json(R"({"resourceType":"Patient","id":"pat-1","name":[{"family":"Test"}]})"), 1000));
        out.push_back(sign(ledger::EntryKind::Condition,
                           json(R"({"resourceType":"Condition","id":"cond-1","code":{"text":"first"}})"), 2000));
        out.push_back(sign(ledger::EntryKind::Condition,
                           json(R"({"resourceType":"Condition","id":"cond-1","code":{"text":"corrected"}})"), 3000));
        QJsonObject obs{{QStringLiteral("resourceType"), QStringLiteral("Observation")},
                        {QStringLiteral("id"), kUuid},
                        {QStringLiteral("subject"), ref(QStringLiteral("Patient/") + app::patientIdText(kPatient))},
                        {QStringLiteral("focus"), QJsonArray{ref(QStringLiteral("Condition/cond-1"))}}};
        out.push_back(sign(ledger::EntryKind::Observation, obs, 4000));
        return out;
    }

    // The Bundle as FhirExporter writes one: each resource rewritten, then its Provenance.
    QJsonObject bundleOf(const std::vector<ledger::Entry>& entries)
    {
        app::FhirReferenceMap map;
        for (const auto& e : entries)
            map.add(e, resourceOf(e));
        ledger::Signer signer;
        signer.name = QStringLiteral("tester");
        signer.keyFingerprint = crypto::fingerprintOf(asView(ledger::toBytes(entries.front().author())));
        QJsonArray items;
        for (const auto& e : entries) {
            items.append(app::fhirprov::bundleEntry(app::fhirprov::entryUrl(e), map.rewrite(resourceOf(e))));
            items.append(app::fhirprov::bundleEntry(app::fhirprov::urnUuid(ledger::toBytes(e.hash())),
                                                    app::fhirprov::provenance(e, app::fhirprov::entryUrl(e), signer)));
        }
        return {{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                {QStringLiteral("type"), QStringLiteral("collection")},
                {QStringLiteral("entry"), items}};
    }

private Q_SLOTS:
    void keys()
    {
        const auto entries = record();
        app::FhirReferenceMap map;
        for (const auto& e : entries)
            map.add(e, resourceOf(e));
        const QString patientUrl = app::fhirprov::entryUrl(entries[0]);
        QCOMPARE(map.target(QStringLiteral("Patient/") + app::patientIdText(kPatient)), patientUrl);
        QCOMPARE(map.target(QStringLiteral("Patient/pat-1")), patientUrl);
        QCOMPARE(map.target(QStringLiteral("Observation/") + kUuid), app::fhirprov::entryUrl(entries[3]));
        QCOMPARE(map.target(QStringLiteral("urn:uuid:") + kUuid), app::fhirprov::entryUrl(entries[3]));
        // Only a UUID id makes a urn:uuid key; nothing else is guessed.
        QVERIFY(map.target(QStringLiteral("urn:uuid:pat-1")).isEmpty());
        QVERIFY(map.target(QStringLiteral("Patient/other")).isEmpty());
        QVERIFY(map.target(QStringLiteral("Condition/cond-1/_history/1")).isEmpty());
        QVERIFY(map.target(QStringLiteral("Practitioner?identifier=x|1")).isEmpty());
    }

    // Two entries claim "Condition/cond-1": the one authored last wins, whatever the order
    // the map saw them in.
    void sameKeyGoesToTheLatest()
    {
        auto entries = record();
        const QString latest = app::fhirprov::entryUrl(entries[2]);
        for (int round = 0; round < 2; ++round) {
            app::FhirReferenceMap map;
            for (const auto& e : entries)
                map.add(e, resourceOf(e));
            QCOMPARE(map.target(QStringLiteral("Condition/cond-1")), latest);
            std::reverse(entries.begin(), entries.end());
        }
    }

    void rewriteTouchesOnlyReferenceMembers()
    {
        const auto entries = record();
        app::FhirReferenceMap map;
        for (const auto& e : entries)
            map.add(e, resourceOf(e));
        const QJsonObject in{
            {QStringLiteral("resourceType"), QStringLiteral("DiagnosticReport")},
            {QStringLiteral("note"), QStringLiteral("Condition/cond-1")}, // not a reference member
            {QStringLiteral("result"), QJsonArray{ref(QStringLiteral("urn:uuid:") + kUuid), ref(QStringLiteral("#local")),
                                                  ref(QStringLiteral("Encounter/elsewhere"))}},
            {QStringLiteral("extension"),
             QJsonArray{QJsonObject{{QStringLiteral("valueReference"), ref(QStringLiteral("Condition/cond-1"))}}}},
            {QStringLiteral("weird"), QJsonObject{{QStringLiteral("reference"), 42}}},
        };
        const QJsonObject out = map.rewrite(in);
        QCOMPARE(out.value(QStringLiteral("note")).toString(), QStringLiteral("Condition/cond-1"));
        const QJsonArray result = out.value(QStringLiteral("result")).toArray();
        QCOMPARE(result[0].toObject().value(QStringLiteral("reference")).toString(), app::fhirprov::entryUrl(entries[3]));
        QCOMPARE(result[1].toObject().value(QStringLiteral("reference")).toString(), QStringLiteral("#local"));
        QCOMPARE(result[2].toObject().value(QStringLiteral("reference")).toString(), QStringLiteral("Encounter/elsewhere"));
        QCOMPARE(out.value(QStringLiteral("extension")).toArray()[0].toObject().value(QStringLiteral("valueReference")).toObject().value(
                     QStringLiteral("reference")).toString(),
                 app::fhirprov::entryUrl(entries[2]));
        QCOMPARE(out.value(QStringLiteral("weird")), in.value(QStringLiteral("weird")));
        // Rewriting is idempotent: a fullUrl is no key.
        QCOMPARE(map.rewrite(out), out);
    }

    // Past the JSON depth limit nothing is rewritten, and nothing recurses without bound.
    void rewriteIsBoundedInDepth()
    {
        app::FhirReferenceMap map;
        const auto entries = record();
        for (const auto& e : entries)
            map.add(e, resourceOf(e));
        QJsonObject deep = ref(QStringLiteral("Condition/cond-1"));
        for (int i = 0; i < 200; ++i)
            deep = QJsonObject{{QStringLiteral("a"), deep}};
        const QJsonObject out = map.rewrite(deep);
        QCOMPARE(out, deep);
        const QJsonObject shallow{{QStringLiteral("a"), ref(QStringLiteral("Condition/cond-1"))}};
        QCOMPARE(map.rewrite(shallow).value(QStringLiteral("a")).toObject().value(QStringLiteral("reference")).toString(),
                 app::fhirprov::entryUrl(entries[2]));
    }

    // The verifier rebuilds the same map from the signed entries: it accepts the Bundle in
    // any entry order, and refuses a reference pointed at the superseded copy.
    void verifierRepeatsTheRewrite()
    {
        auto entries = record();
        QJsonObject bundle = bundleOf(entries);
        auto checked = app::FhirExportVerifier::verify(QJsonDocument(bundle).toJson());
        QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error()));
        QCOMPARE(checked->resources, 4);

        QJsonArray items = bundle.value(QStringLiteral("entry")).toArray();
        QJsonArray reversed;
        for (qsizetype i = items.size() - 2; i >= 0; i -= 2)
            reversed << items[i] << items[i + 1];
        QJsonObject shuffled = bundle;
        shuffled.insert(QStringLiteral("entry"), reversed);
        checked = app::FhirExportVerifier::verify(QJsonDocument(shuffled).toJson());
        QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error()));

        QJsonObject obsItem = items[6].toObject();
        QJsonObject obs = obsItem.value(QStringLiteral("resource")).toObject();
        QCOMPARE(obs.value(QStringLiteral("focus")).toArray()[0].toObject().value(QStringLiteral("reference")).toString(),
                 app::fhirprov::entryUrl(entries[2]));
        obs.insert(QStringLiteral("focus"), QJsonArray{ref(app::fhirprov::entryUrl(entries[1]))});
        obsItem.insert(QStringLiteral("resource"), obs);
        items[6] = obsItem;
        bundle.insert(QStringLiteral("entry"), items);
        checked = app::FhirExportVerifier::verify(QJsonDocument(bundle).toJson());
        QVERIFY(!checked.ok());
        QVERIFY2(checked.error().contains(QLatin1String("differs from what its author signed")), qPrintable(checked.error()));
    }

    // The map is rebuilt from the entries present: drop the corrected Condition and its
    // Provenance, and "Condition/cond-1" must now be written as the first one's fullUrl, so
    // the Observation that still points at the dropped one is refused.
    void droppedTargetIsRefused()
    {
        auto entries = record();
        QJsonObject bundle = bundleOf(entries);
        QJsonArray items = bundle.value(QStringLiteral("entry")).toArray();
        items.removeAt(4); // the corrected Condition
        items.removeAt(4); // and its Provenance
        bundle.insert(QStringLiteral("entry"), items);
        auto checked = app::FhirExportVerifier::verify(QJsonDocument(bundle).toJson());
        QVERIFY(!checked.ok());
        QVERIFY2(checked.error().contains(QLatin1String("differs from what its author signed")), qPrintable(checked.error()));
    }

    // A signed payload is outside input like the Bundle: one with a key twice (which a
    // parser would silently resolve one way) is refused before any comparison.
    void signedPayloadWithinJsonLimits()
    {
        auto entries = record();
        ledger::Entry::Fields f;
        f.kind = ledger::EntryKind::Observation;
        f.patientId = kPatient;
        f.authoredAt = {5000, 0};
        f.payload = QByteArrayLiteral(R"({"resourceType":"Observation","id":"dup","status":"final","status":"amended"})");
        auto odd = ledger::Entry::sign(std::move(f), m_key);
        QVERIFY(odd.ok());
        entries.push_back(std::move(odd).value());
        auto checked = app::FhirExportVerifier::verify(QJsonDocument(bundleOf(entries)).toJson());
        QVERIFY(!checked.ok());
        QVERIFY2(checked.error().contains(QLatin1String("the signed payload is not a JSON resource")), qPrintable(checked.error()));
        QVERIFY2(checked.error().contains(QLatin1String("twice")), qPrintable(checked.error()));
    }
};

QTEST_GUILESS_MAIN(tst_FhirReferenceMap)
#include "tst_FhirReferenceMap.moc"
