#pragma once

#include "ledger/Entry.h"

#include "crypto/Result.h"

#include <memory>
#include <span>

namespace medilock::ledger {

class Database;
class TrustState;

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

    // Parses the payloads of entries about to be applied, on every core; apply() then uses
    // the results instead of parsing on the writing thread.
    void prepare(std::span<const Entry> entries);
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
