#include "PeerSession.h"

#include "SyncBackend.h"
#include "SyncLog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSslSocket>
#include <QTimer>

#include <algorithm>
#include <optional>

#ifdef Q_OS_LINUX
#include <linux/sockios.h>
#include <sys/ioctl.h>
#endif

namespace medilock::ledger::sync {

namespace {
// How many blocks of an answer are checked ahead of the one being stored (Ledger::verifyAhead):
// the checks go on while this thread commits or waits on the disk.
constexpr std::size_t kVerifyAhead = 2;

// What the kernel holds for this socket, received and not read, queued and not sent: tells a
// peer that does not read (its bytes pile up here) from a local fault.
QString kernelQueues(const QSslSocket& socket)
{
#ifdef Q_OS_LINUX
    int unread = 0;
    int unsent = 0;
    const auto fd = static_cast<int>(socket.socketDescriptor());
    if (fd >= 0 && ::ioctl(fd, FIONREAD, &unread) == 0 && ::ioctl(fd, SIOCOUTQ, &unsent) == 0)
        return QStringLiteral("kernel: %1 bytes received unread, %2 unsent").arg(unread).arg(unsent);
#endif
    Q_UNUSED(socket);
    return QStringLiteral("kernel queues unknown");
}

QString shortHex(ByteView bytes)
{
    return QString::fromLatin1(toByteArray(bytes).toHex().left(16));
}

// Blocks answered per Blocks message stay under the frame cap with room for the counts.
constexpr std::size_t kAnswerByteBudget = (kMaxFrameLength - 1024);
// Blocks of an origin no trusted clinic certified yet can only wait in the pending set:
// ask for a few at a time, so honest peers relaying such chains stay far below its bound.
constexpr std::uint32_t kUncertifiedRequest = 16;
} // namespace

PeerSession::PeerSession(QSslSocket* socket, Direction direction, SyncBackend& backend, const SessionLimits& limits,
                         QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_direction(direction)
    , m_backend(backend)
    , m_limits(limits)
{
    m_socket->setParent(this);
    // Qt stops reading from the kernel when this much is buffered: a fast sender is slowed
    // down by TCP instead of by our memory.
    m_socket->setReadBufferSize(1 << 20);
    m_timer = new QTimer(this);
    m_timer->setInterval(static_cast<int>(kTickMs));
    connect(m_timer, &QTimer::timeout, this, &PeerSession::onTick);
    connect(m_socket, &QSslSocket::readyRead, this, &PeerSession::onReadyRead);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &PeerSession::onBytesWritten);
    connect(m_socket, &QSslSocket::disconnected, this, &PeerSession::finish);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this] { finish(); });
}

PeerSession::~PeerSession() = default;

QString PeerSession::shortName() const
{
    return shortHex(ByteView(m_fingerprint));
}

void PeerSession::start(const Hash& fingerprint)
{
    m_fingerprint = fingerprint;
    m_state = State::AwaitingHello;
    m_sinceStarted.start();
    m_logWindow.start();
    m_timer->start();
    auto heads = m_backend.localHeads();
    if (!heads) {
        log(tr("cannot read local chain heads: %1").arg(heads.error()));
        close(GoodbyeReason::Shutdown);
        return;
    }
    send(Hello{kProtocolVersion, m_backend.localNodeKey(), std::move(heads).value()});
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &PeerSession::onReadyRead, Qt::QueuedConnection);
}

void PeerSession::send(const Message& message)
{
    if (m_state == State::Closed)
        return;
    m_socket->write(encodeMessage(message));
    if (m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() > m_limits.maxWriteBacklog) {
        violation(tr("the peer does not read: more than %1 bytes wait to be sent").arg(m_limits.maxWriteBacklog));
        return;
    }
    // Out on the next turn of the event loop, whatever Qt's notifiers do: while a peer's
    // answers keep arriving, QSslSocket may leave what we wrote in its buffers, the readable
    // side served first turn after turn (the 1M catch-up stall; tst_SyncLongCatchUp).
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QMetaObject::invokeMethod(this, &PeerSession::flushOut, Qt::QueuedConnection);
    }
}

