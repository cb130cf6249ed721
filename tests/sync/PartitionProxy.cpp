#include "PartitionProxy.h"

#include <QHostAddress>

namespace medilock::synctest {

PartitionProxy::PartitionProxy(quint16 targetPort, QObject* parent)
    : QObject(parent)
    , m_target(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &PartitionProxy::onNewConnection);
}

bool PartitionProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void PartitionProxy::cut()
{
    m_cut = true;
    while (!m_links.empty())
        drop(m_links.back().get());
}

void PartitionProxy::drop(Link* link)
{
    const auto it = std::find_if(m_links.begin(), m_links.end(), [link](const auto& l) { return l.get() == link; });
    if (it == m_links.end())
        return;
    std::unique_ptr<Link> owned = std::move(*it);
    m_links.erase(it);
    for (QTcpSocket* s : {owned->client.data(), owned->upstream.data()})
        if (s) {
            s->disconnect(this);
            s->abort();
            s->deleteLater();
        }
}

void PartitionProxy::onNewConnection()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        if (m_cut) {
            client->abort();
            client->deleteLater();
            continue;
        }
        auto link = std::make_unique<Link>();
        Link* l = link.get();
        l->client = client;
        l->upstream = new QTcpSocket(this);
        m_links.push_back(std::move(link));
        connect(client, &QTcpSocket::readyRead, this, [l] {
            const QByteArray bytes = l->client->readAll();
            if (l->upstream->state() == QAbstractSocket::ConnectedState)
                l->upstream->write(bytes);
            else
                l->early += bytes;
        });
        connect(l->upstream, &QTcpSocket::connected, this, [l] {
            l->upstream->write(l->early);
            l->early.clear();
        });
        connect(l->upstream, &QTcpSocket::readyRead, this, [l] { l->client->write(l->upstream->readAll()); });
        for (QTcpSocket* s : {client, l->upstream.data()}) {
            connect(s, &QTcpSocket::disconnected, this, [this, l] { drop(l); });
            connect(s, &QTcpSocket::errorOccurred, this, [this, l] { drop(l); });
        }
        l->upstream->connectToHost(QHostAddress::LocalHost, m_target);
    }
}

} // namespace medilock::synctest
