#pragma once

#include "crypto/Result.h"

#include <QString>

#include <functional>

namespace medilock::app {

// Growing delays after wrong passphrases, per keyring slot, kept in a small file beside the
// keyring so that restarting the program does not reset them (docs/security.md, "Login
// delays"). The first wrong passphrase costs nothing (a typo); each further one doubles the
// wait: 1, 2, 4, 8, 16, then 30 s at most. A try during the wait is refused before any key
// derivation and is not counted. A successful unlock clears the user's record and hands back
// what it held, so the caller can tell the person (and the node's log) about the failures.
//
// The clock is injectable so tests check the delays without sleeping.
class LoginThrottle
{
public:
    using Clock = std::function<qint64()>; // milliseconds since the epoch
    static constexpr int kMaxDelaySeconds = 30;
    static constexpr qint64 kMaxFileSize = 64 * 1024;

    struct Record
    {
        int failures = 0;
        qint64 lastFailureMs = 0; // 0: never
    };

    // Seconds to wait after `failures` consecutive wrong passphrases.
    static int delaySecondsAfter(int failures);

    explicit LoginThrottle(QString path, Clock clock = {});

    Record record(const QString& slot) const;
    // Whole seconds (rounded up) before `slot` may try again; 0 when it may try now.
    int secondsToWait(const QString& slot) const;
    // Refuses with a message saying how long to wait, or succeeds when a try is allowed.
    Result<void> checkAllowed(const QString& slot) const;
    // Counts one wrong passphrase (written atomically) and returns the new record.
    Result<Record> recordFailure(const QString& slot);
    // Clears the slot's record after a successful unlock and returns what it held.
    Result<Record> recordSuccess(const QString& slot);

private:
    qint64 now() const;

    QString m_path;
    Clock m_clock;
};

} // namespace medilock::app
