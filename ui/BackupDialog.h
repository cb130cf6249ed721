#pragma once

#include "MaintenanceJobDialog.h"

#include <memory>

class QLineEdit;

namespace medilock::app {
class NodeMaintenance;
}

namespace medilock::ui {

// "Back up…": the backup passphrase twice, then where to save the archive; the backup runs on
// a worker thread with a progress bar for its two phases (snapshot, writing) and ends with
// the archive's size or what went wrong. Once it runs it cannot be cancelled: the dialog
// stays until it ends (an archive is written complete or not at all).
class BackupDialog : public MaintenanceJobDialog
{
    Q_OBJECT
public:
    BackupDialog(std::shared_ptr<app::NodeMaintenance> maintenance, QWidget* parent = nullptr);

private:
    void chooseFile();
    void start(const QString& path);

    std::shared_ptr<app::NodeMaintenance> m_maintenance;
    QLineEdit* m_passphrase;
    QLineEdit* m_confirm;
};

} // namespace medilock::ui
