#pragma once

#include "Entry.h"
#include "ParallelVerify.h"

#include "projection/Projection.h"

#include <atomic>
#include <cstddef>
#include <optional>
#include <span>
#include <thread>
#include <vector>

namespace medilock::ledger {

// What can be checked of a received block's entries with nothing but the entries (each
// payload's shape, each signature), and the parsing of their readable summaries, done on
// worker threads from construction on. The thread that stores blocks then only validates
// against the trust state and writes: during a catch-up it is the critical path, so the
// workers run at a lower scheduling priority than it (and than a desktop's GUI thread), and
// a thread asking for a result first helps with what is left, then waits.
//
// The work is handed out in two passes: every entry's payload check and summary first (a few
// microseconds each), then every signature (a hundred). payloadFailure() is answered early
// and the block is stored while its signatures are still being verified; nothing may commit
// before badSignature() said there is none. Small blocks are checked by the asking thread alone.
class BlockPrecheck
{
public:
    explicit BlockPrecheck(std::span<const Entry> entries, unsigned threads = 0);
    // Abandoned (another check failed, or the block was not needed): the workers stop at
    // their next chunk.
    ~BlockPrecheck();
    BlockPrecheck(const BlockPrecheck&) = delete;
    BlockPrecheck& operator=(const BlockPrecheck&) = delete;

    // The lowest entry whose payload Projection::checkPayload refuses.
    std::optional<EntryFailure> payloadFailure();
    // The lowest entry whose signature does not verify.
    std::optional<std::size_t> badSignature();
    // The entries' parsed summaries, by position, once payloadFailure() was asked; taken once.
    std::vector<EntrySummary> takeSummaries();

private:
    struct Pass
    {
        std::atomic<std::size_t> next{0}; // the first entry not handed out yet
        std::atomic<std::size_t> done{0}; // how many entries are finished
    };
    void work();
    bool runChunk(Pass& pass); // m_payloads or m_signatures
    void finish(Pass& pass);

    std::span<const Entry> m_entries;
    // One slot per entry, each written by the one thread that took its chunk; read after the
    // pass's `done` count says it is finished (release/acquire through that counter).
    std::vector<QString> m_payloadErrors;
    std::vector<EntrySummary> m_summaries;
    std::vector<unsigned char> m_badSignatures;
    Pass m_payloads;
    Pass m_signatures;
    std::vector<std::thread> m_workers;
};

} // namespace medilock::ledger
