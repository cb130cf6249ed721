#pragma once

// A scripted peer for the hostile-peer tests: a real TLS 1.3 client with a certificate the
// node under test accepts (paired, or bound by a trusted clinic), that writes whatever frames
// a test wants and reads the node's frames by hand.

#include "ledger/Block.h"
#include "ledger/sync/Frame.h"
#include "ledger/sync/Messages.h"

#include "crypto/Ed25519.h"
#include "crypto/TlsIdentity.h"

#include <QSslSocket>

#include <optional>

namespace medilock::synctest {

class FakePeer
{
public:
    explicit FakePeer(crypto::TlsIdentity identity) : m_identity(std::move(identity)) {}

    const crypto::TlsIdentity& identity() const { return m_identity; }
    QSslSocket& socket() { return m_socket; }

    // Connects to 127.0.0.1:`port`, accepting only the certificate `serverFingerprintHex`.
    // With `tinyWindow` the TCP receive buffer is a few KiB and the socket stops reading
    // from the kernel once 4 KiB are buffered: a peer that stops reading.
    bool connectTo(quint16 port, const QString& serverFingerprintHex, bool tinyWindow = false);
    // The next message of `type` from the node (others are skipped), within `timeoutMs`.
    std::optional<ledger::sync::Message> waitFor(ledger::sync::MessageType type, int timeoutMs = 3000);
    void send(const ledger::sync::Message& message);
    void sendRaw(const QByteArray& bytes);
    bool disconnectedWithin(int timeoutMs);

private:
    crypto::TlsIdentity m_identity;
    QSslSocket m_socket;
    ledger::sync::FrameReader m_reader;
};

// A block of `key`'s chain holding one ClinicFounded entry signed by `key`, on top of
// `previous` (nothing: a genesis block).
ledger::Block forgeBlock(const crypto::Ed25519PrivateKey& key, const std::optional<ledger::Block::Previous>& previous,
                         const QString& name = QStringLiteral("Forged"));
ledger::PublicKeyBytes publicKeyOf(const crypto::Ed25519PrivateKey& key);

} // namespace medilock::synctest
