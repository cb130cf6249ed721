#pragma once

#include "app/ChartViews.h"

#include "crypto/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace medilock::ui {

// The emergency summary as a printable page (A4): the same facts as the emergency view,
// in the same order, with who printed it, from which clinic, and when, so a paper copy
// says how current it is.
class EmergencyDocument
{
    Q_DECLARE_TR_FUNCTIONS(EmergencyDocument)
public:
    struct Footer
    {
        QString printedBy;
        QString clinic;
        QDateTime at;
    };

    // "Penicillin — criticality: high — reaction: Anaphylaxis", as the view and the page say it.
    static QString allergyLine(const app::RecordView& allergy);
    static QString html(const app::EmergencyView& view, const Footer& footer);
    // Lays the summary out on any paged device: a QPrinter or a QPdfWriter.
    static void render(const app::EmergencyView& view, const Footer& footer, QPagedPaintDevice* device);
    // Writes a PDF atomically (temporary file, then rename), readable by the owner only.
    static Result<void> writePdf(const app::EmergencyView& view, const Footer& footer, const QString& path);
};

} // namespace medilock::ui
