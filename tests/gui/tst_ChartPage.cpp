#include "GuiFixture.h"

#include "ui/AccessLogModel.h"
#include "ui/ChartPage.h"
#include "ui/EmergencyPage.h"
#include "ui/MainWindow.h"
#include "ui/PatientBanner.h"
#include "ui/PatientListModel.h"
#include "ui/ReceptionPage.h"
#include "ui/RecordListModel.h"

#include "app/ClinicalRecords.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

using namespace medilock;

class tst_ChartPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void physicianAddsAllergySeenInBannerAndEmergency();
    void amendedEntryIsStruckThrough();
    void medicationMatchingAllergyWarns();
    void breakGlassAppearsInAccessLog();

private:
    QTableView* openChartOf(ui::MainWindow& window, const QString& search);
    testing::GuiNode m_node;
    QByteArray m_patient;
};

void tst_ChartPage::initTestCase()
{
    const QString error = m_node.create();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    app::ClinicalRecords records(m_node.reception);
    app::ClinicalRecords::NewPatient p;
    p.family = QStringLiteral("Lindqvist");
    p.given = QStringLiteral("Maja");
    p.birthDate = QDate(1990, 6, 1);
    p.sex = QStringLiteral("female");
    p.bloodGroup = QStringLiteral("O-");
    auto registered = records.registerPatient(p);
    QVERIFY2(registered.ok(), qPrintable(registered.ok() ? QString() : registered.error()));
    m_patient = registered->id;
}

QTableView* tst_ChartPage::openChartOf(ui::MainWindow& window, const QString& search)
{
    auto* page = window.findChild<ui::ReceptionPage*>(QStringLiteral("receptionPage"));
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(page->findChild<QLineEdit*>(QStringLiteral("searchField")), search);
    [&] { QTRY_COMPARE(page->model()->rowCount(), 1); }();
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("openChartButton")), Qt::LeftButton);
    auto* chart = window.findChild<ui::ChartPage*>(QStringLiteral("chartPage"));
    [&] { QTRY_VERIFY(chart->isComplete()); }();
    return chart->findChild<QTableView*>(QStringLiteral("allergiesView"));
}

