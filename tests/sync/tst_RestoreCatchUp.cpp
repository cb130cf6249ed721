// A node restored from an old backup, on real TLS nodes over loopback: it refuses to sign,
// learns its own chain's head from its peer's hello, fetches the blocks it sealed after the
// backup, clears the restore mark, signs again, and no equivocation arises: both nodes end
// with one state hash.

#include "SyncTestNode.h"

#include "app/NodeBackup.h"
#include "app/NodeRestore.h"
#include "app/Passphrase.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace medilock;
using namespace medilock::synctest;

namespace {
const QString kPassphrase = QStringLiteral("a long enough passphrase");

std::unique_ptr<app::Session> open(const QString& dir, const QString& user)
{
    auto s = app::Session::unlock(app::NodePaths{dir}, user, app::passphraseFromString(kPassphrase));
    return s ? std::move(s).value() : nullptr;
}

qint64 ownBlocks(Node& holder, Node& origin)
{
    auto stmt = holder.db().prepare("SELECT count(*) FROM blocks WHERE origin = ?;");
    if (!stmt)
        return -1;
    stmt->bind(1, origin.admin->impl().nodeKey.publicKey().bytes());
    auto row = stmt->step();
    return row && *row ? stmt->integer(0) : -1;
}
} // namespace

class tst_RestoreCatchUp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void restoredNodeCatchesUpBeforeSigning();
};

void tst_RestoreCatchUp::restoredNodeCatchesUpBeforeSigning()
{
    Node a, b;
    QVERIFY(createClinic(a, QStringLiteral("Clinic A"), true));
    QVERIFY(createClinic(b, QStringLiteral("Clinic B"), false));
    QVERIFY(trustEachOther(a, b));
    a.sync = startSync(*a.admin);
    b.sync = startSync(*b.admin);
    QVERIFY(a.sync && b.sync);
    QVERIFY(pair(a, b));
    QVERIFY(appendPatient(a, QStringLiteral("BeforeBackup")));
    QTRY_COMPARE_WITH_TIMEOUT(ownBlocks(b, a), ownBlocks(a, a), 20000);

    QTemporaryDir out;
    const QString archive = out.filePath(QStringLiteral("a.mlbackup"));
    auto made = app::NodeBackup::create(*a.admin, archive, app::passphraseFromString(QStringLiteral("the backup passphrase")),
                                        {crypto::ScryptParams{10, 8, 1}, 1u << 16});
    QVERIFY2(made, made ? "" : qPrintable(made.error()));
    const qint64 atBackup = ownBlocks(a, a);

    // A keeps sealing after the backup; B receives those blocks; then A's disk dies.
    QVERIFY(appendPatient(a, QStringLiteral("AfterBackup1")));
    QVERIFY(appendPatient(a, QStringLiteral("AfterBackup2")));
    const qint64 beforeLoss = ownBlocks(a, a);
    QCOMPARE(beforeLoss, atBackup + 2);
    QTRY_COMPARE_WITH_TIMEOUT(ownBlocks(b, a), beforeLoss, 20000);
    a.sync.reset();
    a.physician.reset();
    a.admin.reset();
    QVERIFY(QDir(a.dir.path()).removeRecursively());

    const QString target = out.filePath(QStringLiteral("restored"));
    auto restored = app::NodeRestore::restore(archive, app::passphraseFromString(QStringLiteral("the backup passphrase")),
                                              app::NodePaths{target}, QStringLiteral("admin"),
                                              app::passphraseFromString(kPassphrase));
    QVERIFY2(restored, restored ? "" : qPrintable(restored.error()));
    Node r;
    r.admin = open(target, QStringLiteral("admin"));
    r.physician = open(target, QStringLiteral("doc"));
    QVERIFY(r.admin && r.physician);
    QCOMPARE(ownBlocks(r, r), atBackup);
    // Signing now would seal a second block at a height B already holds.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("append failed: .*restored from a backup")));
    QVERIFY(!appendPatient(r, QStringLiteral("TooEarly")));

    // The restored node dials B (its peers table came back with it) and catches up.
    r.sync = startSync(*r.admin);
    QVERIFY(r.sync);
    QVERIFY(r.sync->awaitingOwnHead());
    QSignalSpy recovered(r.sync.get(), &ledger::sync::SyncNode::ownHeadRecovered);
    QTRY_VERIFY_WITH_TIMEOUT(!r.sync->awaitingOwnHead(), 30000);
    QCOMPARE(recovered.count(), 1);
    QCOMPARE(ownBlocks(r, r), beforeLoss);
    auto waiting = app::NodeRestore::waiting(*r.admin);
    QVERIFY(waiting && !waiting->has_value());

    QVERIFY(appendPatient(r, QStringLiteral("AfterCatchUp")));
    QTRY_COMPARE_WITH_TIMEOUT(ownBlocks(b, r), beforeLoss + 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(stateHash(b), stateHash(r), 20000);
    QCOMPARE(blockCount(b), blockCount(r));
    QCOMPARE(scalar(r.db(), "SELECT count(*) FROM equivocations;"), 0);
    QCOMPARE(scalar(b.db(), "SELECT count(*) FROM equivocations;"), 0);
}

QTEST_GUILESS_MAIN(tst_RestoreCatchUp)
#include "tst_RestoreCatchUp.moc"
