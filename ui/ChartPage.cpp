#include "ChartPage.h"

#include "AccessLogModel.h"
#include "AccessReportButton.h"
#include "EmergencyCardButton.h"
#include "AllergyDialog.h"
#include "AmendDialog.h"
#include "ChartSummary.h"
#include "ConditionDialog.h"
#include "ConsentButton.h"
#include "DocumentDialog.h"
#include "DocumentsPane.h"
#include "MedicationDialog.h"
#include "NoteDialog.h"
#include "PatientBanner.h"
#include "RecordListModel.h"
#include "VitalsDialog.h"
#include "VitalsPane.h"

#include "app/AsyncTask.h"
#include "app/ClinicalRecords.h"
#include "app/EmergencyCards.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace medilock::ui {

using app::RecordType;

ChartPage::ChartPage(std::shared_ptr<app::ClinicalRecords> records, QWidget* parent)
    : QWidget(parent)
    , m_records(std::move(records))
    , m_banner(new PatientBanner(this))
    , m_loading(new QLabel(tr("Opening the chart…"), this))
    , m_tabs(new QTabWidget(this))
    , m_summary(new QTextBrowser(this))
    , m_accessModel(new AccessLogModel(this))
    , m_amend(new QAction(tr("Mark &entered in error…"), this))
{
    setObjectName(QStringLiteral("chartPage"));
    m_loading->setObjectName(QStringLiteral("chartLoading"));
    m_tabs->setObjectName(QStringLiteral("chartTabs"));
    m_summary->setObjectName(QStringLiteral("summaryView"));
    m_summary->setAccessibleName(tr("Chart summary"));
    m_tabs->addTab(m_summary, tr("&Summary"));
    m_amend->setObjectName(QStringLiteral("amendAction"));
    m_amend->setEnabled(m_records->mayAmend());
    connect(m_amend, &QAction::triggered, this, &ChartPage::amendCurrent);

    m_recordModels = {
        new RecordListModel({RecordType::Encounter, RecordType::Note, RecordType::Condition, RecordType::Allergy,
                             RecordType::Medication, RecordType::Observation, RecordType::Immunization, RecordType::Document,
                             RecordType::Procedure, RecordType::Other},
                            this),
        new RecordListModel({RecordType::Condition}, this), new RecordListModel({RecordType::Allergy}, this),
        new RecordListModel({RecordType::Medication}, this), new RecordListModel({RecordType::Observation}, this),
        new RecordListModel({RecordType::Encounter, RecordType::Note, RecordType::Procedure, RecordType::Immunization,
                             RecordType::Other},
                            this)};
    addRecordTab(m_recordModels[0], "timelineView", tr("&Timeline"));
    addRecordTab(m_recordModels[1], "problemsView", tr("&Problems"));
    addRecordTab(m_recordModels[2], "allergiesView", tr("&Allergies"));
    addRecordTab(m_recordModels[3], "medicationsView", tr("&Medications"));
    m_vitals = new VitalsPane(m_recordModels[4], this);
    configureRecordView(m_vitals->table());
    m_tabs->addTab(m_vitals, tr("&Vitals"));
    addRecordTab(m_recordModels[5], "notesView", tr("&Notes and encounters"));
    m_recordModels << new RecordListModel({RecordType::Document}, this);
    m_documents = new DocumentsPane(m_records, m_recordModels.last(), this);
    configureRecordView(m_documents->table());
    connect(m_documents, &DocumentsPane::attachRequested, this, &ChartPage::newDocument);
    connect(m_documents, &DocumentsPane::failed, this, &ChartPage::failed);
    m_tabs->addTab(m_documents, tr("&Documents"));
    auto* access = new QTableView(this);
    access->setObjectName(QStringLiteral("accessView"));
    access->setAccessibleName(tr("Who opened this chart"));
    access->setModel(m_accessModel);
    access->verticalHeader()->hide();
    access->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    access->horizontalHeader()->setStretchLastSection(true);
    access->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tabs->addTab(access, tr("Access &log"));

    // A pane not filled yet is filled as soon as it comes into view.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) { fillPane(m_tabs->widget(index)); });

    auto* buttons = new QHBoxLayout;
    auto* back = new QPushButton(tr("← &Search"), this);
    back->setObjectName(QStringLiteral("backButton"));
    back->setAccessibleName(tr("Back to the patient search"));
    connect(back, &QPushButton::clicked, this, &ChartPage::backRequested);
    buttons->addWidget(back);
    buttons->addStretch();
    const auto editorButton = [&](const char* name, const QString& text, RecordType type, void (ChartPage::*slot)()) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(QLatin1String(name));
        button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
        button->setVisible(m_records->maySign(type));
        connect(button, &QPushButton::clicked, this, slot);
        buttons->addWidget(button);
        m_editorButtons << button;
    };
    editorButton("addAllergyButton", tr("Allergy…"), RecordType::Allergy, &ChartPage::newAllergy);
    editorButton("addConditionButton", tr("Condition…"), RecordType::Condition, &ChartPage::newCondition);
    editorButton("addMedicationButton", tr("Medication…"), RecordType::Medication, &ChartPage::newMedication);
    editorButton("addVitalsButton", tr("Vitals…"), RecordType::Observation, &ChartPage::newVitals);
    editorButton("newNoteButton", tr("Note…"), RecordType::Note, &ChartPage::newNote);
    m_accessReport = new AccessReportButton(m_records, this);
    connect(m_accessReport, &AccessReportButton::written, this, [this](const QString& text) {
        Q_EMIT message(text);
        refresh();
    });
    connect(m_accessReport, &AccessReportButton::failed, this, &ChartPage::failed);
    buttons->addWidget(m_accessReport);
    m_consent = new ConsentButton(m_records, this);
    connect(m_consent, &ConsentButton::recorded, this, [this](bool restricted, const QString& text) {
        Q_EMIT message(text);
        if (restricted)
            Q_EMIT backRequested(); // from now on it opens only by breaking the glass
        else
            refresh();
    });
    buttons->addWidget(m_consent);
    m_emergencyCard = new EmergencyCardButton(std::make_shared<app::EmergencyCards>(m_records), this);
    connect(m_emergencyCard, &EmergencyCardButton::written, this, [this](const QString& text) {
        Q_EMIT message(text);
        refresh(); // issuing a card is a recorded access: the access log has a new row
    });
    connect(m_emergencyCard, &EmergencyCardButton::failed, this, &ChartPage::failed);
    buttons->addWidget(m_emergencyCard);
    auto* emergency = new QPushButton(tr("Emergency view"), this);
    emergency->setObjectName(QStringLiteral("chartEmergencyButton"));
    emergency->setAccessibleName(tr("Emergency summary of this patient"));
    connect(emergency, &QPushButton::clicked, this, [this] { Q_EMIT emergencyRequested(m_patientId); });
    buttons->addWidget(emergency);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(buttons);
    layout->addWidget(m_loading);
    layout->addWidget(m_tabs, 1);
    m_banner->hide();
    m_tabs->hide();
}

