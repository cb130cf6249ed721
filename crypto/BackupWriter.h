#pragma once

#include "BackupHeader.h"

#include <QIODevice>

namespace medilock::crypto {

// Writes a backup archive to a device as it is fed: the header, then the plaintext cut into
// AES-256-GCM chunks of the header's chunk size, each sealed under its index and a final
// flag. Memory stays at one chunk whatever the size of the archive.
class BackupWriter
{
public:
    // Derives the key from the passphrase (scrypt with the header's parameters) and writes
    // the header.
    static Result<BackupWriter> start(QIODevice& out, const BackupHeader& header, ByteView passphrase);

    Result<void> write(ByteView bytes);
    Result<void> write(const QByteArray& bytes) { return write(asView(bytes)); }
    // Seals what is buffered as the final chunk (possibly empty). Nothing may follow.
    Result<void> finish();

private:
    BackupWriter(QIODevice& out, const BackupHeader& header, SecureBuffer key);
    Result<void> sealChunk(bool final);

    QIODevice* m_out;
    BackupHeader m_header;
    SecureBuffer m_key;
    SecureBuffer m_buffer;
    std::size_t m_buffered = 0;
    std::uint32_t m_index = 0;
    bool m_finished = false;
};

} // namespace medilock::crypto
