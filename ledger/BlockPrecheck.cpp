#include "BlockPrecheck.h"

#include <QCoreApplication>

#include <algorithm>

#ifdef __linux__
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace medilock::ledger {

namespace {
// The workers' nice value: under the storing thread (0), which would otherwise get only its
// share of a core among them while it is what the catch-up waits for.
constexpr int kWorkerNice = 10;

void lowerThisThreadsPriority()
{
#ifdef __linux__
    // Linux sets a nice value per thread. Raising one's own needs no privilege; a refusal
    // leaves the worker at the normal priority, which is only slower.
    (void)::setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), kWorkerNice);
#endif
}
} // namespace

BlockPrecheck::BlockPrecheck(std::span<const Entry> entries, unsigned threads)
    : m_entries(entries)
    , m_payloadErrors(entries.size())
    , m_summaries(entries.size())
    , m_badSignatures(entries.size(), 0)
{
    if (threads == 0)
        threads = hardwareThreads();
    if (entries.size() < kParallelFrom || threads <= 1)
        return;
    threads = static_cast<unsigned>(std::min<std::size_t>(threads, entries.size() / kParallelChunk));
    m_workers.reserve(threads);
    for (unsigned t = 0; t < threads; ++t)
        m_workers.emplace_back([this] {
            lowerThisThreadsPriority();
            work();
        });
}

BlockPrecheck::~BlockPrecheck()
{
    m_payloads.next.store(m_entries.size());
    m_signatures.next.store(m_entries.size());
    for (std::thread& t : m_workers)
        t.join();
}

void BlockPrecheck::work()
{
    while (runChunk(m_payloads)) {
    }
    while (runChunk(m_signatures)) {
    }
}

// Takes the pass's next chunk and does it; false when none was left.
bool BlockPrecheck::runChunk(Pass& pass)
{
    const bool payloads = &pass == &m_payloads;
    const std::size_t begin = pass.next.fetch_add(kParallelChunk);
    if (begin >= m_entries.size())
        return false;
    const std::size_t end = std::min(m_entries.size(), begin + kParallelChunk);
    for (std::size_t i = begin; i < end; ++i) {
        const Entry& entry = m_entries[i];
        if (payloads) {
            if (auto r = Projection::checkPayload(entry); !r)
                m_payloadErrors[i] = r.error();
            else
                m_summaries[i] = Projection::summarize(entry);
        } else {
            m_badSignatures[i] = entry.verifySignature() ? 0 : 1;
        }
    }
    if (pass.done.fetch_add(end - begin, std::memory_order_release) + (end - begin) == m_entries.size())
        pass.done.notify_all();
    return true;
}

// Helps with the pass's chunks not handed out yet, then waits for those other threads hold.
void BlockPrecheck::finish(Pass& pass)
{
    while (runChunk(pass)) {
    }
    for (std::size_t done = pass.done.load(std::memory_order_acquire); done < m_entries.size();
         done = pass.done.load(std::memory_order_acquire))
        pass.done.wait(done, std::memory_order_acquire);
}

std::optional<EntryFailure> BlockPrecheck::payloadFailure()
{
    finish(m_payloads);
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        if (!m_payloadErrors[i].isEmpty())
            return EntryFailure{i, m_payloadErrors[i]};
    return std::nullopt;
}

std::optional<std::size_t> BlockPrecheck::badSignature()
{
    finish(m_signatures);
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        if (m_badSignatures[i])
            return i;
    return std::nullopt;
}

std::vector<EntrySummary> BlockPrecheck::takeSummaries()
{
    finish(m_payloads);
    return std::move(m_summaries);
}

} // namespace medilock::ledger
