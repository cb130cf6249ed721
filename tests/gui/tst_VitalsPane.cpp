#include "GuiFixture.h"

#include "ui/ChartPage.h"
#include "ui/VitalsPane.h"

#include "app/ClinicalRecords.h"
#include "app/VitalSeries.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>
#include <QValueAxis>

using namespace medilock;

// The vitals pane plots each LOINC-coded vital over time (issue 5).
class tst_VitalsPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void seriesFromRecords();
    void chartPlotsVitalsOverTime();
    void followsDarkPalette();
    void panesOutOfViewFillAfterTheChartIsShown();

private:
    ui::ChartPage* openChart();
    testing::GuiNode m_node;
    QByteArray m_patient;
    std::unique_ptr<ui::ChartPage> m_page;
};

void tst_VitalsPane::initTestCase()
{
    const QString error = m_node.create();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_patient = m_node.registerPatient(QStringLiteral("Okafor"), QStringLiteral("Chidi"), QDate(1971, 3, 9), QStringLiteral("male"));
    QVERIFY(!m_patient.isEmpty());
    app::ClinicalRecords records(m_node.physician);
    app::ClinicalRecords::Vitals first;
    first.systolic = 142;
    first.diastolic = 91;
    first.pulse = 88;
    first.weight = 81.5;
    QVERIFY(records.addVitals(m_patient, first).ok());
    app::ClinicalRecords::Vitals second;
    second.systolic = 128;
    second.diastolic = 82;
    second.pulse = 72;
    QVERIFY(records.addVitals(m_patient, second).ok());
}

void tst_VitalsPane::seriesFromRecords()
{
    app::ClinicalRecords records(m_node.physician);
    auto chart = records.refreshChart(m_patient);
    QVERIFY(chart.ok());
    const QList<app::VitalSeries> series = app::vitalSeries(chart->records);
    QStringList codes;
    for (const auto& s : series)
        codes << s.loinc;
    codes.sort();
    // Blood pressure panels become systolic and diastolic series; weight has one point.
    QCOMPARE(codes, (QStringList{QStringLiteral("29463-7"), QStringLiteral("8462-4"), QStringLiteral("8480-6"),
                                 QStringLiteral("8867-4")}));
    for (const auto& s : series) {
        if (s.loinc == QLatin1String("8480-6")) {
            QCOMPARE(s.points.size(), 2);
            QCOMPARE(s.points.at(0).value, 142.0);
            QCOMPARE(s.points.at(1).value, 128.0);
            QVERIFY(s.points.at(0).at <= s.points.at(1).at);
            QCOMPARE(s.unit, QStringLiteral("mmHg"));
        }
        if (s.loinc == QLatin1String("29463-7")) {
            QCOMPARE(s.points.size(), 1);
            QCOMPARE(s.points.at(0).value, 81.5);
            QCOMPARE(s.unit, QStringLiteral("kg"));
        }
    }
}

ui::ChartPage* tst_VitalsPane::openChart()
{
    m_page = std::make_unique<ui::ChartPage>(std::make_shared<app::ClinicalRecords>(m_node.physician));
    m_page->resize(1100, 800);
    m_page->setVisible(true);
    m_page->open(m_patient);
    [&] { QTRY_VERIFY(m_page->isComplete()); }();
    return m_page.get();
}

