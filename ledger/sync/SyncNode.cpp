#include "SyncNode.h"

#include "SyncLog.h"
#include "TlsConfig.h"

#include "ledger/store/Schema.h"
#include "ledger/store/Statement.h"

#include "crypto/ConstantTime.h"
#include "crypto/Hex.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

#include <functional>

namespace medilock::ledger::sync {

namespace {
// A QTcpServer that hands each accepted descriptor to the node, which wraps it in a
// QSslSocket and starts server-side encryption (Qt 6.4 has no QSslServer).
class SslListener : public QTcpServer
{
public:
    explicit SslListener(std::function<void(qintptr)> onIncoming) : m_onIncoming(std::move(onIncoming)) {}

protected:
    void incomingConnection(qintptr descriptor) override { m_onIncoming(descriptor); }

private:
    std::function<void(qintptr)> m_onIncoming;
};
} // namespace

SyncNode::SyncNode(SyncConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_pending(m_config.maxPendingBlocks, m_config.maxPendingBytes)
{
}

SyncNode::~SyncNode()
{
    stop();
}

Result<std::unique_ptr<SyncNode>> SyncNode::create(SyncConfig config, QObject* parent)
{
    std::unique_ptr<SyncNode> node(new SyncNode(std::move(config), parent));
    // Its own connection: a Session's connection is never shared across threads.
    auto db = Database::open(node->m_config.databasePath, node->m_config.databaseKey, Database::Mode::OpenExisting);
    if (!db)
        return std::move(db).takeError();
    node->m_db = std::move(db).value();
    if (auto r = Schema::migrate(node->m_db); !r)
        return std::move(r).takeError();
    if (auto r = node->reopenLedger(); !r)
        return std::move(r).takeError();
    fromBytes(QByteArray::fromHex(node->m_config.tls.fingerprint().toLatin1()), node->m_ownFingerprint);
    auto seq = node->m_db.prepare("SELECT coalesce(max(stored_seq), 0) FROM blocks;");
    if (!seq)
        return std::move(seq).takeError();
    if (auto row = seq->step(); !row)
        return std::move(row).takeError();
    node->m_lastSeq = seq->integer(0);
    if (auto r = node->loadRecords(); !r)
        return std::move(r).takeError();
    if (auto r = node->loadRestoreMark(); !r)
        return std::move(r).takeError();
    return node;
}

Result<void> SyncNode::reopenLedger()
{
    if (!commitStoring())
        return fail(tr("the blocks just received could not be committed"));
    m_ledger.reset();
    auto ledger = Ledger::open(m_db, m_config.clinicRoot);
    if (!ledger)
        return std::move(ledger).takeError();
    m_ledger = std::move(ledger).value();
    return {};
}

Result<void> SyncNode::start()
{
    m_stopped = false;
    if (auto r = TlsConfig::configuration(m_config.tls, TlsConfig::Role::Server); !r)
        return std::move(r).takeError();
    if (m_config.listen) {
        m_server = std::make_unique<SslListener>([this](qintptr d) { incoming(d); });
        if (!m_server->listen(m_config.listenAddress, m_config.listenPort))
            return fail(tr("cannot listen on %1:%2: %3")
                            .arg(m_config.listenAddress.toString())
                            .arg(m_config.listenPort)
                            .arg(m_server->errorString()));
        qCInfo(lcSync).noquote() << "listening on" << m_config.listenAddress.toString() << m_server->serverPort();
        if (m_config.discoveryPort != 0) {
            const LanDiscovery::Config lan{m_config.discoveryPort, m_config.discoveryTarget, m_config.discoveryIntervalMs};
            m_discovery = new LanDiscovery(lan, Announcement{m_ownFingerprint, m_server->serverPort()}, this);
            connect(m_discovery, &LanDiscovery::discovered, this, &SyncNode::onDiscovered);
            if (auto r = m_discovery->start(); !r)
                return r;
        }
    }
    if (auto r = reloadPeers(); !r)
        return r;
    m_timer = new QTimer(this);
    m_timer->setInterval(m_config.headPollMs);
    connect(m_timer, &QTimer::timeout, this, &SyncNode::onTick);
    m_timer->start();
    onTick();
    return {};
}

void SyncNode::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    commitStoring();
    if (m_timer)
        m_timer->stop();
    if (m_server)
        m_server->close();
    delete m_discovery.data();
    for (const auto& s : std::vector<QPointer<PeerSession>>(m_sessions))
        if (s)
            s->close(GoodbyeReason::Shutdown);
    for (Dial& d : m_dials)
        if (d.attempt)
            delete d.attempt.data();
    saveRecords();
}

quint16 SyncNode::listeningPort() const
{
    return m_server ? m_server->serverPort() : 0;
}

std::size_t SyncNode::connectedPeers() const
{
    std::size_t n = 0;
    for (const auto& s : m_sessions)
        if (s && s->state() == PeerSession::State::Ready)
            ++n;
    return n;
}

bool SyncNode::allowedInbound(const Hash& fingerprint)
{
    if (isBanned(fingerprint) || fingerprint == m_ownFingerprint)
        return false;
    if (m_ledger && m_ledger->trust().nodeByTlsFingerprint(fingerprint) != nullptr)
        return true;
    const auto paired = [this, &fingerprint] {
        return std::any_of(m_dials.begin(), m_dials.end(),
                           [&fingerprint](const Dial& d) { return d.peer.tlsFingerprint == fingerprint; });
    };
    if (paired())
        return true;
    // Paired a moment ago (medilock-cli peer add) and not polled yet: read the table now.
    if (auto r = reloadPeers(); !r)
        return false;
    return paired();
}

void SyncNode::incoming(qintptr descriptor)
{
    auto* socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    handshake(socket, PeerSession::Direction::Inbound, nullptr);
}

void SyncNode::dial(Dial& d)
{
    QString host;
    quint16 port = 0;
    if (!PeerTable::parseAddress(d.peer.address, &host, &port))
        return;
    auto* socket = new QSslSocket(this);
    d.attempt = socket;
    handshake(socket, PeerSession::Direction::Outbound, &d.peer.tlsFingerprint);
    socket->connectToHostEncrypted(host, port);
}

void SyncNode::handshake(QSslSocket* socket, PeerSession::Direction direction, const Hash* expected)
{
    const auto role = direction == PeerSession::Direction::Inbound ? TlsConfig::Role::Server : TlsConfig::Role::Client;
    TlsConfig::AllowedFingerprint allowed;
    if (expected) {
        // Dialling a paired peer: only the certificate it was paired with will do.
        allowed = [this, want = *expected](const Hash& fp) { return fp == want && !isBanned(fp); };
    } else {
        allowed = [this](const Hash& fp) { return allowedInbound(fp); };
    }
    if (auto r = TlsConfig::prepare(*socket, m_config.tls, role, allowed); !r) {
        qCWarning(lcSync).noquote() << r.error();
        socket->deleteLater();
        return;
    }
    connect(socket, &QSslSocket::encrypted, this, [this, socket, direction, allowed] {
        QObject::disconnect(socket, nullptr, this, nullptr);
        if (m_stopped || !TlsConfig::peerIsAcceptable(*socket, allowed)) {
            socket->abort();
            socket->deleteLater();
            return;
        }
        adopt(socket, direction, TlsConfig::fingerprint(socket->peerCertificate()));
    });
    const auto drop = [this, socket] {
        QObject::disconnect(socket, nullptr, this, nullptr);
        socket->abort();
        socket->deleteLater();
    };
    connect(socket, &QSslSocket::errorOccurred, this, drop);
    connect(socket, &QSslSocket::disconnected, this, drop);
    QTimer::singleShot(m_config.limits.handshakeTimeoutMs, socket, [socket] {
        if (!socket->isEncrypted())
            socket->abort();
    });
    if (direction == PeerSession::Direction::Inbound)
        socket->startServerEncryption();
}

void SyncNode::adopt(QSslSocket* socket, PeerSession::Direction direction, const Hash& fingerprint)
{
    auto* session = new PeerSession(socket, direction, *this, m_config.limits, this);
    m_sessions.emplace_back(session);
    for (Dial& d : m_dials)
        if (d.attempt == socket)
            d.attempt = session;
    connect(session, &PeerSession::misbehaved, this, [this, session](const QString& reason) {
        ban(session->peerFingerprint(), reason);
    });
    connect(session, &PeerSession::ready, this, [this, session] {
        PeerStatus& s = statusOf(session->peerFingerprint());
        s.connected = true;
        s.nodeFingerprint = crypto::fingerprintOf(ByteView(session->peerNodeKey()));
        qCInfo(lcSync).noquote() << "peer" << session->shortName() << "connected"
                                 << (session->direction() == PeerSession::Direction::Inbound ? "(inbound)" : "(outbound)");
        for (Dial& d : m_dials)
            if (d.attempt == session)
                d.backoffMs = 0;
        Q_EMIT statusChanged();
    });
    connect(session, &PeerSession::closed, this, [this, session] {
        PeerStatus& s = statusOf(session->peerFingerprint());
        s.failedVerifications += session->failedVerifications();
        s.lastContactMs = std::max(s.lastContactMs, session->lastContactMs());
        std::erase_if(m_sessions, [session](const QPointer<PeerSession>& p) { return !p || p == session; });
        s.connected = false;
        for (const auto& other : m_sessions)
            if (other && other->peerFingerprint() == session->peerFingerprint()
                && other->state() == PeerSession::State::Ready)
                s.connected = true;
        session->deleteLater();
        Q_EMIT statusChanged();
    });
    session->start(fingerprint);
}

Result<void> SyncNode::admitHello(const Hello& hello, PeerSession& from)
{
    if (hello.nodeKey == m_config.nodeKey)
        return fail(tr("connected to itself"));
    if (const PublicKeyBytes* bound = m_ledger->trust().nodeByTlsFingerprint(from.peerFingerprint());
        bound && *bound != hello.nodeKey)
        return fail(tr("the peer's node key is not the one its clinic bound to its certificate"));
    // Two connections between the same nodes (both dialled): both sides keep the one
    // dialled by the smaller node key, so they agree without talking about it.
    const auto initiator = [this, &hello](const PeerSession& s) {
        return s.direction() == PeerSession::Direction::Outbound ? m_config.nodeKey : hello.nodeKey;
    };
    for (const auto& other : m_sessions) {
        if (!other || other == &from || other->state() != PeerSession::State::Ready || other->peerNodeKey() != hello.nodeKey)
            continue;
        if (initiator(*other) < initiator(from))
            return fail(tr("duplicate connection"));
        other->close(GoodbyeReason::Duplicate);
    }
    noteOwnHead(hello, from);
    return {};
}

Result<std::vector<HeadInfo>> SyncNode::localHeads()
{
    auto heads = m_ledger->store().heads();
    if (!heads)
        return std::move(heads).takeError();
    std::vector<HeadInfo> out;
    for (const auto& [origin, head] : *heads) {
        if (out.size() == kMaxHeadsPerHello)
            break;
        out.push_back({origin, head.height, head.hash});
    }
    return out;
}

Result<std::uint64_t> SyncNode::nextWanted(const PublicKeyBytes& origin)
{
    auto head = m_ledger->store().headOf(origin);
    if (!head)
        return std::move(head).takeError();
    std::uint64_t next = *head ? (*head)->height + 1 : 0;
    while (m_pending.holds(origin, next))
        ++next;
    return next;
}

bool SyncNode::isFrozen(const PublicKeyBytes& origin)
{
    auto frozen = m_ledger->store().isFrozen(origin);
    return !frozen || *frozen;
}

bool SyncNode::isCertifiedOrigin(const PublicKeyBytes& origin)
{
    return m_ledger->trust().isCertifiedNode(origin);
}

Result<bool> SyncNode::forksStoredChain(const Block& block)
{
    const BlockHeader& h = block.header();
    if (h.height == 0)
        return false;
    auto below = m_ledger->store().blockAt(h.origin, h.height - 1);
    if (!below)
        return std::move(below).takeError();
    if (!*below || crypto::constantTimeEqual(ByteView((*below)->hash), ByteView(h.previous)))
        return false;
    return block.verifyHeaderSignature().ok();
}

Result<std::vector<Block>> SyncNode::loadBlocks(const PublicKeyBytes& origin, std::uint64_t fromHeight,
                                                std::uint32_t maxCount, std::size_t byteBudget)
{
    std::vector<Block> out;
    std::size_t bytes = 0;
    for (std::uint64_t h = fromHeight; out.size() < maxCount; ++h) {
        auto block = m_ledger->store().load(origin, h);
        if (!block)
            return std::move(block).takeError();
        if (!*block)
            break;
        const auto size = static_cast<std::size_t>((*block)->encode().size()) + 4;
        if (!out.empty() && bytes + size > byteBudget)
            break;
        bytes += size;
        out.push_back(std::move(**block));
    }
    return out;
}

void SyncNode::verifyAhead(const Block& next)
{
    m_ledger->verifyAhead(next);
}

Result<Ledger::AcceptResult> SyncNode::accept(const Block& block, PeerSession& from)
{
    using S = Ledger::AcceptStatus;
    const BlockHeader& h = block.header();
    auto result = m_ledger->accept(block);
    if (!result) {
        commitStoring(); // the valid blocks before it stay; the peer is banned next
        return result;
    }
    switch (result->status) {
    case S::Stored:
        m_storedHere.insert(block.hash());
        if (h.origin == m_config.nodeKey)
            settleRestoreMark();
        drainPending();
        schedulePoll();
        commitStoringIfDue();
        break;
    case S::MissingPrevious:
        if (h.height == 0 || !m_pending.holds(h.origin, h.height - 1))
            break;
        [[fallthrough]]; // follows a block held back: held back with it
    case S::UnknownOrigin:
        if (auto r = hold(block, from); !r)
            return std::move(r).takeError();
        return Ledger::AcceptResult{S::UnknownOrigin, result->detail};
    case S::Equivocation: {
        commitStoring(); // the proof is kept before anyone is told
        ++statusOf(from.peerFingerprint()).equivocationAlerts;
        Q_EMIT equivocationDetected(crypto::fingerprintOf(ByteView(h.origin)), h.height);
        auto proof = storedProof(h.origin, h.height);
        if (proof && *proof)
            broadcastEquivocation(**proof, nullptr);
        // A relay of the other branch is honest; the equivocating node itself is not.
        if (const PublicKeyBytes* bound = m_ledger->trust().nodeByTlsFingerprint(from.peerFingerprint());
            bound && *bound == h.origin)
            return fail(tr("the peer's own node signed two blocks at height %1").arg(h.height));
        break;
    }
    case S::LocalFailure: // our database's trouble, not the peer's: asked again later
        commitStoring(); // what the batch holds commits, or all of it rolls back if a write failed
        break;
    case S::AlreadyHave:
    case S::Frozen:
        break;
    }
    return result;
}

Result<void> SyncNode::hold(const Block& block, PeerSession& from)
{
    const Hash& fp = from.peerFingerprint();
    if (m_pending.add(block, fp) != PendingBlocks::AddResult::Full)
        return {};
    // Full: the peer holding most of it pays, so one peer cannot crowd out the others.
    const std::optional<Hash> largest = m_pending.largestHolder();
    if (!largest || *largest == fp || m_pending.countFrom(fp) >= m_pending.countFrom(*largest))
        return fail(tr("more blocks of unknown origin than the pending set holds"));
    ban(*largest, tr("filled the pending set"));
    m_pending.add(block, fp);
    return {};
}

void SyncNode::drainPending()
{
    bool stored = false;
    std::map<Hash, QString> offenders;
    for (bool progress = true; progress;) {
        progress = false;
        m_pending.retryEach([&](const Block& block, const Hash& from) {
            auto r = m_ledger->accept(block);
            using S = Ledger::AcceptStatus;
            if (r && (r->status == S::UnknownOrigin || r->status == S::MissingPrevious))
                return PendingBlocks::Retry::Keep;
            if (!r) {
                // Invalid once its origin became known: the peer that sent it is at fault.
                ++statusOf(from).failedVerifications;
                offenders.emplace(from, r.error());
            } else if (r->status == S::Stored) {
                m_storedHere.insert(block.hash());
                progress = stored = true;
            }
            return PendingBlocks::Retry::Remove;
        });
    }
    for (const auto& [fp, reason] : offenders)
        ban(fp, reason);
    if (stored) {
        schedulePoll();
        QTimer::singleShot(0, this, &SyncNode::resumeAll);
    }
}

void SyncNode::resumeAll()
{
    for (const auto& s : std::vector<QPointer<PeerSession>>(m_sessions))
        if (s)
            s->resume();
}

void SyncNode::schedulePoll()
{
    if (m_pollScheduled)
        return;
    m_pollScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_pollScheduled = false;
        if (m_ledger && m_ledger->acceptBatchOpen())
            return; // polled once the batch commits: nothing uncommitted is announced
        if (auto r = pollHeads(); !r)
            qCWarning(lcSync).noquote() << "cannot poll chain heads:" << r.error();
    });
}

