// The session's clock that ignores its own busy stretches, and the pacing of block requests.
#include "ledger/sync/SessionPacing.h"

#include <QTest>

using namespace medilock::ledger::sync;

class tst_SessionPacing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clockCountsTicks();
    void clockIgnoresOwnBusyStretch();
    void clockNeverRunsBackwards();
    void pacingStartsSmall();
    void pacingFollowsStoringTime();
    void pacingShrinksAtOnceOnASlowAnswer();
    void pacingStaysWithinBounds();
};

void tst_SessionPacing::clockCountsTicks()
{
    ResponsiveClock clock(250);
    QCOMPARE(clock.advance(1000), qint64(0)); // the first tick counts nothing
    QCOMPARE(clock.advance(1250), qint64(250));
    QCOMPARE(clock.advance(1600), qint64(350)); // a late tick still counts, up to two intervals
    qint64 total = 0;
    for (qint64 t = 1850; t <= 21600; t += 250)
        total += clock.advance(t);
    QCOMPARE(total, qint64(20000));
}

void tst_SessionPacing::clockIgnoresOwnBusyStretch()
{
    // The regression: a node storing a large answer for 30 s, then its timer fires. The
    // peer's 20 s "stopped reading" limit must not have passed in responsive time.
    ResponsiveClock clock(250);
    clock.advance(0);
    QCOMPARE(clock.advance(30000), qint64(500));
}

void tst_SessionPacing::clockNeverRunsBackwards()
{
    ResponsiveClock clock(250);
    clock.advance(5000);
    QCOMPARE(clock.advance(4000), qint64(0));
    QCOMPARE(clock.advance(4250), qint64(250));
}

void tst_SessionPacing::pacingStartsSmall()
{
    AnswerPacing pacing;
    QCOMPARE(pacing.blocksPerRequest(256), AnswerPacing::kInitialBlocks);
    QCOMPARE(pacing.blocksPerRequest(2), 2u);
    QCOMPARE(pacing.blocksPerRequest(0), 1u);
}

void tst_SessionPacing::pacingFollowsStoringTime()
{
    AnswerPacing pacing;
    pacing.stored(4, 400); // 100 ms a block: 20 blocks fill the 2 s target
    QCOMPARE(pacing.blocksPerRequest(256), 20u);
    for (int i = 0; i < 30; ++i)
        pacing.stored(20, 400); // faster now: 20 ms a block
    QVERIFY(pacing.blocksPerRequest(256) > 90);
    QVERIFY(pacing.blocksPerRequest(256) <= 100);
}

void tst_SessionPacing::pacingShrinksAtOnceOnASlowAnswer()
{
    AnswerPacing pacing;
    pacing.stored(64, 640); // 10 ms a block
    QCOMPARE(pacing.blocksPerRequest(256), 200u);
    pacing.stored(10, 10000); // a slow disk: a second a block
    QCOMPARE(pacing.blocksPerRequest(256), 2u);
}

void tst_SessionPacing::pacingStaysWithinBounds()
{
    AnswerPacing pacing;
    pacing.stored(1, 60000); // slower than the target for a single block
    QCOMPARE(pacing.blocksPerRequest(256), 1u);
    AnswerPacing fast;
    fast.stored(64, 0); // too fast to measure
    QCOMPARE(fast.blocksPerRequest(256), 256u);
    fast.stored(0, 5000); // nothing stored: no information
    QCOMPARE(fast.blocksPerRequest(16), 16u);
}

QTEST_APPLESS_MAIN(tst_SessionPacing)
#include "tst_SessionPacing.moc"
