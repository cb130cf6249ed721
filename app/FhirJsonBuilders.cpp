#include "FhirJsonBuilders.h"

#include "PatientId.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace medilock::app::fhirjson {

QJsonObject coding(const QString& system, const QString& code, const QString& display)
{
    QJsonObject o{{QStringLiteral("system"), system}, {QStringLiteral("code"), code}};
    if (!display.isEmpty())
        o.insert(QStringLiteral("display"), display);
    return o;
}

QJsonObject codeableConcept(const QString& system, const QString& code, const QString& display)
{
    return {{QStringLiteral("coding"), QJsonArray{coding(system, code, display)}}, {QStringLiteral("text"), display}};
}

QJsonObject textConcept(const QString& text)
{
    return {{QStringLiteral("text"), text}};
}

QJsonObject subject(const ledger::Id128& id)
{
    return {{QStringLiteral("reference"), QStringLiteral("Patient/") + patientIdText(id)}};
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}


QJsonObject quantity(double value, const QString& unit, const QString& ucum)
{
    return {{QStringLiteral("value"), value}, {QStringLiteral("unit"), unit}, {QStringLiteral("system"), kUcum},
            {QStringLiteral("code"), ucum}};
}

QJsonObject vitalSign(const ledger::Id128& patient, const QString& loinc, const QString& display)
{
    return {{QStringLiteral("resourceType"), QStringLiteral("Observation")},
            {QStringLiteral("status"), QStringLiteral("final")},
            {QStringLiteral("category"),
             QJsonArray{codeableConcept(QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category"),
                                QStringLiteral("vital-signs"), QStringLiteral("Vital Signs"))}},
            {QStringLiteral("code"), codeableConcept(kLoinc, loinc, display)},
            {QStringLiteral("subject"), subject(patient)},
            {QStringLiteral("effectiveDateTime"), nowText()}};
}

} // namespace medilock::app::fhirjson