void tst_VitalsPane::chartPlotsVitalsOverTime()
{
    ui::ChartPage* page = openChart();
    auto* pane = page->findChild<ui::VitalsPane*>(QStringLiteral("vitalsPane"));
    QVERIFY(pane);
    page->findChild<QTabWidget*>(QStringLiteral("chartTabs"))->setCurrentWidget(pane);
    QVERIFY(pane->isVisible());
    auto* table = page->findChild<QTableView*>(QStringLiteral("vitalsView"));
    QVERIFY(table);
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(table->model()->rowCount(), 5); // two panels, two pulses, one weight

    // By default blood pressure and heart rate are plotted, one series each.
    QStringList names;
    for (QAbstractSeries* s : pane->chart()->series())
        names << s->name();
    QCOMPARE(names.size(), 3);
    QVERIFY2(names.join(QLatin1Char('|')).contains(QLatin1String("Heart rate")), qPrintable(names.join(QLatin1Char('|'))));
    for (QAbstractSeries* s : pane->chart()->series()) {
        auto* line = qobject_cast<QLineSeries*>(s);
        QVERIFY(line);
        QCOMPARE(line->count(), 2);
        QVERIFY(line->at(0).x() <= line->at(1).x());
        const QList<QAbstractAxis*> axes = line->attachedAxes();
        QCOMPARE(axes.size(), 2);
        QVERIFY(std::any_of(axes.begin(), axes.end(), [](QAbstractAxis* a) { return qobject_cast<QDateTimeAxis*>(a); }));
    }
    // Two units (mmHg and /min): two y axes, so neither scale flattens the other.
    QCOMPARE(pane->chart()->axes(Qt::Vertical).size(), 2);
    auto* time = qobject_cast<QDateTimeAxis*>(pane->chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(time);
    QVERIFY(time->min() <= QDateTime::currentDateTime() && time->max() >= QDateTime::currentDateTime());

    // Ticking weight in the list adds its series and its axis.
    auto* choice = pane->findChild<QListWidget*>(QStringLiteral("vitalsChoice"));
    QVERIFY(choice);
    QVERIFY(!choice->accessibleName().isEmpty());
    QListWidgetItem* weight = nullptr;
    for (int i = 0; i < choice->count(); ++i)
        if (choice->item(i)->text().contains(QLatin1String("weight")))
            weight = choice->item(i);
    QVERIFY(weight);
    QCOMPARE(weight->checkState(), Qt::Unchecked);
    weight->setCheckState(Qt::Checked);
    QCOMPARE(pane->chart()->series().size(), 4);
    QCOMPARE(pane->chart()->axes(Qt::Vertical).size(), 3);
}

void tst_VitalsPane::followsDarkPalette()
{
    ui::ChartPage* page = openChart();
    auto* pane = page->findChild<ui::VitalsPane*>(QStringLiteral("vitalsPane"));
    QCOMPARE(pane->chart()->theme(), pane->palette().color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark
                                                                                                  : QChart::ChartThemeLight);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x1c));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    pane->setPalette(dark);
    QTRY_COMPARE(pane->chart()->theme(), QChart::ChartThemeDark);
    // Axis labels take the palette's text colour: light on dark, readable.
    for (QAbstractAxis* axis : pane->chart()->axes())
        QCOMPARE(axis->labelsColor(), QColor(0xe8, 0xe8, 0xe8));
    QCOMPARE(pane->chart()->backgroundBrush().color(), QColor(0x18, 0x18, 0x1c));
    // Series survive the theme change.
    QCOMPARE(pane->chart()->series().size(), 3);
}

void tst_VitalsPane::panesOutOfViewFillAfterTheChartIsShown()
{
    // An opening shows the banner and the pane in view first; the others fill on the
    // following turns of the event loop, or at once when brought into view.
    auto page = std::make_unique<ui::ChartPage>(std::make_shared<app::ClinicalRecords>(m_node.physician));
    page->setVisible(true);
    auto* table = page->findChild<QTableView*>(QStringLiteral("vitalsView"));
    auto* tabs = page->findChild<QTabWidget*>(QStringLiteral("chartTabs"));
    auto* pane = page->findChild<ui::VitalsPane*>(QStringLiteral("vitalsPane"));
    int rowsWhenShown = -1;
    bool completeWhenShown = true;
    auto connection = connect(page.get(), &ui::ChartPage::loaded, this, [&] {
        rowsWhenShown = table->model()->rowCount();
        completeWhenShown = page->isComplete();
    });
    page->open(m_patient);
    QTRY_VERIFY(page->isLoaded());
    QCOMPARE(rowsWhenShown, 0);
    QVERIFY(!completeWhenShown);
    QTRY_VERIFY(page->isComplete());
    QCOMPARE(table->model()->rowCount(), 5);
    disconnect(connection);

    // Brought into view while still pending: filled there and then.
    int rowsOnView = -1;
    connection = connect(page.get(), &ui::ChartPage::loaded, this, [&] {
        tabs->setCurrentWidget(pane);
        rowsOnView = table->model()->rowCount();
    });
    page->open(m_patient);
    QTRY_VERIFY(page->isComplete());
    QCOMPARE(rowsOnView, 5);
    disconnect(connection);
}

QTEST_MAIN(tst_VitalsPane)
#include "tst_VitalsPane.moc"
