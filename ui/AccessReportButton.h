#pragma once

#include "app/ChartViews.h"

#include "crypto/Result.h"

#include <QPushButton>

#include <functional>
#include <memory>

namespace medilock::app {
class ClinicalRecords;
}

namespace medilock::ui {

// "Access report…" on a chart: print it or save it as PDF. The report is written (a signed
// access of purpose "report", then the access log read) on a worker thread once the
// person has chosen where it goes, so a cancelled dialog records nothing.
class AccessReportButton : public QPushButton
{
    Q_OBJECT
public:
    explicit AccessReportButton(std::shared_ptr<app::ClinicalRecords> records, QWidget* parent = nullptr);
    void setPatient(const QByteArray& patientId) { m_patientId = patientId; }
    void saveAsPdf();
    void print();

Q_SIGNALS:
    // After the report was written: the chart's access log has one more row.
    void written(const QString& message);
    void failed(const QString& message);

private:
    void writeReport(const std::function<Result<void>(const app::AccessReportView&)>& output);

    std::shared_ptr<app::ClinicalRecords> m_records;
    QByteArray m_patientId;
};

} // namespace medilock::ui
