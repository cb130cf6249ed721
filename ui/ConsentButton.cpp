#include "ConsentButton.h"

#include "ConsentDialog.h"

#include "app/ClinicalRecords.h"

namespace medilock::ui {

ConsentButton::ConsentButton(std::shared_ptr<app::ClinicalRecords> records, QWidget* parent)
    : QPushButton(parent)
    , m_records(std::move(records))
{
    setObjectName(QStringLiteral("consentButton"));
    setVisible(m_records->mayRecordConsent());
    setChart({}, {});
    connect(this, &QPushButton::clicked, this, &ConsentButton::openDialog);
}

void ConsentButton::setChart(const QByteArray& patientId, const app::ConsentState& consent)
{
    m_patientId = patientId;
    m_restricted = consent.restricted;
    setText(m_restricted ? tr("Lift restriction…") : tr("Restrict access…"));
    setAccessibleName(m_restricted ? tr("Record that the patient lifts the restriction of their chart")
                                   : tr("Record that the patient restricts access to their chart"));
    setToolTip(accessibleName());
    setEnabled(!m_patientId.isEmpty());
}

void ConsentButton::openDialog()
{
    if (m_patientId.isEmpty() || !m_records->mayRecordConsent())
        return;
    auto* dialog = new ConsentDialog(m_records, m_patientId, !m_restricted, parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, restrict = !m_restricted] {
        Q_EMIT recorded(restrict, restrict ? tr("Recorded the patient's restriction: this chart now opens only by "
                                                "breaking the glass.")
                                           : tr("Recorded that the patient lifted the restriction of their chart."));
    });
    dialog->open();
}

} // namespace medilock::ui
