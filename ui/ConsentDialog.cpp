#include "ConsentDialog.h"

#include "app/AsyncTask.h"
#include "app/ClinicalRecords.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace medilock::ui {

ConsentDialog::ConsentDialog(std::shared_ptr<app::ClinicalRecords> records, QByteArray patientId, bool restrict,
                             QWidget* parent)
    : EditorDialog(std::move(records), std::move(patientId),
                   restrict ? tr("Restrict access to this chart") : tr("Lift the chart's restriction"), parent)
    , m_restrict(restrict)
    , m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("consentDialog"));
    const QString text = restrict
        ? tr("The patient asks that their chart be restricted. Once you sign this, everyone else — and you too, "
             "from your next opening — must break the glass to open it, stating a reason. Each such access is "
             "signed, shown in the chart's access log and reviewed by the patient's clinic.")
        : tr("The patient lifts the restriction of their chart. Once you sign this, physicians and nurses open it "
             "without breaking the glass; every opening is still recorded in the chart's access log.");
    auto* explanation = new QLabel(text, this);
    explanation->setObjectName(QStringLiteral("consentExplanation"));
    explanation->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("consentNote"));
    m_note->setAccessibleName(tr("What the patient asked"));
    m_note->setPlaceholderText(restrict ? tr("e.g. only my family doctor") : tr("e.g. the patient withdrew the restriction"));
    m_form->addRow(explanation);
    m_form->addRow(tr("&Patient's words:"), m_note);
    m_save->setText(restrict ? tr("&Sign the restriction") : tr("&Sign and lift"));
    m_save->setAccessibleName(restrict ? tr("Sign the patient's restriction") : tr("Sign the lifting of the restriction"));
    m_note->setFocus();
}

void ConsentDialog::save()
{
    clearError();
    m_save->setEnabled(false);
    auto records = m_records;
    const QByteArray id = m_patientId;
    const bool restrict = m_restrict;
    const QString note = m_note->text();
    app::runThenCallback(this, [records, id, restrict, note] { return records->recordConsent(id, restrict, note); },
                         [this](Result<void> saved) {
                             m_save->setEnabled(true);
                             if (!saved)
                                 return showError(saved.error());
                             accept();
                         });
}

} // namespace medilock::ui
