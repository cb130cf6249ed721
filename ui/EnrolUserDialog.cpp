#include "EnrolUserDialog.h"

#include "PassphraseFields.h"

#include "app/Administration.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace medilock::ui {

EnrolUserDialog::EnrolUserDialog(std::shared_ptr<app::Administration> admin, QWidget* parent)
    : AdminDialog(std::move(admin), tr("Enrol a user"), tr("&Enrol"), parent)
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_passphrase(passphraseField("enrolPassphrase", tr("First passphrase"), this))
    , m_confirm(passphraseField("enrolConfirm", tr("First passphrase again"), this))
{
    setObjectName(QStringLiteral("enrolUserDialog"));
    m_name->setObjectName(QStringLiteral("enrolName"));
    m_name->setAccessibleName(tr("User name"));
    m_role->setObjectName(QStringLiteral("enrolRole"));
    m_role->setAccessibleName(tr("Role"));
    for (app::Role role : {app::Role::Physician, app::Role::Nurse, app::Role::Reception, app::Role::Admin})
        m_role->addItem(app::roleDisplayName(role), static_cast<int>(role));
    auto* note = new QLabel(tr("The user's key is enrolled on the ledger, signed by the clinic root; hand the first "
                               "passphrase over in person."),
                            this);
    note->setWordWrap(true);
    m_form->addRow(note);
    m_form->addRow(tr("&User name:"), m_name);
    m_form->addRow(tr("&Role:"), m_role);
    m_form->addRow(tr("&Passphrase:"), m_passphrase);
    m_form->addRow(tr("&Again:"), m_confirm);
}

void EnrolUserDialog::submit()
{
    if (m_passphrase->text() != m_confirm->text())
        return showError(tr("The two passphrases differ; type them again."));
    const QString name = m_name->text().trimmed();
    const auto role = static_cast<app::Role>(m_role->currentData().toInt());
    m_enrolled = name;
    runBusy([admin = m_admin, name, role, passphrase = m_passphrase->text()] { return admin->enrol(name, role, passphrase); });
}

} // namespace medilock::ui
