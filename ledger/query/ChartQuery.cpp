#include "ChartQuery.h"

#include "PatientSearch.h"
#include "SignerDirectory.h"

#include "ledger/store/Database.h"
#include "ledger/store/Statement.h"

#include <algorithm>
#include <map>
#include <set>

namespace medilock::ledger {

Result<std::vector<Id128>> ChartQuery::linked(Database& db, const Id128& patientId)
{
    // The current state of each pair is its latest link entry; follow links transitively.
    auto stmt = db.prepare("SELECT patient_a, patient_b, linked FROM patient_links l WHERE NOT EXISTS ("
                           "SELECT 1 FROM patient_links m WHERE ((m.patient_a = l.patient_a AND m.patient_b = l.patient_b) "
                           "OR (m.patient_a = l.patient_b AND m.patient_b = l.patient_a)) AND (m.authored_ms > l.authored_ms "
                           "OR (m.authored_ms = l.authored_ms AND (m.authored_lc > l.authored_lc OR (m.authored_lc = "
                           "l.authored_lc AND m.entry_hash > l.entry_hash)))));");
    if (!stmt)
        return std::move(stmt).takeError();
    std::multimap<QByteArray, QByteArray> edges;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return std::move(row).takeError();
        if (!*row)
            break;
        if (stmt->integer(2) == 0)
            continue;
        edges.emplace(stmt->blob(0), stmt->blob(1));
        edges.emplace(stmt->blob(1), stmt->blob(0));
    }
    std::set<QByteArray> seen{toBytes(patientId)};
    std::vector<QByteArray> queue{toBytes(patientId)};
    while (!queue.empty()) {
        const QByteArray current = queue.back();
        queue.pop_back();
        const auto range = edges.equal_range(current);
        for (auto it = range.first; it != range.second; ++it)
            if (seen.insert(it->second).second)
                queue.push_back(it->second);
    }
    std::vector<Id128> out;
    for (const QByteArray& id : seen) {
        Id128 value{};
        fromBytes(id, value);
        if (value != patientId)
            out.push_back(value);
    }
    return out;
}

Result<std::vector<RecordRow>> ChartQuery::records(Database& db, const std::vector<Id128>& patientIds)
{
    auto stmt = db.prepare(
        "SELECT r.hash, r.kind, r.authored_ms, r.authored_lc, r.author, r.resource_type, r.display, r.code, r.code_system, "
        "r.status, r.criticality, r.reaction, r.category, r.effective_ms, r.value, r.unit, r.value_text, r.no_known, "
        "r.implanted, s.by_entry, s.action, s.reason FROM records r LEFT JOIN supersessions s ON s.superseded = r.hash "
        "WHERE r.patient_id = ? ORDER BY r.authored_ms, r.authored_lc, r.hash, s.by_entry;");
    if (!stmt)
        return std::move(stmt).takeError();
    SignerDirectory signers(db);
    std::vector<RecordRow> out;
    for (const Id128& id : patientIds) {
        stmt->bind(1, toBytes(id));
        for (;;) {
            auto row = stmt->step();
            if (!row)
                return std::move(row).takeError();
            if (!*row)
                break;
            RecordRow r;
            fromBytes(stmt->blob(0), r.hash);
            r.kind = entryKindFromCode(static_cast<std::uint16_t>(stmt->integer(1))).value_or(EntryKind::OtherResource);
            r.authoredAt = {static_cast<std::uint64_t>(stmt->integer(2)), static_cast<std::uint32_t>(stmt->integer(3))};
            auto signer = signers.signer(stmt->blob(4), r.authoredAt);
            if (!signer)
                return std::move(signer).takeError();
            r.signer = *signer;
            r.resourceType = stmt->text(5);
            r.display = stmt->text(6);
            r.code = stmt->text(7);
            r.codeSystem = stmt->text(8);
            r.status = stmt->text(9);
            r.criticality = stmt->text(10);
            r.reaction = stmt->text(11);
            r.category = stmt->text(12);
            if (!stmt->isNull(13))
                r.effective = QDateTime::fromMSecsSinceEpoch(stmt->integer(13), Qt::UTC);
            if (!stmt->isNull(14))
                r.value = stmt->real(14);
            r.unit = stmt->text(15);
            r.valueText = stmt->text(16);
            r.noKnownAllergy = stmt->integer(17) != 0;
            r.implantedDevice = stmt->integer(18) != 0;
            if (!stmt->isNull(19)) {
                Hash by{};
                fromBytes(stmt->blob(19), by);
                // Several supersessions of one record: the row repeats; keep the first, which
                // the dedupe below relies on.
                r.supersededBy = by;
                r.supersededAction = stmt->text(20);
                r.supersededReason = stmt->text(21);
            }
            if (!out.empty() && out.back().hash == r.hash)
                continue;
            out.push_back(std::move(r));
        }
        stmt->reset();
    }
    if (patientIds.size() > 1)
        std::stable_sort(out.begin(), out.end(), [](const RecordRow& a, const RecordRow& b) { return a.authoredAt < b.authoredAt; });
    return out;
}

