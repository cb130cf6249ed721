#include "BreakGlassDialog.h"

#include "app/ClinicalRecords.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace medilock::ui {

BreakGlassDialog::BreakGlassDialog(std::shared_ptr<app::ClinicalRecords> records, QByteArray patientId,
                                   const app::ConsentState& consent, QWidget* parent)
    : EditorDialog(std::move(records), std::move(patientId), tr("Restricted chart — break the glass"), parent)
    , m_reason(new QLineEdit(this))
    , m_minutes(new QComboBox(this))
{
    setObjectName(QStringLiteral("breakGlassDialog"));
    QString text = tr("The patient's consent restricts this chart");
    if (!consent.consent.isEmpty())
        text += tr(" (“%1”, since %2)").arg(consent.consent, QLocale().toString(consent.consentSince.toLocalTime().date(), QLocale::ShortFormat));
    text += tr(". You may open it in an emergency: your reason and the time are signed and recorded, shown in the "
               "chart's access log and reviewed by the patient's clinic.");
    auto* explanation = new QLabel(text, this);
    explanation->setObjectName(QStringLiteral("breakGlassExplanation"));
    explanation->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("breakGlassReason"));
    m_reason->setAccessibleName(tr("Reason for emergency access"));
    m_reason->setPlaceholderText(tr("e.g. unconscious in the emergency department"));
    m_minutes->setObjectName(QStringLiteral("breakGlassMinutes"));
    m_minutes->setAccessibleName(tr("How long the access lasts"));
    for (int minutes : {15, 30, 60, 240})
        m_minutes->addItem(tr("%n minute(s)", nullptr, minutes), minutes);
    m_minutes->setCurrentIndex(m_minutes->findData(kDefaultMinutes));
    m_form->addRow(explanation);
    m_form->addRow(tr("&Reason:"), m_reason);
    m_form->addRow(tr("&Access for:"), m_minutes);
    m_save->setText(tr("&Break the glass and open"));
    m_reason->setFocus(); // the reason is what the person has to give first
}

void BreakGlassDialog::save()
{
    clearError();
    const auto saved = m_records->breakGlass(m_patientId, m_reason->text(), m_minutes->currentData().toInt());
    if (!saved)
        return showError(saved.error());
    accept();
}

} // namespace medilock::ui
