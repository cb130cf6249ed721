#pragma once

#include "Session.h"
#include "daemon/NodeService.h"

#include <QThread>

#include <memory>
#include <optional>

namespace medilock::ledger::sync {
class SyncNode;
}

namespace medilock::app {

// The sync node inside the desktop application (DESIGN §5), on a thread of its own: it opens
// its own database connection with the key the session unlocked, dials the paired peers
// (and serves, when asked to listen), and announces the blocks this workstation signs. Its
// sockets and timers live on its thread; the window only ever reads what it records.
class EmbeddedNode
{
public:
    // Starts the node; the call returns once it runs (or failed to start).
    static Result<std::unique_ptr<EmbeddedNode>> start(Session& session,
                                                       const std::optional<NodeService::Listen>& listen = std::nullopt);
    // Whether the node has anything to sync with: paired peers.
    static Result<bool> hasPeers(Session& session);
    // Says goodbye to every peer and joins the thread.
    ~EmbeddedNode();

    EmbeddedNode(const EmbeddedNode&) = delete;
    EmbeddedNode& operator=(const EmbeddedNode&) = delete;

private:
    EmbeddedNode() = default;

    QThread m_thread;
    std::unique_ptr<QObject> m_anchor; // lives on m_thread: runs work there
    std::unique_ptr<ledger::sync::SyncNode> m_node;
};

} // namespace medilock::app