QTableView* ChartPage::addRecordTab(RecordListModel* model, const char* objectName, const QString& title)
{
    auto* view = new QTableView(this);
    view->setObjectName(QLatin1String(objectName));
    view->setAccessibleName(QString(title).remove(QLatin1Char('&')));
    view->setModel(model);
    configureRecordView(view);
    m_tabs->addTab(view, title);
    return view;
}

void ChartPage::configureRecordView(QTableView* view)
{
    // Column widths from the first rows only: measuring all 2,000 rows of a long chart's
    // tables took longer than opening the chart itself.
    view->horizontalHeader()->setResizeContentsPrecision(kResizePrecisionRows);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint& pos) {
        const QModelIndex index = view->indexAt(pos);
        if (!index.isValid())
            return;
        view->selectRow(index.row());
        m_amend->setEnabled(m_records->mayAmend() && !index.data(RecordListModel::SupersededRole).toBool());
        QMenu menu(view);
        menu.addAction(m_amend);
        menu.exec(view->viewport()->mapToGlobal(pos));
    });
}

QTableView* ChartPage::currentTable() const
{
    return tableOf(m_tabs->currentWidget());
}

QTableView* ChartPage::tableOf(QWidget* pane)
{
    if (auto* vitals = qobject_cast<VitalsPane*>(pane))
        return vitals->table();
    if (auto* documents = qobject_cast<DocumentsPane*>(pane))
        return documents->table();
    return qobject_cast<QTableView*>(pane);
}

void ChartPage::open(const QByteArray& patientId)
{
    closeDialogs();
    m_patientId = patientId;
    m_accessReport->setPatient(patientId);
    m_emergencyCard->setPatient(patientId);
    m_loaded = false;
    m_banner->hide();
    m_tabs->hide();
    m_loading->setText(tr("Opening the chart…"));
    m_loading->show();
    const quint64 generation = ++m_generation;
    auto records = m_records;
    app::runThenCallback(this, [records, patientId] { return records->openChart(patientId); },
                         [this, generation](Result<app::ChartView> chart) {
                             if (generation != m_generation)
                                 return;
                             if (!chart) {
                                 m_loading->setText(chart.error());
                                 Q_EMIT failed(chart.error());
                                 return;
                             }
                             m_tabs->setCurrentIndex(0);
                             show(*chart, true);
                         });
}

void ChartPage::refresh()
{
    const quint64 generation = ++m_generation;
    auto records = m_records;
    const QByteArray id = m_patientId;
    app::runThenCallback(this, [records, id] { return records->refreshChart(id); },
                         [this, generation](Result<app::ChartView> chart) {
                             if (generation != m_generation)
                                 return;
                             if (!chart)
                                 return Q_EMIT failed(chart.error());
                             show(*chart, false);
                         });
}

