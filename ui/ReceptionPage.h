#pragma once

#include "app/ChartViews.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace medilock::app {
class ClinicalRecords;
}

namespace medilock::ui {

class PatientListModel;

// Search as you type; from a result, one step to the chart or the emergency view. Reception
// also edits a patient's demographics and links two selected registrations as one person
// (or undoes the link).
class ReceptionPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReceptionPage(std::shared_ptr<app::ClinicalRecords> records, QWidget* parent = nullptr);

    void focusSearch();
    void setSearchText(const QString& text);
    void refresh();
    // The selected patient's id, or empty.
    QByteArray selectedPatient() const;
    QList<app::PatientView> selectedPatients() const;
    void editSelected();
    void linkSelected();
    PatientListModel* model() const { return m_model; }

Q_SIGNALS:
    void openChartRequested(const QByteArray& patientId);
    void emergencyRequested(const QByteArray& patientId);
    void registerRequested();

private:
    void runSearch();
    void updateButtons();

    std::shared_ptr<app::ClinicalRecords> m_records;
    QLineEdit* m_search;
    QTableView* m_list;
    PatientListModel* m_model;
    QLabel* m_status;
    QPushButton* m_openChart;
    QPushButton* m_emergency;
    QPushButton* m_register;
    QPushButton* m_edit;
    QPushButton* m_link;
    QTimer* m_debounce;
    quint64 m_generation = 0;
};

} // namespace medilock::ui
