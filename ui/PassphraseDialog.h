#pragma once

#include "AdminDialog.h"

class QLineEdit;

namespace medilock::ui {

// A new passphrase, typed twice: the signed-in user's own (the old one asked first), or
// the one that goes with a rotated key of another user.
class PassphraseDialog : public AdminDialog
{
    Q_OBJECT
public:
    // Changes the signed-in administrator's own passphrase.
    static PassphraseDialog* changeOwn(std::shared_ptr<app::Administration> admin, QWidget* parent);
    // Rotates `user`'s key: the new key enrolled, the old revoked as "rotated".
    static PassphraseDialog* rotate(std::shared_ptr<app::Administration> admin, const QString& user, QWidget* parent);

protected:
    void submit() override;

private:
    PassphraseDialog(std::shared_ptr<app::Administration> admin, const QString& user, QWidget* parent);
    QString m_user; // empty: the signed-in user's own passphrase
    QLineEdit* m_old = nullptr;
    QLineEdit* m_new;
    QLineEdit* m_confirm;
};

} // namespace medilock::ui
