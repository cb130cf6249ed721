#pragma once

#include "crypto/Bytes.h"
#include "crypto/Result.h"

#include <QByteArray>

#include <cstdint>
#include <optional>

namespace medilock::ledger::sync {

// Framing of the sync protocol (docs/sync-protocol.md, "Frames"): a big-endian u32 length
// that counts the type byte and the payload, the type byte, then the payload.
inline constexpr std::uint32_t kMaxFrameLength = 17u << 20; // type + payload
inline constexpr std::size_t kFrameHeaderSize = 4;

struct Frame
{
    std::uint8_t type = 0;
    QByteArray payload;
};

QByteArray encodeFrame(std::uint8_t type, const QByteArray& payload);

// Cuts frames out of a byte stream. A length of 0 or above kMaxFrameLength is refused as soon
// as its four bytes arrive, before anything of the payload is buffered.
class FrameReader
{
public:
    void append(const QByteArray& bytes);
    void append(ByteView bytes);
    // The next complete frame, nothing while one is incomplete, or an error for a bad length.
    // After an error the stream is unusable.
    Result<std::optional<Frame>> next();
    // Bytes received but not yet returned as frames.
    qsizetype buffered() const { return m_buffer.size() - m_pos; }
    // How many more bytes the frame being read needs (at least 1 while incomplete).
    qsizetype wanted() const;

private:
    QByteArray m_buffer;
    qsizetype m_pos = 0;
};

} // namespace medilock::ledger::sync
