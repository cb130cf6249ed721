#pragma once

#include "app/Session.h"
#include "ledger/sync/SyncNode.h"

#include <memory>

namespace medilock::app {

// Runs a node's sync service for an unlocked node: the service opens its own database
// connection with the key the session unlocked; the Session itself is not shared with it.
class NodeService
{
public:
    struct Listen
    {
        QHostAddress address;
        quint16 port = 0;
        quint16 discoveryPort = 0; // UDP port of LAN announcements; 0: none
    };
    static Result<ledger::sync::SyncConfig> configFor(Session& session, const std::optional<Listen>& listen);
    static Result<std::unique_ptr<ledger::sync::SyncNode>> start(Session& session, const std::optional<Listen>& listen);
    // ADDR:PORT (IPv6 in brackets) for --listen.
    static Result<Listen> parseListen(const QString& text);
};

} // namespace medilock::app
