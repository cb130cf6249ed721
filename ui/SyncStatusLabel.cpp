#include "SyncStatusLabel.h"

#include <QTimer>

namespace medilock::ui {

SyncStatusLabel::SyncStatusLabel(Source source, QWidget* parent)
    : QLabel(parent)
    , m_source(std::move(source))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    setAccessibleName(tr("Sync status"));
    setTextFormat(Qt::PlainText);
    hide();
    connect(m_timer, &QTimer::timeout, this, &SyncStatusLabel::refresh);
    m_timer->start(kRefreshMs);
    refresh();
}

void SyncStatusLabel::refresh()
{
    auto summary = m_source();
    if (!summary) {
        setText(tr("Sync status unavailable"));
        setToolTip(summary.error());
        show();
        return;
    }
    const QString text = summary->text();
    setVisible(!text.isEmpty());
    setText(text);
    setToolTip(summary->perPeer.join(QLatin1Char('\n')));
    QFont bold = font();
    bold.setBold(summary->needsAttention());
    setFont(bold);
    setAccessibleDescription(summary->needsAttention() ? tr("Sync needs attention: %1").arg(text) : text);
}

} // namespace medilock::ui
