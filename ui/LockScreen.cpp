#include "LockScreen.h"

#include "app/AsyncTask.h"
#include "app/ClinicalRecords.h"
#include "app/Role.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace medilock::ui {

LockScreen::LockScreen(std::shared_ptr<app::ClinicalRecords> records, QWidget* parent)
    : QWidget(parent)
    , m_records(std::move(records))
    , m_passphrase(new QLineEdit(this))
    , m_unlock(new QPushButton(tr("&Unlock"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("lockScreen"));
    auto* title = new QLabel(tr("<h2>MediLock is locked</h2>"), this);
    title->setObjectName(QStringLiteral("lockTitle"));
    title->setAlignment(Qt::AlignCenter);
    auto* who = new QLabel(tr("Locked after a period without activity. %1 (%2), enter your passphrase to continue.")
                               .arg(m_records->userName(), app::roleDisplayName(m_records->role())),
                           this);
    who->setObjectName(QStringLiteral("lockUser"));
    who->setWordWrap(true);
    who->setAlignment(Qt::AlignCenter);
    m_passphrase->setObjectName(QStringLiteral("lockPassphrase"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setMaximumWidth(360);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_error->setObjectName(QStringLiteral("lockError"));
    m_error->setAlignment(Qt::AlignCenter);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(title);
    layout->addWidget(who);
    layout->addWidget(m_passphrase, 0, Qt::AlignHCenter);
    layout->addWidget(m_unlock, 0, Qt::AlignHCenter);
    layout->addWidget(m_error);
    layout->addStretch();
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::attempt);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &LockScreen::attempt);
    setFocusProxy(m_passphrase);
}

void LockScreen::prepare()
{
    m_passphrase->clear();
    m_error->clear();
    m_passphrase->setEnabled(true);
    m_unlock->setEnabled(true);
    m_passphrase->setFocus();
}

void LockScreen::attempt()
{
    if (!m_unlock->isEnabled())
        return;
    m_unlock->setEnabled(false);
    m_passphrase->setEnabled(false);
    m_error->setText(tr("Checking…"));
    auto records = m_records;
    const QString passphrase = m_passphrase->text();
    m_passphrase->clear();
    app::runThenCallback(this, [records, passphrase] { return records->checkPassphrase(passphrase); }, [this](bool ok) {
        if (ok) {
            m_failures = 0;
            m_error->clear();
            m_passphrase->setEnabled(true);
            m_unlock->setEnabled(true);
            Q_EMIT unlocked();
            return;
        }
        ++m_failures;
        m_error->setText(tr("Wrong passphrase."));
        // Repeated failures slow down.
        QTimer::singleShot(std::min(250 * (1 << std::min(m_failures, 5)), 8000), this, [this] {
            m_passphrase->setEnabled(true);
            m_unlock->setEnabled(true);
            m_passphrase->setFocus();
        });
    });
}

} // namespace medilock::ui
