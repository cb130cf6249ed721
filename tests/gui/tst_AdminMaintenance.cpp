#include "GuiFixture.h"

#include "ui/MainWindow.h"

#include "app/Administration.h"
#include "app/ClinicalRecords.h"
#include "app/NodeRestore.h"
#include "app/PeerPairing.h"
#include "app/SyncNodeHost.h"

#include "crypto/Keyring.h"

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>

using namespace medilock;

namespace {
const QString kAdminPassphrase = QStringLiteral("admin passphrase long enough");
const QString kBackupPassphrase = QStringLiteral("backup passphrase long enough");
constexpr int kSlow = 120000; // key derivation and a database copy on a loaded machine

int rowOf(QAbstractItemModel* model, const QString& text)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data().toString() == text)
            return row;
    return -1;
}
} // namespace

// The node's maintenance from the desktop application (issue 7): a backup that restores
// with every record, a re-key on demand that keeps every record and the sync node running,
// and a revocation that re-keys like `medilock-cli user revoke`.
class tst_AdminMaintenance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void backupRestoresWithEveryRecord();
    void rekeyKeepsRecordsAndSync();
    void revokeRekeys();
    void rekeyRefusedWhileAnotherSessionHoldsTheNode();
    void nodeStartsAgainAfterAFailure();

private:
    std::unique_ptr<ui::MainWindow> ledgerTab();
    app::LedgerCheckView verify();
    std::uint32_t generation();

    testing::GuiNode m_node;
    std::shared_ptr<app::Session> m_admin;
    QTemporaryDir m_out;
};

void tst_AdminMaintenance::initTestCase()
{
    const QString error = m_node.create();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!m_node.registerPatient(QStringLiteral("Mensah"), QStringLiteral("Kofi"), QDate(1959, 8, 14), QStringLiteral("male"))
                 .isEmpty());
    QVERIFY(!m_node.registerPatient(QStringLiteral("Okafor"), QStringLiteral("Ada"), QDate(1984, 2, 3), QStringLiteral("female"))
                 .isEmpty());
    // A re-key needs the node to itself: only the administrator's application keeps it open.
    m_node.physician.reset();
    m_node.reception.reset();
    auto admin = app::Session::unlock(m_node.paths, QStringLiteral("admin"), app::passphraseFromString(kAdminPassphrase));
    QVERIFY2(admin.ok(), qPrintable(admin.ok() ? QString() : admin.error()));
    m_admin = std::shared_ptr<app::Session>(std::move(admin).value());
    // A paired peer (no one listens there), so that the embedded sync node runs.
    QVERIFY(app::PeerPairing::add(*m_admin, QStringLiteral("127.0.0.1:9"), QString(64, QLatin1Char('a'))).ok());
    QVERIFY(m_out.isValid());
}

std::unique_ptr<ui::MainWindow> tst_AdminMaintenance::ledgerTab()
{
    auto window = std::make_unique<ui::MainWindow>(m_admin);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    window->findChild<QTabWidget*>(QStringLiteral("administrationTabs"))
        ->setCurrentWidget(window->findChild<QWidget*>(QStringLiteral("ledgerPane")));
    return window;
}

app::LedgerCheckView tst_AdminMaintenance::verify()
{
    app::Administration admin(std::make_shared<app::ClinicalRecords>(m_admin));
    return admin.verifyLedger({});
}

std::uint32_t tst_AdminMaintenance::generation()
{
    auto keyring = crypto::Keyring::load(m_node.paths.keyring());
    return keyring.ok() ? keyring->generation() : 0;
}

