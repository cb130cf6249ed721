#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace medilock::app {
class NodeMaintenance;
}

namespace medilock::ui {

// "Back up…": the backup passphrase twice, then where to save the archive; the backup runs on
// a worker thread with a progress bar for its two phases (snapshot, writing) and ends with
// the archive's size or what went wrong. Once it runs it cannot be cancelled: the dialog
// stays until it ends (an archive is written complete or not at all).
class BackupDialog : public QDialog
{
    Q_OBJECT
public:
    BackupDialog(std::shared_ptr<app::NodeMaintenance> maintenance, QWidget* parent = nullptr);
    bool isRunning() const { return m_running; }

public Q_SLOTS:
    void reject() override;

private:
    void chooseFile();
    void start(const QString& path);
    void showError(const QString& message);

    std::shared_ptr<app::NodeMaintenance> m_maintenance;
    QLineEdit* m_passphrase;
    QLineEdit* m_confirm;
    QLabel* m_phase;
    QProgressBar* m_progress;
    QLabel* m_result;
    QPushButton* m_start;
    QPushButton* m_close;
    bool m_running = false;
};

} // namespace medilock::ui
