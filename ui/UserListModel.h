#pragma once

#include "ViewTableModel.h"

#include "app/AdminViews.h"

#include <QCoreApplication>

namespace medilock::ui {

// The clinic's enrolled keys: name, role, status (active or revoked since), fingerprint.
class UserListModel : public ViewTableModel<app::UserStatusView>
{
    Q_DECLARE_TR_FUNCTIONS(UserListModel)
public:
    enum Column { NameColumn, RoleColumn, StatusColumn, EnrolledColumn, KeyColumn };
    using ViewTableModel::ViewTableModel;

protected:
    QStringList headers() const override;
    QVariant cell(const app::UserStatusView& user, int column, int role) const override;
};

} // namespace medilock::ui
