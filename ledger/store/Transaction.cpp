#include "Transaction.h"

#include "Database.h"

#include <sqlcipher/sqlite3.h>

namespace medilock::ledger {

Result<Transaction> Transaction::begin(Database& db)
{
    const bool nested = sqlite3_get_autocommit(db.handle()) == 0;
    if (auto r = db.exec(nested ? "SAVEPOINT part;" : "BEGIN IMMEDIATE;"); !r)
        return std::move(r).takeError();
    Transaction t(db);
    t.m_nested = nested;
    return t;
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(other.m_db)
    , m_open(other.m_open)
    , m_nested(other.m_nested)
{
    other.m_open = false;
}

Transaction::~Transaction()
{
    if (m_open)
        (void)m_db->exec(m_nested ? "ROLLBACK TO part; RELEASE part;" : "ROLLBACK;");
}

Result<void> Transaction::commit()
{
    Q_ASSERT(m_open);
    auto r = m_db->exec(m_nested ? "RELEASE part;" : "COMMIT;");
    if (r)
        m_open = false;
    return r;
}

} // namespace medilock::ledger
