#include "crypto/Ed25519.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTest>

using namespace medilock;
using namespace medilock::crypto;

namespace {
// RFC 8032 §7.1, TEST 1024: the 1023-byte message, extracted mechanically from the RFC text.
const char* const kTest1024Message
    = "08b8b2b733424243760fe426a4b54908632110a66c2f6591eabd3345e3e4eb98fa6e264bf09efe12ee50f8f54e9f77b1"
      "e355f6c50544e23fb1433ddf73be84d879de7c0046dc4996d9e773f4bc9efe5738829adb26c81b37c93a1b270b20329d"
      "658675fc6ea534e0810a4432826bf58c941efb65d57a338bbd2e26640f89ffbc1a858efcb8550ee3a5e1998bd177e93a"
      "7363c344fe6b199ee5d02e82d522c4feba15452f80288a821a579116ec6dad2b3b310da903401aa62100ab5d1a36553e"
      "06203b33890cc9b832f79ef80560ccb9a39ce767967ed628c6ad573cb116dbefefd75499da96bd68a8a97b928a8bbc10"
      "3b6621fcde2beca1231d206be6cd9ec7aff6f6c94fcd7204ed3455c68c83f4a41da4af2b74ef5c53f1d8ac70bdcb7ed1"
      "85ce81bd84359d44254d95629e9855a94a7c1958d1f8ada5d0532ed8a5aa3fb2d17ba70eb6248e594e1a2297acbbb39d"
      "502f1a8c6eb6f1ce22b3de1a1f40cc24554119a831a9aad6079cad88425de6bde1a9187ebb6092cf67bf2b13fd65f270"
      "88d78b7e883c8759d2c4f5c65adb7553878ad575f9fad878e80a0c9ba63bcbcc2732e69485bbc9c90bfbd62481d9089b"
      "eccf80cfe2df16a2cf65bd92dd597b0707e0917af48bbb75fed413d238f5555a7a569d80c3414a8d0859dc65a46128ba"
      "b27af87a71314f318c782b23ebfe808b82b0ce26401d2e22f04d83d1255dc51addd3b75a2b1ae0784504df543af8969b"
      "e3ea7082ff7fc9888c144da2af58429ec96031dbcad3dad9af0dcbaaaf268cb8fcffead94f3c7ca495e056a9b47acdb7"
      "51fb73e666c6c655ade8297297d07ad1ba5e43f1bca32301651339e22904cc8c42f58c30c04aafdb038dda0847dd988d"
      "cda6f3bfd15c4b4c4525004aa06eeff8ca61783aacec57fb3d1f92b0fe2fd1a85f6724517b65e614ad6808d6f6ee34df"
      "f7310fdc82aebfd904b01e1dc54b2927094b2db68d6f903b68401adebf5a7e08d78ff4ef5d63653a65040cf9bfd4aca7"
      "984a74d37145986780fc0b16ac451649de6188a7dbdf191f64b5fc5e2ab47b57f7f7276cd419c17a3ca8e1b939ae49e4"
      "88acba6b965610b5480109c8b17b80e1b7b750dfc7598d5d5011fd2dcc5600a32ef5b52a1ecc820e308aa342721aac09"
      "43bf6686b64b2579376504ccc493d97e6aed3fb0f9cd71a43dd497f01f17c0e2cb3797aa2a2f256656168e6c496afc5f"
      "b93246f6b1116398a346f1a641f3b041e989f7914f90cc2c7fff357876e506b50d334ba77c225bc307ba537152f3f161"
      "0e4eafe595f6d9d90d11faa933a15ef1369546868a7f3a45a96768d40fd9d03412c091c6315cf4fde7cb68606937380d"
      "b2eaaa707b4c4185c32eddcdd306705e4dc1ffc872eeee475a64dfac86aba41c0618983f8741c5ef68d3a101e8a3b8ca"
      "c60c905c15fc910840b94c00a0b9d0";

QByteArray flipBit(QByteArray bytes, qsizetype bit)
{
    bytes[bit / 8] = static_cast<char>(bytes[bit / 8] ^ (1 << (bit % 8)));
    return bytes;
}
} // namespace

class tst_Ed25519 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rfc8032_data();
    void rfc8032();
    void bitFlipsRejected_data();
    void bitFlipsRejected();
    void signVerifyRoundTrip_data();
    void signVerifyRoundTrip();
    void generatedKeysDiffer();
    void cloneSignsAlike();
    void wrongLengthKeysRefused_data();
    void wrongLengthKeysRefused();
    void wrongLengthSignaturesRejected_data();
    void wrongLengthSignaturesRejected();
    void nullKeys();
    void fingerprint();
    void publicKeyEquality();
};

