#pragma once

#include "LedgerTypes.h"

#include "crypto/Result.h"

#include <QString>

#include <functional>

namespace medilock::ledger {

class Database;

// Re-verifies everything stored, from the bytes: the database's own integrity, every block's
// hash, origin signature, link to its predecessor and entries root, every entry's leaf hash,
// signature, and its author's right to write it (replaying trust from scratch). Signatures
// are checked on every core. The first problem found is named: block and entry by hash.
class LedgerVerifier
{
public:
    struct Report
    {
        qint64 blocks = 0;
        qint64 entries = 0;
        QString firstProblem; // empty when everything verified
        bool ok() const { return firstProblem.isEmpty(); }
    };
    using Progress = std::function<void(qint64 entriesDone, qint64 entriesTotal)>;

    // A Result error means the database could not be read at all (damaged, wrong key): that
    // too is a failed verification, reported by the caller.
    static Result<Report> verifyAll(Database& db, const PublicKeyBytes& localClinicRoot, const Progress& progress = {});
};

} // namespace medilock::ledger
