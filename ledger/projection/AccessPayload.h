#pragma once

#include "ledger/EntryKind.h"
#include "ledger/LedgerTypes.h"

#include "crypto/Result.h"

#include <QString>

namespace medilock::ledger {

// Payloads of the patient kinds that are not FHIR resources (docs/ledger-format.md).
struct ChartViewedPayload // {"purpose": "chart" | "emergency" | "export" | "card" | "report"}
{
    QString purpose;
    QByteArray encode() const;
    static Result<ChartViewedPayload> decode(const QByteArray& json);
};

struct EmergencyAccessPayload // {"reason": text, "minutes": 1..1440}; FHIR AuditEvent 110127
{
    QString reason;
    int minutes = 60;
    QByteArray encode() const;
    static Result<EmergencyAccessPayload> decode(const QByteArray& json);
};

struct AmendmentPayload // {"action": "entered-in-error" | "retracted", "reason": text}
{
    QString action;
    QString reason;
    QByteArray encode() const;
    static Result<AmendmentPayload> decode(const QByteArray& json);
};

struct PatientsLinkedPayload // {"other": hex patient id, "linked": true | false}
{
    Id128 other{};
    bool linked = true;
    QByteArray encode() const;
    static Result<PatientsLinkedPayload> decode(const QByteArray& json);
};

// What the access log shows of an access entry: a chart view's purpose or the break-glass
// reason; empty for another kind or an unreadable payload.
QString accessReason(EntryKind kind, const QByteArray& payload);

} // namespace medilock::ledger
