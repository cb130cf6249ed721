#pragma once

#include "Frame.h"

#include "ledger/Block.h"
#include "ledger/LedgerTypes.h"

#include "crypto/Result.h"

#include <variant>
#include <vector>

namespace medilock::ledger::sync {

// The messages of sync protocol version 1 (docs/sync-protocol.md, "Messages").
inline constexpr std::uint16_t kProtocolVersion = 1;
inline constexpr std::size_t kMaxHeadsPerHello = 4096;
inline constexpr std::size_t kMaxBlocksPerMessage = 64;
inline constexpr std::uint32_t kMaxBlocksPerRequest = 256;

enum class MessageType : std::uint8_t {
    Hello = 1,
    GetBlocks = 2,
    Blocks = 3,
    Announce = 4,
    Equivocation = 5,
    Ping = 6,
    Pong = 7,
    Goodbye = 8,
};

struct HeadInfo
{
    PublicKeyBytes origin{};
    std::uint64_t height = 0;
    Hash hash{};
    bool operator==(const HeadInfo&) const = default;
};

struct Hello
{
    std::uint16_t version = kProtocolVersion;
    PublicKeyBytes nodeKey{};
    std::vector<HeadInfo> heads; // strictly ascending by origin
};

struct GetBlocks
{
    PublicKeyBytes origin{};
    std::uint64_t fromHeight = 0;
    std::uint32_t maxCount = 0; // 1 .. kMaxBlocksPerRequest
};

struct Blocks
{
    std::vector<Block> blocks;
};

struct Announce
{
    HeadInfo head;
};

struct EquivocationProof
{
    PublicKeyBytes origin{};
    std::uint64_t height = 0;
    QByteArray headerA, signatureA, headerB, signatureB;
    // Both headers are of `origin` at `height`, different, and each signature verifies.
    Result<void> verify() const;
};

struct Ping
{
    std::uint64_t nonce = 0;
};

struct Pong
{
    std::uint64_t nonce = 0;
};

enum class GoodbyeReason : std::uint8_t {
    Shutdown = 0,
    ProtocolViolation = 1,
    Banned = 2,
    Duplicate = 3,
    Incompatible = 4,
};

struct Goodbye
{
    GoodbyeReason reason = GoodbyeReason::Shutdown;
};

using Message = std::variant<Hello, GetBlocks, Blocks, Announce, EquivocationProof, Ping, Pong, Goodbye>;

MessageType typeOf(const Message& message);
// The whole frame (length, type, payload).
QByteArray encodeMessage(const Message& message);
// Strict: unknown types, counts above the caps, bad lengths and trailing bytes are refused.
Result<Message> decodeMessage(const Frame& frame);

} // namespace medilock::ledger::sync
