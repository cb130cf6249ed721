#pragma once

#include "LanDiscovery.h"
#include "PeerSession.h"
#include "PeerStatus.h"
#include "PendingBlocks.h"
#include "PeerTable.h"
#include "SyncBackend.h"

#include "ledger/store/Database.h"

#include "crypto/Ed25519.h"
#include "crypto/SecureBuffer.h"
#include "crypto/TlsIdentity.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>

#include <map>
#include <memory>
#include <set>

class QSslSocket;
class QTcpServer;
class QTimer;

namespace medilock::ledger::sync {

struct SyncConfig
{
    QString databasePath;
    crypto::SecureBuffer databaseKey;
    PublicKeyBytes nodeKey{};    // public: sync signs nothing of its own
    // The node's signing key, for one use only: when the restore mark clears, the access
    // entries queued meanwhile (ledger UnsealedQueue) are sealed in the transaction that
    // clears it. Null: they stay queued for the next session that records an access.
    crypto::Ed25519PrivateKey queueSealingKey;
    PublicKeyBytes clinicRoot{}; // this node's clinic root (public)
    crypto::TlsIdentity tls;
    bool listen = false;
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 0; // 0: an ephemeral port
    SessionLimits limits;
    int headPollMs = 250;
    int reconnectMinMs = 500;
    int reconnectMaxMs = 30000;
    int banMs = 10 * 60 * 1000;
    std::size_t maxPendingBlocks = 1024;
    std::size_t maxPendingBytes = 64u << 20;
    // LAN discovery (docs/sync-protocol.md): 0 turns it off.
    quint16 discoveryPort = 0;
    QHostAddress discoveryTarget = QHostAddress::Broadcast;
    int discoveryIntervalMs = 5000;
    std::size_t maxDiscoveredPeers = 64;
};

// A node's sync service (DESIGN §5): listens for peers, dials the paired ones with backoff,
// runs one PeerSession per connection and stores what they deliver through its own
// database connection and ledger, all on the thread it lives on. Polls the chain heads so
// blocks written by another process (medilock-cli) are announced within a second.
class SyncNode : public QObject, public SyncBackend
{
    Q_OBJECT
public:
    static Result<std::unique_ptr<SyncNode>> create(SyncConfig config, QObject* parent = nullptr);
    ~SyncNode() override;

    Result<void> start();
    // Says goodbye to every peer and stops listening and dialling.
    void stop();
    quint16 listeningPort() const;
    std::vector<PeerStatus> peerStatus();
    std::size_t pendingBlocks() const { return m_pending.size(); }
    std::size_t pendingBlocksFrom(const Hash& tlsFingerprint) const { return m_pending.countFrom(tlsFingerprint); }
    std::size_t connectedPeers() const;
    bool isBanned(const Hash& tlsFingerprint) const;
    // True while the node, restored from a backup, has not yet caught up with its own chain
    // from a peer (ledger RestoreMark): it seals nothing meanwhile.
    bool awaitingOwnHead() const { return m_awaitingOwnHead; }

