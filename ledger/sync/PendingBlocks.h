#pragma once

#include "ledger/Block.h"
#include "ledger/LedgerTypes.h"

#include <functional>
#include <map>
#include <optional>

namespace medilock::ledger::sync {

// Blocks whose origin's certification this node has not seen yet (docs/sync-protocol.md,
// "Exchange" step 4), bounded by count and bytes. Each block remembers the peer that sent
// it, so a peer that is banned takes its blocks with it and the one filling the set can be
// named.
class PendingBlocks
{
public:
    enum class AddResult { Added, AlreadyHeld, Full };

    PendingBlocks(std::size_t maxBlocks, std::size_t maxBytes) : m_maxBlocks(maxBlocks), m_maxBytes(maxBytes) {}

    AddResult add(const Block& block, const Hash& from);
    bool holds(const PublicKeyBytes& origin, std::uint64_t height) const { return m_blocks.count({origin, height}) != 0; }
    bool holdsAny(const PublicKeyBytes& origin) const;
    // The peer holding the most blocks here (the one to blame when the set is full).
    std::optional<Hash> largestHolder() const;
    // Drops every block `from` sent; how many were dropped.
    std::size_t dropFrom(const Hash& from);
    std::size_t countFrom(const Hash& from) const;
    std::size_t size() const { return m_blocks.size(); }
    std::size_t bytes() const { return m_bytes; }

    enum class Retry { Keep, Remove };
    // Calls `retry` for each block in (origin, height) order; Remove takes it out.
    void retryEach(const std::function<Retry(const Block&, const Hash& from)>& retry);

private:
    struct Held
    {
        Block block;
        Hash from{};
        std::size_t bytes = 0;
    };
    std::size_t m_maxBlocks;
    std::size_t m_maxBytes;
    std::map<std::pair<PublicKeyBytes, std::uint64_t>, Held> m_blocks;
    std::size_t m_bytes = 0;
};

} // namespace medilock::ledger::sync
