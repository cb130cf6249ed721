#include "SyncLog.h"

namespace medilock::ledger::sync {
Q_LOGGING_CATEGORY(lcSync, "medilock.sync")
} // namespace medilock::ledger::sync
