#pragma once

#include "app/ChartViews.h"

#include <QCoreApplication>
#include <QString>

namespace medilock::ui {

// The chart's summary pane as HTML: active problems, current medications, the latest
// observations and the recent encounters, newest first.
class ChartSummary
{
    Q_DECLARE_TR_FUNCTIONS(ChartSummary)
public:
    static QString html(const app::ChartView& chart);
};

} // namespace medilock::ui
