#include "crypto/Scrypt.h"

#include <QTest>

using namespace medilock;
using namespace medilock::crypto;

Q_DECLARE_METATYPE(medilock::crypto::ScryptParams)

namespace {
QByteArray derive(const QByteArray& passphrase, const QByteArray& salt, const ScryptParams& params, std::size_t length)
{
    auto out = scrypt(asView(passphrase), asView(salt), params, length);
    if (!out)
        return {};
    return toByteArray(out->view());
}
} // namespace

class tst_Scrypt : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rfc7914_data();
    void rfc7914();
    void outputIsAPrefixFamily();
    void inputsMatter();
    void outOfBoundsRefused_data();
    void outOfBoundsRefused();
    void withinBounds_data();
    void withinBounds();
    void memoryBytes();
    void calibration();
};

void tst_Scrypt::rfc7914_data()
{
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<ScryptParams>("params");
    QTest::addColumn<QByteArray>("expected");
    // RFC 7914 §12. The fourth vector (N = 2^20, r = 8: 1 GiB of memory, seconds in a Debug
    // build on a shared machine) is deliberately not run.
    QTest::newRow("vector 1: N=16 r=1 p=1")
        << QByteArray() << QByteArray() << ScryptParams {4, 1, 1}
        << QByteArray::fromHex("77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
                               "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906");
    QTest::newRow("vector 2: N=1024 r=8 p=16")
        << QByteArrayLiteral("password") << QByteArrayLiteral("NaCl") << ScryptParams {10, 8, 16}
        << QByteArray::fromHex("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                               "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640");
    QTest::newRow("vector 3: N=16384 r=8 p=1")
        << QByteArrayLiteral("pleaseletmein") << QByteArrayLiteral("SodiumChloride") << ScryptParams {14, 8, 1}
        << QByteArray::fromHex("7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2"
                               "d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887");
}

void tst_Scrypt::rfc7914()
{
    QFETCH(QByteArray, passphrase);
    QFETCH(QByteArray, salt);
    QFETCH(ScryptParams, params);
    QFETCH(QByteArray, expected);
    auto out = scrypt(asView(passphrase), asView(salt), params, 64);
    QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error()));
    QCOMPARE(out->size(), std::size_t(64));
    QCOMPARE(toByteArray(out->view()), expected);
}

void tst_Scrypt::outputIsAPrefixFamily()
{
    // scrypt ends in PBKDF2: a shorter output is a prefix of a longer one.
    const ScryptParams params {10, 8, 1};
    const QByteArray long64 = derive("pass", "salt", params, 64);
    const QByteArray short32 = derive("pass", "salt", params, 32);
    QCOMPARE(long64.size(), 64);
    QCOMPARE(short32, long64.left(32));
}

void tst_Scrypt::inputsMatter()
{
    const ScryptParams params {10, 8, 1};
    const QByteArray base = derive("pass", "salt", params, 32);
    QCOMPARE(base.size(), 32);
    QCOMPARE(derive("pass", "salt", params, 32), base); // deterministic
    QVERIFY(derive("pasS", "salt", params, 32) != base);
    QVERIFY(derive("pass", "salT", params, 32) != base);
    QVERIFY(derive("pass", "salt", ScryptParams {11, 8, 1}, 32) != base);
    QVERIFY(derive("pass", "salt", ScryptParams {10, 7, 1}, 32) != base);
    QVERIFY(derive("pass", "salt", ScryptParams {10, 8, 2}, 32) != base);
}

