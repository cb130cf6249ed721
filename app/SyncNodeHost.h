#pragma once

#include "crypto/Result.h"

#include <memory>

namespace medilock::app {

class EmbeddedNode;
class Session;

// Owns the desktop application's embedded sync node (EmbeddedNode), so that the maintenance
// that needs the node to itself (a re-key) can stop it and start it again. Every call takes
// the session it uses: call with the application's session serialised (ClinicalRecords::exclusive),
// from any one thread at a time.
class SyncNodeHost
{
public:
    SyncNodeHost();
    ~SyncNodeHost(); // stops the node

    // Starts the node when there are paired peers: true if it runs now, false if there is no
    // peer to sync with.
    Result<bool> start(Session& session);
    void stop();
    bool isRunning() const;

    // Runs `work` with the node stopped, then starts it again if it ran before, whether
    // `work` succeeded or not. A node that does not start again is logged and named by
    // restartProblem().
    template<typename Work>
    auto withNodeStopped(Session& session, Work&& work)
    {
        const bool wasRunning = isRunning();
        stop();
        auto result = work();
        restartIf(session, wasRunning);
        return result;
    }
    // Why the node did not start again after the last withNodeStopped(); empty if it did
    // (or had not run).
    QString restartProblem() const { return m_restartProblem; }

private:
    void restartIf(Session& session, bool wasRunning);

    std::unique_ptr<EmbeddedNode> m_node;
    QString m_restartProblem;
};

} // namespace medilock::app
