#pragma once

#include "ClinicalRecords.h"

#include "ledger/LedgerTypes.h"

namespace medilock::app {

class Session;

// Registration changes after the fact, each a signed entry: demographics updated (a new
// Patient resource that supersedes the one in force) and two registrations linked as one
// person, or a link undone.
class PatientRegistry
{
public:
    static Result<PatientView> updateDemographics(Session& session, const ledger::Id128& id,
                                                  const ClinicalRecords::NewPatient& p);
    static Result<void> setLinked(Session& session, const ledger::Id128& a, const ledger::Id128& b, bool linked);
    // Registrations linked to `id` (directly or through others), as the chart merges them.
    static Result<QList<PatientView>> linked(Session& session, const ledger::Id128& id);
    // `id` first, then every registration linked to it: whose records one chart shows.
    static Result<std::vector<ledger::Id128>> samePerson(Session& session, const ledger::Id128& id);
};

} // namespace medilock::app
