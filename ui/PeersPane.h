#pragma once

#include "app/AdminViews.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableView;
class QTimer;

namespace medilock::app {
class Administration;
}

namespace medilock::ui {

class PeerHealthModel;

// Pairing with a peer node, and every peer's sync health (refreshed while shown); below,
// equivocation alerts with their proof (both signed block headers).
class PeersPane : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kRefreshMs = 3000;
    explicit PeersPane(std::shared_ptr<app::Administration> admin, QWidget* parent = nullptr);
    void refresh();

Q_SIGNALS:
    void paired();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void pair();
    void setEquivocations(const QList<app::EquivocationView>& alerts);

    std::shared_ptr<app::Administration> m_admin;
    QLineEdit* m_address;
    QLineEdit* m_fingerprint;
    PeerHealthModel* m_model;
    QTableView* m_table;
    QListWidget* m_alerts;
    QPlainTextEdit* m_proof;
    QLabel* m_status;
    QTimer* m_timer;
    QList<app::EquivocationView> m_equivocations;
};

} // namespace medilock::ui
