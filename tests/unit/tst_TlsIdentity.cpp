#include "crypto/TlsIdentity.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QTest>

#include <optional>

using namespace medilock;
using namespace medilock::crypto;

namespace {
SecureBuffer secret(const QByteArray& bytes)
{
    return SecureBuffer(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

QByteArray keyPem(const TlsIdentity& identity)
{
    return toByteArray(identity.privateKeyPem().view());
}
} // namespace

class tst_TlsIdentity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void loadsIntoQtNetwork();
    void fingerprintIsSha256OfDer();
    void certificateFields();
    void generatedIdentitiesDiffer();
    void fromPemRoundTrip();
    void cloneIsEqual();
    void mismatchedKeyRefused();
    void garbageRefused_data();
    void garbageRefused();
    void longCommonName_data();
    void longCommonName();

private:
    std::optional<TlsIdentity> m_identity;
    std::optional<TlsIdentity> m_other;
};

void tst_TlsIdentity::initTestCase()
{
    auto identity = TlsIdentity::generate(QStringLiteral("MediLock node test"));
    QVERIFY2(identity.ok(), qPrintable(identity.ok() ? QString() : identity.error()));
    m_identity = std::move(identity).value();
    auto other = TlsIdentity::generate(QStringLiteral("MediLock node other"));
    QVERIFY(other.ok());
    m_other = std::move(other).value();
}

void tst_TlsIdentity::loadsIntoQtNetwork()
{
    QVERIFY(m_identity->certificatePem().startsWith("-----BEGIN CERTIFICATE-----"));
    const QSslCertificate certificate(m_identity->certificatePem(), QSsl::Pem);
    QVERIFY(!certificate.isNull());
    const QSslKey key(keyPem(*m_identity), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    QVERIFY(!key.isNull());
    QCOMPARE(key.algorithm(), QSsl::Ec);
    QCOMPARE(key.type(), QSsl::PrivateKey);
    QCOMPARE(key.length(), 256); // P-256
    QCOMPARE(certificate.publicKey().algorithm(), QSsl::Ec);
    QCOMPARE(certificate.publicKey().length(), 256);
    // The DER form the fingerprint is computed over is the certificate Qt sees.
    QCOMPARE(certificate.toDer(), m_identity->certificateDer());
}

void tst_TlsIdentity::fingerprintIsSha256OfDer()
{
    const QSslCertificate certificate(m_identity->certificatePem(), QSsl::Pem);
    QVERIFY(!certificate.isNull());
    QCOMPARE(m_identity->fingerprint(), QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex()));
    QCOMPARE(m_identity->fingerprint(),
        QString::fromLatin1(
            QCryptographicHash::hash(m_identity->certificateDer(), QCryptographicHash::Sha256).toHex()));
    static const QRegularExpression lowerHex64(QStringLiteral("^[0-9a-f]{64}$"));
    QVERIFY(lowerHex64.match(m_identity->fingerprint()).hasMatch());
}

void tst_TlsIdentity::certificateFields()
{
    const QSslCertificate certificate(m_identity->certificatePem(), QSsl::Pem);
    QCOMPARE(certificate.subjectInfo(QSslCertificate::CommonName), QStringList {QStringLiteral("MediLock node test")});
    QCOMPARE(certificate.subjectInfo(QSslCertificate::Organization), QStringList {QStringLiteral("MediLock")});
    QVERIFY(certificate.isSelfSigned());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(certificate.effectiveDate() <= now);
    QVERIFY(certificate.expiryDate() > now.addYears(10));
    QCOMPARE(certificate.version(), QByteArray("3"));
    QVERIFY(!certificate.serialNumber().isEmpty());
}

void tst_TlsIdentity::generatedIdentitiesDiffer()
{
    QVERIFY(m_identity->fingerprint() != m_other->fingerprint());
    QVERIFY(keyPem(*m_identity) != keyPem(*m_other));
    const QSslCertificate a(m_identity->certificatePem(), QSsl::Pem);
    const QSslCertificate b(m_other->certificatePem(), QSsl::Pem);
    QVERIFY(a.serialNumber() != b.serialNumber());
    QVERIFY(a.publicKey().toDer() != b.publicKey().toDer());
}

void tst_TlsIdentity::fromPemRoundTrip()
{
    auto loaded = TlsIdentity::fromPem(m_identity->certificatePem(), m_identity->privateKeyPem().clone());
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error()));
    QCOMPARE(loaded->fingerprint(), m_identity->fingerprint());
    QCOMPARE(loaded->certificatePem(), m_identity->certificatePem());
    QCOMPARE(loaded->certificateDer(), m_identity->certificateDer());
    QCOMPARE(keyPem(*loaded), keyPem(*m_identity));
}

