#include "PdfFile.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace medilock::ui {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("EmergencyDocument", text);
}
} // namespace

Result<void> writeHtmlPdf(const QString& html, const QString& title, const QString& path)
{
    if (path.isEmpty())
        return fail(tr("choose where to save the PDF"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("MediLock"));
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer);
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!file.commit())
        return fail(tr("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace medilock::ui
