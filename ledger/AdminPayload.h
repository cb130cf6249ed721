#pragma once

#include "LedgerTypes.h"
#include "SignerRole.h"

#include "crypto/Result.h"

#include <QString>

namespace medilock::ledger {

// Payloads of the administrative kinds, as compact JSON objects with exactly these fields
// (docs/ledger-format.md, "Payloads"). Parsing is strict: unknown or missing fields, wrong
// hex lengths and unknown roles are refused.
struct ClinicFoundedPayload
{
    QString name;
    QByteArray encode() const;
    static Result<ClinicFoundedPayload> decode(const QByteArray& json);
};

struct NodeCertifiedPayload
{
    PublicKeyBytes node{};
    Hash tlsFingerprint{};
    QString name;
    QByteArray encode() const;
    static Result<NodeCertifiedPayload> decode(const QByteArray& json);
};

struct UserEnrolledPayload
{
    PublicKeyBytes key{};
    SignerRole role = SignerRole::Reception;
    QString name;
    QByteArray encode() const;
    static Result<UserEnrolledPayload> decode(const QByteArray& json);
};

struct UserRevokedPayload
{
    PublicKeyBytes key{};
    QString reason;
    QByteArray encode() const;
    static Result<UserRevokedPayload> decode(const QByteArray& json);
};

// Used by both ClinicTrusted and ClinicUntrusted. A clinic is named by its root key's
// fingerprint (SHA-256 of the 32-byte public key), as administrators exchange it.
struct ClinicTrustPayload
{
    Hash rootFingerprint{};
    QString name;
    QByteArray encode() const;
    static Result<ClinicTrustPayload> decode(const QByteArray& json);
};

} // namespace medilock::ledger
