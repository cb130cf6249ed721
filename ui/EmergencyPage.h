#pragma once

#include "app/ChartViews.h"

#include "crypto/Result.h"

#include <QWidget>

#include <memory>

class QGridLayout;
class QLabel;
class QPushButton;

namespace medilock::app {
class ClinicalRecords;
}

namespace medilock::ui {
class EmergencyCardButton;
}

namespace medilock::ui {

// The one-screen emergency summary (DESIGN §6): allergies with criticality and reaction,
// blood group, active problems, current medications, implanted devices, emergency contacts
// and the last encounter. Opening it is recorded on the ledger. It prints, and saves as PDF.
class EmergencyPage : public QWidget
{
    Q_OBJECT
public:
    explicit EmergencyPage(std::shared_ptr<app::ClinicalRecords> records, QWidget* parent = nullptr);

    void open(const QByteArray& patientId);
    bool isLoaded() const { return m_loaded; }
    QString allergyText() const;
    // Print (Ctrl+P) through the system print dialog; Save as PDF asks for a file name.
    void print();
    void saveAsPdf();
    Result<void> writePdf(const QString& path) const;

Q_SIGNALS:
    void loaded();
    void backRequested();
    void chartRequested(const QByteArray& patientId);
    // Where the emergency card went, or why it was not saved.
    void message(const QString& text);

private:
    void show(const app::EmergencyView& view);
    QLabel* section(const char* objectName, const QString& title, int row, int column);

    std::shared_ptr<app::ClinicalRecords> m_records;
    QByteArray m_patientId;
    app::EmergencyView m_view;
    bool m_loaded = false;
    quint64 m_generation = 0;
    QLabel* m_title;
    QLabel* m_status;
    QLabel* m_allergies;
    QGridLayout* m_grid;
    QLabel* m_bloodGroup;
    QLabel* m_problems;
    QLabel* m_medications;
    QLabel* m_devices;
    QLabel* m_contacts;
    QLabel* m_encounter;
    QPushButton* m_print;
    QPushButton* m_pdf;
    EmergencyCardButton* m_card;
};

} // namespace medilock::ui