void PeerSession::flushOut()
{
    m_flushScheduled = false;
    if (m_state != State::Closed)
        m_socket->flush();
}

void PeerSession::announce(const HeadInfo& head)
{
    if (m_state == State::Ready)
        send(Announce{head});
}

void PeerSession::forwardEquivocation(const EquivocationProof& proof)
{
    if (m_state == State::Ready)
        send(proof);
}

void PeerSession::resume()
{
    if (m_state != State::Ready)
        return;
    m_heldOrigins.clear();
    pump();
}

void PeerSession::close(GoodbyeReason reason)
{
    if (m_state == State::Closed)
        return;
    if (m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->write(encodeMessage(Goodbye{reason}));
        m_socket->flush();
    }
    finish();
}

void PeerSession::finish()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_timer->stop();
    m_outstanding.clear();
    m_queued.clear();
    // abort(): a peer that does not read must not keep us waiting for a graceful close.
    m_socket->abort();
    Q_EMIT closed();
}

void PeerSession::violation(const QString& reason)
{
    if (m_state == State::Closed)
        return;
    log(tr("protocol violation: %1").arg(reason));
    close(GoodbyeReason::ProtocolViolation);
    Q_EMIT misbehaved(reason);
}

void PeerSession::log(const QString& line)
{
    if (m_logWindow.isValid() && m_logWindow.elapsed() > 60000) {
        if (m_logSuppressed > 0)
            qCInfo(lcSync).noquote() << "peer" << shortName() << m_logSuppressed << "log lines suppressed";
        m_logWindow.restart();
        m_logLines = 0;
        m_logSuppressed = 0;
    }
    if (m_logLines >= m_limits.logLinesPerMinute) {
        ++m_logSuppressed;
        return;
    }
    ++m_logLines;
    qCInfo(lcSync).noquote() << "peer" << shortName() << line;
}

void PeerSession::onTick()
{
    if (m_state == State::Closed)
        return;
    // Timeouts count only time this thread was free to send and read (ResponsiveClock).
    const qint64 credit = m_clock.advance(m_sinceStarted.elapsed());
    m_silentMs += credit;
    // Whatever is still buffered goes to the kernel now: a backlog that stays is the peer's.
    if (m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() > 0)
        m_socket->flush();
    const qint64 backlog = m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
    if (backlog == 0 || backlog < m_lastBacklog || m_lastBacklog == 0)
        m_stuckMs = 0;
    else
        m_stuckMs += credit;
    m_lastBacklog = backlog;
    if (m_stuckMs > m_limits.stallTimeoutMs) {
        // Byte counts and times only: what an operator needs to tell a slow peer from a dead one.
        qCInfo(lcSync).noquote() << "peer" << shortName() << "has left" << backlog << "bytes unread ("
                                 << m_socket->bytesToWrite() << "before TLS) for" << m_stuckMs
                                 << "ms of responsive time;" << m_outstanding.size() << "requests outstanding,"
                                 << m_queued.size() << "to answer;" << m_socket->bytesAvailable() << "+"
                                 << m_socket->encryptedBytesAvailable() << "bytes received unread;" << kernelQueues(*m_socket);
        violation(tr("the peer stopped reading"));
        return;
    }
    if (m_state == State::AwaitingHello && m_sinceStarted.elapsed() > m_limits.handshakeTimeoutMs) {
        log(tr("no hello in time"));
        close(GoodbyeReason::Shutdown);
        return;
    }
    if (m_silentMs > m_limits.idleTimeoutMs) {
        log(tr("silent for too long; disconnecting"));
        close(GoodbyeReason::Shutdown);
        return;
    }
    if (m_state == State::Ready && m_silentMs > m_limits.pingIntervalMs && m_pingNonce == 0) {
        m_pingNonce = static_cast<std::uint64_t>(QDateTime::currentMSecsSinceEpoch()) | 1u;
        send(Ping{m_pingNonce});
    }
}

void PeerSession::onBytesWritten()
{
    if (m_state == State::Ready && !m_queued.empty())
        serve();
}

