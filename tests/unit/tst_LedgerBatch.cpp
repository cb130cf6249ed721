// Blocks stored in batches (a sync answer's blocks, Ledger::beginAcceptBatch), and the checks
// a received block gets on the other cores before it is stored (BlockPrecheck). Real
// SQLCipher files throughout.

#include "LedgerFixture.h"

#include "ledger/BlockPrecheck.h"

#include <QTest>

using namespace medilock;
using namespace medilock::test;
namespace L = medilock::ledger;

namespace {

using Status = L::Ledger::AcceptStatus;

// Blocks of one origin sealed one after the other: what a peer relays of node 2's chain.
struct ChainOf
{
    const crypto::Ed25519PrivateKey& origin;
    std::optional<L::Block::Previous> previous;
    std::uint64_t sealedAt = 10;

    L::Block next(std::vector<L::Entry> entries)
    {
        auto block = L::Block::seal(std::move(entries), previous, ++sealedAt, origin);
        Q_ASSERT(block.ok());
        previous = L::Block::Previous{block->header().height, block->hash(), block->header().cumulativeEntryCount};
        return std::move(block).value();
    }
};

L::Entry heartRateBy(const crypto::Ed25519PrivateKey& author, const L::Id128& patient, int bpm, Node& n)
{
    auto e = signEntry(L::EntryKind::Observation, patient, payload::heartRate(bpm), author, n.ledger().clock().now());
    Q_ASSERT(e.ok());
    return std::move(e).value();
}

} // namespace

class TestLedgerBatch : public QObject
{
    Q_OBJECT

private:
    DatabaseFiles m_files{QStringLiteral("tst_LedgerBatch")};

