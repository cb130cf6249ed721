#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <initializer_list>
#include <optional>

// Readers for FHIR R4 data types as they appear in JSON, shared by the summaries. They never
// fail: a missing or ill-typed element reads as empty.
namespace medilock::ledger::fhir {

struct CodingRef
{
    QString code;
    QString system;
};

// The first coding that carries a code (codes identify; displays vary between senders).
CodingRef primaryCoding(const QJsonObject& cc);
// What a person should read: CodeableConcept.text, then a coding's display, then its code.
QString conceptText(const QJsonObject& cc);
// conceptText() of the first element of an array of CodeableConcepts.
QString firstConceptText(const QJsonValue& concepts);
// The code of the first coding of the first element, lower-cased ("vital-signs").
QString firstConceptCode(const QJsonValue& concepts);
bool hasCode(const QJsonObject& cc, QLatin1String system, QLatin1String code); // empty system: any
bool hasAnyCode(const QJsonObject& cc, std::initializer_list<QLatin1String> codes);

// Status code of a CodeableConcept such as clinicalStatus, lower-cased.
QString statusCode(const QJsonValue& cc);

// The narrative (text.div) as plain text: tags dropped, common entities decoded,
// whitespace collapsed, shortened for a table cell.
QString narrativeText(const QJsonObject& resource);
QString plainText(const QString& xhtml);
QString shorten(const QString& text, qsizetype maxChars = 200);

// "120 mmHg": value and unit (or UCUM code) of a Quantity.
QString quantityText(const QJsonObject& quantity);
QString numberText(double value);
QString quantityUnit(const QJsonObject& quantity);

// The first of `keys` that holds a parsable FHIR dateTime; a key naming a Period reads its
// start (or its end when there is no start).
std::optional<QDateTime> firstDateTime(const QJsonObject& object, std::initializer_list<QLatin1String> keys);

// The contained resource that a local reference ("#id") names.
QJsonObject containedResource(const QJsonObject& container, const QString& localReference);

} // namespace medilock::ledger::fhir
