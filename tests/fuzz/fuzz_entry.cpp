// libFuzzer target: Entry::decode over arbitrary bytes (docs/ledger-format.md, "Entry").
// Whatever decodes must be exactly its input (no trailing bytes, no re-serialisation) and
// be named by the RFC 9162 leaf hash of those bytes; checking its signature must not crash.

#include "ledger/Entry.h"
#include "ledger/Merkle.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const medilock::ByteView bytes(data, size);
    auto entry = medilock::ledger::Entry::decode(bytes);
    if (!entry)
        return 0;
    if (entry->encoded() != medilock::toByteArray(bytes) || entry->hash() != medilock::ledger::leafHash(bytes))
        std::abort();
    if (entry->payload().size() > static_cast<qsizetype>(medilock::ledger::kMaxPayloadBytes)
        || entry->entryId() == medilock::ledger::kZeroId
        || medilock::ledger::isPatientKind(entry->kind()) == (entry->patientId() == medilock::ledger::kZeroId))
        std::abort();
    static_cast<void>(entry->verifySignature());
    return 0;
}
