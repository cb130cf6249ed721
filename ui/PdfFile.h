#pragma once

#include "crypto/Result.h"

#include <QString>

namespace medilock::ui {

// Writes an HTML page as an A4 PDF, atomically (temporary file, then rename) and readable by
// its owner only: what MediLock prints is patient data.
Result<void> writeHtmlPdf(const QString& html, const QString& title, const QString& path);

} // namespace medilock::ui
