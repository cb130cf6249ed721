#pragma once

#include "EditorDialog.h"

class QComboBox;
class QPlainTextEdit;

namespace medilock::ui {

// Records an encounter with its note (an Encounter and a DocumentReference, signed together).
class NoteDialog : public EditorDialog
{
    Q_OBJECT
public:
    NoteDialog(std::shared_ptr<app::ClinicalRecords> records, QByteArray patientId, QWidget* parent = nullptr);

private:
    void save() override;

    QComboBox* m_type;
    QPlainTextEdit* m_text;
};

} // namespace medilock::ui
