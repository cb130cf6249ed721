#include "Random.h"

#include <openssl/rand.h>

#include <QtGlobal>

#include <climits>

namespace medilock::crypto {

void fillRandom(std::uint8_t* out, std::size_t count)
{
    while (count > 0) {
        const int chunk = count > INT_MAX ? INT_MAX : static_cast<int>(count);
        if (RAND_bytes(out, chunk) != 1)
            qFatal("medilock: the system random number generator failed");
        out += chunk;
        count -= static_cast<std::size_t>(chunk);
    }
}

QByteArray randomBytes(qsizetype count)
{
    QByteArray out(count, Qt::Uninitialized);
    fillRandom(reinterpret_cast<std::uint8_t*>(out.data()), static_cast<std::size_t>(count));
    return out;
}

SecureBuffer randomSecret(std::size_t count)
{
    SecureBuffer out(count);
    fillRandom(out.data(), count);
    return out;
}

} // namespace medilock::crypto