    QString newPath() { return m_files.newPath(); }
    std::unique_ptr<Site> makeSite() { return medilock::test::makeSite(newPath()); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_files.isValid()); }

    // Blocks accepted in a batch (a sync answer) commit together; one that is refused is
    // refused alone; nothing is visible to another connection before the commit; a batch
    // that does not commit leaves neither its blocks nor the trust they added.
    void acceptBatch()
    {
        auto site = makeSite();
        Node& n = *site->node;
        const Clinic& k = site->clinic;
        const L::Id128 patient = idFromNumber(801, 0x50);
        ChainOf chain{site->node2, {}};
        const auto nextBlock = [&](std::vector<L::Entry> entries) { return chain.next(std::move(entries)); };
        const auto observation = [&](int bpm, const crypto::Ed25519PrivateKey& author) {
            return heartRateBy(author, patient, bpm, n);
        };
        const L::Block b0 = nextBlock({observation(60, k.nurse)});
        const L::Block b1 = nextBlock({observation(61, k.nurse)});
        const L::Block b2 = nextBlock({observation(62, k.nurse)});
        // At b1's height, b1 with its last byte changed (its entry no longer matches).
        QByteArray forgedWire = b1.encode();
        forgedWire[forgedWire.size() - 1] = static_cast<char>(forgedWire[forgedWire.size() - 1] ^ 0x01);
        auto forged = L::Block::decode(asView(forgedWire));
        ML_REQUIRE(forged);

        auto reader = L::Database::open(n.path(), n.dbKey(), L::Database::Mode::OpenExisting);
        ML_REQUIRE(reader);
        auto before = countRows(*reader, "SELECT count(*) FROM blocks;");
        ML_REQUIRE(before);

        ML_REQUIRE(n.ledger().beginAcceptBatch());
        QVERIFY(n.ledger().acceptBatchOpen());
        auto r0 = n.ledger().accept(b0);
        ML_REQUIRE(r0);
        QCOMPARE(statusName(r0->status), statusName(Status::Stored));
        QVERIFY(!n.ledger().accept(*forged).ok()); // refused before any write: the batch goes on
        auto r1 = n.ledger().accept(b1);
        ML_REQUIRE(r1);
        QCOMPARE(statusName(r1->status), statusName(Status::Stored));
        auto r2 = n.ledger().accept(b2);
        ML_REQUIRE(r2);
        QCOMPARE(statusName(r2->status), statusName(Status::Stored));
        // The batch's connection sees its blocks; another connection does not, yet.
        auto inBatch = countRows(n.db(), "SELECT count(*) FROM blocks;");
        ML_REQUIRE(inBatch);
        QCOMPARE(*inBatch, *before + 3);
        auto outside = countRows(*reader, "SELECT count(*) FROM blocks;");
        ML_REQUIRE(outside);
        QCOMPARE(*outside, *before);
        ML_REQUIRE(n.ledger().commitAcceptBatch());
        QVERIFY(!n.ledger().acceptBatchOpen());
        auto after = countRows(*reader, "SELECT count(*) FROM blocks;");
        ML_REQUIRE(after);
        QCOMPARE(*after, *before + 3);

        // A batch that does not commit (its transaction ended behind it): the enrolment it
        // held is not in the trust state afterwards, so the newcomer's entry is not accepted.
        const crypto::Ed25519PrivateKey newcomer = crypto::Ed25519PrivateKey::generate();
        const L::EntryDraft enrol = enrolDraft(newcomer, L::SignerRole::Nurse, QStringLiteral("newcomer"));
        auto enrolEntry = signEntry(enrol.kind, enrol.patientId, enrol.payload, k.root, n.ledger().clock().now());
        ML_REQUIRE(enrolEntry);
        const auto heightBeforeLost = chain.previous;
        const L::Block lost = nextBlock({*enrolEntry});
        ML_REQUIRE(n.ledger().beginAcceptBatch());
        auto rLost = n.ledger().accept(lost);
        ML_REQUIRE(rLost);
        QCOMPARE(statusName(rLost->status), statusName(Status::Stored));
        QVERIFY(n.ledger().trust().user(keyBytes(newcomer)) != nullptr);
        ML_REQUIRE(n.db().exec("ROLLBACK;"));
        QVERIFY(!n.ledger().commitAcceptBatch().ok());
        QVERIFY(!n.ledger().acceptBatchOpen());
        auto afterLost = countRows(*reader, "SELECT count(*) FROM blocks;");
        ML_REQUIRE(afterLost);
        QCOMPARE(*afterLost, *before + 3);
        chain.previous = heightBeforeLost;
        const L::Block byNewcomer = nextBlock({observation(63, newcomer)});
        auto refused = n.ledger().accept(byNewcomer);
        QVERIFY(!refused.ok() || refused->status != Status::Stored);
        QVERIFY(n.ledger().trust().user(keyBytes(newcomer)) == nullptr);
        auto stillThree = countRows(*reader, "SELECT count(*) FROM blocks;");
        ML_REQUIRE(stillThree);
        QCOMPARE(*stillThree, *before + 3);
        // The lost block is accepted again, outside a batch, like any block asked again.
        auto again = n.ledger().accept(lost);
        ML_REQUIRE(again);
        QCOMPARE(statusName(again->status), statusName(Status::Stored));
    }

    // A write that fails once a block's checks passed (this node's database, here a trigger
    // standing in for a full disk) leaves part of that block in the batch: the batch is
    // broken. Later blocks are refused as a local failure, the commit rolls every block of
    // the batch back and reports the first failure, and the same blocks are stored again
    // afterwards.
    void writeFailureBreaksTheBatch()
    {
        auto site = makeSite();
        Node& n = *site->node;
        const Clinic& k = site->clinic;
        const L::Id128 patient = idFromNumber(901, 0x50);
        ChainOf chain{site->node2, {}};
        std::vector<L::Block> blocks;
        for (int bpm = 60; bpm < 63; ++bpm)
            blocks.push_back(chain.next({heartRateBy(k.nurse, patient, bpm, n)}));
        auto reader = L::Database::open(n.path(), n.dbKey(), L::Database::Mode::OpenExisting);
        ML_REQUIRE(reader);
        auto before = statsOf(*reader);
        ML_REQUIRE(before);

        ML_REQUIRE(n.ledger().beginAcceptBatch());
        auto first = n.ledger().accept(blocks[0]);
        ML_REQUIRE(first);
        QCOMPARE(statusName(first->status), statusName(Status::Stored));
        // The next block's block and entry rows are written, then its record is refused.
        ML_REQUIRE(n.db().exec("CREATE TEMP TRIGGER refuse_records BEFORE INSERT ON main.records "
                               "BEGIN SELECT RAISE(ABORT, 'no space left for records'); END;"));
        auto second = n.ledger().accept(blocks[1]);
        ML_REQUIRE(second);
        QCOMPARE(statusName(second->status), statusName(Status::LocalFailure));
        QVERIFY2(second->detail.contains(QStringLiteral("no space left for records")), qPrintable(second->detail));
        ML_REQUIRE(n.db().exec("DROP TRIGGER temp.refuse_records;"));
        // Nothing more joins a broken batch, even what would store.
        auto third = n.ledger().accept(blocks[2]);
        ML_REQUIRE(third);
        QCOMPARE(statusName(third->status), statusName(Status::LocalFailure));
        auto committed = n.ledger().commitAcceptBatch();
        QVERIFY(!committed.ok());
        QVERIFY2(committed.error().contains(QStringLiteral("no space left for records")), qPrintable(committed.error()));
        QVERIFY(!n.ledger().acceptBatchOpen());

        // Not one row of the batch is left, for this connection or another.
        auto afterOwn = statsOf(n.db());
        ML_REQUIRE(afterOwn);
        QVERIFY(*afterOwn == *before);
        auto afterReader = statsOf(*reader);
        ML_REQUIRE(afterReader);
        QVERIFY(*afterReader == *before);
        auto records = countRows(n.db(), "SELECT count(*) FROM records;");
        ML_REQUIRE(records);
        QCOMPARE(*records, qint64(0));

        // Asked again, the blocks store, in a new batch.
        ML_REQUIRE(n.ledger().beginAcceptBatch());
        for (const L::Block& b : blocks) {
            auto again = n.ledger().accept(b);
            ML_REQUIRE(again);
            QCOMPARE(statusName(again->status), statusName(Status::Stored));
        }
        ML_REQUIRE(n.ledger().commitAcceptBatch());
        auto stored = countRows(*reader, "SELECT count(*) FROM records;");
        ML_REQUIRE(stored);
        QCOMPARE(*stored, qint64(3));
    }

    // The checks run on worker threads report the lowest failing position of each kind, and
    // the summaries of the payloads that passed; a check abandoned at once stops cleanly.
    void precheckFindsTheLowestFailures()
    {
        const Clinic k = Clinic::generate(QStringLiteral("Precheck Clinic"));
        std::vector<L::Entry> entries;
        for (int i = 0; i < 300; ++i) {
            QByteArray payloadBytes = payload::heartRate(60 + i % 10);
            if (i == 210 || i == 250)
                payloadBytes = QByteArrayLiteral("[\"not\", \"a resource\"]");
            auto e = signEntry(L::EntryKind::Observation, idFromNumber(static_cast<std::uint64_t>(100 + i), 0x50), payloadBytes, k.nurse, nowHlc(static_cast<std::uint32_t>(i)));
            ML_REQUIRE(e);
            entries.push_back(std::move(e).value());
        }
        // Entries 120 and 280 carry bytes their author did not sign.
        for (const std::size_t i : {std::size_t(120), std::size_t(280)}) {
            QByteArray bytes = entries[i].encoded();
            const qsizetype at = bytes.indexOf(QByteArrayLiteral("Heart rate"));
            QVERIFY(at > 0);
            bytes[at] = 'h';
            auto altered = L::Entry::decode(asView(bytes));
            ML_REQUIRE(altered);
            entries[i] = std::move(altered).value();
        }

        for (const unsigned threads : {0u, 1u}) {
            L::BlockPrecheck precheck(entries, threads);
            const auto payload = precheck.payloadFailure();
            QVERIFY(payload.has_value());
            QCOMPARE(payload->index, std::size_t(210));
            QVERIFY(!payload->reason.isEmpty());
            const auto signature = precheck.badSignature();
            QVERIFY(signature.has_value());
            QCOMPARE(*signature, std::size_t(120));
            const std::vector<L::EntrySummary> summaries = precheck.takeSummaries();
            QCOMPARE(summaries.size(), entries.size());
            QVERIFY(summaries[0].resource && summaries[0].resource->ok());
            QCOMPARE(summaries[0].resource->value().resourceType, QStringLiteral("Observation"));
            QVERIFY(!summaries[0].patient);
            QVERIFY(!summaries[210].resource); // refused: not summarised
        }

        std::vector<L::Entry> good(entries.begin(), entries.begin() + 100);
        {
            L::BlockPrecheck clean(good);
            QVERIFY(!clean.payloadFailure());
            QVERIFY(!clean.badSignature());
        }
        // Abandoned before anything was asked: the workers stop at their next chunk.
        for (int i = 0; i < 20; ++i)
            L::BlockPrecheck abandoned(entries);
    }
};

QTEST_GUILESS_MAIN(TestLedgerBatch)
#include "tst_LedgerBatch.moc"
