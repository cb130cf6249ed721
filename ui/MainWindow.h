#pragma once

#include <QMainWindow>

#include <chrono>
#include <functional>
#include <memory>

class QAction;
class QLabel;
class QStackedWidget;

namespace medilock::app {
class Administration;
class ClinicalRecords;
class SyncNodeHost;
class Session;
}

namespace medilock::ui {

class AdministrationPage;
class ChartPage;
class EmergencyPage;
class IdleMonitor;
class LockScreen;
class ReceptionPage;

// The application's main window: patient search, a chart, the emergency view, and the lock
// screen that hides them after idle time. The signed-in user, role and clinic are always
// visible in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    static constexpr std::chrono::minutes kDefaultIdleTimeout{5};

    explicit MainWindow(std::shared_ptr<app::Session> session, QWidget* parent = nullptr);
    ~MainWindow() override;

    void setIdleTimeout(std::chrono::milliseconds timeout);
    bool isLocked() const { return m_locked; }
    void lock();
    // Whether the embedded sync node runs (it does while there are paired peers).
    bool isSyncRunning() const;

private:
    QWidget* buildHome();
    void buildMenus();
    void showSearch();
    void showChart(const QByteArray& patientId);
    void showEmergency(const QByteArray& patientId);
    // Runs `then` once the chart may be opened: at once, or after a break-glass dialog.
    void withAccess(const QByteArray& patientId, const std::function<void()>& then);
    void registerPatient();
    void verifyEmergencyCard();
    void startSync();
    void buildAdministration();
    void buildMaintenanceActions();
    void showAdministration();
    void unlock();
    QByteArray currentPatient() const;

    std::shared_ptr<app::Session> m_session;
    std::shared_ptr<app::ClinicalRecords> m_records;
    std::shared_ptr<app::SyncNodeHost> m_sync; // its node stops before the session closes
    QLabel* m_identity;
    QStackedWidget* m_stack;
    QWidget* m_home;
    ReceptionPage* m_reception;
    ChartPage* m_chart;
    EmergencyPage* m_emergency;
    AdministrationPage* m_administration = nullptr; // administrators only
    LockScreen* m_lockScreen;
    IdleMonitor* m_idle;
    QWidget* m_beforeLock = nullptr;
    bool m_locked = false;
    QList<QAction*> m_lockableActions;
};

} // namespace medilock::ui
