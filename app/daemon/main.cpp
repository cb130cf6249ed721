#include "app/Logging.h"
#include "app/NodePaths.h"
#include "app/Version.h"
#include "app/Passphrase.h"
#include "app/Session.h"
#include "app/UiLanguage.h"
#include "app/daemon/NodeService.h"
#include "app/daemon/TerminationSignals.h"
#include "crypto/SelfTest.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <sys/stat.h>

using namespace medilock;

int main(int argc, char** argv)
{
    ::umask(077); // node files (database, WAL, keyring) are the owner's alone
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("medilockd"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(app::kVersion));
    // Messages in English unless MEDILOCK_LANGUAGE asks otherwise (as for medilock-cli).
    if (const QString language = qEnvironmentVariable("MEDILOCK_LANGUAGE"); !language.isEmpty()) {
        if (const auto installed = app::UiLanguage::install(app, language); !installed) {
            std::fprintf(stderr, "medilockd: %s\n", qPrintable(installed.error()));
            return 2;
        }
    }
    if (!crypto::selfTestsPassOrReport())
        return 70;

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("MediLock headless node"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("Node directory."), QStringLiteral("DIR"));
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address to serve peers on."),
                                    QStringLiteral("ADDR:PORT"));
    const QCommandLineOption passFile(QStringLiteral("passphrase-file"), QStringLiteral("File holding the node passphrase."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption discovery(QStringLiteral("lan-discovery"),
                                       QStringLiteral("Announce this node and find paired ones on the LAN (UDP broadcast "
                                                      "on this port, the same for every node; needs --listen)."),
                                       QStringLiteral("UDP_PORT"));
    parser.addOptions({data, listen, passFile, discovery});
    parser.process(app);

    // Installed before the slow start (unlocking runs scrypt): a SIGTERM that arrives meanwhile
    // waits in the pipe and ends the event loop as soon as it runs, a clean exit 0.
    app::TerminationSignals signals;
    QObject::connect(&signals, &app::TerminationSignals::terminationRequested, &app, [](int number) {
        qCInfo(app::lcNode) << "signal" << number << "received, shutting down";
        QCoreApplication::quit();
    });

    const app::NodePaths paths = parser.isSet(data) ? app::NodePaths{parser.value(data)} : app::NodePaths::defaultLocation();
    auto passphrase = parser.isSet(passFile) ? app::readPassphraseFile(parser.value(passFile))
                                             : app::passphraseFromEnvironment("MEDILOCK_PASSPHRASE");
    if (!passphrase) {
        std::fprintf(stderr, "medilockd: %s\n", qPrintable(passphrase.error()));
        return 1;
    }
    auto session = app::Session::unlockNode(paths, *passphrase);
    passphrase->clear();
    if (!session) {
        std::fprintf(stderr, "medilockd: %s\n", qPrintable(session.error()));
        return 1;
    }
    qCInfo(app::lcNode) << "node" << (*session)->identity().nodeFingerprint << "of clinic"
                        << (*session)->identity().clinicFingerprint << "unlocked";
    std::optional<app::NodeService::Listen> listenOn;
    if (parser.isSet(listen)) {
        auto parsed = app::NodeService::parseListen(parser.value(listen));
        if (!parsed) {
            std::fprintf(stderr, "medilockd: %s\n", qPrintable(parsed.error()));
            return 2;
        }
        listenOn = *parsed;
        if (parser.isSet(discovery)) {
            bool ok = false;
            const uint port = parser.value(discovery).toUInt(&ok);
            if (!ok || port == 0 || port > 65535) {
                std::fprintf(stderr, "medilockd: --lan-discovery wants a UDP port (1-65535)\n");
                return 2;
            }
            listenOn->discoveryPort = static_cast<quint16>(port);
        }
    }
    // The sync node opens its own database connection; the session only unlocked the node.
    auto node = app::NodeService::start(**session, listenOn);
    if (!node) {
        std::fprintf(stderr, "medilockd: %s\n", qPrintable(node.error()));
        return 1;
    }

    const int code = app.exec();
    (*node)->stop(); // goodbye to every peer before the database closes
    node->reset();
    session->reset();
    return code;
}
