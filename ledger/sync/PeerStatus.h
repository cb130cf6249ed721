#pragma once

#include <QString>

#include <cstdint>

namespace medilock::ledger::sync {

// Per-peer health for the application and `medilock-cli peers` (DESIGN §6,
// Administration), as a plain value. The node keeps it in the `peer_status` table so bans
// survive a restart and another process can read it.
struct PeerStatus
{
    QString address;         // configured address; empty for a peer that only dialled in
    QString tlsFingerprint;  // hex SHA-256 of the peer certificate
    QString nodeFingerprint; // hex fingerprint of its node key, once it said hello
    bool connected = false;
    qint64 lastContactMs = 0;
    std::uint64_t blocksBehind = 0; // blocks the peer has and this node lacks
    std::uint64_t blocksAhead = 0;  // blocks this node has and the peer lacks
    int failedVerifications = 0;
    int bans = 0;
    qint64 bannedUntilMs = 0;
    int equivocationAlerts = 0;     // proofs this peer delivered or caused
    qint64 recordedAtMs = 0;        // when the node last wrote this row (0: not recorded yet)

    bool operator==(const PeerStatus&) const = default;
};

} // namespace medilock::ledger::sync
