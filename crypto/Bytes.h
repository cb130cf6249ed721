#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <span>

namespace medilock {

// A read-only view of bytes; public data travels as QByteArray, secrets as SecureBuffer.
using ByteView = std::span<const std::uint8_t>;

inline ByteView asView(const QByteArray& bytes)
{
    return {reinterpret_cast<const std::uint8_t*>(bytes.constData()), static_cast<std::size_t>(bytes.size())};
}

inline QByteArray toByteArray(ByteView bytes)
{
    return {reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size())};
}

} // namespace medilock
