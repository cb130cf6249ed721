#include "AccessReportButton.h"

#include "AccessReportDocument.h"
#include "PdfSaveDialog.h"

#include "app/AsyncTask.h"
#include "app/ClinicalRecords.h"

#include <QMenu>
#include <QPrintDialog>
#include <QPrinter>

namespace medilock::ui {

AccessReportButton::AccessReportButton(std::shared_ptr<app::ClinicalRecords> records, QWidget* parent)
    : QPushButton(tr("Access &report"), parent)
    , m_records(std::move(records))
{
    setObjectName(QStringLiteral("accessReportButton"));
    setAccessibleName(tr("Access report: who opened this chart"));
    auto* menu = new QMenu(this);
    QAction* pdf = menu->addAction(tr("Save as &PDF…"), this, &AccessReportButton::saveAsPdf);
    pdf->setObjectName(QStringLiteral("accessReportPdfAction"));
    QAction* printAction = menu->addAction(tr("P&rint…"), this, &AccessReportButton::print);
    printAction->setObjectName(QStringLiteral("accessReportPrintAction"));
    setMenu(menu);
}

void AccessReportButton::writeReport(const std::function<Result<void>(const app::AccessReportView&)>& output)
{
    auto records = m_records;
    app::runThenCallback(this, [records, id = m_patientId] { return records->accessReport(id); },
                         [this, output](Result<app::AccessReportView> report) {
                             if (!report)
                                 return Q_EMIT failed(report.error());
                             if (auto done = output(*report); !done)
                                 return Q_EMIT failed(done.error());
                             Q_EMIT written(tr("Access report of %1 written (%n access(es)).", nullptr,
                                               static_cast<int>(report->access.size()))
                                                .arg(report->patient.name));
                         });
}

void AccessReportButton::saveAsPdf()
{
    if (m_patientId.isEmpty())
        return;
    askPdfPath(window(), QStringLiteral("accessReportPdfDialog"), tr("Save the access report as PDF"),
               tr("access-report.pdf"), this, [this](const QString& path) {
                   writeReport([path](const app::AccessReportView& report) { return AccessReportDocument::writePdf(report, path); });
               });
}

void AccessReportButton::print()
{
    if (m_patientId.isEmpty())
        return;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(tr("Access report"));
    auto* dialog = new QPrintDialog(printer.get(), window());
    dialog->setObjectName(QStringLiteral("accessReportPrintDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, printer] {
        writeReport([printer](const app::AccessReportView& report) -> Result<void> {
            AccessReportDocument::render(report, printer.get());
            return {};
        });
    });
    dialog->open();
}

} // namespace medilock::ui
