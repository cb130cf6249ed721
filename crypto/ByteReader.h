#pragma once

#include "Bytes.h"

#include <QByteArray>

#include <algorithm>
#include <array>
#include <cstdint>

namespace medilock {

// Bounds-checked big-endian reader over outside bytes. Every read fails (returns false and
// leaves the output unspecified) once the input would be overrun; parsers stop at the first
// failure and check atEnd() to refuse trailing bytes.
class ByteReader
{
public:
    explicit ByteReader(ByteView bytes) : m_bytes(bytes) {}
    explicit ByteReader(const QByteArray& bytes) : m_bytes(asView(bytes)) {}

    bool u8(std::uint8_t& out);
    bool u16(std::uint16_t& out);
    bool u32(std::uint32_t& out);
    bool u64(std::uint64_t& out);
    bool bytes(std::size_t count, ByteView& out);
    bool bytes(std::size_t count, QByteArray& out);
    template<std::size_t N>
    bool fixed(std::array<std::uint8_t, N>& out)
    {
        ByteView view;
        if (!bytes(N, view))
            return false;
        std::copy(view.begin(), view.end(), out.begin());
        return true;
    }

    bool atEnd() const { return m_pos == m_bytes.size(); }
    std::size_t position() const { return m_pos; }
    std::size_t remaining() const { return m_bytes.size() - m_pos; }

private:
    ByteView m_bytes;
    std::size_t m_pos = 0;
};

// Big-endian writer appending to a QByteArray.
class ByteWriter
{
public:
    explicit ByteWriter(QByteArray& out) : m_out(out) {}
    ByteWriter& u8(std::uint8_t v);
    ByteWriter& u16(std::uint16_t v);
    ByteWriter& u32(std::uint32_t v);
    ByteWriter& u64(std::uint64_t v);
    ByteWriter& bytes(ByteView v);
    ByteWriter& bytes(const QByteArray& v) { return bytes(asView(v)); }

private:
    QByteArray& m_out;
};

} // namespace medilock
