// LedgerVerifier: passes on a healthy ledger of a few thousand entries, names the entry or
// block behind each kind of tampering done with the database key, and never passes a file
// with a byte flipped anywhere in it.

#include "LedgerFixture.h"

#include "ledger/LedgerVerifier.h"

#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace medilock;
using namespace medilock::test;
namespace L = medilock::ledger;

namespace {

constexpr qsizetype kPayloadAt = 115; // offset of the payload in an encoded entry
constexpr qsizetype kPageSize = 4096; // PRAGMA cipher_page_size (ledger/store/Database.cpp)
// SQLCipher 3 page reserve: 16-byte IV, 20-byte HMAC-SHA1, then padding up to 48 bytes.
constexpr qsizetype kPaddingStart = kPageSize - 48 + 16 + 20;

std::uint64_t testSeed()
{
    bool ok = false;
    const qulonglong fromEnv = qEnvironmentVariable("MEDILOCK_TEST_SEED").toULongLong(&ok);
    return ok ? fromEnv : 0x5645524946ull;
}

// Copies are many and large: each is removed (with its WAL and shared-memory files) once used.
void removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

enum class Tamper {
    EntryPayload,
    EntrySignature,
    EntryKindColumn,
    EntryAuthorColumn,
    BlockHeader,
    BlockSignature,
    DeleteEntry,
    SwapPositions,
    MoveEntryToOtherBlock,
    DeleteBlock,
    DeleteLastBlockOfChain,
};

} // namespace

