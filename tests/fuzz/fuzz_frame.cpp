// libFuzzer target: the sync frame reader and message decoder over arbitrary bytes
// (docs/sync-protocol.md, "Frames" and "Messages"). The input is fed in two pieces, as a
// socket would deliver it; every message that decodes must re-encode to its exact frame,
// and the reader never holds more than one frame's worth. The whole input is also tried as
// a LAN announcement datagram (docs/sync-protocol.md, "LAN discovery").

#include "ledger/sync/Frame.h"
#include "ledger/sync/LanDiscovery.h"
#include "ledger/sync/Messages.h"

#include <cstdint>
#include <cstdlib>

using namespace medilock;
using namespace medilock::ledger::sync;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray datagram(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    if (const auto announcement = Announcement::decode(datagram); announcement && announcement->encode() != datagram)
        std::abort();

    const std::size_t split = size == 0 ? 0 : data[0] % (size + 1);
    FrameReader reader;
    reader.append(ByteView(data, split));
    bool second = false;
    for (;;) {
        auto frame = reader.next();
        if (!frame)
            return 0;
        if (!*frame) {
            if (second)
                break;
            reader.append(ByteView(data + split, size - split));
            second = true;
            continue;
        }
        if (reader.buffered() > static_cast<qsizetype>(size))
            std::abort();
        auto message = decodeMessage(**frame);
        if (!message)
            continue;
        const QByteArray again = encodeMessage(*message);
        if (again != encodeFrame((*frame)->type, (*frame)->payload))
            std::abort();
        if (const auto* proof = std::get_if<EquivocationProof>(&*message))
            static_cast<void>(proof->verify());
    }
    return 0;
}
