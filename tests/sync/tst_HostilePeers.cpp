// Scripted hostile peers against a real node over TLS 1.3 on loopback. Each attack must end
// with the attacker disconnected and banned within a second, nothing it sent stored, and the
// honest peer still syncing. Node A is under attack; B is its honest peer; M is a trusted
// clinic whose node key (and, for the equivocation, certificate) the attacker holds.

#include "FakePeer.h"
#include "SyncTestNode.h"

#include "app/PeerPairing.h"

#include "crypto/ByteReader.h"
#include "crypto/Random.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <algorithm>

using namespace medilock;
using namespace medilock::synctest;
using namespace medilock::ledger::sync;

namespace {
constexpr std::size_t kPendingCap = 8;
constexpr qint64 kBacklogCap = 3 << 19; // 1.5 MiB: above what one read of pings can queue

void tuneTarget(SyncConfig& c)
{
    c.maxPendingBlocks = kPendingCap;
    c.limits.maxWriteBacklog = kBacklogCap;
}
} // namespace

class tst_HostilePeers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void unknownOriginWaitsPending();
    void attack_data();
    void attack();
    void equivocationProofReachesOtherPeers();
    void bansSurviveRestart();
    void peersCommandReportsWhatTheNodeRecorded();
    void cleanupTestCase();

private:
    // A fresh certificate, paired on A (an unreachable address: A never dials it).
    crypto::TlsIdentity pairedStranger();
    ledger::PublicKeyBytes mOrigin() const { return publicKeyOf(m_m.admin->impl().nodeKey); }
    ledger::ChainHead headOfM();
    std::optional<ledger::Block> blockOfM(std::uint64_t height);
    void verifyBannedAndHarmless(FakePeer& peer, const QByteArray& stateBefore, qint64 blocksBefore);
    void verifyHonestPeerSyncs(const QString& tag);

    Node m_a, m_b, m_m;
};

void tst_HostilePeers::initTestCase()
{
    QVERIFY(createClinic(m_a, QStringLiteral("Clinic A"), true));
    QVERIFY(createClinic(m_b, QStringLiteral("Clinic B"), false));
    QVERIFY(createClinic(m_m, QStringLiteral("Clinic M"), false));
    QVERIFY(trustEachOther(m_a, m_b));
    QVERIFY(trustEachOther(m_a, m_m));
    QVERIFY(trustEachOther(m_b, m_m));
    m_a.sync = startSync(*m_a.admin, tuneTarget);
    m_b.sync = startSync(*m_b.admin);
    m_m.sync = startSync(*m_m.admin);
    QVERIFY(m_a.sync && m_b.sync && m_m.sync);
    QVERIFY(pair(m_a, m_b));
    QVERIFY(pair(m_b, m_m));
    QTRY_VERIFY_WITH_TIMEOUT(!stateHash(m_a).isEmpty() && stateHash(m_a) == stateHash(m_b)
                                 && stateHash(m_b) == stateHash(m_m),
                             20000);
    // From now on M's chain only moves when the attacker (holding M's keys) moves it.
    m_m.sync.reset();
    QVERIFY(headOfM().height >= 1);
}

void tst_HostilePeers::cleanupTestCase()
{
    m_a.sync.reset();
    m_b.sync.reset();
}

crypto::TlsIdentity tst_HostilePeers::pairedStranger()
{
    auto identity = crypto::TlsIdentity::generate(QStringLiteral("attacker"));
    if (!identity || !app::PeerPairing::add(*m_a.admin, QStringLiteral("127.0.0.1:9"), identity->fingerprint()))
        qFatal("cannot make a paired certificate");
    return std::move(identity).value();
}

ledger::ChainHead tst_HostilePeers::headOfM()
{
    auto head = m_m.admin->impl().ledger->store().headOf(mOrigin());
    return head && *head ? **head : ledger::ChainHead{};
}

