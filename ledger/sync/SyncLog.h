#pragma once

#include <QLoggingCategory>

namespace medilock::ledger::sync {
// Sync logs name peers by a certificate fingerprint prefix; never patient data or keys.
Q_DECLARE_LOGGING_CATEGORY(lcSync)
} // namespace medilock::ledger::sync
