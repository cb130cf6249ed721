#include "NodeLookup.h"

#include "SessionImpl.h"

#include "ledger/store/Statement.h"

namespace medilock::app {

Result<KnownNode> lookupNode(Session& session, const QByteArray& nodeKey)
{
    auto stmt = session.impl().db.prepare("SELECT n.name, coalesce(c.name, '') FROM nodes n "
                                          "LEFT JOIN clinics c ON c.root = n.clinic_root WHERE n.key = ?;");
    if (!stmt)
        return std::move(stmt).takeError();
    stmt->bind(1, nodeKey);
    auto row = stmt->step();
    if (!row)
        return std::move(row).takeError();
    KnownNode out;
    if (*row) {
        out.known = true;
        out.name = stmt->text(0);
        out.clinic = stmt->text(1);
    }
    return out;
}

} // namespace medilock::app
