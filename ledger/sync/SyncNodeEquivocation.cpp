// SyncNode: equivocation proofs, received from peers or found here, kept and passed on to
// every other peer (docs/sync-protocol.md, Exchange step 6).

#include "SyncNode.h"

#include "ledger/store/Statement.h"

#include "crypto/Ed25519.h"

#include <QDateTime>

namespace medilock::ledger::sync {

Result<std::optional<EquivocationProof>> SyncNode::storedProof(const PublicKeyBytes& origin, std::uint64_t height)
{
    auto all = m_ledger->store().equivocations();
    if (!all)
        return std::move(all).takeError();
    for (const auto& e : *all)
        if (e.origin == origin && e.height == height)
            return std::optional<EquivocationProof>(
                EquivocationProof{origin, height, e.firstHeader, e.firstSignature, e.secondHeader, e.secondSignature});
    return std::optional<EquivocationProof>();
}

void SyncNode::broadcastEquivocation(const EquivocationProof& proof, const PeerSession* except)
{
    for (const auto& s : m_sessions)
        if (s && s != except)
            s->forwardEquivocation(proof);
}

Result<bool> SyncNode::recordEquivocation(const EquivocationProof& proof, PeerSession& from)
{
    // Proofs about nodes nobody here trusts are not kept: they would only fill the table.
    if (!m_ledger->trust().isCertifiedNode(proof.origin))
        return false;
    auto known = storedProof(proof.origin, proof.height);
    if (!known)
        return std::move(known).takeError();
    if (*known)
        return false;
    auto stmt = m_db.prepare("INSERT OR IGNORE INTO equivocations (origin, height, first_header, first_signature, "
                             "second_header, second_signature, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?);");
    if (!stmt)
        return std::move(stmt).takeError();
    stmt->bind(1, toBytes(proof.origin)).bind(2, static_cast<qint64>(proof.height));
    stmt->bind(3, proof.headerA).bind(4, proof.signatureA).bind(5, proof.headerB).bind(6, proof.signatureB).bind(7, QDateTime::currentMSecsSinceEpoch());
    if (auto r = stmt->run(); !r)
        return std::move(r).takeError();
    ++statusOf(from.peerFingerprint()).equivocationAlerts;
    Q_EMIT equivocationDetected(crypto::fingerprintOf(ByteView(proof.origin)), proof.height);
    broadcastEquivocation(proof, &from);
    return true;
}

} // namespace medilock::ledger::sync
