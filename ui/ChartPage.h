#pragma once

#include "app/ChartViews.h"

#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace medilock::app {
class ClinicalRecords;
}

namespace medilock::ui {

class AccessLogModel;
class AccessReportButton;
class ConsentButton;
class DocumentsPane;
class EmergencyCardButton;
class PatientBanner;
class RecordListModel;
class VitalsPane;

// One patient's chart: the banner, then panes for summary, timeline (every record, newest
// first), problems, allergies, medications, vitals (plotted), notes and encounters,
// documents, and the access log. Editors open from the
// buttons (only those the user's role may sign); corrections from a row's context menu.
class ChartPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kResizePrecisionRows = 64;

    explicit ChartPage(std::shared_ptr<app::ClinicalRecords> records, QWidget* parent = nullptr);

    // Opens the chart (a signed `chart viewed` entry), loading on a worker thread.
    void open(const QByteArray& patientId);
    QByteArray patientId() const { return m_patientId; }
    bool isLoaded() const { return m_loaded; }
    // Every pane filled (an opening fills the panes out of view after it is shown).
    bool isComplete() const { return m_loaded && m_pending.isEmpty(); }
    PatientBanner* banner() const { return m_banner; }

    void newAllergy();
    void newCondition();
    void newMedication();
    void newVitals();
    void newNote();
    void newDocument();
    void amendCurrent();
    // Closes any editor or dialog open on this chart (the idle lock).
    void closeDialogs();

Q_SIGNALS:
    void loaded();
    void completed();
    void emergencyRequested(const QByteArray& patientId);
    void backRequested();
    void failed(const QString& message);
    void message(const QString& text);

private:
    void show(const app::ChartView& chart, bool progressive);
    void fillNext(quint64 generation);
    void fillPane(QWidget* pane);
    static void fitColumns(QTableView* view);
    static QTableView* tableOf(QWidget* pane);
    void refresh();
    void runEditor(QDialog* dialog);
    QTableView* addRecordTab(RecordListModel* model, const char* objectName, const QString& title);
    void configureRecordView(QTableView* view);
    QTableView* currentTable() const;

    std::shared_ptr<app::ClinicalRecords> m_records;
    QByteArray m_patientId;
    AccessReportButton* m_accessReport = nullptr;
    ConsentButton* m_consent = nullptr;
    EmergencyCardButton* m_emergencyCard = nullptr;
    bool m_loaded = false;
    quint64 m_generation = 0;
    PatientBanner* m_banner;
    QLabel* m_loading;
    QTabWidget* m_tabs;
    QTextBrowser* m_summary;
    std::shared_ptr<const app::ChartView> m_chart; // what the panes still to fill show
    QList<QWidget*> m_pending;
    QList<RecordListModel*> m_recordModels;
    VitalsPane* m_vitals = nullptr;
    DocumentsPane* m_documents = nullptr;
    AccessLogModel* m_accessModel;
    QAction* m_amend;
    QList<QPushButton*> m_editorButtons;
};

} // namespace medilock::ui
