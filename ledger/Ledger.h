#pragma once

#include "Block.h"
#include "EntryDraft.h"
#include "HybridClock.h"
#include "TrustState.h"

#include "store/BlockStore.h"
#include "store/Transaction.h"

#include "crypto/Result.h"

#include <deque>
#include <memory>
#include <optional>
#include <span>

namespace medilock::ledger {

class Database;
class Projection;

// A node's ledger over one database connection: appends local entries in blocks sealed by
// the node, accepts blocks from peers, and keeps the trust state and the projection in step
// with what is stored. Every write is one transaction that validates before it commits.
class Ledger
{
public:
    static Result<std::unique_ptr<Ledger>> open(Database& db, const PublicKeyBytes& localClinicRoot);
    ~Ledger();

    struct AppendResult
    {
        std::vector<Hash> entries; // newly stored, in draft order
        std::size_t skipped = 0;   // drafts whose entry id was already on the ledger
        std::vector<bool> added;   // per draft: stored now (false: skipped)
        std::vector<Hash> blocks;
    };
    // Signs each draft with `author`, seals them into blocks of the node's own chain with
    // `node`, validates and stores everything in one transaction: all or nothing.
    Result<AppendResult> append(std::span<const EntryDraft> drafts, const crypto::Ed25519PrivateKey& author,
                                const crypto::Ed25519PrivateKey& node);

    // The two halves of append(), for a writer that signs the next batch while the previous
    // one is being stored. sign() touches no database and may run on any thread (it reads
    // the clock, which is thread-safe); appendSigned() skips entries whose id is already
    // stored, then seals, validates and stores the rest in one transaction.
    Result<std::vector<Entry>> sign(std::span<const EntryDraft> drafts, const crypto::Ed25519PrivateKey& author);
    Result<AppendResult> appendSigned(std::vector<Entry> entries, const crypto::Ed25519PrivateKey& node);

    // Records one access entry (chart viewed, emergency access) signed by its reader. While
    // the node may not seal (restored from a backup, RestoreMark) the entry is queued in the
    // database instead (UnsealedQueue, bounded), durably, so a chart still opens and the
    // access is still on record; otherwise it is sealed like appendSigned(). `queued` says which.
    struct AccessResult
    {
        Hash entry{};
        bool queued = false;
    };
    Result<AccessResult> appendAccess(Entry entry, const crypto::Ed25519PrivateKey& node);
    // Seals the queued access entries, oldest first, into blocks of the node's own chain and
    // removes them from the queue, in one transaction: if any row is damaged or does not
    // validate, nothing is sealed and every row stays. With `clearRestoreMark` the restore
    // mark goes in that same transaction; without, a set mark refuses. Returns how many
    // entries were sealed.
    Result<std::size_t> sealQueued(const crypto::Ed25519PrivateKey& node, bool clearRestoreMark);

    // LocalFailure: this node could not read or write its database (busy, disk full); the
    // block was not judged and the peer is not at fault.
    enum class AcceptStatus { Stored, AlreadyHave, MissingPrevious, UnknownOrigin, Equivocation, Frozen, LocalFailure };
    struct AcceptResult
    {
        AcceptStatus status = AcceptStatus::Stored;
        QString detail;
    };
    // A block from a peer. An error means the block is invalid (signature, link, root, role,
    // payload): nothing is stored. UnknownOrigin (the block needs a certificate, enrolment
    // or user another chain has not delivered yet) and MissingPrevious are not faults: the
    // caller may hold the block until what it depends on arrives.
    Result<AcceptResult> accept(const Block& block);
    // Starts the checks of `next` (a copy) that need only its entries, on the other cores
    // (BlockPrecheck), while the blocks before it are accepted; accept(next) then uses them.
    // At most three blocks are checked ahead: a fourth call drops the oldest check.
    void verifyAhead(const Block& next);
    // Blocks accepted while a batch is open commit together when it closes, so the index
    // pages they share are written (encrypted, to the WAL) once per batch rather than once
    // per block. A block still fails alone: everything that can refuse it is checked before
    // its first write. What can fail after that is the database, and then the batch is
    // broken: every later accept() reports that LocalFailure, and commitAcceptBatch() rolls
    // every block of the batch back and returns it. A batch that does not commit has the trust
    // state read again from what is stored. Nothing is durable, or visible to other
    // connections, before commitAcceptBatch() succeeded.
    Result<void> beginAcceptBatch();
    Result<void> commitAcceptBatch();
    bool acceptBatchOpen() const { return m_batch.has_value(); }

    const TrustState& trust() const { return m_trust; }
    HybridClock& clock() { return m_clock; }
    BlockStore& store() { return m_store; }
    Database& database() { return m_db; }

private:
    Ledger(Database& db, const PublicKeyBytes& localClinicRoot);
    // Validation that needs the store and trust (not signatures): link to the chain, entry
    // ids, authors' rights, payloads, certified origin. Applies admin entries to `trust`.
    // Entry signatures and payload shapes are checked before, on every core.
    // `idsChecked`: the caller already refused ids stored before, in this transaction.
    Result<void> validateAgainstState(const Block& block, TrustState& trust, TrustState::Revocation revocation,
                                      bool idsChecked = false);
    Result<void> storeValidated(const Block& block, const TrustState& trust);
    // Inside a write transaction: seals `fresh` (ids not stored yet) into blocks after the
    // node's own head, validates and stores them; `working` and `adminEntries` collect what
    // the caller adopts once it commits.
    Result<void> sealFresh(std::vector<Entry> fresh, const crypto::Ed25519PrivateKey& node, TrustState& working,
                           AppendResult& result, qint64& adminEntries);
    bool dependsOnUnseenEntries(const Block& block) const;
    // A write transaction with the trust state refreshed inside it, and whether the restore
    // mark is set, read inside it too: the sync node clears the mark on its own connection.
    Result<Transaction> beginWrite(bool& restoreMarked);
    // Inside a write transaction: replays the administrative entries again when another
    // connection (the node's sync thread, medilock-cli) stored some since this one last
    // looked, so a revocation or a new trust written elsewhere binds this writer at once.
    Result<void> refreshTrust();

    Database& m_db;
    BlockStore m_store;
    TrustState m_trust;
    qint64 m_adminEntriesSeen = 0; // administrative entries m_trust was built from
    HybridClock m_clock;
    std::unique_ptr<Projection> m_projection;
    struct AheadCheck;
    std::deque<std::unique_ptr<AheadCheck>> m_ahead;
    std::optional<Transaction> m_batch;
    std::optional<Error> m_batchFailure; // a write of the open batch failed: it cannot commit
};

} // namespace medilock::ledger
