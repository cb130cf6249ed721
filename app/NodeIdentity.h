#pragma once

#include <QString>

namespace medilock::app {

// How a node and its clinic are named to people and peers: hex SHA-256 fingerprints.
struct NodeIdentity
{
    QString clinicName;
    QString clinicFingerprint; // the clinic root's Ed25519 key
    QString nodeFingerprint;   // this node's Ed25519 block-signing key
    QString tlsFingerprint;    // this node's TLS certificate (DER)
};

} // namespace medilock::app
