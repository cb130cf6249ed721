#pragma once

#include "Session.h"

namespace medilock::app {

// Pairing with a peer node (DESIGN §5): its address and the fingerprint of its TLS
// certificate go to the node's `peers` table; the running node dials it within a second.
class PeerPairing
{
public:
    static Result<void> add(Session& session, const QString& address, const QString& tlsFingerprintHex);
};

} // namespace medilock::app