void PeerSession::onReadyRead()
{
    if (m_state == State::Closed || m_inHandler)
        return;
    m_inHandler = true;
    while (m_state != State::Closed) {
        // Read only what the frame being assembled still needs, so one peer's burst never
        // sits in our memory beyond one frame.
        const qint64 want = std::max<qint64>(m_reader.wanted(), 4096);
        const QByteArray bytes = m_socket->read(std::min<qint64>(want, 1 << 20));
        if (!bytes.isEmpty())
            m_reader.append(bytes);
        auto frame = m_reader.next();
        if (!frame) {
            violation(frame.error());
            break;
        }
        if (!*frame) {
            if (bytes.isEmpty())
                break;
            continue;
        }
        m_silentMs = 0;
        m_lastContactMs = QDateTime::currentMSecsSinceEpoch();
        auto message = decodeMessage(**frame);
        if (!message) {
            violation(message.error());
            break;
        }
        handle(std::move(message).value());
    }
    m_inHandler = false;
    if (m_state == State::Ready)
        serve();
}

void PeerSession::handle(Message message)
{
    if (m_state == State::AwaitingHello && !std::holds_alternative<Hello>(message)
        && !std::holds_alternative<Goodbye>(message)) {
        violation(tr("a message before hello"));
        return;
    }
    switch (typeOf(message)) {
    case MessageType::Hello:
        handleHello(std::get<Hello>(std::move(message)));
        break;
    case MessageType::GetBlocks:
        handleGetBlocks(std::get<GetBlocks>(message));
        break;
    case MessageType::Blocks:
        handleBlocks(std::get<Blocks>(std::move(message)));
        break;
    case MessageType::Announce:
        handleAnnounce(std::get<Announce>(message));
        break;
    case MessageType::Equivocation:
        handleEquivocation(std::get<EquivocationProof>(message));
        break;
    case MessageType::Ping:
        send(Pong{std::get<Ping>(message).nonce});
        break;
    case MessageType::Pong:
        if (std::get<Pong>(message).nonce == m_pingNonce)
            m_pingNonce = 0;
        break;
    case MessageType::Goodbye:
        log(tr("said goodbye (reason %1)").arg(static_cast<int>(std::get<Goodbye>(message).reason)));
        finish();
        break;
    }
}

void PeerSession::handleHello(Hello hello)
{
    if (m_state != State::AwaitingHello) {
        violation(tr("a second hello"));
        return;
    }
    if (auto r = m_backend.admitHello(hello, *this); !r) {
        log(r.error());
        close(GoodbyeReason::Duplicate);
        return;
    }
    m_peerKey = hello.nodeKey;
    for (const HeadInfo& h : hello.heads)
        m_remoteHeights[h.origin] = h.height;
    m_state = State::Ready;
    Q_EMIT ready();
    pump();
}

void PeerSession::handleGetBlocks(const GetBlocks& request)
{
    m_queued.push_back(request);
    if (static_cast<int>(m_queued.size()) > m_limits.maxQueuedRequests) {
        violation(tr("more than %1 requests in flight").arg(m_limits.maxQueuedRequests));
        return;
    }
    // Answered once everything that arrived with it is read: a burst of requests counts as
    // in flight together, whatever our answers cost.
    if (!m_inHandler)
        serve();
}

void PeerSession::serve()
{
    while (m_state == State::Ready && !m_queued.empty()
           && m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() < m_limits.serveWatermark) {
        const GetBlocks request = m_queued.front();
        m_queued.pop_front();
        const auto count = std::min<std::uint32_t>(request.maxCount, static_cast<std::uint32_t>(kMaxBlocksPerMessage));
        auto blocks = m_backend.loadBlocks(request.origin, request.fromHeight, count, kAnswerByteBudget);
        if (!blocks) {
            log(tr("cannot read blocks to answer a request: %1").arg(blocks.error()));
            close(GoodbyeReason::Shutdown);
            return;
        }
        send(Blocks{std::move(blocks).value()});
    }
}

