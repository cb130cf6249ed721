// libFuzzer target: Keyring::parse over arbitrary bytes (docs/security.md, keyring layout,
// versions 1 and 2). Whatever parses must serialise back to exactly its input. No passphrase
// is tried: parsing never runs scrypt. A version 2 keyring also goes through the re-key
// steps, which touch only public keys: each result must parse again, and abort must give
// back the settled file.

#include "crypto/Keyring.h"

#include <cstdint>
#include <cstdlib>

namespace {
using medilock::crypto::Keyring;

void mustParse(const QByteArray& bytes)
{
    auto again = Keyring::parse(bytes);
    if (!again || again->serialize() != bytes)
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto keyring = Keyring::parse(bytes);
    if (!keyring)
        return 0;
    const QStringList names = keyring->slotNames();
    if (keyring->serialize() != bytes || names.isEmpty() || names.size() > Keyring::kMaxSlots)
        std::abort();
    for (const QString& name : names)
        if (!keyring->hasSlot(name))
            std::abort();
    const QStringList legacy = keyring->legacySlotNames();
    for (const QString& name : legacy)
        if (!names.contains(name))
            std::abort();
    if (keyring->hasPendingRekey() && !legacy.isEmpty())
        std::abort();

    if (keyring->hasPendingRekey()) {
        Keyring committed = *keyring;
        if (!committed.commitRekey() || committed.generation() != keyring->generation() + 1)
            std::abort();
        mustParse(committed.serialize());
        keyring->abortRekey();
        mustParse(keyring->serialize());
    } else if (legacy.isEmpty() && names.size() <= 4) {
        // Wrapping to arbitrary 32-byte public keys: refused or done, never a crash.
        const medilock::crypto::SecureBuffer next(32);
        const QByteArray settled = keyring->serialize();
        if (keyring->beginRekey(next)) {
            mustParse(keyring->serialize());
            keyring->abortRekey();
            if (keyring->serialize() != settled)
                std::abort();
        }
    }
    return 0;
}
