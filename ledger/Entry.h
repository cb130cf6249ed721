#pragma once

#include "EntryKind.h"
#include "LedgerTypes.h"

#include "crypto/Ed25519.h"
#include "crypto/Result.h"

namespace medilock::ledger {

// One signed statement (docs/ledger-format.md, "Entry"). Immutable: it keeps the exact bytes
// it was signed or received as, and everything is hashed and verified over those bytes.
class Entry
{
public:
    static constexpr std::uint8_t kVersion = 1;
    static constexpr std::size_t kFixedSize = 1 + 2 + 16 + 16 + 8 + 4 + 32 + 32 + 4 + 64;

    struct Fields
    {
        EntryKind kind = EntryKind::Note;
        Id128 entryId{};
        Id128 patientId{};
        HlcTime authoredAt;
        Hash supersedes{};
        QByteArray payload;
    };

    // Signs `fields` with `author`. A zero entryId is replaced by a random one.
    static Result<Entry> sign(Fields fields, const crypto::Ed25519PrivateKey& author);
    // Strict decoding of outside bytes: exact length, known version and kind, bounded payload.
    // The signature is not checked here (see verifySignature()).
    static Result<Entry> decode(ByteView bytes);

    EntryKind kind() const { return m_fields.kind; }
    const Id128& entryId() const { return m_fields.entryId; }
    const Id128& patientId() const { return m_fields.patientId; }
    const HlcTime& authoredAt() const { return m_fields.authoredAt; }
    const PublicKeyBytes& author() const { return m_author; }
    const Hash& supersedes() const { return m_fields.supersedes; }
    const QByteArray& payload() const { return m_fields.payload; }
    const SignatureBytes& signature() const { return m_signature; }

    const QByteArray& encoded() const { return m_encoded; }
    // RFC 9162 leaf hash of the encoded entry; also the entry's name on the ledger.
    const Hash& hash() const { return m_hash; }
    bool verifySignature() const;

    static QByteArray signingDomain() { return QByteArrayLiteral("medilock/entry/v1"); }

private:
    Fields m_fields;
    PublicKeyBytes m_author{};
    SignatureBytes m_signature{};
    QByteArray m_encoded;
    Hash m_hash{};
};

} // namespace medilock::ledger
