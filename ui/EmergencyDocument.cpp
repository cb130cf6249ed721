#include "EmergencyDocument.h"

#include "FhirCodeLabel.h"
#include "PdfFile.h"
#include "PatientBanner.h"
#include "PatientListModel.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextDocument>

namespace medilock::ui {

namespace {
QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString section(const QString& title, const QStringList& items, const QString& empty)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(title));
    if (items.isEmpty())
        return html + QStringLiteral("<p><i>%1</i></p>").arg(esc(empty));
    html += QStringLiteral("<ul>");
    for (const QString& item : items)
        html += QStringLiteral("<li>%1</li>").arg(esc(item));
    return html + QStringLiteral("</ul>");
}

QString problemText(const app::RecordView& r)
{
    return r.codeSystem.contains(QLatin1String("icd-10")) ? QStringLiteral("%1 (%2)").arg(r.display, r.code) : r.display;
}
} // namespace

QString EmergencyDocument::allergyLine(const app::RecordView& a)
{
    QString line = a.display;
    if (!a.criticality.isEmpty())
        line += tr(" — criticality: %1").arg(FhirCodeLabel::of(a.criticality));
    if (!a.reaction.isEmpty())
        line += tr(" — reaction: %1").arg(a.reaction);
    return line;
}

QString EmergencyDocument::html(const app::EmergencyView& v, const Footer& footer)
{
    const QLocale locale;
    const app::PatientView& p = v.patient;
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(esc(tr("EMERGENCY SUMMARY")));
    QStringList who{p.name};
    if (p.birthDate.isValid())
        who << tr("born %1 (%n year(s))", nullptr, p.ageOn(QDate::currentDate())).arg(locale.toString(p.birthDate, QLocale::ShortFormat));
    who << PatientListModel::sexText(p.sex);
    html += QStringLiteral("<h2>%1</h2>").arg(esc(who.join(QStringLiteral(" — "))));
    html += QStringLiteral("<p>%1</p>").arg(esc(tr("Patient id %1").arg(p.idText)));

    QStringList allergies;
    if (v.allergyStatus == app::AllergyStatus::Recorded) {
        for (const app::RecordView& a : v.allergies)
            allergies << allergyLine(a);
        html += section(tr("ALLERGIES"), allergies, QString());
    } else {
        html += QStringLiteral("<h3>%1</h3><p><b>%2</b></p>")
                    .arg(esc(tr("ALLERGIES")), esc(PatientBanner::allergyLine(v.allergyStatus, {}, v.noKnownAllergyRecord)));
    }
    html += QStringLiteral("<h3>%1</h3><p><b>%2</b></p>")
                .arg(esc(tr("Blood group")), esc(v.bloodGroup.isEmpty() ? tr("unknown — not recorded") : v.bloodGroup));
    QStringList problems, medications, devices, contacts;
    for (const auto& r : v.problems)
        problems << problemText(r);
    for (const auto& r : v.medications)
        medications << (r.valueText.isEmpty() ? r.display : tr("%1 — %2").arg(r.display, r.valueText));
    for (const auto& r : v.devices)
        devices << r.display;
    for (const auto& c : p.contacts) {
        QStringList parts;
        for (const QString& s : {c.name, c.relationship, c.phone})
            if (!s.trimmed().isEmpty())
                parts << s;
        contacts << parts.join(QStringLiteral(" · "));
    }
    html += section(tr("Active problems"), problems, tr("none recorded"));
    html += section(tr("Current medications"), medications, tr("none recorded"));
    html += section(tr("Implanted devices"), devices, tr("none recorded"));
    html += section(tr("Emergency contacts"), contacts, tr("none recorded"));
    QStringList encounter;
    if (v.lastEncounter) {
        const auto& e = *v.lastEncounter;
        const QDateTime when = e.effective.isValid() ? e.effective : e.authoredAt;
        encounter << tr("%1 — %2 (%3, %4)").arg(locale.toString(when.toLocalTime(), QLocale::ShortFormat), e.display,
                                                e.signer.name, e.signer.clinic);
    }
    html += section(tr("Last encounter"), encounter, tr("none recorded"));
    html += QStringLiteral("<hr><p><small>%1</small></p>")
                .arg(esc(tr("Printed by %1 at %2 on %3, from the signed records on this workstation. Check the live "
                            "record before acting on a paper copy.")
                             .arg(footer.printedBy, footer.clinic, locale.toString(footer.at.toLocalTime(), QLocale::LongFormat))));
    return html + QStringLiteral("</body></html>");
}

void EmergencyDocument::render(const app::EmergencyView& view, const Footer& footer, QPagedPaintDevice* device)
{
    QTextDocument document;
    document.setHtml(html(view, footer));
    document.print(device);
}

Result<void> EmergencyDocument::writePdf(const app::EmergencyView& view, const Footer& footer, const QString& path)
{
    return writeHtmlPdf(html(view, footer), tr("Emergency summary"), path);
}

} // namespace medilock::ui
