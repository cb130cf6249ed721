// Crash safety of the re-key (docs/security.md, "Re-key"): a real `medilock-cli rekey` is
// killed with SIGKILL at random moments, over and over. After each kill the node opens with
// every record (same state hash, verify passes) and every user signs in; a later re-key
// completes.

#include "app/ClinicalRecords.h"
#include "app/NodeSetup.h"
#include "app/NodeStats.h"
#include "app/Passphrase.h"
#include "app/Session.h"
#include "app/SessionImpl.h"
#include "crypto/Keyring.h"
#include "ledger/LedgerVerifier.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <random>
#include <sys/stat.h>

using namespace medilock;
using namespace medilock::app;

namespace {
const QString kAdminPass = QStringLiteral("alice's long passphrase");
const QString kBobPass = QStringLiteral("bob's long passphrase");
constexpr int kKills = 40;

std::uint64_t testSeed()
{
    bool ok = false;
    const qulonglong fromEnv = qEnvironmentVariable("MEDILOCK_TEST_SEED").toULongLong(&ok);
    return ok ? fromEnv : 0x52454b4559ull;
}

template<typename T> QString errorOf(const Result<T>& r)
{
    return r.ok() ? QString() : r.error();
}
} // namespace

class tst_RekeyCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killedRekeyLosesNothing();

private:
    // Runs the CLI; kills it after `killAfterMs` (if >= 0 and it still runs). Returns the
    // exit code, or -1 when killed.
    int runCli(const QStringList& arguments, int killAfterMs, qint64* elapsedMs = nullptr);
    void checkNode(const QString& when);

    QTemporaryDir m_dir;
    NodePaths m_paths;
    QString m_stateHash;
    qint64 m_entries = 0;
};

void tst_RekeyCrash::initTestCase()
{
    ::umask(077);
    QVERIFY(m_dir.isValid());
    m_paths = NodePaths{m_dir.filePath(QStringLiteral("node"))};
    QVERIFY(NodeSetup::initialize(m_paths, QStringLiteral("Crash Clinic"), QStringLiteral("alice"),
                                  passphraseFromString(kAdminPass))
                .ok());
    {
        auto alice = Session::unlock(m_paths, QStringLiteral("alice"), passphraseFromString(kAdminPass));
        QVERIFY(alice.ok());
        QVERIFY((*alice)->addUser(QStringLiteral("bob"), Role::Physician, passphraseFromString(kBobPass)).ok());
    }
    auto bobSession = Session::unlock(m_paths, QStringLiteral("bob"), passphraseFromString(kBobPass));
    QVERIFY(bobSession.ok());
    ClinicalRecords bob(std::shared_ptr<Session>(std::move(bobSession).value()));
    // Enough records that the copy takes a while: kills land inside it too.
    ClinicalRecords::NewPatient p;
    p.family = QStringLiteral("Okafor");
    p.given = QStringLiteral("Amara");
    p.birthDate = QDate(1988, 8, 8);
    p.sex = QStringLiteral("female");
    auto patient = bob.registerPatient(p);
    QVERIFY2(patient.ok(), qPrintable(errorOf(patient)));
    for (int i = 0; i < 60; ++i)
        QVERIFY(bob.addCondition(patient->id, QStringLiteral("R%1").arg(10 + i), QStringLiteral("Finding %1").arg(i)).ok());
}

int tst_RekeyCrash::runCli(const QStringList& arguments, int killAfterMs, qint64* elapsedMs)
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MEDILOCK_PASSPHRASE"), kAdminPass);
    env.remove(QStringLiteral("MEDILOCK_LANGUAGE"));
    cli.setProcessEnvironment(env);
    cli.setProgram(QStringLiteral(MEDILOCK_CLI));
    cli.setArguments(QStringList{QStringLiteral("--data"), m_paths.directory} + arguments);
    QElapsedTimer clock;
    clock.start();
    cli.start();
    if (!cli.waitForStarted(10000))
        return -2;
    if (killAfterMs >= 0 && !cli.waitForFinished(killAfterMs)) {
        cli.kill(); // SIGKILL
        cli.waitForFinished(10000);
        return -1;
    }
    cli.waitForFinished(120000);
    if (elapsedMs)
        *elapsedMs = clock.elapsed();
    if (cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0)
        qWarning("%s", cli.readAllStandardError().constData());
    return cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
}

