#pragma once

#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <vector>

namespace medilock::synctest {

// A TCP proxy on 127.0.0.1 that forwards bytes to one port, for partition tests: cut() drops
// every connection through it at once and refuses new ones until restore(). It never looks
// inside the bytes (TLS passes through untouched).
class PartitionProxy : public QObject
{
    Q_OBJECT
public:
    explicit PartitionProxy(quint16 targetPort, QObject* parent = nullptr);
    // Cuts first: sockets dying with this object must not call back into its links.
    ~PartitionProxy() override { cut(); }
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(port()); }
    void cut();
    void restore() { m_cut = false; }
    bool isCut() const { return m_cut; }

private:
    struct Link
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
        QByteArray early; // from the client before the upstream connected
    };
    void onNewConnection();
    void drop(Link* link);

    QTcpServer m_server;
    quint16 m_target;
    bool m_cut = false;
    std::vector<std::unique_ptr<Link>> m_links;
};

} // namespace medilock::synctest
