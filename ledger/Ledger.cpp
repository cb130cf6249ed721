#include "Ledger.h"

#include "AdminPayload.h"
#include "BlockPrecheck.h"
#include "ParallelVerify.h"

#include "projection/Projection.h"
#include "store/Database.h"
#include "store/RestoreMark.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include "crypto/ConstantTime.h"
#include "crypto/Ed25519.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <set>

namespace medilock::ledger {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Ledger", text);
}

QString shortHex(ByteView bytes)
{
    return QString::fromLatin1(toByteArray(bytes).toHex().left(16));
}

// Entries per sealed block and the payload bytes a block may gather (group commit caps).
constexpr std::size_t kEntriesPerBlock = 1024;
constexpr std::size_t kBlockPayloadBudget = 8u << 20;
} // namespace

Ledger::Ledger(Database& db, const PublicKeyBytes& localClinicRoot)
    : m_db(db)
    , m_store(db)
    , m_trust(localClinicRoot)
    , m_projection(std::make_unique<Projection>(db))
{
}

// A copy of the block, so the check never outlives what it reads.
struct Ledger::AheadCheck
{
    explicit AheadCheck(const Block& next) : block(next), precheck(std::span<const Entry>(block.entries())) {}

    // The same header and the same entries, byte for byte (an entry's hash covers all its bytes).
    bool matches(const Block& other) const
    {
        return block.hash() == other.hash() && block.entries().size() == other.entries().size()
            && std::equal(block.entries().begin(), block.entries().end(), other.entries().begin(),
                          [](const Entry& a, const Entry& b) { return a.hash() == b.hash(); });
    }

    const Block block;
    BlockPrecheck precheck;
};

Ledger::~Ledger() = default;

void Ledger::verifyAhead(const Block& next)
{
    constexpr std::size_t kMaxAhead = 3;
    if (m_ahead.size() == kMaxAhead)
        m_ahead.pop_front();
    m_ahead.push_back(std::make_unique<AheadCheck>(next));
}

Result<void> Ledger::beginAcceptBatch()
{
    Q_ASSERT(!m_batch);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::move(tx).takeError();
    m_batch.emplace(std::move(*tx));
    return {};
}

Result<void> Ledger::commitAcceptBatch()
{
    Q_ASSERT(m_batch);
    Result<void> committed = m_batchFailure ? Result<void>(*m_batchFailure) : m_batch->commit();
    m_batch.reset(); // rolls back what did not commit
    m_batchFailure.reset();
    if (!committed)
        m_adminEntriesSeen = -1; // the trust state may hold entries that are not stored: read it again
    return committed;
}

Result<std::unique_ptr<Ledger>> Ledger::open(Database& db, const PublicKeyBytes& localClinicRoot)
{
    std::unique_ptr<Ledger> ledger(new Ledger(db, localClinicRoot));
    // The trust state from the administrative entries in the order they were stored.
    if (auto r = ledger->refreshTrust(); !r)
        return std::move(r).takeError();
    // The clock never runs behind what this node has already stored.
    auto latest = db.prepare("SELECT authored_ms, authored_lc FROM entries ORDER BY authored_ms DESC, authored_lc DESC LIMIT 1;");
    if (!latest)
        return std::move(latest).takeError();
    auto row = latest->step();
    if (!row)
        return std::move(row).takeError();
    if (*row)
        ledger->m_clock.observe(HlcTime{static_cast<std::uint64_t>(latest->integer(0)),
                                        static_cast<std::uint32_t>(latest->integer(1))});
    return ledger;
}

