#pragma once

#include <QWidget>

#include <memory>

class QTabWidget;

namespace medilock::app {
class Administration;
}

namespace medilock::ui {

class BreakGlassReviewPane;
class ClinicPane;
class LedgerPane;
class PeersPane;
class UsersPane;

// The administrator's screens (DESIGN §6, Administration), one tab each: users, this
// clinic's identity and trust, peers and their health, the ledger, the break-glass review.
// Only built for an administrator holding the clinic root.
class AdministrationPage : public QWidget
{
    Q_OBJECT
public:
    explicit AdministrationPage(std::shared_ptr<app::Administration> admin, QWidget* parent = nullptr);
    // Reads everything again (users, trust, peers, review).
    void refresh();
    LedgerPane* ledgerPane() const { return m_ledger; }

Q_SIGNALS:
    void peerPaired();

private:
    QTabWidget* m_tabs;
    UsersPane* m_users;
    ClinicPane* m_clinic;
    PeersPane* m_peers;
    LedgerPane* m_ledger;
    BreakGlassReviewPane* m_review;
};

} // namespace medilock::ui
