#include "UserListModel.h"

#include "app/Role.h"

#include <QColor>
#include <QLocale>

namespace medilock::ui {

QStringList UserListModel::headers() const
{
    return {tr("User"), tr("Role"), tr("Status"), tr("Enrolled"), tr("Key fingerprint")};
}

QVariant UserListModel::cell(const app::UserStatusView& u, int column, int role) const
{
    if (role == Qt::ForegroundRole && !u.active())
        return QColor(Qt::darkGray);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (column) {
    case NameColumn: return u.name;
    case RoleColumn: return app::roleDisplayName(u.role);
    case StatusColumn:
        return u.active() ? tr("active") : tr("revoked %1").arg(locale.toString(u.revokedAt->toLocalTime(), QLocale::ShortFormat));
    case EnrolledColumn: return locale.toString(u.enrolledAt.toLocalTime(), QLocale::ShortFormat);
    case KeyColumn: return u.keyFingerprint.left(16);
    default: return {};
    }
}

} // namespace medilock::ui
