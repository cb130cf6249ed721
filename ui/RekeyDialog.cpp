#include "RekeyDialog.h"

#include "WrappedTextFit.h"

#include "app/AsyncTask.h"
#include "app/NodeMaintenance.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

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
    : QDialog(parent)
    , m_maintenance(std::move(maintenance))
    , m_stage(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("rekeyDialog"));
    setWindowTitle(tr("Re-key the database"));
    auto* note = new QLabel(tr("The database gets a new random key: it is copied under the new key, checked row for "
                               "row and swapped in, and the new key is sealed for every keyring slot on this node. "
                               "A database key that left with someone opens nothing written from now on; copies "
                               "and backups taken before keep the old key. Sync stops meanwhile and starts again "
                               "afterwards. No other program may have the node open. An interruption leaves a node "
                               "that opens with every record."),
                            this);
    note->setObjectName(QStringLiteral("rekeyExplanation"));
    note->setWordWrap(true);
    m_stage->setObjectName(QStringLiteral("rekeyStage"));
    m_stage->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("rekeyProgress"));
    m_progress->setAccessibleName(tr("Re-key progress"));
    m_progress->setRange(0, static_cast<int>(Stage::Done));
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_result->setObjectName(QStringLiteral("rekeyResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(tr("&Re-key now"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("rekeyStart"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("rekeyClose"));
    m_close->setDefault(true);
    connect(m_start, &QPushButton::clicked, this, &RekeyDialog::start);
    connect(m_close, &QPushButton::clicked, this, &RekeyDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_stage);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    resize(600, sizeHint().height());
    fitWrappedText(this);
}

void RekeyDialog::reject()
{
    if (!m_running) // a re-key cannot be cancelled half-way; it ends, then the dialog closes
        QDialog::reject();
}

void RekeyDialog::start()
{
    if (m_running)
        return;
    m_running = true;
    m_start->setEnabled(false);
    m_close->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    m_result->setStyleSheet(QString());
    m_result->setText(tr("A re-key cannot be cancelled once it runs."));
    fitWrappedText(this);
    auto relay = std::make_shared<StageRelay>();
    connect(relay.get(), &StageRelay::reached, this, [this](int stage) {
        m_stage->setText(stageText(static_cast<Stage>(stage)));
        m_progress->setValue(stage);
        fitWrappedText(this);
    });
    auto maintenance = m_maintenance;
    app::runThenCallback(
        this, [maintenance, relay] { return maintenance->rekey([relay](Stage stage) { relay->report(stage); }); },
        [this, relay](Result<app::NodeMaintenance::RekeyView> report) {
            m_running = false;
            m_close->setEnabled(true);
            if (!report) {
                m_start->setEnabled(true);
                m_progress->hide();
                m_stage->clear();
                m_result->setText(tr("✗ The database was not re-keyed: %1").arg(report.error()));
                m_result->setStyleSheet(QStringLiteral("color: #a00000;"));
                fitWrappedText(this);
                return;
            }
            m_progress->setValue(m_progress->maximum());
            QString text = tr("✓ The database is re-keyed (key generation %1); the new key is sealed for: %2.")
                               .arg(report->generation)
                               .arg(report->slots.join(QStringLiteral(", ")));
            if (!report->syncProblem.isEmpty()) {
                text += QLatin1Char('\n') + tr("Sync did not start again: %1").arg(report->syncProblem);
                m_result->setStyleSheet(QStringLiteral("color: #a00000;"));
            }
            m_result->setText(text);
            fitWrappedText(this);
        });
}

} // namespace medilock::ui

#include "RekeyDialog.moc"
