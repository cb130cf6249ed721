#include "ConstantTime.h"

#include <openssl/crypto.h>

namespace medilock::crypto {

bool constantTimeEqual(ByteView a, ByteView b)
{
    if (a.size() != b.size())
        return false;
    if (a.empty())
        return true;
    return CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

} // namespace medilock::crypto
