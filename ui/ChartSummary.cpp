#include "ChartSummary.h"

#include <QLocale>
#include <QSet>

namespace medilock::ui {

using app::RecordType;

QString ChartSummary::consentLine(const app::ConsentState& consent)
{
    if (!consent.restricted)
        return QStringLiteral("<p id=\"consent\">%1</p>")
            .arg(tr("Consent: not restricted — every opening is recorded in the access log.").toHtmlEscaped());
    QString text = tr("Consent: restricted by the patient since %1 — others open this chart only by breaking the glass, "
                      "stating a reason; each such access is recorded and reviewed.")
                       .arg(QLocale().toString(consent.consentSince.toLocalTime().date(), QLocale::ShortFormat));
    if (!consent.consent.isEmpty())
        text += QLatin1Char(' ') + tr("(“%1”)").arg(consent.consent);
    if (consent.grantedUntil)
        text += QLatin1Char(' ')
            + tr("Your emergency access runs until %1.")
                  .arg(QLocale().toString(consent.grantedUntil->toLocalTime().time(), QLocale::ShortFormat));
    return QStringLiteral("<p id=\"consent\" style=\"color:#a40000\"><b>%1</b></p>").arg(text.toHtmlEscaped());
}

QString ChartSummary::html(const app::ChartView& chart)
{
    const auto list = [](const QString& title, const QStringList& items, const QString& empty) {
        QString html = QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped());
        if (items.isEmpty())
            return html + QStringLiteral("<p><i>%1</i></p>").arg(empty.toHtmlEscaped());
        html += QStringLiteral("<ul>");
        for (const QString& item : items)
            html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
        return html + QStringLiteral("</ul>");
    };
    static const QStringList inactive = {QStringLiteral("inactive"), QStringLiteral("resolved"), QStringLiteral("remission"),
                                         QStringLiteral("stopped"), QStringLiteral("completed"), QStringLiteral("entered-in-error"),
                                         QStringLiteral("refuted")};
    QStringList problems, medications, vitals, encounters;
    // A problem or drug recorded at many visits is listed once, at its latest mention.
    QSet<QString> seen;
    const auto once = [&seen](QStringList& into, const QString& item) {
        if (!seen.contains(item)) {
            seen.insert(item);
            into << item;
        }
    };
    const auto when = [](const app::RecordView& r) {
        return QLocale().toString((r.effective.isValid() ? r.effective : r.authoredAt).toLocalTime().date(), QLocale::ShortFormat);
    };
    for (auto it = chart.records.crbegin(); it != chart.records.crend(); ++it) {
        const app::RecordView& r = *it;
        if (r.superseded || inactive.contains(r.status))
            continue;
        if (r.type == RecordType::Condition)
            once(problems, r.codeSystem.contains(QLatin1String("icd-10")) ? tr("%1 (%2)").arg(r.display, r.code) : r.display);
        else if (r.type == RecordType::Medication)
            once(medications, r.display);
        else if (r.type == RecordType::Observation && vitals.size() < 6)
            vitals << tr("%1: %2 — %3").arg(r.display, r.valueText, when(r));
        else if (r.type == RecordType::Encounter && encounters.size() < 3)
            encounters << tr("%1 — %2, %3").arg(when(r), r.display, r.signer.name);
    }
    return consentLine(chart.consent) + list(tr("Active problems"), problems, tr("None recorded"))
        + list(tr("Current medications"), medications, tr("None recorded"))
        + list(tr("Latest observations"), vitals, tr("None recorded"))
        + list(tr("Recent encounters"), encounters, tr("None recorded"));
}

} // namespace medilock::ui
