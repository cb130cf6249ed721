#pragma once

#include "app/VitalSeries.h"

#include <QWidget>

class QChart;
class QChartView;
class QListWidget;
class QTableView;

namespace medilock::ui {

class RecordListModel;

// The chart's vitals pane: the vital signs plotted over time with Qt Charts (one line per
// LOINC-coded vital, dates on the x axis, one y axis per unit), a list to choose which are
// plotted, and the table of every observation below, with its signer and verification.
class VitalsPane : public QWidget
{
    Q_OBJECT
public:
    explicit VitalsPane(RecordListModel* model, QWidget* parent = nullptr);

    void setRecords(const QList<app::RecordView>& records);
    QTableView* table() const { return m_table; }
    QChart* chart() const { return m_chart; }
    const QList<app::VitalSeries>& series() const { return m_series; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void plot();
    void applyPalette();

    QList<app::VitalSeries> m_series;
    QListWidget* m_choice;
    QChart* m_chart;
    QChartView* m_view;
    QTableView* m_table;
};

} // namespace medilock::ui
