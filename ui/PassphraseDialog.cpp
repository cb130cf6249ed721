#include "PassphraseDialog.h"

#include "PassphraseFields.h"

#include "app/Administration.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace medilock::ui {

PassphraseDialog::PassphraseDialog(std::shared_ptr<app::Administration> admin, const QString& user, QWidget* parent)
    : AdminDialog(std::move(admin), user.isEmpty() ? tr("Change my passphrase") : tr("Rotate the key of %1").arg(user),
                  user.isEmpty() ? tr("&Change passphrase") : tr("&Rotate key"), parent)
    , m_user(user)
    , m_new(passphraseField("newPassphrase", tr("New passphrase"), this))
    , m_confirm(passphraseField("confirmPassphrase", tr("New passphrase again"), this))
{
    setObjectName(user.isEmpty() ? QStringLiteral("changePassphraseDialog") : QStringLiteral("rotateKeyDialog"));
    if (user.isEmpty()) {
        m_old = passphraseField("oldPassphrase", tr("Current passphrase"), this);
        m_form->addRow(tr("C&urrent passphrase:"), m_old);
    } else {
        auto* note = new QLabel(tr("%1 gets a new signing key. The old key is revoked on the ledger (reason "
                                   "“rotated”) and cannot be used again; what it signed before stays valid. "
                                   "%1 signs in with the passphrase below from now on.")
                                    .arg(user),
                                this);
        note->setObjectName(QStringLiteral("rotateExplanation"));
        note->setWordWrap(true);
        m_form->addRow(note);
    }
    m_form->addRow(tr("&New passphrase:"), m_new);
    m_form->addRow(tr("&Again:"), m_confirm);
}

PassphraseDialog* PassphraseDialog::changeOwn(std::shared_ptr<app::Administration> admin, QWidget* parent)
{
    return new PassphraseDialog(std::move(admin), {}, parent);
}

PassphraseDialog* PassphraseDialog::rotate(std::shared_ptr<app::Administration> admin, const QString& user, QWidget* parent)
{
    return new PassphraseDialog(std::move(admin), user, parent);
}

void PassphraseDialog::submit()
{
    if (m_new->text() != m_confirm->text())
        return showError(tr("The two new passphrases differ; type them again."));
    if (m_user.isEmpty()) {
        runBusy([admin = m_admin, old = m_old->text(), next = m_new->text()] { return admin->changeOwnPassphrase(old, next); });
        return;
    }
    runBusy([admin = m_admin, user = m_user, next = m_new->text()] { return admin->rotateKey(user, next); });
}

} // namespace medilock::ui
