#include "Messages.h"

#include "crypto/ByteReader.h"
#include "crypto/Ed25519.h"

#include <QCoreApplication>

namespace medilock::ledger::sync {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Sync", text);
}

template<typename... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<typename... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

template<std::size_t N>
void putFixed(ByteWriter& w, const std::array<std::uint8_t, N>& a)
{
    w.bytes(ByteView(a.data(), a.size()));
}

void putHead(ByteWriter& w, const HeadInfo& h)
{
    putFixed(w, h.origin);
    w.u64(h.height);
    putFixed(w, h.hash);
}

bool readHead(ByteReader& r, HeadInfo& h)
{
    return r.fixed(h.origin) && r.u64(h.height) && r.fixed(h.hash);
}

Error truncated(const char* what)
{
    return fail(tr("%1 message is truncated or malformed").arg(QLatin1String(what)));
}

Result<Message> decodeHello(ByteReader& r)
{
    Hello m;
    std::uint32_t count = 0;
    if (!r.u16(m.version) || !r.fixed(m.nodeKey))
        return truncated("hello");
    if (m.version != kProtocolVersion)
        return fail(tr("unsupported sync protocol version %1").arg(m.version));
    if (!r.u32(count))
        return truncated("hello");
    if (count > kMaxHeadsPerHello)
        return fail(tr("hello lists %1 chain heads, more than %2").arg(count).arg(kMaxHeadsPerHello));
    // Each head takes 72 bytes: a count the payload cannot hold is refused before allocating.
    if (r.remaining() / 72 < count)
        return truncated("hello");
    m.heads.resize(count);
    for (std::uint32_t i = 0; i < count; ++i) {
        if (!readHead(r, m.heads[i]))
            return truncated("hello");
        if (i > 0 && !(m.heads[i - 1].origin < m.heads[i].origin))
            return fail(tr("hello heads are not in strictly ascending origin order"));
    }
    return Message(std::move(m));
}

Result<Message> decodeGetBlocks(ByteReader& r)
{
    GetBlocks m;
    if (!r.fixed(m.origin) || !r.u64(m.fromHeight) || !r.u32(m.maxCount))
        return truncated("get-blocks");
    if (m.maxCount == 0 || m.maxCount > kMaxBlocksPerRequest)
        return fail(tr("get-blocks asks for %1 blocks, outside 1..%2").arg(m.maxCount).arg(kMaxBlocksPerRequest));
    return Message(m);
}

Result<Message> decodeBlocks(ByteReader& r)
{
    Blocks m;
    std::uint32_t count = 0;
    if (!r.u32(count))
        return truncated("blocks");
    if (count > kMaxBlocksPerMessage)
        return fail(tr("blocks message carries %1 blocks, more than %2").arg(count).arg(kMaxBlocksPerMessage));
    m.blocks.reserve(count);
    for (std::uint32_t i = 0; i < count; ++i) {
        std::uint32_t length = 0;
        ByteView bytes;
        if (!r.u32(length))
            return truncated("blocks");
        if (length == 0 || length > kMaxBlockBytes)
            return fail(tr("a block of %1 bytes is outside 1..%2").arg(length).arg(kMaxBlockBytes));
        if (!r.bytes(length, bytes))
            return truncated("blocks");
        auto block = Block::decode(bytes);
        if (!block)
            return fail(tr("block %1 of the message: %2").arg(i).arg(block.error()));
        m.blocks.push_back(std::move(block).value());
    }
    return Message(std::move(m));
}

Result<Message> decodeEquivocation(ByteReader& r)
{
    EquivocationProof m;
    if (!r.fixed(m.origin) || !r.u64(m.height) || !r.bytes(BlockHeader::kSize, m.headerA)
        || !r.bytes(Block::kSignatureSize, m.signatureA) || !r.bytes(BlockHeader::kSize, m.headerB)
        || !r.bytes(Block::kSignatureSize, m.signatureB))
        return truncated("equivocation");
    auto a = BlockHeader::decode(asView(m.headerA));
    auto b = BlockHeader::decode(asView(m.headerB));
    if (!a || !b)
        return fail(tr("equivocation proof carries an invalid block header"));
    if (a->origin != m.origin || b->origin != m.origin || a->height != m.height || b->height != m.height)
        return fail(tr("equivocation proof headers do not match its origin and height"));
    if (m.headerA == m.headerB)
        return fail(tr("equivocation proof carries the same header twice"));
    return Message(std::move(m));
}
} // namespace

