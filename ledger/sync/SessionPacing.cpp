#include "SessionPacing.h"

#include <algorithm>
#include <cmath>

namespace medilock::ledger::sync {

ResponsiveClock::ResponsiveClock(qint64 tickMs)
    : m_tickMs(std::max<qint64>(tickMs, 1))
{
}

qint64 ResponsiveClock::advance(qint64 nowMs)
{
    const qint64 gap = m_lastMs < 0 ? 0 : std::max<qint64>(nowMs - m_lastMs, 0);
    m_lastMs = nowMs;
    return std::min(gap, 2 * m_tickMs);
}

void AnswerPacing::stored(std::uint32_t blocks, qint64 elapsedMs)
{
    if (blocks == 0)
        return;
    const double perBlock = static_cast<double>(std::max<qint64>(elapsedMs, 0)) / blocks;
    // Smoothed over a few answers; a slow answer weighs in at once (the next one shrinks).
    m_msPerBlock = !m_measured ? perBlock : std::max(perBlock, 0.7 * m_msPerBlock + 0.3 * perBlock);
    m_measured = true;
}

std::uint32_t AnswerPacing::blocksPerRequest(std::uint32_t cap) const
{
    cap = std::max<std::uint32_t>(cap, 1);
    if (!m_measured)
        return std::min(kInitialBlocks, cap);
    const double fit = std::floor(static_cast<double>(kTargetMs) / std::max(m_msPerBlock, 0.001));
    return static_cast<std::uint32_t>(std::clamp(fit, 1.0, static_cast<double>(cap)));
}

} // namespace medilock::ledger::sync
