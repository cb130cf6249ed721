#include "LedgerPane.h"

#include "ProgressRelay.h"

#include "app/Administration.h"
#include "app/AsyncTask.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace medilock::ui {

LedgerPane::LedgerPane(std::shared_ptr<app::Administration> admin, QWidget* parent)
    : QWidget(parent)
    , m_admin(std::move(admin))
    , m_verify(new QPushButton(tr("Verify led&ger"), this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_maintenance(new QGroupBox(tr("Backup and re-key"), this))
{
    setObjectName(QStringLiteral("ledgerPane"));
    auto* box = new QGroupBox(tr("Ledger verification"), this);
    auto* boxLayout = new QVBoxLayout(box);
    auto* note = new QLabel(tr("Re-checks every block and entry from the stored bytes: signatures, hashes, chains, "
                               "roles and revocations. The application stays usable meanwhile."),
                            box);
    note->setWordWrap(true);
    boxLayout->addWidget(note);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setAccessibleName(tr("Verify the whole ledger"));
    m_progress->setObjectName(QStringLiteral("verifyProgress"));
    m_progress->setAccessibleName(tr("Verification progress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_result->setObjectName(QStringLiteral("verifyResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* row = new QHBoxLayout;
    row->addWidget(m_verify);
    row->addWidget(m_progress, 1);
    boxLayout->addLayout(row);
    boxLayout->addWidget(m_result);
    connect(m_verify, &QPushButton::clicked, this, &LedgerPane::verify);

    m_maintenance->setObjectName(QStringLiteral("maintenanceActions"));
    new QHBoxLayout(m_maintenance);
    m_maintenance->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(box);
    layout->addWidget(m_maintenance);
    layout->addStretch();
}

void LedgerPane::addMaintenanceAction(QAction* action)
{
    auto* button = new QPushButton(action->text(), m_maintenance);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    button->setAccessibleName(QString(action->text()).remove(QLatin1Char('&')));
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::enabledChanged, button, &QPushButton::setEnabled);
    m_maintenance->layout()->addWidget(button);
    m_maintenance->show();
}

void LedgerPane::verify()
{
    if (m_running)
        return;
    m_running = true;
    m_verify->setEnabled(false);
    m_progress->setValue(0);
    m_result->setText(tr("Verifying…"));
    auto relay = std::make_shared<ProgressRelay>();
    connect(relay.get(), &ProgressRelay::progressed, m_progress, &QProgressBar::setValue);
    auto admin = m_admin;
    app::runThenCallback(this, [admin, relay] {
        return admin->verifyLedger([relay](qint64 done, qint64 total) { relay->report(done, total); });
    }, [this, relay](app::LedgerCheckView report) {
        m_running = false;
        m_verify->setEnabled(true);
        const QLocale locale;
        if (report.ok()) {
            m_progress->setValue(100);
            m_result->setText(tr("✓ The ledger verified: %1 blocks, %2 entries.")
                                  .arg(locale.toString(report.blocks), locale.toString(report.entries)));
            m_result->setStyleSheet(QString());
        } else {
            m_result->setText(tr("✗ The ledger did NOT verify: %1").arg(report.problem));
            m_result->setStyleSheet(QStringLiteral("color: #a00000; font-weight: bold;"));
        }
    });
}

} // namespace medilock::ui
