#include "PatientId.h"

#include "crypto/Hex.h"

#include <QCoreApplication>

namespace medilock::app {

QString patientIdText(const ledger::Id128& id)
{
    return crypto::toHex(ledger::toBytes(id));
}

Result<ledger::Id128> patientIdFromText(const QString& text)
{
    auto bytes = crypto::fromHex(text.trimmed(), 16);
    ledger::Id128 id{};
    if (!bytes || !ledger::fromBytes(*bytes, id) || id == ledger::kZeroId)
        return fail(QCoreApplication::translate("PatientId", "'%1' is not a patient id (32 hexadecimal digits)").arg(text));
    return id;
}

} // namespace medilock::app
