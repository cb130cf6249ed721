// Real nodes (SQLCipher, keyrings) syncing over TLS 1.3 on 127.0.0.1 with ephemeral ports:
// a line of three clinics, scripted hostile peers, and clients that must be refused.

#include "app/ClinicTrust.h"
#include "app/NodeSetup.h"
#include "app/Passphrase.h"
#include "app/PeerPairing.h"
#include "app/Session.h"
#include "app/SessionImpl.h"
#include "app/daemon/NodeService.h"

#include "crypto/ByteReader.h"
#include "crypto/Hex.h"
#include "crypto/Random.h"
#include "ledger/AdminPayload.h"
#include "ledger/projection/Projection.h"
#include "ledger/store/Statement.h"
#include "ledger/sync/SyncNode.h"
#include "ledger/sync/TlsConfig.h"

#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace medilock;
using namespace medilock::app;
using namespace medilock::ledger::sync;

namespace {
const QString kPassphrase = QStringLiteral("a long enough passphrase");

struct Node
{
    QTemporaryDir dir;
    std::unique_ptr<Session> admin;
    std::unique_ptr<Session> physician;
    std::unique_ptr<SyncNode> sync;

    QString rootHex() const { return admin->identity().clinicFingerprint; }
    QString tlsHex() const { return admin->identity().tlsFingerprint; }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(sync->listeningPort()); }
    ledger::Database& db() { return admin->impl().db; }
};

qint64 scalar(ledger::Database& db, const char* sql)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return -1;
    auto row = stmt->step();
    return row && *row ? stmt->integer(0) : -1;
}

QByteArray stateHash(Node& n)
{
    auto h = ledger::Projection::stateHash(n.db());
    return h ? ledger::toBytes(*h) : QByteArray();
}

bool appendPatient(Node& n, const QString& family)
{
    const QByteArray payload = QStringLiteral(R"({"resourceType":"Patient","name":[{"family":"%1","given":["Ann"]}],)"
                                              R"("gender":"female","birthDate":"1980-01-01"})")
                                   .arg(family)
                                   .toUtf8();
    ledger::EntryDraft draft{ledger::EntryKind::PatientRegistered, {}, {}, payload, {}};
    const auto random = crypto::randomBytes(32);
    std::copy(random.begin(), random.begin() + 16, draft.entryId.begin());
    std::copy(random.begin() + 16, random.end(), draft.patientId.begin());
    auto r = n.physician->impl().append(std::span(&draft, 1));
    if (!r)
        qWarning("append failed: %s", qPrintable(r.error()));
    return r.ok();
}

std::unique_ptr<SyncNode> startSync(Session& session)
{
    auto config = NodeService::configFor(session, NodeService::Listen{QHostAddress::LocalHost, 0});
    if (!config)
        return nullptr;
    config->reconnectMinMs = 100;
    config->reconnectMaxMs = 1000;
    config->limits.handshakeTimeoutMs = 3000;
    auto node = SyncNode::create(std::move(config).value());
    if (!node || !(*node)->start())
        return nullptr;
    return std::move(node).value();
}

ledger::Hash hashFromHex(const QString& hex)
{
    ledger::Hash h{};
    ledger::fromBytes(QByteArray::fromHex(hex.toLatin1()), h);
    return h;
}

// A raw TLS client speaking the frame format by hand.
struct ScriptedPeer
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
    // The next frame of the given type (others are skipped), within the timeout.
    std::optional<Frame> waitFor(MessageType type, int timeoutMs = 3000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            reader.append(socket.readAll());
            for (;;) {
                auto f = reader.next();
                if (!f || !*f)
                    break;
                if ((*f)->type == static_cast<std::uint8_t>(type))
                    return **f;
            }
            QTest::qWait(5); // runs the node under test, which lives on this thread
        }
        return std::nullopt;
    }
};
} // namespace

class tst_SyncNetwork : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void lineOfThreeConverges();
    void hostilePeer_data();
    void hostilePeer();
    void refusedClient_data();
    void refusedClient();
    void cleanupTestCase();