void tst_Ed25519::rfc8032_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("publicKey");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("signature");
    // RFC 8032 §7.1 TEST 1, 2, 3 and TEST 1024.
    QTest::newRow("TEST 1")
        << QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
        << QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a") << QByteArray()
        << QByteArray::fromHex(
               "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b4"
               "6bd25bf5f0595bbe24655141438e7a100b");
    QTest::newRow("TEST 2")
        << QByteArray::fromHex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
        << QByteArray::fromHex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
        << QByteArray::fromHex("72")
        << QByteArray::fromHex(
               "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d"
               "8c387b2eaeb4302aeeb00d291612bb0c00");
    QTest::newRow("TEST 3")
        << QByteArray::fromHex("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7")
        << QByteArray::fromHex("fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025")
        << QByteArray::fromHex("af82")
        << QByteArray::fromHex(
               "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6"
               "594a7c15e9716ed28dc027beceea1ec40a");
    QTest::newRow("TEST 1024")
        << QByteArray::fromHex("f5e5767cf153319517630f226876b86c8160cc583bc013744c6bf255f5cc0ee5")
        << QByteArray::fromHex("278117fc144c72340f67d0f2316e8386ceffbf2b2428c9c51fef7c597f1d426e")
        << QByteArray::fromHex(kTest1024Message)
        << QByteArray::fromHex(
               "0aab4c900501b3e24d7cdf4663326a3a87df5e4843b2cbdb67cbf6e460fec350aa5371b1508f9f4528ecea23c436d9"
               "4b5e8fcd4f681e30a6ac00a9704a188a03");
}

void tst_Ed25519::rfc8032()
{
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, publicKey);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, signature);
    if (QByteArray(QTest::currentDataTag()) == "TEST 1024")
        QCOMPARE(message.size(), 1023);

    auto key = Ed25519PrivateKey::fromSeed(asView(secret));
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error()));
    QVERIFY(!key->isNull());
    QCOMPARE(key->publicKey().bytes(), publicKey);
    QCOMPARE(toByteArray(key->seed().view()), secret);
    // Ed25519 is deterministic: the signature is exactly the published one.
    QCOMPARE(key->sign(asView(message)), signature);

    auto pub = Ed25519PublicKey::fromBytes(publicKey);
    QVERIFY(pub.ok());
    QVERIFY(pub->verify(asView(message), asView(signature)));
    QVERIFY(key->publicKey().verify(asView(message), asView(signature)));
}

void tst_Ed25519::bitFlipsRejected_data()
{
    rfc8032_data();
}

void tst_Ed25519::bitFlipsRejected()
{
    QFETCH(QByteArray, publicKey);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, signature);
    auto pub = Ed25519PublicKey::fromBytes(publicKey);
    QVERIFY(pub.ok());
    QVERIFY(pub->verify(asView(message), asView(signature)));

    for (qsizetype bit = 0; bit < message.size() * 8; ++bit) {
        const QByteArray altered = flipBit(message, bit);
        if (pub->verify(asView(altered), asView(signature)))
            QFAIL(qPrintable(QStringLiteral("message bit %1 flipped still verifies").arg(bit)));
    }
    for (qsizetype bit = 0; bit < signature.size() * 8; ++bit) {
        const QByteArray altered = flipBit(signature, bit);
        if (pub->verify(asView(message), asView(altered)))
            QFAIL(qPrintable(QStringLiteral("signature bit %1 flipped still verifies").arg(bit)));
    }
    for (qsizetype bit = 0; bit < publicKey.size() * 8; ++bit) {
        // A flipped key may not even decode; if it does, it must not verify.
        auto altered = Ed25519PublicKey::fromBytes(flipBit(publicKey, bit));
        if (altered.ok() && altered->verify(asView(message), asView(signature)))
            QFAIL(qPrintable(QStringLiteral("public key bit %1 flipped still verifies").arg(bit)));
    }
}

void tst_Ed25519::signVerifyRoundTrip_data()
{
    QTest::addColumn<int>("length");
    for (int length : {0, 1, 32, 64, 65, 1000, 100000})
        QTest::addRow("%d bytes", length) << length;
}

