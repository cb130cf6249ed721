#pragma once

#include "MaintenanceJobDialog.h"

#include "app/NodePaths.h"

class QLineEdit;

namespace medilock::ui {

// "Restore from backup…": a backup archive, its backup passphrase, and the name and passphrase
// of a user in the restored keyring. NodeRestore runs on a worker thread with a progress bar
// for its two steps (decrypting, verifying the ledger) and cannot be cancelled; a failure
// leaves nothing behind and says why. On success it names the blocks and entries verified,
// says that the node signs nothing until it has its own chain back from a peer, and offers to
// sign in to the restored node (signInRequested).
class RestoreDialog : public MaintenanceJobDialog
{
    Q_OBJECT
public:
    // Fixed: restore into `target` (the application's data directory, which holds no node).
    // Choose: the user picks a new directory; `target` is only the suggestion.
    enum class Target { Fixed, Choose };
    RestoreDialog(const app::NodePaths& target, Target mode, QWidget* parent = nullptr);

Q_SIGNALS:
    // "Sign in" after a successful restore; the dialog is accepted right after.
    void signInRequested(const QString& nodeDirectory, const QString& userName);

private:
    void chooseArchive();
    void chooseTarget();
    void start();
    void showRestored(qint64 blocks, qint64 entries);
    QList<QWidget*> fields() const;

    Target m_mode;
    QLineEdit* m_archive;
    QLineEdit* m_backupPassphrase;
    QLineEdit* m_target;
    QLineEdit* m_userName;
    QLineEdit* m_passphrase;
    QPushButton* m_browseArchive;
    QPushButton* m_browseTarget = nullptr;
    QPushButton* m_signIn;
    QString m_restoredDirectory;
    QString m_restoredUser;
};

} // namespace medilock::ui
