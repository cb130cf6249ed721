#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace medilock::ledger {

// Entry kinds, as encoded (u16) on the ledger. Values are a wire contract: never renumber.
enum class EntryKind : std::uint16_t {
    // Administrative: signed by a clinic root (docs/ledger-format.md, "Payloads").
    ClinicFounded = 1,
    NodeCertified = 2,
    UserEnrolled = 3,
    UserRevoked = 4,
    ClinicTrusted = 5,
    ClinicUntrusted = 6,
    // Registration.
    PatientRegistered = 16,
    DemographicsUpdated = 17,
    PatientsLinked = 18,
    // Clinical: one FHIR R4 resource each.
    Encounter = 32,
    Note = 33,
    Condition = 34,
    Allergy = 35,
    Medication = 36,
    Observation = 37,
    Immunization = 38,
    Document = 39,
    ConsentDirective = 40,
    Procedure = 41,
    OtherResource = 47,
    // Access.
    ChartViewed = 48,
    EmergencyAccess = 49,
    // Corrections.
    Amendment = 64,
};

std::optional<EntryKind> entryKindFromCode(std::uint16_t code);
QString entryKindName(EntryKind kind); // stable identifier, e.g. "allergy"
bool isAdministrative(EntryKind kind);
bool isPatientKind(EntryKind kind); // carries a non-zero patient id

} // namespace medilock::ledger
