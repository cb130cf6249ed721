#include "PdfSaveDialog.h"

#include <QCoreApplication>
#include <QFileDialog>

namespace medilock::ui {

void askPdfPath(QWidget* window, const QString& objectName, const QString& title, const QString& suggestedName,
                const QObject* context, const std::function<void(const QString&)>& chosen)
{
    auto* dialog = new QFileDialog(window, title);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->setNameFilter(QCoreApplication::translate("EmergencyPage", "PDF files (*.pdf)"));
    dialog->selectFile(suggestedName);
    QObject::connect(dialog, &QFileDialog::fileSelected, context, chosen);
    dialog->open();
}

} // namespace medilock::ui