void tst_TlsIdentity::cloneIsEqual()
{
    const TlsIdentity copy = m_identity->clone();
    QCOMPARE(copy.fingerprint(), m_identity->fingerprint());
    QCOMPARE(keyPem(copy), keyPem(*m_identity));
    QVERIFY(copy.privateKeyPem().data() != m_identity->privateKeyPem().data());
}

void tst_TlsIdentity::mismatchedKeyRefused()
{
    auto mixed = TlsIdentity::fromPem(m_identity->certificatePem(), m_other->privateKeyPem().clone());
    QVERIFY(!mixed.ok());
    QVERIFY2(mixed.error().contains(QLatin1String("does not match")), qPrintable(mixed.error()));
    auto mixedBack = TlsIdentity::fromPem(m_other->certificatePem(), m_identity->privateKeyPem().clone());
    QVERIFY(!mixedBack.ok());
}

void tst_TlsIdentity::garbageRefused_data()
{
    QTest::addColumn<QByteArray>("certificate");
    QTest::addColumn<QByteArray>("key");
    // Filled in from the generated identity in garbageRefused(); tags name the damage.
    QTest::newRow("empty certificate") << QByteArray() << QByteArray("KEY");
    QTest::newRow("text certificate") << QByteArray("not a certificate") << QByteArray("KEY");
    QTest::newRow("truncated certificate") << QByteArray("HALF-CERT") << QByteArray("KEY");
    QTest::newRow("corrupted certificate body") << QByteArray("BAD-CERT") << QByteArray("KEY");
    QTest::newRow("empty key") << QByteArray("CERT") << QByteArray();
    QTest::newRow("text key") << QByteArray("CERT") << QByteArray("not a key");
    QTest::newRow("truncated key") << QByteArray("CERT") << QByteArray("HALF-KEY");
    QTest::newRow("certificate as key") << QByteArray("CERT") << QByteArray("CERT");
    QTest::newRow("key as certificate") << QByteArray("KEY") << QByteArray("KEY");
}

void tst_TlsIdentity::garbageRefused()
{
    QFETCH(QByteArray, certificate);
    QFETCH(QByteArray, key);
    const QByteArray goodCert = m_identity->certificatePem();
    const QByteArray goodKey = keyPem(*m_identity);
    const auto resolve = [&](const QByteArray& token) -> QByteArray {
        if (token == "CERT")
            return goodCert;
        if (token == "KEY")
            return goodKey;
        if (token == "HALF-CERT")
            return goodCert.left(goodCert.size() / 2);
        if (token == "HALF-KEY")
            return goodKey.left(goodKey.size() / 2);
        if (token == "BAD-CERT") {
            // Change base64 characters in the middle: the DER no longer parses or verifies.
            QByteArray damaged = goodCert;
            for (qsizetype i = damaged.size() / 3; i < damaged.size() / 3 + 24; ++i)
                if (damaged[i] != '\n')
                    damaged[i] = damaged[i] == 'A' ? 'B' : 'A';
            return damaged;
        }
        return token;
    };
    auto loaded = TlsIdentity::fromPem(resolve(certificate), secret(resolve(key)));
    QVERIFY(!loaded.ok());
    QVERIFY(!loaded.error().isEmpty());
}

void tst_TlsIdentity::longCommonName_data()
{
    QTest::addColumn<QString>("commonName");
    QTest::newRow("ascii, 100 characters") << QString(100, QLatin1Char('n'));
    // A clinic name with accents, long enough that its UTF-8 passes 64 bytes mid-character.
    QTest::newRow("non-ascii, over 64 bytes")
        << QStringLiteral("n\u00f3 da Cl\u00ednica S\u00e3o Jos\u00e9 \u2014 \u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9"
                          "\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9");
    // A character outside the BMP (a surrogate pair) straddling the 64th position.
    QTest::newRow("surrogate pair at the cut") << QString(63, QLatin1Char('n')) + QStringLiteral("\U0001F489 and more");
}

void tst_TlsIdentity::longCommonName()
{
    QFETCH(QString, commonName);
    auto identity = TlsIdentity::generate(commonName);
    QVERIFY2(identity.ok(), qPrintable(identity.ok() ? QString() : identity.error()));
    const QSslCertificate certificate(identity->certificatePem(), QSsl::Pem);
    QVERIFY(!certificate.isNull());
    const QStringList names = certificate.subjectInfo(QSslCertificate::CommonName);
    QCOMPARE(names.size(), 1);
    // Shortened, never garbled: a prefix of what was asked for, at most 64 characters.
    QVERIFY(!names.first().isEmpty());
    QVERIFY(names.first().size() <= 64);
    QVERIFY2(commonName.startsWith(names.first()), qPrintable(names.first()));
}

QTEST_GUILESS_MAIN(tst_TlsIdentity)
#include "tst_TlsIdentity.moc"
