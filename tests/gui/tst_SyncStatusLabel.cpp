// The status bar's sync label: hidden without peers; peers, lag and alerts when there are.

#include "ui/SyncStatusLabel.h"

#include <QTest>

using namespace medilock;

class tst_SyncStatusLabel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsTheSummary()
    {
        Result<app::SyncSummary> next = app::SyncSummary{};
        QWidget window;
        auto* label = new ui::SyncStatusLabel([&] { return next; }, &window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(label->objectName(), QStringLiteral("syncStatus"));
        QVERIFY(!label->isVisible()); // no peers: nothing to say

        app::SyncSummary busy;
        busy.peers = 2;
        busy.connected = 1;
        busy.blocksBehind = 5;
        busy.equivocationAlerts = 1;
        busy.perPeer = {QStringLiteral("a: connected"), QStringLiteral("b: not connected")};
        next = busy;
        label->refresh();
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(QLatin1String("1 of 2")), qPrintable(label->text()));
        QVERIFY(label->text().contains(QLatin1String("5 block")));
        QVERIFY(label->text().contains(QLatin1String("1 equivocation")));
        QVERIFY(label->font().bold()); // an alert needs attention
        QCOMPARE(label->toolTip(), QStringLiteral("a: connected\nb: not connected"));

        app::SyncSummary calm;
        calm.peers = 1;
        calm.connected = 1;
        next = calm;
        label->refresh();
        QVERIFY(label->text().contains(QLatin1String("up to date")));
        QVERIFY(!label->font().bold());

        next = fail(QStringLiteral("database is locked"));
        label->refresh();
        QVERIFY(label->isVisible());
        QCOMPARE(label->toolTip(), QStringLiteral("database is locked"));
    }
};

QTEST_MAIN(tst_SyncStatusLabel)
#include "tst_SyncStatusLabel.moc"
