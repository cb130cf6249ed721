#include "BackupReader.h"

#include "AesGcm.h"
#include "ByteReader.h"
#include "ConstantTime.h"

#include <QCoreApplication>

#include <algorithm>

namespace medilock::crypto {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("BackupArchive", text);
}
} // namespace

BackupReader::BackupReader(QIODevice& in, const BackupHeader& header, SecureBuffer key)
    : m_in(&in)
    , m_header(header)
    , m_key(std::move(key))
{
}

Result<std::unique_ptr<BackupReader>> BackupReader::open(QIODevice& in, ByteView passphrase)
{
    return openParsed(in, passphrase, nullptr);
}

Result<std::unique_ptr<BackupReader>> BackupReader::openWithKey(QIODevice& in, SecureBuffer key)
{
    return openParsed(in, {}, &key);
}

Result<std::unique_ptr<BackupReader>> BackupReader::openParsed(QIODevice& in, ByteView passphrase, SecureBuffer* key)
{
    const QByteArray head = in.read(qint64(BackupHeader::kEncodedSize));
    std::array<std::uint8_t, BackupHeader::kTagSize> stored{};
    auto header = BackupHeader::parse(asView(head), stored);
    if (!header)
        return std::move(header).takeError();
    SecureBuffer derived;
    if (key) {
        if (key->size() != kAesKeySize)
            return fail(tr("a backup key is 32 bytes"));
        derived = std::move(*key);
    } else {
        auto k = header->deriveKey(passphrase);
        if (!k)
            return std::move(k).takeError();
        derived = std::move(k).value();
    }
    if (!constantTimeEqual(asView(header->tag(derived)), ByteView(stored)))
        return fail(tr("wrong backup passphrase (or the archive header was altered)"));
    return std::unique_ptr<BackupReader>(new BackupReader(in, *header, std::move(derived)));
}

Result<void> BackupReader::nextChunk()
{
    if (m_sawFinal)
        return fail(tr("the archive ends before its contents do"));
    const QByteArray frame = m_in->read(5);
    if (frame.size() != 5)
        return fail(tr("the archive is truncated: chunk %1 is missing").arg(m_index));
    ByteReader r(frame);
    std::uint8_t flag = 0;
    std::uint32_t length = 0;
    r.u8(flag);
    r.u32(length);
    if (flag > 1)
        return fail(tr("chunk %1 of the archive is damaged (unknown flag)").arg(m_index));
    const bool final = flag == 1;
    if (length > m_header.chunkSize || (!final && length != m_header.chunkSize))
        return fail(tr("chunk %1 of the archive is damaged (bad length)").arg(m_index));
    if (m_index == 0xffffffffu)
        return fail(tr("the archive has more chunks than the format allows"));
    // nonce || ciphertext || tag, as aesGcmOpen takes it.
    QByteArray sealed = m_header.chunkNonce(m_index, final);
    const qint64 body = qint64(length) + qint64(kGcmTagSize);
    sealed.resize(qsizetype(kGcmNonceSize) + body);
    if (m_in->read(sealed.data() + kGcmNonceSize, body) != body)
        return fail(tr("the archive is truncated inside chunk %1").arg(m_index));
    auto plain = aesGcmOpen(m_key, asView(sealed), asView(m_header.chunkAssociatedData(m_index, final)));
    if (!plain)
        return fail(tr("chunk %1 of the archive is damaged, missing or out of order (authentication failed)").arg(m_index));
    m_plain = std::move(plain).value();
    m_pos = 0;
    m_sawFinal = final;
    ++m_index;
    return {};
}

Result<void> BackupReader::read(std::uint8_t* out, std::size_t count)
{
    while (count > 0) {
        if (m_pos == m_plain.size())
            if (auto r = nextChunk(); !r)
                return r;
        const std::size_t take = std::min(count, m_plain.size() - m_pos);
        std::copy_n(m_plain.data() + m_pos, take, out);
        m_pos += take;
        out += take;
        count -= take;
    }
    return {};
}

Result<void> BackupReader::finish()
{
    // Contents that end exactly at a chunk boundary are followed by an empty final chunk.
    while (!m_sawFinal) {
        if (m_pos != m_plain.size())
            return fail(tr("the archive holds data after its end record"));
        if (auto r = nextChunk(); !r)
            return r;
    }
    if (m_pos != m_plain.size())
        return fail(tr("the archive holds data after its end record"));
    if (!m_in->atEnd())
        return fail(tr("the archive has bytes after its final chunk"));
    return {};
}

} // namespace medilock::crypto
