#include "SyncNodeHost.h"

#include "EmbeddedNode.h"
#include "Logging.h"

namespace medilock::app {

SyncNodeHost::SyncNodeHost() = default;
SyncNodeHost::~SyncNodeHost() = default;

Result<bool> SyncNodeHost::start(Session& session)
{
    if (m_node)
        return true;
    auto peers = EmbeddedNode::hasPeers(session);
    if (!peers)
        return std::move(peers).takeError();
    if (!*peers)
        return false;
    auto node = EmbeddedNode::start(session);
    if (!node)
        return std::move(node).takeError();
    m_node = std::move(node).value();
    return true;
}

void SyncNodeHost::stop()
{
    m_node.reset(); // says goodbye to every peer and closes its database connection
}

bool SyncNodeHost::isRunning() const
{
    return m_node != nullptr;
}

void SyncNodeHost::restartIf(Session& session, bool wasRunning)
{
    m_restartProblem.clear();
    if (!wasRunning)
        return;
    auto started = start(session);
    if (!started) {
        m_restartProblem = started.error();
        qCWarning(lcNode, "the sync node did not start again: %s", qPrintable(m_restartProblem));
    }
}

} // namespace medilock::app
