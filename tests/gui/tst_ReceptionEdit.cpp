#include "GuiFixture.h"

#include "ui/ChartPage.h"
#include "ui/PatientListModel.h"
#include "ui/ReceptionPage.h"
#include "ui/RecordListModel.h"
#include "ui/RegisterPatientDialog.h"

#include "app/ClinicalRecords.h"
#include "app/FhirImporter.h"

#include <QAbstractItemModelTester>
#include <QDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace medilock;

// Reception edits demographics (a signed update that supersedes the registration) and links
// two registrations as one person, then undoes the link (issue 5).
class tst_ReceptionEdit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void editsDemographicsKeepingWhatTheFormDoesNotShow();
    void linksTwoRegistrationsAndUndoesIt();
    void badInputChangesNothing();

private:
    void search(ui::ReceptionPage& page, const QString& text, int expected);
    testing::GuiNode m_node;
    QByteArray m_imported;
};

void tst_ReceptionEdit::initTestCase()
{
    const QString error = m_node.create();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // A real FHIR Patient with several names, phones and an identifier of another system.
    auto report = app::FhirImporter::importFile(*m_node.physician,
                                                QStringLiteral(MEDILOCK_TEST_DATA "/fhir/fhir-examples/Patient-example.json"));
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error()));
    app::ClinicalRecords records(m_node.reception);
    auto found = records.search(QStringLiteral("chalmers"));
    QVERIFY(found.ok());
    QCOMPARE(found->size(), 1);
    m_imported = found->first().id;
}

void tst_ReceptionEdit::search(ui::ReceptionPage& page, const QString& text, int expected)
{
    page.setSearchText(text);
    QTRY_COMPARE(page.model()->rowCount(), expected);
}

void tst_ReceptionEdit::editsDemographicsKeepingWhatTheFormDoesNotShow()
{
    ui::ReceptionPage page(std::make_shared<app::ClinicalRecords>(m_node.reception));
    page.show();
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    search(page, QStringLiteral("peter chalmers"), 1);
    auto* edit = page.findChild<QPushButton*>(QStringLiteral("editPatientButton"));
    QVERIFY(edit && edit->isVisible() && edit->isEnabled());
    QVERIFY(!edit->accessibleName().isEmpty());
    QTest::mouseClick(edit, Qt::LeftButton);
    ui::RegisterPatientDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page.window()->findChild<ui::RegisterPatientDialog*>(QStringLiteral("editPatientDialog"))) != nullptr);
    auto* family = dialog->findChild<QLineEdit*>(QStringLiteral("familyName"));
    auto* phone = dialog->findChild<QLineEdit*>(QStringLiteral("phone"));
    QCOMPARE(family->text(), QStringLiteral("Chalmers"));
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("givenNames"))->text(), QStringLiteral("Peter James"));
    QCOMPARE(phone->text(), QStringLiteral("(03) 5555 6473"));
    family->setText(QStringLiteral("Chalmers-Oduya"));
    phone->setText(QStringLiteral("+61 3 9999 0000"));
    dialog->findChild<QLineEdit*>(QStringLiteral("contactName"))->setText(QStringLiteral("Amara Oduya"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("registerButton")), Qt::LeftButton);
    QTRY_VERIFY(!page.window()->findChild<ui::RegisterPatientDialog*>(QStringLiteral("editPatientDialog")));

    app::ClinicalRecords records(m_node.reception);
    auto byNewPhone = records.search(QStringLiteral("99990000"));
    QVERIFY(byNewPhone.ok());
    QCOMPARE(byNewPhone->size(), 1);
    const app::PatientView& p = byNewPhone->first();
    QCOMPARE(p.id, m_imported);
    QCOMPARE(p.family, QStringLiteral("Chalmers-Oduya"));
    QCOMPARE(p.phones.value(0), QStringLiteral("+61 3 9999 0000"));
    QVERIFY2(p.phones.contains(QStringLiteral("(03) 3410 5613")), qPrintable(p.phones.join(QLatin1Char('|'))));
    QVERIFY(!p.phones.contains(QStringLiteral("(03) 5555 6473"))); // kept on the record as "old", not current
    QVERIFY2(p.identifiers.contains(QStringLiteral("urn:oid:1.2.36.146.595.217.0.1|12345")), qPrintable(p.identifiers.join(QLatin1Char('|'))));
    QVERIFY(p.address.contains(QLatin1String("Erewhon")));
    QCOMPARE(p.birthDate, QDate(1974, 12, 25));
    QCOMPARE(p.contacts.value(0).name, QStringLiteral("Amara Oduya"));
    // Search finds the patient under the new name at once: the index follows the update.
    search(page, QStringLiteral("oduya peter"), 1);
}

