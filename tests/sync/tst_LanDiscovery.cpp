// LAN discovery over UDP broadcast on loopback: nodes of clinics that trust each other, paired
// at addresses that are no longer right, find each other's sync port; announcements of
// strangers are never dialled; an announcement naming a paired certificate at an address
// that cannot show it gets a TCP connection but no session.

#include "SyncTestNode.h"

#include "app/PeerPairing.h"
#include "ledger/sync/LanDiscovery.h"
#include "ledger/sync/TlsConfig.h"

#include "crypto/Random.h"

#include <QSslSocket>
#include <QTcpServer>
#include <QTest>
#include <QUdpSocket>

using namespace medilock;
using namespace medilock::synctest;
using namespace medilock::ledger::sync;

namespace {
const QHostAddress kLoopbackBroadcast(QStringLiteral("127.255.255.255"));

quint16 freeUdpPort()
{
    QUdpSocket probe;
    probe.bind(QHostAddress::AnyIPv4, 0);
    return probe.localPort();
}

void sendAnnouncement(quint16 discoveryPort, const ledger::Hash& fingerprint, quint16 syncPort)
{
    QUdpSocket socket;
    socket.writeDatagram(Announcement{fingerprint, syncPort}.encode(), kLoopbackBroadcast, discoveryPort);
}
} // namespace

class tst_LanDiscovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void announcementCodec_data();
    void announcementCodec();
    void initTestCase();
    void pairedClinicsFindEachOther();
    void strangersAreNotDialled();
    void spoofedAnnouncementGetsNoSession();
    void cleanupTestCase();

private:
    Node m_a, m_b;
    quint16 m_port = 0;
};

void tst_LanDiscovery::announcementCodec_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<bool>("valid");
    ledger::Hash fp{};
    fp.fill(0x11);
    const QByteArray good = Announcement{fp, 7000}.encode();
    QTest::newRow("good") << good << true;
    QTest::newRow("truncated") << good.left(Announcement::kSize - 1) << false;
    QTest::newRow("trailing byte") << good + '\0' << false;
    QByteArray magic = good;
    magic[0] = 'X';
    QTest::newRow("wrong magic") << magic << false;
    QByteArray version = good;
    version[4] = 2;
    QTest::newRow("version 2") << version << false;
    QTest::newRow("port 0") << Announcement{fp, 0}.encode() << false;
}

void tst_LanDiscovery::announcementCodec()
{
    QFETCH(QByteArray, datagram);
    QFETCH(bool, valid);
    const auto a = Announcement::decode(datagram);
    QCOMPARE(a.has_value(), valid);
    if (valid) {
        QCOMPARE(datagram.size(), Announcement::kSize);
        QCOMPARE(a->port, quint16(7000));
        QCOMPARE(a->encode(), datagram);
    }
}

void tst_LanDiscovery::initTestCase()
{
    m_port = freeUdpPort();
    QVERIFY(m_port != 0);
    QVERIFY(createClinic(m_a, QStringLiteral("Clinic A"), true));
    QVERIFY(createClinic(m_b, QStringLiteral("Clinic B"), false));
    QVERIFY(trustEachOther(m_a, m_b));
    const auto lan = [this](SyncConfig& c) {
        c.discoveryPort = m_port;
        c.discoveryTarget = kLoopbackBroadcast;
        c.discoveryIntervalMs = 300;
    };
    m_a.sync = startSync(*m_a.admin, lan);
    m_b.sync = startSync(*m_b.admin, lan);
    QVERIFY(m_a.sync && m_b.sync);
}

void tst_LanDiscovery::cleanupTestCase()
{
    m_a.sync.reset();
    m_b.sync.reset();
}

void tst_LanDiscovery::pairedClinicsFindEachOther()
{
    // Paired by fingerprint at addresses where nobody listens (the nodes moved): only the
    // announcements can bring them together.
    QVERIFY(app::PeerPairing::add(*m_a.admin, QStringLiteral("127.0.0.1:9"), m_b.tlsHex()));
    QVERIFY(app::PeerPairing::add(*m_b.admin, QStringLiteral("127.0.0.1:9"), m_a.tlsHex()));
    QVERIFY(appendPatient(m_a, QStringLiteral("Discovered")));
    QTRY_VERIFY_WITH_TIMEOUT(m_a.sync->connectedPeers() == 1 && stateHash(m_a) == stateHash(m_b), 10000);
    QCOMPARE(scalar(m_b.db(), "SELECT count(*) FROM patients;"), qint64(1));
}

void tst_LanDiscovery::strangersAreNotDialled()
{
    QTcpServer stranger;
    QVERIFY(stranger.listen(QHostAddress::LocalHost, 0));
    ledger::Hash unknown{};
    ledger::fromBytes(crypto::randomBytes(32), unknown);
    for (int i = 0; i < 5; ++i) {
        sendAnnouncement(m_port, unknown, stranger.serverPort());
        QTest::qWait(200);
    }
    QVERIFY(!stranger.hasPendingConnections());
    QCOMPARE(m_a.sync->connectedPeers(), std::size_t(1));
}

void tst_LanDiscovery::spoofedAnnouncementGetsNoSession()
{
    // A paired a node it has not reached yet; someone announces that node's fingerprint at
    // its own port, holding a certificate of its own.
    auto absent = crypto::TlsIdentity::generate(QStringLiteral("absent"));
    auto identity = crypto::TlsIdentity::generate(QStringLiteral("impostor"));
    QVERIFY(absent && identity);
    QVERIFY(app::PeerPairing::add(*m_a.admin, QStringLiteral("127.0.0.1:9"), absent->fingerprint()));
    QTcpServer impostor;
    QVERIFY(impostor.listen(QHostAddress::LocalHost, 0));
    std::vector<std::unique_ptr<QSslSocket>> sockets;
    int handshakes = 0;
    connect(&impostor, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket* raw = impostor.nextPendingConnection()) {
            auto socket = std::make_unique<QSslSocket>();
            socket->setSocketDescriptor(raw->socketDescriptor());
            raw->setParent(nullptr); // the descriptor now belongs to the QSslSocket
            if (TlsConfig::prepare(*socket, *identity, TlsConfig::Role::Server, [](const ledger::Hash&) { return true; }))
                socket->startServerEncryption();
            ++handshakes;
            sockets.push_back(std::move(socket));
        }
    });
    const std::size_t before = m_a.sync->connectedPeers();
    for (int i = 0; i < 5 && handshakes == 0; ++i) {
        sendAnnouncement(m_port, hashFromHex(absent->fingerprint()), impostor.serverPort());
        QTest::qWait(400);
    }
    QTRY_VERIFY_WITH_TIMEOUT(handshakes > 0, 3000); // the announcement was heard and dialled...
    QTest::qWait(500);
    QCOMPARE(m_a.sync->connectedPeers(), before);   // ...and the TLS check refused the impostor
    for (const PeerStatus& s : m_a.sync->peerStatus())
        if (s.connected)
            QCOMPARE(s.tlsFingerprint, m_b.tlsHex());
}

QTEST_GUILESS_MAIN(tst_LanDiscovery)
#include "tst_LanDiscovery.moc"
