#include "LanDiscovery.h"

#include "SyncLog.h"

#include "crypto/ByteReader.h"

#include <QTimer>
#include <QUdpSocket>

namespace medilock::ledger::sync {

namespace {
constexpr char kMagic[4] = {'M', 'L', 'd', '1'};
constexpr std::uint8_t kVersion = 1;
} // namespace

QByteArray Announcement::encode() const
{
    QByteArray out;
    out.append(kMagic, 4);
    ByteWriter(out).u8(kVersion).bytes(toBytes(tlsFingerprint)).u16(port);
    return out;
}

std::optional<Announcement> Announcement::decode(const QByteArray& datagram)
{
    if (datagram.size() != kSize || !datagram.startsWith(QByteArray(kMagic, 4)))
        return std::nullopt;
    ByteReader reader(asView(datagram).subspan(4));
    Announcement a;
    std::uint8_t version = 0;
    QByteArray fingerprint;
    if (!reader.u8(version) || version != kVersion || !reader.bytes(32, fingerprint) || !reader.u16(a.port)
        || a.port == 0 || !reader.atEnd())
        return std::nullopt;
    fromBytes(fingerprint, a.tlsFingerprint);
    return a;
}

LanDiscovery::LanDiscovery(const Config& config, const Announcement& self, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_self(self)
{
}

LanDiscovery::~LanDiscovery() = default;

Result<void> LanDiscovery::start()
{
    m_socket = new QUdpSocket(this);
    // Several nodes (or programs) on one host share the port; each gets every broadcast.
    if (!m_socket->bind(QHostAddress::AnyIPv4, m_config.port, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint))
        return fail(tr("cannot listen for LAN announcements on UDP port %1: %2").arg(m_config.port).arg(m_socket->errorString()));
    connect(m_socket, &QUdpSocket::readyRead, this, &LanDiscovery::onReadyRead);
    m_timer = new QTimer(this);
    m_timer->setInterval(m_config.intervalMs);
    connect(m_timer, &QTimer::timeout, this, &LanDiscovery::announce);
    m_timer->start();
    announce();
    return {};
}

void LanDiscovery::announce()
{
    if (m_socket->writeDatagram(m_self.encode(), m_config.target, m_config.port) < 0)
        qCDebug(lcSync).noquote() << "LAN announcement not sent:" << m_socket->errorString();
}

void LanDiscovery::onReadyRead()
{
    // Bounded work per wake-up: a flood of datagrams costs at most this many decodes.
    for (int i = 0; i < 64 && m_socket->hasPendingDatagrams(); ++i) {
        QHostAddress sender;
        QByteArray datagram(static_cast<int>(std::min<qint64>(m_socket->pendingDatagramSize(), 512)), Qt::Uninitialized);
        const qint64 n = m_socket->readDatagram(datagram.data(), datagram.size(), &sender);
        if (n != Announcement::kSize)
            continue;
        const auto a = Announcement::decode(datagram);
        if (!a || a->tlsFingerprint == m_self.tlsFingerprint)
            continue;
        bool isV4 = false;
        const QHostAddress v4(sender.toIPv4Address(&isV4));
        Q_EMIT discovered(isV4 ? v4 : sender, a->port, a->tlsFingerprint);
    }
}

} // namespace medilock::ledger::sync
