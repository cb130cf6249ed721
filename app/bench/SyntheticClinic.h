#pragma once

#include "ledger/EntryDraft.h"

#include <QByteArray>

#include <random>
#include <vector>

namespace medilock::app {

// Realistic synthetic FHIR records for benchmarks: patients with varied (accented) names,
// birth dates, phones and identifiers, and a mix of vitals, blood pressure panels,
// conditions, allergies, medications and encounters. Deterministic for a given seed.
class SyntheticClinic
{
public:
    explicit SyntheticClinic(std::uint64_t seed = 20261124);

    struct Patient
    {
        ledger::Id128 id{};
        QString family, given;
        QString birthDate; // yyyy-MM-dd
        QString phone;
    };
    // A registration draft for a new patient (remembered for later records and queries).
    ledger::EntryDraft registerPatient();
    // One clinical record draft for the given patient.
    ledger::EntryDraft record(const Patient& patient);

    const std::vector<Patient>& patients() const { return m_patients; }
    std::mt19937_64& random() { return m_random; }

private:
    QByteArray observation(const Patient& p);
    QByteArray condition(const Patient& p);
    QByteArray allergy(const Patient& p);
    QByteArray medication(const Patient& p);
    QByteArray encounter(const Patient& p);
    QString pick(const char* const* list, std::size_t size);
    QString when();

    std::mt19937_64 m_random;
    std::vector<Patient> m_patients;
    std::uint64_t m_counter = 0;
};

} // namespace medilock::app
