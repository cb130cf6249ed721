#pragma once

#include "EditorDialog.h"

class QLineEdit;
class QListWidget;

namespace medilock::ui {

// Records a condition coded in ICD-10, picked from a filterable list (resources/codes).
class ConditionDialog : public EditorDialog
{
    Q_OBJECT
public:
    ConditionDialog(std::shared_ptr<app::ClinicalRecords> records, QByteArray patientId, QWidget* parent = nullptr);

private:
    void save() override;
    void filter(const QString& text);

    QLineEdit* m_filter;
    QListWidget* m_codes;
};

} // namespace medilock::ui