Result<void> SyncNode::pollHeads()
{
    auto seq = m_db.prepare("SELECT coalesce(max(stored_seq), 0) FROM blocks;");
    if (!seq)
        return std::move(seq).takeError();
    if (auto row = seq->step(); !row)
        return std::move(row).takeError();
    const qint64 latest = seq->integer(0);
    if (latest <= m_lastSeq)
        return {};
    auto fresh = m_db.prepare("SELECT hash, origin FROM blocks WHERE stored_seq > ?;");
    if (!fresh)
        return std::move(fresh).takeError();
    fresh->bind(1, m_lastSeq);
    std::set<PublicKeyBytes> origins;
    std::vector<Hash> foreign;
    auto rows = fresh->forEachRow([&](const auto&) {
        Hash hash{};
        PublicKeyBytes origin{};
        fromBytes(fresh->blob(0), hash);
        fromBytes(fresh->blob(1), origin);
        origins.insert(origin);
        if (!m_storedHere.count(hash))
            foreign.push_back(hash);
    });
    if (!rows)
        return std::move(rows).takeError();
    m_lastSeq = latest;
    m_storedHere.clear();
    // Another process (medilock-cli) wrote administrative entries: trust may have changed.
    bool trustChanged = false;
    auto admin = m_db.prepare("SELECT 1 FROM entries WHERE block_hash = ? AND kind < 16 LIMIT 1;");
    if (!admin)
        return std::move(admin).takeError();
    for (const Hash& h : foreign) {
        admin->reset();
        admin->bind(1, toBytes(h));
        auto row = admin->step();
        if (!row)
            return std::move(row).takeError();
        if (*row) {
            trustChanged = true;
            break;
        }
    }
    if (trustChanged) {
        if (auto r = reopenLedger(); !r)
            return r;
        drainPending();
        resumeAll();
    }
    for (const PublicKeyBytes& origin : origins) {
        auto head = m_ledger->store().headOf(origin);
        if (!head)
            return std::move(head).takeError();
        if (!*head)
            continue;
        const HeadInfo info{origin, (*head)->height, (*head)->hash};
        for (const auto& s : m_sessions)
            if (s)
                s->announce(info);
    }
    return {};
}

