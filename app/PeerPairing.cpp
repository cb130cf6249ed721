#include "PeerPairing.h"

#include "SessionImpl.h"

#include "crypto/Hex.h"
#include "ledger/sync/PeerTable.h"

#include <QCoreApplication>
#include <QDateTime>

namespace medilock::app {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("PeerPairing", text);
}
} // namespace

Result<void> PeerPairing::add(Session& session, const QString& address, const QString& tlsFingerprintHex)
{
    Session::Impl& s = session.impl();
    if (s.headless || s.user.role != Role::Admin)
        return fail(tr("only an administrator can pair peers"));
    if (!ledger::sync::PeerTable::parseAddress(address, nullptr, nullptr))
        return fail(tr("'%1' is not HOST:PORT").arg(address));
    auto raw = crypto::fromHex(tlsFingerprintHex.trimmed().toLower(), 32);
    if (!raw)
        return fail(tr("a TLS fingerprint is 64 hexadecimal digits (see 'medilock-cli id' on the peer)"));
    ledger::Hash fingerprint{};
    ledger::fromBytes(*raw, fingerprint);
    if (crypto::toHex(*raw) == s.identity.tlsFingerprint)
        return fail(tr("that is this node's own certificate"));
    return ledger::sync::PeerTable::add(s.db, address, fingerprint, QDateTime::currentMSecsSinceEpoch());
}

} // namespace medilock::app
