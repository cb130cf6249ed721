#include "ui/LoginDialog.h"

#include "app/NodeSetup.h"
#include "app/Passphrase.h"
#include "app/Role.h"
#include "app/Session.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QFile>
#include <QTest>

#include <sys/stat.h>

using namespace medilock;

namespace {
const QString kPassphrase = QStringLiteral("alice's long passphrase");
constexpr int kTimeoutMs = 20000; // key derivation on a busy shared machine
} // namespace

class tst_LoginDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void widgetsByObjectName();
    void emptyFieldsAsked();
    void wrongPassphraseShowsError();
    void repeatedFailuresAskToWait();
    void unknownUserShowsError();
    void busyWhileUnlocking();
    void rightPassphraseAccepts();
    void returnKeyUnlocks();
    void setUserNameFillsTheField();

private:
    template<typename T> T* child(const char* name) const { return m_dialog->findChild<T*>(QString::fromLatin1(name)); }
    void enter(const QString& user, const QString& passphrase);

    QTemporaryDir m_dir;
    app::NodePaths m_paths;
    std::unique_ptr<ui::LoginDialog> m_dialog;
};

void tst_LoginDialog::initTestCase()
{
    ::umask(077);
    QVERIFY(m_dir.isValid());
    m_paths = app::NodePaths {m_dir.filePath(QStringLiteral("node"))};
    auto created = app::NodeSetup::initialize(
        m_paths, QStringLiteral("Clinic West"), QStringLiteral("alice"), app::passphraseFromString(kPassphrase));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error()));
}

void tst_LoginDialog::init()
{
    m_dialog = std::make_unique<ui::LoginDialog>(m_paths);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void tst_LoginDialog::cleanup()
{
    // Let a running unlock finish before the dialog goes away.
    if (auto* button = child<QPushButton>("unlockButton"))
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), kTimeoutMs);
    m_dialog.reset();
    // Each case starts without earlier wrong passphrases (they would impose a wait).
    QFile::remove(m_paths.loginFailures());
}

void tst_LoginDialog::enter(const QString& user, const QString& passphrase)
{
    auto* userName = child<QLineEdit>("userNameEdit");
    auto* pass = child<QLineEdit>("passphraseEdit");
    QVERIFY(userName && pass);
    userName->clear();
    QTest::keyClicks(userName, user);
    pass->clear();
    QTest::keyClicks(pass, passphrase);
}

void tst_LoginDialog::widgetsByObjectName()
{
    auto* userName = child<QLineEdit>("userNameEdit");
    auto* pass = child<QLineEdit>("passphraseEdit");
    auto* button = child<QPushButton>("unlockButton");
    auto* error = child<QLabel>("loginError");
    auto* progress = child<QProgressBar>("unlockProgress");
    QVERIFY(userName);
    QVERIFY(pass);
    QVERIFY(button);
    QVERIFY(error);
    QVERIFY(progress);
    QCOMPARE(pass->echoMode(), QLineEdit::Password);
    QVERIFY(button->isEnabled());
    QVERIFY(error->isHidden());
    QVERIFY(progress->isHidden());
    QVERIFY(!userName->accessibleName().isEmpty());
    QVERIFY(!pass->accessibleName().isEmpty());
}

void tst_LoginDialog::emptyFieldsAsked()
{
    auto* error = child<QLabel>("loginError");
    QTest::mouseClick(child<QPushButton>("unlockButton"), Qt::LeftButton);
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QLatin1String("user name and passphrase")));
    enter(QStringLiteral("alice"), QString());
    QTest::mouseClick(child<QPushButton>("unlockButton"), Qt::LeftButton);
    QVERIFY(error->isVisible());
    QVERIFY(child<QProgressBar>("unlockProgress")->isHidden());
    QVERIFY(m_dialog->isVisible());
}

