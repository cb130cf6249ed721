#pragma once

#include "crypto/Result.h"
#include "ledger/EntryDraft.h"
#include "ledger/EntryKind.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <vector>

// Turns one FHIR R4 file (a Bundle or a single resource) into ledger entry drafts, without
// touching a database: the caller signs and appends them atomically, or not at all.
namespace medilock::app::fhir {

inline constexpr qsizetype kMaxImportFileBytes = qsizetype(64) << 20;

struct ImportPlan
{
    // Patient registrations first, then the patients' records in file order.
    std::vector<ledger::EntryDraft> drafts;
    QMap<QString, int> imported; // drafts per resource type
    QMap<QString, int> skipped; // per resource type: not a patient's record, or its patient is not in the file
    int unresolvedReferences = 0;
    QList<QByteArray> patientKeys; // 16-byte patient ids, in file order
};

// Strict: any malformed part fails the whole file with a message that names the file and
// the place ("Bundle.entry[12].resource (Observation): effectiveDateTime '2021-13-45' is not
// a valid date"). `namespaceKey` (the clinic root public key) scopes the derived ids, so a
// file imported twice yields the same ids and the second import adds nothing.
Result<ImportPlan> planImport(const QByteArray& fileBytes, const QString& fileName, const QByteArray& namespaceKey);

// Which kind of entry carries a resource of this type (Practitioner and other resources that
// are nobody's record are skipped before this is asked).
ledger::EntryKind entryKindForResource(const QString& resourceType);

// First 16 bytes of SHA-256("medilock/fhir/patient/v1" || namespaceKey || identity), where
// identity is the Patient's first identifier "system|value", else its fullUrl, else its id.
ledger::Id128 fhirPatientId(const QByteArray& namespaceKey, const QString& identity);

// First 16 bytes of SHA-256("medilock/fhir/entry/v1" || namespaceKey || patientId ||
// resourceType || resourceKey), resourceKey being the resource id, else its fullUrl (UTF-8),
// else the raw SHA-256 of the entry payload.
ledger::Id128 fhirEntryId(const QByteArray& namespaceKey, const ledger::Id128& patientId, const QString& resourceType,
    const QByteArray& resourceKey);

} // namespace medilock::app::fhir
