#include "RekeyDialog.h"

#include "app/AsyncTask.h"
#include "app/NodeMaintenance.h"

#include <QProgressBar>
#include <QPushButton>

namespace medilock::ui {

namespace {
using Stage = app::NodeMaintenance::RekeyStage;

// Carries the worker's stages to the dialog (queued: the worker may report from its thread).
class StageRelay : public QObject
{
    Q_OBJECT
public:
    void report(Stage stage) { Q_EMIT reached(static_cast<int>(stage)); }
Q_SIGNALS:
    void reached(int stage);
};

QString stageText(Stage stage)
{
    switch (stage) {
    case Stage::StoppingSync:
        return RekeyDialog::tr("Stopping sync…");
    case Stage::Preparing:
        return RekeyDialog::tr("Preparing the new key…");
    case Stage::Copying:
        return RekeyDialog::tr("Copying the database under the new key…");
    case Stage::Checking:
        return RekeyDialog::tr("Checking the copy…");
    case Stage::Switching:
        return RekeyDialog::tr("Switching to the new database file…");
    case Stage::RestartingSync:
        return RekeyDialog::tr("Starting sync again…");
    case Stage::Done:
        break;
    }
    return RekeyDialog::tr("Done.");
}
} // namespace

RekeyDialog::RekeyDialog(std::shared_ptr<app::NodeMaintenance> maintenance, QWidget* parent)
    : MaintenanceJobDialog(QStringLiteral("rekey"), QStringLiteral("Stage"), tr("&Re-key now"), parent)
    , m_maintenance(std::move(maintenance))
{
    setWindowTitle(tr("Re-key the database"));
    setExplanation(tr("The database gets a new random key: it is copied under the new key, checked row for "
                      "row and swapped in, and the new key is sealed for every keyring slot on this node. "
                      "A database key that left with someone opens nothing written from now on; copies "
                      "and backups taken before keep the old key. Sync stops meanwhile and starts again "
                      "afterwards. No other program may have the node open. An interruption leaves a node "
                      "that opens with every record."));
    progressBar()->setAccessibleName(tr("Re-key progress"));
    progressBar()->setRange(0, static_cast<int>(Stage::Done));
    progressBar()->setTextVisible(false);
    closeButton()->setDefault(true);
    connect(startButton(), &QPushButton::clicked, this, &RekeyDialog::start);
    finishLayout();
}

void RekeyDialog::start()
{
    if (isRunning())
        return;
    beginRun(tr("A re-key cannot be cancelled once it runs."));
    auto relay = std::make_shared<StageRelay>();
    connect(relay.get(), &StageRelay::reached, this, [this](int stage) {
        progressBar()->setValue(stage);
        setStatus(stageText(static_cast<Stage>(stage)));
    });
    auto maintenance = m_maintenance;
    app::runThenCallback(
        this, [maintenance, relay] { return maintenance->rekey([relay](Stage stage) { relay->report(stage); }); },
        [this, relay](Result<app::NodeMaintenance::RekeyView> report) {
            endRun();
            if (!report) {
                startButton()->setEnabled(true);
                return showFailure(tr("✗ The database was not re-keyed: %1").arg(report.error()));
            }
            progressBar()->setValue(progressBar()->maximum());
            QString text = tr("✓ The database is re-keyed (key generation %1); the new key is sealed for: %2.")
                               .arg(report->generation)
                               .arg(report->slots.join(QStringLiteral(", ")));
            if (!report->syncProblem.isEmpty())
                text += QLatin1Char('\n') + tr("Sync did not start again: %1").arg(report->syncProblem);
            showResult(text, !report->syncProblem.isEmpty());
        });
}

} // namespace medilock::ui

#include "RekeyDialog.moc"
