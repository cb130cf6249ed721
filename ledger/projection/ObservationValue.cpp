#include "ObservationValue.h"

#include "FhirElements.h"

#include <QJsonArray>

namespace medilock::ledger::fhir {

namespace {

const QLatin1String kLoinc("http://loinc.org");

QJsonObject obj(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toObject();
}

QString joinRange(const QString& low, const QString& high, const QString& separator)
{
    if (low.isEmpty())
        return high.isEmpty() ? QString() : separator.trimmed() + QLatin1Char(' ') + high;
    return high.isEmpty() ? low : low + separator + high;
}

// value[x] of an Observation or of one of its components.
ObservationValue readValue(const QJsonObject& holder)
{
    ObservationValue out;
    if (holder.contains(QLatin1String("valueQuantity"))) {
        const QJsonObject q = obj(holder, "valueQuantity");
        if (q.value(QLatin1String("value")).isDouble())
            out.value = q.value(QLatin1String("value")).toDouble();
        out.unit = quantityUnit(q);
        out.text = quantityText(q);
    } else if (holder.contains(QLatin1String("valueCodeableConcept"))) {
        out.text = conceptText(obj(holder, "valueCodeableConcept"));
    } else if (holder.contains(QLatin1String("valueString"))) {
        out.text = shorten(holder.value(QLatin1String("valueString")).toString().trimmed());
    } else if (holder.contains(QLatin1String("valueBoolean"))) {
        // Not translated: the projection stores it, and must be the same on every node.
        out.text
            = holder.value(QLatin1String("valueBoolean")).toBool() ? QStringLiteral("true") : QStringLiteral("false");
    } else if (holder.value(QLatin1String("valueInteger")).isDouble()) {
        out.value = holder.value(QLatin1String("valueInteger")).toDouble();
        out.text = numberText(*out.value);
    } else if (holder.contains(QLatin1String("valueRange"))) {
        const QJsonObject range = obj(holder, "valueRange");
        out.text = joinRange(quantityText(obj(range, "low")), quantityText(obj(range, "high")), QStringLiteral(" - "));
    } else if (holder.contains(QLatin1String("valueRatio"))) {
        const QJsonObject ratio = obj(holder, "valueRatio");
        out.text = joinRange(
            quantityText(obj(ratio, "numerator")), quantityText(obj(ratio, "denominator")), QStringLiteral(" / "));
    } else if (holder.contains(QLatin1String("valuePeriod"))) {
        const QJsonObject period = obj(holder, "valuePeriod");
        out.text = joinRange(period.value(QLatin1String("start")).toString(),
            period.value(QLatin1String("end")).toString(), QStringLiteral(" - "));
    } else {
        for (const char* key : {"valueDateTime", "valueTime"})
            if (holder.value(QLatin1String(key)).isString())
                out.text = holder.value(QLatin1String(key)).toString();
    }
    return out;
}

// "120/80 mmHg" from LOINC 8480-6 (systolic) and 8462-4 (diastolic) components.
QString bloodPressureText(const QJsonArray& components)
{
    ObservationValue systolic;
    ObservationValue diastolic;
    for (const auto& c : components) {
        const QJsonObject component = c.toObject();
        const QJsonObject code = obj(component, "code");
        if (hasCode(code, kLoinc, QLatin1String("8480-6")))
            systolic = readValue(component);
        else if (hasCode(code, kLoinc, QLatin1String("8462-4")))
            diastolic = readValue(component);
    }
    if (!systolic.value || !diastolic.value)
        return {};
    QString text = numberText(*systolic.value);
    if (systolic.unit != diastolic.unit && !systolic.unit.isEmpty())
        text += QLatin1Char(' ') + systolic.unit;
    text += QLatin1Char('/') + numberText(*diastolic.value);
    if (!diastolic.unit.isEmpty())
        text += QLatin1Char(' ') + diastolic.unit;
    return text;
}

QString componentsText(const QJsonArray& components)
{
    QStringList parts;
    for (const auto& c : components) {
        const QJsonObject component = c.toObject();
        QString value = readValue(component).text;
        if (value.isEmpty())
            value = conceptText(obj(component, "dataAbsentReason"));
        if (value.isEmpty())
            continue;
        const QString label = conceptText(obj(component, "code"));
        parts << (label.isEmpty() ? value : label + QLatin1String(": ") + value);
    }
    return shorten(parts.join(QLatin1String("; ")));
}

} // namespace

ObservationValue observationValue(const QJsonObject& observation)
{
    ObservationValue out = readValue(observation);
    if (!out.text.isEmpty() || out.value)
        return out;
    const QJsonArray components = observation.value(QLatin1String("component")).toArray();
    if (QString bp = bloodPressureText(components); !bp.isEmpty()) {
        out.text = bp;
        for (const auto& c : components)
            if (hasCode(obj(c.toObject(), "code"), kLoinc, QLatin1String("8480-6")))
                out.unit = readValue(c.toObject()).unit;
        return out;
    }
    out.text = componentsText(components);
    if (out.text.isEmpty())
        out.text = conceptText(obj(observation, "dataAbsentReason"));
    return out;
}

} // namespace medilock::ledger::fhir
