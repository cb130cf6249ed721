#pragma once

#include "ledger/LedgerTypes.h"

#include "crypto/Result.h"

#include <QHostAddress>
#include <QObject>

#include <optional>

class QTimer;
class QUdpSocket;

namespace medilock::ledger::sync {

// One LAN announcement (docs/sync-protocol.md, "LAN discovery"): only what any stranger can
// learn by connecting to the node anyway, its certificate fingerprint and its sync port.
struct Announcement
{
    static constexpr int kSize = 39; // "MLd1" · u8 version · 32 fingerprint · u16 port
    Hash tlsFingerprint{};
    quint16 port = 0;

    QByteArray encode() const;
    // Strict: exactly kSize bytes, the magic, version 1, a port other than 0.
    static std::optional<Announcement> decode(const QByteArray& datagram);
};

// Announces this node on the LAN over UDP broadcast, every `intervalMs` and at start, and
// reports the announcements of others. It trusts nothing it hears: the node decides whether
// a fingerprint is worth dialling, and the dial still has to pass the mutual-TLS check.
class LanDiscovery : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        quint16 port = 0;                        // UDP port shared by the nodes of a LAN
        QHostAddress target = QHostAddress::Broadcast;
        int intervalMs = 5000;
    };
    LanDiscovery(const Config& config, const Announcement& self, QObject* parent = nullptr);
    ~LanDiscovery() override;

    Result<void> start();
    void announce();

Q_SIGNALS:
    void discovered(const QHostAddress& address, quint16 port, const medilock::ledger::Hash& tlsFingerprint);

private:
    void onReadyRead();

    Config m_config;
    Announcement m_self;
    QUdpSocket* m_socket = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace medilock::ledger::sync
