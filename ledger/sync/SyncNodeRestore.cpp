// A node restored from a backup (ledger RestoreMark) seals nothing until it holds its own
// chain's head as a peer knows it: the peer's hello names that head, the session fetches
// the missing blocks like any other origin's, and the mark goes once the reported block is
// stored here. A head a peer reports but never delivers keeps the mark (and the node
// unable to seal): signing past it would fork the chain. docs/security.md, Backup.

#include "SyncNode.h"

#include "SyncLog.h"

#include "ledger/store/RestoreMark.h"

#include "crypto/ConstantTime.h"

namespace medilock::ledger::sync {

Result<void> SyncNode::loadRestoreMark()
{
    auto mark = RestoreMark::read(m_db);
    if (!mark)
        return std::move(mark).takeError();
    m_awaitingOwnHead = mark->has_value();
    if (m_awaitingOwnHead)
        qCWarning(lcSync) << "restored from a backup: signing waits until a peer reports this node's own chain head";
    return {};
}

void SyncNode::noteOwnHead(const Hello& hello, const PeerSession& from)
{
    if (!m_awaitingOwnHead)
        return;
    for (const HeadInfo& head : hello.heads) {
        if (head.origin != m_config.nodeKey)
            continue;
        qCInfo(lcSync).noquote() << "peer" << from.shortName() << "reports this node's own chain at height" << head.height;
        if (auto r = RestoreMark::noteReportedHead(m_db, head.height, head.hash); !r)
            qCWarning(lcSync).noquote() << r.error();
        settleRestoreMark();
        return;
    }
}

void SyncNode::settleRestoreMark()
{
    if (!m_awaitingOwnHead)
        return;
    auto mark = RestoreMark::read(m_db);
    if (!mark) {
        qCWarning(lcSync).noquote() << mark.error();
        return;
    }
    if (!*mark) { // cleared elsewhere (an administrator's override)
        m_awaitingOwnHead = false;
        Q_EMIT statusChanged();
        return;
    }
    const RestoreMark::State& state = **mark;
    if (!state.reportedHeight)
        return;
    auto held = m_ledger->store().blockAt(m_config.nodeKey, *state.reportedHeight);
    if (!held) {
        qCWarning(lcSync).noquote() << held.error();
        return;
    }
    if (!*held)
        return; // still fetching
    if (!crypto::constantTimeEqual(ByteView((*held)->hash), ByteView(state.reportedHash))) {
        qCWarning(lcSync) << "a peer reports another block of this node's own chain at height" << *state.reportedHeight
                          << "than the one restored here; signing stays off";
        return;
    }
    // The mark goes (and the queued accesses are sealed into this node's chain, in their own
    // transaction) over committed blocks only; the rest of the answer commits block by block.
    if (!commitStoring(AfterCommit::NoBatch))
        return;
    if (auto r = clearMarkSealingQueue(); !r) {
        qCWarning(lcSync).noquote() << r.error();
        return;
    }
    m_awaitingOwnHead = false;
    qCInfo(lcSync) << "caught up with this node's own chain at height" << *state.reportedHeight << "; signing resumes";
    Q_EMIT ownHeadRecovered();
    Q_EMIT statusChanged();
}

Result<void> SyncNode::clearMarkSealingQueue()
{
    // The chart accesses recorded meanwhile are sealed in the transaction that clears the
    // mark, oldest first, before anything else this node signs.
    if (!m_config.queueSealingKey.isNull()) {
        auto sealed = m_ledger->sealQueued(m_config.queueSealingKey, true);
        if (sealed) {
            if (*sealed > 0)
                qCInfo(lcSync) << "sealed" << *sealed << "chart accesses queued since the restore";
            return {};
        }
        // A damaged or invalid queue must not keep the node from signing: it stays queued
        // (the access report shows it) and the mark goes alone.
        qCWarning(lcSync).noquote() << "queued chart accesses stay unsealed:" << sealed.error();
    }
    return RestoreMark::clear(m_db);
}

} // namespace medilock::ledger::sync
