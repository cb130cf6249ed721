#pragma once

#include <QWidget>

#include <memory>

class QPushButton;
class QTableView;
class QTemporaryDir;

namespace medilock::app {
class ClinicalRecords;
}

namespace medilock::ui {

class RecordListModel;

// The chart's documents: every attached document and report, newest first, with its signer.
// Opening one writes it to a private temporary directory (mode 0700, the file 0600) and hands
// it to the desktop's viewer; those copies are removed when another chart opens, when the
// session locks, and when the application ends.
class DocumentsPane : public QWidget
{
    Q_OBJECT
public:
    DocumentsPane(std::shared_ptr<app::ClinicalRecords> records, RecordListModel* model, QWidget* parent = nullptr);
    ~DocumentsPane() override;

    void setPatient(const QByteArray& patientId);
    QTableView* table() const { return m_table; }
    void openCurrent();
    // Removes the copies written for viewing.
    void removeCopies();

Q_SIGNALS:
    void attachRequested();
    void failed(const QString& message);

private:
    void updateButtons();

    std::shared_ptr<app::ClinicalRecords> m_records;
    RecordListModel* m_model;
    QByteArray m_patientId;
    QTableView* m_table;
    QPushButton* m_open;
    QPushButton* m_attach;
    std::unique_ptr<QTemporaryDir> m_copies;
};

} // namespace medilock::ui
