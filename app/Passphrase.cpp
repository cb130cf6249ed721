#include "Passphrase.h"

#include "crypto/AtomicFile.h"

#include <QCoreApplication>

#include <cstdlib>
#include <cstring>

namespace medilock::app {

namespace {
SecureBuffer withoutTrailingNewline(const char* data, std::size_t size)
{
    if (size > 0 && data[size - 1] == '\n')
        --size;
    if (size > 0 && data[size - 1] == '\r')
        --size;
    return {data, size};
}
} // namespace

Result<SecureBuffer> readPassphraseFile(const QString& path)
{
    auto contents = crypto::readSmallFile(path, 4096);
    if (!contents)
        return std::move(contents).takeError();
    SecureBuffer passphrase = withoutTrailingNewline(contents->constData(), static_cast<std::size_t>(contents->size()));
    // QByteArray cannot wipe itself on release: wipe it here.
    std::fill(contents->begin(), contents->end(), '\0');
    if (passphrase.isEmpty())
        return fail(QCoreApplication::translate("Passphrase", "the passphrase file %1 is empty").arg(path));
    return passphrase;
}

Result<SecureBuffer> passphraseFromEnvironment(const char* variable)
{
    const char* value = std::getenv(variable);
    if (!value || !*value)
        return fail(QCoreApplication::translate("Passphrase", "no passphrase: set %1 or pass a passphrase file")
                        .arg(QString::fromLatin1(variable)));
    return SecureBuffer(value, std::strlen(value));
}

SecureBuffer passphraseFromString(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    SecureBuffer out(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    std::fill(utf8.begin(), utf8.end(), '\0');
    return out;
}

Result<void> checkNewPassphrase(const SecureBuffer& passphrase)
{
    if (passphrase.size() < kMinimumPassphraseLength)
        return fail(QCoreApplication::translate("Passphrase", "a passphrase needs at least %1 characters")
                        .arg(kMinimumPassphraseLength));
    return {};
}

} // namespace medilock::app
