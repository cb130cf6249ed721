// A node restored from a backup seals nothing until it has caught up with its own chain, yet
// its physicians must still open charts, and every opening must be on record. On real
// SQLCipher nodes (and real TLS over loopback for the catch-up): accesses wait signed in a
// bounded queue in the database, show in the access report as not sealed yet, and are sealed
// above the caught-up head (or after the administrator's override) without an equivocation;
// a damaged queued row is refused whole.

#include "SyncTestNode.h"

#include "app/AccessReport.h"
#include "app/ChartAccess.h"
#include "app/NodeBackup.h"
#include "app/NodeRestore.h"
#include "app/Passphrase.h"

#include "ledger/Entry.h"
#include "ledger/query/BreakGlassQuery.h"
#include "ledger/store/Statement.h"
#include "ledger/store/UnsealedQueue.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace medilock;
using namespace medilock::synctest;

namespace {
const QString kPassphrase = QStringLiteral("a long enough passphrase");
const QString kBackupPassphrase = QStringLiteral("the backup passphrase");

QString makeBackup(Node& a, QTemporaryDir& out)
{
    const QString archive = out.filePath(QStringLiteral("a.mlbackup"));
    auto made = app::NodeBackup::create(*a.admin, archive, app::passphraseFromString(kBackupPassphrase),
                                        {crypto::ScryptParams{10, 8, 1}, 1u << 16});
    return made ? archive : QString();
}

bool restoreInto(const QString& archive, const QString& target, Node& r)
{
    auto restored = app::NodeRestore::restore(archive, app::passphraseFromString(kBackupPassphrase), app::NodePaths{target},
                                              QStringLiteral("admin"), app::passphraseFromString(kPassphrase));
    if (!restored)
        return false;
    r.admin = openAs(target, QStringLiteral("admin"));
    r.physician = openAs(target, QStringLiteral("doc"));
    return r.admin && r.physician;
}

// A clinic with one patient, backed up, lost and restored into `out`: no peer at all.
bool restoredClinic(QTemporaryDir& out, Node& r)
{
    Node a;
    if (!createClinic(a, QStringLiteral("Clinic A"), true) || !appendPatient(a, QStringLiteral("Lonely")))
        return false;
    const QString archive = makeBackup(a, out);
    return !archive.isEmpty() && restoreInto(archive, out.filePath(QStringLiteral("restored")), r);
}

ledger::Id128 firstPatient(Node& n)
{
    ledger::Id128 id{};
    auto stmt = n.db().prepare("SELECT id FROM patients ORDER BY id LIMIT 1;");
    if (!stmt)
        return id;
    if (auto row = stmt->step(); row && *row)
        ledger::fromBytes(stmt->blob(0), id);
    return id;
}

qint64 queued(Node& n)
{
    return scalar(n.db(), "SELECT count(*) FROM unsealed_entries;");
}

// A restored clinic whose physician opened its patient's chart and emergency view: two
// accesses wait unsealed. `blocks`: the node's own blocks, which they did not add to.
bool restoredWithTwoAccesses(QTemporaryDir& out, Node& r, ledger::Id128& patient, qint64& blocks)
{
    if (!restoredClinic(out, r))
        return false;
    patient = firstPatient(r);
    blocks = ownBlocks(r, r);
    return app::ChartAccess::openChart(*r.physician, patient) && app::ChartAccess::openEmergency(*r.physician, patient)
        && queued(r) == 2 && ownBlocks(r, r) == blocks;
}

// Access entries (chart viewed, emergency access) sealed into blocks on this node.
qint64 sealedAccesses(Node& n)
{
    auto stmt = n.db().prepare("SELECT count(*) FROM entries WHERE kind IN (?, ?);");
    if (!stmt)
        return -1;
    stmt->bind(1, qint64(static_cast<int>(ledger::EntryKind::ChartViewed)));
    stmt->bind(2, qint64(static_cast<int>(ledger::EntryKind::EmergencyAccess)));
    auto row = stmt->step();
    return row && *row ? stmt->integer(0) : -1;
}

// The lowest height of the origin's blocks that hold access entries; -1 if none.
qint64 lowestAccessHeight(Node& holder, Node& origin)
{
    auto stmt = holder.db().prepare("SELECT coalesce(min(b.height), -1) FROM entries e JOIN blocks b ON b.hash = e.block_hash "
                                    "WHERE b.origin = ? AND e.kind IN (?, ?);");
    if (!stmt)
        return -2;
    stmt->bind(1, origin.admin->impl().nodeKey.publicKey().bytes());
    stmt->bind(2, qint64(static_cast<int>(ledger::EntryKind::ChartViewed)));
    stmt->bind(3, qint64(static_cast<int>(ledger::EntryKind::EmergencyAccess)));
    auto row = stmt->step();
    return row && *row ? stmt->integer(0) : -2;
}
} // namespace

