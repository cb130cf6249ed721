#pragma once

#include "crypto/Result.h"
#include "crypto/SecureBuffer.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <memory>

namespace medilock::app {

class ClinicalRecords;
class SyncNodeHost;

// The node's maintenance from the desktop application, for an administrator: an encrypted
// backup (NodeBackup) and a re-key of the database (DatabaseRekey), as `medilock-cli backup`
// and `rekey` do them. Slow: call from a worker thread; each call serialises on the
// application's session, and a re-key stops the embedded sync node and starts it again.
class NodeMaintenance
{
public:
    NodeMaintenance(std::shared_ptr<ClinicalRecords> records, std::shared_ptr<SyncNodeHost> syncNode);

    // A backup passphrase, as the CLI takes it: at least 12 characters.
    static constexpr std::size_t kMinimumBackupPassphraseLength = 12;
    static Result<void> checkBackupPassphrase(const crypto::SecureBuffer& passphrase);

    enum class BackupPhase { Snapshot, Writing };
    using BackupProgress = std::function<void(BackupPhase phase, qint64 done, qint64 total)>;
    struct BackupView
    {
        qint64 archiveBytes = 0;
        qint64 databaseBytes = 0;
    };
    // The archive appears at `archivePath` complete or not at all.
    Result<BackupView> backup(const QString& archivePath, const crypto::SecureBuffer& backupPassphrase,
                              const BackupProgress& progress = {});

    enum class RekeyStage { StoppingSync, Preparing, Copying, Checking, Switching, RestartingSync, Done };
    using RekeyProgress = std::function<void(RekeyStage)>;
    struct RekeyView
    {
        std::uint32_t generation = 0;
        QStringList slots;
        QString syncProblem; // empty: the sync node runs again (or had not run)
    };
    // Refused with nothing changed while another program has the node open.
    Result<RekeyView> rekey(const RekeyProgress& progress = {});

private:
    std::shared_ptr<ClinicalRecords> m_records;
    std::shared_ptr<SyncNodeHost> m_syncNode;
};

} // namespace medilock::app
