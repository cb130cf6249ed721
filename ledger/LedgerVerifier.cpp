#include "LedgerVerifier.h"

#include "Block.h"
#include "ParallelVerify.h"
#include "TrustState.h"

#include "projection/Projection.h"
#include "store/Database.h"
#include "store/Statement.h"

#include "crypto/ByteReader.h"
#include "crypto/ConstantTime.h"
#include "crypto/Hex.h"

#include <QCoreApplication>

#include <future>
#include <map>

namespace medilock::ledger {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("LedgerVerifier", text);
}

QString shortHex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex().left(16));
}

// Blocks are verified in batches so that signature checks fill every core.
constexpr std::size_t kBatchEntries = 8192;

struct Pending
{
    Block block;
    QByteArray storedHash;
};
} // namespace

Result<LedgerVerifier::Report> LedgerVerifier::verifyAll(Database& db, const PublicKeyBytes& localClinicRoot,
                                                        const Progress& progress)
{
    Report report;
    // The database's own structure first: every page is read, so SQLCipher's per-page HMAC
    // turns any damaged byte into an error here. quick_check rather than integrity_check:
    // cross-checking each index against its table is five times slower, and an index that
    // disagrees with its table while every page MAC holds can only be written by someone with
    // the key; for the ledger, the pass below re-checks each entry's columns against its
    // signed bytes, and the projection is derived from those.
    {
        auto check = db.prepare("PRAGMA quick_check;");
        if (!check)
            return std::move(check).takeError();
        auto row = check->step();
        if (!row)
            return std::move(row).takeError();
        if (!*row || check->text(0) != QLatin1String("ok")) {
            report.firstProblem = tr("the database structure is damaged: %1").arg(*row ? check->text(0) : QString());
            return report;
        }
    }
    qint64 total = 0;
    {
        auto count = db.prepare("SELECT count(*) FROM entries;");
        if (!count)
            return std::move(count).takeError();
        auto row = count->step();
        if (!row)
            return std::move(row).takeError();
        total = count->integer(0);
    }

    auto blocks = db.prepare("SELECT hash, header, signature FROM blocks ORDER BY stored_seq;");
    auto entries = db.prepare("SELECT hash, encoded, kind, entry_id, patient_id, authored_ms, authored_lc, author, "
                              "supersedes FROM entries WHERE block_hash = ? ORDER BY position;");
    if (!blocks || !entries)
        return fail(db.lastError());

    TrustState trust(localClinicRoot);
    std::map<PublicKeyBytes, std::pair<std::uint64_t, QByteArray>> heads; // origin -> (height, hash)
    std::vector<Pending> batch;
    std::size_t batchEntries = 0;

    // Signatures and payload shapes of a batch are checked on every core while the next
    // batch is read from the database; the trust replay then runs in stored order.
    struct Checked
    {
        std::vector<Pending> blocks;
        std::optional<EntryFailure> failure;
    };
    const auto check = [](std::vector<Pending> pending) {
        Checked c;
        std::vector<const Entry*> all;
        for (const Pending& p : pending)
            for (const Entry& e : p.block.entries())
                all.push_back(&e);
        c.failure = firstInvalidEntry(std::span<const Entry* const>(all));
        c.blocks = std::move(pending);
        return c;
    };
    std::future<Checked> inFlight;
    const auto replay = [&](Checked c) -> Result<void> {
        std::size_t index = 0;
        for (const Pending& p : c.blocks) {
            const BlockHeader& h = p.block.header();
            const QString where = tr("block %1 (height %2 of origin %3)")
                                      .arg(shortHex(p.storedHash))
                                      .arg(h.height)
                                      .arg(crypto::fingerprintOf(ByteView(h.origin)).left(16));
            if (auto r = p.block.verifyHeaderSignature(); !r)
                return fail(where + QStringLiteral(": ") + tr("bad origin signature"));
            if (auto r = p.block.verifyRoot(); !r)
                return fail(where + QStringLiteral(": ") + tr("its entries do not match its entries root"));
            auto& head = heads[h.origin];
            const bool linked = h.height == 0 ? head.second.isEmpty()
                                              : (head.first + 1 == h.height
                                                 && crypto::constantTimeEqual(head.second, toBytes(h.previous)));
            if (!linked)
                return fail(where + QStringLiteral(": ") + tr("does not link to the previous block of its chain"));
            head = {h.height, p.storedHash};
            for (const Entry& e : p.block.entries()) {
                if (c.failure && c.failure->index == index)
                    return fail(tr("entry %1 in %2: %3").arg(shortHex(toBytes(e.hash())), where, c.failure->reason));
                ++index;
                if (auto r = trust.admit(e, TrustState::Revocation::Defer); !r)
                    return fail(tr("entry %1 in %2: %3").arg(shortHex(toBytes(e.hash())), where, r.error()));
                trust.apply(e);
            }
            if (!trust.isCertifiedNode(h.origin))
                return fail(where + QStringLiteral(": ") + tr("its origin is not a certified node"));
            report.blocks += 1;
            report.entries += static_cast<qint64>(p.block.entries().size());
        }
        if (progress)
            progress(report.entries, total);
        return {};
    };
    // Hands the read batch to the checkers and replays the one checked before it.
    const auto flush = [&]() -> Result<void> {
        Result<void> replayed;
        if (inFlight.valid())
            replayed = replay(inFlight.get());
        if (!batch.empty())
            inFlight = std::async(std::launch::async, check, std::move(batch));
        batch.clear();
        batchEntries = 0;
        return replayed;
    };

    for (;;) {
        auto row = blocks->step();
        if (!row)
            return std::move(row).takeError();
        if (!*row)
            break;
        const QByteArray storedHash = blocks->blob(0);
        const QByteArray header = blocks->blob(1);
        const QString where = tr("block %1").arg(shortHex(storedHash));
        if (!crypto::constantTimeEqual(toBytes(crypto::Sha256::hash(asView(header))), storedHash)) {
            report.firstProblem = where + QStringLiteral(": ") + tr("its header does not hash to its name");
            return report;
        }
        // The block from what is stored: each entry decoded strictly from its signed bytes.
        std::vector<Entry> blockEntries;
        entries->bind(1, storedHash);
        for (;;) {
            auto e = entries->step();
            if (!e)
                return std::move(e).takeError();
            if (!*e)
                break;
            const QByteArray encoded = entries->blob(1);
            auto decoded = Entry::decode(asView(encoded));
            if (!decoded) {
                report.firstProblem = tr("entry %1 in %2: %3").arg(shortHex(entries->blob(0)), where, decoded.error());
                entries->reset();
                return report;
            }
            // The indexed columns must say what the signed bytes say.
            const bool consistent = crypto::constantTimeEqual(toBytes(decoded->hash()), entries->blob(0))
                && entries->integer(2) == static_cast<int>(decoded->kind())
                && entries->blob(3) == toBytes(decoded->entryId()) && entries->blob(4) == toBytes(decoded->patientId())
                && static_cast<std::uint64_t>(entries->integer(5)) == decoded->authoredAt().ms
                && static_cast<std::uint32_t>(entries->integer(6)) == decoded->authoredAt().logical
                && entries->blob(7) == toBytes(decoded->author()) && entries->blob(8) == toBytes(decoded->supersedes());
            if (!consistent) {
                report.firstProblem = tr("entry %1 in %2: its stored fields differ from its signed bytes")
                                          .arg(shortHex(entries->blob(0)), where);
                entries->reset();
                return report;
            }
            blockEntries.push_back(std::move(decoded).value());
        }
        entries->reset();
        auto block = Block::fromParts(header, asView(blocks->blob(2)), std::move(blockEntries));
        if (!block) {
            report.firstProblem = where + QStringLiteral(": ") + block.error();
            return report;
        }
        batchEntries += block->entries().size();
        batch.push_back({std::move(block).value(), storedHash});
        if (batchEntries >= kBatchEntries) {
            if (auto r = flush(); !r) {
                report.firstProblem = r.error();
                return report;
            }
        }
    }
    for (int last = 0; last < 2; ++last) { // the last batch, then the one still in flight
        if (auto r = flush(); !r) {
            report.firstProblem = r.error();
            return report;
        }
    }
    if (report.entries != total)
        report.firstProblem = tr("%1 stored entries belong to no stored block").arg(total - report.entries);
    return report;
}

} // namespace medilock::ledger
