#include "Logging.h"

namespace medilock::app {
Q_LOGGING_CATEGORY(lcNode, "medilock.node")
Q_LOGGING_CATEGORY(lcSession, "medilock.session")
} // namespace medilock::app
