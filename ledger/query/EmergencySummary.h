#pragma once

#include "ChartQuery.h"

namespace medilock::ledger {

// The one-screen summary for an emergency (DESIGN §6), from current records only (nothing
// superseded or entered in error): allergies, active problems, current medications, blood
// group, implanted devices, emergency contacts and the last encounter.
struct EmergencySummary
{
    enum class AllergyStatus { Recorded, NoneKnown, Unknown };

    PatientRow patient;
    AllergyStatus allergyStatus = AllergyStatus::Unknown;
    std::optional<RecordRow> noKnownAllergyRecord; // who confirmed "no known allergies", when
    std::vector<RecordRow> allergies;
    std::vector<RecordRow> problems;
    std::vector<RecordRow> medications;
    std::vector<RecordRow> devices;
    std::optional<RecordRow> lastEncounter;
    QString bloodGroup;

    static EmergencySummary fromChart(const ChartData& chart);
    static QString allergyStatusId(AllergyStatus status); // recorded | none-known | unknown
};

} // namespace medilock::ledger
