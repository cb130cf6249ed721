#include "GuiFixture.h"

#include "ui/AccessLogModel.h"
#include "ui/AccessReportDocument.h"
#include "ui/AdministrationPage.h"
#include "ui/BreakGlassReviewModel.h"
#include "ui/ChartPage.h"
#include "ui/MainWindow.h"
#include "ui/PeerHealthModel.h"
#include "ui/UserListModel.h"

#include "app/Administration.h"
#include "app/ClinicalRecords.h"
#include "app/SessionImpl.h"

#include "crypto/Keyring.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialog>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>

using namespace medilock;

namespace {
const QString kAdminPassphrase = QStringLiteral("admin passphrase long enough");
const QString kReason = QStringLiteral("unconscious, brought in by ambulance");

int rowOf(QAbstractItemModel* model, const QString& text, int column = 0)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, column).data().toString() == text)
            return row;
    return -1;
}

QString cell(QAbstractItemModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}
} // namespace

// The administrator's screens (issue 7): users enrolled and revoked from the page, no page
// for other roles, ledger verification with progress, the break-glass review and a chart's
// access report.
class tst_AdministrationPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void modelsPassTheTester();
    void otherRolesHaveNoAdministrationPage_data();
    void otherRolesHaveNoAdministrationPage();
    void adminEnrolsAUser();
    void adminRevokesAUser();
    void accessReportListsBreakGlass();
    void reviewListsBreakGlass();
    void adminRotatesAKey();
    void lockDismissesAdminDialogs();
    void verifyReportsADamagedLedger(); // last: it damages the ledger

private:
    std::unique_ptr<ui::MainWindow> adminWindow();

    testing::GuiNode m_node;
    std::shared_ptr<app::Session> m_admin;
    std::shared_ptr<app::Session> m_nurse;
    QByteArray m_restricted;
};

void tst_AdministrationPage::initTestCase()
{
    const QString error = m_node.create();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto admin = app::Session::unlock(m_node.paths, QStringLiteral("admin"), app::passphraseFromString(kAdminPassphrase));
    QVERIFY2(admin.ok(), qPrintable(admin.ok() ? QString() : admin.error()));
    m_admin = std::shared_ptr<app::Session>(std::move(admin).value());
    const QString nursePass = QStringLiteral("nurse passphrase long enough");
    QVERIFY(m_admin->addUser(QStringLiteral("nightnurse"), app::Role::Nurse, app::passphraseFromString(nursePass)).ok());
    auto nurse = app::Session::unlock(m_node.paths, QStringLiteral("nightnurse"), app::passphraseFromString(nursePass));
    QVERIFY2(nurse.ok(), qPrintable(nurse.ok() ? QString() : nurse.error()));
    m_nurse = std::shared_ptr<app::Session>(std::move(nurse).value());

    m_restricted = m_node.registerPatient(QStringLiteral("Mensah"), QStringLiteral("Kofi"), QDate(1959, 8, 14), QStringLiteral("male"));
    QVERIFY(!m_restricted.isEmpty());
    app::ClinicalRecords records(m_node.physician);
    QVERIFY(records.recordConsent(m_restricted, true, QStringLiteral("only my own doctor")).ok());
    QVERIFY(records.breakGlass(m_restricted, kReason, 30).ok());
}

std::unique_ptr<ui::MainWindow> tst_AdministrationPage::adminWindow()
{
    auto window = std::make_unique<ui::MainWindow>(m_admin);
    window->show();
    return window;
}

