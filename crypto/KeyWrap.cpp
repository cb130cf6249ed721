#include "KeyWrap.h"

#include "AesGcm.h"
#include "Hkdf.h"
#include "Random.h"
#include "X25519.h"

#include <QCoreApplication>

namespace medilock::crypto {

namespace {
const QByteArray kInfo = QByteArrayLiteral("medilock/keyring/v2/wrap");

QString tr(const char* text)
{
    return QCoreApplication::translate("KeyWrap", text);
}

Result<SecureBuffer> keyEncryptionKey(const SecureBuffer& ownPrivate, ByteView peerPublic, ByteView ephemeralPublic,
                                      ByteView recipientPublic)
{
    auto shared = x25519SharedSecret(ownPrivate, peerPublic);
    if (!shared)
        return std::move(shared).takeError();
    QByteArray salt = toByteArray(ephemeralPublic);
    salt.append(toByteArray(recipientPublic));
    return hkdfSha256(shared->view(), asView(salt), asView(kInfo), kAesKeySize);
}
} // namespace

Result<QByteArray> wrapKeyWith(const SecureBuffer& ephemeralPrivate, ByteView nonce, const SecureBuffer& key,
                               ByteView recipientPublic, ByteView context)
{
    if (key.size() != 32 || nonce.size() != kGcmNonceSize || recipientPublic.size() != kX25519KeySize)
        return fail(tr("a wrapped key, its nonce or its recipient has the wrong size"));
    auto ephemeralPublic = x25519PublicKey(ephemeralPrivate);
    if (!ephemeralPublic)
        return std::move(ephemeralPublic).takeError();
    auto kek = keyEncryptionKey(ephemeralPrivate, recipientPublic, asView(*ephemeralPublic), recipientPublic);
    if (!kek)
        return std::move(kek).takeError();
    return *ephemeralPublic + aesGcmSealWithNonce(*kek, nonce, key.view(), context);
}

Result<QByteArray> wrapKey(const SecureBuffer& key, ByteView recipientPublic, ByteView context)
{
    const QByteArray nonce = randomBytes(kGcmNonceSize);
    return wrapKeyWith(x25519GeneratePrivate(), asView(nonce), key, recipientPublic, context);
}

Result<SecureBuffer> unwrapKey(const SecureBuffer& recipientPrivate, ByteView wrapped, ByteView context)
{
    if (wrapped.size() != kWrappedKeySize)
        return fail(tr("a wrapped key is %1 bytes").arg(kWrappedKeySize));
    auto recipientPublic = x25519PublicKey(recipientPrivate);
    if (!recipientPublic)
        return std::move(recipientPublic).takeError();
    const ByteView ephemeralPublic = wrapped.first(kX25519KeySize);
    auto kek = keyEncryptionKey(recipientPrivate, ephemeralPublic, ephemeralPublic, asView(*recipientPublic));
    if (!kek)
        return std::move(kek).takeError();
    auto key = aesGcmOpen(*kek, wrapped.subspan(kX25519KeySize), context);
    if (!key)
        return fail(tr("the wrapped database key does not open: wrong slot key or altered keyring"));
    return key;
}

} // namespace medilock::crypto
