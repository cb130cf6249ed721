#include "ByteReader.h"

namespace medilock {

bool ByteReader::u8(std::uint8_t& out)
{
    if (remaining() < 1)
        return false;
    out = m_bytes[m_pos++];
    return true;
}

bool ByteReader::u16(std::uint16_t& out)
{
    std::uint64_t v = 0;
    if (remaining() < 2)
        return false;
    for (int i = 0; i < 2; ++i)
        v = v << 8 | m_bytes[m_pos++];
    out = static_cast<std::uint16_t>(v);
    return true;
}

bool ByteReader::u32(std::uint32_t& out)
{
    std::uint64_t v = 0;
    if (remaining() < 4)
        return false;
    for (int i = 0; i < 4; ++i)
        v = v << 8 | m_bytes[m_pos++];
    out = static_cast<std::uint32_t>(v);
    return true;
}

bool ByteReader::u64(std::uint64_t& out)
{
    std::uint64_t v = 0;
    if (remaining() < 8)
        return false;
    for (int i = 0; i < 8; ++i)
        v = v << 8 | m_bytes[m_pos++];
    out = v;
    return true;
}

bool ByteReader::bytes(std::size_t count, ByteView& out)
{
    if (remaining() < count)
        return false;
    out = m_bytes.subspan(m_pos, count);
    m_pos += count;
    return true;
}

bool ByteReader::bytes(std::size_t count, QByteArray& out)
{
    ByteView view;
    if (!bytes(count, view))
        return false;
    out = toByteArray(view);
    return true;
}

ByteWriter& ByteWriter::u8(std::uint8_t v)
{
    m_out.append(static_cast<char>(v));
    return *this;
}

ByteWriter& ByteWriter::u16(std::uint16_t v)
{
    return u8(static_cast<std::uint8_t>(v >> 8)).u8(static_cast<std::uint8_t>(v));
}

ByteWriter& ByteWriter::u32(std::uint32_t v)
{
    return u16(static_cast<std::uint16_t>(v >> 16)).u16(static_cast<std::uint16_t>(v));
}

ByteWriter& ByteWriter::u64(std::uint64_t v)
{
    return u32(static_cast<std::uint32_t>(v >> 32)).u32(static_cast<std::uint32_t>(v));
}

ByteWriter& ByteWriter::bytes(ByteView v)
{
    m_out.append(reinterpret_cast<const char*>(v.data()), static_cast<qsizetype>(v.size()));
    return *this;
}

} // namespace medilock
