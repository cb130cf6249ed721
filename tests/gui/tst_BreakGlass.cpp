#include "GuiFixture.h"

#include "ui/AccessLogModel.h"
#include "ui/ChartPage.h"
#include "ui/EmergencyPage.h"
#include "ui/MainWindow.h"
#include "ui/PatientListModel.h"
#include "ui/ReceptionPage.h"

#include "app/ClinicalRecords.h"
#include "app/ConsentGate.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace medilock;

// A chart the patient's consent restricts opens only after a physician breaks the glass,
// stating a reason that the chart's access log shows (issue 5, DESIGN §6).
class tst_BreakGlass : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void restrictedChartDoesNotOpenWithoutBreakGlass();
    void breakGlassOpensChartAndIsLogged();
    void grantRunsOut();
    void emergencyViewAsksToo();
    void receptionCannotBreakGlass();
    void permitLiftsTheRestriction();

private:
    testing::GuiNode m_node;
    QByteArray m_restricted;
    QByteArray m_other;
};

void tst_BreakGlass::initTestCase()
{
    const QString error = m_node.create();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_restricted = m_node.registerPatient(QStringLiteral("Quispe"), QStringLiteral("Rosa"), QDate(1984, 2, 29), QStringLiteral("female"));
    m_other = m_node.registerPatient(QStringLiteral("Quispe"), QStringLiteral("Ana"), QDate(1984, 2, 29), QStringLiteral("female"));
    QVERIFY(!m_restricted.isEmpty() && !m_other.isEmpty());
    app::ClinicalRecords records(m_node.physician);
    QVERIFY(records.recordConsent(m_restricted, true, QStringLiteral("only my family doctor")).ok());
}

void tst_BreakGlass::restrictedChartDoesNotOpenWithoutBreakGlass()
{
    app::ClinicalRecords records(m_node.physician);
    auto state = records.consentState(m_restricted);
    QVERIFY(state.ok());
    QVERIFY(state->restricted);
    QVERIFY(state->needsBreakGlass());
    QVERIFY2(state->consent.contains(QLatin1String("only my family doctor")), qPrintable(state->consent));
    const auto chart = records.openChart(m_restricted);
    QVERIFY(!chart.ok());
    QVERIFY2(chart.error().contains(QLatin1String("consent")), qPrintable(chart.error()));
    QVERIFY(!records.openEmergency(m_restricted).ok());
    // An access lasts between a minute and a day.
    QVERIFY(records.breakGlass(m_other, QStringLiteral("x"), 0).error().contains(QLatin1String("minute")));
    auto other = records.consentState(m_other);
    QVERIFY(other.ok() && !other->restricted);
    QVERIFY(records.openChart(m_other).ok());
}

void tst_BreakGlass::breakGlassOpensChartAndIsLogged()
{
    ui::MainWindow window(m_node.physician);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* reception = window.findChild<ui::ReceptionPage*>(QStringLiteral("receptionPage"));
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(reception->findChild<QLineEdit*>(QStringLiteral("searchField")), QStringLiteral("rosa quispe"));
    QTRY_COMPARE(reception->model()->rowCount(), 1);
    QTest::mouseClick(reception->findChild<QPushButton*>(QStringLiteral("openChartButton")), Qt::LeftButton);

    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QDialog*>(QStringLiteral("breakGlassDialog"))) != nullptr);
    auto* chart = window.findChild<ui::ChartPage*>(QStringLiteral("chartPage"));
    QVERIFY(!chart->isLoaded());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("breakGlassExplanation"))->text().contains(QLatin1String("consent")));
    auto* minutes = dialog->findChild<QComboBox*>(QStringLiteral("breakGlassMinutes"));
    QCOMPARE(minutes->currentData().toInt(), 30);
    auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
    // No reason, no access.
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("editorError"))->isVisible());
    QVERIFY(!chart->isLoaded());

    const QString reason = QStringLiteral("unconscious after a fall, allergies unknown");
    dialog->findChild<QLineEdit*>(QStringLiteral("breakGlassReason"))->setText(reason);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(chart->isLoaded());
    QCOMPARE(chart->patientId(), m_restricted);
    auto* access = chart->findChild<QTableView*>(QStringLiteral("accessView"));
    QAbstractItemModelTester tester(access->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStringList purposes, who;
    for (int row = 0; row < access->model()->rowCount(); ++row) {
        purposes << access->model()->index(row, ui::AccessLogModel::PurposeColumn).data().toString();
        who << access->model()->index(row, ui::AccessLogModel::WhoColumn).data().toString();
    }
    QVERIFY2(purposes.contains(QStringLiteral("BREAK-GLASS: ") + reason), qPrintable(purposes.join(QLatin1Char('|'))));
    QVERIFY(purposes.contains(QStringLiteral("opened the chart")));
    QVERIFY(who.join(QLatin1Char('|')).contains(QLatin1String("drgrey")));

    // Within the grant the chart opens again without asking.
    app::ClinicalRecords records(m_node.physician);
    auto state = records.consentState(m_restricted);
    QVERIFY(state.ok() && state->restricted && !state->needsBreakGlass());
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(*state->grantedUntil);
    QVERIFY2(left > 29 * 60 && left <= 30 * 60, QByteArray::number(left).constData());
    QVERIFY(records.openChart(m_restricted).ok());
}

