#include "NodeMaintenance.h"

#include "ClinicalRecords.h"
#include "DatabaseRekey.h"
#include "NodeBackup.h"
#include "SyncNodeHost.h"

#include <QCoreApplication>

namespace medilock::app {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("NodeMaintenance", text);
}

NodeMaintenance::RekeyStage stageOf(DatabaseRekey::Stage stage)
{
    switch (stage) {
    case DatabaseRekey::Stage::Preparing:
        return NodeMaintenance::RekeyStage::Preparing;
    case DatabaseRekey::Stage::Copying:
        return NodeMaintenance::RekeyStage::Copying;
    case DatabaseRekey::Stage::Checking:
        return NodeMaintenance::RekeyStage::Checking;
    case DatabaseRekey::Stage::Switching:
        return NodeMaintenance::RekeyStage::Switching;
    case DatabaseRekey::Stage::Done:
        break;
    }
    return NodeMaintenance::RekeyStage::RestartingSync;
}
} // namespace

NodeMaintenance::NodeMaintenance(std::shared_ptr<ClinicalRecords> records, std::shared_ptr<SyncNodeHost> syncNode)
    : m_records(std::move(records))
    , m_syncNode(std::move(syncNode))
{
}

Result<void> NodeMaintenance::checkBackupPassphrase(const crypto::SecureBuffer& passphrase)
{
    if (passphrase.size() < kMinimumBackupPassphraseLength)
        return fail(tr("A backup passphrase needs at least %1 characters.").arg(kMinimumBackupPassphraseLength));
    return {};
}

Result<NodeMaintenance::BackupView> NodeMaintenance::backup(const QString& archivePath,
                                                            const crypto::SecureBuffer& backupPassphrase,
                                                            const BackupProgress& progress)
{
    if (auto r = checkBackupPassphrase(backupPassphrase); !r)
        return std::move(r).takeError();
    return m_records->exclusive([&](Session& s) -> Result<BackupView> {
        auto report = NodeBackup::create(s, archivePath, backupPassphrase, NodeBackup::Options{},
                                         [&](int phase, qint64 done, qint64 total) {
                                             if (progress)
                                                 progress(phase == 0 ? BackupPhase::Snapshot : BackupPhase::Writing, done,
                                                          total);
                                         });
        if (!report)
            return std::move(report).takeError();
        return BackupView{report->archiveBytes, report->databaseBytes};
    });
}

Result<NodeMaintenance::RekeyView> NodeMaintenance::rekey(const RekeyProgress& progress)
{
    auto report = [&](RekeyStage stage) {
        if (progress)
            progress(stage);
    };
    return m_records->exclusive([&](Session& s) -> Result<RekeyView> {
        // Another program with the node open: refused before the sync node stops.
        if (auto r = DatabaseRekey::check(s); !r)
            return std::move(r).takeError();
        report(RekeyStage::StoppingSync);
        auto done = m_syncNode->withNodeStopped(s, [&] {
            auto r = DatabaseRekey::run(s, [&](DatabaseRekey::Stage stage) { report(stageOf(stage)); });
            if (r)
                report(RekeyStage::RestartingSync);
            return r;
        });
        if (!done)
            return std::move(done).takeError();
        report(RekeyStage::Done);
        return RekeyView{done->generation, done->slots, m_syncNode->restartProblem()};
    });
}

} // namespace medilock::app
