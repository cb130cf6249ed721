#include "Block.h"

#include "Merkle.h"

#include "crypto/ByteReader.h"
#include "crypto/ConstantTime.h"
#include "crypto/Hex.h"

#include <QCoreApplication>

namespace medilock::ledger {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Block", text);
}

QByteArray signingInput(const QByteArray& header)
{
    return Block::signingDomain() + header;
}

bool equal(const Hash& a, const Hash& b)
{
    return crypto::constantTimeEqual(ByteView(a), ByteView(b));
}
} // namespace

QByteArray BlockHeader::encode() const
{
    QByteArray out;
    out.reserve(static_cast<qsizetype>(kSize));
    ByteWriter(out)
        .u8(kVersion)
        .bytes(ByteView(origin))
        .u64(height)
        .bytes(ByteView(previous))
        .u64(sealedAtMs)
        .u32(entryCount)
        .bytes(ByteView(entriesRoot))
        .u64(cumulativeEntryCount);
    return out;
}

Result<BlockHeader> BlockHeader::decode(ByteView bytes)
{
    if (bytes.size() != kSize)
        return fail(tr("block header has %1 bytes, expected %2").arg(bytes.size()).arg(kSize));
    ByteReader in(bytes);
    BlockHeader h;
    std::uint8_t version = 0;
    const bool ok = in.u8(version) && in.fixed(h.origin) && in.u64(h.height) && in.fixed(h.previous)
        && in.u64(h.sealedAtMs) && in.u32(h.entryCount) && in.fixed(h.entriesRoot) && in.u64(h.cumulativeEntryCount)
        && in.atEnd();
    if (!ok)
        return fail(tr("block header truncated"));
    if (version != kVersion)
        return fail(tr("unknown block version %1").arg(version));
    if (h.entryCount == 0 || h.entryCount > kMaxEntriesPerBlock)
        return fail(tr("block entry count %1 out of bounds").arg(h.entryCount));
    if (h.cumulativeEntryCount < h.entryCount)
        return fail(tr("block cumulative entry count is smaller than its own count"));
    if ((h.height == 0) != (h.previous == kZeroHash))
        return fail(tr("block previous hash must be zero exactly at height 0"));
    if (h.height == 0 && h.cumulativeEntryCount != h.entryCount)
        return fail(tr("first block's cumulative count must equal its entry count"));
    return h;
}

Result<Block> Block::seal(std::vector<Entry> entries, const std::optional<Previous>& previous, std::uint64_t sealedAtMs,
                          const crypto::Ed25519PrivateKey& origin)
{
    if (entries.empty() || entries.size() > kMaxEntriesPerBlock)
        return fail(tr("a block holds 1 to %1 entries").arg(kMaxEntriesPerBlock));
    Block b;
    std::copy(origin.publicKey().view().begin(), origin.publicKey().view().end(), b.m_header.origin.begin());
    b.m_header.height = previous ? previous->height + 1 : 0;
    b.m_header.previous = previous ? previous->hash : kZeroHash;
    b.m_header.sealedAtMs = sealedAtMs;
    b.m_header.entryCount = static_cast<std::uint32_t>(entries.size());
    b.m_header.cumulativeEntryCount = (previous ? previous->cumulativeEntryCount : 0) + entries.size();
    std::vector<Hash> leaves;
    leaves.reserve(entries.size());
    for (const Entry& e : entries)
        leaves.push_back(e.hash());
    b.m_header.entriesRoot = merkleRoot(leaves);
    b.m_headerBytes = b.m_header.encode();
    const QByteArray signature = origin.sign(asView(signingInput(b.m_headerBytes)));
    std::copy(signature.begin(), signature.end(), b.m_signature.begin());
    b.m_entries = std::move(entries);
    b.m_hash = crypto::Sha256::hash(asView(b.m_headerBytes));
    if (b.encode().size() > static_cast<qsizetype>(kMaxBlockBytes))
        return fail(tr("a block is limited to %1 bytes").arg(kMaxBlockBytes));
    return b;
}

QByteArray Block::encode() const
{
    QByteArray out = m_headerBytes;
    ByteWriter w(out);
    w.bytes(ByteView(m_signature));
    for (const Entry& e : m_entries)
        w.u32(static_cast<std::uint32_t>(e.encoded().size())).bytes(e.encoded());
    return out;
}

