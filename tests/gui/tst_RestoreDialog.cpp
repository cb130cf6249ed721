#include "GuiFixture.h"

#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/NoNodeDialog.h"
#include "ui/RestoreDialog.h"

#include "app/LedgerCheck.h"
#include "app/NodeBackup.h"
#include "app/SyncSummary.h"

#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>

using namespace medilock;

namespace {
const QString kAdminPassphrase = QStringLiteral("admin passphrase long enough");
const QString kBackupPassphrase = QStringLiteral("backup passphrase long enough");
constexpr int kSlow = 120000; // key derivation and a ledger verification on a loaded machine

QStringList entriesOf(const QString& directory)
{
    return QDir(directory).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}
} // namespace

// Restoring a backup from the desktop application (issue 7): from the sign-in window into a
// new directory and from the first screen of a workstation without a node, through the
// dialog, with real archives and real SQLCipher nodes. A failure leaves nothing behind.
class tst_RestoreDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void restoreFromSignInWindowThenSignIn();
    void firstScreenRestoresIntoTheDataDirectory();
    void failureChangesNothing_data();
    void failureChangesNothing();
    void refusesToCloseWhileRunning();

private:
    // Fills the restore dialog's form and starts it.
    static void fillAndStart(
        QDialog* dialog, const QString& archive, const QString& backupPassphrase, const QString& target = {});

    testing::GuiNode m_node;
    QTemporaryDir m_out;
    QString m_archive;
    qint64 m_blocks = 0;
    qint64 m_entries = 0;
};

void tst_RestoreDialog::initTestCase()
{
    const QString error = m_node.create();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!m_node
                 .registerPatient(
                     QStringLiteral("Mensah"), QStringLiteral("Kofi"), QDate(1959, 8, 14), QStringLiteral("male"))
                 .isEmpty());
    QVERIFY(m_out.isValid());
    auto admin
        = app::Session::unlock(m_node.paths, QStringLiteral("admin"), app::passphraseFromString(kAdminPassphrase));
    QVERIFY(admin.ok());
    auto verified = app::LedgerCheck::verify(**admin, {});
    QVERIFY(verified.ok() && verified->ok());
    m_blocks = verified->blocks;
    m_entries = verified->entries;
    QVERIFY(m_blocks > 0 && m_entries > 0);
    m_archive = m_out.filePath(QStringLiteral("clinic.mlbak"));
    // A quick key derivation: the dialog reads the parameters from the archive's header.
    app::NodeBackup::Options options;
    options.params = crypto::ScryptParams {10, 8, 1};
    auto written = app::NodeBackup::create(**admin, m_archive, app::passphraseFromString(kBackupPassphrase), options);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error()));
}

void tst_RestoreDialog::fillAndStart(
    QDialog* dialog, const QString& archive, const QString& backupPassphrase, const QString& target)
{
    dialog->findChild<QLineEdit*>(QStringLiteral("restoreArchive"))->setText(archive);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("restoreBackupPassphrase")), backupPassphrase);
    if (!target.isEmpty())
        dialog->findChild<QLineEdit*>(QStringLiteral("restoreTarget"))->setText(target);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("restoreUserName")), QStringLiteral("admin"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("restoreUserPassphrase")), kAdminPassphrase);
    dialog->findChild<QPushButton*>(QStringLiteral("restoreStart"))->click();
}

