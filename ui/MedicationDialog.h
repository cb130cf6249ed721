#pragma once

#include "EditorDialog.h"

class QLabel;
class QLineEdit;

namespace medilock::ui {

// Records a medication. Before signing, a medication that matches a recorded allergy is
// named in a warning, and signing needs a second, deliberate click.
class MedicationDialog : public EditorDialog
{
    Q_OBJECT
public:
    MedicationDialog(std::shared_ptr<app::ClinicalRecords> records, QByteArray patientId, QWidget* parent = nullptr);

private:
    void save() override;
    void resetWarning();

    QLineEdit* m_name;
    QLineEdit* m_dosage;
    QLabel* m_warning;
    bool m_warned = false;
};

} // namespace medilock::ui