void tst_AdministrationPage::modelsPassTheTester()
{
    ui::UserListModel users;
    QAbstractItemModelTester usersTester(&users, QAbstractItemModelTester::FailureReportingMode::QtTest);
    app::UserStatusView revoked{QStringLiteral("old"), app::Role::Nurse, QString(64, QLatin1Char('a')),
                                QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc()};
    users.setRows({app::UserStatusView{QStringLiteral("a"), app::Role::Admin, QString(64, QLatin1Char('b')),
                                       QDateTime::currentDateTimeUtc(), std::nullopt},
                   revoked});
    QCOMPARE(users.rowCount(), 2);
    QVERIFY(cell(&users, 1, ui::UserListModel::StatusColumn).contains(QLatin1String("revoked")));
    users.setRows({});

    ui::PeerHealthModel peers;
    QAbstractItemModelTester peersTester(&peers, QAbstractItemModelTester::FailureReportingMode::QtTest);
    app::PeerHealthView peer;
    peer.address = QStringLiteral("10.0.0.2:7400");
    peer.tlsFingerprint = QString(64, QLatin1Char('c'));
    peer.failedVerifications = 2;
    peer.equivocationAlerts = 1;
    peer.bannedUntil = QDateTime::currentDateTimeUtc().addSecs(60);
    peers.setRows({peer, app::PeerHealthView{}});
    QCOMPARE(cell(&peers, 0, ui::PeerHealthModel::PeerColumn), peer.address);
    QVERIFY(cell(&peers, 0, ui::PeerHealthModel::StateColumn).contains(QLatin1String("banned")));
    QCOMPARE(cell(&peers, 0, ui::PeerHealthModel::EquivocationColumn), QStringLiteral("1"));
    QCOMPARE(cell(&peers, 1, ui::PeerHealthModel::LastContactColumn), QStringLiteral("never"));

    ui::BreakGlassReviewModel review;
    QAbstractItemModelTester reviewTester(&review, QAbstractItemModelTester::FailureReportingMode::QtTest);
    review.setRows({app::BreakGlassView{QDateTime::currentDateTimeUtc(), {QStringLiteral("drgrey"), QStringLiteral("physician"),
                                                                         QStringLiteral("Test Clinic"), false},
                                        kReason, QByteArray(16, 'x'), QStringLiteral("Kofi Mensah")}});
    QCOMPARE(cell(&review, 0, ui::BreakGlassReviewModel::ReasonColumn), kReason);
}

void tst_AdministrationPage::otherRolesHaveNoAdministrationPage_data()
{
    QTest::addColumn<QString>("role");
    QTest::newRow("physician") << QStringLiteral("physician");
    QTest::newRow("nurse") << QStringLiteral("nurse");
    QTest::newRow("reception") << QStringLiteral("reception");
}

void tst_AdministrationPage::otherRolesHaveNoAdministrationPage()
{
    QFETCH(QString, role);
    auto session = role == QLatin1String("physician") ? m_node.physician : role == QLatin1String("nurse") ? m_nurse : m_node.reception;
    ui::MainWindow window(session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.findChild<ui::AdministrationPage*>());
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("administrationAction")));
    QVERIFY(!app::Administration(std::make_shared<app::ClinicalRecords>(session)).mayAdminister());
    // The app layer refuses too, whatever a screen would offer.
    app::Administration admin(std::make_shared<app::ClinicalRecords>(session));
    const auto enrolled = admin.enrol(QStringLiteral("intruder"), app::Role::Admin, QStringLiteral("intruder passphrase long"));
    QVERIFY(!enrolled.ok());
}

void tst_AdministrationPage::adminEnrolsAUser()
{
    auto window = adminWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto* page = window->findChild<ui::AdministrationPage*>(QStringLiteral("administrationPage"));
    QVERIFY(page);
    QTRY_VERIFY(page->isVisible()); // administrators start on it
    auto* table = window->findChild<QTableView*>(QStringLiteral("usersTable"));
    QTRY_VERIFY(rowOf(table->model(), QStringLiteral("drgrey")) >= 0);
    QVERIFY(rowOf(table->model(), QStringLiteral("locum")) < 0);

    window->findChild<QPushButton*>(QStringLiteral("enrolButton"))->click();
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<QDialog*>(QStringLiteral("enrolUserDialog"))) != nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("enrolName")), QStringLiteral("locum"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("enrolPassphrase")), QStringLiteral("locum passphrase long enough"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("enrolConfirm")), QStringLiteral("locum passphrase differs"));
    auto* action = dialog->findChild<QPushButton*>(QStringLiteral("adminDialogAction"));
    action->click();
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("adminDialogError"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY(dialog->isVisible()); // bad input: said so, nothing enrolled
    auto* confirm = dialog->findChild<QLineEdit*>(QStringLiteral("enrolConfirm"));
    confirm->clear();
    QTest::keyClicks(confirm, QStringLiteral("locum passphrase long enough"));
    action->click();
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(table->model(), QStringLiteral("locum")) >= 0, 20000);
    const int row = rowOf(table->model(), QStringLiteral("locum"));
    QCOMPARE(cell(table->model(), row, ui::UserListModel::RoleColumn), app::roleDisplayName(app::Role::Physician));
    QCOMPARE(cell(table->model(), row, ui::UserListModel::StatusColumn), QStringLiteral("active"));
    // The new user signs in with the passphrase handed over.
    QVERIFY(app::Session::unlock(m_node.paths, QStringLiteral("locum"), app::passphraseFromString(QStringLiteral("locum passphrase long enough"))).ok());
}

