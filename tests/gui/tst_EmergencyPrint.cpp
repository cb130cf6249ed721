#include "GuiFixture.h"

#include "ui/EmergencyDocument.h"
#include "ui/EmergencyPage.h"
#include "ui/MainWindow.h"
#include "ui/PatientListModel.h"
#include "ui/ReceptionPage.h"

#include "app/ClinicalRecords.h"

#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>

using namespace medilock;

// The emergency summary prints and saves as PDF (issue 5).
class tst_EmergencyPrint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void summaryHtmlHasTheCriticalFacts();
    void saveAsPdfWritesAPdf();
    void unwritablePathIsAnError();
    void idleLockDismissesTheFileDialog();

private:
    std::unique_ptr<ui::EmergencyPage> openPage();
    testing::GuiNode m_node;
    QByteArray m_patient;
};

void tst_EmergencyPrint::initTestCase()
{
    const QString error = m_node.create();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    app::ClinicalRecords records(m_node.physician);
    app::ClinicalRecords::NewPatient p;
    p.family = QStringLiteral("Brandt");
    p.given = QStringLiteral("Greta");
    p.birthDate = QDate(1958, 11, 2);
    p.sex = QStringLiteral("female");
    p.bloodGroup = QStringLiteral("AB-");
    p.emergencyContact = {QStringLiteral("Jonas Brandt"), QStringLiteral("son"), QStringLiteral("+49 30 1234567")};
    auto registered = records.registerPatient(p);
    QVERIFY2(registered.ok(), qPrintable(registered.ok() ? QString() : registered.error()));
    m_patient = registered->id;
    QVERIFY(records.addAllergy(m_patient, {QStringLiteral("Latex"), QStringLiteral("Urticaria"), QStringLiteral("high")}).ok());
    QVERIFY(records.addCondition(m_patient, QStringLiteral("G40.909"), QStringLiteral("Epilepsy, unspecified")).ok());
}

std::unique_ptr<ui::EmergencyPage> tst_EmergencyPrint::openPage()
{
    auto page = std::make_unique<ui::EmergencyPage>(std::make_shared<app::ClinicalRecords>(m_node.physician));
    page->setVisible(true);
    auto* pdf = page->findChild<QPushButton*>(QStringLiteral("emergencyPdfButton"));
    [&] { QVERIFY(pdf && !pdf->isEnabled()); }(); // nothing to save before it is open
    page->open(m_patient);
    [&] { QTRY_VERIFY(page->isLoaded()); }();
    return page;
}

void tst_EmergencyPrint::summaryHtmlHasTheCriticalFacts()
{
    app::ClinicalRecords records(m_node.physician);
    auto view = records.openEmergency(m_patient);
    QVERIFY(view.ok());
    const QString html = ui::EmergencyDocument::html(*view, {QStringLiteral("drgrey"), QStringLiteral("Test Clinic"),
                                                             QDateTime::currentDateTimeUtc()});
    for (const char* fact : {"Latex", "Urticaria", "high", "AB-", "Epilepsy", "G40.909", "Jonas Brandt", "Greta Brandt",
                             "drgrey", "Test Clinic"})
        QVERIFY2(html.contains(QLatin1String(fact)), fact);
}

void tst_EmergencyPrint::saveAsPdfWritesAPdf()
{
    auto page = openPage();
    auto* print = page->findChild<QPushButton*>(QStringLiteral("emergencyPrintButton"));
    auto* pdf = page->findChild<QPushButton*>(QStringLiteral("emergencyPdfButton"));
    QVERIFY(print && pdf);
    QVERIFY(print->isEnabled() && pdf->isEnabled());
    QVERIFY(!print->accessibleName().isEmpty());
    QVERIFY(!pdf->accessibleName().isEmpty());
    QVERIFY(!print->shortcut().isEmpty());

    const QString path = m_node.dir.filePath(QStringLiteral("summary.pdf"));
    QTest::mouseClick(pdf, Qt::LeftButton);
    QVERIFY(testing::saveThroughDialog(page->window(), QStringLiteral("emergencyPdfDialog"), path));
    // Patient data on disk: the owner's only.
    const QString problem = testing::checkPrivatePdf(path);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_EmergencyPrint::unwritablePathIsAnError()
{
    auto page = openPage();
    const QString path = m_node.dir.filePath(QStringLiteral("no-such-directory/summary.pdf"));
    const auto written = page->writePdf(path);
    QVERIFY(!written.ok());
    QVERIFY2(written.error().contains(path), qPrintable(written.error()));
    QVERIFY(!QFile::exists(path));
}

void tst_EmergencyPrint::idleLockDismissesTheFileDialog()
{
    ui::MainWindow window(m_node.physician);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* reception = window.findChild<ui::ReceptionPage*>(QStringLiteral("receptionPage"));
    QTest::keyClicks(reception->findChild<QLineEdit*>(QStringLiteral("searchField")), QStringLiteral("greta brandt"));
    QTRY_COMPARE(reception->model()->rowCount(), 1);
    QTest::mouseClick(reception->findChild<QPushButton*>(QStringLiteral("emergencyButton")), Qt::LeftButton);
    auto* emergency = window.findChild<ui::EmergencyPage*>(QStringLiteral("emergencyPage"));
    QTRY_VERIFY(emergency->isVisible() && emergency->isLoaded());
    QTest::mouseClick(emergency->findChild<QPushButton*>(QStringLiteral("emergencyPdfButton")), Qt::LeftButton);
    QPointer<QFileDialog> dialog;
    QTRY_VERIFY((dialog = window.findChild<QFileDialog*>(QStringLiteral("emergencyPdfDialog"))) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    window.lock();
    QTRY_VERIFY(!dialog || !dialog->isVisible());
}

QTEST_MAIN(tst_EmergencyPrint)
#include "tst_EmergencyPrint.moc"
