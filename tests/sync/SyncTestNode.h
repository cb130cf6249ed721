#pragma once

// Real nodes for the sync suites: a clinic's node directory (SQLCipher, keyring), its
// administrator's and a physician's sessions, and its SyncNode on 127.0.0.1.

#include "app/Session.h"
#include "app/SessionImpl.h"

#include "ledger/sync/SyncNode.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace medilock::synctest {

struct Node
{
    QTemporaryDir dir;
    std::unique_ptr<app::Session> admin;
    std::unique_ptr<app::Session> physician;
    std::unique_ptr<ledger::sync::SyncNode> sync;

    QString rootHex() const { return admin->identity().clinicFingerprint; }
    QString tlsHex() const { return admin->identity().tlsFingerprint; }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(sync->listeningPort()); }
    ledger::Database& db() { return admin->impl().db; }
};

using Tune = std::function<void(ledger::sync::SyncConfig&)>;

// A new clinic with its administrator signed in (and a physician when `withPhysician`).
bool createClinic(Node& node, const QString& clinicName, bool withPhysician);
// Starts the node's sync on an ephemeral loopback port with short reconnect delays.
std::unique_ptr<ledger::sync::SyncNode> startSync(app::Session& session, const Tune& tune = {});
// Each administrator trusts the other's clinic; then each pairs the other's address.
bool trustEachOther(Node& a, Node& b);
bool pair(Node& a, Node& b);
// Clinic A (with a physician) and clinic B, trusting each other, syncing and paired.
bool syncingClinics(Node& a, Node& b);
// A session of `user` on the node directory `dir` (the passphrase createClinic gives).
std::unique_ptr<app::Session> openAs(const QString& dir, const QString& user);
// How many blocks of `origin`'s chain `holder` stores.
qint64 ownBlocks(Node& holder, Node& origin);

qint64 scalar(ledger::Database& db, const char* sql);
qint64 blockCount(Node& n);
QByteArray stateHash(Node& n);
bool appendPatient(Node& n, const QString& family);
// `entries` synthetic clinical entries (a tenth of them registrations) signed by the
// physician, `perBlock` to a block: big blocks, as after a day of a busy clinic.
bool appendSynthetic(Node& n, qint64 entries, std::size_t perBlock = 2048);
ledger::Hash hashFromHex(const QString& hex);

} // namespace medilock::synctest
