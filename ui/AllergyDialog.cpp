#include "AllergyDialog.h"

#include "app/ClinicalRecords.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace medilock::ui {

AllergyDialog::AllergyDialog(std::shared_ptr<app::ClinicalRecords> records, QByteArray patientId, QWidget* parent)
    : EditorDialog(std::move(records), std::move(patientId), tr("Record an allergy"), parent)
    , m_noneKnown(new QCheckBox(tr("The patient has &no known allergies"), this))
    , m_substance(new QLineEdit(this))
    , m_reaction(new QLineEdit(this))
    , m_criticality(new QComboBox(this))
{
    setObjectName(QStringLiteral("allergyDialog"));
    m_noneKnown->setObjectName(QStringLiteral("noKnownAllergies"));
    m_substance->setObjectName(QStringLiteral("allergySubstance"));
    m_substance->setAccessibleName(tr("Substance"));
    m_substance->setPlaceholderText(tr("e.g. Penicillin, peanuts, latex"));
    m_reaction->setObjectName(QStringLiteral("allergyReaction"));
    m_reaction->setAccessibleName(tr("Reaction"));
    m_reaction->setPlaceholderText(tr("e.g. anaphylaxis, hives"));
    m_criticality->setObjectName(QStringLiteral("allergyCriticality"));
    m_criticality->setAccessibleName(tr("Criticality"));
    m_criticality->addItem(tr("High — may be life-threatening"), QStringLiteral("high"));
    m_criticality->addItem(tr("Low"), QStringLiteral("low"));
    m_criticality->addItem(tr("Unable to assess"), QStringLiteral("unable-to-assess"));
    m_form->addRow(m_noneKnown);
    m_form->addRow(tr("&Substance:"), m_substance);
    m_form->addRow(tr("&Reaction:"), m_reaction);
    m_form->addRow(tr("&Criticality:"), m_criticality);
    connect(m_noneKnown, &QCheckBox::toggled, this, [this](bool none) {
        for (QWidget* w : {static_cast<QWidget*>(m_substance), static_cast<QWidget*>(m_reaction),
                           static_cast<QWidget*>(m_criticality)})
            w->setEnabled(!none);
    });
}

void AllergyDialog::save()
{
    clearError();
    if (m_noneKnown->isChecked())
        return runBusy([records = m_records, id = m_patientId] { return records->confirmNoKnownAllergies(id); });
    runBusy([records = m_records, id = m_patientId,
                 allergy = app::ClinicalRecords::NewAllergy{m_substance->text(), m_reaction->text(),
                                                            m_criticality->currentData().toString()}] {
        return records->addAllergy(id, allergy);
    });
}

} // namespace medilock::ui
