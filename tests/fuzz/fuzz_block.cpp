// libFuzzer target: Block::decode over arbitrary bytes, and verifyIntrinsic() on whatever
// decodes (docs/ledger-format.md, "Block"). A decoded block must re-encode to its input and
// be named by the SHA-256 of its header.

#include "ledger/Block.h"

#include "crypto/Sha256.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const medilock::ByteView bytes(data, size);
    auto block = medilock::ledger::Block::decode(bytes);
    if (!block)
        return 0;
    const auto& header = block->header();
    if (block->encode() != medilock::toByteArray(bytes)
        || block->hash() != medilock::crypto::Sha256::hash(medilock::asView(block->headerBytes()))
        || block->entries().size() != header.entryCount || header.entryCount == 0
        || header.entryCount > medilock::ledger::kMaxEntriesPerBlock)
        std::abort();
    static_cast<void>(block->verifyIntrinsic());
    return 0;
}