Result<void> EquivocationProof::verify() const
{
    auto key = crypto::Ed25519PublicKey::fromBytes(ByteView(origin));
    if (!key)
        return std::move(key).takeError();
    for (const auto* pair : {&headerA, &headerB}) {
        const QByteArray& header = *pair;
        const QByteArray& signature = pair == &headerA ? signatureA : signatureB;
        if (!key->verify(asView(Block::signingDomain() + header), asView(signature)))
            return fail(tr("an equivocation proof signature does not verify"));
    }
    return {};
}

MessageType typeOf(const Message& message)
{
    return static_cast<MessageType>(message.index() + 1);
}

QByteArray encodeMessage(const Message& message)
{
    QByteArray payload;
    ByteWriter w(payload);
    std::visit(Overloaded{
                   [&](const Hello& m) {
                       w.u16(m.version);
                       putFixed(w, m.nodeKey);
                       w.u32(static_cast<std::uint32_t>(m.heads.size()));
                       for (const HeadInfo& h : m.heads)
                           putHead(w, h);
                   },
                   [&](const GetBlocks& m) {
                       putFixed(w, m.origin);
                       w.u64(m.fromHeight).u32(m.maxCount);
                   },
                   [&](const Blocks& m) {
                       w.u32(static_cast<std::uint32_t>(m.blocks.size()));
                       for (const Block& b : m.blocks) {
                           const QByteArray bytes = b.encode();
                           w.u32(static_cast<std::uint32_t>(bytes.size())).bytes(bytes);
                       }
                   },
                   [&](const Announce& m) { putHead(w, m.head); },
                   [&](const EquivocationProof& m) {
                       putFixed(w, m.origin);
                       w.u64(m.height).bytes(m.headerA).bytes(m.signatureA).bytes(m.headerB).bytes(m.signatureB);
                   },
                   [&](const Ping& m) { w.u64(m.nonce); },
                   [&](const Pong& m) { w.u64(m.nonce); },
                   [&](const Goodbye& m) { w.u8(static_cast<std::uint8_t>(m.reason)); },
               },
               message);
    return encodeFrame(static_cast<std::uint8_t>(typeOf(message)), payload);
}

Result<Message> decodeMessage(const Frame& frame)
{
    ByteReader r(frame.payload);
    Result<Message> out = fail(QString());
    switch (frame.type) {
    case static_cast<std::uint8_t>(MessageType::Hello):
        out = decodeHello(r);
        break;
    case static_cast<std::uint8_t>(MessageType::GetBlocks):
        out = decodeGetBlocks(r);
        break;
    case static_cast<std::uint8_t>(MessageType::Blocks):
        out = decodeBlocks(r);
        break;
    case static_cast<std::uint8_t>(MessageType::Announce): {
        Announce m;
        out = readHead(r, m.head) ? Result<Message>(Message(m)) : Result<Message>(truncated("announce"));
        break;
    }
    case static_cast<std::uint8_t>(MessageType::Equivocation):
        out = decodeEquivocation(r);
        break;
    case static_cast<std::uint8_t>(MessageType::Ping): {
        Ping m;
        out = r.u64(m.nonce) ? Result<Message>(Message(m)) : Result<Message>(truncated("ping"));
        break;
    }
    case static_cast<std::uint8_t>(MessageType::Pong): {
        Pong m;
        out = r.u64(m.nonce) ? Result<Message>(Message(m)) : Result<Message>(truncated("pong"));
        break;
    }
    case static_cast<std::uint8_t>(MessageType::Goodbye): {
        std::uint8_t reason = 0;
        if (!r.u8(reason))
            out = truncated("goodbye");
        else if (reason > static_cast<std::uint8_t>(GoodbyeReason::Incompatible))
            out = fail(tr("unknown goodbye reason %1").arg(reason));
        else
            out = Message(Goodbye{static_cast<GoodbyeReason>(reason)});
        break;
    }
    default:
        return fail(tr("unknown message type %1").arg(frame.type));
    }
    if (out && !r.atEnd())
        return fail(tr("message of type %1 has %2 trailing bytes").arg(frame.type).arg(r.remaining()));
    return out;
}

} // namespace medilock::ledger::sync
