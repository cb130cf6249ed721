#pragma once

#include "ledger/Block.h"
#include "ledger/store/Statement.h"
#include "ledger/LedgerTypes.h"

#include "crypto/Result.h"

#include <map>
#include <memory>
#include <optional>

namespace medilock::ledger {

class Database;

struct ChainHead
{
    std::uint64_t height = 0;
    Hash hash{};
    std::uint64_t cumulativeEntryCount = 0;
};

// The SQL of blocks and entries: what is stored, chain heads, and equivocation proofs.
// Runs inside the caller's transactions; knows nothing of validation.
class BlockStore
{
public:
    explicit BlockStore(Database& db) : m_db(db) {}
    ~BlockStore();

    Result<bool> hasBlock(const Hash& hash);
    Result<bool> hasEntryId(const Id128& id);
    Result<std::optional<ChainHead>> blockAt(const PublicKeyBytes& origin, std::uint64_t height);
    Result<std::optional<ChainHead>> headOf(const PublicKeyBytes& origin);
    Result<std::map<PublicKeyBytes, ChainHead>> heads();
    Result<std::optional<ChainHead>> ownHead(const PublicKeyBytes& origin);
    Result<void> setOwnHead(const PublicKeyBytes& origin, const ChainHead& head);

    Result<void> insert(const Block& block);
    Result<std::optional<Block>> load(const PublicKeyBytes& origin, std::uint64_t height);
    Result<std::optional<Block>> load(const Hash& hash);

    Result<bool> isFrozen(const PublicKeyBytes& origin);
    // Keeps both signed headers of one origin at one height: the proof of an equivocation.
    Result<void> recordEquivocation(const Block& stored, const Block& conflicting, qint64 detectedAtMs);
    struct Equivocation
    {
        PublicKeyBytes origin{};
        std::uint64_t height = 0;
        QByteArray firstHeader, firstSignature, secondHeader, secondSignature;
        qint64 detectedAtMs = 0;
    };
    Result<std::vector<Equivocation>> equivocations();

private:
    Database& m_db;
    std::unique_ptr<Statement> m_hasEntryId; // on the hot path of every append
};

} // namespace medilock::ledger
