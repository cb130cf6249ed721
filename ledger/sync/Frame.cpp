#include "Frame.h"

#include "crypto/ByteReader.h"

#include <QCoreApplication>

namespace medilock::ledger::sync {

namespace {
std::uint32_t readLength(const QByteArray& buffer, qsizetype pos)
{
    const auto* p = reinterpret_cast<const std::uint8_t*>(buffer.constData() + pos);
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | std::uint32_t{p[3]};
}
} // namespace

QByteArray encodeFrame(std::uint8_t type, const QByteArray& payload)
{
    Q_ASSERT(static_cast<std::size_t>(payload.size()) + 1 <= kMaxFrameLength);
    QByteArray out;
    out.reserve(payload.size() + 5);
    ByteWriter(out).u32(static_cast<std::uint32_t>(payload.size() + 1)).u8(type).bytes(payload);
    return out;
}

void FrameReader::append(const QByteArray& bytes)
{
    append(asView(bytes));
}

void FrameReader::append(ByteView bytes)
{
    // Consumed bytes are dropped before the buffer grows, so it never holds more than one
    // frame plus what arrived with it.
    if (m_pos > 0 && (m_pos >= m_buffer.size() / 2 || m_pos > (1 << 20))) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer.append(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

qsizetype FrameReader::wanted() const
{
    const qsizetype have = buffered();
    if (have < static_cast<qsizetype>(kFrameHeaderSize))
        return static_cast<qsizetype>(kFrameHeaderSize) - have;
    const std::uint32_t length = readLength(m_buffer, m_pos);
    const qsizetype total = static_cast<qsizetype>(kFrameHeaderSize) + static_cast<qsizetype>(length);
    return total > have ? total - have : 0;
}

Result<std::optional<Frame>> FrameReader::next()
{
    if (buffered() < static_cast<qsizetype>(kFrameHeaderSize))
        return std::optional<Frame>();
    const std::uint32_t length = readLength(m_buffer, m_pos);
    if (length == 0 || length > kMaxFrameLength)
        return fail(QCoreApplication::translate("Sync", "frame length %1 is outside 1..%2").arg(length).arg(kMaxFrameLength));
    if (buffered() < static_cast<qsizetype>(kFrameHeaderSize + length))
        return std::optional<Frame>();
    Frame frame;
    frame.type = static_cast<std::uint8_t>(m_buffer.at(m_pos + 4));
    frame.payload = m_buffer.mid(m_pos + 5, static_cast<qsizetype>(length) - 1);
    m_pos += static_cast<qsizetype>(kFrameHeaderSize + length);
    if (m_pos == m_buffer.size()) {
        m_buffer.clear();
        m_pos = 0;
    }
    return std::optional<Frame>(std::move(frame));
}

} // namespace medilock::ledger::sync
