#include "AtomicFile.h"

#include "Random.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace medilock::crypto {

namespace {
QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

Result<void> syncDirectory(const QString& dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return fail(QCoreApplication::translate("AtomicFile", "cannot open directory %1: %2").arg(dir, systemError()));
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0)
        return fail(QCoreApplication::translate("AtomicFile", "cannot sync directory %1: %2").arg(dir, systemError()));
    return {};
}
} // namespace

Result<void> writeFileAtomically(const QString& path, const QByteArray& contents)
{
    const QFileInfo info(path);
    const QString temp = info.absolutePath() + QLatin1String("/.") + info.fileName() + QLatin1Char('.')
        + QString::fromLatin1(randomBytes(6).toHex()) + QLatin1String(".tmp");
    const QByteArray tempName = QFile::encodeName(temp);
    const int fd = ::open(tempName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(QCoreApplication::translate("AtomicFile", "cannot create %1: %2").arg(temp, systemError()));
    const char* data = contents.constData();
    qsizetype left = contents.size();
    bool ok = true;
    while (ok && left > 0) {
        const ssize_t written = ::write(fd, data, static_cast<size_t>(left));
        if (written < 0 && errno == EINTR)
            continue;
        ok = written > 0;
        data += written;
        left -= written;
    }
    QString error = ok ? QString() : systemError();
    if (ok && ::fsync(fd) != 0) {
        ok = false;
        error = systemError();
    }
    ::close(fd);
    if (ok && ::rename(tempName.constData(), QFile::encodeName(info.absoluteFilePath()).constData()) != 0) {
        ok = false;
        error = systemError();
    }
    if (!ok) {
        ::unlink(tempName.constData());
        return fail(QCoreApplication::translate("AtomicFile", "cannot write %1: %2").arg(path, error));
    }
    return syncDirectory(info.absolutePath());
}

Result<QByteArray> readSmallFile(const QString& path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("AtomicFile", "cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > maxBytes)
        return fail(QCoreApplication::translate("AtomicFile", "%1 is larger than %2 bytes").arg(path).arg(maxBytes));
    QByteArray contents = file.read(maxBytes + 1);
    if (contents.size() > maxBytes)
        return fail(QCoreApplication::translate("AtomicFile", "%1 is larger than %2 bytes").arg(path).arg(maxBytes));
    return contents;
}

} // namespace medilock::crypto
