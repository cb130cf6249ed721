#include "ChartAccess.h"

#include "SessionImpl.h"

#include "ledger/projection/AccessPayload.h"

#include <QCoreApplication>

namespace medilock::app {

namespace {
Result<void> requirePatient(Session& session, const ledger::Id128& patient)
{
    auto row = ledger::PatientSearch::patient(session.impl().db, patient);
    if (!row)
        return std::move(row).takeError();
    if (!*row)
        return fail(QCoreApplication::translate("ChartAccess", "no patient with that id on this node"));
    return {};
}
} // namespace

Result<std::vector<ledger::PatientRow>> ChartAccess::search(Session& session, const QString& text, int limit)
{
    return ledger::PatientSearch::search(session.impl().db, text, limit);
}

Result<void> ChartAccess::recordAccess(Session& session, const ledger::Id128& patient, const QString& purpose)
{
    if (session.isHeadlessNode())
        return fail(QCoreApplication::translate("ChartAccess", "the headless node does not read charts; sign in as a user"));
    if (auto r = requirePatient(session, patient); !r)
        return r;
    const ledger::EntryDraft draft{ledger::EntryKind::ChartViewed, patient, {}, ledger::ChartViewedPayload{purpose}.encode(), {}};
    auto appended = session.impl().append(std::span(&draft, 1));
    if (!appended)
        return std::move(appended).takeError();
    return {};
}

Result<ledger::ChartData> ChartAccess::openChart(Session& session, const ledger::Id128& patient)
{
    if (auto r = recordAccess(session, patient, QStringLiteral("chart")); !r)
        return std::move(r).takeError();
    auto chart = ledger::ChartQuery::load(session.impl().db, patient);
    if (!chart)
        return std::move(chart).takeError();
    return std::move(**chart);
}

Result<ledger::EmergencySummary> ChartAccess::openEmergency(Session& session, const ledger::Id128& patient)
{
    if (auto r = recordAccess(session, patient, QStringLiteral("emergency")); !r)
        return std::move(r).takeError();
    auto chart = ledger::ChartQuery::load(session.impl().db, patient);
    if (!chart)
        return std::move(chart).takeError();
    return ledger::EmergencySummary::fromChart(**chart);
}

} // namespace medilock::app