// The sign-in window offers the restore into a new directory, then signs in to that node,
// which waits for its own chain before it signs anything.
void tst_RestoreDialog::restoreFromSignInWindowThenSignIn()
{
    ui::LoginDialog login(m_node.paths);
    login.show();
    QVERIFY(QTest::qWaitForWindowExposed(&login));
    login.findChild<QPushButton*>(QStringLiteral("restoreButton"))->click();
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = login.findChild<QDialog*>(QStringLiteral("restoreDialog"))) != nullptr);
    auto* targetField = dialog->findChild<QLineEdit*>(QStringLiteral("restoreTarget"));
    QVERIFY(!targetField->isReadOnly());
    QVERIFY(!QFileInfo::exists(targetField->text())); // the suggestion is a new directory
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("restoreBackupPassphrase"))->echoMode(), QLineEdit::Password);
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("restoreUserPassphrase"))->echoMode(), QLineEdit::Password);

    const QString target = m_out.filePath(QStringLiteral("restored"));
    auto* progress = dialog->findChild<QProgressBar*>(QStringLiteral("restoreProgress"));
    QSignalSpy steps(progress, &QProgressBar::valueChanged);
    fillAndStart(dialog, m_archive, kBackupPassphrase, target);
    // Passphrases leave the fields as soon as the restore starts.
    QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("restoreBackupPassphrase"))->text().isEmpty());
    QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("restoreUserPassphrase"))->text().isEmpty());
    auto* result = dialog->findChild<QLabel*>(QStringLiteral("restoreResult"));
    QTRY_VERIFY_WITH_TIMEOUT(
        result->text().startsWith(QStringLiteral("✓")) || result->text().startsWith(QStringLiteral("✗")), kSlow);
    QVERIFY2(result->text().startsWith(QStringLiteral("✓")), qPrintable(result->text()));
    const QLocale locale;
    QVERIFY2(result->text().contains(
                 QStringLiteral("%1 blocks, %2 entries").arg(locale.toString(m_blocks), locale.toString(m_entries))),
        qPrintable(result->text()));
    QVERIFY(result->text().contains(QLatin1String("signs nothing until it has caught up with its own chain")));
    QVERIFY(steps.count() >= 1); // a small archive goes from 0 to 100 in one step
    QCOMPARE(progress->value(), 100);
    QVERIFY(app::NodePaths {target}.exists());

    auto* signIn = dialog->findChild<QPushButton*>(QStringLiteral("restoreSignIn"));
    QVERIFY(signIn->isVisible());
    signIn->click();
    QTRY_VERIFY(!login.findChild<QDialog*>(QStringLiteral("restoreDialog")));
    QCOMPARE(login.paths().directory, target);
    QCOMPARE(login.findChild<QLineEdit*>(QStringLiteral("userNameEdit"))->text(), QStringLiteral("admin"));
    QVERIFY(login.findChild<QLabel*>(QStringLiteral("loginNode"))->text().contains(QDir::toNativeSeparators(target)));

    QTest::keyClicks(login.findChild<QLineEdit*>(QStringLiteral("passphraseEdit")), kAdminPassphrase);
    login.findChild<QPushButton*>(QStringLiteral("unlockButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(login.result(), int(QDialog::Accepted), kSlow);
    std::shared_ptr<app::Session> session = login.takeSession();
    QVERIFY(session);
    QCOMPARE(session->paths().directory, target);
    auto summary = app::SyncSummary::read(*session, QDateTime::currentMSecsSinceEpoch());
    QVERIFY(summary.ok());
    QVERIFY(summary->awaitingOwnHead);

    // The main window says so in its status bar.
    ui::MainWindow window(session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* status = window.findChild<QLabel*>(QStringLiteral("syncStatus"));
    QTRY_VERIFY(status->isVisible());
    QVERIFY2(status->text().contains(QLatin1String("restored from a backup")), qPrintable(status->text()));
}

// A workstation whose disk was replaced: the application starts on a data directory without
// a node (here even its parents are missing) and restores into exactly that directory.
void tst_RestoreDialog::firstScreenRestoresIntoTheDataDirectory()
{
    const app::NodePaths paths {m_out.filePath(QStringLiteral("fresh-disk/MediLock/node"))};
    ui::NoNodeDialog first(paths);
    first.show();
    QVERIFY(QTest::qWaitForWindowExposed(&first));
    QVERIFY(
        first.findChild<QLabel*>(QStringLiteral("noNodeExplanation"))->text().contains(QLatin1String("fresh-disk")));
    first.findChild<QPushButton*>(QStringLiteral("noNodeRestore"))->click();
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = first.findChild<QDialog*>(QStringLiteral("restoreDialog"))) != nullptr);
    auto* targetField = dialog->findChild<QLineEdit*>(QStringLiteral("restoreTarget"));
    QVERIFY(targetField->isReadOnly());
    QCOMPARE(QDir::fromNativeSeparators(targetField->text()), paths.directory);
    fillAndStart(dialog, m_archive, kBackupPassphrase);
    auto* result = dialog->findChild<QLabel*>(QStringLiteral("restoreResult"));
    QTRY_VERIFY_WITH_TIMEOUT(
        result->text().startsWith(QStringLiteral("✓")) || result->text().startsWith(QStringLiteral("✗")), kSlow);
    QVERIFY2(result->text().startsWith(QStringLiteral("✓")), qPrintable(result->text()));
    QVERIFY(!result->text().contains(QLatin1String("--data"))); // the application starts there anyway
    dialog->findChild<QPushButton*>(QStringLiteral("restoreSignIn"))->click();
    QTRY_COMPARE(first.result(), int(QDialog::Accepted));
    QCOMPARE(first.userName(), QStringLiteral("admin"));
    QVERIFY(paths.exists());
}

