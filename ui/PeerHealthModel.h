#pragma once

#include "ViewTableModel.h"

#include "app/AdminViews.h"

#include <QCoreApplication>

namespace medilock::ui {

// Per-peer sync health: connected, last contact, lag both ways, failed verifications, bans,
// equivocation alerts. A peer with a problem is shown in bold.
class PeerHealthModel : public ViewTableModel<app::PeerHealthView>
{
    Q_DECLARE_TR_FUNCTIONS(PeerHealthModel)
public:
    enum Column { PeerColumn, StateColumn, LastContactColumn, BehindColumn, AheadColumn, FailedColumn, BansColumn, EquivocationColumn };
    using ViewTableModel::ViewTableModel;

protected:
    QStringList headers() const override;
    QVariant cell(const app::PeerHealthView& peer, int column, int role) const override;
};

} // namespace medilock::ui
