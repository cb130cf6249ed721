#pragma once

#include "Entry.h"

#include <atomic>
#include <cstddef>
#include <functional>
#include <optional>
#include <span>
#include <thread>
#include <vector>

namespace medilock::ledger {

// The checks of an entry that need nothing but the entry (its signature, its payload's
// shape), run on every core. Returns the first failing entry's index and reason.
struct EntryFailure
{
    std::size_t index = 0;
    QString reason;
};
enum class EntryChecks { SignatureAndPayload, PayloadOnly };
std::optional<EntryFailure> firstInvalidEntry(std::span<const Entry* const> entries, EntryChecks checks);
std::optional<EntryFailure> firstInvalidEntry(std::span<const Entry> entries, EntryChecks checks);

// Verifies entries' signatures on worker threads (one per core) from construction on, so the
// caller can validate and store the block meanwhile; firstBad() helps with what is left,
// waits for the workers and returns the lowest index whose signature does not verify.
// Nothing may be committed before firstBad() said there is none. Small spans are checked
// by firstBad() on the calling thread alone.
class BackgroundSignatureCheck
{
public:
    explicit BackgroundSignatureCheck(std::span<const Entry> entries, unsigned threads = 0);
    ~BackgroundSignatureCheck();
    BackgroundSignatureCheck(const BackgroundSignatureCheck&) = delete;
    BackgroundSignatureCheck& operator=(const BackgroundSignatureCheck&) = delete;

    std::optional<std::size_t> firstBad();

private:
    void run();
    void join();

    std::span<const Entry> m_entries;
    std::vector<unsigned char> m_bad; // one byte per entry: each written by one thread only
    std::atomic<std::size_t> m_next{0};
    std::vector<std::thread> m_workers;
};

// Runs work(i) for i in [0, count) on up to `threads` threads (0: one per core).
void parallelFor(std::size_t count, const std::function<void(std::size_t)>& work, unsigned threads = 0);
unsigned hardwareThreads();

} // namespace medilock::ledger
