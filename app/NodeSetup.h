#pragma once

#include "NodePaths.h"

#include "crypto/Result.h"
#include "crypto/SecureBuffer.h"

namespace medilock::app {

// Creates a node: a clinic root key, the node's signing key and TLS identity, the encrypted
// database and a keyring with the administrator's slot and the headless node's slot (both
// sealed under the administrator's passphrase until the node's is changed). Either the whole
// node is created or nothing is left behind.
class NodeSetup
{
public:
    static Result<void> initialize(const NodePaths& paths, const QString& clinicName, const QString& adminName,
                                   const crypto::SecureBuffer& passphrase);
};

} // namespace medilock::app
