#include "NodeLock.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace medilock::app {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("NodeLock", text);
}

bool tryFlock(int fd, int operation)
{
    int rc = 0;
    do {
        rc = ::flock(fd, operation | LOCK_NB);
    } while (rc != 0 && errno == EINTR);
    return rc == 0;
}
} // namespace

Result<NodeLock> NodeLock::acquireShared(const NodePaths& paths)
{
    NodeLock lock;
    // O_CLOEXEC: a program started from here (a PDF viewer) must not inherit the lock.
    lock.m_fd = ::open(QFile::encodeName(paths.lock()).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (lock.m_fd < 0)
        return fail(tr("cannot open %1: %2").arg(paths.lock(), QString::fromLocal8Bit(std::strerror(errno))));
    if (!tryFlock(lock.m_fd, LOCK_SH))
        return fail(tr("the database of this node is being re-keyed; try again when that has finished"));
    return lock;
}

Result<void> NodeLock::upgradeToExclusive()
{
    if (m_fd < 0 || !tryFlock(m_fd, LOCK_EX))
        return fail(tr("other programs have this node open (medilockd, the desktop application or another "
                       "medilock-cli command); stop them and try again"));
    return {};
}

Result<void> NodeLock::downgradeToShared()
{
    if (m_fd < 0 || !tryFlock(m_fd, LOCK_SH))
        return fail(tr("cannot return the node lock to shared use"));
    return {};
}

Result<void> NodeLock::checkExclusive()
{
    if (auto r = upgradeToExclusive(); !r)
        return r;
    return downgradeToShared();
}

NodeLock::~NodeLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the lock
}

NodeLock::NodeLock(NodeLock&& other) noexcept
    : m_fd(other.m_fd)
{
    other.m_fd = -1;
}

NodeLock& NodeLock::operator=(NodeLock&& other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = other.m_fd;
        other.m_fd = -1;
    }
    return *this;
}

} // namespace medilock::app
