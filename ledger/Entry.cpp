#include "Entry.h"

#include "Merkle.h"

#include "crypto/ByteReader.h"
#include "crypto/Random.h"

#include <QCoreApplication>

namespace medilock::ledger {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Entry", text);
}

QByteArray encodeBody(const Entry::Fields& f, ByteView author)
{
    QByteArray out;
    out.reserve(static_cast<qsizetype>(Entry::kFixedSize + static_cast<std::size_t>(f.payload.size())));
    ByteWriter w(out);
    w.u8(Entry::kVersion)
        .u16(static_cast<std::uint16_t>(f.kind))
        .bytes(ByteView(f.entryId))
        .bytes(ByteView(f.patientId))
        .u64(f.authoredAt.ms)
        .u32(f.authoredAt.logical)
        .bytes(author)
        .bytes(ByteView(f.supersedes))
        .u32(static_cast<std::uint32_t>(f.payload.size()))
        .bytes(f.payload);
    return out;
}

QByteArray signingInput(ByteView body)
{
    QByteArray input = Entry::signingDomain();
    input.append(reinterpret_cast<const char*>(body.data()), static_cast<qsizetype>(body.size()));
    return input;
}
} // namespace

Result<Entry> Entry::sign(Fields fields, const crypto::Ed25519PrivateKey& author)
{
    if (static_cast<std::size_t>(fields.payload.size()) > kMaxPayloadBytes)
        return fail(tr("an entry's payload is limited to %1 bytes").arg(kMaxPayloadBytes));
    const bool zeroPatient = fields.patientId == kZeroId;
    if (isPatientKind(fields.kind) == zeroPatient)
        return fail((zeroPatient ? tr("entry kind %1 needs a patient id") : tr("entry kind %1 must not carry a patient id"))
                        .arg(entryKindName(fields.kind)));
    if (fields.entryId == kZeroId)
        crypto::fillRandom(fields.entryId.data(), fields.entryId.size());

    QByteArray encoded = encodeBody(fields, author.publicKey().view());
    const QByteArray signature = author.sign(asView(signingInput(asView(encoded))));
    encoded.append(signature);
    auto entry = decode(asView(encoded));
    Q_ASSERT(entry.ok());
    return entry;
}

Result<Entry> Entry::decode(ByteView bytes)
{
    if (bytes.size() < kFixedSize)
        return fail(tr("entry too short (%1 bytes)").arg(bytes.size()));
    if (bytes.size() > kFixedSize + kMaxPayloadBytes)
        return fail(tr("entry too long (%1 bytes)").arg(bytes.size()));
    ByteReader in(bytes);
    Entry e;
    std::uint8_t version = 0;
    std::uint16_t kindCode = 0;
    std::uint32_t payloadLength = 0;
    bool ok = in.u8(version) && in.u16(kindCode) && in.fixed(e.m_fields.entryId) && in.fixed(e.m_fields.patientId)
        && in.u64(e.m_fields.authoredAt.ms) && in.u32(e.m_fields.authoredAt.logical) && in.fixed(e.m_author)
        && in.fixed(e.m_fields.supersedes) && in.u32(payloadLength);
    if (!ok)
        return fail(tr("entry truncated"));
    if (version != kVersion)
        return fail(tr("unknown entry version %1").arg(version));
    const auto kind = entryKindFromCode(kindCode);
    if (!kind)
        return fail(tr("unknown entry kind %1").arg(kindCode));
    e.m_fields.kind = *kind;
    if (payloadLength > kMaxPayloadBytes)
        return fail(tr("entry payload length %1 exceeds the limit").arg(payloadLength));
    if (in.remaining() != payloadLength + e.m_signature.size())
        return fail(tr("entry length does not match its payload length"));
    if (!in.bytes(payloadLength, e.m_fields.payload) || !in.fixed(e.m_signature) || !in.atEnd())
        return fail(tr("entry truncated"));
    if (e.m_fields.entryId == kZeroId)
        return fail(tr("entry id is zero"));
    if (isPatientKind(*kind) == (e.m_fields.patientId == kZeroId))
        return fail(tr("entry kind %1 has a wrong patient id").arg(entryKindName(*kind)));
    e.m_encoded = toByteArray(bytes);
    e.m_hash = leafHash(bytes);
    return e;
}

bool Entry::verifySignature() const
{
    const ByteView body = asView(m_encoded).first(m_encoded.size() - m_signature.size());
    return crypto::ed25519Verify(ByteView(m_author), asView(signingInput(body)), ByteView(m_signature));
}

} // namespace medilock::ledger
