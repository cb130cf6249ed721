#include "NodeService.h"

#include "app/SessionImpl.h"
#include "ledger/sync/PeerTable.h"

#include <QCoreApplication>

namespace medilock::app {

Result<ledger::sync::SyncConfig> NodeService::configFor(Session& session, const std::optional<Listen>& listen)
{
    Session::Impl& s = session.impl();
    ledger::sync::SyncConfig config;
    config.databasePath = s.paths.database();
    config.databaseKey = s.secrets.databaseKey.clone();
    ledger::fromBytes(s.nodeKey.publicKey().bytes(), config.nodeKey);
    config.queueSealingKey = s.nodeKey.clone();
    config.clinicRoot = s.clinicRootKey;
    config.tls = s.tls.clone();
    if (listen) {
        config.listen = true;
        config.listenAddress = listen->address;
        config.listenPort = listen->port;
        config.discoveryPort = listen->discoveryPort;
    }
    return config;
}

Result<std::unique_ptr<ledger::sync::SyncNode>> NodeService::start(Session& session, const std::optional<Listen>& listen)
{
    auto config = configFor(session, listen);
    if (!config)
        return std::move(config).takeError();
    auto node = ledger::sync::SyncNode::create(std::move(config).value());
    if (!node)
        return node;
    if (auto r = (*node)->start(); !r)
        return std::move(r).takeError();
    return node;
}

Result<NodeService::Listen> NodeService::parseListen(const QString& text)
{
    QString host;
    quint16 port = 0;
    QHostAddress address;
    if (!ledger::sync::PeerTable::parseAddress(text, &host, &port, true) || !address.setAddress(host))
        return fail(QCoreApplication::translate("NodeService", "--listen wants ADDR:PORT with a numeric address, not '%1'")
                        .arg(text));
    return Listen{address, port};
}

} // namespace medilock::app
