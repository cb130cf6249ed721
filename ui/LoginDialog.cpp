#include "LoginDialog.h"

#include "app/Passphrase.h"
#include "app/Session.h"

#include <QFormLayout>
#include <QFutureWatcher>
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

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_unlock, 0, Qt::AlignRight);

    connect(m_unlock, &QPushButton::clicked, this, &LoginDialog::attemptUnlock);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &LoginDialog::attemptUnlock);
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
    m_progress->setVisible(busy);
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
