#include "BreakGlassQuery.h"

#include "ChartQuery.h"
#include "SignerDirectory.h"

#include "ledger/store/Database.h"
#include "ledger/store/Statement.h"

namespace medilock::ledger {

Result<std::vector<BreakGlassRow>> BreakGlassQuery::forHomeClinic(Database& db, const PublicKeyBytes& clinicRoot, int limit)
{
    // With the break-glass accesses a restored node recorded and has not sealed yet (marked).
    auto stmt = db.prepare("SELECT a.entry_hash, a.kind, a.authored_ms, a.authored_lc, a.viewer, a.reason, a.patient_id, "
                           "p.name, 1 FROM access_log a JOIN patients p ON p.id = a.patient_id "
                           "WHERE a.kind = ?1 AND p.home_clinic = ?2 UNION ALL "
                           "SELECT u.hash, u.kind, u.authored_ms, u.authored_lc, u.author, u.reason, u.patient_id, "
                           "p.name, 0 FROM unsealed_entries u JOIN patients p ON p.id = u.patient_id "
                           "WHERE u.kind = ?1 AND p.home_clinic = ?2 "
                           "ORDER BY 3 DESC, 4 DESC, 1 LIMIT ?3;");
    if (!stmt)
        return std::move(stmt).takeError();
    stmt->bind(1, static_cast<qint64>(EntryKind::EmergencyAccess));
    stmt->bind(2, toBytes(clinicRoot));
    stmt->bind(3, static_cast<qint64>(limit));
    SignerDirectory signers(db);
    std::vector<BreakGlassRow> out;
    std::optional<Error> unreadable; // a review must not leave an access out silently
    auto rows = stmt->forEachRow([&](const Statement& r) {
        if (unreadable)
            return;
        auto access = ChartQuery::accessRow(r, signers);
        if (!access) {
            unreadable = std::move(access).takeError();
            return;
        }
        BreakGlassRow b{std::move(access).value(), {}, r.text(7)};
        b.access.sealed = r.integer(8) != 0;
        fromBytes(r.blob(6), b.patientId);
        out.push_back(std::move(b));
    });
    if (!rows)
        return std::move(rows).takeError();
    if (unreadable)
        return std::move(*unreadable);
    return out;
}

} // namespace medilock::ledger