void tst_AdministrationPage::adminRevokesAUser()
{
    auto window = adminWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto* table = window->findChild<QTableView*>(QStringLiteral("usersTable"));
    QTRY_VERIFY(rowOf(table->model(), QStringLiteral("desk")) >= 0);
    auto* revoke = window->findChild<QPushButton*>(QStringLiteral("revokeButton"));
    QVERIFY(!revoke->isEnabled()); // nothing selected
    table->selectRow(rowOf(table->model(), QStringLiteral("admin")));
    QVERIFY(!revoke->isEnabled()); // not one's own key
    table->selectRow(rowOf(table->model(), QStringLiteral("desk")));
    QVERIFY(revoke->isEnabled());
    revoke->click();
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<QDialog*>(QStringLiteral("revokeUserDialog"))) != nullptr);
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("revokeExplanation"))->text().contains(QLatin1String("cannot be undone")));
    auto* action = dialog->findChild<QPushButton*>(QStringLiteral("adminDialogAction"));
    action->click(); // no reason: refused, nothing revoked
    QTRY_VERIFY(dialog->findChild<QLabel*>(QStringLiteral("adminDialogError"))->text().contains(QLatin1String("reason")));
    QCOMPARE(cell(table->model(), rowOf(table->model(), QStringLiteral("desk")), ui::UserListModel::StatusColumn),
             QStringLiteral("active"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("revokeReason")), QStringLiteral("left the clinic"));
    // The re-key that follows a revocation needs the node to itself: while other sessions
    // (the physician's, the nurse's) have it open, refused with nothing revoked and the
    // dialog open.
    action->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QLabel*>(QStringLiteral("adminDialogError"))->text().contains(QLatin1String("open")),
                             30000);
    QVERIFY(dialog->isVisible());
    QCOMPARE(cell(table->model(), rowOf(table->model(), QStringLiteral("desk")), ui::UserListModel::StatusColumn),
             QStringLiteral("active"));
    QVERIFY(crypto::Keyring::load(m_node.paths.keyring())->slotNames().contains(QStringLiteral("desk")));

    // With the others signed out, the revocation goes through and re-keys.
    const std::uint32_t generation = crypto::Keyring::load(m_node.paths.keyring())->generation();
    m_nurse.reset();
    m_node.physician.reset();
    m_node.reception.reset();
    QTRY_VERIFY(action->isEnabled());
    action->click();
    QTRY_VERIFY_WITH_TIMEOUT(cell(table->model(), rowOf(table->model(), QStringLiteral("desk")), ui::UserListModel::StatusColumn)
                                 .startsWith(QLatin1String("revoked")),
                             60000);
    QVERIFY(!crypto::Keyring::load(m_node.paths.keyring())->slotNames().contains(QStringLiteral("desk")));
    QCOMPARE(crypto::Keyring::load(m_node.paths.keyring())->generation(), generation + 1);
    QVERIFY(!app::Session::unlock(m_node.paths, QStringLiteral("desk"),
                                  app::passphraseFromString(QStringLiteral("reception passphrase long enough")))
                 .ok());
    // The others sign in again, under the new database key, for the tests that follow.
    auto physician = app::Session::unlock(m_node.paths, QStringLiteral("drgrey"),
                                          app::passphraseFromString(testing::GuiNode::physicianPassphrase()));
    QVERIFY(physician.ok());
    m_node.physician = std::shared_ptr<app::Session>(std::move(physician).value());
    auto nurse = app::Session::unlock(m_node.paths, QStringLiteral("nightnurse"),
                                      app::passphraseFromString(QStringLiteral("nurse passphrase long enough")));
    QVERIFY(nurse.ok());
    m_nurse = std::shared_ptr<app::Session>(std::move(nurse).value());
}