void tst_Ed25519::signVerifyRoundTrip()
{
    QFETCH(int, length);
    const Ed25519PrivateKey key = Ed25519PrivateKey::generate();
    QVERIFY(!key.isNull());
    QCOMPARE(key.seed().size(), kEd25519KeySize);
    QCOMPARE(key.publicKey().bytes().size(), qsizetype(kEd25519KeySize));
    QByteArray message(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        message[i] = static_cast<char>(i * 7);
    const QByteArray signature = key.sign(asView(message));
    QCOMPARE(signature.size(), qsizetype(kEd25519SignatureSize));
    QVERIFY(key.publicKey().verify(asView(message), asView(signature)));
    // Through the bytes, as a peer would see the key.
    auto pub = Ed25519PublicKey::fromBytes(key.publicKey().bytes());
    QVERIFY(pub.ok());
    QVERIFY(pub->verify(asView(message), asView(signature)));
    // A different key does not verify it.
    const Ed25519PrivateKey other = Ed25519PrivateKey::generate();
    QVERIFY(!other.publicKey().verify(asView(message), asView(signature)));
    // A longer message (one appended byte) does not verify.
    QVERIFY(!key.publicKey().verify(asView(message + '\0'), asView(signature)));
    // Re-deriving from the seed gives the same key.
    auto again = Ed25519PrivateKey::fromSeed(key.seed().view());
    QVERIFY(again.ok());
    QCOMPARE(again->publicKey().bytes(), key.publicKey().bytes());
    QCOMPARE(again->sign(asView(message)), signature);
}

void tst_Ed25519::generatedKeysDiffer()
{
    const Ed25519PrivateKey a = Ed25519PrivateKey::generate();
    const Ed25519PrivateKey b = Ed25519PrivateKey::generate();
    QVERIFY(toByteArray(a.seed().view()) != toByteArray(b.seed().view()));
    QVERIFY(a.publicKey().bytes() != b.publicKey().bytes());
}

void tst_Ed25519::cloneSignsAlike()
{
    const Ed25519PrivateKey key = Ed25519PrivateKey::generate();
    const Ed25519PrivateKey copy = key.clone();
    QVERIFY(!copy.isNull());
    QVERIFY(copy.seed().data() != key.seed().data()); // its own secret buffer
    QCOMPARE(toByteArray(copy.seed().view()), toByteArray(key.seed().view()));
    const QByteArray message = QByteArrayLiteral("clone");
    QCOMPARE(copy.sign(asView(message)), key.sign(asView(message)));
}

void tst_Ed25519::wrongLengthKeysRefused_data()
{
    QTest::addColumn<int>("length");
    for (int length : {0, 1, 31, 33, 64})
        QTest::addRow("%d bytes", length) << length;
}

void tst_Ed25519::wrongLengthKeysRefused()
{
    QFETCH(int, length);
    const QByteArray bytes(length, '\x42');
    auto pub = Ed25519PublicKey::fromBytes(bytes);
    QVERIFY(!pub.ok());
    QVERIFY(!pub.error().isEmpty());
    auto priv = Ed25519PrivateKey::fromSeed(asView(bytes));
    QVERIFY(!priv.ok());
    QVERIFY(!priv.error().isEmpty());
}

void tst_Ed25519::wrongLengthSignaturesRejected_data()
{
    QTest::addColumn<int>("length");
    for (int length : {0, 1, 32, 63, 65, 128})
        QTest::addRow("%d bytes", length) << length;
}

void tst_Ed25519::wrongLengthSignaturesRejected()
{
    QFETCH(int, length);
    const Ed25519PrivateKey key = Ed25519PrivateKey::generate();
    const QByteArray message = QByteArrayLiteral("message");
    const QByteArray good = key.sign(asView(message));
    QByteArray bad = good.left(length);
    while (bad.size() < length)
        bad.append(good.at(bad.size() % good.size()));
    QVERIFY(!key.publicKey().verify(asView(message), asView(bad)));
    // The valid signature with one byte appended is refused too.
    if (length == 65)
        QVERIFY(!key.publicKey().verify(asView(message), asView(good + '\0')));
}

void tst_Ed25519::nullKeys()
{
    const Ed25519PublicKey pub;
    QVERIFY(pub.isNull());
    QVERIFY(pub.bytes().isEmpty());
    const QByteArray signature(64, '\0');
    QVERIFY(!pub.verify(ByteView(), asView(signature)));
    const Ed25519PrivateKey priv;
    QVERIFY(priv.isNull());
}

void tst_Ed25519::fingerprint()
{
    const Ed25519PrivateKey key = Ed25519PrivateKey::generate();
    const QByteArray raw = key.publicKey().bytes();
    const QString expected = QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex());
    QCOMPARE(key.publicKey().fingerprint(), expected);
    QCOMPARE(fingerprintOf(asView(raw)), expected);
    static const QRegularExpression lowerHex64(QStringLiteral("^[0-9a-f]{64}$"));
    QVERIFY(lowerHex64.match(key.publicKey().fingerprint()).hasMatch());
    // RFC 8032 TEST 1's key, against an independently computed SHA-256.
    auto test1 = Ed25519PublicKey::fromBytes(
        QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
    QVERIFY(test1.ok());
    QCOMPARE(test1->fingerprint(),
        QString::fromLatin1(QCryptographicHash::hash(test1->bytes(), QCryptographicHash::Sha256).toHex()));
}

void tst_Ed25519::publicKeyEquality()
{
    const Ed25519PrivateKey a = Ed25519PrivateKey::generate();
    const Ed25519PrivateKey b = Ed25519PrivateKey::generate();
    auto aAgain = Ed25519PublicKey::fromBytes(a.publicKey().bytes());
    QVERIFY(aAgain.ok());
    QVERIFY(*aAgain == a.publicKey());
    QVERIFY(!(a.publicKey() == b.publicKey()));
}

QTEST_GUILESS_MAIN(tst_Ed25519)
#include "tst_Ed25519.moc"
