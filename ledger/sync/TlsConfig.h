#pragma once

#include "ledger/LedgerTypes.h"

#include "crypto/Result.h"
#include "crypto/TlsIdentity.h"

#include <QList>
#include <QSslConfiguration>
#include <QSslError>

#include <functional>

class QSslCertificate;
class QSslSocket;

namespace medilock::ledger::sync {

// The one place TLS is configured for sync (DESIGN §5): TLS 1.3 only, this node's
// certificate and key, a certificate required from the peer on both sides. Node
// certificates are self-signed; a peer is accepted only when the SHA-256 fingerprint of its
// certificate (DER) is in the allowed set, and then exactly the errors a self-signed
// certificate causes are ignored for that certificate, nothing else.
class TlsConfig
{
public:
    enum class Role { Client, Server };
    using AllowedFingerprint = std::function<bool(const Hash&)>;

    static Result<QSslConfiguration> configuration(const crypto::TlsIdentity& identity, Role role);
    static Hash fingerprint(const QSslCertificate& certificate);

    // Applies the configuration to `socket` and answers its sslErrors signal: the errors are
    // ignored only if each is one a paired self-signed certificate causes. Call before the
    // handshake starts.
    static Result<void> prepare(QSslSocket& socket, const crypto::TlsIdentity& identity, Role role,
                                AllowedFingerprint allowed);
    // Whether the errors of one handshake are exactly those expected of an allowed
    // self-signed peer certificate (exposed for tests).
    static bool onlyExpectedErrors(const QList<QSslError>& errors, const QSslCertificate& peer, Role role);
    // After encrypted(): TLS 1.3, one peer certificate, and an allowed fingerprint.
    static bool peerIsAcceptable(const QSslSocket& socket, const AllowedFingerprint& allowed);
};

} // namespace medilock::ledger::sync