std::optional<ledger::Block> tst_HostilePeers::blockOfM(std::uint64_t height)
{
    auto block = m_m.admin->impl().ledger->store().load(mOrigin(), height);
    return block ? *block : std::nullopt;
}

void tst_HostilePeers::verifyBannedAndHarmless(FakePeer& peer, const QByteArray& stateBefore, qint64 blocksBefore)
{
    QVERIFY2(peer.disconnectedWithin(1000), "the hostile peer was not disconnected within 1 s");
    const ledger::Hash fp = hashFromHex(peer.identity().fingerprint());
    QVERIFY(m_a.sync->isBanned(fp));
    QCOMPARE(blockCount(m_a), blocksBefore);
    QCOMPARE(stateHash(m_a), stateBefore);
    QCOMPARE(m_a.sync->pendingBlocksFrom(fp), std::size_t(0));
    // Banned: refused at the handshake from now on.
    FakePeer again(peer.identity().clone());
    QVERIFY(again.connectTo(m_a.sync->listeningPort(), m_a.tlsHex()));
    QVERIFY(!again.waitFor(MessageType::Hello, 1000).has_value());
}

void tst_HostilePeers::verifyHonestPeerSyncs(const QString& tag)
{
    const auto bConnected = [this] {
        const auto status = m_a.sync->peerStatus();
        return std::any_of(status.begin(), status.end(),
                           [this](const PeerStatus& s) { return s.tlsFingerprint == m_b.tlsHex() && s.connected && s.bans == 0; });
    };
    QVERIFY(bConnected());
    QVERIFY(appendPatient(m_a, QStringLiteral("After%1").arg(tag)));
    QTRY_VERIFY_WITH_TIMEOUT(stateHash(m_a) == stateHash(m_b), 5000);
}

void tst_HostilePeers::unknownOriginWaitsPending()
{
    // An origin no trusted clinic certified: its block waits, unstored, and the peer stays.
    FakePeer peer(pairedStranger());
    QVERIFY(peer.connectTo(m_a.sync->listeningPort(), m_a.tlsHex()));
    QVERIFY(peer.waitFor(MessageType::Hello).has_value());
    const auto key = crypto::Ed25519PrivateKey::generate();
    const ledger::Block genesis = forgeBlock(key, std::nullopt, QStringLiteral("Unknown"));
    const QByteArray stateBefore = stateHash(m_a);
    const qint64 blocksBefore = blockCount(m_a);
    peer.send(Hello{kProtocolVersion, publicKeyOf(key), {{publicKeyOf(key), 0, genesis.hash()}}});
    auto request = peer.waitFor(MessageType::GetBlocks);
    QVERIFY(request.has_value());
    QCOMPARE(std::get<GetBlocks>(*request).fromHeight, std::uint64_t(0));
    peer.send(Blocks{{genesis}});
    const ledger::Hash fp = hashFromHex(peer.identity().fingerprint());
    QTRY_COMPARE_WITH_TIMEOUT(m_a.sync->pendingBlocksFrom(fp), std::size_t(1), 2000);
    QVERIFY(!peer.disconnectedWithin(300));
    QVERIFY(!m_a.sync->isBanned(fp));
    QCOMPARE(blockCount(m_a), blocksBefore);
    QCOMPARE(stateHash(m_a), stateBefore);
    peer.send(Goodbye{GoodbyeReason::Shutdown});
    QVERIFY(peer.disconnectedWithin(2000));
}

void tst_HostilePeers::attack_data()
{
    QTest::addColumn<QString>("attack");
    QTest::newRow("oversized frame") << QStringLiteral("oversized");
    QTest::newRow("malformed frame") << QStringLiteral("malformed");
    QTest::newRow("unknown type") << QStringLiteral("unknown-type");
    QTest::newRow("bad block signature") << QStringLiteral("bad-signature");
    QTest::newRow("unsolicited blocks") << QStringLiteral("unsolicited");
    QTest::newRow("request flood") << QStringLiteral("flood");
    QTest::newRow("broken previous-hash link") << QStringLiteral("broken-link");
    QTest::newRow("pending set overflow") << QStringLiteral("pending-overflow");
    QTest::newRow("stops reading") << QStringLiteral("stops-reading");
}

