#include "LoginThrottle.h"

#include "Logging.h"

#include "crypto/AtomicFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace medilock::app {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("LoginThrottle", text);
}

constexpr int kFormatVersion = 1;
constexpr int kMaxFailures = 1000000; // far past the cap; keeps the file's numbers bounded

using Records = QHash<QString, LoginThrottle::Record>;

// The file is a speed bump for the interactive path, not a secret: a damaged or unreadable
// one is logged and read as empty rather than locking every user (and the emergency view)
// out of the node. It is rewritten whole at the next failure.
Records load(const QString& path)
{
    if (!QFileInfo::exists(path))
        return {};
    auto bytes = crypto::readSmallFile(path, LoginThrottle::kMaxFileSize);
    if (!bytes) {
        qCWarning(lcSession) << "login-failure record unreadable, starting afresh";
        return {};
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    const QJsonObject root = doc.object();
    if (error.error != QJsonParseError::NoError || !doc.isObject() || root.value(QLatin1String("version")).toInt() != kFormatVersion
        || !root.value(QLatin1String("slots")).isObject()) {
        qCWarning(lcSession) << "login-failure record damaged, starting afresh";
        return {};
    }
    Records records;
    const QJsonObject slots = root.value(QLatin1String("slots")).toObject();
    for (auto it = slots.begin(); it != slots.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        const double failures = o.value(QLatin1String("failures")).toDouble(-1);
        const double last = o.value(QLatin1String("last_failure_ms")).toDouble(-1);
        if (failures < 1 || failures > kMaxFailures || last < 0 || last > 9.0e15) {
            qCWarning(lcSession) << "login-failure record has a bad entry, ignored";
            continue;
        }
        records.insert(it.key(), {static_cast<int>(failures), static_cast<qint64>(last)});
    }
    return records;
}

Result<void> save(const QString& path, const Records& records)
{
    QJsonObject slots;
    for (auto it = records.begin(); it != records.end(); ++it)
        slots.insert(it.key(), QJsonObject{{QStringLiteral("failures"), it->failures},
                                           {QStringLiteral("last_failure_ms"), static_cast<double>(it->lastFailureMs)}});
    const QJsonObject root{{QStringLiteral("version"), kFormatVersion}, {QStringLiteral("slots"), slots}};
    return crypto::writeFileAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Compact));
}
} // namespace

int LoginThrottle::delaySecondsAfter(int failures)
{
    if (failures <= 1)
        return 0;
    // 2^(failures-2) seconds, capped; the shift is bounded before it could overflow.
    const int exponent = std::min(failures - 2, 5);
    return std::min(1 << exponent, kMaxDelaySeconds);
}

LoginThrottle::LoginThrottle(QString path, Clock clock)
    : m_path(std::move(path))
    , m_clock(std::move(clock))
{
}

qint64 LoginThrottle::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

LoginThrottle::Record LoginThrottle::record(const QString& slot) const
{
    return load(m_path).value(slot);
}

int LoginThrottle::secondsToWait(const QString& slot) const
{
    const Record r = record(slot);
    const qint64 delayMs = qint64(delaySecondsAfter(r.failures)) * 1000;
    if (delayMs == 0)
        return 0;
    // A clock set back makes the wait no longer than one full delay, never endless.
    const qint64 remainingMs = std::min(delayMs, r.lastFailureMs + delayMs - now());
    if (remainingMs <= 0)
        return 0;
    return static_cast<int>((remainingMs + 999) / 1000);
}

Result<void> LoginThrottle::checkAllowed(const QString& slot) const
{
    const int wait = secondsToWait(slot);
    if (wait == 0)
        return {};
    return fail(QCoreApplication::translate("LoginThrottle",
                                            "too many wrong passphrases for '%1': wait %n second(s) before trying again",
                                            nullptr, wait)
                    .arg(slot));
}

Result<LoginThrottle::Record> LoginThrottle::recordFailure(const QString& slot)
{
    Records records = load(m_path);
    Record& r = records[slot];
    r.failures = std::min(r.failures + 1, kMaxFailures);
    r.lastFailureMs = now();
    const Record result = r;
    if (auto saved = save(m_path, records); !saved)
        return fail(tr("could not record the failed login: %1").arg(saved.error()));
    return result;
}

Result<LoginThrottle::Record> LoginThrottle::recordSuccess(const QString& slot)
{
    Records records = load(m_path);
    const Record previous = records.take(slot);
    if (previous.failures == 0)
        return previous;
    if (auto saved = save(m_path, records); !saved)
        return fail(tr("could not clear the failed-login record: %1").arg(saved.error()));
    // The node's log keeps the record once the count is cleared (the slot name is no patient
    // data; DESIGN §3 has no ledger entry kind for failed logins).
    qCWarning(lcSession).noquote() << "slot" << slot << "unlocked after" << previous.failures << "wrong passphrase(s), the last at"
                                   << QDateTime::fromMSecsSinceEpoch(previous.lastFailureMs, Qt::UTC).toString(Qt::ISODate);
    return previous;
}

} // namespace medilock::app