class tst_RestoreAccessQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chartsOpenWhileWaitingAndAccessesAreSealedAfterCatchUp();
    void overrideSealsTheQueue();
    void queueIsBounded();
    void damagedQueuedRowIsRefusedWhole();
};

void tst_RestoreAccessQueue::chartsOpenWhileWaitingAndAccessesAreSealedAfterCatchUp()
{
    Node a, b;
    QVERIFY(syncingClinics(a, b));
    QVERIFY(appendPatient(a, QStringLiteral("BeforeBackup")));
    QTRY_COMPARE_WITH_TIMEOUT(ownBlocks(b, a), ownBlocks(a, a), 20000);
    QTemporaryDir out;
    const QString archive = makeBackup(a, out);
    QVERIFY(!archive.isEmpty());
    const qint64 atBackup = ownBlocks(a, a);
    // A seals more after the backup, B holds it, then A's disk dies.
    QVERIFY(appendPatient(a, QStringLiteral("AfterBackup")));
    const qint64 beforeLoss = ownBlocks(a, a);
    QTRY_COMPARE_WITH_TIMEOUT(ownBlocks(b, a), beforeLoss, 20000);
    a.sync.reset();
    a.physician.reset();
    a.admin.reset();
    QVERIFY(QDir(a.dir.path()).removeRecursively());

    // Restored, no peer reachable yet: the chart opens, its access waits unsealed.
    Node r;
    QVERIFY(restoreInto(archive, out.filePath(QStringLiteral("restored")), r));
    const ledger::Id128 patient = firstPatient(r);
    QVERIFY(patient != ledger::Id128{});
    const qint64 accessesBefore = sealedAccesses(r);
    auto chart = app::ChartAccess::openChart(*r.physician, patient);
    QVERIFY2(chart, chart ? "" : qPrintable(chart.error()));
    QCOMPARE(queued(r), 1);
    QCOMPARE(sealedAccesses(r), accessesBefore);
    QCOMPARE(ownBlocks(r, r), atBackup);
    auto glass = app::ChartAccess::recordBreakGlass(*r.physician, patient, QStringLiteral("unconscious in A&E"), 30);
    QVERIFY2(glass, glass ? "" : qPrintable(glass.error()));
    auto emergency = app::ChartAccess::openEmergency(*r.physician, patient);
    QVERIFY2(emergency, emergency ? "" : qPrintable(emergency.error()));
    QCOMPARE(queued(r), 3);
    // A clinical write is still refused, with the existing message.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("append failed: .*restored from a backup")));
    QVERIFY(!appendPatient(r, QStringLiteral("TooEarly")));
    QCOMPARE(ownBlocks(r, r), atBackup);

    // The access report lists the waiting accesses (and its own writing), marked.
    auto report = app::AccessReport::write(*r.physician, patient);
    QVERIFY2(report, report ? "" : qPrintable(report.error()));
    QCOMPARE(report->access.size(), std::size_t(4));
    for (const ledger::AccessRow& row : report->access)
        QVERIFY(!row.sealed);
    QVERIFY(std::any_of(report->access.begin(), report->access.end(), [](const ledger::AccessRow& row) {
        return row.kind == ledger::EntryKind::EmergencyAccess && row.reason == QLatin1String("unconscious in A&E");
    }));
    const QJsonArray json = app::AccessReport::toJson(*report).value(QStringLiteral("access")).toArray();
    QCOMPARE(json.size(), 4);
    QCOMPARE(json.first().toObject().value(QStringLiteral("sealed")).toBool(true), false);
    // The home clinic's break-glass review lists the waiting grant too.
    auto review = ledger::BreakGlassQuery::forHomeClinic(r.db(), r.admin->impl().clinicRootKey, 10);
    QVERIFY(review && review->size() == 1);
    QVERIFY(!review->front().access.sealed);

    // The peer connects: the node catches up, then seals the queue above the head B held.
    r.sync = startSync(*r.admin);
    QVERIFY(r.sync);
    QSignalSpy recovered(r.sync.get(), &ledger::sync::SyncNode::ownHeadRecovered);
    QTRY_VERIFY_WITH_TIMEOUT(!r.sync->awaitingOwnHead(), 30000);
    QCOMPARE(recovered.count(), 1);
    QCOMPARE(queued(r), 0);
    QCOMPARE(sealedAccesses(r), accessesBefore + 4);
    QCOMPARE(ownBlocks(r, r), beforeLoss + 1);
    QCOMPARE(lowestAccessHeight(r, r), beforeLoss); // heights run from 0: the first block after the head
    QTRY_COMPARE_WITH_TIMEOUT(ownBlocks(b, r), beforeLoss + 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(stateHash(b), stateHash(r), 20000);
    QCOMPARE(lowestAccessHeight(b, r), beforeLoss);
    QCOMPARE(scalar(b.db(), "SELECT count(*) FROM access_log;"), 4);
    review = ledger::BreakGlassQuery::forHomeClinic(r.db(), r.admin->impl().clinicRootKey, 10);
    QVERIFY(review && review->size() == 1 && review->front().access.sealed);
    QCOMPARE(scalar(r.db(), "SELECT count(*) FROM equivocations;"), 0);
    QCOMPARE(scalar(b.db(), "SELECT count(*) FROM equivocations;"), 0);

    // Sealed now, and new accesses are sealed at once.
    auto chart2 = app::ChartAccess::openChart(*r.physician, patient);
    QVERIFY2(chart2, chart2 ? "" : qPrintable(chart2.error()));
    QCOMPARE(queued(r), 0);
    auto after = app::AccessReport::write(*r.physician, patient);
    QVERIFY(after);
    QCOMPARE(after->access.size(), std::size_t(6));
    for (const ledger::AccessRow& row : after->access)
        QVERIFY(row.sealed);
}

void tst_RestoreAccessQueue::overrideSealsTheQueue()
{
    QTemporaryDir out;
    Node r;
    ledger::Id128 patient{};
    qint64 blocks = 0;
    QVERIFY(restoredWithTwoAccesses(out, r, patient, blocks));
    // Committed before the chart was returned: the physician's session goes away and another
    // connection to the node finds both accesses queued.
    r.physician.reset();
    {
        Node other;
        other.admin = openAs(out.filePath(QStringLiteral("restored")), QStringLiteral("admin"));
        QVERIFY(other.admin);
        QCOMPARE(queued(other), 2);
    }
    r.physician = openAs(out.filePath(QStringLiteral("restored")), QStringLiteral("doc"));
    QVERIFY(r.physician);
    QCOMPARE(ownBlocks(r, r), blocks);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("overrode the restore mark")));
    auto resumed = app::NodeRestore::resumeSigning(*r.admin, false);
    QVERIFY2(resumed, resumed ? "" : qPrintable(resumed.error()));
    QCOMPARE(resumed->sealedAccesses, std::size_t(2));
    QVERIFY(resumed->queueProblem.isEmpty());
    QCOMPARE(queued(r), 0);
    QCOMPARE(ownBlocks(r, r), blocks + 1);
    QCOMPARE(scalar(r.db(), "SELECT count(*) FROM access_log;"), 2);
    auto waiting = app::NodeRestore::waiting(*r.admin);
    QVERIFY(waiting && !waiting->has_value());

    // Signing runs: the next opening is sealed at once.
    QVERIFY(app::ChartAccess::openChart(*r.physician, patient));
    QCOMPARE(queued(r), 0);
    QCOMPARE(scalar(r.db(), "SELECT count(*) FROM access_log;"), 3);
}

