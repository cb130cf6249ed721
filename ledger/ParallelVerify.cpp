#include "ParallelVerify.h"

#include "projection/Projection.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace medilock::ledger {

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
            const std::size_t begin = next.fetch_add(kParallelChunk);
            if (begin >= count)
                return;
            const std::size_t end = std::min(count, begin + kParallelChunk);
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

std::optional<EntryFailure> firstInvalidEntry(std::span<const Entry* const> entries)
{
    std::vector<QString> reasons(entries.size());
    parallelFor(entries.size(), [&](std::size_t i) {
        if (!entries[i]->verifySignature()) {
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

} // namespace medilock::ledger
