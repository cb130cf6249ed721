#include "DocumentDialog.h"

#include "app/ClinicalRecords.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace medilock::ui {

namespace {
constexpr qint64 kMaxBytes = 700 * 1024; // as ClinicalRecords::addDocument enforces
}

DocumentDialog::DocumentDialog(std::shared_ptr<app::ClinicalRecords> records, QByteArray patientId, QWidget* parent)
    : EditorDialog(std::move(records), std::move(patientId), tr("Attach a document"), parent)
    , m_title(new QLineEdit(this))
    , m_fileLabel(new QLabel(tr("no file chosen"), this))
{
    setObjectName(QStringLiteral("documentDialog"));
    m_title->setObjectName(QStringLiteral("documentTitle"));
    m_title->setAccessibleName(tr("Document title"));
    m_title->setPlaceholderText(tr("e.g. Discharge letter, cardiology"));
    m_fileLabel->setObjectName(QStringLiteral("documentFile"));
    m_fileLabel->setWordWrap(true);
    auto* choose = new QPushButton(tr("&Choose file…"), this);
    choose->setObjectName(QStringLiteral("chooseDocumentButton"));
    choose->setAccessibleName(tr("Choose the PDF or image file to attach"));
    connect(choose, &QPushButton::clicked, this, &DocumentDialog::chooseFile);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addWidget(choose);
    m_form->addRow(tr("&Title:"), m_title);
    m_form->addRow(tr("File:"), fileRow);
    m_form->addRow(new QLabel(tr("PDF, PNG or JPEG, at most %1 KiB.").arg(kMaxBytes / 1024), this));
}

void DocumentDialog::chooseFile()
{
    auto* dialog = new QFileDialog(this, tr("Choose a document"));
    dialog->setObjectName(QStringLiteral("documentFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilter(tr("Documents and images (*.pdf *.png *.jpg *.jpeg)"));
    connect(dialog, &QFileDialog::fileSelected, this, &DocumentDialog::setFile);
    dialog->open();
}

void DocumentDialog::setFile(const QString& path)
{
    m_path = path;
    const QFileInfo info(path);
    m_fileLabel->setText(tr("%1 (%2 KiB)").arg(info.fileName()).arg((info.size() + 1023) / 1024));
    if (m_title->text().trimmed().isEmpty())
        m_title->setText(info.completeBaseName());
    clearError();
}

void DocumentDialog::save()
{
    clearError();
    if (m_path.isEmpty())
        return showError(tr("Choose the file to attach."));
    QFile file(m_path);
    // Checked before reading, so a huge file is never loaded.
    if (file.size() > kMaxBytes)
        return showError(tr("The file is larger than %1 KiB; attach a smaller scan or export.").arg(kMaxBytes / 1024));
    if (!file.open(QIODevice::ReadOnly))
        return showError(tr("Cannot read %1: %2").arg(m_path, file.errorString()));
    const QByteArray bytes = file.read(kMaxBytes + 1);
    const auto saved = m_records->addDocument(m_patientId, m_title->text(), QFileInfo(m_path).fileName(), bytes);
    if (!saved)
        return showError(saved.error());
    accept();
}

} // namespace medilock::ui
