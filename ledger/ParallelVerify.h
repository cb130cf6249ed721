#pragma once

#include "Entry.h"

#include <cstddef>
#include <functional>
#include <span>

namespace medilock::ledger {

// Verifies entry signatures on every core. Returns the index of the first entry whose
// signature fails, or -1 when all verify. Small batches run on the calling thread.
std::ptrdiff_t firstBadSignature(std::span<const Entry> entries);
std::ptrdiff_t firstBadSignature(std::span<const Entry* const> entries);

// Runs work(i) for i in [0, count) on up to `threads` threads (0: one per core).
void parallelFor(std::size_t count, const std::function<void(std::size_t)>& work, unsigned threads = 0);
unsigned hardwareThreads();

} // namespace medilock::ledger
