#include "app/UiLanguage.h"
#include "app/Version.h"
#include "app/cli/CliMain.h"
#include "crypto/SelfTest.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

#include <sys/stat.h>

int main(int argc, char** argv)
{
    ::umask(077); // node files (database, WAL, keyring) are the owner's alone
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Only drawing commands get a GUI application, and never a window: offscreen platform.
    std::unique_ptr<QCoreApplication> app;
    if (medilock::app::cli::needsGuiApplication(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("medilock-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(medilock::app::kVersion));
    // Messages in English unless MEDILOCK_LANGUAGE asks otherwise: scripts read this output.
    if (const QString language = qEnvironmentVariable("MEDILOCK_LANGUAGE"); !language.isEmpty()) {
        if (const auto installed = medilock::app::UiLanguage::install(*app, language); !installed) {
            std::fprintf(stderr, "medilock-cli: %s\n", qPrintable(installed.error()));
            return 2;
        }
    }
    if (!medilock::crypto::selfTestsPassOrReport())
        return 70;
    return medilock::app::cli::runCli(QCoreApplication::arguments().mid(1));
}
