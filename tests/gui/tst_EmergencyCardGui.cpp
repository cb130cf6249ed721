#include "GuiFixture.h"

#include "ui/AccessLogModel.h"
#include "ui/ChartPage.h"
#include "ui/EmergencyPage.h"
#include "ui/MainWindow.h"
#include "ui/PatientListModel.h"
#include "ui/ReceptionPage.h"
#include "ui/VerifyCardDialog.h"

#include "app/ClinicalRecords.h"
#include "app/EmergencyCards.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>

using namespace medilock;

// The emergency card in the desktop application (issue 6): issued from the chart and the
// emergency view, checked in the verify dialog, not offered to reception.
class tst_EmergencyCardGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void physicianIssuesCardFromChart();
    void shortcutIssuesCardFromEmergencyView();
    void verifyDialogAcceptsCardAndRefusesAChangedCharacter();
    void receptionDoesNotSeeTheCardAction();

private:
    void findPatient(ui::MainWindow& window);
    // Accepts the card's file dialog with `path`; the PDF must then appear.
    void saveTo(ui::MainWindow& window, const QString& path);
    testing::GuiNode m_node;
    QByteArray m_patient;
};

void tst_EmergencyCardGui::initTestCase()
{
    const QString error = m_node.create();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_patient = m_node.registerPatient(QStringLiteral("Okafor"), QStringLiteral("Ada"), QDate(1971, 5, 14),
                                       QStringLiteral("female"), QStringLiteral("B+"));
    QVERIFY(!m_patient.isEmpty());
    app::ClinicalRecords records(m_node.physician);
    QVERIFY(records.addAllergy(m_patient, {QStringLiteral("Penicillin"), QStringLiteral("Anaphylaxis"), QStringLiteral("high")}).ok());
    QVERIFY(records.addMedication(m_patient, QStringLiteral("Metformin 500 mg"), QStringLiteral("twice daily")).ok());
}

void tst_EmergencyCardGui::findPatient(ui::MainWindow& window)
{
    auto* reception = window.findChild<ui::ReceptionPage*>(QStringLiteral("receptionPage"));
    QTest::keyClicks(reception->findChild<QLineEdit*>(QStringLiteral("searchField")), QStringLiteral("ada okafor"));
    QTRY_COMPARE(reception->model()->rowCount(), 1);
}

void tst_EmergencyCardGui::saveTo(ui::MainWindow& window, const QString& path)
{
    QVERIFY(testing::saveThroughDialog(&window, QStringLiteral("emergencyCardDialog"), path));
    // Patient data on disk: the owner's only, even under a permissive umask.
    const QString problem = testing::checkPrivatePdf(path);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_EmergencyCardGui::physicianIssuesCardFromChart()
{
    const mode_t before = ::umask(022);
    ui::MainWindow window(m_node.physician);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    findPatient(window);
    auto* reception = window.findChild<ui::ReceptionPage*>(QStringLiteral("receptionPage"));
    QTest::mouseClick(reception->findChild<QPushButton*>(QStringLiteral("openChartButton")), Qt::LeftButton);
    auto* chart = window.findChild<ui::ChartPage*>(QStringLiteral("chartPage"));
    QTRY_VERIFY(chart->isComplete());
    auto* card = chart->findChild<QPushButton*>(QStringLiteral("emergencyCardButton"));
    QVERIFY(card && card->isVisible() && card->isEnabled());
    QVERIFY(!card->accessibleName().isEmpty());
    QVERIFY(!card->shortcut().isEmpty());
    auto* access = chart->findChild<QTableView*>(QStringLiteral("accessView"));
    const int accessRows = access->model()->rowCount();

    QTest::mouseClick(card, Qt::LeftButton);
    const QString path = m_node.dir.filePath(QStringLiteral("chart-card.pdf"));
    saveTo(window, path);
    ::umask(before);
    // Issuing reads the chart: recorded as on the command line, and the log shows it.
    QTRY_COMPARE(access->model()->rowCount(), accessRows + 1);
    QStringList purposes;
    for (int row = 0; row < access->model()->rowCount(); ++row)
        purposes << access->model()->index(row, ui::AccessLogModel::PurposeColumn).data().toString();
    QVERIFY2(purposes.contains(QStringLiteral("issued an emergency card")), qPrintable(purposes.join(QLatin1Char('|'))));
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("chart-card.pdf")));
}

