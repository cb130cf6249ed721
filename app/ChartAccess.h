#pragma once

#include "ledger/query/ChartQuery.h"
#include "ledger/query/EmergencySummary.h"
#include "ledger/query/PatientSearch.h"

#include "crypto/Result.h"

namespace medilock::app {

class Session;

// Reading patients' records. Every opening of a chart or of the emergency view is itself
// recorded on the ledger (a `chart viewed` entry signed by the reader) before anything is
// shown; searching is not an opening.
class ChartAccess
{
public:
    static Result<std::vector<ledger::PatientRow>> search(Session& session, const QString& text, int limit = 50);
    static Result<ledger::ChartData> openChart(Session& session, const ledger::Id128& patient);
    static Result<ledger::EmergencySummary> openEmergency(Session& session, const ledger::Id128& patient);
    // Records an access of the given purpose (chart, emergency, export, card, report).
    static Result<void> recordAccess(Session& session, const ledger::Id128& patient, const QString& purpose);
};

} // namespace medilock::app
