#pragma once

#include "app/SyncSummary.h"

#include <QLabel>

#include <functional>

class QTimer;

namespace medilock::ui {

// Sync in the status bar: peers connected, how far behind, alerts. Shown only when the node
// has peers; refreshed every few seconds from what the running node records.
class SyncStatusLabel : public QLabel
{
    Q_OBJECT
public:
    using Source = std::function<Result<app::SyncSummary>()>;
    static constexpr int kRefreshMs = 3000;

    explicit SyncStatusLabel(Source source, QWidget* parent = nullptr);
    void refresh();

private:
    Source m_source;
    QTimer* m_timer;
};

} // namespace medilock::ui
