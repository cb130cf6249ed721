#include "ChartAccess.h"

#include "Logging.h"
#include "SessionImpl.h"

#include "ledger/projection/AccessPayload.h"
#include "ledger/store/UnsealedQueue.h"

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

// Signs the access entry as the signed-in user; sealed, or queued on a restored node.
Result<void> recordSigned(Session& session, const ledger::EntryDraft& draft)
{
    Session::Impl& s = session.impl();
    auto signedEntries = s.ledger->sign(std::span(&draft, 1), s.signingKey);
    if (!signedEntries)
        return std::move(signedEntries).takeError();
    auto recorded = s.ledger->appendAccess(std::move(signedEntries->front()), s.nodeKey);
    if (!recorded)
        return std::move(recorded).takeError();
    if (recorded->queued)
        return {};
    // Signing runs again. Accesses still queued (the mark was cleared by a process without
    // the node key, or their sealing failed) are sealed now; failing, they stay queued and
    // the chart still opens.
    auto waiting = ledger::UnsealedQueue::count(s.db);
    if (waiting && *waiting > 0) {
        if (auto sealed = s.ledger->sealQueued(s.nodeKey, false); !sealed)
            qCWarning(lcNode).noquote() << "queued chart accesses stay unsealed:" << sealed.error();
        else
            qCInfo(lcNode) << "sealed" << *sealed << "chart accesses queued since a restore";
    }
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
    return recordSigned(session,
                        {ledger::EntryKind::ChartViewed, patient, {}, ledger::ChartViewedPayload{purpose}.encode(), {}});
}

Result<void> ChartAccess::recordBreakGlass(Session& session, const ledger::Id128& patient, const QString& reason,
                                           int minutes)
{
    if (auto r = requirePatient(session, patient); !r)
        return r;
    const ledger::EmergencyAccessPayload payload{reason, minutes};
    return recordSigned(session, {ledger::EntryKind::EmergencyAccess, patient, {}, payload.encode(), {}});
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
