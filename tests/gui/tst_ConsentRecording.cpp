#include "GuiFixture.h"

#include "ui/ChartPage.h"
#include "ui/MainWindow.h"
#include "ui/PatientListModel.h"
#include "ui/ReceptionPage.h"

#include "app/ClinicalRecords.h"
#include "app/ConsentGate.h"
#include "app/SessionImpl.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTextBrowser>

using namespace medilock;

// A physician records in the chart that the patient restricts access to it, or lifts the
// restriction (a signed FHIR Consent, issue 5); the GUI offers only what the signed-in role
// may sign, and the ledger refuses the rest all the same.
class tst_ConsentRecording : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void physicianRecordsRestriction();
    void anotherPhysicianMustBreakGlass();
    void liftingRemovesTheNeed();
    void nurseSeesOnlyWhatTheyMaySign();
    void ledgerRefusesWhatTheRoleMayNotSign();

private:
    std::shared_ptr<app::Session> addUser(const QString& name, app::Role role, const QString& passphrase);
    ui::ChartPage* openChart(ui::MainWindow& window);
    testing::GuiNode m_node;
    std::shared_ptr<app::Session> m_second; // another physician
    std::shared_ptr<app::Session> m_nurse;
    QByteArray m_patient;
};

std::shared_ptr<app::Session> tst_ConsentRecording::addUser(const QString& name, app::Role role, const QString& passphrase)
{
    auto admin = app::Session::unlock(m_node.paths, QStringLiteral("admin"),
                                      app::passphraseFromString(QStringLiteral("admin passphrase long enough")));
    if (!admin || !(*admin)->addUser(name, role, app::passphraseFromString(passphrase)).ok())
        return {};
    admin->reset();
    auto session = app::Session::unlock(m_node.paths, name, app::passphraseFromString(passphrase));
    return session.ok() ? std::shared_ptr<app::Session>(std::move(session).value()) : nullptr;
}

void tst_ConsentRecording::initTestCase()
{
    const QString error = m_node.create();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_second = addUser(QStringLiteral("drwho"), app::Role::Physician, QStringLiteral("second physician passphrase"));
    m_nurse = addUser(QStringLiteral("nightnurse"), app::Role::Nurse, QStringLiteral("nurse passphrase long enough"));
    QVERIFY(m_second && m_nurse);
    m_patient = m_node.registerPatient(QStringLiteral("Okonkwo"), QStringLiteral("Ifeoma"), QDate(1979, 6, 12),
                                       QStringLiteral("female"));
    QVERIFY(!m_patient.isEmpty());
}

// Shows the window, searches the patient and asks for the chart; returns the chart page (not
// necessarily loaded: the consent may ask to break the glass first), or null.
ui::ChartPage* tst_ConsentRecording::openChart(ui::MainWindow& window)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return nullptr;
    auto* reception = window.findChild<ui::ReceptionPage*>(QStringLiteral("receptionPage"));
    reception->setSearchText(QStringLiteral("ifeoma okonkwo"));
    if (!QTest::qWaitFor([&] { return reception->model()->rowCount() == 1; }))
        return nullptr;
    QTest::mouseClick(reception->findChild<QPushButton*>(QStringLiteral("openChartButton")), Qt::LeftButton);
    return window.findChild<ui::ChartPage*>(QStringLiteral("chartPage"));
}

void tst_ConsentRecording::physicianRecordsRestriction()
{
    ui::MainWindow window(m_node.physician);
    ui::ChartPage* chart = openChart(window);
    QVERIFY(chart);
    QTRY_VERIFY(chart->isLoaded());
    QVERIFY(!window.findChild<QDialog*>(QStringLiteral("breakGlassDialog")));
    auto* summary = chart->findChild<QTextBrowser*>(QStringLiteral("summaryView"));
    QVERIFY2(summary->toPlainText().contains(QLatin1String("not restricted")), qPrintable(summary->toPlainText()));
    auto* button = chart->findChild<QPushButton*>(QStringLiteral("consentButton"));
    QVERIFY(button && button->isVisible() && button->isEnabled());
    QVERIFY(!button->accessibleName().isEmpty());
    QVERIFY(button->text().contains(QLatin1String("Restrict")));

    QTest::mouseClick(button, Qt::LeftButton);
    QPointer<QDialog> dialog;
    QTRY_VERIFY((dialog = window.findChild<QDialog*>(QStringLiteral("consentDialog"))) != nullptr);
    const QString explanation = dialog->findChild<QLabel*>(QStringLiteral("consentExplanation"))->text();
    QVERIFY2(explanation.contains(QLatin1String("break the glass")) && explanation.contains(QLatin1String("reason"))
                 && explanation.contains(QLatin1String("reviewed")),
             qPrintable(explanation));
    // Cancelling records nothing.
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("cancelButton")), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    app::ClinicalRecords records(m_node.physician);
    QVERIFY(!records.consentState(m_patient)->restricted);

    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY((dialog = window.findChild<QDialog*>(QStringLiteral("consentDialog"))) != nullptr);
    dialog->findChild<QLineEdit*>(QStringLiteral("consentNote"))->setText(QStringLiteral("only my family doctor"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QTRY_VERIFY(!chart->isVisible()); // back to the search: the chart now opens by breaking the glass
    auto state = records.consentState(m_patient);
    QVERIFY(state.ok() && state->restricted && state->needsBreakGlass());
    QVERIFY2(state->consent.contains(QLatin1String("only my family doctor")), qPrintable(state->consent));
}

void tst_ConsentRecording::anotherPhysicianMustBreakGlass()
{
    ui::MainWindow window(m_second);
    ui::ChartPage* chart = openChart(window);
    QVERIFY(chart);
    QPointer<QDialog> dialog;
    QTRY_VERIFY((dialog = window.findChild<QDialog*>(QStringLiteral("breakGlassDialog"))) != nullptr);
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("breakGlassExplanation"))->text().contains(QLatin1String("only my family doctor")));
    dialog->reject();
    QTRY_VERIFY(dialog.isNull());
    QVERIFY(!chart->isLoaded());
}

