#include "HybridClock.h"

#include <QDateTime>

namespace medilock::ledger {

HybridClock::HybridClock(WallClock wall)
    : m_wall(wall ? std::move(wall) : [] { return static_cast<std::uint64_t>(QDateTime::currentMSecsSinceEpoch()); })
{
}

HlcTime HybridClock::now()
{
    const std::uint64_t wall = m_wall();
    std::lock_guard lock(m_mutex);
    if (wall > m_last.ms)
        m_last = {wall, 0};
    else
        ++m_last.logical;
    return m_last;
}

void HybridClock::observe(const HlcTime& remote)
{
    std::lock_guard lock(m_mutex);
    if (remote > m_last)
        m_last = remote;
}

HlcTime HybridClock::last() const
{
    std::lock_guard lock(m_mutex);
    return m_last;
}

} // namespace medilock::ledger
