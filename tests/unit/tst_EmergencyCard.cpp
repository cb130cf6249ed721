// The emergency card's text format (docs/emergency-card.md): the test vector, canonical form,
// what a verifier refuses, and shortening to fit one QR code.

#include "app/EmergencyCard.h"

#include "crypto/Hex.h"

#include <QtTest>

using namespace medilock;
using app::EmergencyCard;
using app::EmergencyCardContent;

namespace {
// RFC 8032, section 7.1, test 1: a published key, so anyone can reproduce the vector.
crypto::Ed25519PrivateKey vectorKey()
{
    const QByteArray seed = QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    return crypto::Ed25519PrivateKey::fromSeed(asView(seed)).value();
}

EmergencyCardContent vectorContent()
{
    EmergencyCardContent c;
    c.name = QStringLiteral("Jane Doe");
    c.birthDate = QStringLiteral("1980-02-29");
    c.sex = QStringLiteral("female");
    c.bloodGroup = QStringLiteral("O-");
    c.allergyStatus = EmergencyCardContent::Allergies::Recorded;
    c.allergies = {QStringLiteral("Penicillin [high]"), QStringLiteral("Latex")};
    c.problems = {QStringLiteral("Epilepsy (G40.9)")};
    c.medications = {QStringLiteral("Levetiracetam 500 mg twice daily")};
    c.issuedAt = QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC);
    return c;
}

// docs/emergency-card.md, "Test vector": byte for byte.
const char* const kVector = "MEDILOCK EMERGENCY CARD v1\n"
                            "Name: Jane Doe\n"
                            "Born: 1980-02-29\n"
                            "Sex: female\n"
                            "Blood group: O-\n"
                            "Allergies: Penicillin [high]; Latex\n"
                            "Problems: Epilepsy (G40.9)\n"
                            "Medications: Levetiracetam 500 mg twice daily\n"
                            "Issued: 2026-11-24T08:00:00Z\n"
                            "Node: 11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\n"
                            "Signature: W-7_R6lo5kWbDvM1VQH97hIowF7GQ60ceKj3X2kzB2bjfBvvFbSSc6bSN2ZGXZ_ul47sQ50oPyutjuJRf7vRAw";
} // namespace

