#pragma once

#include "app/ChartViews.h"

#include <QCoreApplication>
#include <QString>

namespace medilock::ui {

// The chart's summary pane as HTML: the patient's consent in force, active problems, current
// medications, the latest observations and the recent encounters, newest first.
class ChartSummary
{
    Q_DECLARE_TR_FUNCTIONS(ChartSummary)
public:
    static QString html(const app::ChartView& chart);
    // The patient's consent in force, first in the summary.
    static QString consentLine(const app::ConsentState& consent);
};

} // namespace medilock::ui
