#include "crypto/AesGcm.h"

#include <QTest>

using namespace medilock;
using namespace medilock::crypto;

namespace {
SecureBuffer keyFrom(const QByteArray& bytes)
{
    return SecureBuffer(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

QByteArray flipBit(QByteArray bytes, qsizetype bit)
{
    bytes[bit / 8] = static_cast<char>(bytes[bit / 8] ^ (1 << (bit % 8)));
    return bytes;
}

const QByteArray kKey = QByteArray::fromHex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
} // namespace

class tst_AesGcm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gcmSpecVectors_data();
    void gcmSpecVectors();
    void sealDrawsFreshNonces();
    void roundTrip_data();
    void roundTrip();
    void everyBitFlipRejected();
    void alteredAssociatedDataRejected();
    void truncatedOrExtendedRejected();
    void tooShortRejected();
    void wrongKeyRejected();
    void wrongKeySizeRejected();
};

// "The Galois/Counter Mode of Operation (GCM)", McGrew & Viega, test cases 13-16 (AES-256).
void tst_AesGcm::gcmSpecVectors_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("aad");
    QTest::addColumn<QByteArray>("ciphertext");
    QTest::addColumn<QByteArray>("tag");
    const QByteArray zeroKey(32, '\0');
    const QByteArray zeroNonce(12, '\0');
    const QByteArray nonce = QByteArray::fromHex("cafebabefacedbaddecaf888");
    const QByteArray plain64 = QByteArray::fromHex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                                                   "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255");
    const QByteArray cipher64 = QByteArray::fromHex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                                                    "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad");
    QTest::newRow("test case 13") << zeroKey << zeroNonce << QByteArray() << QByteArray() << QByteArray()
                                  << QByteArray::fromHex("530f8afbc74536b9a963b4f1c4cb738b");
    QTest::newRow("test case 14") << zeroKey << zeroNonce << QByteArray(16, '\0') << QByteArray()
                                  << QByteArray::fromHex("cea7403d4d606b6e074ec5d3baf39d18")
                                  << QByteArray::fromHex("d0d1c8a799996bf0265b98b5d48ab919");
    QTest::newRow("test case 15") << kKey << nonce << plain64 << QByteArray() << cipher64
                                  << QByteArray::fromHex("b094dac5d93471bdec1a502270e3cc6c");
    QTest::newRow("test case 16") << kKey << nonce << plain64.left(60)
                                  << QByteArray::fromHex("feedfacedeadbeeffeedfacedeadbeefabaddad2")
                                  << cipher64.left(60) << QByteArray::fromHex("76fc6ece0f4e1768cddf8853bb2d551b");
}

void tst_AesGcm::gcmSpecVectors()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, aad);
    QFETCH(QByteArray, ciphertext);
    QFETCH(QByteArray, tag);
    const SecureBuffer k = keyFrom(key);
    const QByteArray sealed = aesGcmSealWithNonce(k, asView(nonce), asView(plaintext), asView(aad));
    QCOMPARE(sealed, nonce + ciphertext + tag);
    auto opened = aesGcmOpen(k, asView(sealed), asView(aad));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error()));
    QCOMPARE(toByteArray(opened->view()), plaintext);
}

void tst_AesGcm::sealDrawsFreshNonces()
{
    const SecureBuffer k = keyFrom(kKey);
    const QByteArray plain = QByteArrayLiteral("the same plaintext twice");
    const QByteArray a = aesGcmSeal(k, asView(plain), {});
    const QByteArray b = aesGcmSeal(k, asView(plain), {});
    QCOMPARE(a.size(), qsizetype(kGcmNonceSize + plain.size() + kGcmTagSize));
    QVERIFY(a.left(kGcmNonceSize) != b.left(kGcmNonceSize));
    QVERIFY(a != b);
    QVERIFY(!a.contains(plain));
}

void tst_AesGcm::roundTrip_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<QByteArray>("aad");
    for (int length : {0, 1, 15, 16, 17, 1000, 65536}) {
        QTest::addRow("%d bytes, no AAD", length) << length << QByteArray();
        QTest::addRow("%d bytes, AAD", length) << length << QByteArrayLiteral("medilock/test/v1");
    }
}

