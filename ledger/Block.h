#pragma once

#include "Entry.h"
#include "LedgerTypes.h"

#include "crypto/Ed25519.h"
#include "crypto/Result.h"

#include <vector>

namespace medilock::ledger {

struct BlockHeader
{
    static constexpr std::uint8_t kVersion = 1;
    static constexpr std::size_t kSize = 1 + 32 + 8 + 32 + 8 + 4 + 32 + 8;

    PublicKeyBytes origin{};
    std::uint64_t height = 0;
    Hash previous{};
    std::uint64_t sealedAtMs = 0;
    std::uint32_t entryCount = 0;
    Hash entriesRoot{};
    std::uint64_t cumulativeEntryCount = 0;

    QByteArray encode() const;
    static Result<BlockHeader> decode(ByteView bytes);
};

// A block sealed by one node, extending that node's own chain (docs/ledger-format.md,
// "Block"). Like Entry it keeps the exact bytes it was sealed or received as.
class Block
{
public:
    static constexpr std::size_t kSignatureSize = 64;

    // Seals `entries` on top of the previous head of the signer's chain (height and hash of
    // the previous block; pass no previous for the first block).
    struct Previous
    {
        std::uint64_t height = 0;
        Hash hash{};
        std::uint64_t cumulativeEntryCount = 0;
    };
    static Result<Block> seal(std::vector<Entry> entries, const std::optional<Previous>& previous,
                              std::uint64_t sealedAtMs, const crypto::Ed25519PrivateKey& origin);
    // Strict decoding: header, signature, entry count, each entry's length and bytes, nothing after.
    static Result<Block> decode(ByteView bytes);
    // The same checks as decode(), for a block whose entries are already decoded (stored
    // blocks re-read by the verifier): the header parses and its count matches.
    static Result<Block> fromParts(const QByteArray& headerBytes, ByteView signature, std::vector<Entry> entries);

    const BlockHeader& header() const { return m_header; }
    const QByteArray& headerBytes() const { return m_headerBytes; }
    const SignatureBytes& signature() const { return m_signature; }
    const std::vector<Entry>& entries() const { return m_entries; }
    const Hash& hash() const { return m_hash; }
    QByteArray encode() const;

    // Checks that need nothing but the block: the origin's signature over the header, the
    // entries root, the count, and every entry's signature. Names the first failure.
    Result<void> verifyIntrinsic() const;
    Result<void> verifyHeaderSignature() const;
    Result<void> verifyRoot() const;

    static QByteArray signingDomain() { return QByteArrayLiteral("medilock/block/v1"); }

private:
    BlockHeader m_header;
    QByteArray m_headerBytes;
    SignatureBytes m_signature{};
    std::vector<Entry> m_entries;
    Hash m_hash{};
};

} // namespace medilock::ledger
