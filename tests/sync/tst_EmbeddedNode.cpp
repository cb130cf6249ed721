// The sync node inside the desktop application: on its own thread, it brings a peer's
// records into this node's projection while the application's session stays usable, and
// the status bar's summary reads what it records.

#include "SyncTestNode.h"

#include "app/EmbeddedNode.h"
#include "app/PeerPairing.h"
#include "app/SyncSummary.h"

#include <QDateTime>
#include <QTest>
#include <QThread>

using namespace medilock;
using namespace medilock::synctest;

class tst_EmbeddedNode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bringsPeerRecordsAndReportsStatus()
    {
        Node a, b;
        QVERIFY(createClinic(a, QStringLiteral("Clinic A"), true));
        QVERIFY(createClinic(b, QStringLiteral("Clinic B"), true));
        QVERIFY(trustEachOther(a, b));
        a.sync = startSync(*a.admin);
        QVERIFY(a.sync);
        QVERIFY(app::PeerPairing::add(*a.admin, QStringLiteral("127.0.0.1:9"), b.tlsHex()));

        // Without peers, B's application runs no node and the status bar says nothing.
        auto none = app::EmbeddedNode::hasPeers(*b.physician);
        QVERIFY(none.ok() && !*none);
        auto quiet = app::SyncSummary::read(*b.physician, QDateTime::currentMSecsSinceEpoch());
        QVERIFY(quiet.ok());
        QVERIFY(quiet->text().isEmpty());

        QVERIFY(app::PeerPairing::add(*b.admin, a.address(), a.tlsHex()));
        auto peers = app::EmbeddedNode::hasPeers(*b.physician);
        QVERIFY(peers.ok() && *peers);
        auto embedded = app::EmbeddedNode::start(*b.physician);
        QVERIFY2(embedded.ok(), qPrintable(embedded ? QString() : embedded.error()));

        // A's record reaches B's projection, through the node on its own thread, while B's
        // physician session (the application's) keeps signing its own.
        QVERIFY(appendPatient(a, QStringLiteral("Okafor")));
        QVERIFY(appendPatient(b, QStringLiteral("Mensah")));
        QTRY_VERIFY_WITH_TIMEOUT(stateHash(a) == stateHash(b), 20000);
        QCOMPARE(scalar(b.db(), "SELECT count(*) FROM patients WHERE family = 'Okafor';"), 1);

        // The status the window shows: one peer, connected.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto s = app::SyncSummary::read(*b.physician, QDateTime::currentMSecsSinceEpoch());
                return s.ok() && s->peers == 1 && s->connected == 1 && !s->needsAttention()
                    && s->text().contains(QLatin1String("1 of 1"));
            }(),
            20000);

        // Stopping joins its thread promptly; the session stays usable after it.
        embedded->reset();
        QVERIFY(appendPatient(b, QStringLiteral("Costa")));
        a.sync.reset();
    }
};

QTEST_GUILESS_MAIN(tst_EmbeddedNode)
#include "tst_EmbeddedNode.moc"