void tst_AdminMaintenance::backupRestoresWithEveryRecord()
{
    const app::LedgerCheckView before = verify();
    QVERIFY2(before.ok(), qPrintable(before.problem));
    auto window = ledgerTab();
    QVERIFY(window);
    window->findChild<QPushButton*>(QStringLiteral("backupActionButton"))->click();
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<QDialog*>(QStringLiteral("backupDialog"))) != nullptr);
    auto* pass = dialog->findChild<QLineEdit*>(QStringLiteral("backupPassphrase"));
    auto* again = dialog->findChild<QLineEdit*>(QStringLiteral("backupPassphraseAgain"));
    auto* start = dialog->findChild<QPushButton*>(QStringLiteral("backupStart"));
    auto* result = dialog->findChild<QLabel*>(QStringLiteral("backupResult"));
    QCOMPARE(pass->echoMode(), QLineEdit::Password);

    // Too short, then two that differ: refused before any file is chosen.
    QTest::keyClicks(pass, QStringLiteral("short"));
    QTest::keyClicks(again, QStringLiteral("short"));
    start->click();
    QVERIFY(result->text().contains(QLatin1String("12")));
    pass->clear();
    again->clear();
    QTest::keyClicks(pass, kBackupPassphrase);
    QTest::keyClicks(again, kBackupPassphrase + QStringLiteral("x"));
    start->click();
    QVERIFY(result->text().contains(QLatin1String("differ")));
    QVERIFY(!window->findChild<QDialog*>(QStringLiteral("backupFileDialog")));

    again->clear();
    QTest::keyClicks(again, kBackupPassphrase);
    auto* progress = dialog->findChild<QProgressBar*>(QStringLiteral("backupProgress"));
    QSignalSpy steps(progress, &QProgressBar::valueChanged);
    start->click();
    const QString archive = m_out.filePath(QStringLiteral("clinic.mlbak"));
    QVERIFY(testing::saveThroughDialog(window.get(), QStringLiteral("backupFileDialog"), archive));
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("✓")), kSlow);
    QVERIFY(result->text().contains(QLatin1String("clinic.mlbak")));
    QCOMPARE(progress->value(), 100);
    QVERIFY(steps.count() >= 1);
    QVERIFY(pass->text().isEmpty()); // the passphrase does not stay in the field
    QVERIFY(window->isSyncRunning()); // a backup does not stop sync

    // The archive restores elsewhere and re-verifies with every block and entry.
    auto restored = app::NodeRestore::restore(archive, app::passphraseFromString(kBackupPassphrase),
                                              app::NodePaths{m_out.filePath(QStringLiteral("restored"))}, QStringLiteral("admin"),
                                              app::passphraseFromString(kAdminPassphrase));
    QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error()));
    QCOMPARE(restored->blocks, before.blocks);
    QCOMPARE(restored->entries, before.entries);
    // The wrong passphrase opens nothing.
    QVERIFY(!app::NodeRestore::restore(archive, app::passphraseFromString(kBackupPassphrase + QStringLiteral("!")),
                                       app::NodePaths{m_out.filePath(QStringLiteral("wrong"))}, QStringLiteral("admin"),
                                       app::passphraseFromString(kAdminPassphrase))
                 .ok());
}

void tst_AdminMaintenance::rekeyKeepsRecordsAndSync()
{
    const app::LedgerCheckView before = verify();
    const std::uint32_t generationBefore = generation();
    auto window = ledgerTab();
    QVERIFY(window);
    QVERIFY(window->isSyncRunning());
    window->findChild<QPushButton*>(QStringLiteral("rekeyActionButton"))->click();
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<QDialog*>(QStringLiteral("rekeyDialog"))) != nullptr);
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("rekeyExplanation"))->text().contains(QLatin1String("new random key")));
    auto* result = dialog->findChild<QLabel*>(QStringLiteral("rekeyResult"));
    auto* progress = dialog->findChild<QProgressBar*>(QStringLiteral("rekeyProgress"));
    QSignalSpy stages(progress, &QProgressBar::valueChanged);
    dialog->findChild<QPushButton*>(QStringLiteral("rekeyStart"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!result->text().startsWith(QLatin1String("A re-key")), kSlow);
    QVERIFY2(result->text().startsWith(QStringLiteral("✓")), qPrintable(result->text()));
    QVERIFY(stages.count() >= 4);
    QCOMPARE(progress->value(), progress->maximum());
    QCOMPARE(generation(), generationBefore + 1);
    QVERIFY(result->text().contains(QString::number(generationBefore + 1)));
    QVERIFY(window->isSyncRunning());
    const app::LedgerCheckView after = verify();
    QVERIFY2(after.ok(), qPrintable(after.problem));
    QCOMPARE(after.blocks, before.blocks);
    QCOMPARE(after.entries, before.entries);
    // The window goes on reading and writing under the new key.
    QTRY_VERIFY(dialog->findChild<QPushButton*>(QStringLiteral("rekeyClose"))->isEnabled());
}