void tst_BreakGlass::grantRunsOut()
{
    ledger::Id128 id{};
    QVERIFY(ledger::fromBytes(m_restricted, id));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto during = app::ConsentGate::state(*m_node.physician, id, now + 29 * 60 * 1000);
    QVERIFY(during.ok() && !during->needsBreakGlass());
    auto after = app::ConsentGate::state(*m_node.physician, id, now + 31 * 60 * 1000);
    QVERIFY(after.ok() && after->needsBreakGlass());
}

void tst_BreakGlass::emergencyViewAsksToo()
{
    // A second physician holds no grant of their own: the emergency view asks them as well.
    auto admin = app::Session::unlock(m_node.paths, QStringLiteral("admin"),
                                      app::passphraseFromString(QStringLiteral("admin passphrase long enough")));
    QVERIFY(admin.ok());
    QVERIFY((*admin)->addUser(QStringLiteral("drwho"), app::Role::Physician,
                              app::passphraseFromString(QStringLiteral("second physician passphrase"))).ok());
    admin->reset();
    auto session = app::Session::unlock(m_node.paths, QStringLiteral("drwho"),
                                        app::passphraseFromString(QStringLiteral("second physician passphrase")));
    QVERIFY(session.ok());
    ui::MainWindow window(std::shared_ptr<app::Session>(std::move(session).value()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* reception = window.findChild<ui::ReceptionPage*>(QStringLiteral("receptionPage"));
    QTest::keyClicks(reception->findChild<QLineEdit*>(QStringLiteral("searchField")), QStringLiteral("rosa quispe"));
    QTRY_COMPARE(reception->model()->rowCount(), 1);
    QTest::mouseClick(reception->findChild<QPushButton*>(QStringLiteral("emergencyButton")), Qt::LeftButton);
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QDialog*>(QStringLiteral("breakGlassDialog"))) != nullptr);
    auto* emergency = window.findChild<ui::EmergencyPage*>(QStringLiteral("emergencyPage"));
    QVERIFY(!emergency->isLoaded());
    dialog->findChild<QLineEdit*>(QStringLiteral("breakGlassReason"))->setText(QStringLiteral("seizure in the waiting room"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_VERIFY(emergency->isVisible() && emergency->isLoaded());
}

void tst_BreakGlass::receptionCannotBreakGlass()
{
    app::ClinicalRecords records(m_node.reception);
    QVERIFY(!records.mayBreakGlass());
    const auto r = records.breakGlass(m_restricted, QStringLiteral("curious"), 30);
    QVERIFY(!r.ok());
    QVERIFY(!records.recordConsent(m_other, true, {}).ok());
}

void tst_BreakGlass::permitLiftsTheRestriction()
{
    app::ClinicalRecords records(m_node.physician);
    QVERIFY(records.recordConsent(m_other, true, {}).ok());
    auto restricted = records.consentState(m_other);
    QVERIFY(restricted.ok() && restricted->needsBreakGlass());
    QVERIFY(records.recordConsent(m_other, false, QStringLiteral("patient withdrew the restriction")).ok());
    auto lifted = records.consentState(m_other);
    QVERIFY(lifted.ok() && !lifted->restricted);
    QVERIFY(records.openChart(m_other).ok());
}

QTEST_MAIN(tst_BreakGlass)
#include "tst_BreakGlass.moc"
