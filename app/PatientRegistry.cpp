#include "PatientRegistry.h"

#include "ChartViewConversion.h"
#include "FhirJsonBuilders.h"
#include "PatientResource.h"
#include "SessionImpl.h"

#include "crypto/Bytes.h"
#include "ledger/Entry.h"
#include "ledger/projection/AccessPayload.h"
#include "ledger/query/ChartQuery.h"
#include "ledger/query/PatientSearch.h"
#include "ledger/store/Statement.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace medilock::app {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("PatientRegistry", text);
}

struct Source
{
    ledger::Hash hash{};
    QJsonObject patient;
};

// The registration or update in force: the entry the projection took the patient row from.
Result<Source> currentSource(ledger::Database& db, const ledger::Id128& id)
{
    auto stmt = db.prepare("SELECT e.hash, e.encoded FROM patients p JOIN entries e ON e.patient_id = p.id "
                           "AND e.hash = p.source_hash WHERE p.id = ? AND e.kind IN (?, ?);");
    if (!stmt)
        return std::move(stmt).takeError();
    stmt->bind(1, ledger::toBytes(id))
        .bind(2, qint64(static_cast<int>(ledger::EntryKind::PatientRegistered)))
        .bind(3, qint64(static_cast<int>(ledger::EntryKind::DemographicsUpdated)));
    auto row = stmt->step();
    if (!row)
        return std::move(row).takeError();
    if (!*row)
        return fail(tr("no patient with that id on this node"));
    Source source;
    ledger::fromBytes(stmt->blob(0), source.hash);
    auto entry = ledger::Entry::decode(asView(stmt->blob(1)));
    if (!entry)
        return std::move(entry).takeError();
    source.patient = QJsonDocument::fromJson(entry->payload()).object();
    return source;
}

// Whether the latest link entry between exactly these two says "linked".
Result<bool> directlyLinked(ledger::Database& db, const ledger::Id128& a, const ledger::Id128& b)
{
    auto stmt = db.prepare("SELECT linked FROM patient_links WHERE (patient_a = ?1 AND patient_b = ?2) OR "
                           "(patient_a = ?2 AND patient_b = ?1) ORDER BY authored_ms DESC, authored_lc DESC, "
                           "entry_hash DESC LIMIT 1;");
    if (!stmt)
        return std::move(stmt).takeError();
    stmt->bind(1, ledger::toBytes(a)).bind(2, ledger::toBytes(b));
    auto row = stmt->step();
    if (!row)
        return std::move(row).takeError();
    return *row && stmt->integer(0) != 0;
}

Result<PatientView> readBack(ledger::Database& db, const ledger::Id128& id)
{
    auto row = ledger::PatientSearch::patient(db, id);
    if (!row)
        return std::move(row).takeError();
    if (!*row)
        return fail(tr("no patient with that id on this node"));
    return viewconv::toView(**row);
}
} // namespace

Result<PatientView> PatientRegistry::updateDemographics(Session& session, const ledger::Id128& id,
                                                        const ClinicalRecords::NewPatient& p)
{
    if (auto valid = PatientResource::validate(p); !valid)
        return std::move(valid).takeError();
    auto& db = session.impl().db;
    auto before = readBack(db, id);
    if (!before)
        return before;
    auto source = currentSource(db, id);
    if (!source)
        return std::move(source).takeError();
    const QJsonObject patient = PatientResource::updated(source->patient, *before, p);
    if (patient == source->patient)
        return fail(tr("nothing was changed"));
    const ledger::EntryDraft draft{ledger::EntryKind::DemographicsUpdated, id, source->hash, fhirjson::compact(patient), {}};
    if (auto appended = session.impl().append(std::span(&draft, 1)); !appended)
        return std::move(appended).takeError();
    return readBack(db, id);
}

Result<void> PatientRegistry::setLinked(Session& session, const ledger::Id128& a, const ledger::Id128& b, bool linked)
{
    if (a == b)
        return fail(tr("choose two different registrations"));
    auto& db = session.impl().db;
    for (const ledger::Id128& id : {a, b})
        if (auto p = readBack(db, id); !p)
            return std::move(p).takeError();
    if (linked) {
        auto current = ledger::ChartQuery::linked(db, a);
        if (!current)
            return std::move(current).takeError();
        if (std::find(current->begin(), current->end(), b) != current->end())
            return fail(tr("these registrations are already linked as one person"));
    } else {
        // Only a link that was made can be undone; one through a third registration stays.
        auto direct = directlyLinked(db, a, b);
        if (!direct)
            return std::move(direct).takeError();
        if (!*direct)
            return fail(tr("these two registrations were not linked to each other"));
    }
    const ledger::PatientsLinkedPayload payload{b, linked};
    const ledger::EntryDraft draft{ledger::EntryKind::PatientsLinked, a, {}, payload.encode(), {}};
    if (auto appended = session.impl().append(std::span(&draft, 1)); !appended)
        return std::move(appended).takeError();
    return {};
}

Result<QList<PatientView>> PatientRegistry::linked(Session& session, const ledger::Id128& id)
{
    auto& db = session.impl().db;
    auto ids = ledger::ChartQuery::linked(db, id);
    if (!ids)
        return std::move(ids).takeError();
    QList<PatientView> out;
    for (const ledger::Id128& other : *ids) {
        auto p = readBack(db, other);
        if (!p)
            return std::move(p).takeError();
        out.append(std::move(p).value());
    }
    return out;
}

Result<std::vector<ledger::Id128>> PatientRegistry::samePerson(Session& session, const ledger::Id128& id)
{
    auto linkedIds = ledger::ChartQuery::linked(session.impl().db, id);
    if (!linkedIds)
        return std::move(linkedIds).takeError();
    std::vector<ledger::Id128> ids{id};
    ids.insert(ids.end(), linkedIds->begin(), linkedIds->end());
    return ids;
}

} // namespace medilock::app