Result<void> Ledger::refreshTrust()
{
    // Entries are only ever added, so the count of administrative ones (a partial index of
    // a few hundred rows) says whether anything changed.
    auto count = m_db.prepare("SELECT count(*) FROM entries INDEXED BY entries_admin_by_hash WHERE kind < 16;");
    if (!count)
        return std::move(count).takeError();
    auto row = count->step();
    if (!row)
        return std::move(row).takeError();
    const qint64 stored = count->integer(0);
    if (stored == m_adminEntriesSeen)
        return {};
    auto admin = m_db.prepare("SELECT e.encoded FROM entries e JOIN blocks b ON b.hash = e.block_hash "
                              "WHERE e.kind < 16 ORDER BY b.stored_seq, e.position;");
    if (!admin)
        return std::move(admin).takeError();
    TrustState trust(m_trust.localClinicRoot());
    std::optional<Error> damaged;
    auto done = admin->forEachRow([&](const Statement& r) {
        if (damaged)
            return;
        auto entry = Entry::decode(asView(r.blob(0)));
        if (!entry)
            damaged = fail(tr("a stored administrative entry is damaged: %1").arg(entry.error()));
        else
            trust.apply(*entry);
    });
    if (!done)
        return std::move(done).takeError();
    if (damaged)
        return std::move(*damaged);
    m_trust = std::move(trust);
    m_adminEntriesSeen = stored;
    return {};
}

Result<void> Ledger::validateAgainstState(const Block& block, TrustState& trust, TrustState::Revocation revocation,
                                          bool idsChecked)
{
    const BlockHeader& h = block.header();
    if (h.height > 0) {
        auto previous = m_store.blockAt(h.origin, h.height - 1);
        if (!previous)
            return std::move(previous).takeError();
        if (!*previous)
            return fail(tr("block at height %1 of %2 does not follow a stored block").arg(h.height).arg(shortHex(ByteView(h.origin))));
        if (!crypto::constantTimeEqual(ByteView((*previous)->hash), ByteView(h.previous)))
            return fail(tr("block at height %1 of %2: previous hash does not link to the stored chain")
                            .arg(h.height)
                            .arg(shortHex(ByteView(h.origin))));
        if ((*previous)->cumulativeEntryCount + h.entryCount != h.cumulativeEntryCount)
            return fail(tr("block at height %1 of %2: cumulative entry count does not add up")
                            .arg(h.height)
                            .arg(shortHex(ByteView(h.origin))));
    }
    std::set<Id128> ids;
    for (const Entry& e : block.entries()) {
        const QString where = tr("entry %1 in block at height %2 of %3: %4");
        if (!ids.insert(e.entryId()).second)
            return fail(where.arg(shortHex(ByteView(e.hash()))).arg(h.height).arg(shortHex(ByteView(h.origin)), tr("duplicate entry id")));
        if (!idsChecked) {
            auto known = m_store.hasEntryId(e.entryId());
            if (!known)
                return std::move(known).takeError();
            if (*known)
                return fail(where.arg(shortHex(ByteView(e.hash()))).arg(h.height).arg(shortHex(ByteView(h.origin)), tr("entry id already on the ledger")));
        }
        if (auto r = trust.admit(e, revocation); !r)
            return fail(where.arg(shortHex(ByteView(e.hash()))).arg(h.height).arg(shortHex(ByteView(h.origin)), r.error()));
        trust.apply(e);
    }
    // Checked after the block's own entries: a node's first block may carry its certificate.
    if (!trust.isCertifiedNode(h.origin))
        return fail(tr("block origin %1 is not a node certified by a trusted clinic").arg(shortHex(ByteView(h.origin))));
    return {};
}

bool Ledger::dependsOnUnseenEntries(const Block& block) const
{
    // What another node's chain may still have to bring: the certificate of this block's
    // origin, the enrolment of an author, the user a revocation names. Such a block waits
    // (bounded, in the sync layer) instead of counting as invalid.
    TrustState known = m_trust;
    for (const Entry& e : block.entries()) {
        if (!isAdministrative(e.kind()) && !known.user(e.author()))
            return true;
        if (e.kind() == EntryKind::UserRevoked)
            if (auto p = UserRevokedPayload::decode(e.payload()); p && !known.user(p->key))
                return true;
        if (known.admit(e, TrustState::Revocation::Defer))
            known.apply(e);
    }
    return !known.isCertifiedNode(block.header().origin);
}

// The caller had the projection prepare the block's summaries.
Result<void> Ledger::storeValidated(const Block& block, const TrustState& trust)
{
    if (auto r = m_store.insert(block); !r)
        return r;
    for (const Entry& e : block.entries())
        if (auto r = m_projection->apply(e, trust); !r)
            return r;
    return {};
}

