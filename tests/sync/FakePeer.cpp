#include "FakePeer.h"

#include "ledger/AdminPayload.h"
#include "ledger/Entry.h"
#include "ledger/sync/TlsConfig.h"

#include "crypto/Random.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace medilock::synctest {

using namespace ledger::sync;

namespace {
ledger::Hash hashOf(const QString& hex)
{
    ledger::Hash h{};
    ledger::fromBytes(QByteArray::fromHex(hex.toLatin1()), h);
    return h;
}

// A loopback TCP connection whose receive buffer was shrunk before the handshake, so the
// window it advertises stays small (the kernel cannot shrink it once agreed).
int tinyWindowSocket(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    const int size = 4096;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}
} // namespace

bool FakePeer::connectTo(quint16 port, const QString& serverFingerprintHex, bool tinyWindow)
{
    const ledger::Hash want = hashOf(serverFingerprintHex);
    if (!TlsConfig::prepare(m_socket, m_identity, TlsConfig::Role::Client,
                            [want](const ledger::Hash& fp) { return fp == want; }))
        return false;
    if (!tinyWindow) {
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        return true;
    }
    const int fd = tinyWindowSocket(port);
    if (fd < 0 || !m_socket.setSocketDescriptor(fd))
        return false;
    m_socket.setReadBufferSize(4096);
    m_socket.setPeerVerifyName(QStringLiteral("127.0.0.1"));
    m_socket.startClientEncryption();
    return true;
}

std::optional<Message> FakePeer::waitFor(MessageType type, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        m_reader.append(m_socket.readAll());
        for (;;) {
            auto frame = m_reader.next();
            if (!frame || !*frame)
                break;
            if ((*frame)->type != static_cast<std::uint8_t>(type))
                continue;
            auto message = decodeMessage(**frame);
            if (message)
                return std::move(message).value();
        }
        QTest::qWait(5); // runs the node under test, which lives on this thread
    }
    return std::nullopt;
}

void FakePeer::send(const Message& message)
{
    m_socket.write(encodeMessage(message));
}

void FakePeer::sendRaw(const QByteArray& bytes)
{
    m_socket.write(bytes);
}

bool FakePeer::disconnectedWithin(int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (m_socket.state() != QAbstractSocket::UnconnectedState) {
        if (t.elapsed() > timeoutMs)
            return false;
        QTest::qWait(5);
    }
    return true;
}

ledger::Block forgeBlock(const crypto::Ed25519PrivateKey& key, const std::optional<ledger::Block::Previous>& previous,
                         const QString& name)
{
    ledger::Entry::Fields fields;
    fields.kind = ledger::EntryKind::ClinicFounded;
    const auto id = crypto::randomBytes(16);
    std::copy_n(id.begin(), 16, fields.entryId.begin());
    fields.authoredAt = ledger::HlcTime{static_cast<std::uint64_t>(QDateTime::currentMSecsSinceEpoch()), 0};
    fields.payload = ledger::ClinicFoundedPayload{name}.encode();
    auto entry = ledger::Entry::sign(fields, key);
    Q_ASSERT(entry);
    auto block = ledger::Block::seal({std::move(entry).value()}, previous,
                                     static_cast<std::uint64_t>(QDateTime::currentMSecsSinceEpoch()), key);
    Q_ASSERT(block);
    return std::move(block).value();
}

ledger::PublicKeyBytes publicKeyOf(const crypto::Ed25519PrivateKey& key)
{
    ledger::PublicKeyBytes out{};
    ledger::fromBytes(key.publicKey().bytes(), out);
    return out;
}

} // namespace medilock::synctest
