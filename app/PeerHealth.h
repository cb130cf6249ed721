#pragma once

#include "Session.h"

#include "ledger/sync/PeerStatus.h"

#include <QJsonObject>

#include <vector>

namespace medilock::app {

// What the node records about its peers (the `peer_status` table the running sync node
// writes), merged with the paired peers it has not talked to yet: for `medilock-cli peers`
// and the application's administration view. Read-only; works while the node runs.
class PeerHealth
{
public:
    // A row older than this was not refreshed by a running node: not connected any more.
    static constexpr qint64 kFreshMs = 30000;

    static Result<std::vector<ledger::sync::PeerStatus>> read(Session& session, qint64 nowMs);
    static QJsonObject toJson(const ledger::sync::PeerStatus& status, qint64 nowMs);
};

} // namespace medilock::app
