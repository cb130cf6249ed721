#include "BackupDialog.h"

#include "PassphraseFields.h"

#include "WrappedTextFit.h"

#include "app/AsyncTask.h"
#include "app/NodeMaintenance.h"
#include "app/Passphrase.h"

#include <QDate>
#include <QDir>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <atomic>

namespace medilock::ui {

namespace {
// Carries the worker's phase and percent to the dialog; queued, so any thread may report.
class BackupRelay : public QObject
{
    Q_OBJECT
public:
    void report(app::NodeMaintenance::BackupPhase phase, qint64 done, qint64 total)
    {
        const int step = static_cast<int>(phase) * 101 + (total > 0 ? static_cast<int>(done * 100 / total) : 0);
        if (step != m_last.exchange(step))
            Q_EMIT progressed(static_cast<int>(phase), step % 101);
    }
Q_SIGNALS:
    void progressed(int phase, int percent);

private:
    std::atomic<int> m_last{-1};
};
} // namespace

BackupDialog::BackupDialog(std::shared_ptr<app::NodeMaintenance> maintenance, QWidget* parent)
    : QDialog(parent)
    , m_maintenance(std::move(maintenance))
    , m_passphrase(passphraseField("backupPassphrase", tr("Backup passphrase"), this))
    , m_confirm(passphraseField("backupPassphraseAgain", tr("Backup passphrase again"), this))
    , m_phase(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("backupDialog"));
    setWindowTitle(tr("Back up the node"));
    auto* note = new QLabel(tr("Writes an encrypted archive of this node: the database, the keyring and the settings, "
                               "taken while the application keeps running. The archive opens only with the backup "
                               "passphrase (at least %1 characters): keep it apart from the archive. Without it "
                               "the backup cannot be restored.")
                                .arg(app::NodeMaintenance::kMinimumBackupPassphraseLength),
                            this);
    note->setObjectName(QStringLiteral("backupExplanation"));
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Backup &passphrase:"), m_passphrase);
    form->addRow(tr("&Again:"), m_confirm);
    m_phase->setObjectName(QStringLiteral("backupPhase"));
    m_phase->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("backupProgress"));
    m_progress->setAccessibleName(tr("Backup progress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->hide();
    m_result->setObjectName(QStringLiteral("backupResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(tr("&Save backup as…"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("backupStart"));
    m_start->setDefault(true);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("backupClose"));
    connect(m_start, &QPushButton::clicked, this, &BackupDialog::chooseFile);
    connect(m_close, &QPushButton::clicked, this, &BackupDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_phase);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    resize(600, sizeHint().height());
    fitWrappedText(this);
}

void BackupDialog::reject()
{
    if (!m_running) // a backup under way cannot be cancelled: it ends, then the dialog closes
        QDialog::reject();
}

void BackupDialog::showError(const QString& message)
{
    m_result->setText(message);
    m_result->setStyleSheet(QStringLiteral("color: #a00000;"));
    fitWrappedText(this);
}

void BackupDialog::chooseFile()
{
    if (m_running)
        return;
    if (m_passphrase->text() != m_confirm->text())
        return showError(tr("The two backup passphrases differ; type them again."));
    if (auto r = app::NodeMaintenance::checkBackupPassphrase(app::passphraseFromString(m_passphrase->text())); !r)
        return showError(r.error());
    m_result->clear();
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
    if (m_running || path.isEmpty())
        return;
    crypto::SecureBuffer passphrase = app::passphraseFromString(m_passphrase->text());
    m_passphrase->clear();
    m_confirm->clear();
    m_running = true;
    for (QWidget* w : {static_cast<QWidget*>(m_start), static_cast<QWidget*>(m_close), static_cast<QWidget*>(m_passphrase),
                       static_cast<QWidget*>(m_confirm)})
        w->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    m_result->setStyleSheet(QString());
    m_result->setText(tr("A backup under way cannot be cancelled; the window closes once it has ended."));
    m_phase->setText(tr("Key derivation and snapshot of the database…"));
    fitWrappedText(this);

    auto relay = std::make_shared<BackupRelay>();
    connect(relay.get(), &BackupRelay::progressed, this, [this](int phase, int percent) {
        m_phase->setText(phase == 0 ? tr("Step 1 of 2: snapshot of the database…") : tr("Step 2 of 2: writing the archive…"));
        m_progress->setValue(percent);
    });
    auto maintenance = m_maintenance;
    app::runThenCallback(
        this,
        [maintenance, relay, path, pass = std::make_shared<crypto::SecureBuffer>(std::move(passphrase))] {
            return maintenance->backup(path, *pass, [relay](app::NodeMaintenance::BackupPhase phase, qint64 done,
                                                            qint64 total) { relay->report(phase, done, total); });
        },
        [this, relay, path](Result<app::NodeMaintenance::BackupView> report) {
            m_running = false;
            m_close->setEnabled(true);
            m_start->setEnabled(true);
            m_passphrase->setEnabled(true);
            m_confirm->setEnabled(true);
            m_phase->clear();
            if (!report) {
                m_progress->hide();
                return showError(tr("✗ The backup failed: %1").arg(report.error()));
            }
            m_progress->setValue(100);
            m_result->setText(tr("✓ Backup written to %1 (%2).")
                                  .arg(QDir::toNativeSeparators(path), QLocale().formattedDataSize(report->archiveBytes)));
            fitWrappedText(this);
        });
}

} // namespace medilock::ui

#include "BackupDialog.moc"
