#include "crypto/Sha256.h"

#include <QCryptographicHash>
#include <QTest>

using namespace medilock;
using namespace medilock::crypto;

namespace {
QByteArray digestOf(Sha256& sha)
{
    return digestBytes(sha.final());
}
} // namespace

class tst_Sha256 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fipsVectors_data();
    void fipsVectors();
    void millionA();
    void incrementalEqualsOneShot_data();
    void incrementalEqualsOneShot();
    void byteByByte();
    void finalResetsForReuse();
    void explicitReset();
    void agreesWithQtImplementation();
};

// FIPS 180-2, appendix B (SHA-256 examples), plus the empty message.
void tst_Sha256::fipsVectors_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("digest");
    QTest::newRow("empty") << QByteArray()
                           << QByteArray::fromHex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArrayLiteral("abc")
                         << QByteArray::fromHex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("448-bit") << QByteArrayLiteral("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                             << QByteArray::fromHex("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

void tst_Sha256::fipsVectors()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, digest);
    QCOMPARE(Sha256::hash(message), digest);
    QCOMPARE(digestBytes(Sha256::hash(asView(message))), digest);
    Sha256 sha;
    sha.update(message);
    QCOMPARE(digestOf(sha), digest);
}

void tst_Sha256::millionA()
{
    // FIPS 180-2 B.3: one million 'a', fed in uneven chunks.
    const QByteArray expected = QByteArray::fromHex("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    const QByteArray chunk(997, 'a');
    Sha256 sha;
    qsizetype fed = 0;
    while (fed + chunk.size() <= 1000000) {
        sha.update(chunk);
        fed += chunk.size();
    }
    sha.update(QByteArray(1000000 - fed, 'a'));
    QCOMPARE(digestOf(sha), expected);
    QCOMPARE(Sha256::hash(QByteArray(1000000, 'a')), expected);
}

void tst_Sha256::incrementalEqualsOneShot_data()
{
    QTest::addColumn<int>("length");
    for (int length : {1, 55, 56, 63, 64, 65, 127, 128, 129, 1000})
        QTest::addRow("%d bytes", length) << length;
}

void tst_Sha256::incrementalEqualsOneShot()
{
    QFETCH(int, length);
    QByteArray message(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        message[i] = static_cast<char>((i * 131 + 7) & 0xff);
    const QByteArray oneShot = Sha256::hash(message);
    // Every split point, including the empty first and last parts.
    for (int split = 0; split <= length; ++split) {
        Sha256 sha;
        sha.update(message.left(split)).update(message.mid(split));
        QCOMPARE(digestOf(sha), oneShot);
    }
    // Three parts around block boundaries.
    Sha256 sha;
    sha.update(message.left(length / 3))
        .update(message.mid(length / 3, length / 3))
        .update(message.mid(2 * (length / 3)));
    QCOMPARE(digestOf(sha), oneShot);
}

void tst_Sha256::byteByByte()
{
    const QByteArray message = QByteArrayLiteral("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq");
    Sha256 sha;
    for (const char c : message)
        sha.update(static_cast<std::uint8_t>(c));
    QCOMPARE(digestOf(sha), QByteArray::fromHex("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
}

void tst_Sha256::finalResetsForReuse()
{
    Sha256 sha;
    sha.update(QByteArrayLiteral("abc"));
    const QByteArray first = digestOf(sha);
    // final() leaves a fresh context: the next digest is of what follows only.
    const QByteArray ofNothing = digestOf(sha);
    QCOMPARE(ofNothing, Sha256::hash(QByteArray()));
    sha.update(QByteArrayLiteral("abc"));
    QCOMPARE(digestOf(sha), first);
}

void tst_Sha256::explicitReset()
{
    Sha256 sha;
    sha.update(QByteArrayLiteral("some discarded prefix"));
    sha.reset();
    sha.update(QByteArrayLiteral("abc"));
    QCOMPARE(digestOf(sha), Sha256::hash(QByteArrayLiteral("abc")));
}

void tst_Sha256::agreesWithQtImplementation()
{
    QByteArray message;
    for (int i = 0; i < 4096; ++i) {
        message.append(static_cast<char>(i % 251));
        if (i % 97 == 0)
            QCOMPARE(Sha256::hash(message), QCryptographicHash::hash(message, QCryptographicHash::Sha256));
    }
}

QTEST_GUILESS_MAIN(tst_Sha256)
#include "tst_Sha256.moc"
