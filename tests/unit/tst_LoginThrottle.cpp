// Login delays: the schedule, its persistence across restarts (a new LoginThrottle reads the
// file the last one wrote), and Session::unlock applying it on a real node's keyring. Time is
// an injected clock: nothing sleeps.

#include "app/LoginThrottle.h"
#include "app/NodeSetup.h"
#include "app/Passphrase.h"
#include "app/Session.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace medilock;
using namespace medilock::app;

namespace {
const QString kPassphrase = QStringLiteral("alice's long passphrase");
const QString kAlice = QStringLiteral("alice");
constexpr qint64 kStart = 1'800'000'000'000;
} // namespace

class tst_LoginThrottle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        ::umask(077);
        QVERIFY(m_dir.isValid());
        m_paths = NodePaths{m_dir.filePath(QStringLiteral("node"))};
        auto created = NodeSetup::initialize(m_paths, QStringLiteral("Clinic"), kAlice, passphraseFromString(kPassphrase));
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error()));
    }

    void init()
    {
        QFile::remove(m_paths.loginFailures());
        m_now = kStart;
    }

    void schedule_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("seconds");
        const QList<std::pair<int, int>> rows{{0, 0}, {1, 0}, {2, 1}, {3, 2}, {4, 4}, {5, 8}, {6, 16}, {7, 30}, {8, 30},
                                              {40, 30}, {1000000, 30}};
        for (const auto& [failures, seconds] : rows)
            QTest::addRow("%d failures", failures) << failures << seconds;
    }

    void schedule()
    {
        QFETCH(int, failures);
        QFETCH(int, seconds);
        QCOMPARE(LoginThrottle::delaySecondsAfter(failures), seconds);
    }

    void waitsGrowAndSurviveRestart()
    {
        {
            LoginThrottle throttle(m_paths.loginFailures(), clock());
            QVERIFY(throttle.checkAllowed(kAlice).ok());
            QCOMPARE(throttle.recordFailure(kAlice)->failures, 1);
            QVERIFY(throttle.checkAllowed(kAlice).ok()); // a typo costs nothing
            QCOMPARE(throttle.recordFailure(kAlice)->failures, 2);
        }
        // "Restart": a new object, the same file.
        LoginThrottle throttle(m_paths.loginFailures(), clock());
        QCOMPARE(throttle.record(kAlice).failures, 2);
        QCOMPARE(throttle.record(kAlice).lastFailureMs, kStart);
        QCOMPARE(throttle.secondsToWait(kAlice), 1);
        const auto refused = throttle.checkAllowed(kAlice);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("wait 1 second")), qPrintable(refused.error()));
        QCOMPARE(throttle.secondsToWait(QStringLiteral("bob")), 0); // per slot
        m_now += 999;
        QCOMPARE(throttle.secondsToWait(kAlice), 1);
        m_now += 1;
        QCOMPARE(throttle.secondsToWait(kAlice), 0);
        QVERIFY(throttle.checkAllowed(kAlice).ok());
        QCOMPARE(throttle.recordFailure(kAlice)->failures, 3);
        QCOMPARE(throttle.secondsToWait(kAlice), 2);
        m_now += 500;
        QCOMPARE(throttle.secondsToWait(kAlice), 2); // rounded up
        // A clock set back never makes the wait longer than one full delay.
        m_now -= 3'600'000;
        QCOMPARE(throttle.secondsToWait(kAlice), 2);
        const auto cleared = throttle.recordSuccess(kAlice);
        QVERIFY(cleared.ok());
        QCOMPARE(cleared->failures, 3);
        QCOMPARE(throttle.record(kAlice).failures, 0);
        QCOMPARE(throttle.secondsToWait(kAlice), 0);
    }

    void damagedRecordIsReadAsEmpty_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("garbage") << QByteArray("\x00\xff not json");
        QTest::newRow("wrong version") << QByteArray(R"({"version":2,"slots":{"alice":{"failures":9,"last_failure_ms":1}}})");
        QTest::newRow("negative count") << QByteArray(R"({"version":1,"slots":{"alice":{"failures":-4,"last_failure_ms":1}}})");
        QTest::newRow("oversize") << QByteArray(LoginThrottle::kMaxFileSize + 1, ' ');
    }

    // Damage must not lock every user (and the emergency view) out of the node.
    void damagedRecordIsReadAsEmpty()
    {
        QFETCH(QByteArray, contents);
        QFile file(m_paths.loginFailures());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
        file.close();
        LoginThrottle throttle(m_paths.loginFailures(), clock());
        QCOMPARE(throttle.record(kAlice).failures, 0);
        QCOMPARE(throttle.recordFailure(kAlice)->failures, 1); // rewritten whole
        QCOMPARE(LoginThrottle(m_paths.loginFailures(), clock()).record(kAlice).failures, 1);
    }

    void sessionUnlockAppliesDelays()
    {
        const auto wrong = passphraseFromString(QStringLiteral("not alice's passphrase"));
        auto first = Session::unlock(m_paths, kAlice, wrong, clock());
        QVERIFY(!first.ok());
        QVERIFY2(first.error().contains(QLatin1String("wrong passphrase")), qPrintable(first.error()));
        QVERIFY2(!first.error().contains(QLatin1String("wait")), qPrintable(first.error()));
        auto second = Session::unlock(m_paths, kAlice, wrong, clock());
        QVERIFY(!second.ok());
        QVERIFY2(second.error().contains(QLatin1String("wrong passphrase")) && second.error().contains(QLatin1String("wait 1 second")),
                 qPrintable(second.error()));
        QVERIFY(QFileInfo(m_paths.loginFailures()).permissions() == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));

        // During the wait even the right passphrase is refused, before any key derivation,
        // and the refused try is not counted.
        auto early = Session::unlock(m_paths, kAlice, passphraseFromString(kPassphrase), clock());
        QVERIFY(!early.ok());
        QVERIFY2(early.error().contains(QLatin1String("too many wrong passphrases")), qPrintable(early.error()));
        QCOMPARE(LoginThrottle(m_paths.loginFailures(), clock()).record(kAlice).failures, 2);

        // Other slots are not slowed by alice's failures.
        auto node = Session::unlockNode(m_paths, passphraseFromString(kPassphrase), clock());
        QVERIFY2(node.ok(), qPrintable(node.ok() ? QString() : node.error()));
        QCOMPARE((*node)->failedLoginsBefore().failures, 0);

        m_now += 1000;
        auto ok = Session::unlock(m_paths, kAlice, passphraseFromString(kPassphrase), clock());
        QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error()));
        QCOMPARE((*ok)->failedLoginsBefore().failures, 2);
        QCOMPARE((*ok)->failedLoginsBefore().lastFailureMs, kStart);
        QCOMPARE(LoginThrottle(m_paths.loginFailures(), clock()).record(kAlice).failures, 0);

        // A name with no slot is not throttled (and writes no record).
        for (int i = 0; i < 3; ++i)
            QVERIFY(!Session::unlock(m_paths, QStringLiteral("mallory"), wrong, clock()).ok());
        QCOMPARE(LoginThrottle(m_paths.loginFailures(), clock()).record(QStringLiteral("mallory")).failures, 0);
    }

    void capAtThirtySeconds()
    {
        const auto wrong = passphraseFromString(QStringLiteral("not alice's passphrase"));
        for (int i = 1; i <= 9; ++i) {
            auto r = Session::unlock(m_paths, kAlice, wrong, clock());
            QVERIFY(!r.ok());
            const int delay = LoginThrottle::delaySecondsAfter(i);
            if (delay > 0)
                QVERIFY2(r.error().contains(QStringLiteral("wait %1 second").arg(delay)), qPrintable(r.error()));
            m_now += qint64(delay) * 1000;
        }
        QCOMPARE(LoginThrottle::delaySecondsAfter(9), 30);
        QCOMPARE(LoginThrottle(m_paths.loginFailures(), clock()).record(kAlice).failures, 9);
    }

private:
    LoginThrottle::Clock clock()
    {
        return [this] { return m_now; };
    }

    QTemporaryDir m_dir;
    NodePaths m_paths;
    qint64 m_now = kStart;
};

QTEST_GUILESS_MAIN(tst_LoginThrottle)
#include "tst_LoginThrottle.moc"