void tst_RestoreAccessQueue::queueIsBounded()
{
    QTemporaryDir out;
    Node r;
    QVERIFY(restoredClinic(out, r));
    const ledger::Id128 patient = firstPatient(r);
    QVERIFY(app::ChartAccess::openChart(*r.physician, patient));
    // Fill the queue to its bound with copies of that row (only their ids differ).
    const std::string fill = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                             + std::to_string(ledger::UnsealedQueue::kCapacity - 1)
                             + ") INSERT INTO unsealed_entries (entry_id, hash, kind, patient_id, author, authored_ms, "
                               "authored_lc, reason, queued_at, encoded) SELECT randomblob(16), hash, kind, patient_id, "
                               "author, authored_ms, authored_lc, reason, queued_at, encoded FROM unsealed_entries, n;";
    QVERIFY(r.db().exec(fill.c_str()));
    QCOMPARE(queued(r), ledger::UnsealedQueue::kCapacity);
    const qint64 blocks = ownBlocks(r, r);

    auto refused = app::ChartAccess::openChart(*r.physician, patient);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QLatin1String("10000 chart accesses already wait"))
                 && refused.error().contains(QLatin1String("resume-signing")),
             qPrintable(refused.error()));
    auto glass = app::ChartAccess::recordBreakGlass(*r.physician, patient, QStringLiteral("seizure"), 10);
    QVERIFY(!glass);
    QCOMPARE(queued(r), ledger::UnsealedQueue::kCapacity);
    QCOMPARE(ownBlocks(r, r), blocks);
}