Result<std::vector<AccessRow>> ChartQuery::access(Database& db, const Id128& patientId)
{
    // Accesses recorded on a restored node before it could seal them are listed too, marked.
    auto stmt = db.prepare("SELECT entry_hash, kind, authored_ms, authored_lc, viewer, reason, 1 FROM access_log "
                           "WHERE patient_id = ?1 UNION ALL "
                           "SELECT hash, kind, authored_ms, authored_lc, author, reason, 0 FROM unsealed_entries "
                           "WHERE patient_id = ?1 ORDER BY 3 DESC, 4 DESC;");
    if (!stmt)
        return std::move(stmt).takeError();
    stmt->bind(1, toBytes(patientId));
    SignerDirectory signers(db);
    std::vector<AccessRow> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return std::move(row).takeError();
        if (!*row)
            break;
        auto a = accessRow(*stmt, signers);
        if (!a)
            return std::move(a).takeError();
        a->sealed = stmt->integer(6) != 0;
        out.push_back(std::move(a).value());
    }
    return out;
}

Result<AccessRow> ChartQuery::accessRow(const Statement& stmt, SignerDirectory& signers)
{
    AccessRow a;
    fromBytes(stmt.blob(0), a.hash);
    a.kind = entryKindFromCode(static_cast<std::uint16_t>(stmt.integer(1))).value_or(EntryKind::ChartViewed);
    a.at = {static_cast<std::uint64_t>(stmt.integer(2)), static_cast<std::uint32_t>(stmt.integer(3))};
    auto viewer = signers.signer(stmt.blob(4), a.at);
    if (!viewer)
        return std::move(viewer).takeError();
    a.viewer = *viewer;
    a.reason = stmt.text(5);
    return a;
}

Result<std::optional<ChartData>> ChartQuery::load(Database& db, const Id128& patientId)
{
    auto patient = PatientSearch::patient(db, patientId);
    if (!patient)
        return std::move(patient).takeError();
    if (!*patient)
        return std::optional<ChartData>();
    ChartData chart;
    chart.patient = std::move(**patient);
    auto links = linked(db, patientId);
    if (!links)
        return std::move(links).takeError();
    chart.linkedPatients = *links;
    std::vector<Id128> ids{patientId};
    ids.insert(ids.end(), links->begin(), links->end());
    auto recs = records(db, ids);
    if (!recs)
        return std::move(recs).takeError();
    chart.records = std::move(recs).value();
    auto acc = access(db, patientId);
    if (!acc)
        return std::move(acc).takeError();
    chart.access = std::move(acc).value();
    return std::optional<ChartData>(std::move(chart));
}

} // namespace medilock::ledger
