#include "ClinicTrust.h"

#include "SessionImpl.h"

#include "crypto/Hex.h"
#include "ledger/AdminPayload.h"
#include "ledger/Entry.h"
#include "ledger/store/Statement.h"

#include <QCoreApplication>

#include <algorithm>

namespace medilock::app {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ClinicTrust", text);
}
} // namespace

namespace {
// The other clinic named by `rootFingerprintHex`, checked: a root-holding administrator, a
// well-formed fingerprint, not this clinic's own.
Result<ledger::ClinicTrustPayload> payloadFor(Session& session, const QString& rootFingerprintHex)
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
    return payload;
}

Result<void> appendTrust(Session& session, ledger::EntryKind kind, const ledger::ClinicTrustPayload& payload)
{
    Session::Impl& s = session.impl();
    const ledger::EntryDraft draft{kind, {}, {}, payload.encode(), {}};
    auto appended = s.ledger->append(std::span(&draft, 1), s.clinicRoot, s.nodeKey);
    if (!appended)
        return std::move(appended).takeError();
    return {};
}
} // namespace

Result<void> ClinicTrust::trust(Session& session, const QString& rootFingerprintHex, const QString& name)
{
    auto payload = payloadFor(session, rootFingerprintHex);
    if (!payload)
        return std::move(payload).takeError();
    const QString hex = crypto::toHex(ledger::toBytes(payload->rootFingerprint));
    payload->name = name.trimmed().isEmpty() ? hex.left(16) : name.trimmed();
    return appendTrust(session, ledger::EntryKind::ClinicTrusted, *payload);
}

Result<void> ClinicTrust::untrust(Session& session, const QString& rootFingerprintHex)
{
    auto payload = payloadFor(session, rootFingerprintHex);
    if (!payload)
        return std::move(payload).takeError();
    auto current = trusted(session);
    if (!current)
        return std::move(current).takeError();
    const QString hex = crypto::toHex(ledger::toBytes(payload->rootFingerprint));
    const auto it = std::find_if(current->cbegin(), current->cend(),
                                 [&](const TrustedClinicView& c) { return c.rootFingerprint == hex; });
    if (it == current->cend())
        return fail(tr("this clinic does not trust %1").arg(hex));
    payload->name = it->name;
    return appendTrust(session, ledger::EntryKind::ClinicUntrusted, *payload);
}

Result<QList<TrustedClinicView>> ClinicTrust::trusted(Session& session)
{
    Session::Impl& s = session.impl();
    // The same fold as the ledger's trust state: this root's trust entries in stored order.
    auto stmt = s.db.prepare("SELECT e.encoded FROM entries e JOIN blocks b ON b.hash = e.block_hash "
                             "WHERE e.kind IN (?, ?) AND e.author = ? ORDER BY b.stored_seq, e.position;");
    if (!stmt)
        return std::move(stmt).takeError();
    stmt->bind(1, static_cast<qint64>(ledger::EntryKind::ClinicTrusted))
        .bind(2, static_cast<qint64>(ledger::EntryKind::ClinicUntrusted))
        .bind(3, ledger::toBytes(s.clinicRootKey));
    QList<TrustedClinicView> out;
    auto rows = stmt->forEachRow([&](const ledger::Statement& r) {
        auto entry = ledger::Entry::decode(asView(r.blob(0)));
        if (!entry)
            return;
        auto p = ledger::ClinicTrustPayload::decode(entry->payload());
        if (!p)
            return;
        const QString hex = crypto::toHex(ledger::toBytes(p->rootFingerprint));
        out.removeIf([&](const TrustedClinicView& c) { return c.rootFingerprint == hex; });
        if (entry->kind() == ledger::EntryKind::ClinicTrusted)
            out.append(TrustedClinicView{p->name, hex});
    });
    if (!rows)
        return std::move(rows).takeError();
    return out;
}

} // namespace medilock::app
