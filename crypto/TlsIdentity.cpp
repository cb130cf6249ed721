#include "TlsIdentity.h"

#include "Hex.h"
#include "Random.h"
#include "Sha256.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <QCoreApplication>

#include <memory>

namespace medilock::crypto {

namespace {
template<typename T, void (*F)(T*)>
struct Deleter
{
    void operator()(T* p) const { F(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

QString tr(const char* text)
{
    return QCoreApplication::translate("TlsIdentity", text);
}

QByteArray bioContents(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return {data, static_cast<qsizetype>(size)};
}

Result<QByteArray> derOf(X509* cert)
{
    unsigned char* der = nullptr;
    const int size = i2d_X509(cert, &der);
    if (size <= 0)
        return fail(tr("cannot encode the TLS certificate"));
    QByteArray out(reinterpret_cast<const char*>(der), size);
    OPENSSL_free(der);
    return out;
}
} // namespace

Result<TlsIdentity> TlsIdentity::generate(const QString& commonName)
{
    PKey key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    Cert cert(X509_new());
    if (!key || !cert)
        return fail(tr("cannot generate the TLS key"));

    const QByteArray serial = randomBytes(16);
    std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>> bn(
        BN_bin2bn(reinterpret_cast<const unsigned char*>(serial.constData()), 16, nullptr));
    BN_set_bit(bn.get(), 126); // a positive serial of fixed length
    BN_clear_bit(bn.get(), 127);
    // X.509 bounds a common name at 64 characters: cut characters, never UTF-8 bytes (a cut
    // inside a multi-byte character is invalid UTF-8 and fails the certificate).
    QString shortName = commonName.left(64);
    if (!shortName.isEmpty() && shortName.back().isHighSurrogate())
        shortName.chop(1);
    const QByteArray cn = shortName.toUtf8();
    bool ok = X509_set_version(cert.get(), X509_VERSION_3) == 1
        && BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert.get())) != nullptr
        && X509_gmtime_adj(X509_getm_notBefore(cert.get()), -24L * 3600) != nullptr
        && X509_gmtime_adj(X509_getm_notAfter(cert.get()), 20L * 365 * 24 * 3600) != nullptr
        && X509_set_pubkey(cert.get(), key.get()) == 1;
    X509_NAME* name = X509_get_subject_name(cert.get());
    ok = ok
        && X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>("MediLock"), -1, -1, 0) == 1
        && X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(cn.constData()),
                                      static_cast<int>(cn.size()), -1, 0)
            == 1
        && X509_set_issuer_name(cert.get(), name) == 1 && X509_sign(cert.get(), key.get(), EVP_sha256()) > 0;
    if (!ok)
        return fail(tr("cannot create the TLS certificate"));

    Bio certBio(BIO_new(BIO_s_mem()));
    Bio keyBio(BIO_new(BIO_s_mem()));
    if (!certBio || !keyBio || PEM_write_bio_X509(certBio.get(), cert.get()) != 1
        || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return fail(tr("cannot encode the TLS identity"));

    const QByteArray keyPem = bioContents(keyBio.get());
    return fromPem(bioContents(certBio.get()), SecureBuffer(keyPem.constData(), static_cast<std::size_t>(keyPem.size())));
}

Result<TlsIdentity> TlsIdentity::fromPem(const QByteArray& certificatePem, SecureBuffer privateKeyPem)
{
    Bio certBio(BIO_new_mem_buf(certificatePem.constData(), static_cast<int>(certificatePem.size())));
    Cert cert(certBio ? PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!cert)
        return fail(tr("the stored TLS certificate cannot be read"));
    Bio keyBio(BIO_new_mem_buf(privateKeyPem.data(), static_cast<int>(privateKeyPem.size())));
    PKey key(keyBio ? PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key)
        return fail(tr("the stored TLS key cannot be read"));
    if (X509_check_private_key(cert.get(), key.get()) != 1)
        return fail(tr("the stored TLS key does not match its certificate"));
    auto der = derOf(cert.get());
    if (!der)
        return std::move(der).takeError();

    TlsIdentity identity;
    identity.m_certificatePem = certificatePem;
    identity.m_certificateDer = std::move(der).value();
    identity.m_privateKeyPem = std::move(privateKeyPem);
    return identity;
}

QString TlsIdentity::fingerprint() const
{
    return toHex(Sha256::hash(m_certificateDer));
}

TlsIdentity TlsIdentity::clone() const
{
    TlsIdentity copy;
    copy.m_certificatePem = m_certificatePem;
    copy.m_certificateDer = m_certificateDer;
    copy.m_privateKeyPem = m_privateKeyPem.clone();
    return copy;
}

} // namespace medilock::crypto
