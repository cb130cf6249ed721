// libFuzzer target: Keyring::parse over arbitrary bytes (docs/security.md, keyring layout).
// Whatever parses must serialise back to exactly its input. No passphrase is tried: parsing
// never runs scrypt.

#include "crypto/Keyring.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto keyring = medilock::crypto::Keyring::parse(bytes);
    if (!keyring)
        return 0;
    const QStringList names = keyring->slotNames();
    if (keyring->serialize() != bytes || names.isEmpty() || names.size() > medilock::crypto::Keyring::kMaxSlots)
        std::abort();
    for (const QString& name : names)
        if (!keyring->hasSlot(name))
            std::abort();
    return 0;
}
