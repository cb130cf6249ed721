#pragma once

// Whether the references of an exported Bundle resolve the way a receiver following the
// FHIR R4 Bundle rules would resolve them (https://hl7.org/fhir/R4/bundle.html#references),
// written here independently of the application's own code.

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace medilock::testing {

inline QString fullUrlAt(const QJsonArray& entries, qsizetype i)
{
    return entries.at(i).toObject().value(QStringLiteral("fullUrl")).toString();
}

inline QJsonObject resourceAt(const QJsonArray& entries, qsizetype i)
{
    return entries.at(i).toObject().value(QStringLiteral("resource")).toObject();
}

// The entries a reference made by entry `from` matches. An absolute reference (urn:uuid:,
// urn:oid:, http://...) matches a fullUrl; a relative "Type/id" is resolved only against the
// referring entry's RESTful fullUrl base ("http://server/fhir/"). `typeAndIdFallback` also
// lets a relative reference match any entry by resourceType and id, as the importer does
// with the files it reads (not how a receiver of our export may resolve it).
inline QList<qsizetype> resolveInBundle(const QJsonArray& entries, const QString& reference, qsizetype from,
                                        bool typeAndIdFallback = false)
{
    QList<qsizetype> found;
    if (reference.isEmpty() || reference.startsWith(QLatin1Char('#')) || reference.contains(QLatin1Char('?')))
        return found;
    const bool absolute = reference.startsWith(QLatin1String("urn:")) || reference.contains(QLatin1String("://"));
    QString wanted = reference;
    if (!absolute) {
        const QString base = fullUrlAt(entries, from);
        if (base.startsWith(QLatin1String("http://")) || base.startsWith(QLatin1String("https://"))) {
            QStringList parts = base.split(QLatin1Char('/'));
            if (parts.size() > 4) {
                parts.resize(parts.size() - 2); // drop "Type/id"
                wanted = parts.join(QLatin1Char('/')) + QLatin1Char('/') + reference;
            }
        } else {
            wanted.clear();
        }
    }
    for (qsizetype i = 0; i < entries.size(); ++i)
        if (!wanted.isEmpty() && fullUrlAt(entries, i) == wanted)
            found << i;
    if (found.isEmpty() && !absolute && typeAndIdFallback)
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QJsonObject r = resourceAt(entries, i);
            if (r.value(QStringLiteral("resourceType")).toString() + QLatin1Char('/') + r.value(QStringLiteral("id")).toString()
                == reference)
                found << i;
        }
    return found;
}

// Every string member "reference" of `value`, by its JSON path.
inline void collectReferences(const QJsonValue& value, const QString& path, QHash<QString, QString>& out)
{
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            collectReferences(items.at(i), path + QStringLiteral("[%1]").arg(i), out);
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == QLatin1String("reference") && it.value().isString())
                out.insert(path, it.value().toString());
            else
                collectReferences(it.value(), path + QLatin1Char('.') + it.key(), out);
        }
    }
}

inline QString typeAndId(const QJsonObject& resource)
{
    return resource.value(QStringLiteral("resourceType")).toString() + QLatin1Char('/')
           + resource.value(QStringLiteral("id")).toString();
}

struct ReferenceCheck
{
    int checked = 0; // references of the source that named a resource the export holds
    QStringList dangling; // of those, the ones the export's reference does not resolve to it
};

// For each resource of the export that came from `source` (same resourceType and id): every
// reference the source file resolved to a resource that the export holds too must, at the
// same place in the exported resource, resolve to exactly one entry of the export: that
// resource. References to what the export does not hold (Practitioners, Medications) and
// Provenances are not looked at.
inline ReferenceCheck checkReferences(const QJsonObject& source, const QJsonObject& exported)
{
    const QJsonArray in = source.value(QStringLiteral("entry")).toArray();
    const QJsonArray out = exported.value(QStringLiteral("entry")).toArray();
    QHash<QString, qsizetype> outById, inById;
    for (qsizetype i = 0; i < out.size(); ++i)
        if (resourceAt(out, i).value(QStringLiteral("resourceType")) != QLatin1String("Provenance"))
            outById.insert(typeAndId(resourceAt(out, i)), i);
    for (qsizetype i = 0; i < in.size(); ++i)
        inById.insert(typeAndId(resourceAt(in, i)), i);
    ReferenceCheck check;
    for (auto e = outById.cbegin(); e != outById.cend(); ++e) {
        const auto s = inById.constFind(e.key());
        if (s == inById.cend())
            continue;
        QHash<QString, QString> sourceRefs, exportRefs;
        collectReferences(resourceAt(in, *s), QString(), sourceRefs);
        collectReferences(resourceAt(out, *e), QString(), exportRefs);
        for (auto r = sourceRefs.cbegin(); r != sourceRefs.cend(); ++r) {
            const QList<qsizetype> targets = resolveInBundle(in, r.value(), *s, true);
            if (targets.size() != 1 || !outById.contains(typeAndId(resourceAt(in, targets.first()))))
                continue;
            ++check.checked;
            const QString written = exportRefs.value(r.key());
            const QList<qsizetype> resolved = resolveInBundle(out, written, *e);
            if (resolved.size() != 1 || typeAndId(resourceAt(out, resolved.first())) != typeAndId(resourceAt(in, targets.first())))
                check.dangling << e.key() + r.key() + QStringLiteral(" = ") + written;
        }
    }
    return check;
}

} // namespace medilock::testing
