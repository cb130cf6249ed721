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
    // Held shared by every session on this node and exclusively by a re-key (NodeLock).
    QString lock() const { return QDir(directory).filePath(QStringLiteral("node.lock")); }
    // The re-encrypted copy a re-key writes before it replaces node.db (DatabaseRekey).
    QString rekeyedDatabase() const { return QDir(directory).filePath(QStringLiteral("node.db.rekey")); }
    bool exists() const { return QFileInfo::exists(keyring()) && QFileInfo::exists(database()); }

    // The platform's application-data location, used when no --data is given.
    static NodePaths defaultLocation();
};

} // namespace medilock::app
