#include "UsersPane.h"

#include "EnrolUserDialog.h"
#include "PassphraseDialog.h"
#include "RevokeUserDialog.h"
#include "UserListModel.h"

#include "app/Administration.h"
#include "app/AsyncTask.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace medilock::ui {

UsersPane::UsersPane(std::shared_ptr<app::Administration> admin, QWidget* parent)
    : QWidget(parent)
    , m_admin(std::move(admin))
    , m_model(new UserListModel(this))
    , m_table(new QTableView(this))
    , m_rotate(new QPushButton(tr("R&otate key…"), this))
    , m_revoke(new QPushButton(tr("Revo&ke…"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("usersPane"));
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setAccessibleName(tr("Users of this clinic"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_status->setObjectName(QStringLiteral("usersStatus"));
    m_status->setWordWrap(true);

    auto* enrol = new QPushButton(tr("&Enrol user…"), this);
    enrol->setObjectName(QStringLiteral("enrolButton"));
    enrol->setAccessibleName(tr("Enrol a user"));
    auto* passphrase = new QPushButton(tr("Change &my passphrase…"), this);
    passphrase->setObjectName(QStringLiteral("changePassphraseButton"));
    m_rotate->setObjectName(QStringLiteral("rotateButton"));
    m_rotate->setAccessibleName(tr("Rotate the selected user's key"));
    m_revoke->setObjectName(QStringLiteral("revokeButton"));
    m_revoke->setAccessibleName(tr("Revoke the selected user"));
    connect(enrol, &QPushButton::clicked, this, [this] {
        auto* dialog = new EnrolUserDialog(m_admin, window());
        openDialog(dialog, [dialog] { return tr("Enrolled %1.").arg(dialog->enrolledName()); });
    });
    connect(passphrase, &QPushButton::clicked, this,
            [this] { openDialog(PassphraseDialog::changeOwn(m_admin, window()), [] { return tr("Your passphrase is changed."); }); });
    connect(m_rotate, &QPushButton::clicked, this, [this] {
        const QString user = selectedActiveUser();
        if (!user.isEmpty())
            openDialog(PassphraseDialog::rotate(m_admin, user, window()), [user] { return tr("%1 has a new key.").arg(user); });
    });
    connect(m_revoke, &QPushButton::clicked, this, [this] {
        const QString user = selectedActiveUser();
        if (!user.isEmpty())
            openDialog(new RevokeUserDialog(m_admin, user, window()), [user] { return tr("%1 is revoked; the database is re-keyed.").arg(user); });
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPane::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPane::updateButtons);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {enrol, passphrase, m_rotate, m_revoke})
        buttons->addWidget(b);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table);
    layout->addWidget(m_status);
    updateButtons();
}

// Dialogs are parented to the window, so that the idle lock dismisses them with the others.
void UsersPane::openDialog(QDialog* dialog, const std::function<QString()>& done)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, done] {
        m_status->setText(done());
        refresh();
    });
    dialog->open();
}

void UsersPane::refresh()
{
    auto admin = m_admin;
    app::runThenCallback(this, [admin] { return admin->users(); }, [this](Result<QList<app::UserStatusView>> users) {
        if (!users)
            return m_status->setText(users.error());
        m_model->setRows(*users);
    });
}

QString UsersPane::selectedActiveUser() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const app::UserStatusView& u = m_model->row(rows.first().row());
    return u.active() ? u.name : QString();
}

void UsersPane::updateButtons()
{
    const QString user = selectedActiveUser();
    m_rotate->setEnabled(!user.isEmpty());
    m_revoke->setEnabled(!user.isEmpty() && user != m_admin->userName());
}

} // namespace medilock::ui
