#include "PeersPane.h"

#include "PeerHealthModel.h"

#include "app/Administration.h"
#include "app/AsyncTask.h"

#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace medilock::ui {

PeersPane::PeersPane(std::shared_ptr<app::Administration> admin, QWidget* parent)
    : QWidget(parent)
    , m_admin(std::move(admin))
    , m_address(new QLineEdit(this))
    , m_fingerprint(new QLineEdit(this))
    , m_model(new PeerHealthModel(this))
    , m_table(new QTableView(this))
    , m_alerts(new QListWidget(this))
    , m_proof(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("peersPane"));
    auto* pairing = new QGroupBox(tr("Pair with a peer node"), this);
    auto* form = new QFormLayout(pairing);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_address->setObjectName(QStringLiteral("peerAddress"));
    m_address->setAccessibleName(tr("Peer address"));
    m_address->setPlaceholderText(tr("host:port"));
    m_fingerprint->setObjectName(QStringLiteral("peerFingerprint"));
    m_fingerprint->setAccessibleName(tr("Peer TLS certificate fingerprint"));
    m_fingerprint->setPlaceholderText(tr("64 hexadecimal digits, as the peer's administration page shows"));
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("TLS fingerprin&t:"), m_fingerprint);
    auto* pairButton = new QPushButton(tr("Pair &with peer"), pairing);
    pairButton->setObjectName(QStringLiteral("pairButton"));
    pairButton->setAccessibleName(tr("Pair with this peer"));
    connect(pairButton, &QPushButton::clicked, this, &PeersPane::pair);
    form->addRow(pairButton);

    m_table->setObjectName(QStringLiteral("peerHealthTable"));
    m_table->setAccessibleName(tr("Sync health of each peer"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* alerts = new QGroupBox(tr("Equivocation alerts"), this);
    auto* alertsLayout = new QHBoxLayout(alerts);
    m_alerts->setObjectName(QStringLiteral("equivocationList"));
    m_alerts->setAccessibleName(tr("Equivocation alerts"));
    m_proof->setObjectName(QStringLiteral("equivocationProof"));
    m_proof->setAccessibleName(tr("Proof: both signed block headers"));
    m_proof->setReadOnly(true);
    m_proof->setPlaceholderText(tr("Select an alert to see its proof: two blocks of one node at one height, both "
                                   "signed by it (header and signature of each, hexadecimal)."));
    alertsLayout->addWidget(m_alerts, 1);
    alertsLayout->addWidget(m_proof, 2);
    connect(m_alerts, &QListWidget::currentRowChanged, this, [this](int row) {
        m_proof->setPlainText(row >= 0 && row < m_equivocations.size() ? m_equivocations.at(row).proof : QString());
    });

    auto* refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshPeersButton"));
    connect(refreshButton, &QPushButton::clicked, this, &PeersPane::refresh);
    m_status->setObjectName(QStringLiteral("peersStatus"));
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pairing);
    auto* header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("<b>Sync health</b>"), this));
    header->addStretch();
    header->addWidget(refreshButton);
    layout->addLayout(header);
    layout->addWidget(m_table, 2);
    layout->addWidget(alerts, 1);
    layout->addWidget(m_status);
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &PeersPane::refresh);
}

void PeersPane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer->start();
}

void PeersPane::hideEvent(QHideEvent* event)
{
    m_timer->stop();
    QWidget::hideEvent(event);
}

void PeersPane::refresh()
{
    struct Health
    {
        Result<QList<app::PeerHealthView>> peers;
        Result<QList<app::EquivocationView>> alerts;
    };
    auto admin = m_admin;
    app::runThenCallback(
        this, [admin] { return Health{admin->peers(QDateTime::currentMSecsSinceEpoch()), admin->equivocations()}; },
        [this](Health health) {
            if (!health.peers)
                return m_status->setText(health.peers.error());
            if (!health.alerts)
                return m_status->setText(health.alerts.error());
            m_model->setRows(*health.peers);
            setEquivocations(*health.alerts);
        });
}

void PeersPane::setEquivocations(const QList<app::EquivocationView>& alerts)
{
    if (alerts.size() == m_equivocations.size())
        return; // alerts are only ever added; keep the selection and the proof shown
    m_equivocations = alerts;
    m_alerts->clear();
    const QLocale locale;
    for (const app::EquivocationView& e : alerts)
        m_alerts->addItem(tr("Node %1 signed two blocks at height %2 (found %3)")
                              .arg(e.originFingerprint.left(16), locale.toString(e.height),
                                   locale.toString(e.detectedAt.toLocalTime(), QLocale::ShortFormat)));
}

void PeersPane::pair()
{
    auto admin = m_admin;
    app::runThenCallback(
        this, [admin, address = m_address->text(), fp = m_fingerprint->text()] { return admin->pairPeer(address, fp); },
        [this](Result<void> done) {
            if (!done)
                return m_status->setText(done.error());
            m_status->setText(tr("Paired with %1; the running node dials it within a second.").arg(m_address->text()));
            m_address->clear();
            m_fingerprint->clear();
            refresh();
            Q_EMIT paired();
        });
}

} // namespace medilock::ui
