#include "GroupCommitter.h"

#include <chrono>

namespace medilock::ledger {

GroupCommitter::GroupCommitter(Ledger& ledger, crypto::Ed25519PrivateKey node, Options options)
    : m_ledger(ledger)
    , m_node(std::move(node))
    , m_options(options)
    , m_thread([this] { run(); })
{
}

GroupCommitter::~GroupCommitter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

std::future<Result<std::vector<Hash>>> GroupCommitter::submit(std::span<const EntryDraft> drafts,
                                                              const crypto::Ed25519PrivateKey& author)
{
    Request request;
    auto future = request.done.get_future();
    // Ledger::sign touches no database (only the thread-safe clock): safe on this thread.
    auto entries = m_ledger.sign(drafts, author);
    if (!entries) {
        request.done.set_value(std::move(entries).takeError());
        return future;
    }
    request.entries = std::move(entries).value();
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping) {
            request.done.set_value(fail(QStringLiteral("the ledger writer is shutting down")));
            return future;
        }
        m_queue.push_back(std::move(request));
    }
    m_wake.notify_all();
    return future;
}

std::size_t GroupCommitter::blocksCommitted() const
{
    std::lock_guard lock(m_mutex);
    return m_blocks;
}

void GroupCommitter::run()
{
    for (;;) {
        std::vector<Request> group;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                return; // stopping, nothing left
            // The window opens with the first request and closes after windowMs or at the cap.
            const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(m_options.windowMs);
            const auto queued = [this] {
                std::size_t n = 0;
                for (const Request& r : m_queue)
                    n += r.entries.size();
                return n;
            };
            while (!m_stopping && queued() < m_options.maxEntries
                   && m_wake.wait_until(lock, deadline) != std::cv_status::timeout) {
            }
            std::size_t entries = 0;
            while (!m_queue.empty() && (group.empty() || entries + m_queue.front().entries.size() <= m_options.maxEntries)) {
                entries += m_queue.front().entries.size();
                group.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
        }
        commit(group);
    }
}

void GroupCommitter::commit(std::vector<Request>& group)
{
    std::vector<Entry> all;
    std::vector<std::pair<std::size_t, std::size_t>> ranges; // per request: [first, end) in `all`
    for (const Request& r : group) {
        ranges.emplace_back(all.size(), all.size() + r.entries.size());
        all.insert(all.end(), r.entries.begin(), r.entries.end());
    }
    const auto hashesOf = [](const Ledger::AppendResult& r, const std::vector<Entry>& entries, std::size_t first,
                             std::size_t end) {
        std::vector<Hash> out;
        for (std::size_t k = first; k < end; ++k)
            if (r.added[k])
                out.push_back(entries[k].hash());
        return out;
    };
    auto together = m_ledger.appendSigned(all, m_node);
    if (together) {
        {
            std::lock_guard lock(m_mutex);
            m_blocks += together->blocks.size();
        }
        for (std::size_t i = 0; i < group.size(); ++i)
            group[i].done.set_value(hashesOf(*together, all, ranges[i].first, ranges[i].second));
        return;
    }
    // Something in the group was refused: commit each request on its own, so only the
    // faulty one fails.
    for (Request& request : group) {
        auto alone = m_ledger.appendSigned(request.entries, m_node);
        if (!alone) {
            request.done.set_value(std::move(alone).takeError());
            continue;
        }
        {
            std::lock_guard lock(m_mutex);
            m_blocks += alone->blocks.size();
        }
        request.done.set_value(hashesOf(*alone, request.entries, 0, request.entries.size()));
    }
}

} // namespace medilock::ledger
