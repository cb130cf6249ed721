#pragma once

// Small builders of FHIR R4 JSON for the records the application signs.

#include "ledger/LedgerTypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace medilock::app::fhirjson {

inline const QString kLoinc = QStringLiteral("http://loinc.org");
inline const QString kUcum = QStringLiteral("http://unitsofmeasure.org");

QJsonObject coding(const QString& system, const QString& code, const QString& display);
QJsonObject codeableConcept(const QString& system, const QString& code, const QString& display);
QJsonObject textConcept(const QString& text);
QJsonObject subject(const ledger::Id128& id);
QString nowText();
QByteArray compact(const QJsonObject& o);
QJsonObject quantity(double value, const QString& unit, const QString& ucum);
QJsonObject vitalSign(const ledger::Id128& patient, const QString& loinc, const QString& display);

} // namespace medilock::app::fhirjson
