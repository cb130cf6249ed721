// SyncNode: what it knows of each peer (status, bans) and how that is kept in peer_status.

#include "SyncNode.h"

#include "PeerRecords.h"
#include "SyncLog.h"

#include "crypto/Hex.h"

#include <QDateTime>

#include <algorithm>

namespace medilock::ledger::sync {

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString hexOf(const Hash& h)
{
    return crypto::toHex(toBytes(h));
}
} // namespace

// Bans and counters outlive the process: a peer banned a minute ago is refused after a restart.
Result<void> SyncNode::loadRecords()
{
    auto records = PeerRecords::load(m_db);
    if (!records)
        return std::move(records).takeError();
    m_status = std::move(records).value();
    for (auto& [fp, s] : m_status) {
        s.connected = false;
        if (s.bannedUntilMs > nowMs())
            m_bans[fp] = s.bannedUntilMs;
    }
    return {};
}

void SyncNode::saveRecords(bool onlyIfChanged)
{
    std::map<Hash, PeerStatus> rows;
    for (PeerStatus& s : peerStatus()) {
        Hash fp{};
        s.recordedAtMs = 0;
        if (fromBytes(QByteArray::fromHex(s.tlsFingerprint.toLatin1()), fp))
            rows.emplace(fp, std::move(s));
    }
    if (onlyIfChanged && rows == m_recorded)
        return;
    m_recorded = rows;
    if (auto r = PeerRecords::save(m_db, rows, nowMs()); !r)
        qCWarning(lcSync).noquote() << "cannot record peer status:" << r.error();
}

std::vector<PeerStatus> SyncNode::peerStatus()
{
    std::map<PublicKeyBytes, std::uint64_t> local;
    if (auto heads = m_ledger->store().heads())
        for (const auto& [origin, head] : *heads)
            local[origin] = head.height;
    std::map<Hash, PeerStatus> out = m_status;
    for (const auto& session : m_sessions) {
        if (!session || session->state() != PeerSession::State::Ready)
            continue;
        PeerStatus& s = out[session->peerFingerprint()];
        if (s.tlsFingerprint.isEmpty())
            s.tlsFingerprint = hexOf(session->peerFingerprint());
        s.connected = true;
        s.lastContactMs = std::max(s.lastContactMs, session->lastContactMs());
        s.failedVerifications += session->failedVerifications();
        s.blocksBehind = s.blocksAhead = 0;
        const auto& remote = session->remoteHeights();
        for (const auto& [origin, height] : remote) {
            const auto it = local.find(origin);
            const std::uint64_t have = it == local.end() ? 0 : it->second + 1;
            if (height + 1 > have)
                s.blocksBehind += height + 1 - have;
        }
        for (const auto& [origin, height] : local) {
            const auto it = remote.find(origin);
            const std::uint64_t theirs = it == remote.end() ? 0 : it->second + 1;
            if (height + 1 > theirs)
                s.blocksAhead += height + 1 - theirs;
        }
    }
    std::vector<PeerStatus> list;
    for (auto& [fp, s] : out)
        list.push_back(std::move(s));
    return list;
}

bool SyncNode::isBanned(const Hash& fingerprint) const
{
    const auto it = m_bans.find(fingerprint);
    return it != m_bans.end() && it->second > nowMs();
}

PeerStatus& SyncNode::statusOf(const Hash& fingerprint)
{
    PeerStatus& s = m_status[fingerprint];
    if (s.tlsFingerprint.isEmpty())
        s.tlsFingerprint = hexOf(fingerprint);
    return s;
}

void SyncNode::ban(const Hash& fingerprint, const QString& reason)
{
    const qint64 until = nowMs() + m_config.banMs;
    m_bans[fingerprint] = until;
    PeerStatus& s = statusOf(fingerprint);
    ++s.bans;
    s.bannedUntilMs = until;
    // Nothing a banned peer sent stays, not even what waits for its origin's certification.
    m_pending.dropFrom(fingerprint);
    qCWarning(lcSync).noquote() << "banned peer" << hexOf(fingerprint).left(16) << "for" << m_config.banMs / 1000 << "s";
    Q_UNUSED(reason); // logged (rate-limited) by the session
    for (const auto& session : std::vector<QPointer<PeerSession>>(m_sessions))
        if (session && session->peerFingerprint() == fingerprint)
            session->close(GoodbyeReason::Banned);
    saveRecords();
    commitStoring(); // the ban is durable at once, also in the middle of an answer
    Q_EMIT statusChanged();
}

// The peers table, read again: peers added since (medilock-cli peer add, the application) are
// dialled too.
Result<void> SyncNode::reloadPeers()
{
    auto peers = PeerTable::list(m_db);
    if (!peers)
        return std::move(peers).takeError();
    for (const ConfiguredPeer& p : *peers) {
        const bool known = std::any_of(m_dials.begin(), m_dials.end(), [&p](const Dial& d) {
            return d.peer.address == p.address && d.peer.tlsFingerprint == p.tlsFingerprint;
        });
        if (!known) {
            m_dials.push_back(Dial{p, 0, 0, {}, false});
            statusOf(p.tlsFingerprint).address = p.address;
        }
    }
    return {};
}

// A node heard on the LAN. Only a certificate this node would accept anyway (paired, or bound
// to a certified node by a trusted clinic) is worth a dial, and the dial accepts exactly that
// certificate: an announcement can point us at an address, never make us trust anyone.
void SyncNode::onDiscovered(const QHostAddress& address, quint16 port, const Hash& fingerprint)
{
    if (m_stopped || fingerprint == m_ownFingerprint || isBanned(fingerprint))
        return;
    const bool paired = std::any_of(m_dials.begin(), m_dials.end(), [&fingerprint](const Dial& d) {
        return !d.discovered && d.peer.tlsFingerprint == fingerprint;
    });
    if (!paired && m_ledger->trust().nodeByTlsFingerprint(fingerprint) == nullptr)
        return;
    const QString where = address.protocol() == QAbstractSocket::IPv6Protocol
                              ? QStringLiteral("[%1]:%2").arg(address.toString()).arg(port)
                              : QStringLiteral("%1:%2").arg(address.toString()).arg(port);
    std::size_t discovered = 0;
    for (const Dial& d : m_dials) {
        if (d.peer.address == where && d.peer.tlsFingerprint == fingerprint)
            return;
        discovered += d.discovered ? 1 : 0;
    }
    if (discovered >= m_config.maxDiscoveredPeers)
        return;
    m_dials.push_back(Dial{ConfiguredPeer{where, fingerprint, nowMs()}, 0, 0, {}, true});
    PeerStatus& s = statusOf(fingerprint);
    if (s.address.isEmpty())
        s.address = where;
    qCInfo(lcSync).noquote() << "discovered peer" << hexOf(fingerprint).left(16) << "on the LAN";
}

} // namespace medilock::ledger::sync
