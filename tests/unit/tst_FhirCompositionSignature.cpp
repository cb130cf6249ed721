// The node-signed Composition blob (app/FhirCompositionSignature.h): the known-answer vector
// of docs/fhir-export.md, and strict parsing of every malformed blob.

#include "app/FhirCompositionSignature.h"

#include <QtTest>

using namespace medilock;

namespace {
// docs/fhir-export.md, "Test vector": the node key of seed 02 x 32 (docs/ledger-format.md).
const QByteArray kComposition =
    QByteArrayLiteral(R"({"id":"0123456789abcdef0123456789abcdef","resourceType":"Composition","status":"final"})");
const QByteArray kNodePublic = QByteArray::fromHex("8139770ea87d175f56a35466c34c7ecccb8d8a91b4ee37a25df60f5b8fc9b394");
const QByteArray kSignature = QByteArray::fromHex(
    "cc27bef1214a2a300517e29ede13afcd3e188fa544b4087be4c88636776900e3"
    "48280dee45006f64a49db1a28dba9a2e3a713110648981a507a7ff321e271502");

crypto::Ed25519PrivateKey nodeKey()
{
    const QByteArray seed(32, '\x02');
    return crypto::Ed25519PrivateKey::fromSeed(asView(seed)).value();
}
} // namespace

class tst_FhirCompositionSignature : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownAnswer()
    {
        QCOMPARE(kComposition.size(), 87);
        auto blob = app::fhircomposition::sign(nodeKey(), kComposition);
        QVERIFY(blob.ok());
        QCOMPARE(blob->size(), 188);
        const QByteArray expected = QByteArray(1, '\x01') + kNodePublic + QByteArray::fromHex("00000057") + kComposition + kSignature;
        QCOMPARE(blob->toHex(), expected.toHex());
        auto opened = app::fhircomposition::open(*blob);
        QVERIFY(opened.ok());
        QCOMPARE(opened->nodeKey, kNodePublic);
        QCOMPARE(opened->composition, kComposition);
    }

    // Every truncation and extension, a wrong version, a length that disagrees with the
    // size, and every single-bit flip: refused, never a crash.
    void malformedBlobsAreRefused()
    {
        const QByteArray blob = app::fhircomposition::sign(nodeKey(), kComposition).value();
        for (qsizetype n = 0; n < blob.size(); ++n)
            QVERIFY2(!app::fhircomposition::open(blob.left(n)).ok(), qPrintable(QString::number(n)));
        QVERIFY(!app::fhircomposition::open(blob + '\0').ok());
        for (qsizetype at = 0; at < blob.size(); ++at)
            for (int bit = 0; bit < 8; ++bit) {
                QByteArray flipped = blob;
                flipped[at] = char(flipped[at] ^ (1 << bit));
                QVERIFY2(!app::fhircomposition::open(flipped).ok(), qPrintable(QStringLiteral("%1/%2").arg(at).arg(bit)));
            }
        QByteArray huge = blob;
        huge[33] = '\x7f'; // a length of about 2 GiB
        QVERIFY(!app::fhircomposition::open(huge).ok());
        QVERIFY(!app::fhircomposition::sign(crypto::Ed25519PrivateKey(), kComposition).ok());
    }
};

QTEST_GUILESS_MAIN(tst_FhirCompositionSignature)
#include "tst_FhirCompositionSignature.moc"
