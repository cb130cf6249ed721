#pragma once

#include "ChartViews.h"

#include "crypto/Result.h"
#include "ledger/LedgerTypes.h"

namespace medilock::app {

class Session;

// Whether a patient's consent restricts their chart (ChartViews.h, ConsentState), and
// whether the signed-in user holds a break-glass access to it that has not run out.
//
// The patient's latest current (not superseded) Consent directive, over the registration and
// every registration linked to it, decides: an active one whose `provision.type` is "deny"
// restricts the chart; a later "permit" lifts it. A grant is this user's own emergency-access
// entry for this patient, valid for the minutes it states from when it was signed; another
// user's grant does not open the chart for this one.
class ConsentGate
{
public:
    // `now` is the wall clock in ms since the epoch (UTC), passed in so that tests can age a grant.
    static Result<ConsentState> state(Session& session, const ledger::Id128& patient, qint64 nowMs);
    // A FHIR R4 Consent (patient privacy, scope "patient-privacy") that restricts the chart
    // (deny) or lifts a restriction (permit); `note` says what the patient asked.
    static QByteArray directive(const ledger::Id128& patient, bool restrict, const QString& note);
};

} // namespace medilock::app
