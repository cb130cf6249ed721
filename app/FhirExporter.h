#pragma once

#include "ledger/Entry.h"
#include "ledger/LedgerTypes.h"

#include "crypto/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>

#include <vector>

namespace medilock::app {

class Session;

// A patient's record as FHIR R4 JSON (docs/fhir-export.md). Every exported resource is the
// signed payload of its ledger entry, its references to the other resources of the export
// written as their fullUrls (FhirReferenceMap), and is followed by a Provenance naming its
// author and carrying the signed entry, so any node can check it offline
// (FhirExportVerifier). Each export is recorded in the access log.
class FhirExporter
{
public:
    // The whole record, Bundle type collection: the current Patient resource, then every
    // clinical resource in authored order.
    static Result<QByteArray> exportPatient(Session& session, const ledger::Id128& patient);
    // An International Patient Summary: Bundle type document whose Composition (LOINC
    // 60591-5) has the problems, allergies and medications sections.
    static Result<QByteArray> exportIps(Session& session, const ledger::Id128& patient,
                                        const QDateTime& now = QDateTime::currentDateTimeUtc());

    // The patient's current demographics entry first, then the clinical entries in authored
    // order (superseded ones included: the ledger keeps them).
    static Result<std::vector<ledger::Entry>> patientEntries(Session& session, const ledger::Id128& patient);

private:
    // Bundle.entry items for `entries`, in that order: each resource, its references to the
    // others written as their fullUrls (FhirReferenceMap over exactly these entries), then
    // its Provenance.
    static Result<QJsonArray> signedBundleEntries(Session& session, const std::vector<const ledger::Entry*>& entries);
};

} // namespace medilock::app
