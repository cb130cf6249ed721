#pragma once

#include "crypto/Result.h"

namespace medilock::ledger {

class Database;

// BEGIN IMMEDIATE on construction; rolls back on destruction unless commit() succeeded.
// Begun while the connection is already in a transaction (a batch of accepted blocks,
// Ledger::beginAcceptBatch), it is a savepoint of that transaction instead: commit()
// releases it into the outer transaction and a rollback undoes this part alone.
class Transaction
{
public:
    static Result<Transaction> begin(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;

    Result<void> commit();

private:
    explicit Transaction(Database& db) : m_db(&db) {}
    Database* m_db;
    bool m_open = true;
    bool m_nested = false;
};

} // namespace medilock::ledger
