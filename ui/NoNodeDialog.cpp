#include "NoNodeDialog.h"

#include "RestoreDialog.h"
#include "WrappedTextFit.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace medilock::ui {

NoNodeDialog::NoNodeDialog(app::NodePaths paths, QWidget* parent)
    : QDialog(parent)
    , m_paths(std::move(paths))
{
    setObjectName(QStringLiteral("noNodeDialog"));
    setWindowTitle(tr("MediLock — No node here yet"));
    auto* text = new QLabel(
        tr("<h2>MediLock</h2><p>There is no MediLock node in <b>%1</b> yet.</p>"
           "<p>If this workstation's node was lost, for instance with a replaced disk, restore it here from a backup "
           "archive: you need the archive, its backup passphrase and the passphrase of one of its users.</p>"
           "<p>A new clinic is set up by its administrator with <tt>medilock-cli init</tt>; a further workstation "
           "of a clinic gets its node from the administrator.</p>")
            .arg(QDir::toNativeSeparators(m_paths.directory).toHtmlEscaped()),
        this);
    text->setObjectName(QStringLiteral("noNodeExplanation"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(this);
    auto* restore = buttons->addButton(tr("&Restore from backup…"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("noNodeRestore"));
    restore->setDefault(true);
    auto* quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("noNodeQuit"));
    connect(restore, &QPushButton::clicked, this, &NoNodeDialog::restore);
    connect(quit, &QPushButton::clicked, this, &NoNodeDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    resize(560, sizeHint().height());
    fitWrappedText(this);
}

void NoNodeDialog::restore()
{
    auto* dialog = new RestoreDialog(m_paths, RestoreDialog::Target::Fixed, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RestoreDialog::signInRequested, this, [this](const QString&, const QString& userName) {
        m_userName = userName;
        accept();
    });
    dialog->open();
}

} // namespace medilock::ui