void PeerSession::pump()
{
    while (m_state == State::Ready && static_cast<int>(m_outstanding.size()) < m_limits.maxOutstandingRequests) {
        bool sent = false;
        for (const auto& [origin, remoteHeight] : m_remoteHeights) {
            if (awaitingAnswerFor(origin) || m_heldOrigins.count(origin) || m_backend.isFrozen(origin)
                || m_backend.holdsPending(origin))
                continue;
            auto next = m_backend.nextWanted(origin);
            if (!next) {
                log(tr("cannot read local chain heads: %1").arg(next.error()));
                close(GoodbyeReason::Shutdown);
                return;
            }
            if (*next > remoteHeight)
                continue;
            const std::uint64_t span = remoteHeight - *next + 1;
            const std::uint32_t cap = m_pacing.blocksPerRequest(
                m_backend.isCertifiedOrigin(origin) ? kMaxBlocksPerRequest : kUncertifiedRequest);
            const Request request{origin, *next, static_cast<std::uint32_t>(std::min<std::uint64_t>(span, cap))};
            m_outstanding.push_back(request);
            send(GetBlocks{request.origin, request.fromHeight, request.maxCount});
            sent = true;
            break;
        }
        if (!sent)
            return;
    }
}

void PeerSession::handleBlocks(Blocks message)
{
    if (m_outstanding.empty()) {
        violation(tr("blocks nobody asked for"));
        return;
    }
    const Request request = m_outstanding.front();
    m_outstanding.pop_front();
    if (message.blocks.size() > request.maxCount) {
        violation(tr("more blocks than asked for"));
        return;
    }
    for (std::size_t i = 0; i < message.blocks.size(); ++i) {
        const BlockHeader& h = message.blocks[i].header();
        if (h.origin != request.origin || h.height != request.fromHeight + i) {
            violation(tr("an answer with blocks other than those asked for"));
            return;
        }
    }
    if (request.probe) {
        handleProbeAnswer(message);
        return;
    }
    if (request.dropAnswer) {
        pump();
        return;
    }
    bool askedAhead = askAhead(request, message);
    bool storedAll = true;
    if (message.blocks.empty()) {
        // The peer has less than it said: stop asking it for this origin until it announces.
        auto& height = m_remoteHeights[request.origin];
        if (request.fromHeight == 0)
            m_remoteHeights.erase(request.origin);
        else
            height = std::min(height, request.fromHeight - 1);
    }
    for (std::size_t i = 0; i < std::min(message.blocks.size(), kVerifyAhead); ++i)
        m_backend.verifyAhead(message.blocks[i]);
    // The storing time of this answer sizes the next requests (AnswerPacing).
    QElapsedTimer storing;
    storing.start();
    std::uint32_t stored = 0;
    // The answer's blocks commit together (with the next answer's, when one is on its way),
    // after the loop below or on any way out of it.
    std::optional<StoringScope> storingScope;
    storingScope.emplace(m_backend, [this] { return m_state != State::Closed && !m_outstanding.empty(); });
    for (std::size_t i = 0; i < message.blocks.size(); ++i) {
        const Block& block = message.blocks[i];
        if (m_state == State::Closed)
            return;
        if (i + kVerifyAhead < message.blocks.size())
            m_backend.verifyAhead(message.blocks[i + kVerifyAhead]);
        auto forks = m_backend.forksStoredChain(block);
        if (!forks) {
            log(tr("cannot read the stored chain: %1").arg(forks.error()));
            close(GoodbyeReason::Shutdown);
            return;
        }
        if (*forks) {
            dropAheadAnswers(request.origin);
            probeFork(block);
            return;
        }
        auto accepted = m_backend.accept(block, *this);
        if (!accepted) {
            ++m_failedVerifications;
            violation(tr("invalid block at height %1 of %2: %3")
                          .arg(block.header().height)
                          .arg(shortHex(ByteView(block.header().origin)), accepted.error()));
            return;
        }
        using S = Ledger::AcceptStatus;
        const S status = accepted->status;
        if (status == S::MissingPrevious) {
            // Asked from where we stood, yet it does not link: ask again from there, a few times.
            if (++m_missingPreviousInRow > m_limits.maxMissingPrevious) {
                violation(tr("blocks that never link to the chain"));
                return;
            }
            storedAll = false;
            break;
        }
        m_missingPreviousInRow = 0;
        ++stored;
        // The first blocks of a chain may certify its origin: ask ahead as soon as they did.
        if (status == S::Stored && !askedAhead)
            askedAhead = askAhead(request, message);
        if (status == S::UnknownOrigin) {
            // Held in the node's pending set; asking for more waits until trust changes.
            m_heldOrigins.insert(request.origin);
            storedAll = false;
        } else if (status == S::Equivocation || status == S::Frozen || status == S::LocalFailure) {
            storedAll = false;
            break;
        }
    }
    storingScope.reset();
    m_pacing.stored(stored, storing.elapsed());
    if (!storedAll)
        dropAheadAnswers(request.origin);
    pump();
}