Result<std::vector<Entry>> Ledger::sign(std::span<const EntryDraft> drafts, const crypto::Ed25519PrivateKey& author)
{
    // The clock is read first so that authored-at follows draft order; then every core signs.
    std::vector<HlcTime> times;
    times.reserve(drafts.size());
    for (std::size_t i = 0; i < drafts.size(); ++i)
        times.push_back(m_clock.now());
    std::vector<std::optional<Result<Entry>>> signedEntries(drafts.size());
    parallelFor(drafts.size(), [&](std::size_t i) {
        const EntryDraft& d = drafts[i];
        auto entry = Entry::sign({d.kind, d.entryId, d.patientId, times[i], d.supersedes, d.payload}, author);
        if (entry)
            if (auto r = Projection::checkPayload(*entry); !r)
                entry = std::move(r).takeError();
        signedEntries[i] = std::move(entry);
    });
    std::vector<Entry> out;
    out.reserve(drafts.size());
    for (auto& e : signedEntries) {
        if (!*e)
            return std::move(*e).takeError();
        out.push_back(std::move(*e).value());
    }
    return out;
}

Result<Ledger::AppendResult> Ledger::append(std::span<const EntryDraft> drafts, const crypto::Ed25519PrivateKey& author,
                                            const crypto::Ed25519PrivateKey& node)
{
    // Drafts already on the ledger are not even signed (a second import costs nothing).
    std::vector<EntryDraft> fresh;
    std::vector<std::size_t> freshIndex;
    std::set<Id128> seen;
    for (std::size_t i = 0; i < drafts.size(); ++i) {
        const EntryDraft& d = drafts[i];
        if (d.entryId != kZeroId) {
            auto known = m_store.hasEntryId(d.entryId);
            if (!known)
                return std::move(known).takeError();
            if (*known || !seen.insert(d.entryId).second)
                continue;
        }
        fresh.push_back(d);
        freshIndex.push_back(i);
    }
    auto entries = sign(fresh, author);
    if (!entries)
        return std::move(entries).takeError();
    auto stored = appendSigned(std::move(entries).value(), node);
    if (!stored)
        return stored;
    AppendResult result = std::move(stored).value();
    std::vector<bool> added(drafts.size(), false);
    for (std::size_t i = 0; i < freshIndex.size(); ++i)
        added[freshIndex[i]] = result.added[i];
    result.added = std::move(added);
    result.skipped = drafts.size() - result.entries.size();
    return result;
}

Result<Transaction> Ledger::beginWrite(bool& restoreMarked)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::move(tx).takeError();
    if (auto r = refreshTrust(); !r)
        return std::move(r).takeError();
    auto mark = RestoreMark::read(m_db);
    if (!mark)
        return std::move(mark).takeError();
    restoreMarked = mark->has_value();
    return tx;
}

Result<Ledger::AppendResult> Ledger::appendSigned(std::vector<Entry> entries, const crypto::Ed25519PrivateKey& node)
{
    AppendResult result;
    bool restored = false;
    auto tx = beginWrite(restored);
    if (!tx)
        return std::move(tx).takeError();
    if (restored)
        return fail(tr("this node was restored from a backup and signs nothing until it has caught up with its own "
                       "chain from a peer; connect it to a peer, or an administrator without peers runs "
                       "'medilock-cli resume-signing'"));

    // Idempotence, checked inside the transaction: ids already stored (or repeated) are skipped.
    std::vector<Entry> fresh;
    fresh.reserve(entries.size());
    std::set<Id128> seen;
    result.added.assign(entries.size(), true);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        auto known = m_store.hasEntryId(entries[i].entryId());
        if (!known)
            return std::move(known).takeError();
        if (*known || !seen.insert(entries[i].entryId()).second) {
            ++result.skipped;
            result.added[i] = false;
            continue;
        }
        fresh.push_back(std::move(entries[i]));
    }
    if (fresh.empty())
        return result;

    TrustState working = m_trust;
    qint64 adminEntries = 0;
    if (auto r = sealFresh(std::move(fresh), node, working, result, adminEntries); !r)
        return std::move(r).takeError();
    if (auto r = tx->commit(); !r)
        return std::move(r).takeError();
    m_trust = std::move(working);
    m_adminEntriesSeen += adminEntries;
    return result;
}

