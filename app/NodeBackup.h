#pragma once

#include "crypto/Result.h"
#include "crypto/Scrypt.h"
#include "crypto/SecureBuffer.h"

#include <QString>

#include <functional>

namespace medilock::app {

class Session;

// An encrypted backup of a node (docs/backup-format.md): a consistent snapshot of the
// database taken while the node keeps running, the keyring file and the node's settings,
// sealed under a key derived from a backup passphrase. Slow (key derivation, gigabytes of
// database): run it off the GUI thread; it reports progress through the callback.
class NodeBackup
{
public:
    // Phase 0: snapshotting the database (pages), phase 1: writing the archive (bytes).
    using Progress = std::function<void(int phase, qint64 done, qint64 total)>;
    struct Options
    {
        crypto::ScryptParams params = defaultParams();
        std::uint32_t chunkSize = 1u << 20;
    };
    struct Report
    {
        qint64 archiveBytes = 0;
        qint64 databaseBytes = 0;
    };

    // About a second of scrypt on this machine, N between 2^16 and 2^18 (r = 8, p = 1).
    static crypto::ScryptParams defaultParams();
    // Administrators only. The archive appears at `archivePath` complete or not at all.
    static Result<Report> create(Session& session, const QString& archivePath, const crypto::SecureBuffer& backupPassphrase,
                                 const Options& options, const Progress& progress = {});
};

} // namespace medilock::app