void tst_EmergencyCardGui::shortcutIssuesCardFromEmergencyView()
{
    ui::MainWindow window(m_node.physician);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    findPatient(window);
    auto* reception = window.findChild<ui::ReceptionPage*>(QStringLiteral("receptionPage"));
    QTest::mouseClick(reception->findChild<QPushButton*>(QStringLiteral("emergencyButton")), Qt::LeftButton);
    auto* emergency = window.findChild<ui::EmergencyPage*>(QStringLiteral("emergencyPage"));
    QTRY_VERIFY(emergency->isVisible() && emergency->isLoaded());
    auto* card = emergency->findChild<QPushButton*>(QStringLiteral("emergencyPageCardButton"));
    QVERIFY(card && card->isVisible() && card->isEnabled());
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    saveTo(window, m_node.dir.filePath(QStringLiteral("emergency-card.pdf")));
}

void tst_EmergencyCardGui::verifyDialogAcceptsCardAndRefusesAChangedCharacter()
{
    auto issued = app::EmergencyCards(std::make_shared<app::ClinicalRecords>(m_node.physician))
                      .writePdf(m_patient, m_node.dir.filePath(QStringLiteral("verify-card.pdf")));
    QVERIFY2(issued.ok(), qPrintable(issued.ok() ? QString() : issued.error()));
    const QString text = QString::fromUtf8(issued->text);
    QVERIFY(text.contains(QStringLiteral("Name: Ada Okafor")));

    // Any signed-in user may check a card: here the reception desk.
    ui::MainWindow window(m_node.reception);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* action = window.findChild<QAction*>(QStringLiteral("verifyCardAction"));
    QVERIFY(action && action->isEnabled());
    action->trigger();
    ui::VerifyCardDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ui::VerifyCardDialog*>(QStringLiteral("verifyCardDialog"))) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    auto* edit = dialog->findChild<QPlainTextEdit*>(QStringLiteral("cardTextEdit"));
    auto* verify = dialog->findChild<QPushButton*>(QStringLiteral("verifyCardButton"));
    auto* result = dialog->findChild<QLabel*>(QStringLiteral("cardVerifyResult"));
    QVERIFY(edit && verify && result);
    QVERIFY(!edit->accessibleName().isEmpty() && !verify->accessibleName().isEmpty());
    QVERIFY(!verify->isEnabled()); // nothing pasted yet

    edit->setPlainText(text + QLatin1Char('\n')); // a scanner's line end is ignored
    QTest::mouseClick(verify, Qt::LeftButton);
    QTRY_COMPARE(dialog->outcome(), ui::VerifyCardDialog::Outcome::Valid);
    QVERIFY(result->isVisible());
    for (const char* fact : {"VALID", "Test Clinic", "Ada Okafor", "Penicillin", "Metformin", "B+"})
        QVERIFY2(result->text().contains(QLatin1String(fact)), fact);

    QString changed = text;
    const qsizetype at = changed.indexOf(QStringLiteral("Okafor"));
    changed[at] = QLatin1Char('E');
    edit->setPlainText(changed);
    QVERIFY(!result->isVisible()); // no verdict beside text it was not about
    QTest::mouseClick(verify, Qt::LeftButton);
    QTRY_COMPARE(dialog->outcome(), ui::VerifyCardDialog::Outcome::Invalid);
    QVERIFY(result->isVisible());
    QVERIFY2(result->text().contains(QStringLiteral("NOT VALID")), qPrintable(result->text()));
    QVERIFY(!result->text().contains(QStringLiteral("Ekafor")));

    QPointer<ui::VerifyCardDialog> open = dialog;
    window.lock(); // nothing of a patient stays on screen
    QTRY_VERIFY(!open || !open->isVisible());
}

void tst_EmergencyCardGui::receptionDoesNotSeeTheCardAction()
{
    ui::MainWindow window(m_node.reception);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* chart = window.findChild<ui::ChartPage*>(QStringLiteral("chartPage"));
    auto* emergency = window.findChild<ui::EmergencyPage*>(QStringLiteral("emergencyPage"));
    QVERIFY(chart->findChild<QPushButton*>(QStringLiteral("emergencyCardButton"))->isHidden());
    QVERIFY(emergency->findChild<QPushButton*>(QStringLiteral("emergencyPageCardButton"))->isHidden());
    // Nor through the app layer.
    app::EmergencyCards cards(std::make_shared<app::ClinicalRecords>(m_node.reception));
    QVERIFY(!cards.mayIssue());
    const QString path = m_node.dir.filePath(QStringLiteral("reception-card.pdf"));
    QVERIFY(!cards.writePdf(m_patient, path).ok());
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(tst_EmergencyCardGui)
#include "tst_EmergencyCardGui.moc"