private:
    Node m_a, m_b, m_c;
    std::vector<Node*> nodes() { return {&m_a, &m_b, &m_c}; }
};

void tst_SyncNetwork::initTestCase()
{
    const auto pass = passphraseFromString(kPassphrase);
    const QString clinics[] = {QStringLiteral("Clinic A"), QStringLiteral("Clinic B"), QStringLiteral("Clinic C")};
    int i = 0;
    for (Node* n : nodes()) {
        QVERIFY(n->dir.isValid());
        const NodePaths paths{n->dir.path()};
        auto init = NodeSetup::initialize(paths, clinics[i++], QStringLiteral("admin"), pass);
        QVERIFY2(init, qPrintable(init ? QString() : init.error()));
        auto admin = Session::unlock(paths, QStringLiteral("admin"), pass);
        QVERIFY(admin);
        n->admin = std::move(admin).value();
    }
    // Each clinic's administrator trusts the two others.
    for (Node* n : nodes())
        for (Node* other : nodes())
            if (n != other)
                QVERIFY(ClinicTrust::trust(*n->admin, other->rootHex(), QString()));
    QVERIFY(m_a.admin->addUser(QStringLiteral("doc"), Role::Physician, pass));
    auto doc = Session::unlock(NodePaths{m_a.dir.path()}, QStringLiteral("doc"), pass);
    QVERIFY(doc);
    m_a.physician = std::move(doc).value();
    for (Node* n : nodes()) {
        n->sync = startSync(*n->admin);
        QVERIFY(n->sync);
    }
    // A - B - C: each node pairs with its neighbours.
    QVERIFY(PeerPairing::add(*m_a.admin, m_b.address(), m_b.tlsHex()));
    QVERIFY(PeerPairing::add(*m_b.admin, m_a.address(), m_a.tlsHex()));
    QVERIFY(PeerPairing::add(*m_b.admin, m_c.address(), m_c.tlsHex()));
    QVERIFY(PeerPairing::add(*m_c.admin, m_b.address(), m_b.tlsHex()));
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
    // Every node ends with every block and one state hash.
    QTRY_VERIFY_WITH_TIMEOUT(scalar(m_a.db(), "SELECT count(*) FROM blocks;") == scalar(m_c.db(), "SELECT count(*) FROM blocks;")
                                 && scalar(m_b.db(), "SELECT count(*) FROM blocks;") == scalar(m_c.db(), "SELECT count(*) FROM blocks;")
                                 && stateHash(m_a) == stateHash(m_b) && stateHash(m_b) == stateHash(m_c),
                             20000);
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

void tst_SyncNetwork::hostilePeer_data()
{
    QTest::addColumn<QString>("attack");
    QTest::newRow("oversized frame") << QStringLiteral("oversized");
    QTest::newRow("malformed frame") << QStringLiteral("malformed");
    QTest::newRow("unknown type") << QStringLiteral("unknown-type");
    QTest::newRow("bad block signature") << QStringLiteral("bad-signature");
    QTest::newRow("unsolicited blocks") << QStringLiteral("unsolicited");
    QTest::newRow("request flood") << QStringLiteral("flood");
}

void tst_SyncNetwork::hostilePeer()
{
    QFETCH(QString, attack);
    auto identity = crypto::TlsIdentity::generate(QStringLiteral("attacker"));
    QVERIFY(identity);
    // Paired on A, so the attack gets past TLS (an unreachable address: A never reaches it).
    QVERIFY(PeerPairing::add(*m_a.admin, QStringLiteral("127.0.0.1:9"), identity->fingerprint()));
    const qint64 blocksBefore = scalar(m_a.db(), "SELECT count(*) FROM blocks;");

    ScriptedPeer peer;
    peer.identity = std::move(identity).value();
    QVERIFY(peer.prepare(m_a.tlsHex()));
    peer.connectTo(m_a);
    QVERIFY(peer.waitFor(MessageType::Hello).has_value());

    // A node key of the attacker and one block of its chain, sealed by it.
    const auto key = crypto::Ed25519PrivateKey::generate();
    ledger::Entry::Fields fields;
    fields.kind = ledger::EntryKind::ClinicFounded;
    std::copy_n(crypto::randomBytes(16).begin(), 16, fields.entryId.begin());
    fields.authoredAt = ledger::HlcTime{static_cast<std::uint64_t>(QDateTime::currentMSecsSinceEpoch()), 0};
    fields.payload = ledger::ClinicFoundedPayload{QStringLiteral("Evil")}.encode();
    auto entry = ledger::Entry::sign(fields, key);
    QVERIFY(entry);
    auto block = ledger::Block::seal({std::move(entry).value()}, std::nullopt, 1, key);
    QVERIFY(block);
    ledger::PublicKeyBytes origin{};
    ledger::fromBytes(key.publicKey().bytes(), origin);

    Hello hello{kProtocolVersion, origin, {}};
    if (attack == QLatin1String("bad-signature"))
        hello.heads.push_back({origin, 0, block->hash()});
    peer.socket.write(encodeMessage(hello));

    QByteArray payload;
    if (attack == QLatin1String("oversized")) {
        ByteWriter(payload).u32(kMaxFrameLength + 1).u8(3);
        peer.socket.write(payload);
    } else if (attack == QLatin1String("malformed")) {
        peer.socket.write(encodeFrame(static_cast<std::uint8_t>(MessageType::Ping), QByteArray(3, 'x')));
    } else if (attack == QLatin1String("unknown-type")) {
        peer.socket.write(encodeFrame(0x42, {}));
    } else if (attack == QLatin1String("unsolicited")) {
        peer.socket.write(encodeMessage(Blocks{{*block}}));
    } else if (attack == QLatin1String("flood")) {
        for (int i = 0; i < 64; ++i)
            peer.socket.write(encodeMessage(GetBlocks{origin, 0, 256}));
    } else {
        // Answer A's request with the block, its signature broken.
        QVERIFY(peer.waitFor(MessageType::GetBlocks).has_value());
        QByteArray wire = block->encode();
        wire[ledger::BlockHeader::kSize] = static_cast<char>(wire[ledger::BlockHeader::kSize] ^ 0x01);
        ByteWriter(payload).u32(1).u32(static_cast<std::uint32_t>(wire.size())).bytes(wire);
        peer.socket.write(encodeFrame(static_cast<std::uint8_t>(MessageType::Blocks), payload));
    }
    QElapsedTimer sent;
    sent.start();
    QTRY_VERIFY_WITH_TIMEOUT(peer.socket.state() == QAbstractSocket::UnconnectedState, 1000);
    QVERIFY(sent.elapsed() < 1000);
    QVERIFY(m_a.sync->isBanned(hashFromHex(peer.identity.fingerprint())));
    QCOMPARE(scalar(m_a.db(), "SELECT count(*) FROM blocks;"), blocksBefore);
    QCOMPARE(m_a.sync->pendingBlocks(), std::size_t(0));

    // Banned: refused at the handshake from now on.
    ScriptedPeer again;
    again.identity = peer.identity.clone();
    QVERIFY(again.prepare(m_a.tlsHex()));
    again.connectTo(m_a);
    QVERIFY(!again.waitFor(MessageType::Hello, 1500).has_value());

    // Meanwhile the honest peer keeps syncing.
    QVERIFY(appendPatient(m_a, QStringLiteral("After%1").arg(attack)));
    QTRY_VERIFY_WITH_TIMEOUT(stateHash(m_a) == stateHash(m_b), 5000);
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
    ScriptedPeer peer;
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
    QVERIFY(!peer.waitFor(MessageType::Hello, 1500).has_value());
    QTRY_VERIFY_WITH_TIMEOUT(peer.socket.state() == QAbstractSocket::UnconnectedState, 3000);
    QCOMPARE(m_a.sync->connectedPeers(), peersBefore);
}

QTEST_GUILESS_MAIN(tst_SyncNetwork)
#include "tst_SyncNetwork.moc"