Result<void> Ledger::sealFresh(std::vector<Entry> fresh, const crypto::Ed25519PrivateKey& node, TrustState& working,
                               AppendResult& result, qint64& adminEntries)
{
    PublicKeyBytes origin{};
    std::copy(node.publicKey().view().begin(), node.publicKey().view().end(), origin.begin());
    // The head is read inside this transaction, so no other writer can seal the same height.
    auto own = m_store.headOf(origin);
    if (!own)
        return std::move(own).takeError();
    std::optional<Block::Previous> previous;
    if (*own)
        previous = Block::Previous{(*own)->height, (*own)->hash, (*own)->cumulativeEntryCount};

    std::size_t next = 0;
    while (next < fresh.size()) {
        std::vector<Entry> batch;
        std::size_t budget = 0;
        while (next < fresh.size() && batch.size() < kEntriesPerBlock
               && (batch.empty() || budget + static_cast<std::size_t>(fresh[next].payload().size()) <= kBlockPayloadBudget)) {
            budget += static_cast<std::size_t>(fresh[next].payload().size());
            batch.push_back(std::move(fresh[next]));
            ++next;
        }
        const auto sealedAt = static_cast<std::uint64_t>(QDateTime::currentMSecsSinceEpoch());
        auto block = Block::seal(std::move(batch), previous, sealedAt, node);
        if (!block)
            return std::move(block).takeError();
        // Verify before commit: the sealed bytes are decoded, re-hashed and their origin
        // signature and root re-checked. Entry signatures were made by this process a moment
        // ago from the user's key; received blocks have every entry signature checked.
        auto reread = Block::decode(asView(block->encode()));
        if (!reread || reread->hash() != block->hash())
            return fail(tr("a sealed block did not survive its own encoding"));
        if (auto r = reread->verifyHeaderSignature(); !r)
            return std::move(r).takeError();
        if (auto r = reread->verifyRoot(); !r)
            return std::move(r).takeError();
        if (auto r = validateAgainstState(*reread, working, TrustState::Revocation::Enforce, true); !r)
            return std::move(r).takeError();
        // The readable summaries of the block's payloads are parsed on every core first.
        m_projection->prepare(reread->entries());
        if (auto r = storeValidated(*reread, working); !r)
            return std::move(r).takeError();
        for (const Entry& e : reread->entries()) {
            result.entries.push_back(e.hash());
            adminEntries += isAdministrative(e.kind()) ? 1 : 0;
        }
        result.blocks.push_back(reread->hash());
        previous = Block::Previous{reread->header().height, reread->hash(), reread->header().cumulativeEntryCount};
        // The last sealed height is stored with the block, in the same transaction.
        if (auto r = m_store.setOwnHead(origin, {previous->height, previous->hash, previous->cumulativeEntryCount}); !r)
            return std::move(r).takeError();
    }
    return {};
}