void tst_AdministrationPage::accessReportListsBreakGlass()
{
    auto records = std::make_shared<app::ClinicalRecords>(m_node.physician);
    ui::ChartPage page(records);
    page.QWidget::show();
    page.open(m_restricted); // the physician's break-glass access is still valid
    QTRY_VERIFY(page.isLoaded());
    auto* log = page.findChild<QTableView*>(QStringLiteral("accessView"));
    const int before = log->model()->rowCount();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("access-report.pdf"));
    page.findChild<QPushButton*>(QStringLiteral("accessReportButton"))->menu()->findChild<QAction*>(QStringLiteral("accessReportPdfAction"))->trigger();
    QFileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page.window()->findChild<QFileDialog*>(QStringLiteral("accessReportPdfDialog"))) != nullptr);
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept();
    QTRY_VERIFY(QFile::exists(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("%PDF-"));
    QVERIFY(!(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)));
    // Writing it was an access: the log shows it after the chart reads itself again.
    QTRY_COMPARE(log->model()->rowCount(), before + 1);
    QCOMPARE(cell(log->model(), 0, ui::AccessLogModel::PurposeColumn), QStringLiteral("wrote an access report"));

    // What the page says: the break-glass access with its reason, by whom.
    auto report = records->accessReport(m_restricted);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error()));
    const QString html = ui::AccessReportDocument::html(*report);
    QVERIFY2(html.contains(QStringLiteral("BREAK-GLASS: %1").arg(kReason).toHtmlEscaped()), qPrintable(html));
    QVERIFY(html.contains(QLatin1String("drgrey")));
    QVERIFY(html.contains(QLatin1String("Kofi")));
    QVERIFY(report->access.first().reason == QLatin1String("report"));
}

void tst_AdministrationPage::reviewListsBreakGlass()
{
    auto window = adminWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("administrationTabs"));
    tabs->setCurrentWidget(window->findChild<QWidget*>(QStringLiteral("breakGlassReviewPane")));
    auto* table = window->findChild<QTableView*>(QStringLiteral("breakGlassTable"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(cell(table->model(), 0, ui::BreakGlassReviewModel::ReasonColumn), kReason);
    QCOMPARE(cell(table->model(), 0, ui::BreakGlassReviewModel::PatientColumn), QStringLiteral("Kofi Mensah"));
    QVERIFY(cell(table->model(), 0, ui::BreakGlassReviewModel::WhoColumn).startsWith(QLatin1String("drgrey")));

    // A second one comes first: newest first.
    app::ClinicalRecords records(m_node.physician);
    QVERIFY(records.breakGlass(m_restricted, QStringLiteral("second look, still unconscious"), 15).ok());
    window->findChild<QPushButton*>(QStringLiteral("refreshReviewButton"))->click();
    QTRY_COMPARE(table->model()->rowCount(), 2);
    QCOMPARE(cell(table->model(), 0, ui::BreakGlassReviewModel::ReasonColumn), QStringLiteral("second look, still unconscious"));
}

void tst_AdministrationPage::adminRotatesAKey()
{
    auto window = adminWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto* table = window->findChild<QTableView*>(QStringLiteral("usersTable"));
    QTRY_VERIFY(rowOf(table->model(), QStringLiteral("locum")) >= 0); // enrolled above
    table->selectRow(rowOf(table->model(), QStringLiteral("locum")));
    window->findChild<QPushButton*>(QStringLiteral("rotateButton"))->click();
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<QDialog*>(QStringLiteral("rotateKeyDialog"))) != nullptr);
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("rotateExplanation"))->text().contains(QLatin1String("revoked")));
    const QString next = QStringLiteral("locum next passphrase long enough");
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("newPassphrase")), next);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("confirmPassphrase")), next);
    dialog->findChild<QPushButton*>(QStringLiteral("adminDialogAction"))->click();
    // The old key revoked, the new one active: two rows for the name.
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->match(table->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("locum"), -1,
                                                   Qt::MatchExactly)
                                     .size() == 2,
                             20000);
    QStringList states;
    for (const QModelIndex& i : table->model()->match(table->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("locum"), -1,
                                                      Qt::MatchExactly))
        states << cell(table->model(), i.row(), ui::UserListModel::StatusColumn);
    QVERIFY2(states.contains(QStringLiteral("active")), qPrintable(states.join(QLatin1Char(','))));
    QVERIFY2(states.filter(QStringLiteral("revoked")).size() == 1, qPrintable(states.join(QLatin1Char(','))));
    QVERIFY(app::Session::unlock(m_node.paths, QStringLiteral("locum"), app::passphraseFromString(next)).ok());
}