void tst_LoginDialog::wrongPassphraseShowsError()
{
    auto* error = child<QLabel>("loginError");
    auto* pass = child<QLineEdit>("passphraseEdit");
    enter(QStringLiteral("alice"), QStringLiteral("definitely not it"));
    QTest::mouseClick(child<QPushButton>("unlockButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kTimeoutMs);
    QVERIFY2(error->text().contains(QLatin1String("wrong passphrase")), qPrintable(error->text()));
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QVERIFY(pass->text().isEmpty());
    QVERIFY(pass->isEnabled());
    QVERIFY(child<QPushButton>("unlockButton")->isEnabled());
    QVERIFY(child<QProgressBar>("unlockProgress")->isHidden());
    QCOMPARE(child<QLineEdit>("userNameEdit")->text(), QStringLiteral("alice")); // kept for the next try
    QVERIFY(m_dialog->takeSession() == nullptr);
}

// The second wrong passphrase in a row imposes a wait, and the dialog says how long.
void tst_LoginDialog::repeatedFailuresAskToWait()
{
    auto* error = child<QLabel>("loginError");
    for (int attempt = 0; attempt < 2; ++attempt) {
        enter(QStringLiteral("alice"), QStringLiteral("definitely not it"));
        QTest::mouseClick(child<QPushButton>("unlockButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && child<QPushButton>("unlockButton")->isEnabled(), kTimeoutMs);
    }
    QVERIFY2(error->text().contains(QLatin1String("wait")), qPrintable(error->text()));
    // Even the right passphrase waits its turn.
    enter(QStringLiteral("alice"), kPassphrase);
    QTest::mouseClick(child<QPushButton>("unlockButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("unlockButton")->isEnabled(), kTimeoutMs);
    QVERIFY2(error->text().contains(QLatin1String("wait")), qPrintable(error->text()));
    QVERIFY(m_dialog->takeSession() == nullptr);
}

void tst_LoginDialog::unknownUserShowsError()
{
    auto* error = child<QLabel>("loginError");
    enter(QStringLiteral("mallory"), kPassphrase);
    QTest::mouseClick(child<QPushButton>("unlockButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kTimeoutMs);
    QVERIFY2(error->text().contains(QLatin1String("mallory")), qPrintable(error->text()));
    QVERIFY(m_dialog->isVisible());
}

void tst_LoginDialog::busyWhileUnlocking()
{
    enter(QStringLiteral("alice"), QStringLiteral("definitely not it"));
    QTest::mouseClick(child<QPushButton>("unlockButton"), Qt::LeftButton);
    // Key derivation runs on a worker: until its result is delivered the dialog shows it is busy.
    QVERIFY(child<QProgressBar>("unlockProgress")->isVisible());
    QVERIFY(!child<QPushButton>("unlockButton")->isEnabled());
    QVERIFY(!child<QLineEdit>("userNameEdit")->isEnabled());
    QVERIFY(!child<QLineEdit>("passphraseEdit")->isEnabled());
    QVERIFY(child<QLineEdit>("passphraseEdit")->text().isEmpty()); // not kept in the widget meanwhile
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("unlockButton")->isEnabled(), kTimeoutMs);
    QVERIFY(child<QProgressBar>("unlockProgress")->isHidden());
    QVERIFY(child<QLabel>("loginError")->isVisible());
}

void tst_LoginDialog::rightPassphraseAccepts()
{
    // A failed attempt first: the error goes away on success.
    enter(QStringLiteral("alice"), QStringLiteral("definitely not it"));
    QTest::mouseClick(child<QPushButton>("unlockButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("loginError")->isVisible(), kTimeoutMs);

    enter(QStringLiteral("alice"), kPassphrase);
    QTest::mouseClick(child<QPushButton>("unlockButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), kTimeoutMs);
    QVERIFY(!m_dialog->isVisible());
    std::shared_ptr<app::Session> session = m_dialog->takeSession();
    QVERIFY(session);
    QCOMPARE(session->user().name, QStringLiteral("alice"));
    QCOMPARE(session->user().role, app::Role::Admin);
    QCOMPARE(session->identity().clinicName, QStringLiteral("Clinic West"));
    QVERIFY(m_dialog->takeSession() == nullptr); // handed over once
    QVERIFY(session->users().ok()); // usable on this thread
}

void tst_LoginDialog::returnKeyUnlocks()
{
    enter(QStringLiteral("alice"), kPassphrase);
    QTest::keyClick(child<QLineEdit>("passphraseEdit"), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), kTimeoutMs);
    QVERIFY(m_dialog->takeSession());
}

void tst_LoginDialog::setUserNameFillsTheField()
{
    m_dialog->setUserName(QStringLiteral("alice"));
    QCOMPARE(child<QLineEdit>("userNameEdit")->text(), QStringLiteral("alice"));
    QTRY_VERIFY(child<QLineEdit>("passphraseEdit")->hasFocus());
}

QTEST_MAIN(tst_LoginDialog)
#include "tst_LoginDialog.moc"
