#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace medilock::app {
class NodeMaintenance;
}

namespace medilock::ui {

// "Re-key database…": says what a re-key does, then runs it on a worker thread: the embedded
// sync node stops, the database is copied under a new key and swapped in, the node starts
// again. The stages show as they pass; the result names the new key generation.
class RekeyDialog : public QDialog
{
    Q_OBJECT
public:
    RekeyDialog(std::shared_ptr<app::NodeMaintenance> maintenance, QWidget* parent = nullptr);
    bool isRunning() const { return m_running; }

public Q_SLOTS:
    void reject() override;

private:
    void start();

    std::shared_ptr<app::NodeMaintenance> m_maintenance;
    QLabel* m_stage;
    QProgressBar* m_progress;
    QLabel* m_result;
    QPushButton* m_start;
    QPushButton* m_close;
    bool m_running = false;
};

} // namespace medilock::ui
