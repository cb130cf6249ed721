#pragma once

#include <QLoggingCategory>

namespace medilock::app {
// One category per module. Never log patient data, passphrases or keys.
Q_DECLARE_LOGGING_CATEGORY(lcNode)
Q_DECLARE_LOGGING_CATEGORY(lcSession)
} // namespace medilock::app
