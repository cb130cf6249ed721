#pragma once

#include "ledger/LedgerTypes.h"

#include "crypto/Result.h"

#include <QString>

#include <vector>

namespace medilock::ledger {
class Database;
}

namespace medilock::ledger::sync {

// Paired peers (`medilock-cli peer add`): where to dial and which certificate to expect.
struct ConfiguredPeer
{
    QString address; // HOST:PORT
    Hash tlsFingerprint{};
    qint64 addedAtMs = 0;
};

class PeerTable
{
public:
    static Result<std::vector<ConfiguredPeer>> list(Database& db);
    // Idempotent: pairing the same address and fingerprint again changes nothing.
    static Result<void> add(Database& db, const QString& address, const Hash& tlsFingerprint, qint64 nowMs);
    // HOST:PORT with a port in 1..65535 (0 too when `allowPortZero`: listen on any free
    // port); IPv6 hosts in brackets.
    static bool parseAddress(const QString& address, QString* host, quint16* port, bool allowPortZero = false);
};

} // namespace medilock::ledger::sync
