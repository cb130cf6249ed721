#include "crypto/ConstantTime.h"

#include <QTest>

using namespace medilock;
using namespace medilock::crypto;

class tst_ConstantTime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void equality_data();
    void equality();
    void everySingleByteDifference();
    void viewsIntoLargerBuffers();
};

void tst_ConstantTime::equality_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    const QByteArray digest = QByteArray::fromHex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
    QTest::newRow("null and empty") << QByteArray() << QByteArray("") << true;
    QTest::newRow("empty and one byte") << QByteArray() << QByteArray(1, '\0') << false;
    QTest::newRow("equal digests") << digest << QByteArray(digest) << true;
    QTest::newRow("first byte differs") << digest << (QByteArray(1, '\xbb') + digest.mid(1)) << false;
    QTest::newRow("last byte differs") << digest << (digest.left(31) + QByteArray(1, '\xac')) << false;
    QTest::newRow("prefix (shorter)") << digest << digest.left(31) << false;
    QTest::newRow("extension (longer)") << digest << (digest + '\0') << false;
    QTest::newRow("equal with NULs") << QByteArray(8, '\0') << QByteArray(8, '\0') << true;
    QTest::newRow("zeros vs ones") << QByteArray(8, '\0') << QByteArray(8, '\xff') << false;
}

void tst_ConstantTime::equality()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(constantTimeEqual(a, b), equal);
    QCOMPARE(constantTimeEqual(b, a), equal);
    QCOMPARE(constantTimeEqual(asView(a), asView(b)), equal);
}

void tst_ConstantTime::everySingleByteDifference()
{
    QByteArray a(64, '\0');
    for (int i = 0; i < a.size(); ++i)
        a[i] = static_cast<char>(i * 3 + 1);
    for (int i = 0; i < a.size(); ++i) {
        for (int bit = 0; bit < 8; ++bit) {
            QByteArray b = a;
            b[i] = static_cast<char>(b[i] ^ (1 << bit));
            QVERIFY(!constantTimeEqual(a, b));
        }
    }
    QVERIFY(constantTimeEqual(a, QByteArray(a)));
}

void tst_ConstantTime::viewsIntoLargerBuffers()
{
    const QByteArray buffer = QByteArrayLiteral("xxABCDyyABCD");
    const ByteView all = asView(buffer);
    QVERIFY(constantTimeEqual(all.subspan(2, 4), all.subspan(8, 4)));
    QVERIFY(!constantTimeEqual(all.subspan(1, 4), all.subspan(8, 4)));
    QVERIFY(constantTimeEqual(all.subspan(0, 0), ByteView()));
}

QTEST_GUILESS_MAIN(tst_ConstantTime)
#include "tst_ConstantTime.moc"
