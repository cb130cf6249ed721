// Ledger: access entries on a node that may not seal. A node restored from a backup seals
// nothing until it has caught up with its own chain (RestoreMark), yet a physician must
// still open a chart and every opening must be on record. So an access entry, signed by its
// reader as ever, waits durably in the encrypted database (UnsealedQueue) and is sealed, in
// queue order and in one transaction, once signing resumes. docs/security.md, Backup.

#include "Ledger.h"

#include "projection/AccessPayload.h"
#include "projection/Projection.h"
#include "store/Database.h"
#include "store/RestoreMark.h"
#include "store/UnsealedQueue.h"

#include "crypto/ConstantTime.h"

#include <QCoreApplication>
#include <QDateTime>

namespace medilock::ledger {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Ledger", text);
}

// Only what records a reading may wait: a clinical write is refused until signing resumes.
bool mayWaitUnsealed(EntryKind kind)
{
    return kind == EntryKind::ChartViewed || kind == EntryKind::EmergencyAccess;
}

// A queued row, read back from the database, is checked like bytes from outside: it decodes
// canonically, is the entry its columns name, is signed by its author and is an access entry.
Result<Entry> queuedEntry(const UnsealedQueue::Row& row)
{
    auto entry = Entry::decode(asView(row.encoded));
    if (!entry)
        return std::move(entry).takeError();
    if (!crypto::constantTimeEqual(ByteView(entry->hash()), ByteView(row.hash)) || entry->entryId() != row.entryId)
        return fail(tr("the entry is not the one that was queued"));
    if (!mayWaitUnsealed(entry->kind()))
        return fail(tr("not an access entry"));
    if (!entry->verifySignature())
        return fail(tr("bad signature"));
    if (auto r = Projection::checkPayload(*entry); !r)
        return std::move(r).takeError();
    return entry;
}
} // namespace

Result<Ledger::AccessResult> Ledger::appendAccess(Entry entry, const crypto::Ed25519PrivateKey& node)
{
    if (!mayWaitUnsealed(entry.kind()))
        return fail(tr("only chart accesses are recorded this way"));
    const Hash hash = entry.hash();
    {
        bool restored = false;
        auto tx = beginWrite(restored);
        if (!tx)
            return std::move(tx).takeError();
        if (restored) {
            auto stored = m_store.hasEntryId(entry.entryId());
            if (!stored)
                return std::move(stored).takeError();
            auto queued = UnsealedQueue::holdsEntryId(m_db, entry.entryId());
            if (!queued)
                return std::move(queued).takeError();
            if (*stored || *queued)
                return fail(tr("this access is already on record"));
            // Judged as it will be when sealed: the author must be enrolled, not revoked,
            // and allowed to record this kind.
            if (auto r = m_trust.admit(entry, TrustState::Revocation::Enforce); !r)
                return std::move(r).takeError();
            auto waiting = UnsealedQueue::count(m_db);
            if (!waiting)
                return std::move(waiting).takeError();
            if (*waiting >= UnsealedQueue::kCapacity)
                return fail(tr("%1 chart accesses already wait to be sealed on this restored node, the most it keeps; "
                               "no further chart opens until it has caught up with its own chain from a peer, or an "
                               "administrator without peers runs 'medilock-cli resume-signing'")
                                .arg(UnsealedQueue::kCapacity));
            if (auto r = UnsealedQueue::push(m_db, entry, accessReason(entry.kind(), entry.payload()),
                                             QDateTime::currentMSecsSinceEpoch());
                !r)
                return std::move(r).takeError();
            // synchronous=FULL: once this returns the access survives a crash.
            if (auto r = tx->commit(); !r)
                return std::move(r).takeError();
            return AccessResult{hash, true};
        }
    } // nothing written: rolled back
    std::vector<Entry> one;
    one.push_back(std::move(entry));
    auto stored = appendSigned(std::move(one), node);
    if (!stored)
        return std::move(stored).takeError();
    return AccessResult{hash, false};
}

Result<std::size_t> Ledger::sealQueued(const crypto::Ed25519PrivateKey& node, bool clearRestoreMark)
{
    bool restored = false;
    auto tx = beginWrite(restored);
    if (!tx)
        return std::move(tx).takeError();
    if (restored) {
        if (!clearRestoreMark)
            return fail(tr("this node still waits for its own chain after a restore; queued chart accesses are "
                           "sealed once it has caught up"));
        if (auto r = RestoreMark::clear(m_db); !r)
            return std::move(r).takeError();
    }
    auto rows = UnsealedQueue::all(m_db);
    if (!rows)
        return std::move(rows).takeError();
    std::vector<Entry> fresh;
    fresh.reserve(rows->size());
    for (const UnsealedQueue::Row& row : *rows) {
        auto entry = queuedEntry(row);
        if (!entry)
            return fail(tr("queued chart access no. %1 (queued at %2) is damaged: %3; nothing was sealed and "
                           "every queued access stays queued")
                            .arg(row.seq)
                            .arg(QDateTime::fromMSecsSinceEpoch(row.queuedAtMs, Qt::UTC).toString(Qt::ISODate),
                                 entry.error()));
        auto stored = m_store.hasEntryId(entry->entryId());
        if (!stored)
            return std::move(stored).takeError();
        // Sealed already: a backup taken while it waited, restored after it was sealed, and
        // its block fetched back from a peer. Dropped from the queue, not sealed twice.
        if (!*stored)
            fresh.push_back(std::move(entry).value());
    }
    AppendResult result;
    TrustState working = m_trust;
    qint64 adminEntries = 0;
    if (!fresh.empty())
        if (auto r = sealFresh(std::move(fresh), node, working, result, adminEntries); !r)
            return fail(tr("the queued chart accesses do not validate: %1; nothing was sealed and every queued "
                           "access stays queued")
                            .arg(r.error()));
    if (!rows->empty())
        if (auto r = UnsealedQueue::removeThrough(m_db, rows->back().seq); !r)
            return std::move(r).takeError();
    if (auto r = tx->commit(); !r)
        return std::move(r).takeError();
    m_trust = std::move(working);
    m_adminEntriesSeen += adminEntries;
    return result.entries.size();
}

} // namespace medilock::ledger
