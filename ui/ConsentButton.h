#pragma once

#include "app/ChartViews.h"

#include <QPushButton>

#include <memory>

namespace medilock::app {
class ClinicalRecords;
}

namespace medilock::ui {

// "Restrict access…" or "Lift restriction…" on a chart, as the patient's consent in force
// says, for the roles that may sign a consent directive (hidden for the others). Opens the
// ConsentDialog as a child of its parent widget, so that the chart's dialogs close together.
class ConsentButton : public QPushButton
{
    Q_OBJECT
public:
    explicit ConsentButton(std::shared_ptr<app::ClinicalRecords> records, QWidget* parent = nullptr);
    void setChart(const QByteArray& patientId, const app::ConsentState& consent);

Q_SIGNALS:
    // A directive was signed: `restricted` is what it says now; `message` tells the person.
    void recorded(bool restricted, const QString& message);

private:
    void openDialog();

    std::shared_ptr<app::ClinicalRecords> m_records;
    QByteArray m_patientId;
    bool m_restricted = false;
};

} // namespace medilock::ui
