// Crash safety with real processes: a writer (crash_writer) appending to one node database
// is killed with SIGKILL at random moments, over and over. Afterwards the database opens,
// verifies, and holds every entry the writer acknowledged.

#include "LedgerFixture.h"

#include "ledger/LedgerVerifier.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace medilock;
using namespace medilock::test;
namespace L = medilock::ledger;

namespace {

std::uint64_t testSeed()
{
    bool ok = false;
    const qulonglong fromEnv = qEnvironmentVariable("MEDILOCK_TEST_SEED").toULongLong(&ok);
    return ok ? fromEnv : 0x435241534855ull;
}

constexpr int kKills = 100;
constexpr int kMinMs = 10;
constexpr int kMaxMs = 300;

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Clinic m_clinic = Clinic::generate(QStringLiteral("Crash Clinic"));
    QString m_path;
    crypto::SecureBuffer m_key;
    crypto::Ed25519PrivateKey m_node;
    L::Id128 m_patient = idFromNumber(1, 0x43);
    qint64 m_genesisEntries = 0;

    QStringList writerArguments() const
    {
        return {m_path, hexOf(toByteArray(m_key.view())), hexOf(m_clinic.root.publicKey().bytes()),
            hexOf(toByteArray(m_clinic.nurse.seed().view())), hexOf(toByteArray(m_node.seed().view())),
            hexOf(L::toBytes(m_patient))};
    }

    // Complete lines only: a line cut short was never acknowledged.
    static QList<QByteArray> acknowledgedIn(const QByteArray& output)
    {
        QList<QByteArray> lines = output.split('\n');
        lines.removeLast(); // empty after a final newline, or an unfinished line
        return lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("node.db"));
        auto node = Node::create(m_path, m_clinic);
        QVERIFY2(node.ok(), node.ok() ? "" : qPrintable(node.error()));
        ML_REQUIRE((*node)->append(
            {L::EntryKind::PatientRegistered, m_patient, {},
                payload::patient(QStringLiteral("Okafor"), QStringLiteral("Amara"), QStringLiteral("1988-08-08")), {}},
            m_clinic.reception));
        auto stats = (*node)->stats();
        ML_REQUIRE(stats);
        m_genesisEntries = stats->entries;
        m_key = (*node)->dbKey().clone();
        m_node = (*node)->key().clone();
        ML_REQUIRE((*node)->close());
    }

    void killedWriterLosesNothing()
    {
        const std::uint64_t seed = testSeed();
        qInfo("kill delays from seed %llu (set MEDILOCK_TEST_SEED to replay)", static_cast<unsigned long long>(seed));
        std::mt19937_64 random(seed);
        QSet<QByteArray> acknowledged;
        int silentRuns = 0;
        QElapsedTimer total;
        total.start();
        for (int run = 0; run < kKills; ++run) {
            const int delayMs = kMinMs + static_cast<int>(random() % std::uint64_t(kMaxMs - kMinMs + 1));
            QProcess writer;
            writer.setProgram(QStringLiteral(MEDILOCK_CRASH_WRITER));
            writer.setArguments(writerArguments());
            writer.start();
            QVERIFY2(writer.waitForStarted(5000), qPrintable(writer.errorString()));
            QByteArray output;
            QElapsedTimer clock;
            clock.start();
            // Drain stdout while waiting, so the writer never blocks on a full pipe.
            while (clock.elapsed() < delayMs && writer.state() == QProcess::Running) {
                writer.waitForReadyRead(static_cast<int>(qMax<qint64>(1, delayMs - clock.elapsed())));
                output += writer.readAllStandardOutput();
            }
            if (writer.state() != QProcess::Running)
                QFAIL(qPrintable(QStringLiteral("run %1: the writer stopped by itself (exit %2): %3")
                                     .arg(run)
                                     .arg(writer.exitCode())
                                     .arg(QString::fromLocal8Bit(writer.readAllStandardError()))));
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished(5000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            output += writer.readAllStandardOutput();
            const QList<QByteArray> lines = acknowledgedIn(output);
            if (lines.isEmpty())
                ++silentRuns;
            for (const QByteArray& line : lines) {
                const QByteArray hash = QByteArray::fromHex(line);
                QVERIFY2(hash.size() == 32, line.constData());
                acknowledged.insert(hash);
            }
        }
        qInfo("%d kills in %lld ms: %lld entries acknowledged, %d runs killed before their first acknowledgement",
            kKills, static_cast<long long>(total.elapsed()), static_cast<long long>(acknowledged.size()), silentRuns);
        QVERIFY(!acknowledged.isEmpty());

        // The database opens and verifies, and every acknowledged entry is there.
        auto db = L::Database::open(m_path, m_key, L::Database::Mode::OpenExisting);
        ML_REQUIRE(db);
        auto report = L::LedgerVerifier::verifyAll(*db, m_clinic.rootKey());
        ML_REQUIRE(report);
        QVERIFY2(report->ok(), qPrintable(report->firstProblem));
        auto present = db->prepare("SELECT 1 FROM entries WHERE hash = ?;");
        ML_REQUIRE(present);
        int missing = 0;
        for (const QByteArray& hash : std::as_const(acknowledged)) {
            present->bind(1, hash);
            auto row = present->step();
            ML_REQUIRE(row);
            if (!*row) {
                ++missing;
                qWarning("acknowledged entry %s is missing", hash.toHex().constData());
            }
            present->reset();
        }
        QCOMPARE(missing, 0);
        QVERIFY(report->entries >= m_genesisEntries + acknowledged.size());

        // The node's own sealed head is the stored head of its chain: it never signs from stale state.
        auto ledger = L::Ledger::open(*db, m_clinic.rootKey());
        ML_REQUIRE(ledger);
        auto own = (*ledger)->store().ownHead(keyBytes(m_node));
        auto head = (*ledger)->store().headOf(keyBytes(m_node));
        ML_REQUIRE(own);
        ML_REQUIRE(head);
        QVERIFY(own->has_value() && head->has_value());
        QCOMPARE((*own)->height, (*head)->height);
        QCOMPARE((*own)->hash, (*head)->hash);
        // And it goes on appending.
        const L::EntryDraft draft {L::EntryKind::Observation, m_patient, {}, payload::heartRate(70), {}};
        ML_REQUIRE((*ledger)->append(std::span<const L::EntryDraft>(&draft, 1), m_clinic.nurse, m_node));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_CrashSafety.moc"
