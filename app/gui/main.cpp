#include "app/NodePaths.h"
#include "app/Version.h"
#include "app/Session.h"
#include "app/UiLanguage.h"
#include "crypto/SelfTest.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/NoNodeDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>
#include <QWindow>

#include <sys/stat.h>

using namespace medilock;

int main(int argc, char** argv)
{
    ::umask(077); // node files (database, WAL, keyring) are the owner's alone
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("MediLock"));
    QApplication::setApplicationVersion(QString::fromLatin1(app::kVersion));
    QApplication::setDesktopFileName(QStringLiteral("medilock"));
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/medilock-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("MediLock clinical records"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption data(QStringLiteral("data"), QObject::tr("Node directory."), QStringLiteral("DIR"));
    const QCommandLineOption user(QStringLiteral("user"), QObject::tr("User name to pre-fill."), QStringLiteral("NAME"));
    const QCommandLineOption idle(QStringLiteral("idle-minutes"), QObject::tr("Lock after this many minutes without input."),
                                  QStringLiteral("MINUTES"), QStringLiteral("5"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QObject::tr("Language of the application: en, de or hi (default: the node's setting)."),
                                      QStringLiteral("CODE"));
    // For the package test (tests/package): exit 0 as soon as the sign-in window is on screen.
    // Hidden from --help, so it has no text to translate.
    QCommandLineOption smokeTest(QStringLiteral("smoke-test"));
    smokeTest.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({data, user, idle, language, smokeTest});
    parser.process(app);

    const app::NodePaths paths = parser.isSet(data) ? app::NodePaths{parser.value(data)} : app::NodePaths::defaultLocation();
    // Translators first, so that every message from here on is in the chosen language.
    if (const auto installed = app::UiLanguage::install(app, app::UiLanguage::choose(parser.value(language), paths)); !installed) {
        QMessageBox::critical(nullptr, QObject::tr("MediLock"), installed.error());
        return 2;
    }
    if (!crypto::selfTestsPassOrReport()) {
        QMessageBox::critical(nullptr, QObject::tr("MediLock"),
                              QObject::tr("A cryptographic self-test failed. MediLock will not run on this machine."));
        return 70;
    }
    QString userName = parser.value(user);
    if (!paths.exists()) {
        // A new or replaced workstation: restore its node from a backup into this directory.
        ui::NoNodeDialog noNode(paths);
        if (noNode.exec() != QDialog::Accepted)
            return 1;
        userName = noNode.userName();
    }
    ui::LoginDialog login(paths);
    if (!userName.isEmpty())
        login.setUserName(userName);
    if (parser.isSet(smokeTest)) {
        auto* whenShown = new QTimer(&login);
        QObject::connect(whenShown, &QTimer::timeout, &login, [&login] {
            if (login.isVisible() && login.windowHandle() && login.windowHandle()->isExposed())
                login.done(QDialog::Accepted);
        });
        whenShown->start(20);
        return login.exec() == QDialog::Accepted ? 0 : 1;
    }
    if (login.exec() != QDialog::Accepted)
        return 0;
    ui::MainWindow window(login.takeSession());
    bool idleOk = false;
    const double idleMinutes = parser.value(idle).toDouble(&idleOk);
    if (idleOk && idleMinutes > 0)
        window.setIdleTimeout(std::chrono::milliseconds(static_cast<qint64>(idleMinutes * 60000.0)));
    window.show();
    return app.exec();
}