Result<Ledger::AcceptResult> Ledger::accept(const Block& block)
{
    const BlockHeader& h = block.header();
    const auto local = [](Error e) { return AcceptResult{AcceptStatus::LocalFailure, std::move(e).message}; };
    // Inside a batch the block's writes join the batch's transaction (beginAcceptBatch).
    if (m_batchFailure)
        return local(*m_batchFailure);
    std::optional<Transaction> tx;
    if (!m_batch) {
        auto begun = Transaction::begin(m_db);
        if (!begun)
            return local(std::move(begun).takeError());
        tx.emplace(std::move(*begun));
    }
    // Once a write began, a failure leaves part of the block in a batch: it cannot commit.
    const auto writeFailed = [&](Error e) {
        if (m_batch)
            m_batchFailure = e;
        return local(std::move(e));
    };
    if (auto r = refreshTrust(); !r)
        return local(std::move(r).takeError());
    auto have = m_store.hasBlock(block.hash());
    if (!have)
        return std::move(have).takeError();
    if (*have)
        return AcceptResult{AcceptStatus::AlreadyHave, {}};
    auto frozen = m_store.isFrozen(h.origin);
    if (!frozen)
        return std::move(frozen).takeError();
    if (*frozen)
        return AcceptResult{AcceptStatus::Frozen, tr("origin %1 equivocated; nothing more is accepted from it")
                                                      .arg(shortHex(ByteView(h.origin)))};
    if (auto r = block.verifyHeaderSignature(); !r)
        return std::move(r).takeError();

    auto same = m_store.load(h.origin, h.height);
    if (!same)
        return std::move(same).takeError();
    if (*same) {
        // Two validly signed blocks of one origin at one height: keep both headers as proof.
        if (auto r = m_store.recordEquivocation(**same, block, QDateTime::currentMSecsSinceEpoch()); !r)
            return writeFailed(std::move(r).takeError());
        if (tx)
            if (auto r = tx->commit(); !r)
                return local(std::move(r).takeError());
        return AcceptResult{AcceptStatus::Equivocation,
                            tr("origin %1 signed two blocks at height %2").arg(shortHex(ByteView(h.origin))).arg(h.height)};
    }
    if (h.height > 0) {
        auto previous = m_store.blockAt(h.origin, h.height - 1);
        if (!previous)
            return std::move(previous).takeError();
        if (!*previous)
            return AcceptResult{AcceptStatus::MissingPrevious, {}};
    }
    if (auto r = block.verifyRoot(); !r)
        return std::move(r).takeError();

    // Everything that can refuse a block is checked before its first write: its entries'
    // payloads and signatures (on the other cores, most often started ahead while the blocks
    // before it were stored), then its links and signers against the stored state. What can
    // still fail after that is this node's database. Whatever fails, a bad signature or
    // payload is what is reported (the lowest position), as if checked first.
    std::unique_ptr<AheadCheck> ahead;
    if (const auto it = std::find_if(m_ahead.begin(), m_ahead.end(), [&](const auto& a) { return a->matches(block); });
        it != m_ahead.end()) {
        ahead = std::move(*it);
        m_ahead.erase(m_ahead.begin(), it + 1); // those queued before it will not be needed
    }
    std::optional<BlockPrecheck> started;
    BlockPrecheck& precheck = ahead ? ahead->precheck : started.emplace(std::span<const Entry>(block.entries()));
    const auto badEntry = [&](std::optional<EntryFailure> payload) -> std::optional<Error> {
        const std::optional<std::size_t> badSignature = precheck.badSignature();
        if (badSignature && (!payload || *badSignature <= payload->index))
            payload = EntryFailure{*badSignature, QCoreApplication::translate("Ledger", "bad signature")};
        if (!payload)
            return std::nullopt;
        return fail(tr("entry %1 (position %2 in block at height %3 of %4): %5")
                         .arg(shortHex(ByteView(block.entries()[payload->index].hash())))
                         .arg(payload->index)
                         .arg(h.height)
                         .arg(shortHex(ByteView(h.origin)), payload->reason));
    };
    if (auto payload = precheck.payloadFailure())
        return *badEntry(std::move(payload));
    TrustState working = m_trust;
    if (auto r = validateAgainstState(block, working, TrustState::Revocation::Defer); !r) {
        if (auto bad = badEntry(std::nullopt))
            return std::move(*bad);
        if (dependsOnUnseenEntries(block))
            return AcceptResult{AcceptStatus::UnknownOrigin, r.error()};
        return std::move(r).takeError();
    }
    if (auto bad = badEntry(std::nullopt))
        return std::move(*bad);

    m_projection->prepare(block.entries(), precheck.takeSummaries());
    if (auto r = storeValidated(block, working); !r)
        return writeFailed(std::move(r).takeError());
    // A restored node learns its own chain back from peers before it signs again.
    auto own = m_store.ownHead(h.origin);
    if (!own)
        return writeFailed(std::move(own).takeError());
    if (*own && (*own)->height < h.height)
        if (auto r = m_store.setOwnHead(h.origin, {h.height, block.hash(), h.cumulativeEntryCount}); !r)
            return writeFailed(std::move(r).takeError());
    if (tx)
        if (auto r = tx->commit(); !r)
            return local(std::move(r).takeError());
    m_trust = std::move(working);
    m_adminEntriesSeen += std::count_if(block.entries().begin(), block.entries().end(),
                                        [](const Entry& e) { return isAdministrative(e.kind()); });
    for (const Entry& e : block.entries())
        m_clock.observe(e.authoredAt());
    return AcceptResult{AcceptStatus::Stored, {}};
}

} // namespace medilock::ledger
