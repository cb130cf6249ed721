#pragma once

#include "crypto/Result.h"

#include <QByteArray>
#include <QString>

namespace medilock::app {

class Session;

// A node key as this node's ledger knows it: a node certified by its clinic (the nodes
// table holds only nodes of this clinic and of clinics it trusts).
struct KnownNode
{
    bool known = false;
    QString name;   // when known
    QString clinic; // when known
};

Result<KnownNode> lookupNode(Session& session, const QByteArray& nodeKey);

} // namespace medilock::app