void tst_AdminMaintenance::revokeRekeys()
{
    const std::uint32_t generationBefore = generation();
    QVERIFY(crypto::Keyring::load(m_node.paths.keyring())->slotNames().contains(QStringLiteral("desk")));
    auto window = ledgerTab();
    QVERIFY(window);
    window->findChild<QTabWidget*>(QStringLiteral("administrationTabs"))->setCurrentIndex(0);
    auto* table = window->findChild<QTableView*>(QStringLiteral("usersTable"));
    QTRY_VERIFY(rowOf(table->model(), QStringLiteral("desk")) >= 0);
    table->selectRow(rowOf(table->model(), QStringLiteral("desk")));
    window->findChild<QPushButton*>(QStringLiteral("revokeButton"))->click();
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<QDialog*>(QStringLiteral("revokeUserDialog"))) != nullptr);
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("revokeExplanation"))->text().contains(QLatin1String("re-keyed")));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("revokeReason")), QStringLiteral("left the clinic"));
    dialog->findChild<QPushButton*>(QStringLiteral("adminDialogAction"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(generation() == generationBefore + 1, kSlow);
    QTRY_VERIFY(window->findChild<QLabel*>(QStringLiteral("usersStatus"))->text().contains(QLatin1String("re-keyed")));
    QVERIFY(!crypto::Keyring::load(m_node.paths.keyring())->slotNames().contains(QStringLiteral("desk")));
    QVERIFY(window->isSyncRunning());
    // What was signed before the revocation stays valid.
    const app::LedgerCheckView after = verify();
    QVERIFY2(after.ok(), qPrintable(after.problem));
}

void tst_AdminMaintenance::rekeyRefusedWhileAnotherSessionHoldsTheNode()
{
    auto other = app::Session::unlock(m_node.paths, QStringLiteral("drgrey"),
                                      app::passphraseFromString(testing::GuiNode::physicianPassphrase()));
    QVERIFY(other.ok());
    const std::uint32_t generationBefore = generation();
    auto window = ledgerTab();
    QVERIFY(window);
    QVERIFY(window->isSyncRunning());
    window->findChild<QPushButton*>(QStringLiteral("rekeyActionButton"))->click();
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<QDialog*>(QStringLiteral("rekeyDialog"))) != nullptr);
    auto* result = dialog->findChild<QLabel*>(QStringLiteral("rekeyResult"));
    dialog->findChild<QPushButton*>(QStringLiteral("rekeyStart"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("✗")), kSlow);
    QVERIFY2(result->text().contains(QLatin1String("open")), qPrintable(result->text()));
    QCOMPARE(generation(), generationBefore);
    QVERIFY(window->isSyncRunning()); // refused before sync stopped
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("rekeyStart"))->isEnabled());
}

// A failure while the node is stopped (after the check passed) still starts it again.
void tst_AdminMaintenance::nodeStartsAgainAfterAFailure()
{
    app::SyncNodeHost host;
    auto started = host.start(*m_admin);
    QVERIFY(started.ok() && *started);
    bool ranStopped = false;
    auto failed = host.withNodeStopped(*m_admin, [&]() -> Result<void> {
        ranStopped = !host.isRunning();
        return fail(QStringLiteral("disk full"));
    });
    QVERIFY(!failed.ok());
    QVERIFY(ranStopped);
    QVERIFY(host.isRunning());
    QVERIFY(host.restartProblem().isEmpty());
}

QTEST_MAIN(tst_AdminMaintenance)
#include "tst_AdminMaintenance.moc"
