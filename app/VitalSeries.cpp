#include "VitalSeries.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace medilock::app {

namespace {
bool isLoinc(const QString& system)
{
    return system.contains(QLatin1String("loinc.org"));
}

bool isBloodPressurePanel(const QString& code)
{
    return code == QLatin1String("85354-9") || code == QLatin1String("55284-4");
}

// "120/80 mmHg" as the projection writes a panel's value: systolic, diastolic, unit.
bool parseBloodPressure(const QString& text, double& systolic, double& diastolic, QString& unit)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)[^/\\d]*/\\s*(\\d+(?:\\.\\d+)?)\\s*(.*)$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return false;
    systolic = m.captured(1).toDouble();
    diastolic = m.captured(2).toDouble();
    unit = m.captured(3).trimmed();
    return true;
}
} // namespace

QList<VitalSeries> vitalSeries(const QList<RecordView>& records)
{
    QMap<QString, VitalSeries> byCode;
    const auto add = [&](const QString& code, const QString& label, const QString& unit, const QDateTime& at, double value) {
        VitalSeries& s = byCode[code];
        if (s.loinc.isEmpty()) {
            s.loinc = code;
            s.label = label;
            s.unit = unit;
        }
        s.points.append(VitalPoint{at, value});
    };
    for (const RecordView& r : records) {
        if (r.type != RecordType::Observation || r.superseded || r.status == QLatin1String("entered-in-error")
            || !isLoinc(r.codeSystem) || r.code.isEmpty())
            continue;
        const QDateTime at = (r.effective.isValid() ? r.effective : r.authoredAt).toUTC();
        if (r.value) {
            add(r.code, r.display.isEmpty() ? r.code : r.display, r.unit, at, *r.value);
        } else if (isBloodPressurePanel(r.code)) {
            double systolic = 0, diastolic = 0;
            QString unit;
            if (!parseBloodPressure(r.valueText, systolic, diastolic, unit))
                continue;
            add(QStringLiteral("8480-6"), QCoreApplication::translate("VitalSeries", "Systolic blood pressure"), unit, at,
                systolic);
            add(QStringLiteral("8462-4"), QCoreApplication::translate("VitalSeries", "Diastolic blood pressure"), unit, at,
                diastolic);
        }
    }
    QList<VitalSeries> out = byCode.values();
    for (VitalSeries& s : out)
        std::stable_sort(s.points.begin(), s.points.end(), [](const VitalPoint& a, const VitalPoint& b) { return a.at < b.at; });
    std::sort(out.begin(), out.end(), [](const VitalSeries& a, const VitalSeries& b) {
        return a.label.localeAwareCompare(b.label) < 0;
    });
    return out;
}

} // namespace medilock::app
