#pragma once

#include "CliArguments.h"

#include "app/NodePaths.h"
#include "app/Session.h"

#include <QJsonObject>
#include <QTextStream>

namespace medilock::app::cli {

// What every command handler gets: the parsed arguments and helpers to unlock the node and
// to print.
class CliContext
{
public:
    explicit CliContext(CliArguments args);

    const CliArguments& args() const { return m_args; }
    NodePaths paths() const;
    QString actingUser() const; // --as, or the administrator created by init

    Result<crypto::SecureBuffer> passphrase() const;
    Result<crypto::SecureBuffer> newPassphrase() const;
    // A backup archive's passphrase: --backup-passphrase-file or MEDILOCK_BACKUP_PASSPHRASE.
    Result<crypto::SecureBuffer> backupPassphrase() const;
    Result<std::unique_ptr<Session>> unlock() const;

    void printJson(const QJsonObject& object) const;
    QTextStream& out() { return m_out; }

private:
    CliArguments m_args;
    mutable QTextStream m_out;
};

} // namespace medilock::app::cli
