#include "FhirCompositionSignature.h"

#include <QCoreApplication>
#include <QtEndian>

namespace medilock::app::fhircomposition {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("FhirCompositionSignature", text);
}

constexpr char kVersion = 0x01;
constexpr qsizetype kHead = 1 + 32 + 4;
} // namespace

QByteArray signingDomain()
{
    return QByteArrayLiteral("medilock/fhir-composition/v1");
}

Result<QByteArray> sign(const crypto::Ed25519PrivateKey& nodeKey, const QByteArray& compositionJson)
{
    if (nodeKey.isNull())
        return fail(tr("no node key to sign the Composition with"));
    if (compositionJson.size() < 2 || compositionJson.size() > qsizetype(kMaxJsonBytes))
        return fail(tr("the Composition is larger than a signed Composition may be"));
    QByteArray out;
    out.reserve(kFixedSize + compositionJson.size());
    out += kVersion;
    out += nodeKey.publicKey().bytes();
    char length[4];
    qToBigEndian(static_cast<quint32>(compositionJson.size()), length);
    out += QByteArray(length, 4);
    out += compositionJson;
    out += nodeKey.sign(asView(signingDomain() + out));
    return out;
}

Result<Signed> open(const QByteArray& blob)
{
    if (blob.size() < kFixedSize + 2 || blob.size() > kFixedSize + qsizetype(kMaxJsonBytes))
        return fail(tr("the node signature has the wrong size"));
    if (blob.at(0) != kVersion)
        return fail(tr("the node signature is not version 1"));
    const quint32 length = qFromBigEndian<quint32>(blob.constData() + 33);
    if (length < 2 || length > kMaxJsonBytes || blob.size() != kFixedSize + qsizetype(length))
        return fail(tr("the node signature has the wrong size"));
    const qsizetype signedSize = kHead + qsizetype(length);
    Signed out;
    out.nodeKey = blob.mid(1, 32);
    if (!crypto::ed25519Verify(asView(out.nodeKey), asView(signingDomain() + blob.left(signedSize)),
                               asView(blob.mid(signedSize, 64))))
        return fail(tr("the node's Ed25519 signature does not verify"));
    out.composition = blob.mid(kHead, length);
    return out;
}

} // namespace medilock::app::fhircomposition
