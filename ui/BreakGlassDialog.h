#pragma once

#include "EditorDialog.h"

#include "app/ChartViews.h"

class QComboBox;
class QLineEdit;

namespace medilock::ui {

// Break the glass (FHIR AuditEvent 110127): the patient's consent restricts the chart, and
// the physician states why they need it now. Signing records the reason and a time limit
// on the ledger, where the access log of the chart shows it to everyone who reviews it.
class BreakGlassDialog : public EditorDialog
{
    Q_OBJECT
public:
    static constexpr int kDefaultMinutes = 30;

    BreakGlassDialog(std::shared_ptr<app::ClinicalRecords> records, QByteArray patientId, const app::ConsentState& consent,
                     QWidget* parent = nullptr);

private:
    void save() override;

    QLineEdit* m_reason;
    QComboBox* m_minutes;
};

} // namespace medilock::ui
