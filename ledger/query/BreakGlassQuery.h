#pragma once

#include "QueryTypes.h"

#include "crypto/Result.h"

#include <vector>

namespace medilock::ledger {

class Database;

// A break-glass access (emergency access entry) to a patient, with who the patient is.
struct BreakGlassRow
{
    AccessRow access;
    Id128 patientId{};
    QString patientName;
};

// DESIGN §6: break-glass accesses are flagged to the patient's home clinic for review.
class BreakGlassQuery
{
public:
    // Break-glass accesses to patients whose home clinic is `clinicRoot`, newest first, at
    // most `limit` of them.
    static Result<std::vector<BreakGlassRow>> forHomeClinic(Database& db, const PublicKeyBytes& clinicRoot, int limit);
};

} // namespace medilock::ledger
