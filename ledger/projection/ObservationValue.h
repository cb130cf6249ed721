#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace medilock::ledger::fhir {

// What an Observation states, in one line: its value[x], else its components (blood pressure
// as "120/80 mmHg"), else why the value is absent.
struct ObservationValue
{
    std::optional<double> value; // only for a single numeric value
    QString unit;
    QString text;
};

ObservationValue observationValue(const QJsonObject& observation);

} // namespace medilock::ledger::fhir
