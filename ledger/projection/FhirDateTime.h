#pragma once

#include <QDateTime>
#include <QStringView>

#include <optional>

namespace medilock::ledger::fhir {

// How much of a FHIR date/dateTime/instant was given ("2015", "2015-03", "2015-03-02",
// "2015-03-02T10:00:00+01:00").
enum class DatePrecision { Year, Month, Day, Time };

struct FhirDateTime
{
    // The start of the period the text names, in UTC. A date without a time is read as
    // midnight UTC, never local time: the projection must fold to the same bytes everywhere.
    QDateTime utc;
    DatePrecision precision = DatePrecision::Year;
};

// Parses the FHIR R4 lexical forms of date, dateTime and instant (a time needs seconds and
// a zone; day-of-month is checked against the calendar, so 2021-02-30 is refused).
std::optional<FhirDateTime> parseFhirDateTime(QStringView text);

bool isFhirDate(QStringView text); // YYYY, YYYY-MM, YYYY-MM-DD
bool isFhirDateTime(QStringView text); // a date, or a full date with time and zone
bool isFhirInstant(QStringView text); // a full date with time and zone

} // namespace medilock::ledger::fhir
