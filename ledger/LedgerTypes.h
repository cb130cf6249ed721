#pragma once

#include "crypto/Sha256.h"

#include <QByteArray>

#include <array>
#include <compare>
#include <cstdint>

namespace medilock::ledger {

using Hash = crypto::Digest;                       // SHA-256
using Id128 = std::array<std::uint8_t, 16>;        // entry and patient ids
using PublicKeyBytes = std::array<std::uint8_t, 32>;
using SignatureBytes = std::array<std::uint8_t, 64>;

inline constexpr Hash kZeroHash{};
inline constexpr Id128 kZeroId{};

// Hybrid logical clock reading: wall-clock milliseconds and a counter that orders events
// within (or behind) one millisecond.
struct HlcTime
{
    std::uint64_t ms = 0;
    std::uint32_t logical = 0;
    auto operator<=>(const HlcTime&) const = default;
};

template<std::size_t N>
QByteArray toBytes(const std::array<std::uint8_t, N>& a)
{
    return QByteArray(reinterpret_cast<const char*>(a.data()), static_cast<qsizetype>(N));
}

template<std::size_t N>
bool fromBytes(const QByteArray& in, std::array<std::uint8_t, N>& out)
{
    if (in.size() != static_cast<qsizetype>(N))
        return false;
    std::copy(in.begin(), in.end(), out.begin());
    return true;
}

// Limits every parser applies (docs/ledger-format.md).
inline constexpr std::size_t kMaxPayloadBytes = 1u << 20;
inline constexpr std::uint32_t kMaxEntriesPerBlock = 4096;
inline constexpr std::size_t kMaxBlockBytes = 16u << 20;

} // namespace medilock::ledger
