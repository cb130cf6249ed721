#pragma once

#include "Entry.h"

#include <cstddef>
#include <functional>
#include <optional>
#include <span>

namespace medilock::ledger {

// The checks of an entry that need nothing but the entry (its signature, its payload's
// shape), run on every core. Returns the first failing entry's index and reason.
struct EntryFailure
{
    std::size_t index = 0;
    QString reason;
};
std::optional<EntryFailure> firstInvalidEntry(std::span<const Entry* const> entries);

// How parallel work on entries is cut (parallelFor, BlockPrecheck): chunks handed out from a
// shared counter, so an uneven batch still uses every core; fewer items than that run on the
// calling thread alone.
inline constexpr std::size_t kParallelChunk = 32;
inline constexpr std::size_t kParallelFrom = 64;

// Runs work(i) for i in [0, count) on up to `threads` threads (0: one per core).
void parallelFor(std::size_t count, const std::function<void(std::size_t)>& work, unsigned threads = 0);
unsigned hardwareThreads();

} // namespace medilock::ledger
