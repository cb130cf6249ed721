#include "ConditionDialog.h"

#include "app/ClinicalRecords.h"

#include <QFile>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>

#include <algorithm>

namespace medilock::ui {

ConditionDialog::ConditionDialog(std::shared_ptr<app::ClinicalRecords> records, QByteArray patientId, QWidget* parent)
    : EditorDialog(std::move(records), std::move(patientId), tr("Record a condition"), parent)
    , m_filter(new QLineEdit(this))
    , m_codes(new QListWidget(this))
{
    setObjectName(QStringLiteral("conditionDialog"));
    m_filter->setObjectName(QStringLiteral("conditionFilter"));
    m_filter->setAccessibleName(tr("Filter ICD-10 codes"));
    m_filter->setPlaceholderText(tr("Type a code or words, e.g. G40 or epilepsy"));
    m_filter->setClearButtonEnabled(true);
    m_codes->setObjectName(QStringLiteral("conditionList"));
    m_codes->setAccessibleName(tr("ICD-10 codes"));
    m_codes->setMinimumHeight(240);
    QFile file(QStringLiteral(":/codes/icd10-subset.tsv"));
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString& line : lines) {
            if (line.startsWith(QLatin1Char('#')))
                continue;
            const QString code = line.section(QLatin1Char('\t'), 0, 0).trimmed();
            const QString display = line.section(QLatin1Char('\t'), 1).trimmed();
            if (code.isEmpty() || display.isEmpty())
                continue;
            auto* item = new QListWidgetItem(QStringLiteral("%1  %2").arg(code, display), m_codes);
            item->setData(Qt::UserRole, code);
            item->setData(Qt::UserRole + 1, display);
        }
    }
    m_form->addRow(tr("&Find:"), m_filter);
    m_form->addRow(tr("&ICD-10:"), m_codes);
    connect(m_filter, &QLineEdit::textChanged, this, &ConditionDialog::filter);
    connect(m_codes, &QListWidget::itemDoubleClicked, this, [this] { save(); });
}

void ConditionDialog::filter(const QString& text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QListWidgetItem* first = nullptr;
    for (int i = 0; i < m_codes->count(); ++i) {
        QListWidgetItem* item = m_codes->item(i);
        const bool match = std::all_of(words.begin(), words.end(),
                                       [&](const QString& w) { return item->text().contains(w, Qt::CaseInsensitive); });
        item->setHidden(!match);
        if (match && !first)
            first = item;
    }
    if (first)
        m_codes->setCurrentItem(first);
}

void ConditionDialog::save()
{
    clearError();
    const QListWidgetItem* item = m_codes->currentItem();
    if (!item || item->isHidden())
        return showError(tr("Choose a code from the list."));
    runBusy([records = m_records, id = m_patientId, code = item->data(Qt::UserRole).toString(),
                 display = item->data(Qt::UserRole + 1).toString()] { return records->addCondition(id, code, display); });
}

} // namespace medilock::ui
