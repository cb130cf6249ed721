#include "ClinicTrust.h"

#include "SessionImpl.h"

#include "crypto/Hex.h"
#include "ledger/AdminPayload.h"

#include <QCoreApplication>

namespace medilock::app {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ClinicTrust", text);
}
} // namespace

Result<void> ClinicTrust::trust(Session& session, const QString& rootFingerprintHex, const QString& name)
{
    Session::Impl& s = session.impl();
    if (s.headless || s.user.role != Role::Admin || !session.holdsClinicRoot())
        return fail(tr("only an administrator holding the clinic root key can trust another clinic"));
    auto raw = crypto::fromHex(rootFingerprintHex.trimmed().toLower(), 32);
    if (!raw)
        return fail(tr("a clinic root fingerprint is 64 hexadecimal digits (as 'medilock-cli id' prints it)"));
    ledger::ClinicTrustPayload payload;
    ledger::fromBytes(*raw, payload.rootFingerprint);
    if (crypto::toHex(*raw) == s.identity.clinicFingerprint)
        return fail(tr("a clinic always trusts itself"));
    payload.name = name.trimmed().isEmpty() ? crypto::toHex(*raw).left(16) : name.trimmed();
    const ledger::EntryDraft draft{ledger::EntryKind::ClinicTrusted, {}, {}, payload.encode(), {}};
    auto appended = s.ledger->append(std::span(&draft, 1), s.clinicRoot, s.nodeKey);
    if (!appended)
        return std::move(appended).takeError();
    return {};
}

} // namespace medilock::app
