#include "PendingBlocks.h"

#include <algorithm>

namespace medilock::ledger::sync {

PendingBlocks::AddResult PendingBlocks::add(const Block& block, const Hash& from)
{
    const BlockHeader& h = block.header();
    if (holds(h.origin, h.height))
        return AddResult::AlreadyHeld;
    const auto size = static_cast<std::size_t>(block.encode().size());
    if (m_blocks.size() >= m_maxBlocks || m_bytes + size > m_maxBytes)
        return AddResult::Full;
    m_blocks.emplace(std::make_pair(h.origin, h.height), Held{block, from, size});
    m_bytes += size;
    return AddResult::Added;
}

bool PendingBlocks::holdsAny(const PublicKeyBytes& origin) const
{
    const auto it = m_blocks.lower_bound({origin, 0});
    return it != m_blocks.end() && it->first.first == origin;
}

std::optional<Hash> PendingBlocks::largestHolder() const
{
    std::map<Hash, std::size_t> counts;
    for (const auto& [key, held] : m_blocks)
        ++counts[held.from];
    std::optional<Hash> top;
    std::size_t most = 0;
    for (const auto& [from, n] : counts)
        if (n > most) {
            most = n;
            top = from;
        }
    return top;
}

std::size_t PendingBlocks::countFrom(const Hash& from) const
{
    return static_cast<std::size_t>(
        std::count_if(m_blocks.begin(), m_blocks.end(), [&from](const auto& item) { return item.second.from == from; }));
}

std::size_t PendingBlocks::dropFrom(const Hash& from)
{
    return std::erase_if(m_blocks, [this, &from](const auto& item) {
        if (item.second.from != from)
            return false;
        m_bytes -= item.second.bytes;
        return true;
    });
}

void PendingBlocks::retryEach(const std::function<Retry(const Block&, const Hash&)>& retry)
{
    for (auto it = m_blocks.begin(); it != m_blocks.end();) {
        if (retry(it->second.block, it->second.from) == Retry::Keep) {
            ++it;
            continue;
        }
        m_bytes -= it->second.bytes;
        it = m_blocks.erase(it);
    }
}

} // namespace medilock::ledger::sync
