#pragma once

#include "ClinicalRecords.h"

#include "ledger/LedgerTypes.h"

#include <QJsonObject>

namespace medilock::app {

// The FHIR R4 Patient resource of a registration, and of a demographics update.
class PatientResource
{
public:
    // Family and given names, and a birth date not in the future.
    static Result<void> validate(const ClinicalRecords::NewPatient& p);
    // A new registration's Patient.
    static QJsonObject build(const ledger::Id128& id, const ClinicalRecords::NewPatient& p);
    // `current` with what the form changed from `before` (the projection's reading of it):
    // names, sex, birth date, first phone, the MediLock identifier, address, blood group, first
    // emergency contact. Unchanged fields stay as they were; replaced names, phones and
    // addresses stay too, marked `use: old`, and so does everything the form does not show.
    static QJsonObject updated(QJsonObject current, const PatientView& before, const ClinicalRecords::NewPatient& p);
};

} // namespace medilock::app
