// A catch-up long enough that the catching-up node spends most of its time storing answers
// while the next ones already arrive. Its own small messages (announcements of what it
// stored, requests) must still leave: before the fix they sat in Qt's buffer for as long as
// answers kept coming (the socket's readable side was served first, turn after turn), and
// after a minute the node banned its honest peer for "stopped reading" (issue 4, the 1M
// catch-up stall). Here the stall timeout is short, so the same starvation fails in seconds.

#include "SyncTestNode.h"

#include "app/PeerPairing.h"

#include <QTest>
#include <QThread>

using namespace medilock;
using namespace medilock::synctest;
using medilock::ledger::sync::PeerStatus;
using medilock::ledger::sync::SyncConfig;

namespace {
constexpr qint64 kEntries = 120000;
constexpr std::size_t kPerBlock = 2048;

int bansOf(ledger::sync::SyncNode& node)
{
    int bans = 0;
    for (const PeerStatus& s : node.peerStatus())
        bans += s.bans;
    return bans;
}

// A node on a thread of its own, as in medilockd or the desktop application: its peer, on
// the test's thread, keeps answering while it stores.
class NodeThread
{
public:
    ~NodeThread()
    {
        if (!m_thread.isRunning())
            return;
        QMetaObject::invokeMethod(m_anchor.get(), [this] { m_node.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    bool start(app::Session& session, const Tune& tune)
    {
        m_thread.start();
        m_anchor->moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            m_anchor.get(), [&] { m_node = startSync(session, tune); }, Qt::BlockingQueuedConnection);
        return m_node != nullptr;
    }
    int bans()
    {
        int bans = 0;
        QMetaObject::invokeMethod(m_anchor.get(), [&] { bans = bansOf(*m_node); }, Qt::BlockingQueuedConnection);
        return bans;
    }

private:
    QThread m_thread;
    std::unique_ptr<QObject> m_anchor = std::make_unique<QObject>();
    std::unique_ptr<ledger::sync::SyncNode> m_node;
};
} // namespace

class tst_SyncLongCatchUp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void honestPeerIsNotBannedDuringALongCatchUp();
};

void tst_SyncLongCatchUp::honestPeerIsNotBannedDuringALongCatchUp()
{
    Node a, b;
    QVERIFY(createClinic(a, QStringLiteral("Clinic A"), true));
    QVERIFY(createClinic(b, QStringLiteral("Clinic B"), true));
    QVERIFY(trustEachOther(a, b));
    QVERIFY(appendSynthetic(a, kEntries, kPerBlock));
    a.sync = startSync(*a.admin);
    QVERIFY(a.sync);
    // Only B dials: one session, B catching up from A.
    QVERIFY(app::PeerPairing::add(*b.admin, a.address(), a.tlsHex()));
    QVERIFY(app::PeerPairing::add(*a.admin, QStringLiteral("127.0.0.1:9"), b.tlsHex()));
    // A node whose own bytes stay unsent for 1 s of responsive time calls its peer stalled.
    NodeThread bNode;
    QVERIFY(bNode.start(*b.admin, [](SyncConfig& config) { config.limits.stallTimeoutMs = 1000; }));

    const qint64 target = blockCount(a) + blockCount(b);
    QElapsedTimer timer;
    timer.start();
    while (blockCount(b) < target && bNode.bans() == 0 && bansOf(*a.sync) == 0 && timer.elapsed() < 240000)
        QTest::qWait(100);
    QCOMPARE(bNode.bans(), 0);
    QCOMPARE(bansOf(*a.sync), 0);
    QCOMPARE(blockCount(b), target);
    QCOMPARE(stateHash(b), stateHash(a));
}

QTEST_GUILESS_MAIN(tst_SyncLongCatchUp)
#include "tst_SyncLongCatchUp.moc"