void tst_ChartPage::physicianAddsAllergySeenInBannerAndEmergency()
{
    ui::MainWindow window(m_node.physician);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView* allergies = openChartOf(window, QStringLiteral("maja lindq"));
    QVERIFY(allergies);
    auto* chart = window.findChild<ui::ChartPage*>(QStringLiteral("chartPage"));
    QVERIFY(chart->isVisible());
    auto* banner = chart->banner();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->allergyText().contains(QLatin1String("never recorded")), qPrintable(banner->allergyText()));
    QVERIFY(banner->findChild<QLabel*>(QStringLiteral("bannerDetails"))->text().contains(QLatin1String("O-")));
    for (QTableView* view : chart->findChildren<QTableView*>())
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    QTest::mouseClick(chart->findChild<QPushButton*>(QStringLiteral("addAllergyButton")), Qt::LeftButton);
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = chart->findChild<QDialog*>(QStringLiteral("allergyDialog"))) != nullptr);
    dialog->findChild<QLineEdit*>(QStringLiteral("allergySubstance"))->setText(QStringLiteral("Penicillin"));
    dialog->findChild<QLineEdit*>(QStringLiteral("allergyReaction"))->setText(QStringLiteral("Anaphylaxis"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_VERIFY2(banner->allergyText().contains(QLatin1String("Penicillin")), qPrintable(banner->allergyText()));
    QVERIFY(banner->allergyText().contains(QLatin1String("Anaphylaxis")));
    QCOMPARE(allergies->model()->rowCount(), 1);
    const QString signer = allergies->model()->index(0, ui::RecordListModel::SignerColumn).data().toString();
    QVERIFY2(signer.contains(QLatin1String("drgrey")), qPrintable(signer));
    QCOMPARE(allergies->model()->index(0, ui::RecordListModel::ClinicColumn).data().toString(), QStringLiteral("Test Clinic"));
    QVERIFY(allergies->model()->index(0, ui::RecordListModel::VerifiedColumn).data().toString().contains(QLatin1String("verified")));

    // One step (Ctrl+E) from the chart to the emergency view.
    QTRY_VERIFY(!chart->findChild<QDialog*>(QStringLiteral("allergyDialog")));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
    auto* emergency = window.findChild<ui::EmergencyPage*>(QStringLiteral("emergencyPage"));
    QTRY_VERIFY(emergency->isVisible() && emergency->isLoaded());
    QVERIFY2(emergency->allergyText().contains(QLatin1String("Penicillin")), qPrintable(emergency->allergyText()));
    QVERIFY(emergency->allergyText().contains(QLatin1String("high")));
    QCOMPARE(emergency->findChild<QLabel*>(QStringLiteral("emergencyBloodGroup"))->text(), QStringLiteral("O-"));
}

void tst_ChartPage::amendedEntryIsStruckThrough()
{
    ui::MainWindow window(m_node.physician);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* chart = window.findChild<ui::ChartPage*>(QStringLiteral("chartPage"));
    openChartOf(window, QStringLiteral("lindqvist"));
    // A condition picked from the ICD-10 list, then marked entered in error.
    QTest::mouseClick(chart->findChild<QPushButton*>(QStringLiteral("addConditionButton")), Qt::LeftButton);
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = chart->findChild<QDialog*>(QStringLiteral("conditionDialog"))) != nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("conditionFilter")), QStringLiteral("G40.909"));
    QVERIFY(dialog->findChild<QListWidget*>(QStringLiteral("conditionList"))->currentItem()->text().contains(QLatin1String("Epilepsy")));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    auto* problems = chart->findChild<QTableView*>(QStringLiteral("problemsView"));
    QAbstractItemModelTester tester(problems->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(problems->model()->rowCount(), 1);
    QCOMPARE(problems->model()->index(0, ui::RecordListModel::DetailColumn).data().toString(), QStringLiteral("G40.909"));

    auto* tabs = chart->findChild<QTabWidget*>(QStringLiteral("chartTabs"));
    tabs->setCurrentWidget(problems);
    problems->selectRow(0);
    chart->findChild<QAction*>(QStringLiteral("amendAction"))->trigger();
    QTRY_VERIFY((dialog = chart->findChild<QDialog*>(QStringLiteral("amendDialog"))) != nullptr);
    dialog->findChild<QLineEdit*>(QStringLiteral("amendReason"))->setText(QStringLiteral("wrong patient"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_VERIFY(problems->model()->index(0, 0).data(ui::RecordListModel::SupersededRole).toBool());
    QVERIFY(problems->model()->index(0, 0).data(Qt::FontRole).value<QFont>().strikeOut());
    QCOMPARE(problems->model()->index(0, ui::RecordListModel::DetailColumn).data().toString(),
             QStringLiteral("Entered in error: wrong patient"));
}

void tst_ChartPage::medicationMatchingAllergyWarns()
{
    ui::MainWindow window(m_node.physician);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* chart = window.findChild<ui::ChartPage*>(QStringLiteral("chartPage"));
    openChartOf(window, QStringLiteral("maja"));
    QTest::mouseClick(chart->findChild<QPushButton*>(QStringLiteral("addMedicationButton")), Qt::LeftButton);
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = chart->findChild<QDialog*>(QStringLiteral("medicationDialog"))) != nullptr);
    dialog->findChild<QLineEdit*>(QStringLiteral("medicationName"))->setText(QStringLiteral("Penicillin V 500 mg tablet"));
    auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
    QTest::mouseClick(save, Qt::LeftButton);
    auto* warning = dialog->findChild<QLabel*>(QStringLiteral("allergyWarning"));
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QLatin1String("Penicillin")));
    QVERIFY(dialog->isVisible()); // not signed yet
    auto* meds = chart->findChild<QTableView*>(QStringLiteral("medicationsView"));
    QCOMPARE(meds->model()->rowCount(), 0);
    QTest::mouseClick(save, Qt::LeftButton); // "Sign anyway"
    QTRY_COMPARE(meds->model()->rowCount(), 1);
}

void tst_ChartPage::breakGlassAppearsInAccessLog()
{
    app::ClinicalRecords records(m_node.physician);
    QVERIFY(records.breakGlass(m_patient, QStringLiteral("unconscious in the emergency department"), 30).ok());
    ui::MainWindow window(m_node.physician);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* chart = window.findChild<ui::ChartPage*>(QStringLiteral("chartPage"));
    openChartOf(window, QStringLiteral("maja"));
    auto* access = chart->findChild<QTableView*>(QStringLiteral("accessView"));
    QAbstractItemModelTester tester(access->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStringList purposes;
    for (int row = 0; row < access->model()->rowCount(); ++row)
        purposes << access->model()->index(row, ui::AccessLogModel::PurposeColumn).data().toString();
    QVERIFY2(purposes.contains(QStringLiteral("BREAK-GLASS: unconscious in the emergency department")),
             qPrintable(purposes.join(QLatin1Char('|'))));
    QVERIFY(purposes.contains(QStringLiteral("opened the chart")));
}

QTEST_MAIN(tst_ChartPage)
#include "tst_ChartPage.moc"