void tst_RekeyCrash::checkNode(const QString& when)
{
    auto alice = Session::unlock(m_paths, QStringLiteral("alice"), passphraseFromString(kAdminPass));
    QVERIFY2(alice.ok(), qPrintable(when + QLatin1String(": ") + errorOf(alice)));
    auto stats = NodeStats::collect(**alice);
    QVERIFY(stats.ok());
    auto report = ledger::LedgerVerifier::verifyAll((*alice)->impl().db, (*alice)->impl().clinicRootKey);
    QVERIFY2(report.ok() && report->ok(), qPrintable(when));
    if (m_stateHash.isEmpty()) {
        m_stateHash = stats->stateHash;
        m_entries = stats->entries;
    }
    QVERIFY2(stats->stateHash == m_stateHash && stats->entries == m_entries, qPrintable(when));
    alice->reset();
    // Opening settled any interrupted re-key: nothing pending, no partial copy left.
    auto keyring = crypto::Keyring::load(m_paths.keyring());
    QVERIFY(keyring.ok());
    QVERIFY2(!keyring->hasPendingRekey(), qPrintable(when));
    QVERIFY2(!QFile::exists(m_paths.rekeyedDatabase()), qPrintable(when));
    auto bob = Session::unlock(m_paths, QStringLiteral("bob"), passphraseFromString(kBobPass));
    QVERIFY2(bob.ok(), qPrintable(when + QLatin1String(": ") + errorOf(bob)));
    auto node = Session::unlockNode(m_paths, passphraseFromString(kAdminPass));
    QVERIFY2(node.ok(), qPrintable(when + QLatin1String(": ") + errorOf(node)));
}

void tst_RekeyCrash::killedRekeyLosesNothing()
{
    checkNode(QStringLiteral("before"));
    // How long the CLI takes to start and unlock (stats), and to re-key completely: kills are
    // spread over the re-key itself.
    qint64 startMs = 0, rekeyMs = 0;
    QCOMPARE(runCli({QStringLiteral("stats")}, -1, &startMs), 0);
    QCOMPARE(runCli({QStringLiteral("rekey")}, -1, &rekeyMs), 0);
    checkNode(QStringLiteral("after a complete re-key"));
    const qint64 from = startMs * 3 / 4;
    const qint64 to = qMax(from + 20, rekeyMs + rekeyMs / 10);
    const std::uint64_t seed = testSeed();
    qInfo("start %lld ms, re-key %lld ms; kill delays in [%lld, %lld] ms from seed %llu (MEDILOCK_TEST_SEED replays)",
          static_cast<long long>(startMs), static_cast<long long>(rekeyMs), static_cast<long long>(from),
          static_cast<long long>(to), static_cast<unsigned long long>(seed));
    std::mt19937_64 random(seed);
    int killed = 0, completed = 0, killedAfterSwitch = 0;
    std::uint32_t generation = crypto::Keyring::load(m_paths.keyring())->generation();
    for (int run = 0; run < kKills; ++run) {
        const int delay = static_cast<int>(from + static_cast<qint64>(random() % std::uint64_t(to - from + 1)));
        const int code = runCli({QStringLiteral("rekey")}, delay);
        if (code == -1)
            ++killed;
        else if (code == 0)
            ++completed;
        else
            QFAIL(qPrintable(QStringLiteral("run %1: rekey failed with exit code %2").arg(run).arg(code)));
        checkNode(QStringLiteral("run %1 (killed after %2 ms)").arg(run).arg(delay));
        if (QTest::currentTestFailed())
            return;
        // The generation moves by at most one per run, and only forward.
        const std::uint32_t now = crypto::Keyring::load(m_paths.keyring())->generation();
        QVERIFY(now == generation || now == generation + 1);
        if (code == -1 && now == generation + 1)
            ++killedAfterSwitch; // the next session completed it
        generation = now;
    }
    qInfo("%d runs: %d killed (%d of them after the new file was in place), %d completed", kKills, killed,
          killedAfterSwitch, completed);
    QVERIFY(killed > 0);
    QCOMPARE(runCli({QStringLiteral("rekey")}, -1), 0);
    checkNode(QStringLiteral("after the last re-key"));
}

QTEST_GUILESS_MAIN(tst_RekeyCrash)
#include "tst_RekeyCrash.moc"
