#pragma once

#include "ledger/LedgerTypes.h"

#include "crypto/Result.h"

#include <QString>

namespace medilock::app {

// Patients are named to people and scripts by 32 lower-case hex digits.
QString patientIdText(const ledger::Id128& id);
Result<ledger::Id128> patientIdFromText(const QString& text);

} // namespace medilock::app
