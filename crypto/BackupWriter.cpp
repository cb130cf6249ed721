#include "BackupWriter.h"

#include "AesGcm.h"
#include "ByteReader.h"

#include <QCoreApplication>

#include <algorithm>

namespace medilock::crypto {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("BackupArchive", text);
}

Result<void> writeAll(QIODevice& out, const char* data, qint64 size)
{
    if (out.write(data, size) != size)
        return fail(tr("cannot write the backup: %1").arg(out.errorString()));
    return {};
}
} // namespace

BackupWriter::BackupWriter(QIODevice& out, const BackupHeader& header, SecureBuffer key)
    : m_out(&out)
    , m_header(header)
    , m_key(std::move(key))
    , m_buffer(header.chunkSize)
{
}

Result<BackupWriter> BackupWriter::start(QIODevice& out, const BackupHeader& header, ByteView passphrase)
{
    if (header.chunkSize < BackupHeader::kMinChunkSize || header.chunkSize > BackupHeader::kMaxChunkSize)
        return fail(tr("chunk size %1 is out of bounds").arg(header.chunkSize));
    if (passphrase.empty())
        return fail(tr("the backup passphrase is empty"));
    auto key = header.deriveKey(passphrase);
    if (!key)
        return std::move(key).takeError();
    const QByteArray head = header.encodeFields() + header.tag(*key);
    if (auto r = writeAll(out, head.constData(), head.size()); !r)
        return std::move(r).takeError();
    return BackupWriter(out, header, std::move(key).value());
}

Result<void> BackupWriter::write(ByteView bytes)
{
    Q_ASSERT(!m_finished);
    while (!bytes.empty()) {
        const std::size_t room = m_buffer.size() - m_buffered;
        const std::size_t take = std::min(room, bytes.size());
        std::copy_n(bytes.data(), take, m_buffer.data() + m_buffered);
        m_buffered += take;
        bytes = bytes.subspan(take);
        if (m_buffered == m_buffer.size())
            if (auto r = sealChunk(false); !r)
                return r;
    }
    return {};
}

Result<void> BackupWriter::finish()
{
    Q_ASSERT(!m_finished);
    m_finished = true;
    return sealChunk(true);
}

Result<void> BackupWriter::sealChunk(bool final)
{
    if (m_index == 0xffffffffu)
        return fail(tr("the backup is larger than the archive format allows"));
    const QByteArray nonce = m_header.chunkNonce(m_index, final);
    const QByteArray ad = m_header.chunkAssociatedData(m_index, final);
    const QByteArray sealed = aesGcmSealWithNonce(m_key, asView(nonce), ByteView(m_buffer.data(), m_buffered), asView(ad));
    QByteArray frame;
    ByteWriter(frame).u8(final ? 1 : 0).u32(static_cast<std::uint32_t>(m_buffered));
    if (auto r = writeAll(*m_out, frame.constData(), frame.size()); !r)
        return r;
    if (auto r = writeAll(*m_out, sealed.constData() + kGcmNonceSize, sealed.size() - qsizetype(kGcmNonceSize)); !r)
        return r;
    m_buffered = 0;
    ++m_index;
    return {};
}

} // namespace medilock::crypto
