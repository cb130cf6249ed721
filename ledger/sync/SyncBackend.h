#pragma once

#include "Messages.h"

#include "ledger/Ledger.h"

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace medilock::ledger::sync {

class PeerSession;

// What a peer session needs from its node. Every call happens on the node's thread, which
// owns the node's database connection and ledger.
class SyncBackend
{
public:
    virtual ~SyncBackend() = default;

    virtual const PublicKeyBytes& localNodeKey() const = 0;
    virtual Result<std::vector<HeadInfo>> localHeads() = 0;
    // The next height of `origin` this node wants: one past what it has stored or holds
    // pending; 0 when it has nothing of that origin.
    virtual Result<std::uint64_t> nextWanted(const PublicKeyBytes& origin) = 0;
    virtual bool isFrozen(const PublicKeyBytes& origin) = 0;
    // Whether a trusted clinic certified `origin` (else its blocks can only wait as pending).
    virtual bool isCertifiedOrigin(const PublicKeyBytes& origin) = 0;
    // Whether blocks of `origin` wait in the pending set: nothing more of it is asked for
    // until they are stored or dropped.
    virtual bool holdsPending(const PublicKeyBytes& origin) = 0;
    // True when `block` is validly signed by its origin but names a previous hash other than
    // the block this node stores below it: the origin signed two chains, or the peer lies.
    virtual Result<bool> forksStoredChain(const Block& block) = 0;
    // Stored blocks of `origin` from `fromHeight` on, consecutive, at most `maxCount` blocks
    // and about `byteBudget` encoded bytes (always at least one block when there is one).
    virtual Result<std::vector<Block>> loadBlocks(const PublicKeyBytes& origin, std::uint64_t fromHeight,
                                                  std::uint32_t maxCount, std::size_t byteBudget) = 0;
    // Hands a received block to the ledger. UnknownOrigin blocks (and blocks that follow
    // one held back) are kept in the node's bounded pending set. An error means the block
    // is invalid.
    virtual Result<Ledger::AcceptResult> accept(const Block& block, PeerSession& from) = 0;
    // Around the blocks of one answer: what accept() stores in between commits together
    // (Ledger::beginAcceptBatch). Each call to beginStoring() is matched by one to
    // endStoring(), on every path out (StoringScope, below). With `moreComing` (the session awaits further answers)
    // the backend may hold the batch open for the next answer's blocks, briefly.
    virtual void beginStoring() = 0;
    virtual void endStoring(bool moreComing) = 0;
    // A block of the answer being stored that will be handed to accept() soon: its entries'
    // payloads and signatures may be checked on other cores while the blocks before it are
    // stored (Ledger::verifyAhead).
    virtual void verifyAhead(const Block& next) = 0;
    // A verified proof received from `from`; true when it was new to this node.
    virtual Result<bool> recordEquivocation(const EquivocationProof& proof, PeerSession& from) = 0;
    // Whether a peer with this node key may stay connected (TLS binding, duplicates).
    virtual Result<void> admitHello(const Hello& hello, PeerSession& from) = 0;
};

// The backend's beginStoring() now and its endStoring() on every way out of the scope, with
// `moreComing` asked at that moment.
class StoringScope
{
public:
    StoringScope(SyncBackend& backend, std::function<bool()> moreComing)
        : m_backend(backend)
        , m_moreComing(std::move(moreComing))
    {
        m_backend.beginStoring();
    }
    ~StoringScope() { m_backend.endStoring(m_moreComing()); }
    StoringScope(const StoringScope&) = delete;
    StoringScope& operator=(const StoringScope&) = delete;

private:
    SyncBackend& m_backend;
    std::function<bool()> m_moreComing;
};

} // namespace medilock::ledger::sync
