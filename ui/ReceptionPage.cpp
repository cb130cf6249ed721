#include "ReceptionPage.h"

#include "LinkPatientsDialog.h"
#include "PatientListModel.h"
#include "RegisterPatientDialog.h"

#include "app/AsyncTask.h"
#include "app/ClinicalRecords.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace medilock::ui {

ReceptionPage::ReceptionPage(std::shared_ptr<app::ClinicalRecords> records, QWidget* parent)
    : QWidget(parent)
    , m_records(std::move(records))
    , m_search(new QLineEdit(this))
    , m_list(new QTableView(this))
    , m_model(new PatientListModel(this))
    , m_status(new QLabel(this))
    , m_openChart(new QPushButton(tr("Open &chart"), this))
    , m_emergency(new QPushButton(tr("&Emergency view"), this))
    , m_register(new QPushButton(tr("&New patient…"), this))
    , m_edit(new QPushButton(tr("E&dit…"), this))
    , m_link(new QPushButton(tr("&Link…"), this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("receptionPage"));
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search by name, birth date (2001-04-07), phone or identifier"));
    m_search->setAccessibleName(tr("Patient search"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("patientList"));
    m_list->setAccessibleName(tr("Patients found"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection); // two rows: link them
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_openChart->setObjectName(QStringLiteral("openChartButton"));
    m_openChart->setAccessibleName(tr("Open the selected patient's chart"));
    m_emergency->setObjectName(QStringLiteral("emergencyButton"));
    m_emergency->setAccessibleName(tr("Open the selected patient's emergency summary"));
    m_emergency->setToolTip(tr("Emergency summary (Ctrl+E)"));
    m_register->setObjectName(QStringLiteral("newPatientButton"));
    m_register->setAccessibleName(tr("Register a new patient"));
    m_register->setToolTip(tr("Register a new patient (Ctrl+N)"));

    m_edit->setObjectName(QStringLiteral("editPatientButton"));
    m_edit->setAccessibleName(tr("Edit the selected patient's demographics"));
    m_edit->setToolTip(tr("Edit demographics (Ctrl+Shift+D)"));
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_link->setObjectName(QStringLiteral("linkPatientsButton"));
    m_link->setAccessibleName(tr("Link the two selected registrations as one person, or undo their link"));
    m_link->setToolTip(tr("Select two registrations (Ctrl+click), then link them as one person or undo their link "
                          "(Ctrl+Shift+L)"));
    m_link->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_edit->setVisible(m_records->mayEditDemographics());
    m_link->setVisible(m_records->mayLinkPatients());
    const bool clinical = m_records->mayReadCharts();
    m_openChart->setVisible(clinical);
    m_emergency->setVisible(clinical);
    m_register->setVisible(m_records->mayRegister());

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_link);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_register);
    buttons->addWidget(m_emergency);
    buttons->addWidget(m_openChart);
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("<h2>Find a patient</h2>"), this);
    title->setObjectName(QStringLiteral("receptionTitle"));
    layout->addWidget(title);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &ReceptionPage::runSearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() > 0 && !m_list->currentIndex().isValid())
            m_list->selectRow(0);
        m_list->setFocus();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReceptionPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReceptionPage::updateButtons);
    connect(m_list, &QTableView::activated, this, [this] {
        if (m_records->mayReadCharts() && !selectedPatient().isEmpty())
            Q_EMIT openChartRequested(selectedPatient());
    });
    connect(m_openChart, &QPushButton::clicked, this, [this] { Q_EMIT openChartRequested(selectedPatient()); });
    connect(m_emergency, &QPushButton::clicked, this, [this] { Q_EMIT emergencyRequested(selectedPatient()); });
    connect(m_register, &QPushButton::clicked, this, &ReceptionPage::registerRequested);
    connect(m_edit, &QPushButton::clicked, this, &ReceptionPage::editSelected);
    connect(m_link, &QPushButton::clicked, this, &ReceptionPage::linkSelected);
    setFocusProxy(m_search);
    updateButtons();
}

void ReceptionPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void ReceptionPage::setSearchText(const QString& text)
{
    m_search->setText(text);
}

void ReceptionPage::refresh()
{
    runSearch();
}

QByteArray ReceptionPage::selectedPatient() const
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const app::PatientView* p = m_model->patient(rows.first().row());
    return p ? p->id : QByteArray();
}

QList<app::PatientView> ReceptionPage::selectedPatients() const
{
    QList<app::PatientView> out;
    for (const QModelIndex& row : m_list->selectionModel()->selectedRows())
        if (const app::PatientView* p = m_model->patient(row.row()))
            out.append(*p);
    return out;
}

void ReceptionPage::editSelected()
{
    const QList<app::PatientView> selected = selectedPatients();
    if (selected.size() != 1 || !m_records->mayEditDemographics())
        return;
    // Parented to the window, so that the idle lock dismisses it with the others.
    auto* dialog = new RegisterPatientDialog(m_records, selected.first(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_status->setText(tr("Signed the new demographics of %1.").arg(dialog->registered().name));
        setSearchText(dialog->registered().name);
        runSearch();
    });
    dialog->open();
}

void ReceptionPage::linkSelected()
{
    const QList<app::PatientView> selected = selectedPatients();
    if (selected.size() != 2 || !m_records->mayLinkPatients())
        return;
    auto* dialog = new LinkPatientsDialog(m_records, selected.at(0), selected.at(1), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_status->setText(dialog->unlinks() ? tr("The link was undone.") : tr("Linked as one person."));
    });
    dialog->open();
}

void ReceptionPage::runSearch()
{
    const quint64 generation = ++m_generation;
    const QString text = m_search->text();
    auto records = m_records;
    app::runThenCallback(this, [records, text] { return records->search(text); },
                         [this, generation](Result<QList<app::PatientView>> found) {
                             if (generation != m_generation)
                                 return; // a newer search is under way
                             if (!found) {
                                 m_status->setText(found.error());
                                 m_model->setPatients({});
                                 return;
                             }
                             const auto count = found->size();
                             m_model->setPatients(std::move(found).value());
                             if (m_search->text().trimmed().isEmpty())
                                 m_status->clear();
                             else
                                 m_status->setText(count == 0 ? tr("No patient matches.") : tr("%n patient(s)", nullptr, static_cast<int>(count)));
                             if (count > 0)
                                 m_list->selectRow(0);
                         });
}

void ReceptionPage::updateButtons()
{
    const auto count = m_list->selectionModel()->selectedRows().size();
    m_openChart->setEnabled(count == 1);
    m_emergency->setEnabled(count == 1);
    m_edit->setEnabled(count == 1);
    m_link->setEnabled(count == 2);
}

} // namespace medilock::ui
