#include "RevokeUserDialog.h"

#include "app/Administration.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace medilock::ui {

RevokeUserDialog::RevokeUserDialog(std::shared_ptr<app::Administration> admin, const QString& user, QWidget* parent)
    : AdminDialog(std::move(admin), tr("Revoke %1").arg(user), tr("&Revoke for good"), parent)
    , m_user(user)
    , m_reason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("revokeUserDialog"));
    auto* note = new QLabel(tr("This cannot be undone. %1's key is revoked on the ledger and their keyring slot on this "
                               "node is removed: every node refuses what the key signs from now on. What it signed "
                               "before stays valid. The database is then re-keyed, so the database key %1 may "
                               "have kept opens nothing written from now on; sync stops meanwhile. No other "
                               "program may have the node open.")
                                .arg(user),
                            this);
    note->setObjectName(QStringLiteral("revokeExplanation"));
    note->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("revokeReason"));
    m_reason->setAccessibleName(tr("Reason for the revocation"));
    m_reason->setPlaceholderText(tr("e.g. left the clinic"));
    m_form->addRow(note);
    m_form->addRow(tr("R&eason:"), m_reason);
}

void RevokeUserDialog::submit()
{
    runBusy([admin = m_admin, user = m_user, reason = m_reason->text()] { return admin->revoke(user, reason); });
}

} // namespace medilock::ui
