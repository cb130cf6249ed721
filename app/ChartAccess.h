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
//
// On a node restored from a backup that has not caught up with its own chain yet, the node
// seals nothing (DESIGN §3); access entries, signed as ever, then wait durably in a bounded
// queue in the database and are sealed once signing resumes (ledger Ledger::appendAccess),
// so charts still open and every opening is still on record.
class ChartAccess
{
public:
    static Result<std::vector<ledger::PatientRow>> search(Session& session, const QString& text, int limit = 50);
    static Result<ledger::ChartData> openChart(Session& session, const ledger::Id128& patient);
    static Result<ledger::EmergencySummary> openEmergency(Session& session, const ledger::Id128& patient);
    // Records an access of the given purpose (chart, emergency, export, card, report).
    static Result<void> recordAccess(Session& session, const ledger::Id128& patient, const QString& purpose);
    // Records a break-glass access (an `emergency access` entry with its reason, valid for
    // `minutes`); it may wait unsealed like any access.
    static Result<void> recordBreakGlass(Session& session, const ledger::Id128& patient, const QString& reason,
                                         int minutes);
};

} // namespace medilock::app
