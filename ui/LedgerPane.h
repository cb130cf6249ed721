#pragma once

#include <QWidget>

#include <memory>

class QAction;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace medilock::app {
class Administration;
}

namespace medilock::ui {

// "Verify ledger": every block and entry re-verified on a worker thread, with progress and
// a report that names the first problem. Below it, the node's maintenance actions.
class LedgerPane : public QWidget
{
    Q_OBJECT
public:
    explicit LedgerPane(std::shared_ptr<app::Administration> admin, QWidget* parent = nullptr);
    void verify();
    bool isVerifying() const { return m_running; }

    // The node's maintenance actions (Back up…, Re-key database…): each is added here as a
    // button; the group stays hidden while it has none.
    void addMaintenanceAction(QAction* action);

private:
    std::shared_ptr<app::Administration> m_admin;
    QPushButton* m_verify;
    QProgressBar* m_progress;
    QLabel* m_result;
    QGroupBox* m_maintenance;
    bool m_running = false;
};

} // namespace medilock::ui
