#include "GuiFixture.h"

#include "ui/ChartPage.h"
#include "ui/MainWindow.h"
#include "ui/PatientListModel.h"
#include "ui/ReceptionPage.h"

#include "app/ClinicalRecords.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace medilock;

class tst_IdleLock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void idleLockHidesChart();

private:
    testing::GuiNode m_node;
};

void tst_IdleLock::initTestCase()
{
    const QString error = m_node.create();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    app::ClinicalRecords records(m_node.reception);
    app::ClinicalRecords::NewPatient p{QStringLiteral("Silva"), QStringLiteral("Rosa"), QDate(1975, 2, 2),
                                       QStringLiteral("female"), {}, {}, {}, {}, {}};
    QVERIFY(records.registerPatient(p).ok());
}

void tst_IdleLock::idleLockHidesChart()
{
    ui::MainWindow window(m_node.physician);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* page = window.findChild<ui::ReceptionPage*>(QStringLiteral("receptionPage"));
    page->setSearchText(QStringLiteral("rosa silva"));
    QTRY_COMPARE(page->model()->rowCount(), 1);
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("openChartButton")), Qt::LeftButton);
    auto* chart = window.findChild<ui::ChartPage*>(QStringLiteral("chartPage"));
    QTRY_VERIFY(chart->isLoaded() && chart->isVisible());

    window.setIdleTimeout(std::chrono::milliseconds(300));
    auto* lock = window.findChild<QWidget*>(QStringLiteral("lockScreen"));
    QTRY_VERIFY(lock->isVisible());
    QVERIFY(window.isLocked());
    QVERIFY(!chart->isVisible());
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("signedInUser"))->isVisible());
    // Shortcuts do not reach around the lock.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(!page->isVisible());

    auto* passphrase = lock->findChild<QLineEdit*>(QStringLiteral("lockPassphrase"));
    QTest::keyClicks(passphrase, QStringLiteral("not my passphrase"));
    QTest::keyClick(passphrase, Qt::Key_Return);
    auto* error = lock->findChild<QLabel*>(QStringLiteral("lockError"));
    QTRY_COMPARE(error->text(), QStringLiteral("Wrong passphrase."));
    QVERIFY(window.isLocked());
    QTRY_VERIFY(passphrase->isEnabled());
    window.setIdleTimeout(std::chrono::minutes(5));
    QTest::keyClicks(passphrase, testing::GuiNode::physicianPassphrase());
    QTest::keyClick(passphrase, Qt::Key_Return);
    QTRY_VERIFY(!window.isLocked());
    QVERIFY(chart->isVisible());
    QVERIFY(!lock->isVisible());
}

QTEST_MAIN(tst_IdleLock)
#include "tst_IdleLock.moc"
