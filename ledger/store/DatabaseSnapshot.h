#pragma once

#include "crypto/Result.h"
#include "crypto/SecureBuffer.h"

#include <QString>

#include <functional>

namespace medilock::ledger {

// A consistent copy of a node database taken while other connections keep writing: its own
// connection holds one WAL read snapshot while SQLite's online backup API copies the pages,
// a batch at a time, into a new file encrypted under the same key. The copy is one file
// (no WAL beside it) and is what the database was when the snapshot began.
class DatabaseSnapshot
{
public:
    using Progress = std::function<void(qint64 pagesDone, qint64 pagesTotal)>;
    static Result<void> copy(const QString& sourcePath, const crypto::SecureBuffer& rawKey, const QString& targetPath,
                             const Progress& progress = {});
};

} // namespace medilock::ledger
