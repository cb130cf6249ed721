#include "Transaction.h"

#include "Database.h"

namespace medilock::ledger {

Result<Transaction> Transaction::begin(Database& db)
{
    if (auto r = db.exec("BEGIN IMMEDIATE;"); !r)
        return std::move(r).takeError();
    return Transaction(db);
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(other.m_db)
    , m_open(other.m_open)
{
    other.m_open = false;
}

Transaction::~Transaction()
{
    if (m_open)
        (void)m_db->exec("ROLLBACK;");
}

Result<void> Transaction::commit()
{
    Q_ASSERT(m_open);
    auto r = m_db->exec("COMMIT;");
    if (r)
        m_open = false;
    return r;
}

} // namespace medilock::ledger
