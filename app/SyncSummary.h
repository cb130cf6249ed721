#pragma once

#include "Session.h"

#include <QString>
#include <QStringList>

namespace medilock::app {

// What the status bar says about sync (DESIGN §6): peers, how far behind, alerts. Read from
// what the running node records, so it costs one small query.
struct SyncSummary
{
    int peers = 0;                 // paired or seen
    int connected = 0;
    quint64 blocksBehind = 0;      // blocks the peers have that this node lacks
    int failedVerifications = 0;
    int bannedNow = 0;
    int equivocationAlerts = 0;
    bool awaitingOwnHead = false;  // restored from a backup: signs nothing until its chain is back
    QStringList perPeer;           // one line per peer, for a tooltip

    static Result<SyncSummary> read(Session& session, qint64 nowMs);
    // "2 of 3 peers connected · 14 blocks behind · 1 equivocation alert"; empty without peers
    // (unless the node waits for its own chain after a restore).
    QString text() const;
    bool needsAttention() const
    {
        return failedVerifications > 0 || bannedNow > 0 || equivocationAlerts > 0 || awaitingOwnHead;
    }
};

} // namespace medilock::app
