#include "FhirReferenceMap.h"

#include "FhirProvenance.h"
#include "PatientId.h"
#include "fhir/JsonLimits.h"

#include <QJsonArray>

#include <tuple>

namespace medilock::app {

namespace {

bool isUuid(const QString& id)
{
    if (id.size() != 36)
        return false;
    for (qsizetype i = 0; i < id.size(); ++i) {
        const QChar c = id.at(i);
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != QLatin1Char('-'))
                return false;
        } else if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
                       || (c >= QLatin1Char('A') && c <= QLatin1Char('F')))) {
            return false;
        }
    }
    return true;
}

const QString kReference = QStringLiteral("reference");

QJsonValue rewriteValue(const QJsonValue& value, const FhirReferenceMap& map, int depth)
{
    if (depth >= fhir::JsonLimits{}.maxDepth)
        return value;
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& item : value.toArray())
            out.append(rewriteValue(item, map, depth + 1));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out = value.toObject();
    for (auto it = out.begin(); it != out.end(); ++it) {
        if (it.value().isObject() || it.value().isArray())
            it.value() = rewriteValue(it.value(), map, depth + 1);
        else if (it.key() == kReference && it.value().isString())
            if (const QString url = map.target(it.value().toString()); !url.isEmpty())
                it.value() = url;
    }
    return out;
}

} // namespace

void FhirReferenceMap::claim(const QString& key, const Claim& claim)
{
    const auto it = m_targets.find(key);
    if (it == m_targets.end())
        m_targets.insert(key, claim);
    else if (std::tie(claim.authoredAt, claim.hash) > std::tie(it->authoredAt, it->hash))
        *it = claim;
}

void FhirReferenceMap::add(const ledger::Entry& entry, const QJsonObject& resource)
{
    const Claim c{fhirprov::entryUrl(entry), entry.authoredAt(), ledger::toBytes(entry.hash())};
    const QString type = resource.value(QStringLiteral("resourceType")).toString();
    const QString id = resource.value(QStringLiteral("id")).toString();
    if ((entry.kind() == ledger::EntryKind::PatientRegistered || entry.kind() == ledger::EntryKind::DemographicsUpdated)
        && type == QLatin1String("Patient"))
        claim(QStringLiteral("Patient/") + patientIdText(entry.patientId()), c);
    if (type.isEmpty() || id.isEmpty())
        return;
    claim(type + QLatin1Char('/') + id, c);
    if (isUuid(id))
        claim(QStringLiteral("urn:uuid:") + id, c);
}

QString FhirReferenceMap::target(const QString& reference) const
{
    const auto it = m_targets.constFind(reference);
    return it == m_targets.constEnd() ? QString() : it->url;
}

QJsonObject FhirReferenceMap::rewrite(const QJsonObject& resource) const
{
    return rewriteValue(resource, *this, 0).toObject();
}

} // namespace medilock::app
