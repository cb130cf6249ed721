#pragma once

#include "Result.h"
#include "SecureBuffer.h"

#include <QByteArray>
#include <QString>

namespace medilock::crypto {

// A node's TLS identity: an ECDSA P-256 key and a self-signed X.509 certificate, both PEM,
// loadable by QSslKey / QSslCertificate. Peers are named by the certificate's fingerprint
// (SHA-256 of its DER encoding), which the clinic root binds to a node key on the ledger.
class TlsIdentity
{
public:
    static Result<TlsIdentity> generate(const QString& commonName);
    static Result<TlsIdentity> fromPem(const QByteArray& certificatePem, SecureBuffer privateKeyPem);

    const QByteArray& certificatePem() const { return m_certificatePem; }
    const QByteArray& certificateDer() const { return m_certificateDer; }
    const SecureBuffer& privateKeyPem() const { return m_privateKeyPem; }
    QString fingerprint() const;

    TlsIdentity clone() const;

private:
    QByteArray m_certificatePem;
    QByteArray m_certificateDer;
    SecureBuffer m_privateKeyPem;
};

} // namespace medilock::crypto
