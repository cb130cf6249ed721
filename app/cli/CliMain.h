#pragma once

#include <QStringList>

namespace medilock::app::cli {

// medilock-cli: runs one command and returns the process exit code (0 success, 1 failure,
// 2 usage). Results go to stdout (one JSON object with --json), reasons to stderr.
int runCli(const QStringList& arguments);
// Whether the command draws (the emergency card's PDF needs fonts): main() then makes a
// QGuiApplication on the offscreen platform instead of a QCoreApplication.
bool needsGuiApplication(const QStringList& arguments);

} // namespace medilock::app::cli
