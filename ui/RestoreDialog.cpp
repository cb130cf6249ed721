#include "RestoreDialog.h"

#include "PassphraseFields.h"
#include "ProgressRelay.h"

#include "app/AsyncTask.h"
#include "app/NodeRestore.h"
#include "app/Passphrase.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace medilock::ui {

namespace {
using Phase = app::NodeRestore::Phase;

// A line edit with a "Browse…" button beside it, as one form row.
QWidget* withBrowseButton(QLineEdit* edit, QPushButton* button, QWidget* parent)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    edit->setParent(row);
    button->setParent(row);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    return row;
}

// A window-modal file dialog that goes away when closed, named for tests.
QFileDialog* fileDialog(QWidget* parent, const QString& objectName, const QString& title)
{
    auto* dialog = new QFileDialog(parent, title);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}
} // namespace

RestoreDialog::RestoreDialog(const app::NodePaths& target, Target mode, QWidget* parent)
    : MaintenanceJobDialog(QStringLiteral("restore"), QStringLiteral("Phase"), tr("&Restore"), parent)
    , m_mode(mode)
    , m_archive(new QLineEdit(this))
    , m_backupPassphrase(passphraseField("restoreBackupPassphrase", tr("Backup passphrase"), this))
    , m_target(new QLineEdit(QDir::toNativeSeparators(target.directory), this))
    , m_userName(new QLineEdit(this))
    , m_passphrase(passphraseField("restoreUserPassphrase", tr("Your passphrase"), this))
    , m_browseArchive(new QPushButton(tr("&Browse…"), this))
    , m_signIn(buttonBox()->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Restore from a backup"));
    setExplanation(tr("Brings a node back from an encrypted backup archive, for instance on a workstation whose "
                      "disk was replaced. You need the archive, its backup passphrase, and the user name and "
                      "passphrase of a user of the backed-up node. The restored ledger is verified block for "
                      "block before the node is put in place; if anything fails, nothing is written."));
    m_archive->setObjectName(QStringLiteral("restoreArchive"));
    m_archive->setAccessibleName(tr("Backup archive"));
    m_browseArchive->setObjectName(QStringLiteral("restoreBrowseArchive"));
    m_target->setObjectName(QStringLiteral("restoreTarget"));
    m_target->setAccessibleName(tr("Restore into this directory"));
    m_userName->setObjectName(QStringLiteral("restoreUserName"));
    m_userName->setAccessibleName(tr("User name"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Backup &archive:"), withBrowseButton(m_archive, m_browseArchive, this));
    form->addRow(tr("Backup &passphrase:"), m_backupPassphrase);
    if (mode == Target::Choose) {
        m_browseTarget = new QPushButton(tr("Br&owse…"), this);
        m_browseTarget->setObjectName(QStringLiteral("restoreBrowseTarget"));
        form->addRow(tr("Restore &into (a new directory):"), withBrowseButton(m_target, m_browseTarget, this));
        connect(m_browseTarget, &QPushButton::clicked, this, &RestoreDialog::chooseTarget);
    } else {
        m_target->setReadOnly(true); // the application's data directory: the node belongs there
        form->addRow(tr("Restore into:"), m_target);
    }
    form->addRow(tr("&User name:"), m_userName);
    form->addRow(tr("Pass&phrase:"), m_passphrase);
    fieldsArea()->addLayout(form);

    progressBar()->setAccessibleName(tr("Restore progress"));
    startButton()->setDefault(true);
    m_signIn->setObjectName(QStringLiteral("restoreSignIn"));
    m_signIn->hide();
    // The order of the form, whatever the order the widgets were made in.
    QWidget* previous = m_archive;
    for (QWidget* next : {static_cast<QWidget*>(m_browseArchive), static_cast<QWidget*>(m_backupPassphrase),
             static_cast<QWidget*>(m_target), static_cast<QWidget*>(m_browseTarget), static_cast<QWidget*>(m_userName),
             static_cast<QWidget*>(m_passphrase), static_cast<QWidget*>(startButton())}) {
        if (next) {
            setTabOrder(previous, next);
            previous = next;
        }
    }
    m_archive->setFocus();
    connect(m_browseArchive, &QPushButton::clicked, this, &RestoreDialog::chooseArchive);
    connect(startButton(), &QPushButton::clicked, this, &RestoreDialog::start);
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        Q_EMIT signInRequested(m_restoredDirectory, m_restoredUser);
        accept();
    });
    finishLayout();
}

QList<QWidget*> RestoreDialog::fields() const
{
    QList<QWidget*> list {m_archive, m_browseArchive, m_backupPassphrase, m_target, m_userName, m_passphrase};
    if (m_browseTarget)
        list << m_browseTarget;
    return list;
}

