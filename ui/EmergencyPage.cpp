#include "EmergencyPage.h"

#include "EmergencyCardButton.h"
#include "EmergencyDocument.h"
#include "PdfSaveDialog.h"
#include "PatientBanner.h"
#include "PatientListModel.h"

#include "app/AsyncTask.h"
#include "app/ClinicalRecords.h"
#include "app/EmergencyCards.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

namespace medilock::ui {

EmergencyPage::EmergencyPage(std::shared_ptr<app::ClinicalRecords> records, QWidget* parent)
    : QWidget(parent)
    , m_records(std::move(records))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_allergies(new QLabel(this))
    , m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("emergencyPage"));
    m_title->setObjectName(QStringLiteral("emergencyTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_status->setObjectName(QStringLiteral("emergencyStatus"));
    m_allergies->setObjectName(QStringLiteral("emergencyAllergies"));
    m_allergies->setWordWrap(true);
    m_allergies->setMargin(8);
    QFont alert = m_allergies->font();
    alert.setPointSizeF(alert.pointSizeF() * 1.2);
    alert.setBold(true);
    m_allergies->setFont(alert);

    m_bloodGroup = section("emergencyBloodGroup", tr("Blood group"), 0, 0);
    m_contacts = section("emergencyContacts", tr("Emergency contacts"), 0, 1);
    m_problems = section("emergencyProblems", tr("Active problems"), 1, 0);
    m_medications = section("emergencyMedications", tr("Current medications"), 1, 1);
    m_devices = section("emergencyDevices", tr("Implanted devices"), 2, 0);
    m_encounter = section("emergencyLastEncounter", tr("Last encounter"), 2, 1);
    QFont bloodFont = m_bloodGroup->font();
    bloodFont.setPointSizeF(bloodFont.pointSizeF() * 1.4);
    bloodFont.setBold(true);
    m_bloodGroup->setFont(bloodFont);

    auto* back = new QPushButton(tr("← &Search"), this);
    back->setObjectName(QStringLiteral("emergencyBackButton"));
    back->setAccessibleName(tr("Back to the patient search"));
    connect(back, &QPushButton::clicked, this, &EmergencyPage::backRequested);
    auto* chart = new QPushButton(tr("Full &chart"), this);
    chart->setObjectName(QStringLiteral("emergencyChartButton"));
    chart->setAccessibleName(tr("Open the full chart"));
    connect(chart, &QPushButton::clicked, this, [this] { Q_EMIT chartRequested(m_patientId); });
    m_print = new QPushButton(tr("&Print…"), this);
    m_print->setObjectName(QStringLiteral("emergencyPrintButton"));
    m_print->setAccessibleName(tr("Print the emergency summary"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setToolTip(tr("Print the emergency summary (%1)").arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
    connect(m_print, &QPushButton::clicked, this, &EmergencyPage::print);
    m_pdf = new QPushButton(tr("Save as P&DF…"), this);
    m_pdf->setObjectName(QStringLiteral("emergencyPdfButton"));
    m_pdf->setAccessibleName(tr("Save the emergency summary as a PDF file"));
    m_pdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_pdf, &QPushButton::clicked, this, &EmergencyPage::saveAsPdf);
    m_card = new EmergencyCardButton(std::make_shared<app::EmergencyCards>(m_records), this);
    m_card->setObjectName(QStringLiteral("emergencyPageCardButton"));
    connect(m_card, &EmergencyCardButton::written, this, &EmergencyPage::message);
    connect(m_card, &EmergencyCardButton::failed, this, &EmergencyPage::message);
    m_print->setEnabled(false);
    m_pdf->setEnabled(false);
    m_card->setEnabled(false);
    auto* top = new QHBoxLayout;
    top->addWidget(back);
    top->addWidget(m_title, 1);
    top->addWidget(m_print);
    top->addWidget(m_pdf);
    top->addWidget(m_card);
    top->addWidget(chart);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_allergies);
    contentLayout->addLayout(m_grid);
    contentLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);
}

QLabel* EmergencyPage::section(const char* objectName, const QString& title, int row, int column)
{
    auto* box = new QGroupBox(title, this);
    auto* label = new QLabel(box);
    label->setObjectName(QLatin1String(objectName));
    label->setAccessibleName(title);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(label);
    m_grid->addWidget(box, row, column);
    m_grid->setColumnStretch(column, 1);
    return label;
}

void EmergencyPage::open(const QByteArray& patientId)
{
    m_patientId = patientId;
    m_loaded = false;
    m_view = {};
    m_print->setEnabled(false);
    m_pdf->setEnabled(false);
    m_card->setEnabled(false);
    m_card->setPatient(patientId);
    m_status->setText(tr("Opening the emergency summary…"));
    m_status->show();
    const quint64 generation = ++m_generation;
    auto records = m_records;
    app::runThenCallback(this, [records, patientId] { return records->openEmergency(patientId); },
                         [this, generation](Result<app::EmergencyView> view) {
                             if (generation != m_generation)
                                 return;
                             if (!view)
                                 return m_status->setText(view.error());
                             show(*view);
                         });
}

QString EmergencyPage::allergyText() const
{
    return m_allergies->text();
}

void EmergencyPage::show(const app::EmergencyView& v)
{
    const auto items = [](const QStringList& list, const QString& empty) {
        if (list.isEmpty())
            return QStringLiteral("<i>%1</i>").arg(empty.toHtmlEscaped());
        QStringList escaped;
        for (const QString& s : list)
            escaped << s.toHtmlEscaped();
        return QStringLiteral("• ") + escaped.join(QStringLiteral("<br>• "));
    };
    const QString age = v.patient.birthDate.isValid() ? tr("%n year(s)", nullptr, v.patient.ageOn(QDate::currentDate()))
                                                      : tr("age unknown");
    m_title->setText(tr("EMERGENCY — %1, %2, %3").arg(v.patient.name, age, PatientListModel::sexText(v.patient.sex)));
    m_status->hide();

    QString allergies = PatientBanner::allergyLine(v.allergyStatus, {}, v.noKnownAllergyRecord);
    if (v.allergyStatus == app::AllergyStatus::Recorded) {
        QStringList lines;
        for (const app::RecordView& a : v.allergies)
            lines << EmergencyDocument::allergyLine(a);
        allergies = tr("ALLERGIES:\n%1").arg(lines.join(QLatin1Char('\n')));
    }
    m_allergies->setText(allergies);
    m_allergies->setAccessibleName(allergies);
    PatientBanner::styleAlert(m_allergies, v.allergyStatus);

    m_bloodGroup->setText(v.bloodGroup.isEmpty() ? tr("<i>unknown — not recorded</i>") : v.bloodGroup.toHtmlEscaped());
    QStringList problems, medications, devices, contacts;
    for (const auto& r : v.problems)
        problems << (r.codeSystem.contains(QLatin1String("icd-10")) ? tr("%1 (%2)").arg(r.display, r.code) : r.display);
    for (const auto& r : v.medications)
        medications << (r.valueText.isEmpty() ? r.display : tr("%1 — %2").arg(r.display, r.valueText));
    for (const auto& r : v.devices)
        devices << r.display;
    for (const auto& c : v.patient.contacts)
        contacts << QStringList{c.name, c.relationship, c.phone}.filter(QRegularExpression(QStringLiteral("\\S"))).join(QStringLiteral(" · "));
    m_problems->setText(items(problems, tr("none recorded")));
    m_medications->setText(items(medications, tr("none recorded")));
    m_devices->setText(items(devices, tr("none recorded")));
    m_contacts->setText(items(contacts, tr("none recorded")));
    if (v.lastEncounter) {
        const auto& e = *v.lastEncounter;
        const QDateTime when = e.effective.isValid() ? e.effective : e.authoredAt;
        m_encounter->setText(tr("%1<br>%2 — %3 (%4)")
                                 .arg(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped(),
                                      e.display.toHtmlEscaped(), e.signer.name.toHtmlEscaped(),
                                      e.signer.clinic.toHtmlEscaped()));
    } else {
        m_encounter->setText(tr("<i>none recorded</i>"));
    }
    m_view = v;
    m_print->setEnabled(true);
    m_pdf->setEnabled(true);
    m_card->setEnabled(true);
    m_loaded = true;
    Q_EMIT loaded();
}

Result<void> EmergencyPage::writePdf(const QString& path) const
{
    if (!m_loaded)
        return fail(tr("the emergency summary is not open"));
    return EmergencyDocument::writePdf(m_view, {m_records->userName(), m_records->clinicName(), QDateTime::currentDateTimeUtc()},
                                       path);
}

void EmergencyPage::saveAsPdf()
{
    if (!m_loaded)
        return;
    // A dialog object rather than the static helper: it does not block in a nested event
    // loop, and tests find it by its object name.
    askPdfPath(window(), QStringLiteral("emergencyPdfDialog"), tr("Save the emergency summary as PDF"),
               tr("emergency-summary.pdf"), this, [this](const QString& path) {
                   if (auto written = writePdf(path); !written)
                       QMessageBox::warning(this, tr("Save as PDF"), written.error());
               });
}

void EmergencyPage::print()
{
    if (!m_loaded)
        return;
    // The printer lives as long as the dialog's connection holds it.
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(tr("Emergency summary"));
    auto* dialog = new QPrintDialog(printer.get(), window());
    dialog->setObjectName(QStringLiteral("emergencyPrintDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, printer] {
        EmergencyDocument::render(m_view, {m_records->userName(), m_records->clinicName(), QDateTime::currentDateTimeUtc()},
                                  printer.get());
    });
    dialog->open();
}

} // namespace medilock::ui
