#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace medilock::crypto {

// Replaces `path` with `contents` so that a crash leaves either the old or the new file:
// write a temporary beside it (mode 0600), fsync, rename over, fsync the directory.
Result<void> writeFileAtomically(const QString& path, const QByteArray& contents);

// Reads a whole file, refusing anything larger than maxBytes.
Result<QByteArray> readSmallFile(const QString& path, qint64 maxBytes);

} // namespace medilock::crypto
