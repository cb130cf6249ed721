// The blocks of an answer are stored in one transaction (Ledger::beginAcceptBatch). Each
// commit encrypts and writes to the WAL every page its blocks touched, and blocks of random
// patients touch most leaf pages of the per-patient indexes: one commit for many blocks
// instead of one per block is most of the storing cost of a catch-up saved.
//
// While a session awaits further answers (a catch-up), the batch stays open for the next
// answer's blocks and commits once it has been open for kMaxBatchMs: the commit then runs
// while the other cores check the next blocks (BlockPrecheck), instead of leaving them idle
// between two answers. A batch held open with no answer arriving commits on the next tick
// (250 ms), and always before the heads are polled, so nothing is announced to peers before
// it is committed. Other writers of the node (the desktop application's records,
// medilock-cli) wait for the database no longer than about kMaxBatchMs.
// docs/sync-protocol.md, Exchange.

#include "SyncNode.h"

#include "SyncLog.h"

namespace medilock::ledger::sync {

namespace {
constexpr qint64 kMaxBatchMs = 1000;
} // namespace

void SyncNode::beginStoring()
{
    m_inStoringScope = true;
    openStoringBatch();
}

void SyncNode::endStoring(bool moreComing)
{
    m_inStoringScope = false;
    if (!moreComing || m_stopped)
        commitStoring();
}

void SyncNode::openStoringBatch()
{
    if (!m_ledger || m_ledger->acceptBatchOpen())
        return; // none (a failed reopen), or held open after the previous answer: this one joins it
    if (auto r = m_ledger->beginAcceptBatch(); !r) {
        // accept() then commits block by block, as it does outside an answer.
        qCWarning(lcSync).noquote() << "cannot begin storing an answer's blocks together:" << r.error();
        return;
    }
    m_storingSince.start();
}

bool SyncNode::commitStoring(AfterCommit after)
{
    if (!m_ledger || !m_ledger->acceptBatchOpen())
        return true;
    m_storingSince.invalidate();
    if (auto r = m_ledger->commitAcceptBatch(); !r) {
        // Rolled back: the blocks are asked again (requests start from what is stored), and
        // what this node believed about them is read again from the database.
        qCWarning(lcSync).noquote() << "the blocks just received could not be committed and are asked again:"
                                    << r.error();
        m_storedHere.clear();
        if (auto mark = loadRestoreMark(); !mark)
            qCWarning(lcSync).noquote() << mark.error();
        return false;
    }
    if (!m_stopped)
        schedulePoll();
    // Within an answer, its remaining blocks go on in a new batch.
    if (m_inStoringScope && after == AfterCommit::ContinueAnswer)
        openStoringBatch();
    return true;
}

void SyncNode::commitStoringIfDue()
{
    if (m_storingSince.isValid() && m_storingSince.elapsed() >= kMaxBatchMs)
        commitStoring();
}

} // namespace medilock::ledger::sync
