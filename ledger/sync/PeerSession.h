#pragma once

#include "Frame.h"
#include "Messages.h"
#include "SessionPacing.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <deque>
#include <map>
#include <set>

class QSslSocket;
class QTimer;

namespace medilock::ledger::sync {

class SyncBackend;

// Limits and timings of one connection (docs/sync-protocol.md, "Limits").
struct SessionLimits
{
    int maxOutstandingRequests = 4;     // our GetBlocks awaiting an answer
    int maxQueuedRequests = 8;          // a peer's GetBlocks we have not answered yet
    qint64 serveWatermark = 1 << 20;    // answer the next request only below this backlog
    qint64 maxWriteBacklog = 48 << 20;  // a peer that lets more pile up stopped reading
    int maxMissingPrevious = 16;        // unlinked answers in a row before it is a fault
    int pingIntervalMs = 15000;
    int idleTimeoutMs = 45000;          // nothing received for this long: drop (no ban)
    int stallTimeoutMs = 20000;         // our backlog not drained for this long: ban
    int handshakeTimeoutMs = 10000;     // TLS and hello
    int logLinesPerMinute = 10;
};

// One connection's state machine over an encrypted QSslSocket (docs/sync-protocol.md,
// "Exchange"). Runs on the node's thread. Every protocol violation ends in misbehaved():
// the session says goodbye, aborts the socket, and the node bans the peer's fingerprint.
class PeerSession : public QObject
{
    Q_OBJECT
public:
    enum class Direction { Inbound, Outbound };
    enum class State { Handshaking, AwaitingHello, Ready, Closed };

    // Takes ownership of `socket`, whose TLS handshake has been started (and, if it is
    // encrypted already, completed) by the caller with TlsConfig.
    PeerSession(QSslSocket* socket, Direction direction, SyncBackend& backend, const SessionLimits& limits,
                QObject* parent = nullptr);
    ~PeerSession() override;

    Direction direction() const { return m_direction; }
    State state() const { return m_state; }
    const Hash& peerFingerprint() const { return m_fingerprint; }
    const PublicKeyBytes& peerNodeKey() const { return m_peerKey; }
    const std::map<PublicKeyBytes, std::uint64_t>& remoteHeights() const { return m_remoteHeights; }
    qint64 lastContactMs() const { return m_lastContactMs; }
    int failedVerifications() const { return m_failedVerifications; }
    QString shortName() const;

    // Called by the node once the TLS handshake succeeded and the peer certificate passed.
    void start(const Hash& fingerprint);
    void announce(const HeadInfo& head);
    void forwardEquivocation(const EquivocationProof& proof);
    // The node learned something (blocks stored, trust changed): look again at what to fetch.
    void resume();
    void close(GoodbyeReason reason);

Q_SIGNALS:
    void ready();
    void misbehaved(const QString& reason);
    void closed();

private:
    static constexpr qint64 kTickMs = 250;
    struct Request
    {
        PublicKeyBytes origin{};
        std::uint64_t fromHeight = 0;
        std::uint32_t maxCount = 0;
        bool probe = false; // asks for the block below one that did not link (a fork)
        // Asked for while the answer before it was still being stored; dropped unread when
        // that answer did not store to its end (its blocks would not link).
        bool ahead = false;
        bool dropAnswer = false;
    };

    void onReadyRead();
    void onBytesWritten();
    void onTick();
    void handle(Message message);
    void handleHello(Hello hello);
    void handleGetBlocks(const GetBlocks& request);
    void handleBlocks(Blocks blocks);
    void handleProbeAnswer(const Blocks& blocks);
    void probeFork(const Block& block);
    void handleAnnounce(const Announce& announce);
    void handleEquivocation(const EquivocationProof& proof);
    void serve();
    void pump();
    bool askAhead(const Request& answered, const Blocks& message);
    void dropAheadAnswers(const PublicKeyBytes& origin);
    bool awaitingAnswerFor(const PublicKeyBytes& origin) const;
    void send(const Message& message);
    void flushOut();
    void violation(const QString& reason);
    void finish();
    void log(const QString& line);

    QSslSocket* m_socket;
    Direction m_direction;
    SyncBackend& m_backend;
    SessionLimits m_limits;
    State m_state = State::Handshaking;
    QTimer* m_timer = nullptr;
    FrameReader m_reader;
    Hash m_fingerprint{};
    PublicKeyBytes m_peerKey{};
    std::map<PublicKeyBytes, std::uint64_t> m_remoteHeights;
    std::deque<Request> m_outstanding;   // ours, in the order sent
    std::set<PublicKeyBytes> m_heldOrigins; // blocks wait in the pending set; resume() retries
    std::deque<GetBlocks> m_queued;      // theirs, not answered yet
    int m_missingPreviousInRow = 0;
    int m_failedVerifications = 0;
    qint64 m_lastContactMs = 0;
    QElapsedTimer m_sinceStarted;
    ResponsiveClock m_clock{kTickMs};
    AnswerPacing m_pacing;
    qint64 m_stuckMs = 0;   // responsive time the write backlog has not drained
    qint64 m_silentMs = 0;  // responsive time since the peer last sent a frame
    qint64 m_lastBacklog = 0;
    std::uint64_t m_pingNonce = 0;
    bool m_inHandler = false;
    bool m_flushScheduled = false;
    // Rate-limited logging: a peer cannot fill the disk.
    QElapsedTimer m_logWindow;
    int m_logLines = 0;
    int m_logSuppressed = 0;
};

} // namespace medilock::ledger::sync
