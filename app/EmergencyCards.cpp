#include "EmergencyCards.h"

#include "ClinicalRecords.h"
#include "ConsentGate.h"

#include <QCoreApplication>
#include <QDateTime>

namespace medilock::app {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("EmergencyCard", text);
}
} // namespace

EmergencyCards::EmergencyCards(std::shared_ptr<ClinicalRecords> records)
    : m_records(std::move(records))
{
}

bool EmergencyCards::mayIssue() const
{
    return m_records->mayReadCharts();
}

Result<SignedEmergencyCard> EmergencyCards::writePdf(const QByteArray& patientId, const QString& path)
{
    if (!mayIssue())
        return fail(tr("your role does not read charts, so it cannot issue emergency cards"));
    ledger::Id128 id{};
    if (!ledger::fromBytes(patientId, id) || id == ledger::kZeroId)
        return fail(tr("no patient is selected"));
    if (path.isEmpty())
        return fail(tr("choose where to save the emergency card"));
    return m_records->exclusive([&](Session& s) -> Result<SignedEmergencyCard> {
        auto consent = ConsentGate::state(s, id, QDateTime::currentMSecsSinceEpoch());
        if (!consent)
            return std::move(consent).takeError();
        if (consent->needsBreakGlass())
            return fail(tr("the patient's consent restricts this chart: break the glass, stating why, to issue a card"));
        return EmergencyCardIssuer::issuePdf(s, id, path);
    });
}

Result<EmergencyCardCheck> EmergencyCards::check(const QByteArray& text)
{
    return m_records->exclusive([&](Session& s) { return EmergencyCardIssuer::check(s, text); });
}

} // namespace medilock::app