void tst_AesGcm::roundTrip()
{
    QFETCH(int, length);
    QFETCH(QByteArray, aad);
    const SecureBuffer k = keyFrom(kKey);
    QByteArray plain(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        plain[i] = static_cast<char>(i ^ 0x5a);
    const QByteArray sealed = aesGcmSeal(k, asView(plain), asView(aad));
    QCOMPARE(sealed.size(), qsizetype(kGcmNonceSize + kGcmTagSize) + length);
    auto opened = aesGcmOpen(k, asView(sealed), asView(aad));
    QVERIFY(opened.ok());
    QCOMPARE(toByteArray(opened->view()), plain);
}

void tst_AesGcm::everyBitFlipRejected()
{
    // Nonce, ciphertext and tag: a change anywhere is refused.
    const SecureBuffer k = keyFrom(kKey);
    const QByteArray aad = QByteArrayLiteral("header");
    const QByteArray sealed = aesGcmSeal(k, asView(QByteArrayLiteral("twenty bytes of text")), asView(aad));
    QVERIFY(aesGcmOpen(k, asView(sealed), asView(aad)).ok());
    for (qsizetype bit = 0; bit < sealed.size() * 8; ++bit) {
        const QByteArray tampered = flipBit(sealed, bit);
        auto opened = aesGcmOpen(k, asView(tampered), asView(aad));
        if (opened.ok())
            QFAIL(qPrintable(QStringLiteral("bit %1 flipped still opens").arg(bit)));
        QVERIFY(opened.error().contains(QLatin1String("authentication failed")));
    }
}

void tst_AesGcm::alteredAssociatedDataRejected()
{
    const SecureBuffer k = keyFrom(kKey);
    const QByteArray aad = QByteArrayLiteral("slot alice");
    const QByteArray sealed = aesGcmSeal(k, asView(QByteArrayLiteral("secret")), asView(aad));
    QVERIFY(aesGcmOpen(k, asView(sealed), asView(aad)).ok());
    QVERIFY(!aesGcmOpen(k, asView(sealed), {}).ok());
    QVERIFY(!aesGcmOpen(k, asView(sealed), asView(QByteArrayLiteral("slot alicf"))).ok());
    QVERIFY(!aesGcmOpen(k, asView(sealed), asView(aad + '\0')).ok());
    QVERIFY(!aesGcmOpen(k, asView(sealed), asView(aad.left(aad.size() - 1))).ok());
    for (qsizetype bit = 0; bit < aad.size() * 8; ++bit)
        QVERIFY(!aesGcmOpen(k, asView(sealed), asView(flipBit(aad, bit))).ok());
    // Sealed without AAD, opened with some.
    const QByteArray bare = aesGcmSeal(k, asView(QByteArrayLiteral("secret")), {});
    QVERIFY(aesGcmOpen(k, asView(bare), {}).ok());
    QVERIFY(!aesGcmOpen(k, asView(bare), asView(aad)).ok());
}

void tst_AesGcm::truncatedOrExtendedRejected()
{
    const SecureBuffer k = keyFrom(kKey);
    const QByteArray sealed = aesGcmSeal(k, asView(QByteArrayLiteral("a message of some length")), {});
    for (qsizetype length = 0; length < sealed.size(); ++length)
        QVERIFY(!aesGcmOpen(k, asView(sealed.left(length)), {}).ok());
    QVERIFY(!aesGcmOpen(k, asView(sealed + '\0'), {}).ok());
    QVERIFY(!aesGcmOpen(k, asView(sealed.mid(1)), {}).ok());
}

void tst_AesGcm::tooShortRejected()
{
    const SecureBuffer k = keyFrom(kKey);
    for (std::size_t length = 0; length < kGcmNonceSize + kGcmTagSize; ++length) {
        const QByteArray input(static_cast<qsizetype>(length), '\0');
        auto opened = aesGcmOpen(k, asView(input), {});
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().contains(QLatin1String("too short")));
    }
    // Exactly nonce + tag: an empty message, but this tag is not valid.
    QVERIFY(!aesGcmOpen(k, asView(QByteArray(kGcmNonceSize + kGcmTagSize, '\0')), {}).ok());
}

void tst_AesGcm::wrongKeyRejected()
{
    const SecureBuffer k = keyFrom(kKey);
    const QByteArray sealed = aesGcmSeal(k, asView(QByteArrayLiteral("secret")), {});
    for (qsizetype bit = 0; bit < kKey.size() * 8; bit += 7) {
        const SecureBuffer other = keyFrom(flipBit(kKey, bit));
        QVERIFY(!aesGcmOpen(other, asView(sealed), {}).ok());
    }
    QVERIFY(!aesGcmOpen(keyFrom(QByteArray(32, '\0')), asView(sealed), {}).ok());
}

void tst_AesGcm::wrongKeySizeRejected()
{
    const QByteArray sealed = aesGcmSeal(keyFrom(kKey), asView(QByteArrayLiteral("secret")), {});
    for (int size : {0, 16, 24, 31, 33, 64}) {
        auto opened = aesGcmOpen(keyFrom(kKey.left(size).leftJustified(size, '\x01')), asView(sealed), {});
        QVERIFY(!opened.ok());
        QVERIFY(!opened.error().isEmpty());
    }
}

QTEST_GUILESS_MAIN(tst_AesGcm)
#include "tst_AesGcm.moc"
