#pragma once

#include "QueryTypes.h"

#include "crypto/Result.h"

#include <map>

namespace medilock::ledger {

class Database;

// Resolves author keys to people and clinics for display, caching per query.
class SignerDirectory
{
public:
    explicit SignerDirectory(Database& db) : m_db(db) {}
    Result<Signer> signer(const QByteArray& key, const HlcTime& signedAt);

private:
    Database& m_db;
    struct Known
    {
        Signer signer;
        std::optional<HlcTime> revokedAt;
    };
    std::map<QByteArray, Known> m_cache;
};

} // namespace medilock::ledger
