#pragma once

#include "QueryTypes.h"

#include "crypto/Result.h"

#include <vector>

namespace medilock::ledger {

class Database;

// Patients matching every word of `text`: name words in any order (accents and case
// ignored, prefixes and sound-alikes), birth dates (2001-04-07, 07.04.2001, 07/04/2001),
// phone digits and identifiers. Ordinary indexes only (no FTS).
class PatientSearch
{
public:
    static Result<std::vector<PatientRow>> search(Database& db, const QString& text, int limit = 50);
    // Tokens a word may match and still be gathered as a set; a broader word (a letter or
    // two) is probed per candidate instead. Tests lower it to reach every path.
    static constexpr qint64 kGatherCap = 20000;
    static Result<std::vector<PatientRow>> search(Database& db, const QString& text, int limit, qint64 gatherCap);
    static Result<std::optional<PatientRow>> patient(Database& db, const Id128& id);
};

} // namespace medilock::ledger
