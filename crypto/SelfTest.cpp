#include "SelfTest.h"

#include "AesGcm.h"
#include "ConstantTime.h"
#include "Ed25519.h"
#include "Hkdf.h"
#include "Scrypt.h"
#include "Sha256.h"
#include "X25519.h"

#include <QCoreApplication>

#include <cstdio>

namespace medilock::crypto {

namespace {
QByteArray hex(const char* text)
{
    return QByteArray::fromHex(QByteArray(text));
}

// The expected answer, with one bit flipped when the fault hook names this test.
QByteArray expected(const char* test, const char* answer)
{
    QByteArray bytes = hex(answer);
    if (qEnvironmentVariable("MEDILOCK_SELFTEST_FAULT") == QLatin1String(test) && !bytes.isEmpty())
        bytes[0] = static_cast<char>(bytes[0] ^ 0x01);
    return bytes;
}

Error failed(const char* test)
{
    return fail(QCoreApplication::translate("SelfTest", "cryptographic self-test failed: %1").arg(QLatin1String(test)));
}

Result<void> testSha256()
{
    const QByteArray digest = Sha256::hash(QByteArrayLiteral("abc"));
    if (!constantTimeEqual(digest, expected("sha256", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")))
        return failed("sha256");
    return {};
}

Result<void> testEd25519()
{
    struct Vector
    {
        const char *secret, *publicKey, *message, *signature;
    };
    static const Vector vectors[] = {
        {"9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
         "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
         "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"},
        {"4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
         "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
         "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"},
    };
    for (const Vector& v : vectors) {
        const QByteArray secret = hex(v.secret);
        auto key = Ed25519PrivateKey::fromSeed(asView(secret));
        if (!key || key->publicKey().bytes() != hex(v.publicKey))
            return failed("ed25519");
        const QByteArray message = hex(v.message);
        const QByteArray signature = key->sign(asView(message));
        if (!constantTimeEqual(signature, expected("ed25519", v.signature)))
            return failed("ed25519");
        if (!key->publicKey().verify(asView(message), asView(signature)))
            return failed("ed25519");
        QByteArray forged = signature;
        forged[5] = static_cast<char>(forged[5] ^ 0x40);
        if (key->publicKey().verify(asView(message), asView(forged)))
            return failed("ed25519");
    }
    return {};
}

Result<void> testScrypt()
{
    const ScryptParams params{4, 1, 1}; // RFC 7914 §12, first vector: N = 16, r = 1, p = 1
    auto out = scrypt({}, {}, params, 64);
    if (!out || !constantTimeEqual(out->view(), asView(expected("scrypt",
            "77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
            "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906"))))
        return failed("scrypt");
    return {};
}

Result<void> testAesGcm()
{
    const QByteArray keyBytes = hex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
    const SecureBuffer key(keyBytes.constData(), static_cast<std::size_t>(keyBytes.size()));
    const QByteArray nonce = hex("cafebabefacedbaddecaf888");
    const QByteArray plain = hex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                                 "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
    const QByteArray aad = hex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
    const QByteArray sealed = aesGcmSealWithNonce(key, asView(nonce), asView(plain), asView(aad));
    const QByteArray want = nonce + expected("aes-gcm",
        "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
        "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662"
        "76fc6ece0f4e1768cddf8853bb2d551b");
    if (!constantTimeEqual(sealed, want))
        return failed("aes-gcm");
    auto opened = aesGcmOpen(key, asView(sealed), asView(aad));
    if (!opened || !constantTimeEqual(opened->view(), asView(plain)))
        return failed("aes-gcm");
    QByteArray tampered = sealed;
    tampered[20] = static_cast<char>(tampered[20] ^ 0x01);
    if (aesGcmOpen(key, asView(tampered), asView(aad)).ok())
        return failed("aes-gcm");
    return {};
}
Result<void> testX25519()
{
    // RFC 7748 §6.1: Alice's key pair, Bob's public key, their shared secret.
    const QByteArray alice = hex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
    const SecureBuffer key(alice.constData(), static_cast<std::size_t>(alice.size()));
    auto publicKey = x25519PublicKey(key);
    if (!publicKey || !constantTimeEqual(*publicKey, hex("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a")))
        return failed("x25519");
    const QByteArray bob = hex("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
    auto shared = x25519SharedSecret(key, asView(bob));
    if (!shared || !constantTimeEqual(shared->view(), asView(expected("x25519",
            "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742"))))
        return failed("x25519");
    return {};
}

Result<void> testHkdf()
{
    // RFC 5869 appendix A.1.
    const QByteArray ikm(22, '\x0b');
    const QByteArray salt = hex("000102030405060708090a0b0c");
    const QByteArray info = hex("f0f1f2f3f4f5f6f7f8f9");
    const SecureBuffer okm = hkdfSha256(asView(ikm), asView(salt), asView(info), 42);
    if (!constantTimeEqual(okm.view(), asView(expected("hkdf",
            "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"))))
        return failed("hkdf");
    return {};
}
} // namespace

Result<void> runSelfTests()
{
    for (auto test : {testSha256, testEd25519, testScrypt, testAesGcm, testX25519, testHkdf}) {
        auto result = test();
        if (!result)
            return result;
    }
    return {};
}

bool selfTestsPassOrReport()
{
    auto result = runSelfTests();
    if (!result) {
        std::fprintf(stderr, "%s\n", qPrintable(result.error()));
        return false;
    }
    return true;
}

} // namespace medilock::crypto
