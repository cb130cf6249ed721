#pragma once

#include "NodePaths.h"

#include "crypto/Result.h"

namespace medilock::app {

// An advisory lock (flock) on the node directory's node.lock: every Session holds it shared
// for its lifetime, so that a re-key, which replaces the database file, can hold it
// exclusively and know that no other process has the node open. The kernel releases it
// when a process dies, so a crash never leaves the node locked.
class NodeLock
{
public:
    // Refused while a re-key holds the lock.
    static Result<NodeLock> acquireShared(const NodePaths& paths);
    // Refused while any other session (any process) holds the lock.
    Result<void> upgradeToExclusive();
    Result<void> downgradeToShared();
    // Whether upgradeToExclusive() would succeed now; the lock stays shared.
    Result<void> checkExclusive();

    NodeLock() = default;
    ~NodeLock();
    NodeLock(const NodeLock&) = delete;
    NodeLock& operator=(const NodeLock&) = delete;
    NodeLock(NodeLock&& other) noexcept;
    NodeLock& operator=(NodeLock&& other) noexcept;

private:
    int m_fd = -1;
};

} // namespace medilock::app
