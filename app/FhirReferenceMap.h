#pragma once

// How references inside a FHIR export are written (docs/fhir-export.md, "References").
// The exporter and the verifier both use this one map, so that the verifier can rebuild
// exactly the resource the exporter wrote from the signed payload.

#include "ledger/Entry.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace medilock::app {

// From what a signed resource's `reference` may say to the fullUrl its entry has in the
// Bundle (fhirprov::entryUrl):
//  - "Patient/<32-hex ledger patient id>" (what import writes) -> the Patient entry;
//  - "T/I" for each resource with resourceType T and id I, and "urn:uuid:I" when I is a
//    UUID (what the source file said) -> that resource's entry.
// When two entries claim the same key (an id re-used by a later entry, such as a corrected
// copy), the key goes to the one authored last: greatest (authored-at, entry hash). The map
// depends only on the set of entries added, never on the order they were added in.
class FhirReferenceMap
{
public:
    // `resource` is the entry's payload as JSON (the caller has parsed it already).
    void add(const ledger::Entry& entry, const QJsonObject& resource);

    // The fullUrl `reference` is written as, or empty when it names no entry of the map.
    QString target(const QString& reference) const;

    // A copy of `resource` with every string member named "reference" (in objects at any
    // depth, as FHIR's Reference.reference) replaced by its target; references that name
    // nothing stay as they are. Deeper than fhir::JsonLimits' depth nothing is rewritten:
    // JSON that deep is refused before it gets here.
    QJsonObject rewrite(const QJsonObject& resource) const;

private:
    struct Claim
    {
        QString url;
        ledger::HlcTime authoredAt;
        QByteArray hash;
    };
    void claim(const QString& key, const Claim& claim);

    QHash<QString, Claim> m_targets;
};

} // namespace medilock::app
