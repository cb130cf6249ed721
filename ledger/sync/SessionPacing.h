#pragma once

#include <QtGlobal>

#include <cstdint>

namespace medilock::ledger::sync {

// Time as a session could act on it. Each tick adds the time since the previous tick, but at
// most two tick intervals: a stretch this thread spent busy elsewhere (storing a large answer
// on a slow disk) is not time a peer let pass without reading or speaking. Without it a busy
// node banned an honest peer for "stopped reading" (bench_SyncCatchUp at 1M entries).
class ResponsiveClock
{
public:
    explicit ResponsiveClock(qint64 tickMs);
    // The milliseconds to count for this tick (the first tick counts nothing).
    qint64 advance(qint64 nowMs);

private:
    qint64 m_tickMs;
    qint64 m_lastMs = -1;
};

// How many blocks to ask for at once: as many as this node stores in about `targetMs`, so a
// requester never holds its thread (and leaves the peer's answers unread) for long, whatever
// the disk and the block sizes. Starts small and follows the measured storing time.
class AnswerPacing
{
public:
    static constexpr std::uint32_t kInitialBlocks = 4;
    static constexpr qint64 kTargetMs = 2000;

    // One answer stored: `blocks` blocks in `elapsedMs`.
    void stored(std::uint32_t blocks, qint64 elapsedMs);
    // The block count for the next request, at most `cap`.
    std::uint32_t blocksPerRequest(std::uint32_t cap) const;

private:
    double m_msPerBlock = 0; // smoothed over the answers stored so far
    bool m_measured = false;
};

} // namespace medilock::ledger::sync
