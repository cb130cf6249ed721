#include "BackupDialog.h"

#include "PassphraseFields.h"
#include "ProgressRelay.h"

#include "app/AsyncTask.h"
#include "app/NodeMaintenance.h"
#include "app/Passphrase.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace medilock::ui {

BackupDialog::BackupDialog(std::shared_ptr<app::NodeMaintenance> maintenance, QWidget* parent)
    : MaintenanceJobDialog(QStringLiteral("backup"), QStringLiteral("Phase"), tr("&Save backup as…"), parent)
    , m_maintenance(std::move(maintenance))
    , m_passphrase(passphraseField("backupPassphrase", tr("Backup passphrase"), this))
    , m_confirm(passphraseField("backupPassphraseAgain", tr("Backup passphrase again"), this))
{
    setWindowTitle(tr("Back up the node"));
    setExplanation(tr("Writes an encrypted archive of this node: the database, the keyring and the settings, "
                      "taken while the application keeps running. The archive opens only with the backup "
                      "passphrase (at least %1 characters): keep it apart from the archive. Without it "
                      "the backup cannot be restored.")
                       .arg(app::NodeMaintenance::kMinimumBackupPassphraseLength));
    auto* form = new QFormLayout;
    form->addRow(tr("Backup &passphrase:"), m_passphrase);
    form->addRow(tr("&Again:"), m_confirm);
    fieldsArea()->addLayout(form);
    progressBar()->setAccessibleName(tr("Backup progress"));
    startButton()->setDefault(true);
    connect(startButton(), &QPushButton::clicked, this, &BackupDialog::chooseFile);
    m_passphrase->setFocus();
    finishLayout();
}

void BackupDialog::chooseFile()
{
    if (isRunning())
        return;
    if (m_passphrase->text() != m_confirm->text())
        return showFailure(tr("The two backup passphrases differ; type them again."));
    if (auto r = app::NodeMaintenance::checkBackupPassphrase(app::passphraseFromString(m_passphrase->text())); !r)
        return showFailure(r.error());
    showResult({});
    auto* dialog = new QFileDialog(this, tr("Save the backup as"));
    dialog->setObjectName(QStringLiteral("backupFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("mlbak"));
    dialog->setNameFilter(tr("MediLock backups (*.mlbak)"));
    dialog->selectFile(QStringLiteral("medilock-%1.mlbak").arg(QDate::currentDate().toString(Qt::ISODate)));
    connect(dialog, &QFileDialog::fileSelected, this, &BackupDialog::start);
    dialog->open();
}

void BackupDialog::start(const QString& path)
{
    if (isRunning() || path.isEmpty())
        return;
    crypto::SecureBuffer passphrase = app::passphraseFromString(m_passphrase->text());
    m_passphrase->clear();
    m_confirm->clear();
    beginRun(tr("A backup under way cannot be cancelled; the window closes once it has ended."), {m_passphrase, m_confirm});
    setStatus(tr("Key derivation and snapshot of the database…"));

    auto relay = std::make_shared<PhasedProgressRelay>();
    connect(relay.get(), &PhasedProgressRelay::progressed, this, [this](int phase, int percent) {
        statusLine()->setText(phase == 0 ? tr("Step 1 of 2: snapshot of the database…") : tr("Step 2 of 2: writing the archive…"));
        progressBar()->setValue(percent);
    });
    auto maintenance = m_maintenance;
    app::runThenCallback(
        this,
        [maintenance, relay, path, pass = std::make_shared<crypto::SecureBuffer>(std::move(passphrase))] {
            return maintenance->backup(path, *pass, [relay](app::NodeMaintenance::BackupPhase phase, qint64 done,
                                                            qint64 total) { relay->report(static_cast<int>(phase), done, total); });
        },
        [this, relay, path](Result<app::NodeMaintenance::BackupView> report) {
            endRun({m_passphrase, m_confirm});
            startButton()->setEnabled(true);
            if (!report)
                return showFailure(tr("✗ The backup failed: %1").arg(report.error()));
            setStatus({});
            progressBar()->setValue(100);
            showResult(tr("✓ Backup written to %1 (%2).")
                           .arg(QDir::toNativeSeparators(path), QLocale().formattedDataSize(report->archiveBytes)));
        });
}

} // namespace medilock::ui
