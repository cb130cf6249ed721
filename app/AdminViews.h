#pragma once

// What the administration screens show, as plain values (the GUI sees these, never the
// ledger's rows).

#include "ChartViews.h"
#include "Role.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace medilock::app {

// An enrolled key of this clinic: active, or revoked since `revokedAt`.
struct UserStatusView
{
    QString name;
    Role role = Role::Reception;
    QString keyFingerprint;
    QDateTime enrolledAt;
    std::optional<QDateTime> revokedAt;
    bool active() const { return !revokedAt.has_value(); }
};

struct TrustedClinicView
{
    QString name;
    QString rootFingerprint;
};

struct PeerHealthView
{
    QString address;
    QString tlsFingerprint;
    QString nodeFingerprint;
    bool connected = false;
    QDateTime lastContact;  // invalid: never
    qint64 blocksBehind = 0; // blocks the peer has and this node lacks
    qint64 blocksAhead = 0;  // blocks this node has and the peer lacks
    int failedVerifications = 0;
    int bans = 0;
    std::optional<QDateTime> bannedUntil;
    int equivocationAlerts = 0;
};

// Two valid blocks of one origin at one height: the proof is both signed headers.
struct EquivocationView
{
    QString originFingerprint;
    qint64 height = 0;
    QDateTime detectedAt;
    QString proof; // both headers and signatures in hex, one per line
};

struct BreakGlassView
{
    QDateTime at;
    SignerView viewer;
    QString reason;
    QByteArray patientId;
    QString patientName;
    bool sealed = true; // false: recorded on a restored node, not sealed into a block yet
};

struct LedgerCheckView
{
    qint64 blocks = 0;
    qint64 entries = 0;
    QString problem; // empty: everything verified
    bool ok() const { return problem.isEmpty(); }
};

} // namespace medilock::app
