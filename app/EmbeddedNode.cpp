#include "EmbeddedNode.h"

#include "SessionImpl.h"

#include "ledger/sync/PeerTable.h"
#include "ledger/sync/SyncNode.h"

namespace medilock::app {

Result<std::unique_ptr<EmbeddedNode>> EmbeddedNode::start(Session& session,
                                                          const std::optional<NodeService::Listen>& listen)
{
    auto config = NodeService::configFor(session, listen);
    if (!config)
        return std::move(config).takeError();
    std::unique_ptr<EmbeddedNode> embedded(new EmbeddedNode);
    embedded->m_thread.setObjectName(QStringLiteral("medilock-sync"));
    embedded->m_anchor = std::make_unique<QObject>();
    embedded->m_anchor->moveToThread(&embedded->m_thread);
    embedded->m_thread.start();
    // Created and started on its own thread, so its sockets and timers belong there.
    Result<void> started;
    QMetaObject::invokeMethod(
        embedded->m_anchor.get(),
        [&] {
            auto node = ledger::sync::SyncNode::create(std::move(config).value());
            if (!node) {
                started = std::move(node).takeError();
                return;
            }
            if (auto r = (*node)->start(); !r) {
                started = std::move(r).takeError();
                return;
            }
            embedded->m_node = std::move(node).value();
        },
        Qt::BlockingQueuedConnection);
    if (!started)
        return std::move(started).takeError(); // the destructor joins the idle thread
    return embedded;
}

Result<bool> EmbeddedNode::hasPeers(Session& session)
{
    auto peers = ledger::sync::PeerTable::list(session.impl().db);
    if (!peers)
        return std::move(peers).takeError();
    return !peers->empty();
}

EmbeddedNode::~EmbeddedNode()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(
            m_anchor.get(),
            [this] {
                if (m_node)
                    m_node->stop(); // goodbye to every peer before its database closes
                m_node.reset();
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    m_anchor.reset(); // its thread has ended: nothing can be delivered to it any more
}

} // namespace medilock::app
