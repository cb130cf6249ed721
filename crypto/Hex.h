#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace medilock::crypto {

// Lower-case hexadecimal, and a strict parser: even length, hex digits only, optional
// exact expected length in bytes (-1 for any).
QString toHex(const QByteArray& bytes);
Result<QByteArray> fromHex(const QString& text, qsizetype expectedBytes = -1);

} // namespace medilock::crypto
