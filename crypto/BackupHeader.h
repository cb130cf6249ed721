#pragma once

#include "Result.h"
#include "Scrypt.h"
#include "SecureBuffer.h"

#include <QByteArray>

#include <array>
#include <cstdint>

namespace medilock::crypto {

// The clear header of a backup archive (docs/backup-format.md): scrypt parameters and salt
// for the backup passphrase, the nonce prefix and chunk size of the AES-256-GCM stream, and
// a tag that tells a wrong passphrase from a damaged chunk.
struct BackupHeader
{
    static constexpr std::size_t kSaltSize = 16;
    static constexpr std::size_t kNoncePrefixSize = 7;
    static constexpr std::size_t kTagSize = 16;
    static constexpr std::size_t kEncodedSize = 8 + 1 + 4 + kSaltSize + kNoncePrefixSize + 4 + kTagSize;
    static constexpr std::uint32_t kMinChunkSize = 16;
    static constexpr std::uint32_t kMaxChunkSize = 16u << 20;
    static constexpr std::uint32_t kDefaultChunkSize = 1u << 20;

    ScryptParams params;
    std::array<std::uint8_t, kSaltSize> salt{};
    std::array<std::uint8_t, kNoncePrefixSize> noncePrefix{};
    std::uint32_t chunkSize = kDefaultChunkSize;

    // Fresh random salt and nonce prefix.
    static BackupHeader create(const ScryptParams& params, std::uint32_t chunkSize = kDefaultChunkSize);
    // The header bytes up to (not including) the tag: the associated data of every chunk.
    QByteArray encodeFields() const;
    // Strict: magic, version, kdf, bounded parameters and chunk size. `tag` receives the
    // stored header tag. Reads exactly kEncodedSize bytes.
    static Result<BackupHeader> parse(ByteView bytes, std::array<std::uint8_t, kTagSize>& tag);

    Result<SecureBuffer> deriveKey(ByteView passphrase) const;
    // The tag over the header fields under `key`: checks the passphrase before any chunk.
    QByteArray tag(const SecureBuffer& key) const;

    // The GCM nonce and associated data of chunk `index` (final: the last chunk).
    QByteArray chunkNonce(std::uint32_t index, bool final) const;
    QByteArray chunkAssociatedData(std::uint32_t index, bool final) const;
};

} // namespace medilock::crypto
