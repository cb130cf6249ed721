#include "EmergencyCardIssuer.h"

#include "ChartAccess.h"
#include "EmergencyCardRender.h"
#include "NodeLookup.h"
#include "SessionImpl.h"

#include "ledger/query/ChartQuery.h"
#include "ledger/query/EmergencySummary.h"

#include <QCoreApplication>

namespace medilock::app {

Result<SignedEmergencyCard> EmergencyCardIssuer::issue(Session& session, const ledger::Id128& patient, const QDateTime& now)
{
    if (auto r = ChartAccess::recordAccess(session, patient, QStringLiteral("card")); !r)
        return std::move(r).takeError();
    auto chart = ledger::ChartQuery::load(session.impl().db, patient);
    if (!chart)
        return std::move(chart).takeError();
    if (!*chart)
        return fail(QCoreApplication::translate("EmergencyCard", "no patient with that id on this node"));
    const auto summary = ledger::EmergencySummary::fromChart(**chart);
    auto text = EmergencyCard::sign(EmergencyCardContent::fromSummary(summary, now), session.impl().nodeKey);
    if (!text)
        return std::move(text).takeError();
    // Read back what was written: a card that would not verify is never handed out.
    return EmergencyCard::verify(*text);
}

Result<SignedEmergencyCard> EmergencyCardIssuer::issuePdf(Session& session, const ledger::Id128& patient, const QString& path)
{
    auto card = issue(session, patient);
    if (!card)
        return card;
    auto signer = check(session, card->text);
    if (!signer)
        return std::move(signer).takeError();
    const QString nodeName = QStringLiteral("%1 (%2)").arg(signer->nodeName, signer->clinicName);
    if (auto r = EmergencyCardRender::writePdf(*card, nodeName, path); !r)
        return std::move(r).takeError();
    return card;
}

Result<EmergencyCardCheck> EmergencyCardIssuer::check(Session& session, const QByteArray& text)
{
    auto card = EmergencyCard::verify(text);
    if (!card)
        return std::move(card).takeError();
    EmergencyCardCheck out;
    out.nodeFingerprint = crypto::fingerprintOf(asView(card->nodeKey));
    auto node = lookupNode(session, card->nodeKey);
    if (!node)
        return std::move(node).takeError();
    out.knownNode = node->known;
    out.nodeName = node->name;
    out.clinicName = node->clinic;
    out.card = std::move(card).value();
    return out;
}

} // namespace medilock::app