void tst_ConsentRecording::liftingRemovesTheNeed()
{
    {
        ui::MainWindow window(m_node.physician);
        ui::ChartPage* chart = openChart(window);
        QVERIFY(chart);
        QPointer<QDialog> glass;
        QTRY_VERIFY((glass = window.findChild<QDialog*>(QStringLiteral("breakGlassDialog"))) != nullptr);
        glass->findChild<QLineEdit*>(QStringLiteral("breakGlassReason"))->setText(QStringLiteral("patient asks to lift it"));
        QTest::mouseClick(glass->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_VERIFY(chart->isLoaded());
        auto* summary = chart->findChild<QTextBrowser*>(QStringLiteral("summaryView"));
        QVERIFY2(summary->toPlainText().contains(QLatin1String("restricted by the patient")), qPrintable(summary->toPlainText()));
        auto* button = chart->findChild<QPushButton*>(QStringLiteral("consentButton"));
        QVERIFY(button->text().contains(QLatin1String("Lift")));
        QTest::mouseClick(button, Qt::LeftButton);
        QPointer<QDialog> dialog;
        QTRY_VERIFY((dialog = window.findChild<QDialog*>(QStringLiteral("consentDialog"))) != nullptr);
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("consentExplanation"))->text().contains(QLatin1String("lifts")));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());
        QTRY_VERIFY(summary->toPlainText().contains(QLatin1String("not restricted")));
        QTRY_VERIFY(button->text().contains(QLatin1String("Restrict")));
    }
    // The other physician now opens the chart without breaking the glass.
    ui::MainWindow window(m_second);
    ui::ChartPage* chart = openChart(window);
    QVERIFY(chart);
    QTRY_VERIFY(chart->isLoaded());
    QVERIFY(!window.findChild<QDialog*>(QStringLiteral("breakGlassDialog")));
}

void tst_ConsentRecording::nurseSeesOnlyWhatTheyMaySign()
{
    app::ClinicalRecords records(m_nurse);
    QVERIFY(!records.mayRegister() && !records.mayEditDemographics() && !records.mayLinkPatients());
    QVERIFY(!records.mayRecordConsent() && !records.mayBreakGlass());
    QVERIFY(records.maySign(app::RecordType::Observation) && records.mayAmend());
    QVERIFY(!records.maySign(app::RecordType::Note));

    ui::MainWindow window(m_nurse);
    auto* reception = window.findChild<ui::ReceptionPage*>(QStringLiteral("receptionPage"));
    for (const char* name : {"editPatientButton", "linkPatientsButton", "newPatientButton"}) {
        auto* button = reception->findChild<QPushButton*>(QLatin1String(name));
        QVERIFY2(button && button->isHidden(), name);
    }
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("newPatientAction")));
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("newNoteAction")));
    ui::ChartPage* chart = openChart(window);
    QVERIFY(chart);
    QTRY_VERIFY(chart->isLoaded());
    QVERIFY(chart->findChild<QPushButton*>(QStringLiteral("consentButton"))->isHidden());
    QVERIFY(!chart->findChild<QPushButton*>(QStringLiteral("addVitalsButton"))->isHidden());
    for (const char* name : {"addAllergyButton", "addConditionButton", "addMedicationButton", "newNoteButton"})
        QVERIFY2(chart->findChild<QPushButton*>(QLatin1String(name))->isHidden(), name);
}

void tst_ConsentRecording::ledgerRefusesWhatTheRoleMayNotSign()
{
    // The application refuses first, with a clear message...
    app::ClinicalRecords records(m_nurse);
    const auto consent = records.recordConsent(m_patient, true, {});
    QVERIFY(!consent.ok() && consent.error().contains(QLatin1String("physician")));
    QVERIFY(!records.linkPatients(m_patient, m_node.registerPatient(QStringLiteral("Okonkwo"), QStringLiteral("Ada"),
                                                                    QDate(1979, 6, 12), QStringLiteral("female")),
                                  true)
                 .ok());
    // ...and the ledger refuses such an entry even when the application is bypassed.
    ledger::Id128 id{};
    QVERIFY(ledger::fromBytes(m_patient, id));
    const ledger::EntryDraft draft{ledger::EntryKind::ConsentDirective, id, {}, app::ConsentGate::directive(id, true, {}), {}};
    auto appended = m_nurse->impl().append(std::span<const ledger::EntryDraft>(&draft, 1));
    QVERIFY(!appended.ok());
    QVERIFY2(appended.error().contains(QLatin1String("may not sign")), qPrintable(appended.error()));
    auto state = app::ClinicalRecords(m_node.physician).consentState(m_patient);
    QVERIFY(state.ok() && !state->restricted);
}

QTEST_MAIN(tst_ConsentRecording)
#include "tst_ConsentRecording.moc"
