#include "EditorDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace medilock::ui {

EditorDialog::EditorDialog(std::shared_ptr<app::ClinicalRecords> records, QByteArray patientId, const QString& title,
                           QWidget* parent)
    : BusyDialog(parent)
    , m_records(std::move(records))
    , m_patientId(std::move(patientId))
    , m_form(new QFormLayout)
    , m_error(new QLabel(this))
{
    setWindowTitle(title);
    setMinimumWidth(460);
    m_error->setObjectName(QStringLiteral("editorError"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* box = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = box->addButton(tr("&Sign and save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    box->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(box);
}

void EditorDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void EditorDialog::clearError()
{
    m_error->hide();
}

} // namespace medilock::ui
