#include "TlsConfig.h"

#include "crypto/Sha256.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

#include <openssl/crypto.h>

namespace medilock::ledger::sync {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Sync", text);
}
} // namespace

Result<QSslConfiguration> TlsConfig::configuration(const crypto::TlsIdentity& identity, Role role)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(identity.certificatePem(), QSsl::Pem);
    if (certificates.size() != 1 || certificates.first().isNull())
        return fail(tr("this node's TLS certificate cannot be loaded"));
    QByteArray pem = toByteArray(identity.privateKeyPem().view());
    const QSslKey key(pem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    OPENSSL_cleanse(pem.data(), static_cast<std::size_t>(pem.size()));
    if (key.isNull())
        return fail(tr("this node's TLS key cannot be loaded"));

    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_3OrLater);
    config.setLocalCertificate(certificates.first());
    config.setPrivateKey(key);
    // Peers are named by fingerprint, not by a CA: no system CA may vouch for a peer.
    config.setCaCertificates({});
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    config.setPeerVerifyDepth(1);
    config.setSslOption(QSsl::SslOptionDisableSessionTickets, true);
    config.setSslOption(QSsl::SslOptionDisableCompression, true);
    Q_UNUSED(role);
    return config;
}

Hash TlsConfig::fingerprint(const QSslCertificate& certificate)
{
    Hash out{};
    fromBytes(crypto::Sha256::hash(certificate.toDer()), out);
    return out;
}

bool TlsConfig::onlyExpectedErrors(const QList<QSslError>& errors, const QSslCertificate& peer, Role role)
{
    if (peer.isNull() || errors.isEmpty())
        return false;
    for (const QSslError& e : errors) {
        const bool expected = e.error() == QSslError::SelfSignedCertificate
                              || (role == Role::Client && e.error() == QSslError::HostNameMismatch);
        if (!expected || e.certificate() != peer)
            return false;
    }
    return true;
}

Result<void> TlsConfig::prepare(QSslSocket& socket, const crypto::TlsIdentity& identity, Role role,
                                AllowedFingerprint allowed)
{
    auto config = configuration(identity, role);
    if (!config)
        return std::move(config).takeError();
    socket.setSslConfiguration(*config);
    QObject::connect(&socket, &QSslSocket::sslErrors, &socket, [&socket, role, allowed](const QList<QSslError>& errors) {
        const QSslCertificate peer = socket.peerCertificate();
        if (socket.peerCertificateChain().size() != 1 || !allowed || !allowed(fingerprint(peer)))
            return;
        if (onlyExpectedErrors(errors, peer, role))
            socket.ignoreSslErrors(); // exactly the errors just checked
    });
    return {};
}

bool TlsConfig::peerIsAcceptable(const QSslSocket& socket, const AllowedFingerprint& allowed)
{
    const QSslCertificate peer = socket.peerCertificate();
    return socket.isEncrypted() && socket.sessionProtocol() == QSsl::TlsV1_3 && !peer.isNull()
           && socket.peerCertificateChain().size() == 1 && allowed && allowed(fingerprint(peer));
}

} // namespace medilock::ledger::sync
