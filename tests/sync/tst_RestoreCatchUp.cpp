// A node restored from an old backup, on real TLS nodes over loopback: it refuses to sign,
// learns its own chain's head from its peer's hello, fetches the blocks it sealed after the
// backup, clears the restore mark, signs again, and no equivocation arises: both nodes end
// with one state hash.

#include "FakePeer.h"
#include "SyncTestNode.h"

#include "app/NodeBackup.h"
#include "app/NodeRestore.h"
#include "app/Passphrase.h"
#include "app/PeerPairing.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace medilock;
using namespace medilock::synctest;
using namespace medilock::ledger::sync;


class tst_RestoreCatchUp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void restoredNodeCatchesUpBeforeSigning();
    void unfetchableReportedHeadKeepsTheMark();
};

void tst_RestoreCatchUp::restoredNodeCatchesUpBeforeSigning()
{
    Node a, b;
    QVERIFY(syncingClinics(a, b));
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
                                              app::passphraseFromString(QStringLiteral("a long enough passphrase")));
    QVERIFY2(restored, restored ? "" : qPrintable(restored.error()));
    Node r;
    r.admin = openAs(target, QStringLiteral("admin"));
    r.physician = openAs(target, QStringLiteral("doc"));
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

void tst_RestoreCatchUp::unfetchableReportedHeadKeepsTheMark()
{
    Node a;
    QVERIFY(createClinic(a, QStringLiteral("Clinic A"), true));
    QTemporaryDir out;
    const QString archive = out.filePath(QStringLiteral("a.mlbackup"));
    const auto backupPass = app::passphraseFromString(QStringLiteral("the backup passphrase"));
    QVERIFY(app::NodeBackup::create(*a.admin, archive, backupPass, {crypto::ScryptParams{10, 8, 1}, 1u << 16}));
    const QString target = out.filePath(QStringLiteral("restored"));
    QVERIFY(app::NodeRestore::restore(archive, backupPass, app::NodePaths{target}, QStringLiteral("admin"),
                                      app::passphraseFromString(QStringLiteral("a long enough passphrase"))));
    Node r;
    r.admin = openAs(target, QStringLiteral("admin"));
    r.physician = openAs(target, QStringLiteral("doc"));
    QVERIFY(r.admin && r.physician);
    r.sync = startSync(*r.admin);
    QVERIFY(r.sync);

    // A paired peer says this node's chain is 3 blocks longer, then has none of them.
    auto identity = crypto::TlsIdentity::generate(QStringLiteral("liar"));
    QVERIFY(identity);
    QVERIFY(app::PeerPairing::add(*r.admin, QStringLiteral("127.0.0.1:9"), identity->fingerprint()));
    FakePeer peer(std::move(identity).value());
    QVERIFY(peer.connectTo(r.sync->listeningPort(), r.tlsHex()));
    QVERIFY(peer.waitFor(MessageType::Hello).has_value());
    const ledger::PublicKeyBytes own = publicKeyOf(r.admin->impl().nodeKey);
    auto head = r.admin->impl().ledger->store().headOf(own);
    QVERIFY(head && *head);
    ledger::Hash claimed{};
    claimed.fill(0x77);
    const auto liar = crypto::Ed25519PrivateKey::generate();
    peer.send(Hello{kProtocolVersion, publicKeyOf(liar), {{own, (*head)->height + 3, claimed}}});
    auto request = peer.waitFor(MessageType::GetBlocks);
    QVERIFY(request.has_value());
    QVERIFY(std::get<GetBlocks>(*request).origin == own);
    QCOMPARE(std::get<GetBlocks>(*request).fromHeight, (*head)->height + 1);
    peer.send(Blocks{{}}); // "I do not have it"
    // Answered in order: once the pong is back, the empty answer has been handled.
    peer.send(Ping{42});
    QVERIFY(peer.waitFor(MessageType::Pong).has_value());

    QVERIFY(r.sync->awaitingOwnHead());
    auto waiting = app::NodeRestore::waiting(*r.admin);
    QVERIFY(waiting && waiting->has_value());
    QCOMPARE((*waiting)->peerReportedHeight.value_or(0), quint64((*head)->height + 3));
    QVERIFY(!(*waiting)->reportedHeadHeld);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("append failed: .*restored from a backup")));
    QVERIFY(!appendPatient(r, QStringLiteral("Blocked")));
    auto refused = app::NodeRestore::resumeSigning(*r.admin, false);
    QVERIFY2(!refused && refused.error().contains(QLatin1String("fork")), refused ? "" : qPrintable(refused.error()));
}

QTEST_GUILESS_MAIN(tst_RestoreCatchUp)
#include "tst_RestoreCatchUp.moc"
