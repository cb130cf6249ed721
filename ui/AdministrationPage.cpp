#include "AdministrationPage.h"

#include "BreakGlassReviewPane.h"
#include "ClinicPane.h"
#include "LedgerPane.h"
#include "PeersPane.h"
#include "UsersPane.h"

#include "app/Administration.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace medilock::ui {

AdministrationPage::AdministrationPage(std::shared_ptr<app::Administration> admin, QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_users(new UsersPane(admin, this))
    , m_clinic(new ClinicPane(admin, this))
    , m_peers(new PeersPane(admin, this))
    , m_ledger(new LedgerPane(admin, this))
    , m_review(new BreakGlassReviewPane(admin, this))
{
    setObjectName(QStringLiteral("administrationPage"));
    m_tabs->setObjectName(QStringLiteral("administrationTabs"));
    m_tabs->setAccessibleName(tr("Administration"));
    m_tabs->addTab(m_users, tr("&Users"));
    m_tabs->addTab(m_clinic, tr("Clinic a&nd trust"));
    m_tabs->addTab(m_peers, tr("Peers and s&ync"));
    m_tabs->addTab(m_ledger, tr("&Ledger"));
    m_tabs->addTab(m_review, tr("&Break-glass review"));
    connect(m_peers, &PeersPane::paired, this, &AdministrationPage::peerPaired);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Administration — %1</h2>").arg(admin->identity().clinicName.toHtmlEscaped()), this));
    layout->addWidget(m_tabs);
    refresh();
}

void AdministrationPage::refresh()
{
    m_users->refresh();
    m_clinic->refresh();
    m_review->refresh();
    if (m_peers->isVisible())
        m_peers->refresh();
}

} // namespace medilock::ui
