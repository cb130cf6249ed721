#pragma once

#include "crypto/Ed25519.h"
#include "crypto/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

namespace medilock::ledger {
struct EmergencySummary;
}

namespace medilock::app {

// What an emergency card says: the essentials a stranger needs in the first minutes.
struct EmergencyCardContent
{
    enum class Allergies { Recorded, NoneKnown, NeverRecorded };

    QString name;
    QString birthDate; // YYYY-MM-DD, or empty when unknown
    QString sex;
    QString bloodGroup;
    Allergies allergyStatus = Allergies::NeverRecorded;
    QStringList allergies; // "substance [criticality]"
    QStringList problems;
    QStringList medications;
    QDateTime issuedAt; // UTC, whole seconds

    static EmergencyCardContent fromSummary(const ledger::EmergencySummary& summary, const QDateTime& issuedAt);
    bool operator==(const EmergencyCardContent&) const = default;
};

// A card as read back from its text: what it says and the key that signed it.
struct SignedEmergencyCard
{
    EmergencyCardContent content;
    QByteArray text;    // the exact bytes the QR code carries
    QByteArray nodeKey; // 32-byte Ed25519 public key of the signing node
};

// The card's text format (docs/emergency-card.md): eleven UTF-8 lines, human-readable when a
// phone scans the QR code, signed by the issuing node over "medilock/card/v1" followed by
// every byte before the signature line. Canonical: one way to write each card, so a verifier
// can refuse anything else.
class EmergencyCard
{
public:
    // Small enough for one QR code at error correction level M (version 27 at most), which
    // a phone camera reads from a printed card.
    static constexpr int kMaxTextBytes = 1200;
    static constexpr int kMaxItemChars = 60;

    static QByteArray signingDomain() { return QByteArrayLiteral("medilock/card/v1"); }

    // The text of the card, signed with the node's key. Lists too long for one QR code lose
    // their last items (medications first, then problems, then allergies), replaced by
    // "+N more". Item text is made canonical (see cleanText()).
    static Result<QByteArray> sign(const EmergencyCardContent& content, const crypto::Ed25519PrivateKey& nodeKey);
    // Strict parse and signature check. Whitespace after the signature (a scanner's line
    // end) is ignored; any other difference from the canonical form is refused.
    static Result<SignedEmergencyCard> verify(const QByteArray& text);

    // Control and format characters (bidirectional overrides) and ';' become spaces, runs of spaces one, no leading or trailing
    // space, at most `maxChars` characters.
    static QString cleanText(const QString& text, int maxChars = kMaxItemChars);
};

} // namespace medilock::app
