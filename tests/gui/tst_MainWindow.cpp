#include "ui/MainWindow.h"

#include "app/NodeSetup.h"
#include "app/Passphrase.h"
#include "app/Session.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace medilock;

class tst_MainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsSignedInUserRoleAndClinic();
    void showsFingerprints();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<app::Session> m_session;
};

void tst_MainWindow::initTestCase()
{
    ::umask(077);
    QVERIFY(m_dir.isValid());
    const app::NodePaths paths {m_dir.filePath(QStringLiteral("node"))};
    const QString passphrase = QStringLiteral("alice's long passphrase");
    auto created = app::NodeSetup::initialize(
        paths, QStringLiteral("Cl\u00ednica Este"), QStringLiteral("alice"), app::passphraseFromString(passphrase));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error()));
    auto session = app::Session::unlock(paths, QStringLiteral("alice"), app::passphraseFromString(passphrase));
    QVERIFY(session.ok());
    m_session = std::shared_ptr<app::Session>(std::move(session).value());
}

void tst_MainWindow::showsSignedInUserRoleAndClinic()
{
    ui::MainWindow window(m_session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* label = window.findChild<QLabel*>(QStringLiteral("signedInUser"));
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QLatin1String("alice")), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QLatin1String("Administrator")), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QStringLiteral("Cl\u00ednica Este")), qPrintable(label->text()));
    QVERIFY(window.windowTitle().contains(QStringLiteral("Cl\u00ednica Este")));
}

void tst_MainWindow::showsFingerprints()
{
    ui::MainWindow window(m_session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList texts;
    for (const QLabel* label : window.findChildren<QLabel*>())
        texts << label->text();
    const QString all = texts.join(QLatin1Char('\n'));
    QVERIFY(all.contains(m_session->identity().clinicFingerprint));
    QVERIFY(all.contains(m_session->identity().nodeFingerprint));
    QVERIFY(all.contains(m_session->identity().tlsFingerprint));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
