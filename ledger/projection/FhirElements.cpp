#include "FhirElements.h"

#include "FhirDateTime.h"

#include <QRegularExpression>

namespace medilock::ledger::fhir {

namespace {

QJsonArray codings(const QJsonObject& cc)
{
    return cc.value(QLatin1String("coding")).toArray();
}

QString trimmed(const QJsonValue& value)
{
    return value.toString().trimmed();
}

} // namespace

CodingRef primaryCoding(const QJsonObject& cc)
{
    for (const auto& c : codings(cc)) {
        const QJsonObject coding = c.toObject();
        const QString code = trimmed(coding.value(QLatin1String("code")));
        if (!code.isEmpty())
            return {code, trimmed(coding.value(QLatin1String("system")))};
    }
    return {};
}

QString conceptText(const QJsonObject& cc)
{
    if (QString text = trimmed(cc.value(QLatin1String("text"))); !text.isEmpty())
        return text;
    const QJsonArray list = codings(cc);
    for (const auto& c : list)
        if (QString display = trimmed(c.toObject().value(QLatin1String("display"))); !display.isEmpty())
            return display;
    for (const auto& c : list)
        if (QString code = trimmed(c.toObject().value(QLatin1String("code"))); !code.isEmpty())
            return code;
    return {};
}

QString firstConceptText(const QJsonValue& concepts)
{
    for (const auto& c : concepts.toArray())
        if (QString text = conceptText(c.toObject()); !text.isEmpty())
            return text;
    return {};
}

QString firstConceptCode(const QJsonValue& concepts)
{
    for (const auto& c : concepts.toArray())
        if (QString code = primaryCoding(c.toObject()).code; !code.isEmpty())
            return code.toLower();
    return {};
}

bool hasCode(const QJsonObject& cc, QLatin1String system, QLatin1String code)
{
    for (const auto& c : codings(cc)) {
        const QJsonObject coding = c.toObject();
        if (trimmed(coding.value(QLatin1String("code"))) != code)
            continue;
        if (system.isEmpty() || trimmed(coding.value(QLatin1String("system"))) == system)
            return true;
    }
    return false;
}

bool hasAnyCode(const QJsonObject& cc, std::initializer_list<QLatin1String> codes)
{
    for (const QLatin1String code : codes)
        if (hasCode(cc, QLatin1String(), code))
            return true;
    return false;
}

QString statusCode(const QJsonValue& cc)
{
    return primaryCoding(cc.toObject()).code.toLower();
}

QString shorten(const QString& text, qsizetype maxChars)
{
    if (text.size() <= maxChars)
        return text;
    return text.left(maxChars - 1).trimmed() + QChar(0x2026);
}

QString plainText(const QString& xhtml)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString text = xhtml;
    // Block elements end words; without a space "<p>NKA</p><p>2015</p>" would read "NKA2015".
    text.replace(tags, QStringLiteral(" "));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&apos;"), QLatin1String("'"));
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    text.replace(QLatin1String("&amp;"), QLatin1String("&")); // last: "&amp;lt;" means "&lt;"
    text.replace(spaces, QStringLiteral(" "));
    return text.trimmed();
}

QString narrativeText(const QJsonObject& resource)
{
    const QString div = resource.value(QLatin1String("text")).toObject().value(QLatin1String("div")).toString();
    return shorten(plainText(div));
}

QString numberText(double value)
{
    // Up to 12 significant digits: enough for any measured value, short of binary noise.
    return QString::number(value, 'g', 12);
}

QString quantityUnit(const QJsonObject& quantity)
{
    if (QString unit = trimmed(quantity.value(QLatin1String("unit"))); !unit.isEmpty())
        return unit;
    return trimmed(quantity.value(QLatin1String("code")));
}

QString quantityText(const QJsonObject& quantity)
{
    const QJsonValue value = quantity.value(QLatin1String("value"));
    if (!value.isDouble())
        return {};
    QString text = trimmed(quantity.value(QLatin1String("comparator"))) + numberText(value.toDouble());
    const QString unit = quantityUnit(quantity);
    if (!unit.isEmpty())
        text += QLatin1Char(' ') + unit;
    return text;
}

std::optional<QDateTime> firstDateTime(const QJsonObject& object, std::initializer_list<QLatin1String> keys)
{
    for (const QLatin1String key : keys) {
        const QJsonValue value = object.value(key);
        if (value.isString()) {
            if (const auto parsed = parseFhirDateTime(value.toString()))
                return parsed->utc;
        } else if (value.isObject()) {
            const QJsonObject period = value.toObject();
            for (const auto bound : {QLatin1String("start"), QLatin1String("end")})
                if (const auto parsed = parseFhirDateTime(period.value(bound).toString()))
                    return parsed->utc;
        }
    }
    return std::nullopt;
}

QJsonObject containedResource(const QJsonObject& container, const QString& localReference)
{
    if (!localReference.startsWith(QLatin1Char('#')) || localReference.size() < 2)
        return {};
    const QString id = localReference.mid(1);
    for (const auto& c : container.value(QLatin1String("contained")).toArray()) {
        QJsonObject resource = c.toObject();
        if (resource.value(QLatin1String("id")).toString() == id)
            return resource;
    }
    return {};
}

} // namespace medilock::ledger::fhir
