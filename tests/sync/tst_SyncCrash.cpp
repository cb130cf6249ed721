// A real medilockd process catching up from a node far ahead is killed with SIGKILL in the
// middle of it, then started again: it resumes from what it stored, loses nothing it had
// committed, and converges to the same state hash.

#include "SyncTestNode.h"

#include "app/PeerPairing.h"

#include "crypto/Random.h"

#include <QProcess>
#include <QTest>

#include <csignal>

using namespace medilock;
using namespace medilock::synctest;

namespace {
const QString kDaemon = QStringLiteral(MEDILOCK_DAEMON);
constexpr int kBatches = 120;
constexpr int kPerBatch = 150;

bool appendBatch(Node& n, int batch)
{
    std::vector<ledger::EntryDraft> drafts;
    for (int i = 0; i < kPerBatch; ++i) {
        const QByteArray payload = QStringLiteral(R"({"resourceType":"Patient","name":[{"family":"Crash%1x%2"}],)"
                                                  R"("gender":"male","birthDate":"1970-02-03"})")
                                       .arg(batch)
                                       .arg(i)
                                       .toUtf8();
        ledger::EntryDraft draft{ledger::EntryKind::PatientRegistered, {}, {}, payload, {}};
        const auto random = crypto::randomBytes(32);
        std::copy(random.begin(), random.begin() + 16, draft.entryId.begin());
        std::copy(random.begin() + 16, random.end(), draft.patientId.begin());
        drafts.push_back(std::move(draft));
    }
    return n.physician->impl().append(drafts).ok();
}
} // namespace

class tst_SyncCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedDuringCatchUpResumes();

private:
    bool startDaemon(QProcess& daemon, Node& node);
};

bool tst_SyncCrash::startDaemon(QProcess& daemon, Node& node)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MEDILOCK_PASSPHRASE"), QStringLiteral("a long enough passphrase"));
    daemon.setProcessEnvironment(env);
    daemon.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    daemon.start(kDaemon, {QStringLiteral("--data"), node.dir.path(), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    return daemon.waitForStarted(5000);
}

void tst_SyncCrash::killedDuringCatchUpResumes()
{
    Node a, b;
    QVERIFY(createClinic(a, QStringLiteral("Clinic A"), true));
    QVERIFY(createClinic(b, QStringLiteral("Clinic B"), false));
    QVERIFY(trustEachOther(a, b));
    for (int i = 0; i < kBatches; ++i)
        QVERIFY(appendBatch(a, i));
    a.sync = startSync(*a.admin);
    QVERIFY(a.sync);
    // B dials A; A accepts B's certificate (paired; A's dials to the dummy address fail).
    QVERIFY(app::PeerPairing::add(*b.admin, a.address(), a.tlsHex()));
    QVERIFY(app::PeerPairing::add(*a.admin, QStringLiteral("127.0.0.1:9"), b.tlsHex()));
    const qint64 target = blockCount(a); // A's own chain and the trust entry
    const qint64 start = blockCount(b);   // B's own
    QVERIFY(target - start > kBatches);

    QProcess daemon;
    QVERIFY(startDaemon(daemon, b));
    // Kill it once it stored some of A's chain but not all of it.
    qint64 acknowledged = start;
    QTRY_VERIFY_WITH_TIMEOUT((acknowledged = blockCount(b)) > start + 5, 60000);
    ::kill(static_cast<pid_t>(daemon.processId()), SIGKILL);
    QVERIFY(daemon.waitForFinished(5000));
    QCOMPARE(daemon.exitStatus(), QProcess::CrashExit);
    const qint64 atKill = blockCount(b);
    QVERIFY2(atKill < target + start, "the catch-up finished before the kill: make A's chain longer");
    // Whatever was committed (seen by this other connection) before the kill is still there.
    QVERIFY(atKill >= acknowledged);
    qInfo("killed at %lld of %lld blocks", atKill, target);

    QProcess again;
    QVERIFY(startDaemon(again, b));
    // A holds its chain and B's (B's own blocks reached A too): both end with all of them.
    QTRY_VERIFY_WITH_TIMEOUT(blockCount(b) == blockCount(a) && stateHash(b) == stateHash(a), 60000);
    ::kill(static_cast<pid_t>(again.processId()), SIGTERM);
    QVERIFY(again.waitForFinished(10000));
    QCOMPARE(again.exitCode(), 0);
    QCOMPARE(blockCount(b), target + start);
    QCOMPARE(blockCount(b), blockCount(a));
    QCOMPARE(stateHash(b), stateHash(a));
    a.sync.reset();
}

QTEST_GUILESS_MAIN(tst_SyncCrash)
#include "tst_SyncCrash.moc"