void RestoreDialog::chooseArchive()
{
    auto* dialog = fileDialog(this, QStringLiteral("restoreArchiveDialog"), tr("Choose the backup archive"));
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("MediLock backups (*.mlbak)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this,
        [this](const QString& path) { m_archive->setText(QDir::toNativeSeparators(path)); });
    dialog->open();
}

void RestoreDialog::chooseTarget()
{
    auto* dialog = fileDialog(
        this, QStringLiteral("restoreTargetDialog"), tr("Choose a new, empty directory for the restored node"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        // A directory in use gets the node in a new folder inside it rather than a refusal.
        const QDir chosen(path);
        const bool empty = chosen.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        m_target->setText(
            QDir::toNativeSeparators(empty ? path : chosen.filePath(QStringLiteral("medilock-restored"))));
    });
    dialog->open();
}

void RestoreDialog::start()
{
    if (isRunning())
        return;
    const QString archive = QDir::fromNativeSeparators(m_archive->text().trimmed());
    const QString target = QDir::fromNativeSeparators(m_target->text().trimmed());
    const QString user = m_userName->text().trimmed();
    if (archive.isEmpty() || !QFileInfo(archive).isFile())
        return showFailure(tr("Choose the backup archive to restore."));
    if (target.isEmpty())
        return showFailure(tr("Choose a new directory to restore into."));
    if (m_backupPassphrase->text().isEmpty() || user.isEmpty() || m_passphrase->text().isEmpty())
        return showFailure(
            tr("Enter the backup passphrase, and the user name and passphrase of a user of the backed-up node."));
    auto backupPassphrase
        = std::make_shared<crypto::SecureBuffer>(app::passphraseFromString(m_backupPassphrase->text()));
    auto userPassphrase = std::make_shared<crypto::SecureBuffer>(app::passphraseFromString(m_passphrase->text()));
    m_backupPassphrase->clear();
    m_passphrase->clear();
    beginRun(tr("A restore under way cannot be cancelled; the window can be closed once it has ended."), fields());
    setStatus(tr("Step 1 of 2: decrypting the archive…"));

    auto relay = std::make_shared<PhasedProgressRelay>();
    connect(relay.get(), &PhasedProgressRelay::progressed, this, [this](int phase, int percent) {
        statusLine()->setText(static_cast<Phase>(phase) == Phase::Extracting
                ? tr("Step 1 of 2: decrypting the archive…")
                : tr("Step 2 of 2: verifying every block and entry of the restored ledger…"));
        progressBar()->setValue(percent);
    });
    const app::NodePaths paths {target};
    app::runThenCallback(
        this,
        [archive, paths, user, backupPassphrase, userPassphrase, relay] {
            return app::NodeRestore::restore(archive, *backupPassphrase, paths, user, *userPassphrase,
                [relay](
                    Phase phase, qint64 done, qint64 total) { relay->report(static_cast<int>(phase), done, total); });
        },
        [this, relay, target, user](Result<app::NodeRestore::Report> report) {
            if (!report) {
                endRun(fields());
                startButton()->setEnabled(true);
                m_passphrase->setFocus();
                return showFailure(tr("✗ Nothing was restored: %1").arg(report.error()));
            }
            endRun();
            m_restoredDirectory = target;
            m_restoredUser = user;
            showRestored(report->blocks, report->entries);
        });
}

void RestoreDialog::showRestored(qint64 blocks, qint64 entries)
{
    const QLocale locale;
    setStatus({});
    progressBar()->setValue(100);
    startButton()->hide();
    m_signIn->show();
    m_signIn->setDefault(true);
    m_signIn->setFocus();
    QString text
        = tr("✓ Restored into %1 and verified: %2 blocks, %3 entries.")
              .arg(QDir::toNativeSeparators(m_restoredDirectory), locale.toString(blocks), locale.toString(entries));
    text += QStringLiteral("\n\n")
        + tr("This node signs nothing until it has caught up with its own chain from a peer: it cannot know what it "
             "signed after the backup was taken. Start it where its usual peers can be reached. Until then no "
             "record can be signed; charts and the emergency view still open, each access is kept signed until "
             "it can be sealed, and the status bar says that the node is waiting.");
    if (m_mode == Target::Choose)
        text += QStringLiteral("\n\n")
            + tr("To open this node at a later start, start MediLock with --data %1.")
                  .arg(QDir::toNativeSeparators(m_restoredDirectory));
    showResult(text);
}

} // namespace medilock::ui