class tst_EmergencyCard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testVector()
    {
        auto text = EmergencyCard::sign(vectorContent(), vectorKey());
        QVERIFY(text.ok());
        QCOMPARE(QString::fromUtf8(*text), QString::fromUtf8(kVector));
        auto card = EmergencyCard::verify(*text);
        QVERIFY2(card.ok(), qPrintable(card.ok() ? QString() : card.error()));
        QCOMPARE(card->content, vectorContent());
        QCOMPARE(card->nodeKey, vectorKey().publicKey().bytes());
        QCOMPARE(card->text, *text);
    }

    // A scanner's line end is ignored; nothing else may differ.
    void trailingLineEndIsTolerated()
    {
        const QByteArray text = EmergencyCard::sign(vectorContent(), vectorKey()).value();
        QVERIFY(EmergencyCard::verify(text + "\n").ok());
        QVERIFY(EmergencyCard::verify(text + "\r\n").ok());
        QVERIFY(!EmergencyCard::verify(" " + text).ok());
        QVERIFY(!EmergencyCard::verify(text + "\nextra").ok());
    }

    // Every single-character change anywhere in the card is refused.
    void anyChangedCharacterFails()
    {
        const QByteArray text = EmergencyCard::sign(vectorContent(), vectorKey()).value();
        for (qsizetype i = 0; i < text.size(); ++i) {
            QByteArray altered = text;
            altered[i] = altered[i] == 'x' ? 'y' : 'x';
            if (altered[i] == text[i])
                continue;
            const auto card = EmergencyCard::verify(altered);
            QVERIFY2(!card.ok(), qPrintable(QStringLiteral("accepted with byte %1 changed").arg(i)));
        }
    }

    void signedByAnotherKeyNamesThatKey()
    {
        const auto other = crypto::Ed25519PrivateKey::generate();
        auto card = EmergencyCard::verify(EmergencyCard::sign(vectorContent(), other).value());
        QVERIFY(card.ok());
        QCOMPARE(card->nodeKey, other.publicKey().bytes());
        // Swapping in another key without re-signing fails.
        QByteArray text = EmergencyCard::sign(vectorContent(), vectorKey()).value();
        const QByteArray mine = vectorKey().publicKey().bytes().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const QByteArray theirs = other.publicKey().bytes().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        text.replace(mine, theirs);
        QVERIFY(!EmergencyCard::verify(text).ok());
    }

    void allergyStatesAreDistinct_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("line");
        QTest::newRow("none known") << int(EmergencyCardContent::Allergies::NoneKnown) << QStringLiteral("Allergies: NONE KNOWN");
        QTest::newRow("never recorded") << int(EmergencyCardContent::Allergies::NeverRecorded)
                                        << QStringLiteral("Allergies: NEVER RECORDED");
    }

    void allergyStatesAreDistinct()
    {
        QFETCH(int, status);
        QFETCH(QString, line);
        EmergencyCardContent c = vectorContent();
        c.allergies.clear();
        c.allergyStatus = EmergencyCardContent::Allergies(status);
        c.problems.clear();
        c.medications.clear();
        c.bloodGroup.clear();
        const QByteArray text = EmergencyCard::sign(c, vectorKey()).value();
        QVERIFY(text.contains(line.toUtf8() + '\n'));
        QVERIFY(text.contains("Problems: none active\nMedications: none current\n"));
        QVERIFY(text.contains("Blood group: not recorded\n"));
        auto card = EmergencyCard::verify(text);
        QVERIFY(card.ok());
        QCOMPARE(card->content, c);
    }

    void contradictoryAllergiesAreRefused()
    {
        EmergencyCardContent c = vectorContent();
        c.allergyStatus = EmergencyCardContent::Allergies::NoneKnown;
        QVERIFY(!EmergencyCard::sign(c, vectorKey()).ok());
        c.allergyStatus = EmergencyCardContent::Allergies::Recorded;
        c.allergies = {QStringLiteral("  ")};
        QVERIFY(!EmergencyCard::sign(c, vectorKey()).ok());
    }

    // Separators, line breaks and control characters in the data cannot forge a line.
    void itemTextIsMadeCanonical()
    {
        QCOMPARE(EmergencyCard::cleanText(QStringLiteral("  a;b\n\tc\u0007 ")), QStringLiteral("a b c"));
        QCOMPARE(EmergencyCard::cleanText(QStringLiteral("Peni\u202Ecillin\u2028x")), QStringLiteral("Peni cillin x"));
        QCOMPARE(EmergencyCard::cleanText(QString(100, QLatin1Char('x'))).size(), qsizetype(EmergencyCard::kMaxItemChars));
        // A surrogate pair is never cut in half.
        const QString emoji = QString(59, QLatin1Char('x')) + QString::fromUtf8("\xF0\x9F\x98\x80") + QStringLiteral("yy");
        QCOMPARE(EmergencyCard::cleanText(emoji).toUcs4().size(), qsizetype(60));
        EmergencyCardContent c = vectorContent();
        c.name = QStringLiteral("Jane\nSignature: forged");
        c.problems = {QStringLiteral("Asthma; Epilepsy")};
        const QByteArray text = EmergencyCard::sign(c, vectorKey()).value();
        QVERIFY(text.contains("Name: Jane Signature: forged\n"));
        auto card = EmergencyCard::verify(text);
        QVERIFY(card.ok());
        QCOMPARE(card->content.problems, QStringList{QStringLiteral("Asthma Epilepsy")});
    }

    // A long history still fits one QR code: medications go first, allergies last.
    void longListsAreShortenedToFit()
    {
        EmergencyCardContent c = vectorContent();
        for (int i = 0; i < 30; ++i) {
            c.allergies << QStringLiteral("Allergen number %1 with a long descriptive name [high]").arg(i);
            c.problems << QStringLiteral("Problem number %1 with a long descriptive name").arg(i);
            c.medications << QStringLiteral("Medication number %1 with a long descriptive name").arg(i);
        }
        auto text = EmergencyCard::sign(c, vectorKey());
        QVERIFY(text.ok());
        QVERIFY(text->size() <= EmergencyCard::kMaxTextBytes);
        auto card = EmergencyCard::verify(*text);
        QVERIFY(card.ok());
        QCOMPARE(card->content.medications, QStringList{QStringLiteral("+31 more")});
        QVERIFY(card->content.allergies.size() > card->content.problems.size() || card->content.problems.last().startsWith(QLatin1Char('+')));
        QCOMPARE(card->content.allergies.first(), c.allergies.first());
        QVERIFY(card->content.problems.last().endsWith(QLatin1String(" more")));
    }

    void notACard_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("other text") << QByteArray("https://example.org/");
        QTest::newRow("too long") << QByteArray(EmergencyCard::kMaxTextBytes + 1, 'a');
        QTest::newRow("bad utf-8") << QByteArray("MEDILOCK EMERGENCY CARD v1\nName: \xff\xfe");
        QTest::newRow("version 2") << QByteArray(kVector).replace("v1\n", "v2\n");
        QTest::newRow("lines swapped") << QByteArray(kVector).replace("Born: 1980-02-29\nSex: female", "Sex: female\nBorn: 1980-02-29");
        QTest::newRow("short signature") << QByteArray(kVector).replace("Signature: ", "Signature: AAAA");
    }

    void notACard()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!EmergencyCard::verify(text).ok());
    }
};

QTEST_GUILESS_MAIN(tst_EmergencyCard)
#include "tst_EmergencyCard.moc"