    // SyncBackend
    const PublicKeyBytes& localNodeKey() const override { return m_config.nodeKey; }
    Result<std::vector<HeadInfo>> localHeads() override;
    Result<std::uint64_t> nextWanted(const PublicKeyBytes& origin) override;
    bool isFrozen(const PublicKeyBytes& origin) override;
    bool isCertifiedOrigin(const PublicKeyBytes& origin) override;
    bool holdsPending(const PublicKeyBytes& origin) override { return m_pending.holdsAny(origin); }
    Result<bool> forksStoredChain(const Block& block) override;
    Result<std::vector<Block>> loadBlocks(const PublicKeyBytes& origin, std::uint64_t fromHeight, std::uint32_t maxCount,
                                          std::size_t byteBudget) override;
    Result<Ledger::AcceptResult> accept(const Block& block, PeerSession& from) override;
    void verifyAhead(const Block& next) override;
    void beginStoring() override;
    void endStoring(bool moreComing) override;
    Result<bool> recordEquivocation(const EquivocationProof& proof, PeerSession& from) override;
    Result<void> admitHello(const Hello& hello, PeerSession& from) override;

Q_SIGNALS:
    void statusChanged();
    // The restore mark was cleared: this node holds its own chain's head as a peer reported it
    // (and the queued access entries are sealed, unless that failed: logged, they stay queued).
    void ownHeadRecovered();
    void equivocationDetected(const QString& originFingerprint, quint64 height);

private:
    struct Dial
    {
        ConfiguredPeer peer;
        int backoffMs = 0;
        qint64 nextAttemptMs = 0;
        QPointer<QObject> attempt; // socket being connected or its session
        bool discovered = false;   // heard on the LAN, not in the peers table
    };
    explicit SyncNode(SyncConfig config, QObject* parent);
    void onTick();
    void incoming(qintptr descriptor);
    void dial(Dial& dial);
    void handshake(QSslSocket* socket, PeerSession::Direction direction, const Hash* expected);
    void adopt(QSslSocket* socket, PeerSession::Direction direction, const Hash& fingerprint);
    bool allowedInbound(const Hash& fingerprint);
    void ban(const Hash& fingerprint, const QString& reason);
    Result<void> reloadPeers();
    void onDiscovered(const QHostAddress& address, quint16 port, const Hash& tlsFingerprint);
    Result<void> pollHeads();
    void schedulePoll();
    Result<void> hold(const Block& block, PeerSession& from);
    void drainPending();
    void resumeAll();
    void broadcastEquivocation(const EquivocationProof& proof, const PeerSession* except);
    Result<std::optional<EquivocationProof>> storedProof(const PublicKeyBytes& origin, std::uint64_t height);
    Result<void> reopenLedger();
    PeerStatus& statusOf(const Hash& fingerprint);
    Result<void> loadRecords();
    void saveRecords(bool onlyIfChanged = false);
    // SyncNodeRestore.cpp: a restored node learns its own head from hellos and clears the mark.
    Result<void> loadRestoreMark();
    void noteOwnHead(const Hello& hello, const PeerSession& from);
    void settleRestoreMark();
    Result<void> clearMarkSealingQueue();
    // SyncNodeStoring.cpp: the blocks of an answer commit together (Ledger::beginAcceptBatch).
    // Commits what is open (and, inside an answer, opens a new batch); false when the commit
    // failed. Called at once for anything but a stored block: an equivocation's proof, a ban,
    // the restore mark and the peers' records are never left in a batch held open.
    enum class AfterCommit { ContinueAnswer, NoBatch };
    bool commitStoring(AfterCommit after = AfterCommit::ContinueAnswer);
    void openStoringBatch();
    void commitStoringIfDue(); // the batch has been open for long enough: commit, open anew

    SyncConfig m_config;
    Hash m_ownFingerprint{};
    Database m_db;
    std::unique_ptr<Ledger> m_ledger; // after m_db: destroyed before it
    std::unique_ptr<QTcpServer> m_server;
    QPointer<LanDiscovery> m_discovery;
    QTimer* m_timer = nullptr;
    bool m_pollScheduled = false;
    bool m_stopped = false;
    bool m_awaitingOwnHead = false;
    int m_ticks = 0;
    qint64 m_lastSeq = 0;
    QElapsedTimer m_storingSince; // valid while a batch of accepted blocks is open
    bool m_inStoringScope = false; // between beginStoring() and endStoring()
    std::set<Hash> m_storedHere; // blocks this node accepted since the last poll
    std::vector<Dial> m_dials;
    std::vector<QPointer<PeerSession>> m_sessions;
    std::map<Hash, qint64> m_bans; // until, ms since epoch
    std::map<Hash, PeerStatus> m_status;
    std::map<Hash, PeerStatus> m_recorded; // as last written to peer_status
    PendingBlocks m_pending;
};

} // namespace medilock::ledger::sync
