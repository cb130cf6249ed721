#pragma once

#include "NodePaths.h"

#include "crypto/Result.h"

#include <QStringList>

#include <cstdint>
#include <functional>

namespace medilock::app {

class Session;

// Re-keys a node's database (docs/security.md, "Re-key"): a new random 256-bit key, the
// database copied under it (sqlcipher_export) and swapped in by an atomic rename, and the key
// wrapped anew for every keyring slot. A crash at any point leaves a node that opens with
// every record: the keyring holds the pending key next to the current one until the new file
// is in place, and the next session settles on whichever key opens the database.
//
// Needs an administrator's session and exclusive use of the node (NodeLock): other processes
// with the node open make it refuse; in this process, the caller stops the embedded sync node
// first. Slow on a large database: call it from a worker thread (the session is used there).
class DatabaseRekey
{
public:
    enum class Stage { Preparing, Copying, Checking, Switching, Done };
    using Progress = std::function<void(Stage)>;

    struct Report
    {
        std::uint32_t generation = 0; // the keyring's key generation now
        QStringList slots;            // the slots the new key was wrapped for
        qint64 tables = 0;            // tables copied, each checked row for row by count
    };

    static Result<Report> run(Session& session, const Progress& progress = {});
    // Whether run() could start now (administrator, exclusive use, no version 1 slot); changes nothing.
    static Result<void> check(Session& session);
    // After a re-key was interrupted: keeps the pending key if the database opened with it
    // (the new file is in place), else drops it, and removes a partial copy.
    static Result<void> settleInterrupted(const NodePaths& paths, bool databaseUsesPendingKey);
};

} // namespace medilock::app