void tst_ReceptionEdit::linksTwoRegistrationsAndUndoesIt()
{
    app::ClinicalRecords desk(m_node.reception);
    app::ClinicalRecords::NewPatient p;
    p.family = QStringLiteral("Nakamura");
    p.given = QStringLiteral("Yui");
    p.birthDate = QDate(2001, 4, 7);
    p.sex = QStringLiteral("female");
    auto first = desk.registerPatient(p);
    p.given = QStringLiteral("Yui Hana");
    p.phone = QStringLiteral("090 1234 5678");
    auto second = desk.registerPatient(p);
    QVERIFY(first.ok() && second.ok());
    app::ClinicalRecords doctor(m_node.physician);
    QVERIFY(doctor.addAllergy(second->id, {QStringLiteral("Sulfonamides"), QStringLiteral("Rash"), QStringLiteral("low")}).ok());

    ui::ReceptionPage page(std::make_shared<app::ClinicalRecords>(m_node.reception));
    page.show();
    search(page, QStringLiteral("nakamura"), 2);
    auto* link = page.findChild<QPushButton*>(QStringLiteral("linkPatientsButton"));
    QVERIFY(link && link->isVisible());
    QVERIFY(!link->isEnabled()); // one row selected
    auto* list = page.findChild<QTableView*>(QStringLiteral("patientList"));
    list->selectionModel()->select(page.model()->index(1, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(page.selectedPatients().size(), 2);
    QVERIFY(link->isEnabled());
    QTest::mouseClick(link, Qt::LeftButton);
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page.window()->findChild<QDialog*>(QStringLiteral("linkPatientsDialog"))) != nullptr);
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("linkFirst"))->text().contains(QLatin1String("Nakamura")));
    auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
    QVERIFY(save->text().contains(QLatin1String("same person")));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!page.window()->findChild<QDialog*>(QStringLiteral("linkPatientsDialog")));

    // The first registration's chart now shows the second one's allergy.
    auto linked = doctor.linkedPatients(first->id);
    QVERIFY(linked.ok());
    QCOMPARE(linked->size(), 1);
    QCOMPARE(linked->first().id, second->id);
    auto chart = doctor.openChart(first->id);
    QVERIFY(chart.ok());
    QCOMPARE(chart->currentAllergies.size(), 1);
    QCOMPARE(chart->currentAllergies.first().display, QStringLiteral("Sulfonamides"));
    QVERIFY(!desk.linkPatients(first->id, second->id, true).ok()); // already one person

    // Undo: the same two rows, the same button, now offering to undo the link.
    QTest::mouseClick(link, Qt::LeftButton);
    QTRY_VERIFY((dialog = page.window()->findChild<QDialog*>(QStringLiteral("linkPatientsDialog"))) != nullptr);
    save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
    QVERIFY2(save->text().contains(QLatin1String("undo")), qPrintable(save->text()));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!page.window()->findChild<QDialog*>(QStringLiteral("linkPatientsDialog")));
    linked = doctor.linkedPatients(first->id);
    QVERIFY(linked.ok() && linked->isEmpty());
    chart = doctor.openChart(first->id);
    QVERIFY(chart.ok() && chart->currentAllergies.isEmpty());
    QVERIFY(!desk.linkPatients(first->id, second->id, false).ok()); // nothing left to undo
}

void tst_ReceptionEdit::badInputChangesNothing()
{
    app::ClinicalRecords desk(m_node.reception);
    auto before = desk.search(QStringLiteral("99990000"));
    QVERIFY(before.ok() && before->size() == 1);
    app::ClinicalRecords::NewPatient p;
    p.family = QStringLiteral("Chalmers-Oduya");
    p.given = QString();
    p.birthDate = QDate(1974, 12, 25);
    p.sex = QStringLiteral("male");
    QVERIFY(!desk.updateDemographics(m_imported, p).ok()); // no given name
    p.given = QStringLiteral("Peter James");
    p.birthDate = QDate::currentDate().addDays(3);
    QVERIFY(!desk.updateDemographics(m_imported, p).ok()); // born in the future
    QVERIFY(!desk.linkPatients(m_imported, m_imported, true).ok());
    auto after = desk.search(QStringLiteral("99990000"));
    QVERIFY(after.ok() && after->size() == 1);
    QCOMPARE(after->first().family, before->first().family);
    QCOMPARE(after->first().birthDate, before->first().birthDate);
}

QTEST_MAIN(tst_ReceptionEdit)
#include "tst_ReceptionEdit.moc"
