#pragma once

#include "LedgerTypes.h"

#include <functional>
#include <mutex>

namespace medilock::ledger {

// Hybrid logical clock (Kulkarni et al.): readings never go backwards, follow the wall
// clock when it moves forward, and move past every time observed from other nodes, so
// "authored after what I saw" holds across clinics even with skewed clocks.
class HybridClock
{
public:
    using WallClock = std::function<std::uint64_t()>;
    explicit HybridClock(WallClock wall = {});

    HlcTime now();
    void observe(const HlcTime& remote);
    HlcTime last() const;

private:
    WallClock m_wall;
    mutable std::mutex m_mutex;
    HlcTime m_last;
};

} // namespace medilock::ledger
