#include "NoteDialog.h"

#include "app/ClinicalRecords.h"

#include <QComboBox>
#include <QFormLayout>
#include <QPlainTextEdit>

namespace medilock::ui {

NoteDialog::NoteDialog(std::shared_ptr<app::ClinicalRecords> records, QByteArray patientId, QWidget* parent)
    : EditorDialog(std::move(records), std::move(patientId), tr("New encounter note"), parent)
    , m_type(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("noteDialog"));
    setMinimumSize(560, 380);
    m_type->setObjectName(QStringLiteral("encounterType"));
    m_type->setAccessibleName(tr("Encounter type"));
    m_type->addItems({tr("Consultation"), tr("Follow-up"), tr("Emergency"), tr("Home visit"), tr("Telephone")});
    m_text->setObjectName(QStringLiteral("noteText"));
    m_text->setAccessibleName(tr("Note"));
    m_text->setPlaceholderText(tr("Reason for the visit, findings, plan…"));
    m_form->addRow(tr("&Encounter:"), m_type);
    m_form->addRow(tr("&Note:"), m_text);
}

void NoteDialog::save()
{
    clearError();
    runBusy([records = m_records, id = m_patientId, type = m_type->currentText(), text = m_text->toPlainText()] {
        return records->addEncounterNote(id, type, text);
    });
}

} // namespace medilock::ui
