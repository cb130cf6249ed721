#pragma once

#include "app/NodePaths.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace medilock::app {
class Session;
}

namespace medilock::ui {

// Asks for a user name and passphrase and unlocks that user's keyring slot. Key derivation
// takes about a quarter second, so it runs on a worker thread while a busy bar shows.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(app::NodePaths paths, QWidget* parent = nullptr);
    ~LoginDialog() override;

    // The unlocked session once the dialog was accepted; the caller takes it over.
    std::shared_ptr<app::Session> takeSession();
    void setUserName(const QString& name);
    // The node this window signs in to: the one it was opened on, or one restored from it.
    const app::NodePaths& paths() const { return m_paths; }

private:
    void attemptUnlock();
    void setBusy(bool busy);
    // "Restore from backup…" into a new directory; then this window signs in to that node.
    void restoreFromBackup();

    app::NodePaths m_paths;
    QLineEdit* m_userName;
    QLineEdit* m_passphrase;
    QPushButton* m_unlock;
    QPushButton* m_restore;
    QLabel* m_node;
    QLabel* m_error;
    QProgressBar* m_progress;
    std::shared_ptr<app::Session> m_session;
    bool m_busy = false;
};

} // namespace medilock::ui
