#pragma once

#include "EmergencyCard.h"

#include "ledger/LedgerTypes.h"

namespace medilock::app {

class Session;

// A card read back and checked against this node's ledger: who signed it.
struct EmergencyCardCheck
{
    SignedEmergencyCard card;
    QString nodeFingerprint; // of the signing key, always known
    bool knownNode = false;  // the key is a node certified on this node's ledger
    QString nodeName;        // when known
    QString clinicName;      // when known
};

// Issues emergency cards signed by this node, and checks cards from any node offline.
class EmergencyCardIssuer
{
public:
    // The patient's card as of now, signed with the node's key. Issuing a card reads the
    // chart, so it is recorded in the access log (purpose "card").
    static Result<SignedEmergencyCard> issue(Session& session, const ledger::Id128& patient,
                                             const QDateTime& now = QDateTime::currentDateTimeUtc());
    // Issues the card and writes its printable PDF (EmergencyCardRender) to `path`, naming
    // the signing node as any node would: from this node's ledger. Needs a QGuiApplication.
    static Result<SignedEmergencyCard> issuePdf(Session& session, const ledger::Id128& patient, const QString& path);
    // Verifies the signature (refused when it fails), then names the signer if this node's
    // ledger certifies its key. An unknown signer is not an error: the caller must say so.
    static Result<EmergencyCardCheck> check(Session& session, const QByteArray& text);
};

} // namespace medilock::app
