#pragma once

#include "EditorDialog.h"

class QLabel;
class QLineEdit;

namespace medilock::ui {

// Attaches a PDF or image (PNG, JPEG) to the chart: a title and a file, signed on save.
class DocumentDialog : public EditorDialog
{
    Q_OBJECT
public:
    DocumentDialog(std::shared_ptr<app::ClinicalRecords> records, QByteArray patientId, QWidget* parent = nullptr);

    void setFile(const QString& path);
    QString file() const { return m_path; }

private:
    void chooseFile();
    void save() override;

    QLineEdit* m_title;
    QLabel* m_fileLabel;
    QString m_path;
};

} // namespace medilock::ui
