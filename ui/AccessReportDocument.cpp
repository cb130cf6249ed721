#include "AccessReportDocument.h"

#include "PdfFile.h"
#include "RecordListModel.h"

#include <QLocale>
#include <QTextDocument>

namespace medilock::ui {

QString AccessReportDocument::purposeText(const app::AccessView& a)
{
    const QString what = actionText(a);
    if (a.sealed)
        return what;
    return tr("%1 (not sealed yet: this node waits for its own chain after a restore)").arg(what);
}

QString AccessReportDocument::actionText(const app::AccessView& a)
{
    if (a.breakGlass)
        return tr("BREAK-GLASS: %1").arg(a.reason);
    if (a.reason == QLatin1String("chart"))
        return tr("opened the chart");
    if (a.reason == QLatin1String("emergency"))
        return tr("opened the emergency summary");
    if (a.reason == QLatin1String("export"))
        return tr("exported the record");
    if (a.reason == QLatin1String("card"))
        return tr("issued an emergency card");
    if (a.reason == QLatin1String("report"))
        return tr("wrote an access report");
    return a.reason;
}

QString AccessReportDocument::html(const app::AccessReportView& r)
{
    const QLocale locale;
    const auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Who opened this record")));
    html += QStringLiteral("<h2>%1</h2>").arg(esc(r.patient.name));
    QStringList facts;
    if (r.patient.birthDate.isValid())
        facts << tr("born %1").arg(locale.toString(r.patient.birthDate, QLocale::ShortFormat));
    facts << tr("patient id %1").arg(r.patient.idText);
    html += QStringLiteral("<p>%1</p>").arg(esc(facts.join(QStringLiteral(" — "))));
    int breakGlass = 0;
    for (const app::AccessView& a : r.access)
        breakGlass += a.breakGlass ? 1 : 0;
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("%n access(es), newest first; break-glass accesses in bold.", nullptr, static_cast<int>(r.access.size()))
                         + QLatin1Char(' ') + tr("Break-glass: %1.").arg(locale.toString(breakGlass))));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr><th>%1</th><th>%2</th>"
                           "<th>%3</th><th>%4</th></tr>")
                .arg(esc(tr("When")), esc(tr("Who")), esc(tr("Clinic")), esc(tr("What")));
    for (const app::AccessView& a : r.access) {
        QStringList cells{locale.toString(a.at.toLocalTime(), QLocale::ShortFormat),
                          tr("%1 (%2)").arg(a.viewer.name, RecordListModel::roleText(a.viewer.role)), a.viewer.clinic,
                          purposeText(a)};
        html += QStringLiteral("<tr>");
        for (const QString& cell : cells)
            html += a.breakGlass ? QStringLiteral("<td><b>%1</b></td>").arg(esc(cell)) : QStringLiteral("<td>%1</td>").arg(esc(cell));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<hr><p><small>%1</small></p>")
                .arg(esc(tr("Written by %1 at %2 on %3 from the signed ledger of this node; writing it is itself recorded "
                            "as an access. Accesses at other clinics appear once their nodes have synced.")
                             .arg(r.writtenBy, r.clinic, locale.toString(r.writtenAt.toLocalTime(), QLocale::LongFormat))));
    return html + QStringLiteral("</body></html>");
}

void AccessReportDocument::render(const app::AccessReportView& report, QPagedPaintDevice* device)
{
    QTextDocument document;
    document.setHtml(html(report));
    document.print(device);
}

Result<void> AccessReportDocument::writePdf(const app::AccessReportView& report, const QString& path)
{
    return writeHtmlPdf(html(report), tr("Access report"), path);
}

} // namespace medilock::ui
