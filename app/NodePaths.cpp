#include "NodePaths.h"

#include <QStandardPaths>

namespace medilock::app {

NodePaths NodePaths::defaultLocation()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return {QDir(base).filePath(QStringLiteral("MediLock/node"))};
}

} // namespace medilock::app
