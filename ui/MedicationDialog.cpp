#include "MedicationDialog.h"

#include "PatientBanner.h"

#include "app/ClinicalRecords.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace medilock::ui {

MedicationDialog::MedicationDialog(std::shared_ptr<app::ClinicalRecords> records, QByteArray patientId, QWidget* parent)
    : EditorDialog(std::move(records), std::move(patientId), tr("Record a medication"), parent)
    , m_name(new QLineEdit(this))
    , m_dosage(new QLineEdit(this))
    , m_warning(new QLabel(this))
{
    setObjectName(QStringLiteral("medicationDialog"));
    m_name->setObjectName(QStringLiteral("medicationName"));
    m_name->setAccessibleName(tr("Medication"));
    m_name->setPlaceholderText(tr("e.g. Amoxicillin 500 mg capsule"));
    m_dosage->setObjectName(QStringLiteral("medicationDosage"));
    m_dosage->setAccessibleName(tr("Dosage"));
    m_dosage->setPlaceholderText(tr("e.g. 1 capsule three times a day for 7 days"));
    m_warning->setObjectName(QStringLiteral("allergyWarning"));
    m_warning->setWordWrap(true);
    m_warning->setMargin(6);
    m_warning->hide();
    m_form->addRow(tr("&Medication:"), m_name);
    m_form->addRow(tr("&Dosage:"), m_dosage);
    m_form->addRow(m_warning);
    connect(m_name, &QLineEdit::textEdited, this, &MedicationDialog::resetWarning);
}

void MedicationDialog::resetWarning()
{
    m_warned = false;
    m_warning->hide();
    m_save->setText(tr("&Sign and save"));
}

void MedicationDialog::save()
{
    clearError();
    if (!m_warned) {
        auto conflicts = m_records->allergyConflicts(m_patientId, m_name->text());
        if (!conflicts)
            return showError(conflicts.error());
        if (!conflicts->isEmpty()) {
            QStringList names;
            for (const app::RecordView& a : *conflicts)
                names << (a.reaction.isEmpty() ? a.display : tr("%1 (%2)").arg(a.display, a.reaction));
            m_warning->setText(tr("Warning: the patient is allergic to %1. Sign only if you are sure.")
                                   .arg(names.join(QStringLiteral(", "))));
            m_warning->setAccessibleName(m_warning->text());
            PatientBanner::styleAlert(m_warning, app::AllergyStatus::Recorded);
            m_warning->show();
            m_warned = true;
            m_save->setText(tr("Sign &anyway"));
            return;
        }
    }
    runBusy([records = m_records, id = m_patientId, name = m_name->text(), dosage = m_dosage->text()] {
        return records->addMedication(id, name, dosage);
    });
}

} // namespace medilock::ui
