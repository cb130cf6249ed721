#pragma once

#include "app/ChartViews.h"

#include "crypto/Result.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace medilock::ui {

// A patient's access report as a printable page: who opened the chart or the emergency
// view, when, from which clinic and why, break-glass accesses with their reasons; who
// wrote the report, where and when.
class AccessReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(AccessReportDocument)
public:
    // What an access was, in words: "opened the chart", "BREAK-GLASS: reason", ...; an access
    // recorded on a restored node and not sealed yet says so.
    static QString purposeText(const app::AccessView& access);
    static QString html(const app::AccessReportView& report);
    static void render(const app::AccessReportView& report, QPagedPaintDevice* device);
    static Result<void> writePdf(const app::AccessReportView& report, const QString& path);

private:
    static QString actionText(const app::AccessView& access);
};

} // namespace medilock::ui
