#pragma once

#include "ResourceSummary.h"

#include "ledger/Entry.h"

#include "crypto/Result.h"

#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace medilock::ledger {

class Database;
class TrustState;

// The readable summary an entry's payload gives (a patient's or a clinical resource's, or none
// for other kinds), parsed ahead of Projection::apply() on any thread.
struct EntrySummary
{
    std::optional<Result<PatientSummary>> patient;
    std::optional<Result<ResourceSummary>> resource;
};

// The readable state (DESIGN §3, "Projection"): patients and their search tokens, clinical
// records, supersessions (amendments, entered-in-error), duplicate links, the access log,
// clinics, nodes and users. Every rule is order-independent (latest-by-(authored-at, hash)
// wins, earliest revocation wins, rows keyed by entry hash), so the same set of entries
// gives the same tables in any arrival order; stateHash() proves it.
class Projection
{
public:
    explicit Projection(Database& db);
    ~Projection();

    // A pure function of the entry's bytes, safe on any thread.
    static EntrySummary summarize(const Entry& entry);
    // Parses the payloads of entries about to be applied, on every core; apply() then uses
    // the results instead of parsing on the writing thread.
    void prepare(std::span<const Entry> entries);
    // The same with summaries already parsed (BlockPrecheck), by position in `entries`.
    void prepare(std::span<const Entry> entries, std::vector<EntrySummary> summaries);
    // Applies one verified entry; runs inside the caller's transaction.
    Result<void> apply(const Entry& entry, const TrustState& trust);
    // Deterministic checks of a patient-kind payload, run during validation so that no node
    // stores what another would refuse.
    static Result<void> checkPayload(const Entry& entry);

    // SHA-256 over every projection table in primary-key order (docs/ledger-format.md).
    static Result<Hash> stateHash(Database& db);

private:
    struct Statements;
    struct Prepared;
    Database& m_db;
    std::unique_ptr<Statements> m_sql;
    std::unique_ptr<Prepared> m_prepared;
};

} // namespace medilock::ledger
