#include "VitalsPane.h"

#include "RecordListModel.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace medilock::ui {

namespace {
constexpr int kCodeRole = Qt::UserRole + 1;

// Shown at first: blood pressure and heart rate, the vitals read most often.
bool plottedByDefault(const QString& loinc)
{
    return loinc == QLatin1String("8480-6") || loinc == QLatin1String("8462-4") || loinc == QLatin1String("8867-4");
}
} // namespace

VitalsPane::VitalsPane(RecordListModel* model, QWidget* parent)
    : QWidget(parent)
    , m_choice(new QListWidget(this))
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("vitalsPane"));
    m_choice->setObjectName(QStringLiteral("vitalsChoice"));
    m_choice->setAccessibleName(tr("Vital signs to plot"));
    m_choice->setWordWrap(true);
    m_choice->setTextElideMode(Qt::ElideNone);
    m_choice->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setObjectName(QStringLiteral("vitalsChart"));
    m_view->setAccessibleName(tr("Vital signs over time"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(fontMetrics().height() * 14);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_table->setObjectName(QStringLiteral("vitalsView"));
    m_table->setAccessibleName(tr("Vitals"));
    m_table->setModel(model);
    connect(m_choice, &QListWidget::itemChanged, this, &VitalsPane::plot);

    auto* chooser = new QWidget(this);
    auto* chooserLayout = new QVBoxLayout(chooser);
    chooserLayout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("S&how:"), chooser);
    label->setBuddy(m_choice);
    chooserLayout->addWidget(label);
    chooserLayout->addWidget(m_choice);
    auto* top = new QWidget(this);
    auto* topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(chooser);
    topLayout->addWidget(m_view, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    applyPalette();
}

void VitalsPane::setRecords(const QList<app::RecordView>& records)
{
    QStringList checked;
    for (int i = 0; i < m_choice->count(); ++i)
        if (m_choice->item(i)->checkState() == Qt::Checked)
            checked << m_choice->item(i)->data(kCodeRole).toString();
    const bool first = m_choice->count() == 0;
    m_series = app::vitalSeries(records);
    const QSignalBlocker block(m_choice);
    m_choice->clear();
    for (const app::VitalSeries& s : std::as_const(m_series)) {
        auto* item = new QListWidgetItem(s.unit.isEmpty() ? s.label : tr("%1 (%2)").arg(s.label, s.unit), m_choice);
        item->setData(kCodeRole, s.loinc);
        item->setToolTip(tr("LOINC %1, %n measurement(s)", nullptr, static_cast<int>(s.points.size())).arg(s.loinc));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        const bool on = first ? plottedByDefault(s.loinc) : checked.contains(s.loinc);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    // As wide as the longest name needs, up to a third of the pane; longer names wrap.
    int widest = fontMetrics().horizontalAdvance(tr("Show:"));
    for (int i = 0; i < m_choice->count(); ++i)
        widest = std::max(widest, fontMetrics().horizontalAdvance(m_choice->item(i)->text()));
    const int indicator = style()->pixelMetric(QStyle::PM_IndicatorWidth) + 4 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin);
    m_choice->setFixedWidth(std::min(widest + indicator + 2 * m_choice->frameWidth() + 8, std::max(160, width() / 3)));
    if (m_choice->count() > 0 && std::none_of(m_series.cbegin(), m_series.cend(), [&](const app::VitalSeries& s) {
            return first ? plottedByDefault(s.loinc) : checked.contains(s.loinc);
        }))
        m_choice->item(0)->setCheckState(Qt::Checked);
    plot();
}

void VitalsPane::plot()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes())
        m_chart->removeAxis(axis);
    m_chart->setTitle(m_series.isEmpty() ? tr("No vital signs recorded") : QString());
    auto* time = new QDateTimeAxis;
    time->setTitleText(tr("Date"));
    time->setFormat(QStringLiteral("yyyy-MM-dd"));
    time->setTickCount(5);
    m_chart->addAxis(time, Qt::AlignBottom);
    QMap<QString, QValueAxis*> axisByUnit;
    QDateTime first, last;
    for (int i = 0; i < m_choice->count() && i < m_series.size(); ++i) {
        if (m_choice->item(i)->checkState() != Qt::Checked)
            continue;
        const app::VitalSeries& s = m_series.at(i);
        auto* line = new QLineSeries;
        line->setName(m_choice->item(i)->text());
        line->setPointsVisible(true);
        double low = s.points.first().value, high = low;
        QList<QPointF> points;
        points.reserve(s.points.size());
        for (const app::VitalPoint& p : s.points) {
            points.append(QPointF(static_cast<qreal>(p.at.toMSecsSinceEpoch()), p.value));
            low = std::min(low, p.value);
            high = std::max(high, p.value);
        }
        line->replace(points); // one update, not one per point
        first = first.isValid() ? std::min(first, s.points.first().at) : s.points.first().at;
        last = last.isValid() ? std::max(last, s.points.last().at) : s.points.last().at;
        m_chart->addSeries(line);
        QValueAxis*& axis = axisByUnit[s.unit];
        if (!axis) {
            axis = new QValueAxis;
            axis->setTitleText(s.unit);
            axis->setLabelFormat(QStringLiteral("%.0f"));
            axis->setRange(low, high);
            m_chart->addAxis(axis, axisByUnit.size() % 2 == 1 ? Qt::AlignLeft : Qt::AlignRight);
        }
        const double margin = std::max(1.0, (std::max(high, axis->max()) - std::min(low, axis->min())) * 0.1);
        axis->setRange(std::min(low, axis->min()) - margin / 2, std::max(high, axis->max()) + margin / 2);
        axis->applyNiceNumbers(); // ticks at round values
        line->attachAxis(time);
        line->attachAxis(axis);
    }
    if (first.isValid()) {
        // A single day still gets a readable span.
        time->setRange(first.addDays(-1).toLocalTime(), last.addDays(1).toLocalTime());
        time->setFormat(first.daysTo(last) > 730 ? QStringLiteral("yyyy") : QStringLiteral("yyyy-MM-dd"));
    }
    applyPalette();
}

void VitalsPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void VitalsPane::applyPalette()
{
    // Follow the system palette: dark theme on a dark window, light otherwise; the chart's
    // own background then takes the view's base colour so it does not glare.
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (m_chart->theme() != theme)
        m_chart->setTheme(theme);
    m_chart->setBackgroundBrush(pal.color(QPalette::Base));
    m_chart->setTitleBrush(pal.color(QPalette::Text));
    m_chart->legend()->setLabelColor(pal.color(QPalette::Text));
    for (QAbstractAxis* axis : m_chart->axes()) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setTitleBrush(pal.color(QPalette::Text));
    }
}

} // namespace medilock::ui