// A validly signed block that does not link to the block stored below it: either its origin
// signed two chains (then the peer's block below ours is the proof) or the peer lies. Ask it
// for that block before judging.
void PeerSession::probeFork(const Block& block)
{
    const BlockHeader& h = block.header();
    const Request probe{h.origin, h.height - 1, 1, true};
    m_outstanding.push_back(probe);
    send(GetBlocks{probe.origin, probe.fromHeight, probe.maxCount});
}

// While the blocks of an answer are verified and stored, the peer already reads and sends
// the next range of the same origin: the link never idles during a catch-up.
bool PeerSession::askAhead(const Request& answered, const Blocks& message)
{
    if (message.blocks.empty() || static_cast<int>(m_outstanding.size()) >= m_limits.maxOutstandingRequests
        || !m_backend.isCertifiedOrigin(answered.origin) || m_backend.isFrozen(answered.origin))
        return false;
    const auto remote = m_remoteHeights.find(answered.origin);
    const std::uint64_t next = answered.fromHeight + message.blocks.size();
    if (remote == m_remoteHeights.end() || next > remote->second)
        return false;
    Request ahead{answered.origin, next,
                  static_cast<std::uint32_t>(std::min<std::uint64_t>(remote->second - next + 1,
                                                                     m_pacing.blocksPerRequest(kMaxBlocksPerRequest)))};
    ahead.ahead = true;
    m_outstanding.push_back(ahead);
    send(GetBlocks{ahead.origin, ahead.fromHeight, ahead.maxCount});
    // Out now, not when the event loop next runs: that is after the blocks are stored.
    m_socket->flush();
    return true;
}

void PeerSession::dropAheadAnswers(const PublicKeyBytes& origin)
{
    for (Request& r : m_outstanding)
        if (r.ahead && r.origin == origin)
            r.dropAnswer = true;
}

bool PeerSession::awaitingAnswerFor(const PublicKeyBytes& origin) const
{
    return std::any_of(m_outstanding.begin(), m_outstanding.end(), [&](const Request& r) { return r.origin == origin; });
}

void PeerSession::handleProbeAnswer(const Blocks& message)
{
    if (message.blocks.size() != 1) {
        violation(tr("a block that does not link, and no block below it"));
        return;
    }
    const Block& below = message.blocks.front();
    auto accepted = m_backend.accept(below, *this);
    if (!accepted) {
        ++m_failedVerifications;
        violation(tr("invalid block at height %1: %2").arg(below.header().height).arg(accepted.error()));
        return;
    }
    using S = Ledger::AcceptStatus;
    if (accepted->status == S::AlreadyHave) {
        // The same block we hold: what it sent above it never linked to its own chain.
        ++m_failedVerifications;
        violation(tr("a block whose previous hash links to nothing"));
        return;
    }
    // Equivocation (proof kept, origin frozen, proof sent on) or a local failure.
    pump();
}

void PeerSession::handleAnnounce(const Announce& announce)
{
    auto& height = m_remoteHeights[announce.head.origin];
    height = std::max(height, announce.head.height);
    pump();
}

void PeerSession::handleEquivocation(const EquivocationProof& proof)
{
    if (auto r = proof.verify(); !r) {
        ++m_failedVerifications;
        violation(r.error());
        return;
    }
    if (auto r = m_backend.recordEquivocation(proof, *this); !r)
        log(tr("cannot record an equivocation proof: %1").arg(r.error()));
}

} // namespace medilock::ledger::sync
