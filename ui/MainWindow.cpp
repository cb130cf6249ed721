#include "MainWindow.h"

#include "AdministrationPage.h"
#include "BackupDialog.h"
#include "BreakGlassDialog.h"
#include "ChartPage.h"
#include "EmergencyPage.h"
#include "IdleMonitor.h"
#include "LanguageMenu.h"
#include "LedgerPane.h"
#include "LockScreen.h"
#include "MonospaceLabel.h"
#include "ReceptionPage.h"
#include "RekeyDialog.h"
#include "RegisterPatientDialog.h"
#include "SyncStatusLabel.h"
#include "VerifyCardDialog.h"

#include "app/Administration.h"
#include "app/AsyncTask.h"
#include "app/ClinicalRecords.h"
#include "app/EmergencyCards.h"
#include "app/NodeMaintenance.h"
#include "app/Role.h"
#include "app/Session.h"
#include "app/SyncNodeHost.h"
#include "app/UiLanguage.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace medilock::ui {

// The node syncs inside the application, on its own thread, whenever it has peers to sync with.
void MainWindow::startSync()
{
    auto started = m_records->exclusive([this](app::Session& s) { return m_sync->start(s); });
    if (!started)
        statusBar()->showMessage(tr("Sync did not start: %1").arg(started.error()), 15000);
}

bool MainWindow::isSyncRunning() const
{
    return m_sync->isRunning();
}

