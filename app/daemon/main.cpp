#include "app/Logging.h"
#include "app/NodePaths.h"
#include "app/Passphrase.h"
#include "app/Session.h"
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
    QCoreApplication::setApplicationVersion(QStringLiteral(MEDILOCK_VERSION));
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
    parser.addOptions({data, listen, passFile});
    parser.process(app);

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
    if (parser.isSet(listen))
        qCWarning(app::lcNode) << "peer sync is not part of this build yet; --listen is ignored";

    app::TerminationSignals signals;
    QObject::connect(&signals, &app::TerminationSignals::terminationRequested, &app, [](int number) {
        qCInfo(app::lcNode) << "signal" << number << "received, shutting down";
        QCoreApplication::quit();
    });
    const int code = app.exec();
    session->reset();
    return code;
}
