#include "CliContext.h"

#include "TerminalPrompt.h"

#include "app/Passphrase.h"
#include "crypto/Keyring.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

namespace medilock::app::cli {

CliContext::CliContext(CliArguments args)
    : m_args(std::move(args))
    , m_out(stdout)
{
}

NodePaths CliContext::paths() const
{
    return m_args.has(QStringLiteral("data")) ? NodePaths{m_args.value(QStringLiteral("data"))}
                                              : NodePaths::defaultLocation();
}

QString CliContext::actingUser() const
{
    if (m_args.has(QStringLiteral("as")))
        return m_args.value(QStringLiteral("as"));
    // The default is the first administrator's slot; init makes exactly one.
    auto keyring = crypto::Keyring::load(paths().keyring());
    if (keyring) {
        for (const QString& name : keyring->slotNames())
            if (name != crypto::Keyring::nodeSlotName())
                return name;
    }
    return QStringLiteral("admin");
}

Result<crypto::SecureBuffer> CliContext::passphrase() const
{
    if (m_args.has(QStringLiteral("passphrase-file")))
        return readPassphraseFile(m_args.value(QStringLiteral("passphrase-file")));
    if (qEnvironmentVariableIsSet("MEDILOCK_PASSPHRASE"))
        return passphraseFromEnvironment("MEDILOCK_PASSPHRASE");
    return promptPassphrase("Passphrase: ");
}

Result<crypto::SecureBuffer> CliContext::newPassphrase() const
{
    if (m_args.has(QStringLiteral("new-passphrase-file")))
        return readPassphraseFile(m_args.value(QStringLiteral("new-passphrase-file")));
    if (qEnvironmentVariableIsSet("MEDILOCK_NEW_PASSPHRASE"))
        return passphraseFromEnvironment("MEDILOCK_NEW_PASSPHRASE");
    return promptPassphrase("New passphrase: ");
}

Result<crypto::SecureBuffer> CliContext::backupPassphrase() const
{
    if (m_args.has(QStringLiteral("backup-passphrase-file")))
        return readPassphraseFile(m_args.value(QStringLiteral("backup-passphrase-file")));
    if (qEnvironmentVariableIsSet("MEDILOCK_BACKUP_PASSPHRASE"))
        return passphraseFromEnvironment("MEDILOCK_BACKUP_PASSPHRASE");
    return promptPassphrase("Backup passphrase: ");
}

Result<std::unique_ptr<Session>> CliContext::unlock() const
{
    auto pass = passphrase();
    if (!pass)
        return std::move(pass).takeError();
    return Session::unlock(paths(), actingUser(), *pass);
}

void CliContext::printJson(const QJsonObject& object) const
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
    m_out.flush();
}

} // namespace medilock::app::cli
