#include "app/cli/CliMain.h"
#include "crypto/SelfTest.h"

#include <QCoreApplication>

#include <sys/stat.h>

int main(int argc, char** argv)
{
    ::umask(077); // node files (database, WAL, keyring) are the owner's alone
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("medilock-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MEDILOCK_VERSION));
    if (!medilock::crypto::selfTestsPassOrReport())
        return 70;
    return medilock::app::cli::runCli(QCoreApplication::arguments().mid(1));
}
