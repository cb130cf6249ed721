#include "LoginDialog.h"

#include "RestoreDialog.h"

#include "app/Passphrase.h"
#include "app/Session.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace medilock::ui {

namespace {
// What the worker hands back: QFuture needs a copyable result.
struct UnlockOutcome
{
    std::shared_ptr<app::Session> session;
    QString error;
};
} // namespace

LoginDialog::LoginDialog(app::NodePaths paths, QWidget* parent)
    : QDialog(parent)
    , m_paths(std::move(paths))
    , m_userName(new QLineEdit(this))
    , m_passphrase(new QLineEdit(this))
    , m_unlock(new QPushButton(tr("&Unlock"), this))
    , m_restore(new QPushButton(tr("&Restore from backup…"), this))
    , m_node(new QLabel(this))
    , m_error(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("MediLock — Sign in"));
    setMinimumWidth(420);

    auto* title = new QLabel(tr("<h2>MediLock</h2><p>Sign in to open this clinic's records.</p>"), this);
    title->setObjectName(QStringLiteral("loginTitle"));
    title->setWordWrap(true);

    m_userName->setObjectName(QStringLiteral("userNameEdit"));
    m_userName->setAccessibleName(tr("User name"));
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setAutoDefault(false);
    m_node->setObjectName(QStringLiteral("loginNode"));
    m_node->setWordWrap(true);
    m_node->hide();
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlighted-text); background: #b3261e; padding: 6px;"));
    m_error->hide();
    m_progress->setObjectName(QStringLiteral("unlockProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Unlocking"));
    m_progress->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_userName);
    form->addRow(tr("&Passphrase:"), m_passphrase);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_restore);
    buttons->addStretch();
    buttons->addWidget(m_unlock);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_node);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);

    connect(m_unlock, &QPushButton::clicked, this, &LoginDialog::attemptUnlock);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &LoginDialog::attemptUnlock);
    connect(m_restore, &QPushButton::clicked, this, &LoginDialog::restoreFromBackup);
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setUserName(const QString& name)
{
    m_userName->setText(name);
    m_passphrase->setFocus();
}

std::shared_ptr<app::Session> LoginDialog::takeSession()
{
    // Built on a worker thread; from here on it is used only on the GUI thread.
    return std::move(m_session);
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_userName->setEnabled(!busy);
    m_passphrase->setEnabled(!busy);
    m_unlock->setEnabled(!busy);
    m_restore->setEnabled(!busy);
    m_progress->setVisible(busy);
}

void LoginDialog::restoreFromBackup()
{
    if (m_busy)
        return;
    // Suggested: a new directory beside this node's (NodeRestore never overwrites a node).
    QString suggestion = m_paths.directory + QStringLiteral("-restored");
    for (int n = 2; QFileInfo::exists(suggestion); ++n)
        suggestion = m_paths.directory + QStringLiteral("-restored-%1").arg(n);
    auto* dialog = new RestoreDialog(app::NodePaths{suggestion}, RestoreDialog::Target::Choose, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RestoreDialog::signInRequested, this, [this](const QString& directory, const QString& userName) {
        m_paths = app::NodePaths{directory};
        m_node->setText(tr("Sign in to the restored node in %1.").arg(QDir::toNativeSeparators(directory)));
        m_node->show();
        m_error->hide();
        setUserName(userName);
    });
    dialog->open();
}

void LoginDialog::attemptUnlock()
{
    if (m_busy)
        return;
    const QString user = m_userName->text().trimmed();
    if (user.isEmpty() || m_passphrase->text().isEmpty()) {
        m_error->setText(tr("Enter your user name and passphrase."));
        m_error->show();
        return;
    }
    auto passphrase = std::make_shared<crypto::SecureBuffer>(app::passphraseFromString(m_passphrase->text()));
    m_passphrase->clear();
    m_error->hide();
    setBusy(true);

    auto* watcher = new QFutureWatcher<UnlockOutcome>(this);
    connect(watcher, &QFutureWatcher<UnlockOutcome>::finished, this, [this, watcher] {
        const UnlockOutcome outcome = watcher->result();
        watcher->deleteLater();
        setBusy(false);
        if (!outcome.session) {
            m_error->setText(outcome.error);
            m_error->show();
            m_passphrase->setFocus();
            return;
        }
        m_session = outcome.session;
        accept();
    });
    const app::NodePaths paths = m_paths;
    watcher->setFuture(QtConcurrent::run([paths, user, passphrase]() -> UnlockOutcome {
        auto session = app::Session::unlock(paths, user, *passphrase);
        if (!session)
            return {nullptr, session.error()};
        return {std::shared_ptr<app::Session>(std::move(session).value()), {}};
    }));
}

} // namespace medilock::ui
