#include "FhirProvenance.h"

#include "crypto/Sha256.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace medilock::app::fhirprov {

QString urnUuid(const QByteArray& bytes)
{
    const QByteArray id = bytes.left(16).toHex();
    return QStringLiteral("urn:uuid:%1-%2-%3-%4-%5")
        .arg(QString::fromLatin1(id.mid(0, 8)), QString::fromLatin1(id.mid(8, 4)), QString::fromLatin1(id.mid(12, 4)),
             QString::fromLatin1(id.mid(16, 4)), QString::fromLatin1(id.mid(20, 12)));
}

QString entryUrl(const ledger::Entry& entry)
{
    return urnUuid(ledger::toBytes(entry.entryId()));
}

QJsonObject bundleEntry(const QString& fullUrl, const QJsonObject& resource)
{
    return {{QStringLiteral("fullUrl"), fullUrl}, {QStringLiteral("resource"), resource}};
}

namespace {
struct Signature
{
    QString id, targetUrl, when, fingerprint, display, onBehalfOf, sigFormat;
    QByteArray data;
};

QJsonObject provenanceOf(const Signature& s)
{
    const QJsonObject author{
        {QStringLiteral("identifier"), QJsonObject{{QStringLiteral("system"), kKeySystem},
                                                   {QStringLiteral("value"), s.fingerprint}}},
        {QStringLiteral("display"), s.display},
    };
    QJsonObject agent{
        {QStringLiteral("type"),
         QJsonObject{{QStringLiteral("coding"),
                      QJsonArray{QJsonObject{
                          {QStringLiteral("system"),
                           QStringLiteral("http://terminology.hl7.org/CodeSystem/provenance-participant-type")},
                          {QStringLiteral("code"), QStringLiteral("author")},
                          {QStringLiteral("display"), QStringLiteral("Author")}}}}}},
        {QStringLiteral("who"), author},
    };
    if (!s.onBehalfOf.isEmpty())
        agent.insert(QStringLiteral("onBehalfOf"), QJsonObject{{QStringLiteral("display"), s.onBehalfOf}});
    const QJsonObject signature{
        {QStringLiteral("type"),
         QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:iso-astm:E1762-95:2013")},
                                {QStringLiteral("code"), QStringLiteral("1.2.840.10065.1.12.1.1")},
                                {QStringLiteral("display"), QStringLiteral("Author's Signature")}}}},
        {QStringLiteral("when"), s.when},
        {QStringLiteral("who"), author},
        {QStringLiteral("targetFormat"), QStringLiteral("application/fhir+json")},
        {QStringLiteral("sigFormat"), s.sigFormat},
        {QStringLiteral("data"), QString::fromLatin1(s.data.toBase64())},
    };
    return {
        {QStringLiteral("resourceType"), QStringLiteral("Provenance")},
        {QStringLiteral("id"), s.id},
        {QStringLiteral("target"), QJsonArray{QJsonObject{{QStringLiteral("reference"), s.targetUrl}}}},
        {QStringLiteral("recorded"), s.when},
        {QStringLiteral("agent"), QJsonArray{agent}},
        {QStringLiteral("signature"), QJsonArray{signature}},
    };
}
} // namespace

QJsonObject provenance(const ledger::Entry& entry, const QString& targetUrl, const ledger::Signer& signer)
{
    const QString when = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(entry.authoredAt().ms), Qt::UTC)
                             .toString(Qt::ISODateWithMs);
    // The whole signed entry: its payload is the resource's signed bytes, and its last 64
    // bytes the Ed25519 signature over "medilock/entry/v1" and everything before them.
    return provenanceOf({QString::fromLatin1(ledger::toBytes(entry.hash()).toHex()), targetUrl, when, signer.keyFingerprint,
                         signer.name.isEmpty() ? QStringLiteral("unknown signer") : signer.name, signer.clinic, kSigFormat,
                         entry.encoded()});
}

QJsonObject compositionProvenance(const QByteArray& nodeSigned, const QString& targetUrl, const QString& when,
                                  const QString& nodeFingerprint, const QString& nodeDisplay)
{
    // The id: the first 32 hex digits of the SHA-256 of the signed blob.
    return provenanceOf({QString::fromLatin1(crypto::Sha256::hash(nodeSigned).toHex().left(32)), targetUrl, when,
                         nodeFingerprint, nodeDisplay, QString(), kNodeSigFormat, nodeSigned});
}

} // namespace medilock::app::fhirprov
