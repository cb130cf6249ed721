#pragma once

#include "QueryTypes.h"

#include "crypto/Result.h"

#include <vector>

namespace medilock::ledger {

class Database;
class SignerDirectory;
class Statement;

// One patient's chart from the projection: demographics, every clinical record with its
// signer and supersession, and who accessed the chart. Records come oldest first.
struct ChartData
{
    PatientRow patient;
    std::vector<RecordRow> records;
    std::vector<AccessRow> access;
    std::vector<Id128> linkedPatients; // registrations linked as the same person
};

class ChartQuery
{
public:
    static Result<std::optional<ChartData>> load(Database& db, const Id128& patientId);
    // Records of the patient and of every registration linked to it.
    static Result<std::vector<RecordRow>> records(Database& db, const std::vector<Id128>& patientIds);
    static Result<std::vector<AccessRow>> access(Database& db, const Id128& patientId);
    // One access_log row whose first columns are entry_hash, kind, authored_ms, authored_lc,
    // viewer, reason.
    static Result<AccessRow> accessRow(const Statement& stmt, SignerDirectory& signers);
    static Result<std::vector<Id128>> linked(Database& db, const Id128& patientId);
};

} // namespace medilock::ledger
