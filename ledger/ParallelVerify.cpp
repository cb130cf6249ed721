#include "ParallelVerify.h"

#include "projection/Projection.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace medilock::ledger {

namespace {
// Chunks handed out from a shared counter, so an uneven batch still uses every core.
constexpr std::size_t kChunk = 32;
constexpr std::size_t kParallelFrom = 64;
} // namespace

unsigned hardwareThreads()
{
    return std::max(1u, std::thread::hardware_concurrency());
}

void parallelFor(std::size_t count, const std::function<void(std::size_t)>& work, unsigned threads)
{
    if (threads == 0)
        threads = hardwareThreads();
    threads = static_cast<unsigned>(std::min<std::size_t>(threads, count));
    if (threads <= 1 || count < kParallelFrom) {
        for (std::size_t i = 0; i < count; ++i)
            work(i);
        return;
    }
    std::atomic<std::size_t> next{0};
    const auto run = [&] {
        for (;;) {
            const std::size_t begin = next.fetch_add(kChunk);
            if (begin >= count)
                return;
            const std::size_t end = std::min(count, begin + kChunk);
            for (std::size_t i = begin; i < end; ++i)
                work(i);
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(threads - 1);
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back(run);
    run();
    for (std::thread& t : pool)
        t.join();
}

BackgroundSignatureCheck::BackgroundSignatureCheck(std::span<const Entry> entries, unsigned threads)
    : m_entries(entries)
    , m_bad(entries.size(), 0)
{
    if (threads == 0)
        threads = hardwareThreads();
    if (entries.size() < kParallelFrom || threads <= 1)
        return;
    threads = static_cast<unsigned>(std::min<std::size_t>(threads, entries.size() / kChunk));
    m_workers.reserve(threads);
    for (unsigned t = 0; t < threads; ++t)
        m_workers.emplace_back([this] { run(); });
}

BackgroundSignatureCheck::~BackgroundSignatureCheck()
{
    // Abandoned (an earlier check failed): the workers stop at their next chunk.
    m_next.store(m_entries.size());
    join();
}

void BackgroundSignatureCheck::run()
{
    for (;;) {
        const std::size_t begin = m_next.fetch_add(kChunk);
        if (begin >= m_entries.size())
            return;
        const std::size_t end = std::min(m_entries.size(), begin + kChunk);
        for (std::size_t i = begin; i < end; ++i)
            m_bad[i] = m_entries[i].verifySignature() ? 0 : 1;
    }
}

void BackgroundSignatureCheck::join()
{
    for (std::thread& t : m_workers)
        t.join();
    m_workers.clear();
}

std::optional<std::size_t> BackgroundSignatureCheck::firstBad()
{
    run();
    join(); // the workers' writes to m_bad happen-before this returns
    for (std::size_t i = 0; i < m_bad.size(); ++i)
        if (m_bad[i])
            return i;
    return std::nullopt;
}

std::optional<EntryFailure> firstInvalidEntry(std::span<const Entry* const> entries, EntryChecks checks)
{
    std::vector<QString> reasons(entries.size());
    parallelFor(entries.size(), [&](std::size_t i) {
        if (checks == EntryChecks::SignatureAndPayload && !entries[i]->verifySignature()) {
            reasons[i] = QCoreApplication::translate("Ledger", "bad signature");
            return;
        }
        if (auto r = Projection::checkPayload(*entries[i]); !r)
            reasons[i] = r.error();
    });
    for (std::size_t i = 0; i < reasons.size(); ++i)
        if (!reasons[i].isEmpty())
            return EntryFailure{i, reasons[i]};
    return std::nullopt;
}

std::optional<EntryFailure> firstInvalidEntry(std::span<const Entry> entries, EntryChecks checks)
{
    std::vector<const Entry*> pointers;
    pointers.reserve(entries.size());
    for (const Entry& e : entries)
        pointers.push_back(&e);
    return firstInvalidEntry(std::span<const Entry* const>(pointers), checks);
}

} // namespace medilock::ledger
