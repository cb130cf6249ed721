#pragma once

#include "Result.h"
#include "SecureBuffer.h"

#include <cstdint>

namespace medilock::crypto {

struct ScryptParams
{
    std::uint8_t logN = 15; // N = 2^logN
    std::uint32_t r = 8;
    std::uint32_t p = 1;

    std::uint64_t memoryBytes() const { return 128ull * r * (1ull << logN); }
    // Bounds every parser of stored parameters applies: enough to be meaningful, small
    // enough that a forged file cannot make the machine allocate gigabytes.
    bool withinBounds() const;
    bool operator==(const ScryptParams&) const = default;
};

Result<SecureBuffer> scrypt(ByteView passphrase, ByteView salt, const ScryptParams& params, std::size_t outputLength);

// The parameters (r = 8, p = 1) whose derivation takes about targetMs on this machine.
ScryptParams calibrateScrypt(int targetMs = 250);

} // namespace medilock::crypto