void ChartPage::show(const app::ChartView& chart, bool progressive)
{
    // What a reader needs first comes at once: banner, summary, access log and the pane in
    // view. On an opening the other panes fill one per turn of the event loop after that, so
    // a long chart is on screen quickly and the window never stalls for all of it.
    m_chart = std::make_shared<const app::ChartView>(chart);
    m_banner->setPatient(chart.patient, chart.bloodGroup, chart.allergyStatus, chart.currentAllergies,
                         chart.noKnownAllergyRecord);
    m_accessModel->setAccess(chart.access);
    fitColumns(findChild<QTableView*>(QStringLiteral("accessView")));
    m_summary->setHtml(ChartSummary::html(chart));
    m_consent->setChart(chart.patient.id, chart.consent);
    m_pending.clear();
    for (int i = 0; i < m_tabs->count(); ++i)
        if (tableOf(m_tabs->widget(i)) && m_tabs->widget(i)->objectName() != QLatin1String("accessView"))
            m_pending << m_tabs->widget(i);
    if (progressive)
        fillPane(m_tabs->currentWidget());
    else
        while (!m_pending.isEmpty())
            fillPane(m_pending.first());
    m_loading->hide();
    m_banner->show();
    m_tabs->show();
    m_loaded = true;
    Q_EMIT loaded();
    if (m_pending.isEmpty())
        Q_EMIT completed();
    else
        QTimer::singleShot(0, this, [this, generation = m_generation] { fillNext(generation); });
}

void ChartPage::fillNext(quint64 generation)
{
    if (generation != m_generation || m_pending.isEmpty())
        return;
    fillPane(m_pending.first());
    if (m_pending.isEmpty())
        Q_EMIT completed();
    else
        QTimer::singleShot(0, this, [this, generation] { fillNext(generation); });
}

void ChartPage::fillPane(QWidget* pane)
{
    if (!m_pending.removeOne(pane) || !m_chart)
        return;
    QTableView* table = tableOf(pane);
    if (auto* model = qobject_cast<RecordListModel*>(table->model()))
        model->setRecords(m_chart->records);
    if (pane == m_vitals)
        m_vitals->setRecords(m_chart->records);
    if (pane == m_documents)
        m_documents->setPatient(m_chart->patient.id);
    fitColumns(table);
}

void ChartPage::fitColumns(QTableView* view)
{
    view->resizeColumnsToContents();
    for (int c = 0; c < view->model()->columnCount(); ++c)
        view->setColumnWidth(c, std::min(view->columnWidth(c), 360));
}

void ChartPage::runEditor(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ChartPage::refresh);
    dialog->open();
}

void ChartPage::newAllergy()
{
    if (m_loaded && m_records->maySign(RecordType::Allergy))
        runEditor(new AllergyDialog(m_records, m_patientId, this));
}

void ChartPage::newCondition()
{
    if (m_loaded && m_records->maySign(RecordType::Condition))
        runEditor(new ConditionDialog(m_records, m_patientId, this));
}

void ChartPage::newMedication()
{
    if (m_loaded && m_records->maySign(RecordType::Medication))
        runEditor(new MedicationDialog(m_records, m_patientId, this));
}

void ChartPage::newVitals()
{
    if (m_loaded && m_records->maySign(RecordType::Observation))
        runEditor(new VitalsDialog(m_records, m_patientId, this));
}

void ChartPage::newNote()
{
    if (m_loaded && m_records->maySign(RecordType::Note))
        runEditor(new NoteDialog(m_records, m_patientId, this));
}

void ChartPage::newDocument()
{
    if (m_loaded && m_records->maySign(RecordType::Document))
        runEditor(new DocumentDialog(m_records, m_patientId, this));
}

void ChartPage::amendCurrent()
{
    QTableView* view = currentTable();
    if (!m_loaded || !view || !m_records->mayAmend())
        return;
    auto* model = qobject_cast<RecordListModel*>(view->model());
    const QModelIndex index = view->currentIndex();
    if (!model || !index.isValid())
        return;
    const app::RecordView* r = model->record(index.row());
    if (!r || r->superseded)
        return;
    const QString text = tr("%1 — signed by %2 on %3")
                             .arg(r->display, r->signer.name,
                                  QLocale().toString(r->authoredAt.toLocalTime(), QLocale::ShortFormat));
    runEditor(new AmendDialog(m_records, m_patientId, r->hash, text, this));
}

void ChartPage::closeDialogs()
{
    for (QDialog* dialog : findChildren<QDialog*>(Qt::FindDirectChildrenOnly))
        dialog->reject();
    m_documents->removeCopies(); // nothing of the patient left in the temporary directory
}

} // namespace medilock::ui