void tst_Scrypt::outOfBoundsRefused_data()
{
    QTest::addColumn<ScryptParams>("params");
    QTest::newRow("logN 0") << ScryptParams {0, 8, 1};
    QTest::newRow("logN 23") << ScryptParams {23, 1, 1};
    QTest::newRow("logN 63") << ScryptParams {63, 8, 1};
    QTest::newRow("logN 255") << ScryptParams {255, 8, 1};
    QTest::newRow("r 0") << ScryptParams {10, 0, 1};
    QTest::newRow("p 0") << ScryptParams {10, 8, 0};
    QTest::newRow("2 GiB: N=2^21 r=8") << ScryptParams {21, 8, 1};
    QTest::newRow("2 GiB: N=2^20 r=8 p=2") << ScryptParams {20, 8, 2};
    QTest::newRow("4 GiB: N=2^22 r=8") << ScryptParams {22, 8, 1};
    QTest::newRow("huge r") << ScryptParams {10, 0x80000000u, 1};
    QTest::newRow("huge p") << ScryptParams {10, 8, 0x80000000u};
    QTest::newRow("r*p overflowing 64 bits") << ScryptParams {22, 0x80000000u, 0x80000000u};
}

void tst_Scrypt::outOfBoundsRefused()
{
    QFETCH(ScryptParams, params);
    QVERIFY(!params.withinBounds());
    auto out = scrypt(asView(QByteArrayLiteral("pass")), asView(QByteArrayLiteral("salt")), params, 32);
    QVERIFY(!out.ok());
    QVERIFY(!out.error().isEmpty());
}

void tst_Scrypt::withinBounds_data()
{
    QTest::addColumn<ScryptParams>("params");
    QTest::addColumn<bool>("within");
    QTest::newRow("logN 9 (below floor)") << ScryptParams {9, 8, 1} << false;
    QTest::newRow("logN 10") << ScryptParams {10, 8, 1} << true;
    QTest::newRow("logN 4 (the KAT, not storable)") << ScryptParams {4, 1, 1} << false;
    QTest::newRow("logN 22 r=1") << ScryptParams {22, 1, 1} << true;
    QTest::newRow("logN 22 r=2 (exactly 1 GiB)") << ScryptParams {22, 2, 1} << true;
    QTest::newRow("logN 22 r=2 p=2") << ScryptParams {22, 2, 2} << false;
    QTest::newRow("logN 23") << ScryptParams {23, 1, 1} << false;
    QTest::newRow("logN 20 r=8 (exactly 1 GiB)") << ScryptParams {20, 8, 1} << true;
    QTest::newRow("logN 20 r=9") << ScryptParams {20, 9, 1} << false;
    QTest::newRow("r 0") << ScryptParams {10, 0, 1} << false;
    QTest::newRow("r 1") << ScryptParams {10, 1, 1} << true;
    QTest::newRow("r 32") << ScryptParams {10, 32, 1} << true;
    QTest::newRow("r 33") << ScryptParams {10, 33, 1} << false;
    QTest::newRow("p 0") << ScryptParams {10, 8, 0} << false;
    QTest::newRow("p 16") << ScryptParams {10, 8, 16} << true;
    QTest::newRow("p 17") << ScryptParams {10, 8, 17} << false;
    QTest::newRow("logN 255") << ScryptParams {255, 8, 1} << false;
    QTest::newRow("default") << ScryptParams {} << true;
}

void tst_Scrypt::withinBounds()
{
    QFETCH(ScryptParams, params);
    QFETCH(bool, within);
    QCOMPARE(params.withinBounds(), within);
}

void tst_Scrypt::memoryBytes()
{
    QCOMPARE(ScryptParams({10, 8, 1}).memoryBytes(), std::uint64_t(1) << 20);
    QCOMPARE(ScryptParams({15, 8, 1}).memoryBytes(), std::uint64_t(32) << 20);
    QCOMPARE(ScryptParams({4, 1, 1}).memoryBytes(), std::uint64_t(2048));
}

void tst_Scrypt::calibration()
{
    const ScryptParams params = calibrateScrypt(50);
    QVERIFY(params.withinBounds());
    QCOMPARE(params.r, 8u);
    QCOMPARE(params.p, 1u);
    QVERIFY(params.logN >= 14 && params.logN <= 20);
}

QTEST_GUILESS_MAIN(tst_Scrypt)
#include "tst_Scrypt.moc"
