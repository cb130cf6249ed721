#pragma once

#include "EntryDraft.h"
#include "Ledger.h"

#include "crypto/Ed25519.h"
#include "crypto/Result.h"

#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <span>
#include <thread>
#include <vector>

namespace medilock::ledger {

// Group commit (DESIGN §3): appends submitted from any thread within a short window (or up
// to a size cap) are sealed into one block and committed in one transaction, so a busy
// node pays one fsync for many entries. Each submitter's future resolves only after the
// block holding its entries is durably committed. A submission that fails validation fails
// alone: the others of its window are committed without it.
//
// The committer owns the ledger from construction on: only its thread touches it.
class GroupCommitter
{
public:
    struct Options
    {
        int windowMs = 5;
        std::size_t maxEntries = 1024;
    };
    GroupCommitter(Ledger& ledger, crypto::Ed25519PrivateKey node, Options options);
    GroupCommitter(Ledger& ledger, crypto::Ed25519PrivateKey node) : GroupCommitter(ledger, std::move(node), Options{}) {}
    ~GroupCommitter(); // commits what was submitted, then stops

    GroupCommitter(const GroupCommitter&) = delete;
    GroupCommitter& operator=(const GroupCommitter&) = delete;

    // The hashes of the stored entries, in draft order (drafts already on the ledger are
    // skipped and have no hash here). The drafts are signed on the calling thread, so callers
    // sign while the committer writes the previous window.
    std::future<Result<std::vector<Hash>>> submit(std::span<const EntryDraft> drafts,
                                                  const crypto::Ed25519PrivateKey& author);

    std::size_t blocksCommitted() const;

private:
    struct Request
    {
        std::vector<Entry> entries;
        std::promise<Result<std::vector<Hash>>> done;
    };
    void run();
    void commit(std::vector<Request>& group);

    Ledger& m_ledger;
    crypto::Ed25519PrivateKey m_node;
    Options m_options;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Request> m_queue;
    bool m_stopping = false;
    std::size_t m_blocks = 0;
    std::thread m_thread;
};

} // namespace medilock::ledger
