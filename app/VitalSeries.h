#pragma once

#include "ChartViews.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace medilock::app {

// One vital sign over time, for plotting: every current (not superseded) LOINC-coded
// observation with a numeric value, keyed by its LOINC code. A blood-pressure panel
// (85354-9, or Synthea's 55284-4) gives two series, systolic (8480-6) and diastolic (8462-4).
struct VitalPoint
{
    QDateTime at; // when measured (effective), else when signed; UTC
    double value = 0;
};

struct VitalSeries
{
    QString loinc;
    QString label; // the observation's display, e.g. "Heart rate"
    QString unit;
    QList<VitalPoint> points; // oldest first
};

// Series ordered by label; points of equal time keep the ledger order.
QList<VitalSeries> vitalSeries(const QList<RecordView>& records);

} // namespace medilock::app