void tst_RestoreAccessQueue::damagedQueuedRowIsRefusedWhole()
{
    QTemporaryDir out;
    Node r;
    ledger::Id128 patient{};
    qint64 blocks = 0;
    QVERIFY(restoredWithTwoAccesses(out, r, patient, blocks));

    // Someone with the database key flips a byte of the second queued entry's signature, and
    // writes the hash of the altered bytes beside it so that the row looks whole.
    {
        auto read = r.db().prepare("SELECT seq, encoded FROM unsealed_entries ORDER BY seq DESC LIMIT 1;");
        QVERIFY(read);
        auto row = read->step();
        QVERIFY(row && *row);
        const qint64 seq = read->integer(0);
        QByteArray encoded = read->blob(1);
        encoded[encoded.size() - 1] = char(encoded.at(encoded.size() - 1) ^ 0x01);
        auto altered = ledger::Entry::decode(asView(encoded));
        QVERIFY(altered);
        auto write = r.db().prepare("UPDATE unsealed_entries SET encoded = ?, hash = ? WHERE seq = ?;");
        QVERIFY(write);
        QVERIFY(write->bind(1, encoded).bind(2, ledger::toBytes(altered->hash())).bind(3, seq).run());
    }

    // The override still lets the node sign; the queue is refused whole and stays.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("queued chart accesses stay unsealed: .*damaged")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("overrode the restore mark")));
    auto resumed = app::NodeRestore::resumeSigning(*r.admin, false);
    QVERIFY2(resumed, resumed ? "" : qPrintable(resumed.error()));
    QCOMPARE(resumed->sealedAccesses, std::size_t(0));
    QVERIFY2(resumed->queueProblem.contains(QLatin1String("damaged"))
                 && resumed->queueProblem.contains(QLatin1String("bad signature"))
                 && resumed->queueProblem.contains(QLatin1String("nothing was sealed")),
             qPrintable(resumed->queueProblem));
    QCOMPARE(queued(r), 2);
    QCOMPARE(ownBlocks(r, r), blocks);
    QCOMPARE(scalar(r.db(), "SELECT count(*) FROM access_log;"), 0);

    // Sealing directly says the same and writes nothing either; a row whose bytes no longer
    // match its hash is refused as well.
    app::Session& admin = *r.admin;
    auto direct = admin.impl().ledger->sealQueued(admin.impl().nodeKey, false);
    QVERIFY(!direct && direct.error().contains(QLatin1String("no. 2")));
    QVERIFY(r.db().exec("UPDATE unsealed_entries SET hash = zeroblob(32) WHERE seq = 1;"));
    direct = admin.impl().ledger->sealQueued(admin.impl().nodeKey, false);
    QVERIFY2(!direct && direct.error().contains(QLatin1String("no. 1"))
                 && direct.error().contains(QLatin1String("not the one that was queued")),
             direct ? "" : qPrintable(direct.error()));
    QCOMPARE(queued(r), 2);
    QCOMPARE(ownBlocks(r, r), blocks);

    // Charts keep opening, sealed at once; the damaged queue is left for the administrator.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("queued chart accesses stay unsealed")));
    QVERIFY(app::ChartAccess::openChart(*r.physician, patient));
    QCOMPARE(queued(r), 2);
    QCOMPARE(scalar(r.db(), "SELECT count(*) FROM access_log;"), 1);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("queued chart accesses stay unsealed")));
    auto report = app::AccessReport::write(*r.physician, patient);
    QVERIFY(report);
    QCOMPARE(std::count_if(report->access.begin(), report->access.end(), [](const ledger::AccessRow& a) { return !a.sealed; }),
             2);
}

QTEST_GUILESS_MAIN(tst_RestoreAccessQueue)
#include "tst_RestoreAccessQueue.moc"
