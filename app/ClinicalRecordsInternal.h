#pragma once

// Helpers shared by ClinicalRecords.cpp and ClinicalRecordEntries.cpp, whose messages are in
// the ClinicalRecords context; not for other users.

#include "ChartViews.h"

#include "crypto/Result.h"
#include "ledger/EntryDraft.h"
#include "ledger/LedgerTypes.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace medilock::app {

class Session;

namespace records {

// A patient id as the views hold it (16 bytes); an error if none is selected.
Result<ledger::Id128> idFromBytes(const QByteArray& bytes);
qint64 nowMs();
// A chart the patient's consent restricts opens only under this user's break-glass access.
Result<ConsentState> requireConsentOrGrant(Session& session, const ledger::Id128& id);
// Signs and appends the drafts as the signed-in user.
Result<void> appendAll(Session& session, const std::vector<ledger::EntryDraft>& drafts);

} // namespace records

} // namespace medilock::app
