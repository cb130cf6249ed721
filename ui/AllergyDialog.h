#pragma once

#include "EditorDialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace medilock::ui {

// Records an allergy (substance, reaction, criticality), or confirms "no known allergies".
class AllergyDialog : public EditorDialog
{
    Q_OBJECT
public:
    AllergyDialog(std::shared_ptr<app::ClinicalRecords> records, QByteArray patientId, QWidget* parent = nullptr);

private:
    void save() override;

    QCheckBox* m_noneKnown;
    QLineEdit* m_substance;
    QLineEdit* m_reaction;
    QComboBox* m_criticality;
};

} // namespace medilock::ui
