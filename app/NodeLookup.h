#pragma once

#include "crypto/Result.h"

#include <QByteArray>
#include <QString>

namespace medilock::app {

class Session;

// A node key as this node's ledger knows it: a node whose certification by its clinic's
// root is on this ledger (the same lookup names an emergency card's node). Only blocks of
// this clinic and of clinics it trusts are stored, but a clinic untrusted later keeps the
// nodes already certified here.
struct KnownNode
{
    bool known = false;
    QString name;   // when known
    QString clinic; // when known
};

Result<KnownNode> lookupNode(Session& session, const QByteArray& nodeKey);

} // namespace medilock::app
