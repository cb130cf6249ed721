#pragma once

#include "crypto/Result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace medilock::app {

class Session;

// The figures of `medilock-cli stats`: counts, the head of every origin's chain, and the
// state hash (DESIGN §3). Field names in toJson() are a documented contract (README).
struct NodeStats
{
    struct Head
    {
        qint64 height = 0;
        QString hash;
    };
    qint64 entries = 0;
    qint64 blocks = 0;
    qint64 patients = 0;
    qint64 users = 0;
    QString stateHash;
    QMap<QString, Head> origins; // origin fingerprint -> head

    static Result<NodeStats> collect(Session& session);
    QJsonObject toJson() const;
};

} // namespace medilock::app
