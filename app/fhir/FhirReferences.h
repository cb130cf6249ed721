#pragma once

#include "crypto/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace medilock::app::fhir {

// One resource of an import file, with what identifies it inside the file.
struct FileResource
{
    QJsonObject resource;
    QString type;
    QString id;
    QString fullUrl; // empty for a single-resource file or an entry without one
    QString place; // for messages: "Bundle.entry[3].resource (Observation)"
};

// Resolves literal references between the resources of one file, following the FHIR
// Bundle rules: fullUrl (urn:uuid:, urn:oid:, absolute URLs), relative "Type/id" (against
// the referring entry's RESTful base first), and "#id" into the referring resource's
// contained list. Conditional references ("Practitioner?identifier=...") never resolve.
class ReferenceIndex
{
public:
    struct Target
    {
        enum class Kind { Unresolved, Resource, Contained };
        Kind kind = Kind::Unresolved;
        int index = -1; // Resource: position in the file's resource list
    };

    // Fails when two entries claim the same fullUrl: a reference to it would be ambiguous.
    static Result<ReferenceIndex> build(const QList<FileResource>& resources);

    // `from` is the referring resource's position; `container` the resource that holds the
    // reference (for "#id").
    Target resolve(const QString& reference, int from, const QJsonObject& container) const;

private:
    ReferenceIndex() = default;
    int lookup(const QHash<QString, int>& map, const QString& key) const;

    QList<QString> m_fullUrls;
    QHash<QString, int> m_byFullUrl;
    QHash<QString, int> m_byTypeAndId; // -1: more than one resource has this Type/id
};

} // namespace medilock::app::fhir