void SyncNode::onTick()
{
    if (m_stopped)
        return;
    commitStoring(); // a batch held open for an answer that has not come
    if (auto r = pollHeads(); !r)
        qCWarning(lcSync).noquote() << "cannot poll chain heads:" << r.error();
    // Status rows: at once when something changed, else every 10 s as a sign of life.
    if (++m_ticks % 4 == 0)
        saveRecords(m_ticks % 40 != 0);
    if (m_ticks % 4 == 0)
        if (auto r = reloadPeers(); !r)
            qCWarning(lcSync).noquote() << "cannot read the peers table:" << r.error();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (Dial& d : m_dials) {
        if (d.attempt || now < d.nextAttemptMs || isBanned(d.peer.tlsFingerprint))
            continue;
        const bool linked = std::any_of(m_sessions.begin(), m_sessions.end(), [&d](const QPointer<PeerSession>& s) {
            return s && s->peerFingerprint() == d.peer.tlsFingerprint && s->state() != PeerSession::State::Closed;
        });
        if (linked)
            continue;
        d.backoffMs = d.backoffMs == 0 ? m_config.reconnectMinMs : std::min(d.backoffMs * 2, m_config.reconnectMaxMs);
        d.nextAttemptMs = now + d.backoffMs;
        dial(d);
    }
}

} // namespace medilock::ledger::sync
