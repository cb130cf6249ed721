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

Result<void> ClinicTrust::trust(Session& session, const QString& rootPublicKeyHex, const QString& name)
{
    Session::Impl& s = session.impl();
    if (s.headless || s.user.role != Role::Admin || !session.holdsClinicRoot())
        return fail(tr("only an administrator holding the clinic root key can trust another clinic"));
    auto raw = crypto::fromHex(rootPublicKeyHex.trimmed().toLower(), 32);
    if (!raw)
        return fail(tr("a clinic root key is 64 hexadecimal digits (its public key, not its fingerprint)"));
    if (!crypto::Ed25519PublicKey::fromBytes(*raw))
        return fail(tr("%1 is not a valid clinic root key").arg(rootPublicKeyHex));
    ledger::ClinicTrustPayload payload;
    ledger::fromBytes(*raw, payload.root);
    if (payload.root == s.clinicRootKey)
        return fail(tr("a clinic always trusts itself"));
    if (s.ledger->trust().isTrustedRoot(payload.root))
        return {};
    payload.name = name.trimmed().isEmpty() ? crypto::fingerprintOf(asView(*raw)).left(16) : name.trimmed();
    const ledger::EntryDraft draft{ledger::EntryKind::ClinicTrusted, {}, {}, payload.encode(), {}};
    auto appended = s.ledger->append(std::span(&draft, 1), s.clinicRoot, s.nodeKey);
    if (!appended)
        return std::move(appended).takeError();
    return {};
}

} // namespace medilock::app
