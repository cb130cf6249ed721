#pragma once

#include "NodePaths.h"

#include "crypto/Result.h"
#include "crypto/SecureBuffer.h"

#include <QString>

#include <functional>
#include <optional>

namespace medilock::app {

class Session;

// Restores a backup archive (NodeBackup) into a new node directory, and the state that
// follows: a restored node signs nothing until it has caught up with its own chain from a
// peer (DESIGN §3), unless an administrator of a clinic without peers overrides.
class NodeRestore
{
public:
    // Extracting counts archive bytes, Verifying the restored ledger's entries.
    enum class Phase { Extracting, Verifying };
    using Progress = std::function<void(Phase phase, qint64 done, qint64 total)>;
    struct Report
    {
        qint64 blocks = 0;
        qint64 entries = 0;
        QString nodeFingerprint;
    };

    // Decrypts the archive into a temporary directory beside `target`, opens the restored
    // node as `userName` (a slot of the restored keyring), re-verifies the whole ledger,
    // marks the node "restored, own head unknown" and only then renames the directory to
    // `target`, which must not exist or be an empty directory (a workstation's new, empty
    // data directory). Missing parent directories are created (mode 0700). On any failure
    // nothing is left behind: neither the node nor the parents it created.
    static Result<Report> restore(const QString& archivePath, const crypto::SecureBuffer& backupPassphrase,
                                  const NodePaths& target, const QString& userName,
                                  const crypto::SecureBuffer& userPassphrase, const Progress& progress = {});

    struct Waiting
    {
        qint64 restoredAtMs = 0;
        std::optional<quint64> peerReportedHeight; // highest own-chain head a peer named
        bool reportedHeadHeld = false;             // that block is stored here
    };
    // Whether the session's node still waits for its own chain after a restore.
    static Result<std::optional<Waiting>> waiting(Session& session);
    struct Resumed
    {
        std::size_t sealedAccesses = 0; // chart accesses queued since the restore, sealed now
        QString queueProblem;           // why queued accesses stay unsealed; empty if none do
    };
    // The administrator's override for a clinic with no peer: signing resumes from the
    // restored head. Refused while a peer has reported a head of this node's chain that is
    // not stored here (sealing would fork the chain) unless `despiteReportedHead`. Logged.
    // The chart accesses queued meanwhile are sealed in the transaction that removes the
    // mark; if they cannot be (a damaged row), the mark goes alone and they stay queued.
    static Result<Resumed> resumeSigning(Session& session, bool despiteReportedHead);
};

} // namespace medilock::app
