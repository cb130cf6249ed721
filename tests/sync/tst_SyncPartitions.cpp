// Three clinics' nodes, every pair linked only through a TCP proxy that the test cuts and
// restores at random while each node keeps appending. After the network heals every node
// must hold the same state hash within 10 s.

#include "PartitionProxy.h"
#include "SyncTestNode.h"

#include "app/PeerPairing.h"

#include <QRandomGenerator>
#include <QTest>

using namespace medilock;
using namespace medilock::synctest;

class tst_SyncPartitions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void convergesAfterRandomPartitions();
};

void tst_SyncPartitions::convergesAfterRandomPartitions()
{
    Node nodes[3];
    const QString names[] = {QStringLiteral("Clinic A"), QStringLiteral("Clinic B"), QStringLiteral("Clinic C")};
    for (int i = 0; i < 3; ++i)
        QVERIFY(createClinic(nodes[i], names[i], true));
    for (int i = 0; i < 3; ++i)
        for (int j = i + 1; j < 3; ++j)
            QVERIFY(trustEachOther(nodes[i], nodes[j]));
    for (Node& n : nodes) {
        n.sync = startSync(*n.admin);
        QVERIFY(n.sync);
    }
    // Each node dials each other one through a proxy of its own: proxy[i][j] carries i -> j.
    std::unique_ptr<PartitionProxy> proxy[3][3];
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j) {
            if (i == j)
                continue;
            proxy[i][j] = std::make_unique<PartitionProxy>(nodes[j].sync->listeningPort());
            QVERIFY(proxy[i][j]->listen());
            QVERIFY(app::PeerPairing::add(*nodes[i].admin, proxy[i][j]->address(), nodes[j].tlsHex()));
        }
    const auto setLink = [&proxy](int i, int j, bool up) {
        for (PartitionProxy* p : {proxy[i][j].get(), proxy[j][i].get()})
            up ? p->restore() : p->cut();
    };

    QRandomGenerator* random = QRandomGenerator::global();
    QElapsedTimer chaos;
    chaos.start();
    int appended = 0, cuts = 0;
    while (chaos.elapsed() < 8000) {
        const int i = random->bounded(3);
        const int j = (i + 1 + random->bounded(2)) % 3;
        const bool up = random->bounded(2) == 0;
        setLink(i, j, up);
        cuts += up ? 0 : 1;
        QVERIFY(appendPatient(nodes[random->bounded(3)], QStringLiteral("Split%1").arg(appended++)));
        QTest::qWait(100 + random->bounded(400));
    }
    QVERIFY(cuts > 3);

    // Heal: every link back, and one state hash everywhere within 10 s.
    for (int i = 0; i < 3; ++i)
        for (int j = i + 1; j < 3; ++j)
            setLink(i, j, true);
    QElapsedTimer healing;
    healing.start();
    QTRY_VERIFY_WITH_TIMEOUT(stateHash(nodes[0]) == stateHash(nodes[1]) && stateHash(nodes[1]) == stateHash(nodes[2]),
                             10000);
    qInfo("converged %lld ms after healing; %d entries appended, %d cuts", healing.elapsed(), appended, cuts);
    const qint64 patients = scalar(nodes[0].db(), "SELECT count(*) FROM patients;");
    QCOMPARE(patients, qint64(appended));
    // A cut in the middle of a frame is a lost connection, never a protocol violation.
    for (Node& n : nodes)
        for (const ledger::sync::PeerStatus& s : n.sync->peerStatus())
            QCOMPARE(s.bans, 0);
    for (Node& n : nodes)
        n.sync.reset();
}

QTEST_GUILESS_MAIN(tst_SyncPartitions)
#include "tst_SyncPartitions.moc"