void tst_HostilePeers::attack()
{
    QFETCH(QString, attack);
    FakePeer peer(pairedStranger());
    const QByteArray stateBefore = stateHash(m_a);
    const qint64 blocksBefore = blockCount(m_a);
    QVERIFY(peer.connectTo(m_a.sync->listeningPort(), m_a.tlsHex(), attack == QLatin1String("stops-reading")));
    QVERIFY(peer.waitFor(MessageType::Hello).has_value());

    const auto key = crypto::Ed25519PrivateKey::generate();
    const ledger::PublicKeyBytes origin = publicKeyOf(key);
    const ledger::Block genesis = forgeBlock(key, std::nullopt);

    if (attack == QLatin1String("oversized")) {
        peer.send(Hello{kProtocolVersion, origin, {}});
        QByteArray bytes;
        ByteWriter(bytes).u32(kMaxFrameLength + 1).u8(3);
        peer.sendRaw(bytes);
    } else if (attack == QLatin1String("malformed")) {
        peer.send(Hello{kProtocolVersion, origin, {}});
        peer.sendRaw(encodeFrame(static_cast<std::uint8_t>(MessageType::Ping), QByteArray(3, 'x')));
    } else if (attack == QLatin1String("unknown-type")) {
        peer.send(Hello{kProtocolVersion, origin, {}});
        peer.sendRaw(encodeFrame(0x42, {}));
    } else if (attack == QLatin1String("unsolicited")) {
        peer.send(Hello{kProtocolVersion, origin, {}});
        peer.send(Blocks{{genesis}});
    } else if (attack == QLatin1String("flood")) {
        peer.send(Hello{kProtocolVersion, origin, {}});
        for (int i = 0; i < 64; ++i)
            peer.send(GetBlocks{origin, 0, 256});
    } else if (attack == QLatin1String("bad-signature")) {
        peer.send(Hello{kProtocolVersion, origin, {{origin, 0, genesis.hash()}}});
        QVERIFY(peer.waitFor(MessageType::GetBlocks).has_value());
        QByteArray wire = genesis.encode();
        wire[ledger::BlockHeader::kSize] = static_cast<char>(wire[ledger::BlockHeader::kSize] ^ 0x01);
        QByteArray payload;
        ByteWriter(payload).u32(1).u32(static_cast<std::uint32_t>(wire.size())).bytes(wire);
        peer.sendRaw(encodeFrame(static_cast<std::uint8_t>(MessageType::Blocks), payload));
    } else if (attack == QLatin1String("broken-link")) {
        // M's key signs a block above M's head whose previous hash names no block at all.
        const ledger::ChainHead head = headOfM();
        ledger::Hash nowhere{};
        ledger::fromBytes(crypto::randomBytes(32), nowhere);
        const ledger::Block unlinked = forgeBlock(m_m.admin->impl().nodeKey,
                                                  ledger::Block::Previous{head.height, nowhere, head.cumulativeEntryCount});
        peer.send(Hello{kProtocolVersion, origin, {{mOrigin(), head.height + 1, unlinked.hash()}}});
        auto request = peer.waitFor(MessageType::GetBlocks);
        QVERIFY(request.has_value());
        QCOMPARE(std::get<GetBlocks>(*request).fromHeight, head.height + 1);
        peer.send(Blocks{{unlinked}});
        // A asks for the block below before judging; the real one shows the link is broken.
        auto probe = peer.waitFor(MessageType::GetBlocks);
        QVERIFY(probe.has_value());
        QCOMPARE(std::get<GetBlocks>(*probe).fromHeight, head.height);
        auto real = blockOfM(head.height);
        QVERIFY(real.has_value());
        peer.send(Blocks{{*real}});
    } else if (attack == QLatin1String("pending-overflow")) {
        // More uncertified origins than the pending set holds, each answered when asked.
        std::map<ledger::PublicKeyBytes, ledger::Block> chains;
        for (std::size_t i = 0; i < kPendingCap + 4; ++i) {
            const auto k = crypto::Ed25519PrivateKey::generate();
            chains.emplace(publicKeyOf(k), forgeBlock(k, std::nullopt, QStringLiteral("Filler")));
        }
        Hello hello{kProtocolVersion, origin, {}};
        for (const auto& [o, b] : chains) // std::map: ascending by origin, as hello wants
            hello.heads.push_back({o, 0, b.hash()});
        peer.send(hello);
        while (peer.socket().state() == QAbstractSocket::ConnectedState) {
            auto request = peer.waitFor(MessageType::GetBlocks, 1000);
            if (!request)
                break;
            const auto it = chains.find(std::get<GetBlocks>(*request).origin);
            QVERIFY(it != chains.end());
            peer.send(Blocks{{it->second}});
        }
    } else if (attack == QLatin1String("stops-reading")) {
        // Pings want pongs; this peer reads none of them, so A's send queue only grows.
        peer.send(Hello{kProtocolVersion, origin, {}});
        QByteArray burst;
        for (int i = 0; i < 5000; ++i)
            burst += encodeMessage(Ping{static_cast<std::uint64_t>(i) + 1});
        QElapsedTimer t;
        t.start();
        while (peer.socket().state() == QAbstractSocket::ConnectedState && t.elapsed() < 20000) {
            if (peer.socket().bytesToWrite() < (1 << 20))
                peer.sendRaw(burst);
            QTest::qWait(2);
        }
    }
    verifyBannedAndHarmless(peer, stateBefore, blocksBefore);
    verifyHonestPeerSyncs(attack);
}

