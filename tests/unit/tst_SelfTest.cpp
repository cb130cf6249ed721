#include "crypto/SelfTest.h"

#include <QTest>

using namespace medilock;
using namespace medilock::crypto;

class tst_SelfTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void passes();
    void faultIsReported_data();
    void faultIsReported();
    void unknownFaultNameChangesNothing();
};

void tst_SelfTest::init()
{
    qunsetenv("MEDILOCK_SELFTEST_FAULT");
}

void tst_SelfTest::cleanup()
{
    qunsetenv("MEDILOCK_SELFTEST_FAULT");
}

void tst_SelfTest::passes()
{
    auto result = runSelfTests();
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
    QVERIFY(selfTestsPassOrReport());
}

void tst_SelfTest::faultIsReported_data()
{
    QTest::addColumn<QByteArray>("name");
    for (const char* name : {"sha256", "ed25519", "scrypt", "aes-gcm"})
        QTest::newRow(name) << QByteArray(name);
}

void tst_SelfTest::faultIsReported()
{
    QFETCH(QByteArray, name);
    qputenv("MEDILOCK_SELFTEST_FAULT", name);
    auto result = runSelfTests();
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), QStringLiteral("cryptographic self-test failed: %1").arg(QString::fromLatin1(name)));
    QVERIFY(!selfTestsPassOrReport());
    // The fault hook only affects the run while it is set.
    qunsetenv("MEDILOCK_SELFTEST_FAULT");
    QVERIFY(runSelfTests().ok());
}

void tst_SelfTest::unknownFaultNameChangesNothing()
{
    for (const char* name : {"", "SHA256", "nonsense", "sha256 "}) {
        qputenv("MEDILOCK_SELFTEST_FAULT", name);
        QVERIFY2(runSelfTests().ok(), name);
    }
}

QTEST_GUILESS_MAIN(tst_SelfTest)
#include "tst_SelfTest.moc"
