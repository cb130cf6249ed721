#include "AmendDialog.h"

#include "app/ClinicalRecords.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace medilock::ui {

AmendDialog::AmendDialog(std::shared_ptr<app::ClinicalRecords> records, QByteArray patientId, QByteArray recordHash,
                         const QString& recordText, QWidget* parent)
    : EditorDialog(std::move(records), std::move(patientId), tr("Mark entered in error"), parent)
    , m_hash(std::move(recordHash))
    , m_reason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("amendDialog"));
    auto* what = new QLabel(recordText, this);
    what->setObjectName(QStringLiteral("amendRecord"));
    what->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("amendReason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("e.g. recorded on the wrong patient"));
    m_form->addRow(tr("Record:"), what);
    m_form->addRow(tr("&Reason:"), m_reason);
    m_save->setText(tr("&Sign correction"));
}

void AmendDialog::save()
{
    clearError();
    runBusy([records = m_records, id = m_patientId, hash = m_hash, reason = m_reason->text()] {
        return records->markEnteredInError(id, hash, reason);
    });
}

} // namespace medilock::ui
