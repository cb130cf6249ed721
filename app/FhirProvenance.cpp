#include "FhirProvenance.h"

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

QJsonObject provenance(const ledger::Entry& entry, const QString& targetUrl, const ledger::Signer& signer)
{
    const QString when = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(entry.authoredAt().ms), Qt::UTC)
                             .toString(Qt::ISODateWithMs);
    const QJsonObject author{
        {QStringLiteral("identifier"), QJsonObject{{QStringLiteral("system"), kKeySystem},
                                                   {QStringLiteral("value"), signer.keyFingerprint}}},
        {QStringLiteral("display"), signer.name.isEmpty() ? QStringLiteral("unknown signer") : signer.name},
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
    if (!signer.clinic.isEmpty())
        agent.insert(QStringLiteral("onBehalfOf"), QJsonObject{{QStringLiteral("display"), signer.clinic}});
    const QJsonObject signature{
        {QStringLiteral("type"),
         QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:iso-astm:E1762-95:2013")},
                                {QStringLiteral("code"), QStringLiteral("1.2.840.10065.1.12.1.1")},
                                {QStringLiteral("display"), QStringLiteral("Author's Signature")}}}},
        {QStringLiteral("when"), when},
        {QStringLiteral("who"), author},
        {QStringLiteral("targetFormat"), QStringLiteral("application/fhir+json")},
        {QStringLiteral("sigFormat"), kSigFormat},
        // The whole signed entry: its payload is the resource's signed bytes, and its last 64
        // bytes the Ed25519 signature over "medilock/entry/v1" and everything before them.
        {QStringLiteral("data"), QString::fromLatin1(entry.encoded().toBase64())},
    };
    return {
        {QStringLiteral("resourceType"), QStringLiteral("Provenance")},
        {QStringLiteral("id"), QString::fromLatin1(ledger::toBytes(entry.hash()).toHex())},
        {QStringLiteral("target"), QJsonArray{QJsonObject{{QStringLiteral("reference"), targetUrl}}}},
        {QStringLiteral("recorded"), when},
        {QStringLiteral("agent"), QJsonArray{agent}},
        {QStringLiteral("signature"), QJsonArray{signature}},
    };
}

} // namespace medilock::app::fhirprov