void tst_AdministrationPage::lockDismissesAdminDialogs()
{
    auto window = adminWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->findChild<QPushButton*>(QStringLiteral("changePassphraseButton"))->click();
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<QDialog*>(QStringLiteral("changePassphraseDialog"))) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("oldPassphrase")), QStringLiteral("half typed"));
    window->lock();
    QTRY_VERIFY(!window->findChild<QDialog*>(QStringLiteral("changePassphraseDialog"))
                || !window->findChild<QDialog*>(QStringLiteral("changePassphraseDialog"))->isVisible());
    QVERIFY(!window->findChild<ui::AdministrationPage*>()->isVisible());
}

void tst_AdministrationPage::verifyReportsADamagedLedger()
{
    auto window = adminWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->findChild<QTabWidget*>(QStringLiteral("administrationTabs"))
        ->setCurrentWidget(window->findChild<QWidget*>(QStringLiteral("ledgerPane")));
    auto* verify = window->findChild<QPushButton*>(QStringLiteral("verifyButton"));
    auto* progress = window->findChild<QProgressBar*>(QStringLiteral("verifyProgress"));
    auto* result = window->findChild<QLabel*>(QStringLiteral("verifyResult"));
    QSignalSpy steps(progress, &QProgressBar::valueChanged);
    verify->click();
    QVERIFY(!verify->isEnabled()); // one verification at a time
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("✓")), 30000);
    QCOMPARE(progress->value(), 100);
    QVERIFY(steps.count() >= 1);
    QVERIFY(verify->isEnabled());

    // Damage one stored entry's signature, as a bad disk or an insider would, through a
    // connection of its own.
    auto damager = app::Session::unlock(m_node.paths, QStringLiteral("admin"), app::passphraseFromString(kAdminPassphrase));
    QVERIFY2(damager.ok(), qPrintable(damager.ok() ? QString() : damager.error()));
    auto& db = (*damager)->impl().db;
    auto select = db.prepare("SELECT hash, encoded FROM entries ORDER BY authored_ms DESC LIMIT 1;");
    QVERIFY(select.ok());
    auto row = select->step();
    QVERIFY(row.ok() && *row);
    const QByteArray hash = select->blob(0);
    QByteArray encoded = select->blob(1);
    encoded[encoded.size() - 3] = static_cast<char>(encoded.at(encoded.size() - 3) ^ 0x40);
    auto update = db.prepare("UPDATE entries SET encoded = ? WHERE hash = ?;");
    QVERIFY(update.ok());
    update->bind(1, encoded).bind(2, hash);
    QVERIFY(update->run().ok());

    verify->click();
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("✗")), 30000);
    QVERIFY2(result->text().size() > QStringLiteral("✗ The ledger did NOT verify: ").size(), qPrintable(result->text()));
}

QTEST_MAIN(tst_AdministrationPage)
#include "tst_AdministrationPage.moc"