void tst_RestoreDialog::failureChangesNothing_data()
{
    QTest::addColumn<QString>("failure");
    QTest::addColumn<QString>("message");
    QTest::newRow("wrong backup passphrase") << "passphrase"
                                             << "wrong backup passphrase";
    QTest::newRow("damaged archive") << "damaged"
                                     << "truncated";
    QTest::newRow("target exists") << "exists"
                                   << "already exists";
}

void tst_RestoreDialog::failureChangesNothing()
{
    QFETCH(QString, failure);
    QFETCH(QString, message);
    QTemporaryDir parent;
    const QString target = parent.filePath(QStringLiteral("node"));
    QString archive = m_archive;
    if (failure == QLatin1String("damaged")) {
        archive = parent.filePath(QStringLiteral("damaged.mlbak"));
        QFile in(m_archive), out(archive);
        QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
        const QByteArray bytes = in.readAll();
        out.write(bytes.left(bytes.size() - 5000));
    } else if (failure == QLatin1String("exists")) {
        QVERIFY(QDir().mkdir(target));
        QFile note(QDir(target).filePath(QStringLiteral("notes.txt")));
        QVERIFY(note.open(QIODevice::WriteOnly) && note.write("keep me") == 7);
    }
    const QStringList parentBefore = entriesOf(parent.path());
    const QStringList targetBefore = entriesOf(target);

    ui::RestoreDialog dialog(app::NodePaths {target}, ui::RestoreDialog::Target::Choose);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillAndStart(&dialog, archive,
        failure == QLatin1String("passphrase") ? QStringLiteral("not the backup passphrase") : kBackupPassphrase);
    auto* result = dialog.findChild<QLabel*>(QStringLiteral("restoreResult"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), kSlow);
    QVERIFY2(result->text().startsWith(QStringLiteral("✗")), qPrintable(result->text()));
    QVERIFY2(result->text().contains(message), qPrintable(result->text()));
    QVERIFY(!dialog.findChild<QProgressBar*>(QStringLiteral("restoreProgress"))->isVisible());
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("restoreSignIn"))->isVisible());
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("restoreStart"))->isEnabled());
    QVERIFY(dialog.findChild<QLineEdit*>(QStringLiteral("restoreBackupPassphrase"))->isEnabled());
    QVERIFY(dialog.findChild<QLineEdit*>(QStringLiteral("restoreBackupPassphrase"))->text().isEmpty());
    // Nothing changed: no node, no staging directory, the existing directory as it was.
    QCOMPARE(entriesOf(parent.path()), parentBefore);
    QCOMPARE(entriesOf(target), targetBefore);
    QVERIFY(!app::NodePaths {target}.exists());
    dialog.reject();
    QVERIFY(!dialog.isVisible());
}

void tst_RestoreDialog::refusesToCloseWhileRunning()
{
    QTemporaryDir parent;
    ui::RestoreDialog dialog(
        app::NodePaths {parent.filePath(QStringLiteral("node"))}, ui::RestoreDialog::Target::Choose);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillAndStart(&dialog, m_archive, kBackupPassphrase);
    QVERIFY(dialog.isRunning());
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("restoreClose"))->isEnabled());
    dialog.reject();
    QVERIFY(dialog.isVisible());
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.close());
    QVERIFY(dialog.isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), kSlow);
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("restoreResult"))->text().startsWith(QStringLiteral("✓")));
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("restoreClose"))->isEnabled());
    QVERIFY(dialog.close());
    QVERIFY(!dialog.isVisible());
}

QTEST_MAIN(tst_RestoreDialog)
#include "tst_RestoreDialog.moc"
