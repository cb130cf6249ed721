#include "FhirValidation.h"

#include "ledger/projection/FhirDateTime.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace medilock::app::fhir {

namespace {

enum class Temporal { None, Date, DateTime, Instant };

// Which elements hold a date, dateTime or instant, by name: R4 names them consistently
// (birthDate, recordedDate, effectiveDateTime, valueInstant, period start/end, ...).
Temporal temporalKind(const QString& key)
{
    if (key == QLatin1String("birthDate"))
        return Temporal::Date;
    if (key.endsWith(QLatin1String("Instant")) || key == QLatin1String("issued") || key == QLatin1String("lastUpdated")
        || key == QLatin1String("timestamp"))
        return Temporal::Instant;
    // "*Date" elements are date or dateTime depending on the resource; dateTime covers both.
    if (key.endsWith(QLatin1String("DateTime")) || key.endsWith(QLatin1String("Date")))
        return Temporal::DateTime;
    static const char* const kNames[] = {"date", "start", "end", "created", "authoredOn", "authored", "recorded",
        "recordedOn", "dateAsserted", "dateWritten", "whenHandedOver", "whenPrepared", "lastOccurrence"};
    for (const char* name : kNames)
        if (key == QLatin1String(name))
            return Temporal::DateTime;
    return Temporal::None;
}

bool isValidTemporal(Temporal kind, const QString& text)
{
    switch (kind) {
    case Temporal::Date:
        return ledger::fhir::isFhirDate(text);
    case Temporal::DateTime:
        return ledger::fhir::isFhirDateTime(text);
    case Temporal::Instant:
        return ledger::fhir::isFhirInstant(text);
    case Temporal::None:
        break;
    }
    return true;
}

// RFC 4648 base64 with padding; whitespace between groups is tolerated, as in FHIR's
// base64Binary. Checked by hand so that nothing is decoded just to be thrown away.
bool isStrictBase64(const QString& text)
{
    qsizetype count = 0;
    qsizetype padding = 0;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c == u' ' || c == u'\n' || c == u'\r' || c == u'\t')
            continue;
        if (c == u'=') {
            ++padding;
        } else {
            const bool alphabet = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')
                || c == u'+' || c == u'/';
            if (!alphabet || padding > 0) // nothing may follow padding
                return false;
        }
        ++count;
    }
    return count % 4 == 0 && padding <= 2;
}

QString quoted(const QString& value)
{
    return value.size() > 40 ? value.left(40) + QStringLiteral("...") : value;
}

QString join(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

class Validator
{
public:
    explicit Validator(QString place)
        : m_place(std::move(place))
    {
    }

    Result<void> resource(const QJsonObject& r, const QString& path)
    {
        const QJsonValue type = r.value(QLatin1String("resourceType"));
        if (!type.isString())
            return error(QCoreApplication::translate("FhirImportPlan", "%1 has no resourceType")
                             .arg(path.isEmpty() ? QStringLiteral("the resource") : path));
        if (!looksLikeResourceType(type.toString()))
            return error(
                QCoreApplication::translate("FhirImportPlan", "%1resourceType '%2' is not a FHIR resource type")
                    .arg(path.isEmpty() ? QString() : path + QLatin1Char('.'), quoted(type.toString())));
        const QJsonValue id = r.value(QLatin1String("id"));
        if (!id.isUndefined() && !isValidId(id))
            return error(QCoreApplication::translate("FhirImportPlan", "%1 '%2' is not a valid resource id")
                             .arg(join(path, QStringLiteral("id")), quoted(id.toString())));
        return object(r, path);
    }

private:
    static bool isValidId(const QJsonValue& id)
    {
        const QString text = id.toString();
        if (!id.isString() || text.isEmpty() || text.size() > 64)
            return false;
        for (const QChar ch : text) {
            const char16_t c = ch.unicode();
            if (!((c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'
                    || c == u'.'))
                return false;
        }
        return true;
    }

    Result<void> error(const QString& detail) const { return fail(m_place + QLatin1String(": ") + detail); }

    Result<void> object(const QJsonObject& o, const QString& path)
    {
        // SampledData.data is a list of decimals, not base64; it is the one "data" that carries "origin".
        const bool sampledData = o.contains(QLatin1String("origin"));
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const QString key = it.key();
            const QString here = join(path, key);
            const QJsonValue value = it.value();
            if (value.isString()) {
                const Temporal kind = temporalKind(key);
                if (kind != Temporal::None && !isValidTemporal(kind, value.toString()))
                    return error(QCoreApplication::translate("FhirImportPlan", "%1 '%2' is not a valid date")
                                     .arg(here, quoted(value.toString())));
                const bool base64
                    = (key == QLatin1String("data") && !sampledData) || key == QLatin1String("valueBase64Binary");
                if (base64 && !isStrictBase64(value.toString()))
                    return error(QCoreApplication::translate("FhirImportPlan", "%1 is not valid base64").arg(here));
            } else if (key == QLatin1String("contained")) {
                if (!value.isArray())
                    return error(QCoreApplication::translate("FhirImportPlan", "%1 is not a list").arg(here));
                const QJsonArray contained = value.toArray();
                for (qsizetype i = 0; i < contained.size(); ++i) {
                    const QString at = here + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
                    if (!contained.at(i).isObject())
                        return error(QCoreApplication::translate("FhirImportPlan", "%1 is not a resource").arg(at));
                    if (auto r = resource(contained.at(i).toObject(), at); !r)
                        return r;
                }
            } else if (auto r = nested(value, here); !r) {
                return r;
            }
        }
        return {};
    }

    Result<void> nested(const QJsonValue& value, const QString& path)
    {
        if (value.isObject())
            return object(value.toObject(), path);
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString at = path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
                const QJsonValue item = array.at(i);
                if (item.isString()) {
                    // Repeating primitives are rare among dates; still check them by their element name.
                    const Temporal kind = temporalKind(path.section(QLatin1Char('.'), -1));
                    if (kind != Temporal::None && !isValidTemporal(kind, item.toString()))
                        return error(QCoreApplication::translate("FhirImportPlan", "%1 '%2' is not a valid date")
                                         .arg(at, quoted(item.toString())));
                } else if (auto r = nested(item, at); !r) {
                    return r;
                }
            }
        }
        return {};
    }

    QString m_place;
};

} // namespace

bool looksLikeResourceType(const QString& type)
{
    if (type.size() < 2 || type.size() > 64 || !(type.front() >= u'A' && type.front() <= u'Z'))
        return false;
    for (const QChar ch : type)
        if (!((ch >= u'A' && ch <= u'Z') || (ch >= u'a' && ch <= u'z')))
            return false;
    return true;
}

Result<void> validateResource(const QJsonObject& resource, const QString& place)
{
    return Validator(place).resource(resource, QString());
}

} // namespace medilock::app::fhir
