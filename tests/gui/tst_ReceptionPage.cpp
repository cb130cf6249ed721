#include "GuiFixture.h"

#include "ui/MainWindow.h"
#include "ui/PatientListModel.h"
#include "ui/ReceptionPage.h"
#include "ui/RegisterPatientDialog.h"

#include "app/ClinicalRecords.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>

using namespace medilock;

class tst_ReceptionPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void registersAndWarnsAboutDuplicate();
    void receptionCannotOpenClinicalEditors();
    void ledgerRefusesReceptionCondition();

private:
    static void fill(ui::RegisterPatientDialog* dialog, const QString& family, const QString& given, QDate birth,
                     const QString& phone);
    testing::GuiNode m_node;
};

void tst_ReceptionPage::initTestCase()
{
    const QString error = m_node.create();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_ReceptionPage::fill(ui::RegisterPatientDialog* dialog, const QString& family, const QString& given, QDate birth,
                             const QString& phone)
{
    dialog->findChild<QLineEdit*>(QStringLiteral("familyName"))->setText(family);
    dialog->findChild<QLineEdit*>(QStringLiteral("givenNames"))->setText(given);
    dialog->findChild<QDateEdit*>(QStringLiteral("birthDate"))->setDate(birth);
    auto* sex = dialog->findChild<QComboBox*>(QStringLiteral("sex"));
    sex->setCurrentIndex(sex->findData(QStringLiteral("female")));
    dialog->findChild<QLineEdit*>(QStringLiteral("phone"))->setText(phone);
}

void tst_ReceptionPage::registersAndWarnsAboutDuplicate()
{
    ui::MainWindow window(m_node.reception);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* page = window.findChild<ui::ReceptionPage*>(QStringLiteral("receptionPage"));
    QVERIFY(page && page->isVisible());
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Validation: nothing filled in.
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    ui::RegisterPatientDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ui::RegisterPatientDialog*>()) != nullptr);
    auto* save = dialog->findChild<QPushButton*>(QStringLiteral("registerButton"));
    QTest::mouseClick(save, Qt::LeftButton);
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("registerError"));
    QVERIFY(error->isVisible());
    fill(dialog, QStringLiteral("Okafor"), QStringLiteral("Amara"), QDate::currentDate().addDays(3), QString());
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(error->text().contains(QLatin1String("future")), qPrintable(error->text()));

    fill(dialog, QStringLiteral("Okafor"), QStringLiteral("Amara"), QDate(1984, 3, 12), QStringLiteral("+44 20 7946 0011"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(window.findChild<ui::RegisterPatientDialog*>() == nullptr);

    // Search as you type finds her, names in any order, case ignored.
    auto* search = page->findChild<QLineEdit*>(QStringLiteral("searchField"));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("amara OKAF"));
    QTRY_COMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->model()->data(page->model()->index(0, ui::PatientListModel::NameColumn)).toString(),
             QStringLiteral("Amara Okafor"));

    // A near-identical registration: sound-alike family name, same birth date.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY((dialog = window.findChild<ui::RegisterPatientDialog*>()) != nullptr);
    fill(dialog, QStringLiteral("Okafur"), QStringLiteral("Amarah"), QDate(1984, 3, 12), QString());
    save = dialog->findChild<QPushButton*>(QStringLiteral("registerButton"));
    QTest::mouseClick(save, Qt::LeftButton);
    auto* warning = dialog->findChild<QFrame*>(QStringLiteral("duplicateWarning"));
    QTRY_VERIFY(warning->isVisible());
    auto* list = dialog->findChild<QListWidget*>(QStringLiteral("duplicateList"));
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(QLatin1String("Amara Okafor")));
    QVERIFY(dialog->isVisible()); // nothing saved yet
    dialog->reject();
}

void tst_ReceptionPage::receptionCannotOpenClinicalEditors()
{
    ui::MainWindow window(m_node.reception);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* page = window.findChild<ui::ReceptionPage*>(QStringLiteral("receptionPage"));
    page->findChild<QLineEdit*>(QStringLiteral("searchField"))->setText(QStringLiteral("Okafor"));
    QTRY_VERIFY(page->model()->rowCount() >= 1);
    QVERIFY(!page->selectedPatient().isEmpty());
    QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("openChartButton"))->isVisible());
    QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("emergencyButton"))->isVisible());
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("emergencyAction")));
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("newNoteAction")));
    // Activating a row (Enter / double click) does not open a chart either.
    auto* list = page->findChild<QTableView*>(QStringLiteral("patientList"));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
    QVERIFY(page->isVisible());
    QVERIFY(!window.findChild<QWidget*>(QStringLiteral("chartPage"))->isVisible());
    for (const char* button : {"addAllergyButton", "addConditionButton", "addMedicationButton", "addVitalsButton", "newNoteButton"})
        QVERIFY2(!window.findChild<QPushButton*>(QLatin1String(button))->isVisibleTo(&window), button);
}

void tst_ReceptionPage::ledgerRefusesReceptionCondition()
{
    app::ClinicalRecords records(m_node.reception);
    auto found = records.search(QStringLiteral("Okafor"));
    QVERIFY(found.ok() && !found->isEmpty());
    QVERIFY(!records.maySign(app::RecordType::Condition));
    // Even past the UI, the ledger refuses what reception may not sign.
    const auto added = records.addCondition(found->first().id, QStringLiteral("G40.909"), QStringLiteral("Epilepsy"));
    QVERIFY(!added.ok());
    QVERIFY(!records.openChart(found->first().id).ok());
}

QTEST_MAIN(tst_ReceptionPage)
#include "tst_ReceptionPage.moc"