MainWindow::MainWindow(std::shared_ptr<app::Session> session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(std::move(session))
    , m_records(std::make_shared<app::ClinicalRecords>(m_session))
    , m_sync(std::make_shared<app::SyncNodeHost>())
    , m_identity(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_home(buildHome())
    , m_reception(new ReceptionPage(m_records, this))
    , m_chart(new ChartPage(m_records, this))
    , m_emergency(new EmergencyPage(m_records, this))
    , m_lockScreen(new LockScreen(m_records, this))
    , m_idle(new IdleMonitor(kDefaultIdleTimeout, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("MediLock — %1").arg(m_session->identity().clinicName));
    resize(1200, 780);

    m_identity->setObjectName(QStringLiteral("signedInUser"));
    m_identity->setText(tr("%1 · %2 · %3")
                            .arg(m_session->user().name, app::roleDisplayName(m_session->user().role),
                                 m_session->identity().clinicName));
    m_identity->setAccessibleName(tr("Signed in as %1").arg(m_identity->text()));
    statusBar()->addPermanentWidget(m_identity);
    // Read only while no backup or re-key has the session: those keep the last summary shown.
    statusBar()->addPermanentWidget(new SyncStatusLabel(
        [records = m_records, last = std::make_shared<app::SyncSummary>()]() -> Result<app::SyncSummary> {
            auto read = records->tryExclusive(
                [](app::Session& s) { return app::SyncSummary::read(s, QDateTime::currentMSecsSinceEpoch()); });
            if (!read)
                return *last;
            if (*read)
                *last = **read;
            return std::move(*read);
        },
        this));
    startSync();

    m_stack->setObjectName(QStringLiteral("pages"));
    for (QWidget* page : {m_home, static_cast<QWidget*>(m_reception), static_cast<QWidget*>(m_chart),
                          static_cast<QWidget*>(m_emergency), static_cast<QWidget*>(m_lockScreen)})
        m_stack->addWidget(page);
    setCentralWidget(m_stack);
    buildAdministration();
    // Administrators have no patient work: they start on the administration screens.
    m_stack->setCurrentWidget(m_administration ? static_cast<QWidget*>(m_administration)
                              : m_session->user().role == app::Role::Admin ? m_home : m_reception);

    connect(m_reception, &ReceptionPage::openChartRequested, this, &MainWindow::showChart);
    connect(m_reception, &ReceptionPage::emergencyRequested, this, &MainWindow::showEmergency);
    connect(m_reception, &ReceptionPage::registerRequested, this, &MainWindow::registerPatient);
    connect(m_chart, &ChartPage::backRequested, this, &MainWindow::showSearch);
    connect(m_chart, &ChartPage::emergencyRequested, this, &MainWindow::showEmergency);
    connect(m_chart, &ChartPage::failed, this, [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_chart, &ChartPage::message, this, [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_emergency, &EmergencyPage::backRequested, this, &MainWindow::showSearch);
    connect(m_emergency, &EmergencyPage::chartRequested, this, &MainWindow::showChart);
    connect(m_emergency, &EmergencyPage::message, this, [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_lockScreen, &LockScreen::unlocked, this, &MainWindow::unlock);
    connect(m_idle, &IdleMonitor::idle, this, &MainWindow::lock);
    buildMenus();
}

// The node stops before the session can close; a backup or re-key under way ends first.
MainWindow::~MainWindow()
{
    m_records->exclusive([this](app::Session&) {
        m_sync->stop();
        return 0;
    });
}

// Only an administrator holding the clinic root gets the page; other roles never see it
// (and the ledger refuses administrative entries they might sign all the same).
void MainWindow::buildAdministration()
{
    auto admin = std::make_shared<app::Administration>(m_records, m_sync);
    if (!admin->mayAdminister())
        return;
    m_administration = new AdministrationPage(std::move(admin), this);
    m_stack->addWidget(m_administration);
    buildMaintenanceActions();
    connect(m_administration, &AdministrationPage::peerPaired, this, [this] {
        if (!m_sync->isRunning())
            startSync();
    });
}

// Backup and re-key, on the Ledger tab of the administration page. Their dialogs are parented
// to the window, so the idle lock dismisses them unless their work is under way.
void MainWindow::buildMaintenanceActions()
{
    auto maintenance = std::make_shared<app::NodeMaintenance>(m_records, m_sync);
    auto* backup = new QAction(tr("Ba&ck up…"), this);
    backup->setObjectName(QStringLiteral("backupAction"));
    connect(backup, &QAction::triggered, this, [this, maintenance] {
        auto* dialog = new BackupDialog(maintenance, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    auto* rekey = new QAction(tr("Re-&key database…"), this);
    rekey->setObjectName(QStringLiteral("rekeyAction"));
    connect(rekey, &QAction::triggered, this, [this, maintenance] {
        auto* dialog = new RekeyDialog(maintenance, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    for (QAction* action : {backup, rekey}) {
        m_administration->ledgerPane()->addMaintenanceAction(action);
        m_lockableActions << action;
    }
}

void MainWindow::showAdministration()
{
    if (m_locked || !m_administration)
        return;
    m_stack->setCurrentWidget(m_administration);
    m_administration->refresh();
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* lockNow = file->addAction(tr("&Lock now"));
    lockNow->setObjectName(QStringLiteral("lockAction"));
    lockNow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lockNow, &QAction::triggered, this, &MainWindow::lock);
    // Any signed-in user may check a card: it reads no chart, only the signature and the nodes.
    QAction* verifyCard = file->addAction(tr("&Verify emergency card…"));
    verifyCard->setObjectName(QStringLiteral("verifyCardAction"));
    connect(verifyCard, &QAction::triggered, this, &MainWindow::verifyEmergencyCard);
    m_lockableActions << verifyCard;
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    QMenu* patient = menuBar()->addMenu(tr("&Patient"));
    const auto add = [&](const char* name, const QString& text, const QKeySequence& keys, auto slot) {
        QAction* action = patient->addAction(text);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_lockableActions << action;
        return action;
    };
    add("searchAction", tr("&Find patient"), QKeySequence(Qt::CTRL | Qt::Key_F), [this] { showSearch(); });
    if (m_records->mayRegister())
        add("newPatientAction", tr("&New patient…"), QKeySequence(Qt::CTRL | Qt::Key_N), [this] { registerPatient(); });
    if (m_records->mayReadCharts())
        add("emergencyAction", tr("&Emergency view"), QKeySequence(Qt::CTRL | Qt::Key_E), [this] {
            if (const QByteArray id = currentPatient(); !id.isEmpty())
                showEmergency(id);
        });
    if (m_records->maySign(app::RecordType::Note))
        add("newNoteAction", tr("New &note…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] {
            if (m_stack->currentWidget() == m_chart)
                m_chart->newNote();
        });

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* node = view->addAction(tr("This &node"));
    node->setObjectName(QStringLiteral("nodeInfoAction"));
    connect(node, &QAction::triggered, this, [this] {
        if (!m_locked)
            m_stack->setCurrentWidget(m_home);
    });
    m_lockableActions << node;
    if (m_administration) {
        QAction* admin = view->addAction(tr("&Administration"));
        admin->setObjectName(QStringLiteral("administrationAction"));
        admin->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        connect(admin, &QAction::triggered, this, &MainWindow::showAdministration);
        m_lockableActions << admin;
    }

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    auto* language = new LanguageMenu(m_session->paths(), app::UiLanguage::current(), this);
    connect(language, &LanguageMenu::message, this, [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    m_lockableActions << settings->addMenu(language);
}

QWidget* MainWindow::buildHome()
{
    auto* home = new QWidget(this);
    home->setObjectName(QStringLiteral("homePage"));
    auto* layout = new QVBoxLayout(home);
    auto* greeting = new QLabel(tr("<h2>%1</h2>").arg(m_session->identity().clinicName.toHtmlEscaped()), home);
    layout->addWidget(greeting);

    auto* box = new QGroupBox(tr("This node"), home);
    auto* form = new QFormLayout(box);
    const auto mono = [box](const QString& text) { return monospaceLabel(text, box); };
    form->addRow(tr("Clinic root:"), mono(m_session->identity().clinicFingerprint));
    form->addRow(tr("Node key:"), mono(m_session->identity().nodeFingerprint));
    form->addRow(tr("TLS certificate:"), mono(m_session->identity().tlsFingerprint));
    form->addRow(tr("Signed in as:"), new QLabel(tr("%1 (%2)").arg(m_session->user().name,
                                                                    app::roleDisplayName(m_session->user().role)),
                                                 box));
    layout->addWidget(box);
    layout->addStretch();
    return home;
}

void MainWindow::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idle->setTimeout(timeout);
}

QByteArray MainWindow::currentPatient() const
{
    if (m_stack->currentWidget() == m_chart || m_stack->currentWidget() == m_emergency)
        return m_chart->patientId().isEmpty() ? QByteArray() : m_chart->patientId();
    return m_reception->selectedPatient();
}

void MainWindow::showSearch()
{
    if (m_locked)
        return;
    m_stack->setCurrentWidget(m_reception);
    m_reception->focusSearch();
}

void MainWindow::withAccess(const QByteArray& patientId, const std::function<void()>& then)
{
    // The patient's consent may restrict the chart: then a physician breaks the glass first.
    auto records = m_records;
    app::runThenCallback(this, [records, patientId] { return records->consentState(patientId); },
                         [this, patientId, then](Result<app::ConsentState> state) {
                             if (m_locked)
                                 return;
                             if (!state)
                                 return statusBar()->showMessage(state.error(), 8000);
                             if (!state->needsBreakGlass())
                                 return then();
                             if (!m_records->mayBreakGlass())
                                 return statusBar()->showMessage(
                                     tr("The patient's consent restricts this chart; only a physician may break the glass."), 8000);
                             auto* dialog = new BreakGlassDialog(m_records, patientId, *state, this);
                             dialog->setAttribute(Qt::WA_DeleteOnClose);
                             connect(dialog, &QDialog::accepted, this, [this, then] {
                                 if (!m_locked)
                                     then();
                             });
                             dialog->open();
                         });
}

void MainWindow::showChart(const QByteArray& patientId)
{
    if (m_locked || patientId.isEmpty() || !m_records->mayReadCharts())
        return;
    withAccess(patientId, [this, patientId] {
        m_stack->setCurrentWidget(m_chart);
        m_chart->open(patientId);
    });
}

void MainWindow::showEmergency(const QByteArray& patientId)
{
    if (m_locked || patientId.isEmpty() || !m_records->mayReadCharts())
        return;
    withAccess(patientId, [this, patientId] {
        if (m_chart->patientId() != patientId)
            m_chart->open(patientId); // so that "Full chart" and Ctrl+Shift+N act on this patient
        m_stack->setCurrentWidget(m_emergency);
        m_emergency->open(patientId);
    });
}

void MainWindow::verifyEmergencyCard()
{
    if (m_locked)
        return;
    auto* dialog = new VerifyCardDialog(std::make_shared<app::EmergencyCards>(m_records), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::registerPatient()
{
    if (m_locked || !m_records->mayRegister())
        return;
    auto* dialog = new RegisterPatientDialog(m_records, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const app::PatientView& p = dialog->registered();
        statusBar()->showMessage(tr("Registered %1.").arg(p.name), 8000);
        m_stack->setCurrentWidget(m_reception);
        m_reception->setSearchText(p.name);
    });
    dialog->open();
}

void MainWindow::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    m_idle->setActive(false);
    // Nothing of a patient stays on screen: open editors and dialogs are dismissed unsaved.
    m_chart->closeDialogs();
    for (QDialog* dialog : findChildren<QDialog*>(Qt::FindDirectChildrenOnly))
        dialog->reject();
    m_beforeLock = m_stack->currentWidget();
    m_stack->setCurrentWidget(m_lockScreen);
    for (QAction* action : std::as_const(m_lockableActions))
        action->setEnabled(false);
    m_lockScreen->prepare();
}

void MainWindow::unlock()
{
    if (!m_locked)
        return;
    m_locked = false;
    for (QAction* action : std::as_const(m_lockableActions))
        action->setEnabled(true);
    m_stack->setCurrentWidget(m_beforeLock ? m_beforeLock : m_reception);
    m_idle->setActive(true);
}

} // namespace medilock::ui