Result<Block> Block::decode(ByteView bytes)
{
    if (bytes.size() > kMaxBlockBytes)
        return fail(tr("block of %1 bytes exceeds the limit").arg(bytes.size()));
    if (bytes.size() < BlockHeader::kSize + kSignatureSize)
        return fail(tr("block truncated"));
    auto header = BlockHeader::decode(bytes.first(BlockHeader::kSize));
    if (!header)
        return std::move(header).takeError();
    ByteReader in(bytes.subspan(BlockHeader::kSize));
    Block b;
    b.m_header = *header;
    b.m_headerBytes = toByteArray(bytes.first(BlockHeader::kSize));
    if (!in.fixed(b.m_signature))
        return fail(tr("block truncated"));
    b.m_entries.reserve(header->entryCount);
    for (std::uint32_t i = 0; i < header->entryCount; ++i) {
        std::uint32_t length = 0;
        ByteView entryBytes;
        if (!in.u32(length) || length > Entry::kFixedSize + kMaxPayloadBytes || !in.bytes(length, entryBytes))
            return fail(tr("block entry %1 truncated").arg(i));
        auto entry = Entry::decode(entryBytes);
        if (!entry)
            return fail(tr("block entry %1: %2").arg(i).arg(entry.error()));
        b.m_entries.push_back(std::move(entry).value());
    }
    if (!in.atEnd())
        return fail(tr("block has %1 unexpected bytes after its entries").arg(in.remaining()));
    b.m_hash = crypto::Sha256::hash(asView(b.m_headerBytes));
    return b;
}

Result<Block> Block::fromParts(const QByteArray& headerBytes, ByteView signature, std::vector<Entry> entries)
{
    auto header = BlockHeader::decode(asView(headerBytes));
    if (!header)
        return std::move(header).takeError();
    if (signature.size() != kSignatureSize)
        return fail(tr("block signature has %1 bytes").arg(signature.size()));
    if (entries.size() != header->entryCount)
        return fail(tr("block holds %1 entries, its header says %2").arg(entries.size()).arg(header->entryCount));
    std::size_t bytes = BlockHeader::kSize + kSignatureSize;
    for (const Entry& e : entries)
        bytes += 4 + static_cast<std::size_t>(e.encoded().size());
    if (bytes > kMaxBlockBytes)
        return fail(tr("block of %1 bytes exceeds the limit").arg(bytes));
    Block b;
    b.m_header = *header;
    b.m_headerBytes = headerBytes;
    std::copy(signature.begin(), signature.end(), b.m_signature.begin());
    b.m_entries = std::move(entries);
    b.m_hash = crypto::Sha256::hash(asView(headerBytes));
    return b;
}

Result<void> Block::verifyHeaderSignature() const
{
    if (!crypto::ed25519Verify(ByteView(m_header.origin), asView(signingInput(m_headerBytes)), ByteView(m_signature)))
        return fail(tr("block %1 of %2 at height %3: bad origin signature")
                        .arg(crypto::toHex(toBytes(m_hash)).left(16), crypto::fingerprintOf(ByteView(m_header.origin)).left(16))
                        .arg(m_header.height));
    return {};
}

Result<void> Block::verifyRoot() const
{
    std::vector<Hash> leaves;
    leaves.reserve(m_entries.size());
    for (const Entry& e : m_entries)
        leaves.push_back(e.hash());
    if (m_entries.size() != m_header.entryCount || !equal(merkleRoot(leaves), m_header.entriesRoot))
        return fail(tr("block %1 at height %2: entries do not match the entries root")
                        .arg(crypto::toHex(toBytes(m_hash)).left(16))
                        .arg(m_header.height));
    return {};
}

Result<void> Block::verifyIntrinsic() const
{
    if (auto r = verifyHeaderSignature(); !r)
        return r;
    if (auto r = verifyRoot(); !r)
        return r;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (!m_entries[i].verifySignature())
            return fail(tr("entry %1 (position %2 in block at height %3): bad signature")
                            .arg(crypto::toHex(toBytes(m_entries[i].hash())).left(16))
                            .arg(i)
                            .arg(m_header.height));
    }
    return {};
}

} // namespace medilock::ledger
