// Group commit: concurrent appends share blocks, each is acknowledged only once committed,
// and a refused submission fails alone.

#include "LedgerFixture.h"

#include "ledger/GroupCommitter.h"

#include <QTemporaryDir>
#include <QtTest>

#include <set>
#include <thread>

using namespace medilock;
using namespace medilock::test;

class tst_GroupCommitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void concurrentAppendsShareBlocks()
    {
        QTemporaryDir dir;
        const Clinic clinic = Clinic::generate(QStringLiteral("Group Clinic"));
        auto node = Node::create(dir.filePath(QStringLiteral("node.db")), clinic);
        QVERIFY(node.ok());
        const L::Id128 patientId = idFromNumber(1);
        QVERIFY((*node)->append({L::EntryKind::PatientRegistered, patientId, {},
                                 payload::patient(QStringLiteral("Rossi"), QStringLiteral("Anna"), QStringLiteral("1970-01-01")), {}},
                                clinic.reception).ok());
        const auto before = (*node)->stats();
        QVERIFY(before.ok());

        constexpr int kThreads = 8;
        constexpr int kPerThread = 25;
        std::vector<std::vector<L::Hash>> acknowledged(kThreads);
        std::atomic<int> failures{0};
        {
            L::GroupCommitter committer((*node)->ledger(), (*node)->key().clone(), {20, 1024});
            std::vector<std::thread> threads;
            for (int t = 0; t < kThreads; ++t) {
                threads.emplace_back([&, t] {
                    for (int i = 0; i < kPerThread; ++i) {
                        const L::EntryDraft draft{L::EntryKind::Observation, patientId, {}, payload::heartRate(60 + i), {}};
                        auto result = committer.submit(std::span(&draft, 1), clinic.nurse).get();
                        if (!result || result->size() != 1)
                            ++failures;
                        else
                            acknowledged[static_cast<std::size_t>(t)].push_back(result->front());
                    }
                });
            }
            for (std::thread& t : threads)
                t.join();
            // Far fewer blocks than submissions: windows were shared.
            QVERIFY2(committer.blocksCommitted() < static_cast<std::size_t>(kThreads * kPerThread),
                     qPrintable(QString::number(committer.blocksCommitted())));
        }
        QCOMPARE(failures.load(), 0);
        const auto after = (*node)->stats();
        QVERIFY(after.ok());
        QCOMPARE(after->entries, before->entries + kThreads * kPerThread);
        // Every acknowledged entry is stored.
        std::set<QByteArray> stored;
        auto rows = (*node)->db().prepare("SELECT hash FROM entries;");
        QVERIFY(rows.ok());
        while (*rows->step())
            stored.insert(rows->blob(0));
        for (const auto& perThread : acknowledged)
            for (const L::Hash& h : perThread)
                QVERIFY(stored.count(L::toBytes(h)));
    }

    void refusedSubmissionFailsAlone()
    {
        QTemporaryDir dir;
        const Clinic clinic = Clinic::generate(QStringLiteral("Group Clinic"));
        auto node = Node::create(dir.filePath(QStringLiteral("node.db")), clinic);
        QVERIFY(node.ok());
        const L::Id128 patientId = idFromNumber(2);
        QVERIFY((*node)->append({L::EntryKind::PatientRegistered, patientId, {},
                                 payload::patient(QStringLiteral("Kim"), QStringLiteral("Mia"), QStringLiteral("1980-02-02")), {}},
                                clinic.reception).ok());
        std::future<Result<std::vector<L::Hash>>> good, bad;
        {
            // A long window, so that both submissions land in it.
            L::GroupCommitter committer((*node)->ledger(), (*node)->key().clone(), {200, 1024});
            const L::EntryDraft pulse{L::EntryKind::Observation, patientId, {}, payload::heartRate(72), {}};
            good = committer.submit(std::span(&pulse, 1), clinic.nurse);
            // Reception may not sign a diagnosis.
            const L::EntryDraft diagnosis{L::EntryKind::Condition, patientId, {},
                                          payload::condition(QStringLiteral("G40.909"), QStringLiteral("Epilepsy")), {}};
            bad = committer.submit(std::span(&diagnosis, 1), clinic.reception);
        }
        auto goodResult = good.get();
        auto badResult = bad.get();
        QVERIFY(goodResult.ok());
        QCOMPARE(goodResult->size(), std::size_t(1));
        QVERIFY(!badResult.ok());
        QVERIFY2(badResult.error().contains(QStringLiteral("condition")), qPrintable(badResult.error()));
    }
};

QTEST_GUILESS_MAIN(tst_GroupCommitter)
#include "tst_GroupCommitter.moc"
