#pragma once

#include "BackupHeader.h"

#include <QIODevice>

#include <memory>

namespace medilock::crypto {

// Reads a backup archive from a device chunk by chunk: every chunk is authenticated (its
// index, final flag and the header included) before a byte of it is handed out, so a
// flipped byte, a dropped, repeated or reordered chunk or a truncated file is refused.
class BackupReader
{
public:
    // Parses the header and checks the passphrase against the header tag.
    static Result<std::unique_ptr<BackupReader>> open(QIODevice& in, ByteView passphrase);
    // With the key already derived (the fuzz target, tests).
    static Result<std::unique_ptr<BackupReader>> openWithKey(QIODevice& in, SecureBuffer key);

    // Exactly `count` plaintext bytes into `out`, or an error (damage, or the archive ended).
    Result<void> read(std::uint8_t* out, std::size_t count);
    // After the last record: the final chunk is used up and the file ends there.
    Result<void> finish();

    const BackupHeader& header() const { return m_header; }
    // Bytes of the archive file consumed so far (for progress).
    qint64 position() const { return m_in->pos(); }

private:
    BackupReader(QIODevice& in, const BackupHeader& header, SecureBuffer key);
    static Result<std::unique_ptr<BackupReader>> openParsed(QIODevice& in, ByteView passphrase, SecureBuffer* key);
    Result<void> nextChunk();

    QIODevice* m_in;
    BackupHeader m_header;
    SecureBuffer m_key;
    SecureBuffer m_plain;
    std::size_t m_pos = 0;
    std::uint32_t m_index = 0;
    bool m_sawFinal = false;
};

} // namespace medilock::crypto
