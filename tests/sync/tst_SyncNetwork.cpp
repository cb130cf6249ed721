// Real nodes (SQLCipher, keyrings) syncing over TLS 1.3 on 127.0.0.1 with ephemeral ports:
// a line of three clinics, and clients that must be refused. Hostile peers: tst_HostilePeers.

#include "SyncTestNode.h"

#include "app/PeerPairing.h"

#include "ledger/store/Statement.h"
#include "ledger/sync/TlsConfig.h"

#include <QSslSocket>
#include <QTest>

using namespace medilock;
using namespace medilock::app;
using namespace medilock::ledger::sync;
using namespace medilock::synctest;

namespace {
// A raw TLS client with a fresh certificate, to be refused.
struct RefusedClient
{
    QSslSocket socket;
    FrameReader reader;
    crypto::TlsIdentity identity;

    bool prepare(const QString& expectedServerFp)
    {
        const ledger::Hash want = hashFromHex(expectedServerFp);
        return TlsConfig::prepare(socket, identity, TlsConfig::Role::Client,
                                  [want](const ledger::Hash& fp) { return fp == want; })
            .ok();
    }
    void connectTo(Node& target) { socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), target.sync->listeningPort()); }
    bool helloWithin(int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            reader.append(socket.readAll());
            auto f = reader.next();
            if (f && *f && (*f)->type == static_cast<std::uint8_t>(MessageType::Hello))
                return true;
            QTest::qWait(5); // runs the node under test, which lives on this thread
        }
        return false;
    }
};
} // namespace

class tst_SyncNetwork : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void lineOfThreeConverges();
    void refusedClient_data();
    void refusedClient();
    void cleanupTestCase();

private:
    Node m_a, m_b, m_c;
    std::vector<Node*> nodes() { return {&m_a, &m_b, &m_c}; }
};

void tst_SyncNetwork::initTestCase()
{
    const QString clinics[] = {QStringLiteral("Clinic A"), QStringLiteral("Clinic B"), QStringLiteral("Clinic C")};
    int i = 0;
    for (Node* n : nodes()) {
        const bool physician = n == &m_a;
        QVERIFY(createClinic(*n, clinics[i++], physician));
    }
    // Each clinic's administrator trusts the two others.
    QVERIFY(trustEachOther(m_a, m_b));
    QVERIFY(trustEachOther(m_b, m_c));
    QVERIFY(trustEachOther(m_a, m_c));
    for (Node* n : nodes()) {
        n->sync = startSync(*n->admin);
        QVERIFY(n->sync);
    }
    // A - B - C: each node pairs with its neighbours.
    QVERIFY(pair(m_a, m_b));
    QVERIFY(pair(m_b, m_c));
}

void tst_SyncNetwork::cleanupTestCase()
{
    for (Node* n : nodes())
        n->sync.reset();
}

void tst_SyncNetwork::lineOfThreeConverges()
{
    for (int i = 0; i < 3; ++i)
        QVERIFY(appendPatient(m_a, QStringLiteral("Line%1").arg(i)));
    const qint64 blocksA = scalar(m_a.db(), "SELECT count(*) FROM blocks;");
    QVERIFY(blocksA > 0);
    // Every node ends with every block and one state hash. Convergence is what is checked
    // here (bench_SyncCatchUp measures speed): the bound leaves room for a reconnection
    // back-off on a loaded machine (2 of about 40 runs missed a 20 s bound under load).
    const auto converged = [this] {
        return scalar(m_a.db(), "SELECT count(*) FROM blocks;") == scalar(m_c.db(), "SELECT count(*) FROM blocks;")
            && scalar(m_b.db(), "SELECT count(*) FROM blocks;") == scalar(m_c.db(), "SELECT count(*) FROM blocks;")
            && stateHash(m_a) == stateHash(m_b) && stateHash(m_b) == stateHash(m_c);
    };
    if (!QTest::qWaitFor(converged, 60000)) {
        // What each node saw of its peers: a ban, a link that never came up, or a lag.
        const char* names[] = {"A", "B", "C"};
        int i = 0;
        for (Node* n : nodes()) {
            qWarning("node %s: %lld blocks", names[i++], scalar(n->db(), "SELECT count(*) FROM blocks;"));
            for (const PeerStatus& s : n->sync->peerStatus())
                qWarning("  peer %s connected=%d lastContact=%lld behind=%llu ahead=%llu failed=%d bans=%d",
                         qPrintable(s.tlsFingerprint.left(8)), s.connected, s.lastContactMs,
                         static_cast<unsigned long long>(s.blocksBehind), static_cast<unsigned long long>(s.blocksAhead),
                         s.failedVerifications, s.bans);
        }
        QFAIL("the line of three did not converge within 60 s");
    }
    QVERIFY(!stateHash(m_a).isEmpty());
    QCOMPARE(scalar(m_c.db(), "SELECT count(*) FROM patients;"), qint64(3));
    // A and C never talked: the line is the only path.
    for (const PeerStatus& s : m_a.sync->peerStatus())
        QVERIFY(s.tlsFingerprint != m_c.tlsHex() || !s.connected);
    bool bSeesBoth = true;
    for (const PeerStatus& s : m_b.sync->peerStatus())
        if (s.tlsFingerprint == m_a.tlsHex() || s.tlsFingerprint == m_c.tlsHex())
            bSeesBoth = bSeesBoth && s.connected && s.lastContactMs > 0 && s.bans == 0;
    QVERIFY(bSeesBoth);
}

void tst_SyncNetwork::refusedClient_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("no certificate") << QStringLiteral("none");
    QTest::newRow("unpaired certificate") << QStringLiteral("unpaired");
    QTest::newRow("TLS 1.2 only") << QStringLiteral("tls12");
}

void tst_SyncNetwork::refusedClient()
{
    QFETCH(QString, kind);
    const std::size_t peersBefore = m_a.sync->connectedPeers();
    RefusedClient peer;
    auto identity = crypto::TlsIdentity::generate(QStringLiteral("client"));
    QVERIFY(identity);
    peer.identity = std::move(identity).value();
    if (kind == QLatin1String("none")) {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setProtocol(QSsl::TlsV1_3OrLater);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        peer.socket.setSslConfiguration(config);
        peer.socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_a.sync->listeningPort());
    } else {
        if (kind == QLatin1String("tls12"))
            QVERIFY(PeerPairing::add(*m_a.admin, QStringLiteral("127.0.0.1:9"), peer.identity.fingerprint()));
        QVERIFY(peer.prepare(m_a.tlsHex()));
        if (kind == QLatin1String("tls12")) {
            QSslConfiguration config = peer.socket.sslConfiguration();
            config.setProtocol(QSsl::TlsV1_2);
            peer.socket.setSslConfiguration(config);
        }
        peer.connectTo(m_a);
    }
    // A says hello only to an accepted peer: none arrives, and the connection ends.
    QVERIFY(!peer.helloWithin(1500));
    QTRY_VERIFY_WITH_TIMEOUT(peer.socket.state() == QAbstractSocket::UnconnectedState, 3000);
    QCOMPARE(m_a.sync->connectedPeers(), peersBefore);
}

QTEST_GUILESS_MAIN(tst_SyncNetwork)
#include "tst_SyncNetwork.moc"
