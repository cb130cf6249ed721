#include "GuiFixture.h"

#include "ui/ChartPage.h"
#include "ui/DocumentDialog.h"
#include "ui/DocumentsPane.h"
#include "ui/RecordListModel.h"

#include "app/ClinicalRecords.h"

#include <QAbstractItemModelTester>
#include <QDesktopServices>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>

using namespace medilock;

// Catches what the pane hands to the desktop, instead of starting a viewer.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl& url) { urls << url; }
};

// The chart's documents pane and timeline: attach a PDF or image, open it through a private
// temporary copy, and see every record in time order (issue 5).
class tst_DocumentsPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void attachAndOpenAnImage();
    void refusesWhatIsNotAPdfOrImage();
    void timelineHoldsEveryRecordNewestFirst();

private:
    ui::ChartPage* openChart();
    testing::GuiNode m_node;
    QByteArray m_patient;
    UrlCatcher m_catcher;
    std::unique_ptr<ui::ChartPage> m_page;
};

void tst_DocumentsPane::initTestCase()
{
    const QString error = m_node.create();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_patient = m_node.registerPatient(QStringLiteral("Haddad"), QStringLiteral("Layla"), QDate(1995, 8, 15), QStringLiteral("female"));
    QVERIFY(!m_patient.isEmpty());
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &m_catcher, "open");
}

void tst_DocumentsPane::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
}

ui::ChartPage* tst_DocumentsPane::openChart()
{
    m_page = std::make_unique<ui::ChartPage>(std::make_shared<app::ClinicalRecords>(m_node.physician));
    m_page->setVisible(true);
    m_page->open(m_patient);
    [&] { QTRY_VERIFY(m_page->isComplete()); }();
    return m_page.get();
}

void tst_DocumentsPane::attachAndOpenAnImage()
{
    // A real PNG file, as a scanner would leave it.
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(QColor(0x33, 0x66, 0x99));
    const QString source = m_node.dir.filePath(QStringLiteral("ecg-scan.png"));
    QVERIFY(image.save(source, "PNG"));
    QFile sourceFile(source);
    QVERIFY(sourceFile.open(QIODevice::ReadOnly));
    const QByteArray original = sourceFile.readAll();

    ui::ChartPage* page = openChart();
    auto* pane = page->findChild<ui::DocumentsPane*>(QStringLiteral("documentsPane"));
    QVERIFY(pane);
    page->findChild<QTabWidget*>(QStringLiteral("chartTabs"))->setCurrentWidget(pane);
    auto* table = pane->findChild<QTableView*>(QStringLiteral("documentsView"));
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(table->model()->rowCount(), 0);
    auto* attach = pane->findChild<QPushButton*>(QStringLiteral("attachDocumentButton"));
    QVERIFY(attach->isVisible() && !attach->accessibleName().isEmpty());
    QTest::mouseClick(attach, Qt::LeftButton);
    ui::DocumentDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<ui::DocumentDialog*>(QStringLiteral("documentDialog"))) != nullptr);
    dialog->setFile(source);
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("documentTitle"))->text(), QStringLiteral("ecg-scan"));
    dialog->findChild<QLineEdit*>(QStringLiteral("documentTitle"))->setText(QStringLiteral("ECG, resting"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, ui::RecordListModel::RecordColumn).data().toString(), QStringLiteral("ECG, resting"));
    QVERIFY(table->model()->index(0, ui::RecordListModel::SignerColumn).data().toString().contains(QLatin1String("drgrey")));

    table->setCurrentIndex(table->model()->index(0, 0));
    auto* open = pane->findChild<QPushButton*>(QStringLiteral("openDocumentButton"));
    QVERIFY(open->isEnabled());
    m_catcher.urls.clear();
    QTest::mouseClick(open, Qt::LeftButton);
    QTRY_COMPARE(m_catcher.urls.size(), 1);
    const QString copy = m_catcher.urls.first().toLocalFile();
    QVERIFY2(copy.endsWith(QLatin1String(".png")), qPrintable(copy));
    QFile copied(copy);
    QVERIFY(copied.open(QIODevice::ReadOnly));
    QCOMPARE(copied.readAll(), original); // byte for byte what was signed
    QCOMPARE(copied.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                     | QFileDevice::WriteOther), QFileDevice::Permissions());
    const QFileInfo dir(QFileInfo(copy).absolutePath());
    QCOMPARE(dir.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther),
             QFileDevice::Permissions());
    // Locking (closeDialogs) removes the copy: no patient file left behind.
    page->closeDialogs();
    QVERIFY(!QFile::exists(copy));
}

void tst_DocumentsPane::refusesWhatIsNotAPdfOrImage()
{
    const QString script = m_node.dir.filePath(QStringLiteral("report.pdf")); // the name lies
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\necho not a pdf\n");
    file.close();
    ui::ChartPage* page = openChart();
    auto* pane = page->findChild<ui::DocumentsPane*>(QStringLiteral("documentsPane"));
    auto* table = pane->findChild<QTableView*>(QStringLiteral("documentsView"));
    const int before = table->model()->rowCount();
    page->newDocument();
    ui::DocumentDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<ui::DocumentDialog*>(QStringLiteral("documentDialog"))) != nullptr);
    dialog->setFile(script);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("editorError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("PDF")), qPrintable(error->text()));
    QVERIFY(dialog->isVisible());
    app::ClinicalRecords records(m_node.physician);
    auto chart = records.refreshChart(m_patient);
    QVERIFY(chart.ok());
    int documents = 0;
    for (const auto& r : chart->records)
        documents += r.type == app::RecordType::Document ? 1 : 0;
    QCOMPARE(documents, before);
    // Too large is refused before anything is signed.
    QVERIFY(!records.addDocument(m_patient, QStringLiteral("big"), QStringLiteral("big.pdf"),
                                 QByteArray("%PDF-1.7\n") + QByteArray(800 * 1024, 'x')).ok());
}

void tst_DocumentsPane::timelineHoldsEveryRecordNewestFirst()
{
    app::ClinicalRecords records(m_node.physician);
    QVERIFY(records.addCondition(m_patient, QStringLiteral("I10"), QStringLiteral("Essential hypertension")).ok());
    app::ClinicalRecords::Vitals v;
    v.pulse = 64;
    QVERIFY(records.addVitals(m_patient, v).ok());
    ui::ChartPage* page = openChart();
    auto* timeline = page->findChild<QTableView*>(QStringLiteral("timelineView"));
    QVERIFY(timeline);
    QAbstractItemModelTester tester(timeline->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto chart = records.refreshChart(m_patient);
    QVERIFY(chart.ok());
    QCOMPARE(timeline->model()->rowCount(), chart->records.size());
    QVERIFY(timeline->model()->rowCount() >= 3);
    // Newest first: the pulse, then the condition, then the document.
    QVERIFY(timeline->model()->index(0, 0).data().toString().contains(QLatin1String("Heart rate")));
    QVERIFY(timeline->model()->index(1, 0).data().toString().contains(QLatin1String("hypertension")));
    QCOMPARE(timeline->model()->index(2, 0).data().toString(), QStringLiteral("ECG, resting"));
}

QTEST_MAIN(tst_DocumentsPane)
#include "tst_DocumentsPane.moc"
