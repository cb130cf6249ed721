#include "LinkPatientsDialog.h"

#include "PatientListModel.h"

#include "app/ClinicalRecords.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

#include <algorithm>

namespace medilock::ui {

namespace {
QString describe(const app::PatientView& p)
{
    return LinkPatientsDialog::tr("%1 — born %2 — %3 — id %4")
        .arg(p.name, QLocale().toString(p.birthDate, QLocale::ShortFormat), PatientListModel::sexText(p.sex), p.idText);
}
} // namespace

LinkPatientsDialog::LinkPatientsDialog(std::shared_ptr<app::ClinicalRecords> records, const app::PatientView& first,
                                       const app::PatientView& second, QWidget* parent)
    : EditorDialog(std::move(records), first.id, tr("Link registrations"), parent)
    , m_other(second.id)
{
    setObjectName(QStringLiteral("linkPatientsDialog"));
    // Already the same person? Then the action offered is to undo the link.
    const auto linked = m_records->linkedPatients(first.id);
    m_unlink = linked && std::any_of(linked->cbegin(), linked->cend(), [&](const app::PatientView& p) { return p.id == second.id; });
    auto* a = new QLabel(describe(first), this);
    auto* b = new QLabel(describe(second), this);
    a->setObjectName(QStringLiteral("linkFirst"));
    b->setObjectName(QStringLiteral("linkSecond"));
    for (QLabel* label : {a, b}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    auto* what = new QLabel(m_unlink ? tr("These registrations are linked as one person. Undoing the link separates "
                                          "their charts again; the link and its undoing both stay on the record.")
                                     : tr("Link these registrations as one person: each chart then shows the records of "
                                          "both. Check name, birth date and identifiers with the patient first."),
                            this);
    what->setObjectName(QStringLiteral("linkExplanation"));
    what->setWordWrap(true);
    m_form->addRow(what);
    m_form->addRow(tr("First:"), a);
    m_form->addRow(tr("Second:"), b);
    m_save->setText(m_unlink ? tr("&Sign: undo the link") : tr("&Sign: same person"));
    m_save->setAccessibleName(QString(m_save->text()).remove(QLatin1Char('&')));
}

void LinkPatientsDialog::save()
{
    clearError();
    const auto saved = m_records->linkPatients(m_patientId, m_other, !m_unlink);
    if (!saved)
        return showError(saved.error());
    accept();
}

} // namespace medilock::ui
