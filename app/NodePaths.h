#pragma once

#include <QDir>
#include <QString>

namespace medilock::app {

// The files of one node directory.
struct NodePaths
{
    QString directory;

    QString database() const { return QDir(directory).filePath(QStringLiteral("node.db")); }
    QString keyring() const { return QDir(directory).filePath(QStringLiteral("keyring.mlk")); }
    // Wrong-passphrase counts per keyring slot (LoginThrottle): no secret, just the delays.
    QString loginFailures() const { return QDir(directory).filePath(QStringLiteral("login-failures.json")); }
    bool exists() const { return QFileInfo::exists(keyring()) && QFileInfo::exists(database()); }

    // The platform's application-data location, used when no --data is given.
    static NodePaths defaultLocation();
};

} // namespace medilock::app
