#pragma once

#include "EditorDialog.h"

class QLineEdit;

namespace medilock::ui {

// Records vital signs, each a LOINC-coded Observation; empty fields are not recorded.
class VitalsDialog : public EditorDialog
{
    Q_OBJECT
public:
    VitalsDialog(std::shared_ptr<app::ClinicalRecords> records, QByteArray patientId, QWidget* parent = nullptr);

private:
    void save() override;
    QLineEdit* addField(const char* objectName, const QString& label, const QString& unit, double low, double high, int decimals);

    QLineEdit* m_systolic;
    QLineEdit* m_diastolic;
    QLineEdit* m_pulse;
    QLineEdit* m_temperature;
    QLineEdit* m_respiratory;
    QLineEdit* m_spo2;
    QLineEdit* m_weight;
    QLineEdit* m_height;
};

} // namespace medilock::ui
