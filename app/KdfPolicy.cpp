#include "KdfPolicy.h"

#include <algorithm>

namespace medilock::app {

crypto::ScryptParams slotKdfParams()
{
    static const crypto::ScryptParams params = [] {
        crypto::ScryptParams p = crypto::calibrateScrypt(250);
        p.logN = std::max<std::uint8_t>(p.logN, 15);
        return p;
    }();
    return params;
}

} // namespace medilock::app
