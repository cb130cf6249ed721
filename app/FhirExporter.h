#pragma once

#include "ledger/LedgerTypes.h"

#include "crypto/Result.h"

#include <QByteArray>

namespace medilock::app {

class Session;

// A patient's whole record as a FHIR R4 Bundle (type collection): the current Patient
// resource, then every clinical resource on the ledger in authored order, each exactly as
// signed. The export is recorded in the access log.
class FhirExporter
{
public:
    static Result<QByteArray> exportPatient(Session& session, const ledger::Id128& patient);
};

} // namespace medilock::app