void tst_HostilePeers::equivocationProofReachesOtherPeers()
{
    // M's key signs a second block at M's head height, and one above it; the attacker serves them.
    FakePeer peer(m_m.admin->impl().tls.clone());
    const qint64 blocksBefore = blockCount(m_a);
    QVERIFY(peer.connectTo(m_a.sync->listeningPort(), m_a.tlsHex()));
    QVERIFY(peer.waitFor(MessageType::Hello).has_value());
    const ledger::ChainHead head = headOfM();
    auto below = blockOfM(head.height - 1);
    QVERIFY(below.has_value());
    const auto& key = m_m.admin->impl().nodeKey;
    const ledger::Block twin = forgeBlock(key, ledger::Block::Previous{head.height - 1, below->hash(),
                                                                       below->header().cumulativeEntryCount},
                                          QStringLiteral("Twin"));
    QVERIFY(twin.hash() != head.hash);
    const ledger::Block above = forgeBlock(key, ledger::Block::Previous{head.height, twin.hash(),
                                                                        twin.header().cumulativeEntryCount});
    peer.send(Hello{kProtocolVersion, mOrigin(), {{mOrigin(), head.height + 1, above.hash()}}});
    QVERIFY(peer.waitFor(MessageType::GetBlocks).has_value());
    peer.send(Blocks{{above}});
    auto probe = peer.waitFor(MessageType::GetBlocks);
    QVERIFY(probe.has_value());
    QCOMPARE(std::get<GetBlocks>(*probe).fromHeight, head.height);
    peer.send(Blocks{{twin}});

    // The equivocating node itself is banned; its blocks are not stored.
    QVERIFY(peer.disconnectedWithin(1000));
    QVERIFY(m_a.sync->isBanned(hashFromHex(peer.identity().fingerprint())));
    QCOMPARE(blockCount(m_a), blocksBefore);
    // Both headers kept as proof at A, M frozen there...
    QCOMPARE(scalar(m_a.db(), "SELECT count(*) FROM equivocations WHERE first_header <> second_header;"), qint64(1));
    QVERIFY(m_a.sync->isFrozen(mOrigin()));
    // ...and the proof reached the other honest peer, which freezes M too.
    QTRY_COMPARE_WITH_TIMEOUT(scalar(m_b.db(), "SELECT count(*) FROM equivocations;"), qint64(1), 3000);
    QVERIFY(m_b.sync->isFrozen(mOrigin()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_b.sync->peerStatus().empty(), 1000);
    verifyHonestPeerSyncs(QStringLiteral("Equivocation"));
}

void tst_HostilePeers::bansSurviveRestart()
{
    FakePeer peer(pairedStranger());
    QVERIFY(peer.connectTo(m_a.sync->listeningPort(), m_a.tlsHex()));
    QVERIFY(peer.waitFor(MessageType::Hello).has_value());
    peer.sendRaw(encodeFrame(0x42, {}));
    QVERIFY(peer.disconnectedWithin(1000));
    const ledger::Hash fp = hashFromHex(peer.identity().fingerprint());
    QVERIFY(m_a.sync->isBanned(fp));

    m_a.sync.reset();
    m_a.sync = startSync(*m_a.admin, tuneTarget);
    QVERIFY(m_a.sync);
    QVERIFY(m_a.sync->isBanned(fp));
    FakePeer again(peer.identity().clone());
    QVERIFY(again.connectTo(m_a.sync->listeningPort(), m_a.tlsHex()));
    QVERIFY(!again.waitFor(MessageType::Hello, 1000).has_value());
    bool recorded = false;
    for (const PeerStatus& s : m_a.sync->peerStatus())
        if (s.tlsFingerprint == peer.identity().fingerprint())
            recorded = s.bans >= 1 && s.bannedUntilMs > QDateTime::currentMSecsSinceEpoch() && !s.connected;
    QVERIFY(recorded);
    // A dials B again (B's pairing names A's old port): the honest link comes back.
    QTRY_VERIFY_WITH_TIMEOUT(m_a.sync->connectedPeers() == 1, 5000);
    verifyHonestPeerSyncs(QStringLiteral("Restart"));
}

void tst_HostilePeers::peersCommandReportsWhatTheNodeRecorded()
{
    // `medilock-cli peers --json` in another process, on A's directory while A's node runs.
    QTRY_VERIFY_WITH_TIMEOUT(scalar(m_a.db(), "SELECT count(*) FROM peer_status WHERE connected = 1;") == 1, 3000);
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MEDILOCK_PASSPHRASE"), QStringLiteral("a long enough passphrase"));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(MEDILOCK_CLI), {QStringLiteral("--data"), m_a.dir.path(), QStringLiteral("peers"), QStringLiteral("--json")});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    const QJsonArray peers = QJsonDocument::fromJson(cli.readAllStandardOutput()).object().value(QStringLiteral("peers")).toArray();
    int banned = 0, equivocations = 0;
    bool honestConnected = false;
    for (const QJsonValue& v : peers) {
        const QJsonObject p = v.toObject();
        if (p.value(QStringLiteral("banned")).toBool()) {
            ++banned;
            QVERIFY(p.value(QStringLiteral("bans")).toInt() >= 1);
            QVERIFY(!p.value(QStringLiteral("connected")).toBool());
        }
        equivocations += p.value(QStringLiteral("equivocation_alerts")).toInt();
        if (p.value(QStringLiteral("tls_fingerprint")).toString() == m_b.tlsHex())
            honestConnected = p.value(QStringLiteral("connected")).toBool() && p.value(QStringLiteral("bans")).toInt() == 0
                              && p.value(QStringLiteral("last_contact_ms")).toDouble() > 0;
    }
    // Every attacker of this suite (the nine attacks, the equivocator, the restart one).
    QCOMPARE(banned, 11);
    QVERIFY(equivocations >= 1);
    QVERIFY(honestConnected);
}

QTEST_GUILESS_MAIN(tst_HostilePeers)
#include "tst_HostilePeers.moc"