class TestLedgerVerifier : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Clinic m_clinic = Clinic::generate(QStringLiteral("Verifier Clinic"));
    crypto::SecureBuffer m_key;
    QString m_healthy;
    qint64 m_entries = 0;
    qint64 m_blocks = 0;
    int m_copies = 0;

    QString copyOfHealthy()
    {
        const QString path = m_dir.filePath(QStringLiteral("copy-%1.db").arg(++m_copies));
        if (!QFile::copy(m_healthy, path))
            qFatal("cannot copy the healthy database");
        return path;
    }

    Result<L::LedgerVerifier::Report> verify(const QString& path)
    {
        auto db = L::Database::open(path, m_key, L::Database::Mode::OpenExisting);
        if (!db)
            return std::move(db).takeError();
        return L::LedgerVerifier::verifyAll(*db, m_clinic.rootKey());
    }

    // One row of `entries` (hash, block hash, encoded) chosen by its place in hash order.
    struct Row
    {
        QByteArray hash, block, encoded;
    };
    static Result<Row> entryRow(L::Database& db, int offset)
    {
        auto stmt = db.prepare(
            "SELECT hash, block_hash, encoded FROM entries WHERE kind = 37 ORDER BY hash LIMIT 1 OFFSET ?;");
        if (!stmt)
            return std::move(stmt).takeError();
        stmt->bind(1, qint64(offset));
        auto row = stmt->step();
        if (!row)
            return std::move(row).takeError();
        if (!*row)
            return fail(QStringLiteral("no such entry"));
        return Row {stmt->blob(0), stmt->blob(1), stmt->blob(2)};
    }
    static Result<void> run(L::Database& db, const char* sql, std::initializer_list<QByteArray> blobs)
    {
        auto stmt = db.prepare(sql);
        if (!stmt)
            return std::move(stmt).takeError();
        int i = 0;
        for (const QByteArray& b : blobs)
            stmt->bind(++i, b);
        return stmt->run();
    }

    // Applies `how` to a copy with the key; returns the copy and the hex prefix the report must name.
    Result<std::pair<QString, QString>> tampered(Tamper how)
    {
        const QString path = copyOfHealthy();
        auto db = L::Database::open(path, m_key, L::Database::Mode::OpenExisting);
        if (!db)
            return std::move(db).takeError();
        auto row = entryRow(*db, 700);
        if (!row)
            return std::move(row).takeError();
        const QString entryName = hexOf(row->hash).left(16);
        const QString blockName = hexOf(row->block).left(16);
        const auto flip = [](QByteArray bytes, qsizetype at) {
            bytes[at] = static_cast<char>(bytes[at] ^ 0x20);
            return bytes;
        };
        Result<void> done;
        QString named;
        switch (how) {
        case Tamper::EntryPayload:
            done = run(
                *db, "UPDATE entries SET encoded = ? WHERE hash = ?;", {flip(row->encoded, kPayloadAt + 5), row->hash});
            named = entryName;
            break;
        case Tamper::EntrySignature:
            done = run(*db, "UPDATE entries SET encoded = ? WHERE hash = ?;",
                {flip(row->encoded, row->encoded.size() - 7), row->hash});
            named = entryName;
            break;
        case Tamper::EntryKindColumn:
            done = run(*db, "UPDATE entries SET kind = 34 WHERE hash = ?;", {row->hash});
            named = entryName;
            break;
        case Tamper::EntryAuthorColumn:
            done = run(*db, "UPDATE entries SET author = zeroblob(32) WHERE hash = ?;", {row->hash});
            named = entryName;
            break;
        case Tamper::BlockHeader: {
            auto stmt = db->prepare("SELECT header FROM blocks WHERE hash = ?;");
            if (!stmt)
                return std::move(stmt).takeError();
            stmt->bind(1, row->block);
            auto r = stmt->step();
            if (!r || !*r)
                return fail(QStringLiteral("no block"));
            const QByteArray header = stmt->blob(0);
            stmt = db->prepare("SELECT 1;"); // finalizes the read before writing
            done = run(*db, "UPDATE blocks SET header = ? WHERE hash = ?;", {flip(header, 80), row->block});
            named = blockName;
            break;
        }
        case Tamper::BlockSignature:
            done = run(*db, "UPDATE blocks SET signature = zeroblob(64) WHERE hash = ?;", {row->block});
            named = blockName;
            break;
        case Tamper::DeleteEntry:
            done = run(*db, "DELETE FROM entries WHERE hash = ?;", {row->hash});
            named = blockName;
            break;
        case Tamper::SwapPositions:
            // In three steps: (block_hash, position) is unique after every row.
            done = run(*db, "UPDATE entries SET position = -1 WHERE block_hash = ? AND position = 0;", {row->block});
            if (done)
                done = run(*db, "UPDATE entries SET position = 0 WHERE block_hash = ? AND position = 1;", {row->block});
            if (done)
                done
                    = run(*db, "UPDATE entries SET position = 1 WHERE block_hash = ? AND position = -1;", {row->block});
            named = blockName;
            break;
        case Tamper::MoveEntryToOtherBlock: {
            // The entry moves to the end of the genesis block: both blocks stop matching their roots.
            auto genesis = db->prepare("SELECT hash FROM blocks ORDER BY stored_seq LIMIT 1;");
            if (!genesis)
                return std::move(genesis).takeError();
            auto r = genesis->step();
            if (!r || !*r)
                return fail(QStringLiteral("no genesis"));
            const QByteArray first = genesis->blob(0);
            genesis = db->prepare("SELECT 1;");
            done = run(*db, "UPDATE entries SET block_hash = ?, position = 99 WHERE hash = ?;", {first, row->hash});
            named = hexOf(first).left(16);
            break;
        }
        case Tamper::DeleteBlock:
            // The rows of a whole block vanish (foreign keys off, as a tamperer would).
            done = db->exec("PRAGMA foreign_keys = OFF;");
            if (done)
                done = run(*db, "DELETE FROM entries WHERE block_hash = ?;", {row->block});
            if (done)
                done = run(*db, "DELETE FROM blocks WHERE hash = ?;", {row->block});
            named = QString(); // the next block of the chain no longer links
            break;
        case Tamper::DeleteLastBlockOfChain:
            // Truncating a chain leaves a valid prefix: what the verifier cannot see alone. Only
            // entries without their block are reported here.
            done = db->exec("PRAGMA foreign_keys = OFF;");
            if (done)
                done = db->exec("DELETE FROM blocks WHERE stored_seq = (SELECT max(stored_seq) FROM blocks);");
            named = QString();
            break;
        }
        if (!done)
            return std::move(done).takeError();
        if (auto r = checkpoint(*db); !r)
            return std::move(r).takeError();
        return std::make_pair(path, named);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto node = Node::create(m_dir.filePath(QStringLiteral("healthy.db")), m_clinic);
        QVERIFY2(node.ok(), node.ok() ? "" : qPrintable(node.error()));
        Node& n = **node;
        using K = L::EntryKind;
        // ~3,000 entries: registrations, vitals, problems, allergies, medications, corrections, views.
        std::vector<L::Id128> patients;
        std::vector<L::EntryDraft> registrations;
        for (int i = 0; i < 300; ++i) {
            patients.push_back(idFromNumber(static_cast<std::uint64_t>(i), 0x11));
            registrations.push_back({K::PatientRegistered, patients.back(), {},
                payload::patient(QStringLiteral("Family%1").arg(i), QStringLiteral("Given%1").arg(i % 37),
                    QStringLiteral("19%1-0%2-1%3").arg(40 + i % 60).arg(1 + i % 9).arg(i % 10)),
                {}});
        }
        ML_REQUIRE(n.append(registrations, m_clinic.reception));
        for (int batch = 0; batch < 2; ++batch) {
            std::vector<L::EntryDraft> vitals;
            for (int i = 0; i < 600; ++i)
                vitals.push_back({K::Observation, patients[static_cast<std::size_t>((i * 7 + batch) % 300)], {},
                    payload::heartRate(50 + i % 80), {}});
            ML_REQUIRE(n.append(vitals, m_clinic.nurse));
        }
        for (int batch = 0; batch < 2; ++batch) {
            std::vector<L::EntryDraft> clinical;
            for (int i = 0; i < 600; ++i) {
                const L::Id128& p = patients[static_cast<std::size_t>((i * 13 + batch) % 300)];
                switch (i % 3) {
                case 0:
                    clinical.push_back({K::Condition, p, {},
                        payload::condition(QStringLiteral("I%1").arg(i % 90), QStringLiteral("Condition %1").arg(i)),
                        {}});
                    break;
                case 1:
                    clinical.push_back(
                        {K::Allergy, p, {}, payload::allergy(QStringLiteral("Allergen %1").arg(i % 11)), {}});
                    break;
                default:
                    clinical.push_back(
                        {K::Medication, p, {}, payload::medication(QStringLiteral("Drug %1").arg(i % 17)), {}});
                    break;
                }
            }
            auto appended = n.append(clinical, m_clinic.physician);
            ML_REQUIRE(appended);
            // Some of them corrected, and charts viewed.
            std::vector<L::EntryDraft> follow;
            for (int i = 0; i < 150; ++i) {
                const auto at = static_cast<std::size_t>(i * 4);
                follow.push_back({K::Amendment, clinical[at].patientId, appended->entries[at],
                    payload::amendment(QStringLiteral("entered in error %1").arg(i)), {}});
                follow.push_back({K::ChartViewed, clinical[at + 1].patientId, {}, payload::chartViewed(), {}});
            }
            ML_REQUIRE(n.append(follow, m_clinic.physician));
        }
        auto stats = n.stats();
        ML_REQUIRE(stats);
        m_entries = stats->entries;
        m_blocks = stats->blocks;
        QVERIFY(m_entries >= 3000);
        m_key = n.dbKey().clone();
        m_healthy = n.path();
        ML_REQUIRE(n.close());
        QVERIFY(!QFile::exists(m_healthy + QStringLiteral("-wal"))
            || QFile(m_healthy + QStringLiteral("-wal")).size() == 0);
    }

    void healthyLedgerVerifies()
    {
        auto db = L::Database::open(copyOfHealthy(), m_key, L::Database::Mode::OpenExisting);
        ML_REQUIRE(db);
        qint64 lastDone = -1, lastTotal = -1;
        int calls = 0;
        auto report = L::LedgerVerifier::verifyAll(*db, m_clinic.rootKey(), [&](qint64 done, qint64 total) {
            QVERIFY(done >= lastDone);
            lastDone = done;
            lastTotal = total;
            ++calls;
        });
        ML_REQUIRE(report);
        QVERIFY2(report->ok(), qPrintable(report->firstProblem));
        QCOMPARE(report->entries, m_entries);
        QCOMPARE(report->blocks, m_blocks);
        QVERIFY(calls >= 1);
        QCOMPARE(lastDone, m_entries);
        QCOMPARE(lastTotal, m_entries);
        auto freePages = countRows(*db, "PRAGMA freelist_count;");
        ML_REQUIRE(freePages);
        auto pages = countRows(*db, "PRAGMA page_count;");
        ML_REQUIRE(pages);
        qInfo("healthy ledger: %lld entries in %lld blocks, %lld pages, %lld on the free list", m_entries, m_blocks,
            *pages, *freePages);
    }

    void otherClinicsRootDoesNotVerify()
    {
        // Verified against a root this ledger was not founded by, nothing is trusted.
        auto db = L::Database::open(copyOfHealthy(), m_key, L::Database::Mode::OpenExisting);
        ML_REQUIRE(db);
        const Clinic other = Clinic::generate(QStringLiteral("Other"));
        auto report = L::LedgerVerifier::verifyAll(*db, other.rootKey());
        ML_REQUIRE(report);
        QVERIFY(!report->ok());
        QVERIFY2(report->firstProblem.contains(QLatin1String("not a trusted clinic root")),
            qPrintable(report->firstProblem));
    }

    void wrongKeyDoesNotOpen()
    {
        auto db = L::Database::open(copyOfHealthy(), crypto::randomSecret(32), L::Database::Mode::OpenExisting);
        QVERIFY(!db.ok());
        QVERIFY(!db.error().isEmpty());
    }

    void tampering_data()
    {
        QTest::addColumn<int>("how");
        QTest::addColumn<QString>("word"); // a word the report must use
        QTest::newRow("(a) a payload byte of entries.encoded") << int(Tamper::EntryPayload) << QStringLiteral("entry");
        QTest::newRow("(b) a signature byte of entries.encoded")
            << int(Tamper::EntrySignature) << QStringLiteral("entry");
        QTest::newRow("entries.kind disagrees with the signed bytes")
            << int(Tamper::EntryKindColumn) << QStringLiteral("stored fields");
        QTest::newRow("entries.author disagrees with the signed bytes")
            << int(Tamper::EntryAuthorColumn) << QStringLiteral("stored fields");
        QTest::newRow("(c) a byte of blocks.header") << int(Tamper::BlockHeader) << QStringLiteral("header");
        QTest::newRow("blocks.signature zeroed") << int(Tamper::BlockSignature) << QStringLiteral("signature");
        QTest::newRow("(d) an entry row deleted") << int(Tamper::DeleteEntry) << QStringLiteral("block");
        QTest::newRow("two entries' positions swapped") << int(Tamper::SwapPositions) << QStringLiteral("root");
        QTest::newRow("an entry moved to another block")
            << int(Tamper::MoveEntryToOtherBlock) << QStringLiteral("block");
        QTest::newRow("a whole block deleted") << int(Tamper::DeleteBlock) << QStringLiteral("link");
        QTest::newRow("the last block deleted, its entries left")
            << int(Tamper::DeleteLastBlockOfChain) << QStringLiteral("no stored block");
    }
    void tampering()
    {
        QFETCH(int, how);
        QFETCH(QString, word);
        auto copy = tampered(static_cast<Tamper>(how));
        ML_REQUIRE(copy);
        auto report = verify(copy->first);
        ML_REQUIRE(report);
        QVERIFY2(!report->ok(), "a tampered ledger verified");
        const QString& problem = report->firstProblem;
        QVERIFY2(problem.contains(copy->second),
            qPrintable(QStringLiteral("'%1' does not name %2").arg(problem, copy->second)));
        QVERIFY2(problem.contains(word), qPrintable(problem));
        removeDatabaseFiles(copy->first);
    }

    // (e) One byte flipped anywhere in a closed, checkpointed database file: it either does not
    // open or does not verify. Never passes.
    void damagedFileNeverPasses()
    {
        const std::uint64_t seed = testSeed();
        qInfo(
            "damage offsets from seed %llu (set MEDILOCK_TEST_SEED to replay)", static_cast<unsigned long long>(seed));
        std::mt19937_64 random(seed);
        const qint64 size = QFileInfo(m_healthy).size();
        QVERIFY(size > 0);
        QCOMPARE(size % kPageSize, qint64(0));
        QFile source(m_healthy);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray original = source.readAll();
        source.close();

        constexpr int kCopies = 64;
        int refusedAtOpen = 0, unreadable = 0, reported = 0;
        QStringList passed;
        QMap<QString, int> reasons;
        for (int i = 0; i < kCopies; ++i) {
            // A quarter of the flips land in page 1 (header, schema), the rest anywhere.
            qint64 offset = i % 4 == 0 ? static_cast<qint64>(random() % std::uint64_t(kPageSize))
                                       : static_cast<qint64>(random() % std::uint64_t(size));
            // The last 12 bytes of every page are SQLCipher 3's unused reserve padding, which no
            // MAC covers and nothing reads (damagedPageReserve shows a flip there changes
            // nothing); the flip goes to the authenticated byte before them instead.
            if (offset % kPageSize >= kPaddingStart)
                offset -= offset % kPageSize - (kPaddingStart - 1);
            const auto mask = static_cast<char>(1 + random() % 255);
            QByteArray bytes = original;
            bytes[offset] = static_cast<char>(bytes[offset] ^ mask);
            if (i > 0)
                removeDatabaseFiles(m_dir.filePath(QStringLiteral("damaged-%1.db").arg(i - 1)));
            const QString path = m_dir.filePath(QStringLiteral("damaged-%1.db").arg(i));
            {
                QFile out(path);
                QVERIFY(out.open(QIODevice::WriteOnly));
                QCOMPARE(out.write(bytes), qint64(bytes.size()));
            }
            const QString where = QStringLiteral("offset %1 (page %2, byte %3 of it), xor 0x%4")
                                      .arg(offset)
                                      .arg(offset / kPageSize + 1)
                                      .arg(offset % kPageSize)
                                      .arg(static_cast<unsigned char>(mask), 2, 16, QLatin1Char('0'));
            auto db = L::Database::open(path, m_key, L::Database::Mode::OpenExisting);
            if (!db) {
                ++refusedAtOpen;
                continue;
            }
            auto report = L::LedgerVerifier::verifyAll(*db, m_clinic.rootKey());
            if (!report) {
                ++unreadable;
                ++reasons[report.error().left(48)];
            } else if (!report->ok()) {
                ++reported;
                ++reasons[report->firstProblem.left(48)];
            } else {
                passed << where;
            }
        }
        qInfo("%d damaged copies: %d refused at open, %d unreadable, %d reported, %lld passed", kCopies, refusedAtOpen,
            unreadable, reported, static_cast<long long>(passed.size()));
        for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
            qInfo("  %3d x %s", it.value(), qPrintable(it.key()));
        QVERIFY2(passed.isEmpty(),
            qPrintable(QStringLiteral("damaged copies verified: ") + passed.join(QStringLiteral("; "))));
    }

    // (e, continued) Every byte of the per-page reserve SQLCipher keeps at the end of a page,
    // in a page in the middle of the file. A flip in the IV or the HMAC never passes. SQLCipher
    // 3.4.1 rounds the 36-byte IV + HMAC-SHA1 reserve up to 48 bytes and leaves the last 12
    // as random padding that no MAC covers and nothing reads: a flip there cannot be detected,
    // and this test shows it also changes nothing (every table reads back identically).
    void damagedPageReserve()
    {
        QFile source(m_healthy);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray original = source.readAll();
        source.close();
        LedgerStats healthy;
        {
            auto db = L::Database::open(m_healthy, m_key, L::Database::Mode::OpenExisting);
            ML_REQUIRE(db);
            auto stats = statsOf(*db);
            ML_REQUIRE(stats);
            healthy = *stats;
        }
        const qint64 pages = original.size() / kPageSize;
        constexpr qint64 kReserve = 48;
        const qint64 page = pages / 2;
        QStringList passed;
        for (qint64 at = kPageSize - kReserve; at < kPageSize; ++at) {
            const qint64 offset = (page - 1) * kPageSize + at;
            QByteArray bytes = original;
            bytes[offset] = static_cast<char>(bytes[offset] ^ 0x01);
            const QString path = m_dir.filePath(QStringLiteral("reserve-%1-%2.db").arg(page).arg(at));
            removeDatabaseFiles(m_dir.filePath(QStringLiteral("reserve-%1-%2.db").arg(page).arg(at - 1)));
            {
                QFile out(path);
                QVERIFY(out.open(QIODevice::WriteOnly));
                QCOMPARE(out.write(bytes), qint64(bytes.size()));
            }
            auto db = L::Database::open(path, m_key, L::Database::Mode::OpenExisting);
            if (!db)
                continue;
            auto report = L::LedgerVerifier::verifyAll(*db, m_clinic.rootKey());
            const bool verified = report && report->ok();
            if (at < kPaddingStart) {
                if (verified)
                    passed << QStringLiteral("%1 (page %2, byte %3)").arg(offset).arg(page).arg(at);
                continue;
            }
            // Padding: nothing detects it, and nothing changed.
            auto stats = statsOf(*db);
            ML_REQUIRE(stats);
            QVERIFY2(*stats == healthy, qPrintable(QStringLiteral("padding byte %1 changed the data").arg(at)));
        }
        QVERIFY2(passed.isEmpty(),
            qPrintable(QStringLiteral("%1 copies with a damaged IV or HMAC verified, at offsets: %2")
                           .arg(passed.size())
                           .arg(passed.join(QStringLiteral(", ")))));
    }
};

QTEST_GUILESS_MAIN(TestLedgerVerifier)
#include "tst_LedgerVerifier.moc"
